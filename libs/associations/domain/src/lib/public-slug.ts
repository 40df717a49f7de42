/** The longest public slug (before a `-2` suffix): short enough to type from a poster. */
export const ASSOCIATION_SLUG_MAX = 48;

/**
 * The readable base of an association's public slug (issue 17: `/communaute/<slug>`): its name in lower case
 * ASCII, accents and ligatures folded (`Cœur de Vitré` → `coeur-de-vitre`), anything else a single dash,
 * at most ASSOCIATION_SLUG_MAX characters; `association` when nothing is left. The service adds `-2`, `-3`...
 * when another association has it already (the migration's backfill does the same in SQL).
 */
export function associationSlugBase(name: string): string {
  const folded = name
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, ASSOCIATION_SLUG_MAX)
    .replace(/^-+|-+$/g, '');
  return folded || 'association';
}

/** The n-th candidate for a base (1: the base itself, then `base-2`, `base-3`...). */
export function associationSlugCandidate(base: string, n: number): string {
  return n <= 1 ? base : `${base}-${n}`;
}

/** True when the text has a slug's shape (lower-case letters, digits, single dashes): others are refused before any look-up. */
export function isAssociationSlugShape(text: string): boolean {
  return text.length <= ASSOCIATION_SLUG_MAX + 6 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text);
}
