import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  clearServerErrors,
  DateTimePipe,
  ErrorDisplay,
  FieldErrorPipe,
  LanguageStore,
  resetAfterSubmit,
} from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AccountData, PendingEmailChange } from '../data-access/account.data';

/**
 * A new e-mail address: asked here with the current password, it becomes the account's once the
 * link mailed to it is followed; until then the pending address shows, with a way to cancel.
 */
@Component({
  selector: 'assoc-account-email-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .notice p {
      margin: 0 0 8px;
    }
  `,
  template: `
    <mat-card appearance="outlined" class="section-card">
      <mat-card-header>
        <mat-card-title
          ><h2>{{ 'identity.account.email.title' | translate }}</h2></mat-card-title
        >
        <mat-card-subtitle>{{ 'identity.account.email.current' | translate: { email: email() } }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        @if (pending(); as change) {
          <div class="notice" role="status">
            <p>
              {{
                'identity.account.email.pending'
                  | translate: { email: change.email, date: (change.expiresAt | assocDateTime: lang() : timeZone()) }
              }}
            </p>
            <button mat-stroked-button type="button" (click)="cancel()" [disabled]="saving()">
              {{ 'identity.account.email.cancel' | translate }}
            </button>
          </div>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="stack">
          <mat-form-field>
            <mat-label>{{ 'identity.account.email.new' | translate }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="email" required />
            <mat-hint>{{ 'identity.account.email.hint' | translate }}</mat-hint>
            <mat-error>{{ form.controls.email.errors | assocFieldError }}</mat-error>
          </mat-form-field>
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
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="saving()">
              {{ 'identity.account.email.submit' | translate }}
            </button>
          </div>
        </form>
      </mat-card-content>
    </mat-card>
  `,
})
export class AccountEmailForm {
  readonly email = input.required<string>();
  readonly pending = input<PendingEmailChange | null>(null);
  readonly timeZone = input<string | null>(null);
  readonly pendingChange = output<PendingEmailChange | null>();

  private readonly data = inject(AccountData);
  private readonly errors = inject(ErrorDisplay);
  private readonly directive = viewChild(FormGroupDirective);
  protected readonly lang = inject(LanguageStore).language;

  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    currentPassword: ['', Validators.required],
  });

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const change = await firstValueFrom(this.data.requestEmailChange(this.form.getRawValue()));
      resetAfterSubmit(this.form, this.directive());
      this.pendingChange.emit(change);
      this.errors.success('identity.account.email.sent', { email: change.email });
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }

  protected async cancel(): Promise<void> {
    this.saving.set(true);
    try {
      await firstValueFrom(this.data.cancelEmailChange());
      this.pendingChange.emit(null);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }
}
