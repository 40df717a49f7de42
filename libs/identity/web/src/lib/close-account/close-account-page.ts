import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, SessionStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AccountClosingData } from '../data-access/account-closing.data';

/** What closing erases and what the associations keep, in the order the page lists them. */
const ERASED = ['profile', 'sessions', 'posts', 'shop', 'notifications', 'signUps'] as const;
const KEPT = ['ledger', 'votes', 'history'] as const;

/**
 * /account/close (issue 25, leaving for good): what is erased and what is kept, the password (and the
 * second factor's code when it is on), a confirmation; then signed out to /account-closed.
 */
@Component({
  selector: 'assoc-close-account-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 720px;
    }
    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    li {
      margin: 4px 0;
    }
    .refusal {
      color: var(--mat-sys-error);
      margin: 0 0 12px;
    }
  `,
  template: `
    <header class="page-header">
      <div>
        <h1>{{ 'identity.close.title' | translate }}</h1>
        <p class="page-subtitle">{{ 'identity.close.subtitle' | translate }}</p>
      </div>
    </header>
    <mat-card appearance="outlined" class="section-card">
      <mat-card-header>
        <mat-card-title
          ><h2>{{ 'identity.close.erasedTitle' | translate }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <ul>
          @for (item of erased; track item) {
            <li>{{ 'identity.close.erased.' + item | translate }}</li>
          }
        </ul>
      </mat-card-content>
    </mat-card>
    <mat-card appearance="outlined" class="section-card">
      <mat-card-header>
        <mat-card-title
          ><h2>{{ 'identity.close.keptTitle' | translate }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <ul>
          @for (item of kept; track item) {
            <li>{{ 'identity.close.kept.' + item | translate }}</li>
          }
        </ul>
        <p>
          {{ 'identity.close.exportFirst' | translate }}
          <a routerLink="/account/data">{{ 'identity.close.exportLink' | translate }}</a>
        </p>
      </mat-card-content>
    </mat-card>
    <mat-card appearance="outlined" class="section-card">
      <mat-card-header>
        <mat-card-title
          ><h2 id="close-form-title">{{ 'identity.close.formTitle' | translate }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="stack" aria-labelledby="close-form-title">
          @if (refusal(); as refusal) {
            <p class="refusal" role="alert">{{ refusal }}</p>
          }
          <mat-form-field>
            <mat-label>{{ 'identity.account.currentPassword' | translate }}</mat-label>
            <input matInput type="password" formControlName="password" autocomplete="current-password" required />
            <mat-error>{{ form.controls.password.errors | assocFieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'identity.close.code' | translate }}</mat-label>
            <input matInput formControlName="code" autocomplete="one-time-code" inputmode="text" />
            <mat-hint>{{ 'identity.close.codeHint' | translate }}</mat-hint>
            <mat-error>{{ form.controls.code.errors | assocFieldError }}</mat-error>
          </mat-form-field>
          <mat-checkbox formControlName="understood">{{ 'identity.close.understood' | translate }}</mat-checkbox>
          @if (form.controls.understood.touched && form.controls.understood.invalid) {
            <p class="refusal">{{ 'identity.close.understoodRequired' | translate }}</p>
          }
          <div class="actions">
            <a mat-button routerLink="/account">{{ 'identity.close.back' | translate }}</a>
            <button mat-flat-button class="danger" type="submit" [disabled]="closing()">
              {{ 'identity.close.submit' | translate }}
            </button>
          </div>
        </form>
      </mat-card-content>
    </mat-card>
  `,
})
export class CloseAccountPage {
  private readonly data = inject(AccountClosingData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly erased = ERASED;
  protected readonly kept = KEPT;
  protected readonly closing = signal(false);
  /** A refusal that is not about one field (the sole president), shown on the page. */
  protected readonly refusal = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
    code: [''],
    understood: [false, Validators.requiredTrue],
  });

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    this.refusal.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.closing.set(true);
    try {
      const { password, code } = this.form.getRawValue();
      await firstValueFrom(this.data.close(password, code.trim() || null));
    } catch (error) {
      const info = this.errors.show(error, this.form);
      if (info.code !== 'BAD_USER_INPUT') this.refusal.set(info.message);
      this.closing.set(false);
      return;
    }
    // The session is already over on the server: forget it here too (its log-out call may answer "not signed in").
    await this.session.logOut().catch(() => undefined);
    await this.router.navigateByUrl('/account-closed');
  }
}
