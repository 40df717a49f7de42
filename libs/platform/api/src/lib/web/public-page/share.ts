import { Locale } from '@assoc/platform-domain';
import { markup, SafeHtml } from './html';
import { icon } from './layout';

/** The share box's words, French and English. */
export const SHARE_TEXTS = {
  [Locale.FR]: {
    label: 'Lien de cette page',
    share: 'Partager',
    copy: 'Copier le lien',
    copied: 'Lien copié : collez-le dans un message.',
    select: 'Sélectionnez le lien pour le copier.',
  },
  [Locale.EN]: {
    label: "This page's link",
    share: 'Share',
    copy: 'Copy the link',
    copied: 'Link copied: paste it in a message.',
    select: 'Select the link to copy it.',
  },
} as const;

/**
 * A public page's share box: its address in a read-only field (without the script, a reader copies
 * it by hand), and a button the page's script shows: the phone's share sheet (Web Share API) where
 * there is one, else "Copy the link" (the clipboard, else the field selected), saying so in a status line.
 */
export function shareBox(locale: Locale, page: { url: string; title: string }): SafeHtml {
  const t = SHARE_TEXTS[locale];
  return markup`<div
    class="share"
    data-share
    data-share-title="${page.title}"
    data-share-label="${t.share}"
    data-copy-label="${t.copy}"
    data-copied="${t.copied}"
    data-select="${t.select}"
  >
    <label class="share-label" for="share-url">${t.label}</label>
    <div class="share-row">
      <input id="share-url" class="share-url" type="url" readonly value="${page.url}" />
      <button type="button" class="button share-button" data-testid="share-button" hidden>
        ${icon('share')}<span>${t.share}</span>
      </button>
    </div>
    <p class="hint" role="status" data-share-status></p>
  </div>`;
}
