/**
 * French and English messages for the reasons only the impact dashboard uses, copied word for word
 * into the platform's catalogue (a test in impact-api checks it). `endBeforeStart` is the platform's.
 */
export const IMPACT_PROBLEM_MESSAGES: Readonly<Record<string, { fr: string; en: string }>> = {
  invalidDay: { fr: 'Indiquez une date au format aaaa-mm-jj.', en: 'Give a date as yyyy-mm-dd.' },
  periodEndRequired: { fr: 'Indiquez le dernier jour de la période.', en: 'Give the last day of the period.' },
  periodTooLong: { fr: 'Une période dure au plus {days} jours.', en: 'A period lasts at most {days} days.' },
};
