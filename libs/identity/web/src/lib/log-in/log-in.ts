import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, LanguageStore, SessionStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { IdentityData } from '../data-access/identity.data';

@Component({
  selector: 'assoc-log-in',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './log-in.html',
})
export class LogIn {
  /** Where to go after logging in (query parameter `returnUrl`). */
  readonly returnUrl = input<string | undefined>();

  private readonly data = inject(IdentityData);
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ErrorDisplay);
  private readonly router = inject(Router);

  protected readonly language = inject(LanguageStore).language;
  protected readonly submitting = signal(false);
  protected readonly hidePassword = signal(true);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    try {
      await firstValueFrom(this.data.logIn(this.form.getRawValue()));
      await this.session.refresh();
      const target = this.returnUrl();
      await this.router.navigateByUrl(target && target.startsWith('/') ? target : '/');
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.submitting.set(false);
    }
  }
}
