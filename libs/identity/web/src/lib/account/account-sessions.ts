import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DateTimePipe, ErrorDisplay, LanguageStore } from '@assoc/platform-web/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AccountData, AccountSession } from '../data-access/account.data';

/** Where the person is logged in: each session's device, when it opened and was last seen; end one or all others. */
@Component({
  selector: 'assoc-account-sessions',
  imports: [MatButtonModule, MatCardModule, MatProgressBarModule, TranslatePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      padding: 12px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    li:first-child {
      border-top: none;
    }
    .what {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
    }
    .when {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .current {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-primary);
    }
  `,
  template: `
    <mat-card appearance="outlined" class="section-card">
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <mat-card-header>
        <mat-card-title
          ><h2 id="sessions-title">{{ 'identity.account.sessions.title' | translate }}</h2></mat-card-title
        >
        <mat-card-subtitle>{{ 'identity.account.sessions.subtitle' | translate }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <ul aria-labelledby="sessions-title">
          @for (session of sessions(); track session.id) {
            <li>
              <div class="what">
                <strong>{{ describe(session) }}</strong>
                @if (session.current) {
                  <span class="current">{{ 'identity.account.sessions.current' | translate }}</span>
                }
                <span class="when">
                  {{
                    'identity.account.sessions.opened'
                      | translate: { date: (session.createdAt | assocDateTime: lang() : timeZone()) }
                  }}
                </span>
                <span class="when">
                  {{
                    'identity.account.sessions.lastSeen'
                      | translate: { date: (session.lastSeenAt | assocDateTime: lang() : timeZone()) }
                  }}
                </span>
              </div>
              @if (!session.current) {
                <button
                  mat-stroked-button
                  type="button"
                  (click)="end(session)"
                  [disabled]="busy()"
                  [attr.aria-label]="'identity.account.sessions.endOne' | translate: { what: describe(session) }"
                >
                  {{ 'identity.account.sessions.end' | translate }}
                </button>
              }
            </li>
          }
        </ul>
        @if (others() > 0) {
          <div class="actions">
            <button mat-flat-button type="button" (click)="endOthers()" [disabled]="busy()">
              {{ 'identity.account.sessions.endOthers' | translate }}
            </button>
          </div>
        }
      </mat-card-content>
    </mat-card>
  `,
})
export class AccountSessions {
  readonly timeZone = input<string | null>(null);

  private readonly data = inject(AccountData);
  private readonly errors = inject(ErrorDisplay);
  private readonly languages = inject(LanguageStore);
  private readonly translate = inject(TranslateService);
  protected readonly lang = this.languages.language;

  protected readonly sessions = signal<AccountSession[]>([]);
  protected readonly busy = signal(true);
  protected readonly others = computed(() => this.sessions().filter((s) => !s.current).length);

  constructor() {
    void this.reload();
  }

  /** Reads the sessions again (after a password change ended the others). */
  async reload(): Promise<void> {
    this.busy.set(true);
    try {
      this.sessions.set(await firstValueFrom(this.data.sessions()));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** "Safari 17 · iOS 17.1 · Apple iPhone", or the device kind when the browser says nothing. */
  protected describe(session: AccountSession): string {
    const parts = [session.browser, session.os, session.device].filter((part): part is string => !!part);
    return parts.length ? parts.join(' · ') : this.platformName(session);
  }

  private platformName(session: AccountSession): string {
    this.languages.textsLanguage(); // read again when the language changes
    return this.translate.instant(`identity.account.sessions.platform.${session.platform}`);
  }

  protected async end(session: AccountSession): Promise<void> {
    this.busy.set(true);
    try {
      await firstValueFrom(this.data.endSession(session.id));
      this.sessions.update((list) => list.filter((s) => s.id !== session.id));
      this.errors.success('identity.account.sessions.ended');
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async endOthers(): Promise<void> {
    this.busy.set(true);
    try {
      const count = await firstValueFrom(this.data.endOtherSessions());
      this.sessions.update((list) => list.filter((s) => s.current));
      this.errors.success('identity.account.sessions.endedOthers', { count });
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }
}
