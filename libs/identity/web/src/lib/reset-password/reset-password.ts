import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, SessionStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { IdentityData } from '../data-access/identity.data';
import { PASSWORD_MIN_LENGTH } from '../sign-up/sign-up';

function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const password = control.parent?.get('password')?.value;
  return control.value && password !== control.value ? { passwordMismatch: true } : null;
}

@Component({
  selector: 'assoc-reset-password',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reset-password.html',
})
export class ResetPassword {
  /** From the link sent by e-mail: /reset-password/:token */
  readonly token = input.required<string>();

  private readonly data = inject(IdentityData);
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ErrorDisplay);
  private readonly router = inject(Router);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly submitting = signal(false);
  protected readonly tokenError = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
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
    this.submitting.set(true);
    this.tokenError.set(null);
    try {
      await firstValueFrom(
        this.data.resetPassword({ token: this.token(), password: this.form.controls.password.value }),
      );
      await this.session.refresh();
      this.errors.success('identity.reset.done');
      await this.router.navigateByUrl('/');
    } catch (error) {
      const info = this.errors.show(error, this.form);
      const tokenField = info.fields.find((f) => f.field.endsWith('token'));
      if (tokenField) this.tokenError.set(tokenField.message);
    } finally {
      this.submitting.set(false);
    }
  }
}
