import { inject, Injectable } from '@angular/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import type { EmailFrequency, NotificationKind } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { filter, map, Observable } from 'rxjs';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  NotificationFieldsFragment,
  NotificationPreferencesDocument,
  NotificationPreferencesQuery,
  NotificationReceivedDocument,
  NotificationsDocument,
  NotificationsQuery,
  UnreadNotificationCountChangedDocument,
  UnreadNotificationCountDocument,
  UnsubscribeDocument,
  UnsubscribeMutation,
  UpdateNotificationPreferenceDocument,
} from '../graphql/notifications.generated';

export type NotificationsPage = NotificationsQuery['notifications'];
export type NotificationPreference = NotificationPreferencesQuery['notificationPreferences'][number];
export type Unsubscribed = UnsubscribeMutation['unsubscribe'];

/** The notifications' GraphQL operations: the list, the unread count, the preferences, unsubscribing. */
@Injectable({ providedIn: 'root' })
export class NotificationsData {
  private readonly apollo = inject(Apollo);

  /**
   * One page of the list, newest first. Always from the server: the list is a feed that live pushes
   * prepend to and that is read again after a reconnect, so a cached page would miss what came meanwhile.
   */
  page(first: number, after: string | null): Observable<NotificationsPage> {
    return this.apollo
      .query({ query: NotificationsDocument, variables: { first, after }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.notifications));
  }

  /** Each notification as it is created for me (WebSocket). */
  received(): Observable<NotificationFieldsFragment> {
    return this.apollo.subscribe({ query: NotificationReceivedDocument }).pipe(
      map((result) => result.data?.notificationReceived),
      filter((notification): notification is NotificationFieldsFragment => !!notification),
    );
  }

  /** Marks one read; the answer (id and readAt) updates the cached notification. */
  markRead(id: string): Observable<string | null> {
    return this.apollo
      .mutate({ mutation: MarkNotificationReadDocument, variables: { id } })
      .pipe(map((result) => result.data?.markNotificationRead.readAt ?? null));
  }

  markAllRead(): Observable<unknown> {
    return this.apollo.mutate({ mutation: MarkAllNotificationsReadDocument });
  }

  /** The unread count now. From the server: it is the badge's truth, asked again on reconnects and polls. */
  unreadCount(): Observable<number> {
    return this.apollo
      .query({ query: UnreadNotificationCountDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.unreadNotificationCount ?? 0));
  }

  /** Each change of the unread count the server pushes (WebSocket). */
  unreadCountChanged(): Observable<number> {
    return this.apollo.subscribe({ query: UnreadNotificationCountChangedDocument }).pipe(
      map((result) => result.data?.unreadNotificationCountChanged),
      filter((count): count is number => typeof count === 'number'),
    );
  }

  /** My mail frequency per kind: from the cache at once when seen before, then from the server. */
  preferences(): Observable<NotificationPreference[]> {
    return this.apollo
      .watchQuery({ query: NotificationPreferencesDocument })
      .valueChanges.pipe(completeData((data) => data.notificationPreferences));
  }

  /** Saves one kind's frequency; the answer updates the cached preference (keyed by kind). */
  updatePreference(kind: NotificationKind, frequency: EmailFrequency): Observable<NotificationPreference> {
    return this.apollo
      .mutate({ mutation: UpdateNotificationPreferenceDocument, variables: { input: { kind, frequency } } })
      .pipe(resultData((data) => data.updateNotificationPreference));
  }

  /** The mail link's unsubscribe, without logging in. */
  unsubscribe(token: string): Observable<Unsubscribed | null> {
    return this.apollo
      .mutate({ mutation: UnsubscribeDocument, variables: { token } })
      .pipe(map((result) => result.data?.unsubscribe ?? null));
  }
}
