import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CASHMOB_MESSAGE_MAX } from '@assoc/cashmobs-domain';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CashmobsData } from '../data-access/cashmobs.data';
import type { CashmobFieldsFragment } from '../graphql/cashmobs.generated';

/** The organiser, the shop's owner or the board call the cashmob off before the start, with a reason every sign-up receives. */
@Component({
  selector: 'assoc-cancel-panel',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!open()) {
      <button mat-stroked-button type="button" class="danger-text" (click)="open.set(true)">
        {{ 'cashmobs.cancel.open' | translate }}
      </button>
    } @else {
      <form [formGroup]="form" (ngSubmit)="cancel()" novalidate class="stack" aria-labelledby="cancel-title">
        <h3 id="cancel-title">{{ 'cashmobs.cancel.title' | translate }}</h3>
        <mat-form-field>
          <mat-label>{{ 'cashmobs.cancel.reason' | translate }}</mat-label>
          <textarea matInput rows="2" formControlName="reason" required [maxlength]="max"></textarea>
          <mat-hint>{{ 'cashmobs.cancel.hint' | translate }}</mat-hint>
          <mat-error>{{ form.controls.reason.errors | assocFieldError }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-button type="button" (click)="open.set(false)">{{ 'common.cancel' | translate }}</button>
          <button mat-flat-button type="submit" class="destructive" [disabled]="saving()">
            {{ 'cashmobs.cancel.submit' | translate }}
          </button>
        </div>
      </form>
    }
  `,
  styles: `
    h3 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .danger-text {
      color: var(--mat-sys-error);
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class CancelPanel {
  readonly cashmob = input.required<CashmobFieldsFragment>();
  readonly changed = output<CashmobFieldsFragment>();

  private readonly data = inject(CashmobsData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly max = CASHMOB_MESSAGE_MAX;
  protected readonly open = signal(false);
  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(CASHMOB_MESSAGE_MAX)]],
  });

  protected async cancel(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const updated = await firstValueFrom(this.data.cancel(this.cashmob().id, this.form.getRawValue().reason));
      this.errors.success('cashmobs.cancel.done');
      this.changed.emit(updated);
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
