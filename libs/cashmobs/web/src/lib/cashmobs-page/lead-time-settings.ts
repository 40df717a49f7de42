import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MAX_LEAD_TIME_DAYS } from '@assoc/cashmobs-domain';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CashmobsData } from '../data-access/cashmobs.data';

/** The president's setting: the minimum days between proposing a cashmob and its start. */
@Component({
  selector: 'assoc-lead-time-settings',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="section-card" aria-labelledby="lead-time-title">
      <mat-card-header>
        <mat-card-title
          ><h2 id="lead-time-title">{{ 'cashmobs.settings.title' | translate }}</h2></mat-card-title
        >
        <mat-card-subtitle>{{ 'cashmobs.settings.subtitle' | translate }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        @if (loaded()) {
          <form [formGroup]="form" (ngSubmit)="save()" novalidate class="lead-form">
            <mat-form-field>
              <mat-label>{{ 'cashmobs.settings.leadTimeDays' | translate }}</mat-label>
              <input
                matInput
                type="number"
                inputmode="numeric"
                min="0"
                [max]="max"
                formControlName="leadTimeDays"
                required
              />
              <mat-error>{{ form.controls.leadTimeDays.errors | assocFieldError }}</mat-error>
            </mat-form-field>
            <button mat-flat-button type="submit" [disabled]="saving()">{{ 'common.save' | translate }}</button>
          </form>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .lead-form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 12px;
    }
    .lead-form button {
      margin-top: 8px;
    }
  `,
})
export class LeadTimeSettings {
  private readonly data = inject(CashmobsData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly max = MAX_LEAD_TIME_DAYS;
  protected readonly saving = signal(false);
  /** The form shows once the current value is known, so a quick edit is never overwritten by it. */
  protected readonly loaded = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    leadTimeDays: [7, [Validators.required, Validators.min(0), Validators.max(MAX_LEAD_TIME_DAYS)]],
  });

  constructor() {
    void this.load();
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const leadTimeDays = Math.trunc(Number(this.form.controls.leadTimeDays.value));
      await firstValueFrom(this.data.updateLeadTime(leadTimeDays));
      this.errors.success('cashmobs.settings.saved');
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.form.controls.leadTimeDays.setValue(await firstValueFrom(this.data.leadTimeDays()));
      this.loaded.set(true);
    } catch (error) {
      this.errors.show(error);
    }
  }
}
