import { Pipe, PipeTransform } from '@angular/core';

/**
 * A cashmob's slot in the reader's language and the association's time zone:
 * "vendredi 12 juin 2026, 16:00 – 18:00" / "Friday 12 June 2026, 16:00 – 18:00".
 */
@Pipe({ name: 'assocSlot' })
export class SlotPipe implements PipeTransform {
  transform(
    startsAt: string | null | undefined,
    endsAt: string | null | undefined,
    lang: string,
    timeZone: string,
  ): string {
    if (!startsAt || !endsAt) return '';
    const start = new Date(startsAt);
    const end = new Date(endsAt);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return '';
    const tag = lang === 'en' ? 'en-GB' : 'fr-FR';
    const day = new Intl.DateTimeFormat(tag, {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(start);
    const time = new Intl.DateTimeFormat(tag, { timeZone, hour: '2-digit', minute: '2-digit' });
    return `${day}, ${time.format(start)} – ${time.format(end)}`;
  }
}
