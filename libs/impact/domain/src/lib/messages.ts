import { MessageTexts } from '@assoc/platform-domain';

/**
 * The reasons only impact gives, each in French and English, once: its api module registers them with
 * the platform's catalogue (`registerMessages`). Generic reasons (required, isInt, min, max,
 * endBeforeStart...) are the platform's. `{name}` placeholders are filled from the problem's params.
 */
export const IMPACT_MESSAGES = {
  invalidDay: { fr: 'Indiquez une date au format aaaa-mm-jj.', en: 'Give a date as yyyy-mm-dd.' },
  periodEndRequired: { fr: 'Indiquez le dernier jour de la période.', en: 'Give the last day of the period.' },
  periodTooLong: { fr: 'Une période dure au plus {days} jours.', en: 'A period lasts at most {days} days.' },
} as const satisfies MessageTexts;
