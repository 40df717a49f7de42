import { inject, Injectable } from '@angular/core';
import type { CreateMeetingInput, UpdateMeetingInput } from '@assoc/platform-web/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { map, Observable } from 'rxjs';
import {
  CalendarDocument,
  CalendarQuery,
  CreateMeetingDocument,
  DeleteMeetingDocument,
  MyCalendarFeedSinceDocument,
  RenewCalendarFeedDocument,
  RenewCalendarFeedMutation,
  RevokeCalendarFeedDocument,
  UpdateMeetingDocument,
} from '../graphql/calendar.generated';

export type CalendarPeriod = CalendarQuery['calendar'];
export type CalendarFeed = RenewCalendarFeedMutation['renewCalendarFeed'];

/** The calendar's GraphQL operations: a period's events, meetings, the personal feed. */
@Injectable({ providedIn: 'root' })
export class CalendarData {
  private readonly apollo = inject(Apollo);

  /** A period's events and conflicts, watched: a period seen before shows at once, then the server's. */
  calendar(from: string, to: string): Observable<CalendarPeriod> {
    return this.apollo
      .watchQuery({ query: CalendarDocument, variables: { from, to } })
      .valueChanges.pipe(completeData((data) => data.calendar));
  }

  /** Reads a period again after a meeting changed (watchers of `calendar(from, to)` see it). */
  refreshCalendar(from: string, to: string): Observable<CalendarPeriod> {
    return this.apollo
      .query({ query: CalendarDocument, variables: { from, to }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.calendar));
  }

  createMeeting(input: CreateMeetingInput): Observable<string> {
    return this.apollo
      .mutate({ mutation: CreateMeetingDocument, variables: { input } })
      .pipe(resultData((data) => data.createMeeting.id));
  }

  updateMeeting(input: UpdateMeetingInput): Observable<string> {
    return this.apollo
      .mutate({ mutation: UpdateMeetingDocument, variables: { input } })
      .pipe(resultData((data) => data.updateMeeting.id));
  }

  deleteMeeting(id: string): Observable<void> {
    return this.apollo.mutate({ mutation: DeleteMeetingDocument, variables: { id } }).pipe(map(() => undefined));
  }

  /**
   * Since when my feed's address is valid, or null. `network-only`: the address can be renewed or
   * revoked from another device, and this panel is where one checks it.
   */
  feedSince(): Observable<string | null> {
    return this.apollo
      .query({ query: MyCalendarFeedSinceDocument, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.myCalendarFeedSince));
  }

  renewFeed(): Observable<CalendarFeed> {
    return this.apollo
      .mutate({ mutation: RenewCalendarFeedDocument })
      .pipe(resultData((data) => data.renewCalendarFeed));
  }

  revokeFeed(): Observable<void> {
    return this.apollo.mutate({ mutation: RevokeCalendarFeedDocument }).pipe(map(() => undefined));
  }
}
