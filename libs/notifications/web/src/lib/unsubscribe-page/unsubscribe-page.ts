import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { parseServerError } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { NotificationsData } from '../data-access/notifications.data';

/** /unsubscribe/:token — the link of a notification mail; works without logging in. */
@Component({
  selector: 'assoc-unsubscribe-page',
  imports: [MatButtonModule, MatCardModule, MatProgressBarModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="auth-card">
      <mat-card-header>
        <mat-card-title
          ><h1>{{ 'notifications.unsubscribe.title' | translate }}</h1></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        @if (result.isLoading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        } @else if (result.error()) {
          <p class="notice notice-error" role="alert">
            {{ errorMessage() || ('notifications.unsubscribe.failed' | translate) }}
          </p>
        } @else if (result.value(); as done) {
          <p class="notice" role="status">
            @if (done.kind) {
              {{
                'notifications.unsubscribe.doneKind'
                  | translate
                    : {
                        kind: ('notifications.preferences.kind.' + done.kind | translate),
                        association: done.associationName,
                      }
              }}
            } @else {
              {{ 'notifications.unsubscribe.doneAll' | translate: { association: done.associationName } }}
            }
          </p>
          <p>{{ 'notifications.unsubscribe.change' | translate }}</p>
        }
      </mat-card-content>
      <div class="auth-footer">
        <a mat-button routerLink="/notifications/preferences">{{ 'notifications.preferences.title' | translate }}</a>
      </div>
    </mat-card>
  `,
})
export class UnsubscribePage {
  readonly token = input.required<string>();
  private readonly data = inject(NotificationsData);

  protected readonly result = rxResource({
    params: () => ({ token: this.token() }),
    stream: ({ params }) => this.data.unsubscribe(params.token),
  });

  protected readonly errorMessage = computed(() => {
    const error = this.result.error();
    return error ? parseServerError(error).message : '';
  });
}
