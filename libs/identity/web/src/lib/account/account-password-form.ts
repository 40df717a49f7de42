import { ChangeDetectionStrategy, Component, inject, output, signal, viewChild } from '@angular/core';
import {
  AbstractControl,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, resetAfterSubmit } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AccountData } from '../data-access/account.data';
import { PASSWORD_MIN_LENGTH } from '@assoc/identity-domain';

function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const password = control.parent?.get('password')?.value;
  return control.value && password !== control.value ? { passwordMismatch: true } : null;
}

/** A new password, after the current one; every other session is then logged out. */
@Component({
  selector: 'assoc-account-password-form',
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
    <mat-card appearance="outlined" class="section-card">
      <mat-card-header>
        <mat-card-title
          ><h2>{{ 'identity.account.password.title' | translate }}</h2></mat-card-title
        >
        <mat-card-subtitle>{{ 'identity.account.password.subtitle' | translate }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="stack">
          <mat-form-field>
            <mat-label>{{ 'identity.account.currentPassword' | translate }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="currentPassword"
              autocomplete="current-password"
              required
            />
            <mat-error>{{ form.controls.currentPassword.errors | assocFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'identity.fields.newPassword' | translate }}</mat-label>
            <input matInput type="password" formControlName="password" autocomplete="new-password" required />
            <mat-hint>{{ 'identity.passwordHint' | translate: { min: minLength } }}</mat-hint>
            <mat-error>{{ form.controls.password.errors | assocFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'identity.fields.confirmPassword' | translate }}</mat-label>
            <input matInput type="password" formControlName="confirm" autocomplete="new-password" required />
            <mat-error>{{ form.controls.confirm.errors | assocFieldError }}</mat-error>
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="saving()">
              {{ 'identity.account.password.submit' | translate }}
            </button>
          </div>
        </form>
      </mat-card-content>
    </mat-card>
  `,
})
export class AccountPasswordForm {
  /** How many other sessions the change logged out. */
  readonly changed = output<number>();

  private readonly data = inject(AccountData);
  private readonly errors = inject(ErrorDisplay);
  private readonly directive = viewChild(FormGroupDirective);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
    confirm: ['', [Validators.required, sameAsPassword]],
  });

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    this.form.controls.confirm.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const { currentPassword, password } = this.form.getRawValue();
      const ended = await firstValueFrom(this.data.changePassword({ currentPassword, password }));
      resetAfterSubmit(this.form, this.directive());
      this.errors.success('identity.account.password.done', { count: ended });
      this.changed.emit(ended);
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
