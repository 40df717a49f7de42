import { Pipe, PipeTransform } from '@angular/core';

function tag(lang: string): string {
  return lang === 'en' ? 'en-GB' : 'fr-FR';
}

/** A time of day in the association's time zone ("18:00"). */
@Pipe({ name: 'assocTime' })
export class TimePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: string, timeZone: string): string {
    if (!iso) return '';
    return new Intl.DateTimeFormat(tag(lang), { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  }
}

/** A calendar day ("2026-12-08") in words: "mardi 8 décembre 2026"; `short`: "mar. 8 déc.". */
@Pipe({ name: 'assocDay' })
export class DayPipe implements PipeTransform {
  transform(
    day: string | null | undefined,
    lang: string,
    style: 'long' | 'short' | 'weekday' | 'number' = 'long',
  ): string {
    if (!day) return '';
    const [y, m, d] = day.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d, 12));
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : style === 'short'
          ? { weekday: 'short', day: 'numeric', month: 'short' }
          : style === 'weekday'
            ? { weekday: 'short' }
            : { day: 'numeric' };
    return new Intl.DateTimeFormat(tag(lang), { ...options, timeZone: 'UTC' }).format(date);
  }
}

/**
 * An event's span in the association's time zone: "mardi 8 décembre 2026, 18:00 – 20:00", or the
 * day alone for an all-day event, or both ends in full when it runs over several days.
 */
@Pipe({ name: 'assocEventRange' })
export class EventRangePipe implements PipeTransform {
  transform(event: { startsAt: string; endsAt: string; day: string | null }, lang: string, timeZone: string): string {
    const locale = tag(lang);
    if (event.day) return new DayPipe().transform(event.day, lang, 'long');
    const start = new Date(event.startsAt);
    const end = new Date(event.endsAt);
    const dayOf = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
    if (dayOf.format(start) === dayOf.format(end))
      return `${dayOf.format(start)}, ${time.format(start)} – ${time.format(end)}`;
    return `${dayOf.format(start)}, ${time.format(start)} – ${dayOf.format(end)}, ${time.format(end)}`;
  }
}
