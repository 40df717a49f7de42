import { MENTION_PATTERN } from '@assoc/network-domain';

export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; name: string; membershipId: string };

// http(s) or www. addresses; trailing punctuation stays outside the link.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]'»]/gi;

function linkify(text: string, into: TextSegment[]): void {
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) into.push({ kind: 'text', text: text.slice(last, start) });
    const url = match[0];
    into.push({ kind: 'link', text: url, href: /^https?:\/\//i.test(url) ? url : `https://${url}` });
    last = start + url.length;
  }
  if (last < text.length) into.push({ kind: 'text', text: text.slice(last) });
}

/**
 * A post or comment text cut into plain text, links and mentions, for the template to render as
 * text nodes and anchors (never as HTML). Line breaks stay in the text (shown with `pre-wrap`).
 */
export function textSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(MENTION_PATTERN.source, 'g'))) {
    const start = match.index ?? 0;
    if (start > last) linkify(text.slice(last, start), segments);
    segments.push({ kind: 'mention', name: match[1], membershipId: match[2].toLowerCase() });
    last = start + match[0].length;
  }
  if (last < text.length) linkify(text.slice(last), segments);
  return segments;
}

export interface HighlightPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The server's search snippet (escaped text with `<mark>` around matched words) as parts to render
 * as text: only the mark tags are read as markup, everything else is shown literally.
 */
export function highlightParts(snippet: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescapeHtml(piece), marked });
  }
  return parts;
}
