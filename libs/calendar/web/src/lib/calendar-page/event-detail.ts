import { HttpClient } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { confirmAction, ErrorDisplay, fetchFile } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CalendarData } from '../data-access/calendar.data';
import { CalendarEvent, kindIcon, KindColour } from '../shared/event-kinds';
import { EventRangePipe } from '../shared/event-time.pipe';

export interface EventDetailData {
  event: CalendarEvent;
  timeZone: string;
  language: string;
  /** The person may edit and delete meetings. */
  canManage: boolean;
}

/** What the detail closes with: 'edit' to open the meeting form, 'deleted' to reload. */
export type EventDetailResult = 'edit' | 'deleted' | undefined;

/** An event's detail, in a dialog: its time in the association's zone, place, text, page and .ics. */
@Component({
  selector: 'assoc-event-detail',
  imports: [MatButtonModule, MatDialogModule, MatIconModule, RouterLink, TranslatePipe, EventRangePipe, KindColour],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-detail.html',
  styleUrl: './event-detail.scss',
})
export class EventDetail {
  protected readonly data = inject<EventDetailData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<EventDetail, EventDetailResult>>(MatDialogRef);
  private readonly calendar = inject(CalendarData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  protected readonly event = this.data.event;
  protected readonly icon = kindIcon(this.event.kind);
  protected readonly isMeeting = this.event.kind === 'MEETING';
  protected readonly busy = signal(false);

  protected async downloadIcs(): Promise<void> {
    const { kind, id, startsAt } = this.event;
    this.busy.set(true);
    try {
      await fetchFile(
        this.http,
        `/api/calendar/events/${kind}/${id}.ics?at=${encodeURIComponent(startsAt)}`,
        `${kind.toLowerCase()}-${id}.ics`,
        this.document,
      );
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected edit(): void {
    this.ref.close('edit');
  }

  protected async remove(): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'calendar.meeting.deleteTitle',
      messageKey: 'calendar.meeting.deleteMessage',
      confirmKey: 'calendar.meeting.delete',
      params: { title: this.event.title },
      destructive: true,
    });
    if (!confirmed) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.calendar.deleteMeeting(this.event.id));
      this.errors.success('calendar.meeting.deleted');
      this.ref.close('deleted');
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }
}
