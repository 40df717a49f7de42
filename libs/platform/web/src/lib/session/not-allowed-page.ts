import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { isDeclaredPermission, Role, roleHasPermission } from '@assoc/platform-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { SessionStore } from './session-store';

/** Roles in the order the app lists them. */
const ROLES: readonly Role[] = [Role.PRESIDENT, Role.BOARD, Role.MEMBER, Role.CONSULTANT];

/**
 * Where permissionGuard sends someone whose role cannot use a page opened by a link: which page,
 * their role, and which roles it is for (the same role → permission map as the API), instead of a
 * silent redirect to the feed.
 */
@Component({
  selector: 'assoc-not-allowed-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-allowed" data-testid="not-allowed" role="alert">
      <h1>{{ 'notAllowed.title' | translate }}</h1>
      <p>
        {{ 'notAllowed.yourRole' | translate: { role: ('roles.' + (session.role() ?? 'MEMBER') | translate) } }}
      </p>
      @if (allowedRoles().length) {
        <p>
          {{ 'notAllowed.forRoles' | translate }}
          @for (role of allowedRoles(); track role; let last = $last) {
            <strong>{{ 'roles.' + role | translate }}</strong>{{ last ? '.' : ', ' }}
          }
        </p>
      }
      <p class="hint">{{ 'notAllowed.ask' | translate }}</p>
      <a mat-flat-button routerLink="/feed">{{ 'notAllowed.back' | translate }}</a>
    </section>
  `,
  styles: `
    .not-allowed {
      max-width: 640px;
      display: grid;
      gap: 8px;
      justify-items: start;
    }
  `,
})
export class NotAllowedPage {
  protected readonly session = inject(SessionStore);
  private readonly permission = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(map((params) => params.get('permission'))),
  );

  protected readonly allowedRoles = computed(() => {
    const permission = this.permission();
    return isDeclaredPermission(permission) ? ROLES.filter((role) => roleHasPermission(role, permission)) : [];
  });
}
