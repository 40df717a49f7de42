import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe, LanguageStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { switchMap } from 'rxjs';
import { weekdayName } from '../shared/opening-hours';
import { DayForm, periodForm } from './shop-form';

/** Zero or more opening periods (HH:MM–HH:MM) for each weekday. */
@Component({
  selector: 'assoc-opening-hours-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './opening-hours-editor.html',
  styleUrl: './opening-hours-editor.scss',
})
export class OpeningHoursEditor {
  readonly days = input.required<FormArray<DayForm>>();

  private readonly lang = inject(LanguageStore).language;
  /** Re-renders when the array changes from outside (server errors, loading the saved shop). */
  protected readonly formEvent = toSignal(toObservable(this.days).pipe(switchMap((days) => days.events)));
  protected readonly dayNames = computed(() => {
    const lang = this.lang();
    return new Map(this.days().controls.map((d) => [d.controls.day.value, weekdayName(d.controls.day.value, lang)]));
  });

  protected addPeriod(day: DayForm): void {
    const periods = day.controls.periods;
    const last = periods.at(periods.length - 1)?.getRawValue();
    periods.push(
      last ? periodForm(last.closes < '14:00' ? '14:00' : last.closes, '19:00') : periodForm('09:00', '12:30'),
    );
    periods.markAsDirty();
  }

  protected removePeriod(day: DayForm, index: number): void {
    day.controls.periods.removeAt(index);
    day.controls.periods.markAsDirty();
  }
}
