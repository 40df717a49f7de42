import { formatInstant } from '@assoc/shared-util';

/** "du 1er juin 2026 à 10:00 au 14 juin 2026 à 19:00" / "from … to …", in the association's time zone (posters, mails). */
export function campaignDates(startsAt: Date, endsAt: Date, timeZone: string, locale: 'fr' | 'en'): string {
  const format = (at: Date) =>
    formatInstant(at, locale, timeZone, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
  return locale === 'fr'
    ? `du ${format(startsAt)} au ${format(endsAt)}`
    : `from ${format(startsAt)} to ${format(endsAt)}`;
}
