import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import {
  clearServerErrors,
  DateTimePipe,
  ErrorDisplay,
  FieldErrorPipe,
  LanguageStore,
  parseServerError,
  SessionStore,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom, from, switchMap } from 'rxjs';
import { AssociationsData } from '../data-access/associations.data';

import { PASSWORD_MIN_LENGTH } from '@assoc/identity-domain';

/** /invitation/:token — join an association from the link received by e-mail. */
@Component({
  selector: 'assoc-accept-invitation',
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
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-invitation.html',
})
export class AcceptInvitation {
  readonly token = input.required<string>();

  private readonly data = inject(AssociationsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly router = inject(Router);
  private readonly languages = inject(LanguageStore);
  protected readonly session = inject(SessionStore);
  protected readonly lang = this.languages.language;
  protected readonly minLength = PASSWORD_MIN_LENGTH;

  protected readonly preview = rxResource({
    params: () => ({ token: this.token() }),
    stream: ({ params }) =>
      from(this.session.ensureLoaded()).pipe(switchMap(() => this.data.invitationPreview(params.token))),
  });
  protected readonly invitation = computed(() => (this.preview.hasValue() ? this.preview.value() : null));
  protected readonly previewError = computed(() => {
    const error = this.preview.error();
    if (!error) return null;
    const info = parseServerError(error);
    return info.message || null;
  });
  protected readonly sameEmail = computed(() => {
    const user = this.session.user();
    const invitation = this.invitation();
    return !!user && !!invitation && user.email.toLowerCase() === invitation.email.toLowerCase();
  });
  protected readonly returnUrl = computed(() => `/invitation/${this.token()}`);

  protected readonly submitting = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });

  protected async accept(): Promise<void> {
    this.submitting.set(true);
    try {
      await this.enter(await firstValueFrom(this.data.acceptInvitation(this.token())));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.submitting.set(false);
    }
  }

  protected async signUp(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    try {
      const locale = this.languages.language() === 'en' ? 'EN' : 'FR';
      const associationId = await firstValueFrom(
        this.data.signUpWithInvitation({ token: this.token(), ...this.form.getRawValue(), locale }),
      );
      await this.enter(associationId);
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.submitting.set(false);
    }
  }

  protected async logOutAndRetry(): Promise<void> {
    await this.session.logOut();
    this.preview.reload();
  }

  private async enter(associationId: string): Promise<void> {
    await this.session.refresh();
    await this.session.switchAssociation(associationId);
    this.errors.success('associations.invitation.welcome', { name: this.invitation()?.associationName ?? '' });
    await this.router.navigateByUrl('/directory');
  }
}
