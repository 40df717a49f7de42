/** The week's lines as the public pages (server-rendered too) show them: one implementation, in directory-domain. */
export { openingLines, weekdayName, formatTime, type OpeningLine as DayLine } from '@assoc/directory-domain';

export interface Period {
  opens: string;
  closes: string;
}
