import type { Weekday } from '@assoc/platform-web/core';
import { WEEKDAYS } from './trades';

export interface Period {
  opens: string;
  closes: string;
}

export interface DayLine {
  day: Weekday;
  label: string;
  periods: string[];
  today: boolean;
}

// 2024-01-01 was a Monday.
const MONDAY_UTC = Date.UTC(2024, 0, 1, 12);

/** Weekday name in the person's language ("lundi", "Monday"). */
export function weekdayName(day: Weekday, lang: string): string {
  const index = WEEKDAYS.indexOf(day);
  const name = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(MONDAY_UTC + index * 86_400_000),
  );
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "09:00" -> "09:00" in French, "9:00 AM" in English. */
export function formatTime(value: string, lang: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(date);
}

/** Today's weekday in a time zone (the association's). */
export function todayIn(timeZone: string): Weekday {
  try {
    const name = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone }).format(new Date());
    return name.toUpperCase() as Weekday;
  } catch {
    return WEEKDAYS[(new Date().getDay() + 6) % 7];
  }
}

/** One line per weekday, Monday first, closed days included. */
export function openingLines(
  hours: readonly { day: Weekday; periods: readonly Period[] }[],
  lang: string,
  timeZone: string,
): DayLine[] {
  const today = todayIn(timeZone);
  return WEEKDAYS.map((day) => {
    const periods = hours.find((h) => h.day === day)?.periods ?? [];
    return {
      day,
      label: weekdayName(day, lang),
      periods: periods.map((p) => `${formatTime(p.opens, lang)} – ${formatTime(p.closes, lang)}`),
      today: day === today,
    };
  });
}
