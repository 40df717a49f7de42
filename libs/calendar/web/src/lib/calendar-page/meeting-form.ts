import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { clearServerErrors, dateOrder, ErrorDisplay, FieldErrorPipe, TOUCHED_ERRORS } from '@assoc/platform-web';
import { isoToZonedLocal, zonedLocalToIso } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CalendarData } from '../data-access/calendar.data';
import { Day } from '@assoc/calendar-domain';
import { CalendarEvent } from '../shared/event-kinds';

export interface MeetingFormData {
  /** The meeting to edit; a new one when absent. */
  meeting: CalendarEvent | null;
  timeZone: string;
  /** The day a new meeting is proposed on. */
  day: Day;
}

/** Limits of the API's MeetingFieldsInput. */
const LIMITS = { title: 200, place: 300, agenda: 5000 };

/** A meeting's form, in a dialog: title, place, start and end in the association's time zone, agenda. */
@Component({
  selector: 'assoc-meeting-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  providers: [TOUCHED_ERRORS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-form.html',
  styles: `
    mat-dialog-content {
      padding-top: 8px;
    }
  `,
})
export class MeetingForm {
  protected readonly data = inject<MeetingFormData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<MeetingForm, boolean>>(MatDialogRef);
  private readonly calendar = inject(CalendarData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly limits = LIMITS;
  protected readonly saving = signal(false);
  protected readonly editing = this.data.meeting !== null;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      title: [this.data.meeting?.title ?? '', [Validators.required, Validators.maxLength(LIMITS.title)]],
      place: [this.data.meeting?.place ?? '', Validators.maxLength(LIMITS.place)],
      startsAt: [
        this.data.meeting ? isoToZonedLocal(this.data.meeting.startsAt, this.data.timeZone) : `${this.data.day}T18:00`,
        Validators.required,
      ],
      endsAt: [
        this.data.meeting ? isoToZonedLocal(this.data.meeting.endsAt, this.data.timeZone) : `${this.data.day}T20:00`,
        Validators.required,
      ],
      agenda: [this.data.meeting?.description ?? '', Validators.maxLength(LIMITS.agenda)],
    },
    // Both on the association's wall clock: the end must come after the start (endBeforeStart).
    { validators: dateOrder('startsAt', 'endsAt') },
  );

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    const value = this.form.getRawValue();
    const startsAt = zonedLocalToIso(value.startsAt, this.data.timeZone);
    const endsAt = zonedLocalToIso(value.endsAt, this.data.timeZone);
    if (this.form.invalid || !startsAt || !endsAt) {
      this.form.markAllAsTouched();
      return;
    }
    const fields = {
      title: value.title.trim(),
      place: value.place.trim(),
      agenda: value.agenda.trim(),
      startsAt,
      endsAt,
    };
    this.saving.set(true);
    try {
      if (this.data.meeting) {
        await firstValueFrom(this.calendar.updateMeeting({ id: this.data.meeting.id, ...fields }));
      } else {
        await firstValueFrom(this.calendar.createMeeting(fields));
      }
      this.errors.success(this.editing ? 'calendar.meeting.updated' : 'calendar.meeting.created');
      this.ref.close(true);
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
