import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { Day, spanOn } from '@assoc/calendar-domain';
import { CalendarEvent, kindIcon, KindColour } from '../shared/event-kinds';
import { eventsByDay } from '../shared/events-by-day';
import { DayPipe, TimePipe } from '../shared/event-time.pipe';

/** A month as a grid of weeks, Monday first; each event a small button that opens its detail. */
@Component({
  selector: 'assoc-month-view',
  imports: [MatIconModule, TranslatePipe, DayPipe, TimePipe, KindColour],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './month-view.html',
  styleUrl: './month-view.scss',
})
export class MonthView {
  readonly weeks = input.required<Day[][]>();
  /** "2026-12": the days of other months are greyed. */
  readonly month = input.required<string>();
  readonly today = input.required<Day>();
  readonly events = input.required<readonly CalendarEvent[]>();
  readonly timeZone = input.required<string>();
  readonly language = input.required<string>();
  readonly opened = output<CalendarEvent>();

  protected readonly byDay = computed(() => eventsByDay(this.events(), this.timeZone()));
  protected readonly weekdays = computed(() => this.weeks()[0] ?? []);
  protected readonly icon = kindIcon;

  /** A timed event shows its start time on its first day. */
  protected startsOn(event: CalendarEvent, day: Day): boolean {
    const span = spanOn(event, day, this.timeZone()).kind;
    return span === 'range' || span === 'from';
  }
}
