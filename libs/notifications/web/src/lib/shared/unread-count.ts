import { inject, Injectable, signal } from '@angular/core';
import { LiveConnection } from '@assoc/platform-web';
import { catchError, concat, EMPTY, merge, Observable, switchMap, tap, timer } from 'rxjs';
import { NotificationsData } from '../data-access/notifications.data';

/** How often the count is asked again when live updates are not available. */
export const UNREAD_POLL_MS = 30_000;

/** The number of unread notifications in the current association, shared by the bell and the list. */
@Injectable({ providedIn: 'root' })
export class UnreadCount {
  private readonly data = inject(NotificationsData);
  private readonly live = inject(LiveConnection);
  private readonly state = signal(0);
  readonly count = this.state.asReadonly();

  set(count: number): void {
    this.state.set(Math.max(0, count));
  }

  decrement(): void {
    this.state.update((count) => Math.max(0, count - 1));
  }

  /**
   * Keeps the count current while subscribed: the count now, then each change the server pushes
   * over the WebSocket (and asked again after the socket reconnects); if the socket cannot be kept
   * open, asking again every 30 seconds.
   */
  watch(): Observable<number> {
    const live = this.data.unreadCountChanged();
    const afterReconnect = this.live.reconnected.pipe(switchMap(() => this.fetch()));
    return concat(this.fetch(), merge(live, afterReconnect)).pipe(
      catchError(() => this.poll()),
      tap((count) => this.set(count)),
    );
  }

  private poll(): Observable<number> {
    return timer(0, UNREAD_POLL_MS).pipe(switchMap(() => this.fetch()));
  }

  private fetch(): Observable<number> {
    return this.data.unreadCount().pipe(catchError(() => EMPTY));
  }
}
