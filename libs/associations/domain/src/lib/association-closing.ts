import { MessageTexts, RetentionPeriod } from '@assoc/platform-domain';

/**
 * Closing an association (issue 25, part 5): the president asks, the association stays open for a grace
 * period during which the board is told and any of them can cancel; then its members lose access and every
 * domain erases its personal data, keeping the accounting records. The period is a registered retention
 * constant, so the privacy page prints the same number the closing job uses.
 */
export const ASSOCIATION_CLOSING_GRACE: RetentionPeriod = {
  key: 'associations.closingGrace',
  days: 30,
  what: {
    fr: 'Une association dont la fermeture est demandée reste ouverte pendant ce délai (son bureau peut l’annuler) ; ensuite ses membres perdent l’accès et ses données personnelles sont effacées, ses comptes gardés avec les noms remplacés par « Ancien membre ».',
    en: 'An association whose closing was asked for stays open for this long (its board can cancel); then its members lose access and its personal data is erased, its accounts kept with the names replaced by “Former member”.',
  },
};

export const ASSOCIATIONS_RETENTION: readonly RetentionPeriod[] = [ASSOCIATION_CLOSING_GRACE];

/** When an association asked to close on `requestedAt` closes (the grace period later, to the millisecond). */
export function closingDate(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + ASSOCIATION_CLOSING_GRACE.days * 24 * 3600 * 1000);
}

/** Where an association stands: open, closing (until `closesAt`), or closed. */
export type ClosingState = 'OPEN' | 'CLOSING' | 'CLOSED';

export function closingState(association: { closesAt: Date | null; closedAt: Date | null }, now: Date): ClosingState {
  if (association.closedAt) return 'CLOSED';
  if (!association.closesAt) return 'OPEN';
  return association.closesAt.getTime() <= now.getTime() ? 'CLOSED' : 'CLOSING';
}

/** The reasons closing an association gives, in French and English; the associations module registers them. */
export const ASSOCIATION_CLOSING_MESSAGES = {
  associationClosingAlready: {
    fr: 'La fermeture de l’association est déjà demandée : elle fermera le {closesAt} sauf annulation.',
    en: 'Closing the association was already asked for: it closes on {closesAt} unless cancelled.',
  },
  associationClosingNone: {
    fr: 'Aucune fermeture de l’association n’est en cours : il n’y a rien à annuler.',
    en: 'The association is not closing: there is nothing to cancel.',
  },
} as const satisfies MessageTexts;
