import { mentionsAsPlainText } from './mentions';

export const POST_TEXT_MAX = 5000;
export const COMMENT_TEXT_MAX = 5000;
export const POST_IMAGES_MAX = 5;
export const MODERATION_REASON_MAX = 500;
export const TOPIC_NAME_MAX = 60;
export const EXCERPT_LENGTH = 140;

export interface TextProblem {
  reason: string;
  params?: Record<string, number>;
}

/**
 * Cleans a post or comment text: Windows line breaks become `\n`, control characters other than
 * line breaks and tabs are dropped, outer blank space is trimmed; inner line breaks are kept.
 */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .trim()
  );
}

/** What is wrong with a (normalized) text, or null: it must not be empty nor longer than `max`. */
export function textProblem(text: string, max = POST_TEXT_MAX): TextProblem | null {
  if (!text.length) return { reason: 'isNotEmpty' };
  if ([...text].length > max) return { reason: 'maxLength', params: { max } };
  return null;
}

/** A short, single-line extract for notifications (mentions shown as @Name). */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = mentionsAsPlainText(text).replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= length
    ? flat
    : `${chars
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}
