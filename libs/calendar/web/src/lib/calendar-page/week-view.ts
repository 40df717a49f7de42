import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { Day, DaySpan, spanOn } from '@assoc/calendar-domain';
import { CalendarEvent, kindIcon, KindColour } from '../shared/event-kinds';
import { eventsByDay } from '../shared/events-by-day';
import { DayPipe, TimePipe } from '../shared/event-time.pipe';

/** A week in seven columns, Monday first, each event with its times (one column a row on a phone). */
@Component({
  selector: 'assoc-week-view',
  imports: [MatIconModule, TranslatePipe, DayPipe, TimePipe, KindColour],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './week-view.html',
  styleUrl: './week-view.scss',
})
export class WeekView {
  readonly days = input.required<Day[]>();
  readonly today = input.required<Day>();
  readonly events = input.required<readonly CalendarEvent[]>();
  readonly timeZone = input.required<string>();
  readonly language = input.required<string>();
  readonly opened = output<CalendarEvent>();

  protected readonly byDay = computed(() => eventsByDay(this.events(), this.timeZone()));
  protected readonly icon = kindIcon;

  protected span(event: CalendarEvent, day: Day): DaySpan {
    return spanOn(event, day, this.timeZone());
  }
}
