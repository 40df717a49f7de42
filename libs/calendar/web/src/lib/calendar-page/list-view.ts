import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { Day, dayIn, eventDays } from '@assoc/calendar-domain';
import { ListPlaceholder } from '@assoc/platform-web';
import { CalendarEvent, kindIcon, KindColour } from '../shared/event-kinds';
import { DayPipe, EventRangePipe, TimePipe } from '../shared/event-time.pipe';

/** The period's events once each, under the day they start (or the period's first day), by start. */
@Component({
  selector: 'assoc-list-view',
  imports: [MatIconModule, TranslatePipe, DayPipe, EventRangePipe, TimePipe, KindColour, ListPlaceholder],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './list-view.html',
  styleUrl: './list-view.scss',
})
export class ListView {
  /** The period shown, [first, last] days. */
  readonly first = input.required<Day>();
  readonly last = input.required<Day>();
  readonly today = input.required<Day>();
  readonly events = input.required<readonly CalendarEvent[]>();
  readonly timeZone = input.required<string>();
  readonly language = input.required<string>();
  /** While the period loads, a placeholder instead of "nothing planned". */
  readonly loading = input(false);
  readonly opened = output<CalendarEvent>();

  protected readonly icon = kindIcon;
  protected readonly groups = computed(() => {
    const groups = new Map<Day, CalendarEvent[]>();
    for (const event of [...this.events()].sort(
      (a, b) => a.startsAt.localeCompare(b.startsAt) || a.key.localeCompare(b.key),
    )) {
      const start = event.day ?? dayIn(event.startsAt, this.timeZone());
      const day = start < this.first() ? this.first() : start;
      if (day > this.last()) continue;
      groups.set(day, [...(groups.get(day) ?? []), event]);
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, events]) => ({ day, events }));
  });

  /** A timed event that starts and ends on its day: the day heading says the date, the row the times. */
  protected withinDay(event: CalendarEvent): boolean {
    return eventDays(event, this.timeZone()).length === 1;
  }
}
