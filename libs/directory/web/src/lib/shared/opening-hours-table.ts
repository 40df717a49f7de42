import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LanguageStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { openingLines, Period } from './opening-hours';
import type { Weekday } from '@assoc/platform-web/core';

/** A shop's week, Monday first, closed days said, today highlighted in the association's time zone. */
@Component({
  selector: 'assoc-opening-hours-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="hours">
      <caption class="visually-hidden">
        {{
          'directory.member.hours' | translate
        }}
      </caption>
      <tbody>
        @for (line of lines(); track line.day) {
          <tr [class.today]="line.today">
            <th scope="row">
              {{ line.label }}
              @if (line.today) {
                <span class="today-badge">{{ 'directory.member.today' | translate }}</span>
              }
            </th>
            <td>
              @if (line.periods.length === 0) {
                <span class="closed">{{ 'directory.member.closed' | translate }}</span>
              } @else {
                {{ line.periods.join(', ') }}
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
    }
    .hours {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      padding: 8px 4px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-body-medium);
    }
    th {
      font-weight: 600;
      width: 45%;
    }
    tr:last-child th,
    tr:last-child td {
      border-bottom: none;
    }
    tr.today {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .today-badge {
      margin-left: 6px;
      font: var(--mat-sys-label-small);
      text-transform: uppercase;
    }
    .closed {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
  `,
})
export class OpeningHoursTable {
  readonly hours = input.required<readonly { day: Weekday; periods: readonly Period[] }[]>();
  /** The association's time zone, which decides what "today" is. */
  readonly timeZone = input.required<string>();
  private readonly language = inject(LanguageStore).language;
  protected readonly lines = computed(() => openingLines(this.hours(), this.language(), this.timeZone()));
}
