import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only the treasury gives, each in French and English, once: its api module registers them
 * with the platform's catalogue (`registerMessages`). Generic reasons (required, maxLength, isCalendarDay...)
 * are the platform's. `{name}` placeholders are filled from the problem's params.
 */
export const TREASURY_MESSAGES = {
  treasurySourceMissing: {
    fr: "L'écriture doit dire quel domaine et quel enregistrement la passent.",
    en: 'The entry must say which domain and which record posts it.',
  },
  treasuryLinesCount: {
    fr: 'Une écriture a au moins deux lignes et au plus {max}.',
    en: 'An entry has at least two lines and at most {max}.',
  },
  treasuryAccountUnknown: {
    fr: "Ce compte n'existe pas dans la trésorerie de l'association.",
    en: "This account does not exist in the association's treasury.",
  },
  treasuryLineCents: {
    fr: 'Le montant d’une ligne est un nombre entier de centimes, non nul.',
    en: 'A line’s amount is a whole number of cents, not zero.',
  },
  treasuryUnbalanced: {
    fr: "Les lignes de l'écriture doivent s'équilibrer (écart : {offCents} centimes).",
    en: "The entry's lines must balance (off by {offCents} cents).",
  },
  treasuryAmountPositive: {
    fr: 'Le montant doit être positif (au moins 0,01 €).',
    en: 'The amount must be positive (at least €0.01).',
  },
  treasuryShopUnknown: {
    fr: "Ce commerce ne fait pas partie de l'association.",
    en: 'This shop is not part of the association.',
  },
  treasuryMonthInvalid: { fr: 'Indiquez un mois au format aaaa-mm.', en: 'Give a month as yyyy-mm.' },
  treasuryEntryNotFound: {
    fr: "Cette écriture n'existe pas dans la trésorerie de l'association.",
    en: "This entry does not exist in the association's treasury.",
  },
  treasuryAlreadyReversed: {
    fr: 'Cette écriture a déjà été contrepassée.',
    en: 'This entry has already been reversed.',
  },
  treasuryReversalOfReversal: {
    fr: 'Une contrepassation ne se contrepasse pas : passez une nouvelle écriture.',
    en: 'A reversal cannot be reversed: post a new entry.',
  },
  treasuryKeyReused: {
    fr: 'Cette clé a déjà servi pour une autre écriture.',
    en: 'This key was already used for another entry.',
  },
  treasuryMonthClosed: {
    fr: 'Le relevé de ce commerce est clôturé jusqu’à fin {month} : choisissez une date après.',
    en: 'This shop’s statement is closed up to the end of {month}: choose a later day.',
  },
  treasuryMonthNotOver: {
    fr: 'Seul un mois terminé peut être clôturé.',
    en: 'Only a month that is over can be closed.',
  },
  treasuryClosingNotFound: {
    fr: "Ce relevé clôturé n'existe pas pour ce commerce.",
    en: 'This closed statement does not exist for this shop.',
  },
  treasuryPaymentExceedsStatement: {
    fr: 'Le montant dépasse ce qui reste à payer sur ce relevé ({remainingCents} centimes).',
    en: 'The amount is more than what is left to pay on this statement ({remainingCents} cents).',
  },
} as const satisfies MessageTexts;
