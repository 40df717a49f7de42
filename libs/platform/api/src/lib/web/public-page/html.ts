/** A piece of HTML that is already safe to write into a page (built by `markup` or marked with `raw`). */
export class SafeHtml {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** The text with the five HTML-special characters escaped: safe in element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** A value interpolated in `markup`: safe pieces as they are, lists joined, absent values (null, false) as nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function write(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(write).join('');
  return escapeHtml(String(value));
}

/**
 * The escaping tagged template of the public pages: every interpolated value is escaped unless it is
 * itself `markup` (or `raw`), so user text (a cashmob's title with `<script>`) always renders as text.
 * `null`, `undefined` and booleans render as nothing (`${cond && markup`…`}`), arrays are concatenated.
 * Attribute values must be quoted: `<a href="${url}">`.
 */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => (out += write(value) + strings[i + 1]));
  return new SafeHtml(out);
}

/** Trusted markup written as is (never user text): a pre-built fragment such as the Open Graph tags. */
export const raw = (text: string): SafeHtml => new SafeHtml(text);
