import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ErrorDisplay, SessionStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AccountData } from '../data-access/account.data';

/**
 * /undo-email-change/:token — the link in the notice sent to the old address. A button, not on
 * opening: it logs every session of the account out, so it runs only when the person says so.
 */
@Component({
  selector: 'assoc-undo-email-change',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card class="auth-card" appearance="outlined">
      @if (working()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <mat-card-header>
        <mat-card-title
          ><h1>{{ 'identity.emailChange.undoTitle' | translate }}</h1></mat-card-title
        >
      </mat-card-header>
      <mat-card-content class="stack">
        @if (failure(); as message) {
          <p class="notice notice-error" role="alert">{{ message }}</p>
        } @else if (done(); as email) {
          <p class="notice" role="status">{{ 'identity.emailChange.undone' | translate: { email } }}</p>
          <p>
            {{ 'identity.emailChange.notYou' | translate }}
            <a routerLink="/forgot-password">{{ 'identity.logIn.forgot' | translate }}</a>
          </p>
        } @else {
          <p>{{ 'identity.emailChange.undoExplain' | translate }}</p>
          <button mat-flat-button type="button" class="full" (click)="undo()" [disabled]="working()">
            {{ 'identity.emailChange.undoSubmit' | translate }}
          </button>
        }
      </mat-card-content>
      <mat-card-footer class="auth-footer">
        <a routerLink="/login">{{ 'identity.backToLogIn' | translate }}</a>
      </mat-card-footer>
    </mat-card>
  `,
})
export class UndoEmailChange {
  readonly token = input.required<string>();

  private readonly data = inject(AccountData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly working = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected async undo(): Promise<void> {
    this.working.set(true);
    try {
      const email = await firstValueFrom(this.data.undoEmailChange(this.token()));
      // Every session of the account ended, this browser's too if it was logged in.
      await this.session.refresh();
      this.done.set(email);
    } catch (error) {
      const info = this.errors.show(error);
      this.failure.set(info.fields[0]?.message ?? info.message);
    } finally {
      this.working.set(false);
    }
  }
}
