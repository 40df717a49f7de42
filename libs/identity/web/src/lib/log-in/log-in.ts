import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  clearServerErrors,
  ErrorDisplay,
  FieldErrorPipe,
  LanguageStore,
  SessionStore,
  SvgIcon,
} from '@assoc/platform-web/first-load';
import { TranslatePipe } from '@ngx-translate/core';
import { visibilityIcon } from '@assoc/shared-util/icons/visibility';
import { visibilityOffIcon } from '@assoc/shared-util/icons/visibility-off';
import { LogInData } from '../data-access/log-in.data';

@Component({
  selector: 'assoc-log-in',
  imports: [ReactiveFormsModule, RouterLink, SvgIcon, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './log-in.html',
  styleUrl: './log-in.scss',
})
export class LogIn {
  /** Where to go after logging in (query parameter `returnUrl`). */
  readonly returnUrl = input<string | undefined>();

  private readonly data = inject(LogInData);
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ErrorDisplay);
  private readonly router = inject(Router);

  protected readonly language = inject(LanguageStore).language;
  protected readonly submitting = signal(false);
  protected readonly hidePassword = signal(true);
  protected readonly visibilityIcon = visibilityIcon;
  protected readonly visibilityOffIcon = visibilityOffIcon;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });
  /** Shown once the password was right for an account with a second factor. */
  protected readonly codeStep = signal(false);
  protected readonly codeForm = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.maxLength(32)]],
  });

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    try {
      if (await this.data.logIn(this.form.getRawValue())) await this.signedIn();
      else this.codeStep.set(true); // the account has a second factor: its code opens the session
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.submitting.set(false);
    }
  }

  /** The second step (issue 25): a code from the app, or a recovery code. */
  protected async submitCode(): Promise<void> {
    clearServerErrors(this.codeForm);
    if (this.codeForm.invalid) {
      this.codeForm.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    try {
      await this.data.completeLogIn(this.codeForm.getRawValue().code);
      await this.signedIn();
    } catch (error) {
      this.errors.show(error, this.codeForm);
    } finally {
      this.submitting.set(false);
    }
  }

  /** Back to the e-mail and password (the pending step expired, or another account). */
  protected restart(): void {
    this.codeForm.reset();
    this.form.controls.password.reset();
    this.codeStep.set(false);
  }

  /**
   * The session is open: an association that requires a second factor of this person, who has none,
   * sends them to set it up first (issue 25); else the page asked for, or the feed.
   */
  private async signedIn(): Promise<void> {
    await this.session.refresh();
    const requiredBy = await this.data.secondFactorRequiredBy();
    if (requiredBy.length) {
      await this.router.navigateByUrl('/account/security');
      return;
    }
    const target = this.returnUrl();
    await this.router.navigateByUrl(target && target.startsWith('/') ? target : '/');
  }
}
