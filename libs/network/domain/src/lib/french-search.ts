/**
 * PostgreSQL's French stemmer already folds most forms of a word together ("organiser", "organisé",
 * "organisez", "organisait" → organis), but not the present-tense -ons/-ent endings nor -ées
 * ("organisons" → organison). So each word of a search also looks for its likely first-group
 * infinitive, and an infinitive for those two endings: the database stems every variant and ORs them.
 */
const RULES: [RegExp, string[]][] = [
  [/^(.{2,})geons$/, ['$1ger']],
  [/^(.{2,})çons$/, ['$1cer']],
  [/^(.{3,})ons$/, ['$1er']],
  [/^(.{3,})ent$/, ['$1er']],
  [/^(.{3,})(?:ée|ées|és)$/, ['$1er']],
  [/^(.{3,})er$/, ['$1ons', '$1ent']],
];

export const SEARCH_MAX_WORDS = 10;

/** The word and the forms it may stand for, lower-cased, the word first. */
export function frenchWordVariants(word: string): string[] {
  const w = word.toLowerCase();
  const variants = new Set([w]);
  for (const [pattern, replacements] of RULES) {
    if (pattern.test(w)) replacements.forEach((r) => variants.add(w.replace(pattern, r)));
  }
  return [...variants];
}

/** The words of a search (letters and digits, two characters or more, at most ten), each with its variants. */
export function searchTerms(query: string): string[][] {
  return query
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => [...w].length > 1)
    .slice(0, SEARCH_MAX_WORDS)
    .map(frenchWordVariants);
}

/**
 * How many matches of each part of the search (posts, comments, members) compete for the first
 * places (ADR 0038): the newest posts and comments, the members first in alphabetical order. A search
 * with fewer matches ranks them all; one with more ranks these only, so its cost does not grow with
 * the association's history. More than the 50 results a search may return.
 */
export const SEARCH_RANKED_MATCHES = 100;
