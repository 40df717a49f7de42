import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { ErrorDisplay, SessionStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { IdentityData } from '../data-access/identity.data';

/** /signup/confirm/:token — the link of the sign-up mail: creates the account, logs in, goes home. */
@Component({
  selector: 'assoc-confirm-sign-up',
  imports: [RouterLink, MatCardModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card class="auth-card" appearance="outlined">
      @if (!failure()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <mat-card-header>
        <mat-card-title
          ><h1>{{ 'identity.confirm.title' | translate }}</h1></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        @if (failure(); as message) {
          <p class="notice notice-error" role="alert">
            {{ message }} <a routerLink="/signup">{{ 'identity.confirm.again' | translate }}</a>
          </p>
        } @else {
          <p role="status">{{ 'identity.confirm.working' | translate }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
})
export class ConfirmSignUp implements OnInit {
  readonly token = input.required<string>();

  private readonly data = inject(IdentityData);
  private readonly session = inject(SessionStore);
  private readonly errors = inject(ErrorDisplay);
  private readonly router = inject(Router);

  protected readonly failure = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      await firstValueFrom(this.data.confirmSignUp({ token: this.token() }));
      await this.session.refresh();
      await this.router.navigateByUrl('/');
    } catch (error) {
      const info = this.errors.show(error);
      this.failure.set(info.fields[0]?.message ?? info.message);
    }
  }
}
