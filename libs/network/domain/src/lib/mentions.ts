/**
 * Mentions are written inside post and comment text as `@[Display name](membershipId)`: the client
 * inserts the token when a member is picked from the directory autocomplete, and renders it as a link
 * to the member's page showing "@Display name". The name is only a label: the id is what counts.
 * The name may not contain `]` nor a line break; the id is a UUID.
 */
export const MENTION_PATTERN =
  /@\[([^\]\n]{1,100})\]\(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\)/g;

export interface Mention {
  name: string;
  membershipId: string;
}

/** The mentions of a text, in order of first appearance, each member once (ids lower-cased). */
export function parseMentions(text: string): Mention[] {
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const match of text.matchAll(MENTION_PATTERN)) {
    const membershipId = match[2].toLowerCase();
    if (seen.has(membershipId)) continue;
    seen.add(membershipId);
    mentions.push({ name: match[1], membershipId });
  }
  return mentions;
}

/** Ids mentioned in `after` that were not in `before` (so an edit notifies only newcomers). */
export function newlyMentioned(before: string | null, after: string): string[] {
  const old = new Set(before ? parseMentions(before).map((m) => m.membershipId) : []);
  return parseMentions(after)
    .map((m) => m.membershipId)
    .filter((id) => !old.has(id));
}

/** The text as a person reads it: each token replaced by `@Name`. */
export function mentionsAsPlainText(text: string): string {
  return text.replace(MENTION_PATTERN, (_, name: string) => `@${name}`);
}

/** The same replacement, as a PostgreSQL regular expression (for search documents and snippets). */
export const MENTION_SQL_PATTERN = '@\\[([^]\\n]{1,100})\\]\\([0-9a-fA-F-]{36}\\)';
