/** A small file sent with a mail (an .ics invitation), kept as text in the outbox. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface MailContent {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
  /** Extra header fields (RFC 5322), sent as they are: `List-Unsubscribe` and its one-click companion. */
  headers?: Record<string, string>;
}

export interface MailLayout {
  to: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer?: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** One simple, readable layout for every transactional mail, as text and as HTML. */
export function renderMail(layout: MailLayout): MailContent {
  const text = [
    layout.greeting,
    '',
    ...layout.paragraphs.flatMap((p) => [p, '']),
    ...(layout.action ? [`${layout.action.label} : ${layout.action.url}`, ''] : []),
    layout.footer ?? '',
  ]
    .join('\n')
    .trim();
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#222;max-width:560px">
<p>${escapeHtml(layout.greeting)}</p>
${layout.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${layout.action ? `<p><a href="${escapeHtml(layout.action.url)}" style="background:#8a3b12;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(layout.action.label)}</a></p><p style="font-size:12px;color:#666">${escapeHtml(layout.action.url)}</p>` : ''}
${layout.footer ? `<p style="font-size:12px;color:#666">${escapeHtml(layout.footer)}</p>` : ''}
</body></html>`;
  return { to: layout.to, subject: layout.subject, text, html };
}

/**
 * The header fields of a mail its recipient can stop (RFC 2369 `List-Unsubscribe`, RFC 8058
 * one-click): `url` must answer a POST with the body `List-Unsubscribe=One-Click` by unsubscribing,
 * without a session; `mailto` (an address) is offered too when the operator reads such mails.
 * Transactional mails (password reset, invitation) carry none.
 */
export function listUnsubscribeHeaders(url: string, mailto?: string): Record<string, string> {
  const targets = [`<${url}>`];
  if (mailto) targets.push(`<mailto:${mailto}?subject=unsubscribe&body=${encodeURIComponent(url)}>`);
  return { 'List-Unsubscribe': targets.join(', '), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
