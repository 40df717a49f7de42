import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { CalendarEvent } from '../shared/event-kinds';
import { EventRangePipe } from '../shared/event-time.pipe';

/** A shop booked by two events at overlapping times. */
export interface Conflict {
  shopId: string;
  shopName: string;
  first: CalendarEvent;
  second: CalendarEvent;
}

/** The warning that lists every shop booked twice in the period, with both events. */
@Component({
  selector: 'assoc-conflicts-banner',
  imports: [TranslatePipe, EventRangePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="notice notice-error" role="alert" data-testid="calendar-conflicts">
      <h2>{{ 'calendar.conflicts.title' | translate: { count: conflicts().length } }}</h2>
      <ul>
        @for (conflict of conflicts(); track conflict.shopId + conflict.first.key + conflict.second.key) {
          <li>
            {{ 'calendar.conflicts.item' | translate: { shop: conflict.shopName } }}
            <button type="button" class="link" (click)="opened.emit(conflict.first)">{{ conflict.first.title }}</button>
            ({{ conflict.first | assocEventRange: language() : timeZone() }})
            {{ 'calendar.conflicts.and' | translate }}
            <button type="button" class="link" (click)="opened.emit(conflict.second)">
              {{ conflict.second.title }}
            </button>
            ({{ conflict.second | assocEventRange: language() : timeZone() }}).
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    li + li {
      margin-top: 4px;
    }
    .link {
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      font-weight: 600;
      text-decoration: underline;
      cursor: pointer;
    }
  `,
})
export class ConflictsBanner {
  readonly conflicts = input.required<readonly Conflict[]>();
  readonly timeZone = input.required<string>();
  readonly language = input.required<string>();
  readonly opened = output<CalendarEvent>();
}
