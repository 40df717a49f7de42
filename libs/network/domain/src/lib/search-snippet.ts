/**
 * Search snippets: PostgreSQL's ts_headline marks the matched words with two control characters that
 * stored texts can never contain (normalizeText drops them); everything else is HTML-escaped here and
 * only the markers become <mark>…</mark>, so no markup written by members gets through.
 */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Escapes a ts_headline result and turns its markers into balanced <mark> elements. */
export function highlightToHtml(headline: string): string {
  let open = false;
  let html = '';
  // eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
  for (const part of headline.split(/([\u0002\u0003])/)) {
    if (part === HIGHLIGHT_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === HIGHLIGHT_STOP) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}
