import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ErrorDisplay, SessionStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AccountData } from '../data-access/account.data';

/** /confirm-email/:token — the link mailed to a new address: it becomes the account's address. */
@Component({
  selector: 'assoc-confirm-email-change',
  imports: [RouterLink, MatCardModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card class="auth-card" appearance="outlined">
      @if (!done() && !failure()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <mat-card-header>
        <mat-card-title
          ><h1>{{ 'identity.emailChange.confirmTitle' | translate }}</h1></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        @if (failure(); as message) {
          <p class="notice notice-error" role="alert">{{ message }}</p>
        } @else if (done(); as email) {
          <p class="notice" role="status">{{ 'identity.emailChange.confirmed' | translate: { email } }}</p>
        } @else {
          <p role="status">{{ 'identity.emailChange.working' | translate }}</p>
        }
      </mat-card-content>
      <mat-card-footer class="auth-footer">
        @if (session.isLoggedIn()) {
          <a routerLink="/account">{{ 'identity.emailChange.toAccount' | translate }}</a>
        } @else {
          <a routerLink="/login">{{ 'identity.backToLogIn' | translate }}</a>
        }
      </mat-card-footer>
    </mat-card>
  `,
})
export class ConfirmEmailChange implements OnInit {
  readonly token = input.required<string>();

  private readonly data = inject(AccountData);
  private readonly errors = inject(ErrorDisplay);
  protected readonly session = inject(SessionStore);

  protected readonly done = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      const email = await firstValueFrom(this.data.confirmEmailChange(this.token()));
      // Logged in here: the menu shows the new address.
      await this.session.refresh();
      this.done.set(email);
    } catch (error) {
      const info = this.errors.show(error);
      this.failure.set(info.fields[0]?.message ?? info.message);
    }
  }
}
