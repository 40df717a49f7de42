import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ErrorDisplay, SessionStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AccountData, MyAccount, PendingEmailChange } from '../data-access/account.data';
import { AccountEmailForm } from './account-email-form';
import { AccountPasswordForm } from './account-password-form';
import { AccountProfileForm } from './account-profile-form';
import { AccountSessions } from './account-sessions';

/** The pages other parts of "my account" add (issue 25): plain links, each route lands with its part. */
const MORE = [
  { path: '/account/security', key: 'identity.account.more.security' },
  { path: '/account/data', key: 'identity.account.more.data' },
  { path: '/account/close', key: 'identity.account.more.close' },
] as const;

/** /account: the person's own account, phone first: name and language, e-mail, password, sessions. */
@Component({
  selector: 'assoc-account-page',
  imports: [
    RouterLink,
    MatCardModule,
    MatProgressBarModule,
    TranslatePipe,
    AccountProfileForm,
    AccountEmailForm,
    AccountPasswordForm,
    AccountSessions,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 720px;
    }
    nav ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    nav li a {
      display: block;
      padding: 12px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    nav li:first-child a {
      border-top: none;
    }
  `,
  template: `
    <header class="page-header">
      <div>
        <h1>{{ 'identity.account.title' | translate }}</h1>
        <p class="page-subtitle">{{ 'identity.account.subtitle' | translate }}</p>
      </div>
    </header>
    @if (account(); as account) {
      <assoc-account-profile-form [account]="account.me" />
      <assoc-account-email-form
        [email]="account.me?.email ?? ''"
        [pending]="pending()"
        [timeZone]="timeZone()"
        (pendingChange)="pending.set($event)"
      />
      <assoc-account-password-form (changed)="sessions()?.reload()" />
      <assoc-account-sessions [timeZone]="timeZone()" />
      <mat-card appearance="outlined" class="section-card">
        <mat-card-header>
          <mat-card-title
            ><h2 id="account-more">{{ 'identity.account.more.title' | translate }}</h2></mat-card-title
          >
        </mat-card-header>
        <mat-card-content>
          <nav aria-labelledby="account-more">
            <ul>
              @for (link of more; track link.path) {
                <li>
                  <a [routerLink]="link.path">{{ link.key | translate }}</a>
                </li>
              }
            </ul>
          </nav>
        </mat-card-content>
      </mat-card>
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
  `,
})
export class AccountPage {
  private readonly data = inject(AccountData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly more = MORE;
  protected readonly account = signal<MyAccount | null>(null);
  protected readonly pending = signal<PendingEmailChange | null>(null);
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly sessions = viewChild(AccountSessions);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const account = await firstValueFrom(this.data.account());
      this.account.set(account);
      this.pending.set(account.pendingEmailChange);
    } catch (error) {
      this.errors.show(error);
    }
  }
}
