import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, untracked } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription } from 'rxjs';
import { UnreadCount } from '../shared/unread-count';

/**
 * The toolbar bell: the unread count, kept current live, and the way to the list. Its name says the
 * count as the badge shows it ("99+"), outside parentheses, so the visible text is part of the name
 * (WCAG 2.5.3; axe ignores a name's parenthesised words).
 */
@Component({
  selector: 'assoc-notification-bell',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.currentAssociation()) {
      <a
        mat-icon-button
        routerLink="/notifications"
        class="bell"
        data-testid="notification-bell"
        [attr.aria-label]="'notifications.bell' | translate: { count: badge() }"
      >
        <mat-icon
          svgIcon="notifications"
          [matBadge]="badge()"
          [matBadgeHidden]="count() === 0"
          matBadgeColor="warn"
          matBadgeSize="medium"
          aria-hidden="true"
        />
      </a>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
    }
    .bell {
      --mat-badge-background-color: var(--mat-sys-error);
      --mat-badge-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class NotificationBell {
  protected readonly session = inject(SessionStore);
  private readonly unread = inject(UnreadCount);
  protected readonly count = this.unread.count;
  protected readonly badge = computed(() => (this.count() > 99 ? '99+' : String(this.count())));

  constructor() {
    let watching: Subscription | null = null;
    // One live watch per association: switching association starts again with its own count.
    effect(() => {
      const associationId = this.session.currentAssociation()?.id ?? null;
      untracked(() => {
        watching?.unsubscribe();
        watching = null;
        this.unread.set(0);
        if (associationId) watching = this.unread.watch().subscribe();
      });
    });
    inject(DestroyRef).onDestroy(() => watching?.unsubscribe());
  }
}
