import { Pipe, PipeTransform } from '@angular/core';
import { formatDay } from '@assoc/shared-util';

/** A booking day (yyyy-mm-dd) in the reader's language: "3 mars 2026" / "3 Mar 2026". */
@Pipe({ name: 'treasuryDay' })
export class TreasuryDayPipe implements PipeTransform {
  transform(day: string | null | undefined, language: string): string {
    return day ? formatDay(day, language, { day: 'numeric', month: 'short', year: 'numeric' }) : '';
  }
}
