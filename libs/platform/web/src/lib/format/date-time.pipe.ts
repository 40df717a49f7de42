import { Pipe, PipeTransform } from '@angular/core';

export type DateStyle = 'date' | 'dateTime' | 'long';

/** Formats an ISO date in the person's language and the association's time zone. */
@Pipe({ name: 'assocDateTime' })
export class DateTimePipe implements PipeTransform {
  transform(
    value: string | null | undefined,
    lang: string,
    timeZone?: string | null,
    style: DateStyle = 'dateTime',
  ): string {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    const options: Intl.DateTimeFormatOptions =
      style === 'date'
        ? { dateStyle: 'medium' }
        : style === 'long'
          ? { dateStyle: 'full', timeStyle: 'short' }
          : { dateStyle: 'medium', timeStyle: 'short' };
    try {
      return new Intl.DateTimeFormat(lang, { ...options, timeZone: timeZone ?? 'Europe/Paris' }).format(date);
    } catch {
      return new Intl.DateTimeFormat(lang, options).format(date);
    }
  }
}
