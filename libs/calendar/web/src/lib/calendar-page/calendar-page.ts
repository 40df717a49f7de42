import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Permission } from '@assoc/platform-domain';
import { ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, EMPTY, firstValueFrom, switchMap, tap } from 'rxjs';
import { CalendarData } from '../data-access/calendar.data';
import {
  addDays,
  addMonths,
  Day,
  dayIn,
  dayStartIso,
  monthWeeks,
  startOfMonth,
  weekDays,
} from '@assoc/calendar-domain';
import { CalendarEvent } from '../shared/event-kinds';
import { DayPipe } from '../shared/event-time.pipe';
import { Conflict, ConflictsBanner } from './conflicts-banner';
import { EventDetail, EventDetailData, EventDetailResult } from './event-detail';
import { FeedPanel } from './feed-panel';
import { KindLegend } from './kind-legend';
import { ListView } from './list-view';
import { MeetingForm, MeetingFormData } from './meeting-form';
import { MonthView } from './month-view';
import { WeekView } from './week-view';

export type CalendarView = 'month' | 'week' | 'list';

interface ShopConflictRow {
  shopId: string;
  shopName: string;
  firstKey: string;
  secondKey: string;
}

/**
 * /calendar — the association's campaigns, cashmobs, project milestones and meetings, by month, week
 * or as a list (the default on a phone), in the association's time zone; meetings for the board;
 * the member's private subscription link.
 */
@Component({
  selector: 'assoc-calendar-page',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    TranslatePipe,
    DayPipe,
    ConflictsBanner,
    FeedPanel,
    KindLegend,
    ListView,
    MonthView,
    WeekView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.scss',
})
export class CalendarPage {
  /** Query parameter `meeting` (a meeting's `path`): its detail opens once it is loaded. */
  readonly meeting = input<string | undefined>();

  private readonly calendar = inject(CalendarData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly window = inject(DOCUMENT).defaultView;

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly canManage = computed(() => this.session.can(Permission.ManageMeetings));
  protected readonly today = computed(() => dayIn(new Date(), this.timeZone()));
  protected readonly view = signal<CalendarView>(
    this.window?.matchMedia('(max-width: 599.98px)').matches ? 'list' : 'month',
  );
  /** A day of the period shown. */
  protected readonly anchor = signal<Day>(this.today());

  protected readonly weeks = computed(() => monthWeeks(this.anchor()));
  protected readonly week = computed(() => weekDays(this.anchor()));
  protected readonly month = computed(() => this.anchor().slice(0, 7));
  protected readonly period = computed(() => {
    if (this.view() === 'week') return { first: this.week()[0], last: this.week()[6] };
    if (this.view() === 'list') {
      const first = startOfMonth(this.anchor());
      return { first, last: addDays(addMonths(first, 1), -1) };
    }
    const weeks = this.weeks();
    return { first: weeks[0][0], last: weeks[weeks.length - 1][6] };
  });
  protected readonly monthTitle = computed(() => {
    const [year, month] = this.month().split('-').map(Number);
    const tag = this.language() === 'en' ? 'en-GB' : 'fr-FR';
    return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, 1, 12)),
    );
  });

  protected readonly events = signal<CalendarEvent[]>([]);
  private readonly conflictRows = signal<ShopConflictRow[]>([]);
  protected readonly conflicts = computed<Conflict[]>(() => {
    const byKey = new Map(this.events().map((e) => [e.key, e]));
    return this.conflictRows().flatMap((c) => {
      const first = byKey.get(c.firstKey);
      const second = byKey.get(c.secondKey);
      return first && second ? [{ shopId: c.shopId, shopName: c.shopName, first, second }] : [];
    });
  });
  protected readonly loading = signal(true);
  /** The instants the period covers, in the association's time zone. */
  private readonly range = computed(
    () => {
      const { first, last } = this.period();
      const timeZone = this.timeZone();
      return { from: dayStartIso(first, timeZone), to: dayStartIso(addDays(last, 1), timeZone) };
    },
    { equal: (a, b) => a.from === b.from && a.to === b.to },
  );
  private openedFromUrl: string | null = null;

  constructor() {
    // Each period at once from the cache when seen before, then from the server; a newer period
    // replaces an older one's requests (switchMap).
    toObservable(this.range)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ from, to }) =>
          this.calendar.calendar(from, to).pipe(
            catchError((error: unknown) => {
              this.errors.show(error);
              this.loading.set(false);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((calendar) => {
        this.events.set(calendar.events);
        this.conflictRows.set(calendar.conflicts);
        this.loading.set(false);
      });
    effect(() => {
      const id = this.meeting();
      const event = this.events().find((e) => e.kind === 'MEETING' && e.id === id);
      if (event && this.openedFromUrl !== id) {
        this.openedFromUrl = id ?? null;
        untracked(() => this.open(event));
      }
    });
  }

  protected setView(view: CalendarView): void {
    this.view.set(view);
  }

  protected move(step: -1 | 1): void {
    this.anchor.update((day) => (this.view() === 'week' ? addDays(day, 7 * step) : addMonths(day, step)));
  }

  protected goToday(): void {
    this.anchor.set(this.today());
  }

  protected open(event: CalendarEvent): void {
    const data: EventDetailData = {
      event,
      timeZone: this.timeZone(),
      language: this.language(),
      canManage: this.canManage(),
    };
    const ref = this.dialog.open<EventDetail, EventDetailData, EventDetailResult>(EventDetail, {
      data,
      width: '520px',
      maxWidth: '94vw',
      autoFocus: 'dialog',
    });
    ref.afterClosed().subscribe((result) => {
      if (result === 'edit') this.openMeetingForm(event);
      if (result === 'deleted') this.reload();
    });
  }

  protected openMeetingForm(meeting: CalendarEvent | null = null): void {
    const day = this.anchor() < this.today() ? this.today() : this.anchor();
    const data: MeetingFormData = { meeting, timeZone: this.timeZone(), day };
    const ref = this.dialog.open<MeetingForm, MeetingFormData, boolean>(MeetingForm, {
      data,
      width: '600px',
      maxWidth: '94vw',
    });
    ref.afterClosed().subscribe((saved) => {
      if (saved) this.reload();
    });
  }

  /** After a meeting changed: the period from the server, which the watched period then shows. */
  private reload(): void {
    const { from, to } = this.range();
    firstValueFrom(this.calendar.refreshCalendar(from, to)).catch((error: unknown) => this.errors.show(error));
  }
}
