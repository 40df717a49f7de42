import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import {
  DateTimePipe,
  ErrorDisplay,
  LanguageStore,
  ListPlaceholder,
  LiveConnection,
  SessionStore,
} from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NotificationsData } from '../data-access/notifications.data';
import type { NotificationFieldsFragment } from '../graphql/notifications.generated';
import { notificationLink, plainExcerpt, sentenceKey } from '../shared/notification-text';
import { UnreadCount } from '../shared/unread-count';

const PAGE_SIZE = 20;

interface NotificationView extends NotificationFieldsFragment {
  sentenceKey: string;
  excerptText: string;
}

function toView(n: NotificationFieldsFragment): NotificationView {
  return { ...n, sentenceKey: sentenceKey(n), excerptText: plainExcerpt(n.excerpt) };
}

/** /notifications — what happened around me, newest first; opening one marks it read. */
@Component({
  selector: 'assoc-notifications-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    DateTimePipe,
    ListPlaceholder,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
})
export class NotificationsPage {
  private readonly data = inject(NotificationsData);
  private readonly router = inject(Router);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly unread = inject(UnreadCount);
  protected readonly lang = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');

  protected readonly items = signal<NotificationView[]>([]);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly hasNextPage = signal(false);
  protected readonly unreadCount = this.unread.count;
  protected readonly hasUnread = computed(() => this.unreadCount() > 0 || this.items().some((n) => !n.readAt));
  private endCursor: string | null = null;

  constructor() {
    void this.load(false);
    // New notifications appear at the top as they happen.
    const live = this.data.received().subscribe({
      next: (notification) => {
        if (!this.items().some((n) => n.id === notification.id)) {
          this.items.update((items) => [toView(notification), ...items]);
        }
      },
      error: () => undefined, // the list still works without live updates
    });
    // Back from a lost connection: what came meanwhile was not pushed, so the first page is read again.
    const reconnected = inject(LiveConnection).reconnected.subscribe(() => void this.load(false));
    inject(DestroyRef).onDestroy(() => {
      live.unsubscribe();
      reconnected.unsubscribe();
    });
  }

  protected loadMore(): void {
    void this.load(true);
  }

  protected async open(notification: NotificationView): Promise<void> {
    if (!notification.readAt) await this.markRead(notification);
    const link = notificationLink(notification);
    if (link) await this.router.navigate(link.path, link.fragment ? { fragment: link.fragment } : {});
  }

  protected async markAllRead(): Promise<void> {
    try {
      await firstValueFrom(this.data.markAllRead());
      const now = new Date().toISOString();
      this.items.update((items) => items.map((n) => (n.readAt ? n : { ...n, readAt: now })));
      this.unread.set(0);
      this.errors.success('notifications.allRead');
    } catch (error) {
      this.errors.show(error);
    }
  }

  private async markRead(notification: NotificationView): Promise<void> {
    try {
      const readAt = (await firstValueFrom(this.data.markRead(notification.id))) ?? new Date().toISOString();
      this.items.update((items) => items.map((n) => (n.id === notification.id ? { ...n, readAt } : n)));
      this.unread.decrement();
    } catch (error) {
      this.errors.show(error);
    }
  }

  private async load(more: boolean): Promise<void> {
    this.loading.set(true);
    try {
      const page = await firstValueFrom(this.data.page(PAGE_SIZE, more ? this.endCursor : null));
      const nodes = page.nodes.map(toView);
      this.items.set(more ? [...this.items(), ...nodes] : nodes);
      this.hasNextPage.set(page.pageInfo.hasNextPage);
      this.endCursor = page.pageInfo.endCursor ?? null;
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
      this.loaded.set(true);
    }
  }
}
