import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, LanguageStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { IdentityData } from '../data-access/identity.data';

export { PASSWORD_MIN_LENGTH } from '@assoc/identity-domain';
import { PASSWORD_MIN_LENGTH } from '@assoc/identity-domain';

@Component({
  selector: 'assoc-sign-up',
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
  templateUrl: './sign-up.html',
})
export class SignUp {
  private readonly data = inject(IdentityData);
  private readonly languages = inject(LanguageStore);
  private readonly errors = inject(ErrorDisplay);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly submitting = signal(false);
  /** The address the confirmation link went to (the same answer whether or not it has an account). */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    try {
      const locale = this.languages.language() === 'en' ? 'EN' : 'FR';
      await firstValueFrom(this.data.signUp({ ...this.form.getRawValue(), locale }));
      this.sentTo.set(this.form.controls.email.value.trim());
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.submitting.set(false);
    }
  }
}
