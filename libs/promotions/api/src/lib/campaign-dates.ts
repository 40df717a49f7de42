/** "du 1 juin 2026 à 10:00 au 14 juin 2026 à 19:00" / "from … to …", in the association's time zone (posters, mails). */
export function campaignDates(startsAt: Date, endsAt: Date, timeZone: string, locale: 'fr' | 'en'): string {
  const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return locale === 'fr'
    ? `du ${format.format(startsAt)} au ${format.format(endsAt)}`
    : `from ${format.format(startsAt)} to ${format.format(endsAt)}`;
}
