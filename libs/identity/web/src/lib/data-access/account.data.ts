import { inject, Injectable } from '@angular/core';
import type { ChangePasswordInput, RequestEmailChangeInput, UpdateAccountInput } from '@assoc/platform-web/core';
import { resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  CancelEmailChangeDocument,
  ChangePasswordDocument,
  ConfirmEmailChangeDocument,
  EndOtherSessionsDocument,
  EndSessionDocument,
  MyAccountDocument,
  MyAccountQuery,
  MySessionsDocument,
  MySessionsQuery,
  RequestEmailChangeDocument,
  RequestEmailChangeMutation,
  UndoEmailChangeDocument,
  UpdateAccountDocument,
} from '../graphql/identity.generated';

export type MyAccount = MyAccountQuery;
export type AccountSession = MySessionsQuery['mySessions'][number];
export type PendingEmailChange = RequestEmailChangeMutation['requestEmailChange'];

/**
 * The caller's own account (issue 25): name and language, e-mail change, password, sessions. Reads
 * are `network-only`: the page shows what the account is now (a change confirmed from another device,
 * a session opened or ended elsewhere), never an older cached copy.
 */
@Injectable({ providedIn: 'root' })
export class AccountData {
  private readonly apollo = inject(Apollo);

  account(): Observable<MyAccount> {
    return this.apollo
      .query({ query: MyAccountDocument, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data));
  }

  update(input: UpdateAccountInput): Observable<MyAccount['me']> {
    return this.apollo
      .mutate({ mutation: UpdateAccountDocument, variables: { input } })
      .pipe(resultData((data) => data.updateAccount));
  }

  requestEmailChange(input: RequestEmailChangeInput): Observable<PendingEmailChange> {
    return this.apollo
      .mutate({ mutation: RequestEmailChangeDocument, variables: { input } })
      .pipe(resultData((data) => data.requestEmailChange));
  }

  cancelEmailChange(): Observable<boolean> {
    return this.apollo
      .mutate({ mutation: CancelEmailChangeDocument })
      .pipe(resultData((data) => data.cancelEmailChange));
  }

  /** Public: the new address's link. Answers the account's address now. */
  confirmEmailChange(token: string): Observable<string> {
    return this.apollo
      .mutate({ mutation: ConfirmEmailChangeDocument, variables: { input: { token } } })
      .pipe(resultData((data) => data.confirmEmailChange.email));
  }

  /** Public: the old address's undo link. Answers the account's address now. */
  undoEmailChange(token: string): Observable<string> {
    return this.apollo
      .mutate({ mutation: UndoEmailChangeDocument, variables: { input: { token } } })
      .pipe(resultData((data) => data.undoEmailChange.email));
  }

  /** Answers how many other sessions ended. */
  changePassword(input: ChangePasswordInput): Observable<number> {
    return this.apollo
      .mutate({ mutation: ChangePasswordDocument, variables: { input } })
      .pipe(resultData((data) => data.changePassword));
  }

  sessions(): Observable<AccountSession[]> {
    return this.apollo
      .query({ query: MySessionsDocument, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.mySessions));
  }

  endSession(id: string): Observable<boolean> {
    return this.apollo
      .mutate({ mutation: EndSessionDocument, variables: { id } })
      .pipe(resultData((data) => data.endSession));
  }

  endOtherSessions(): Observable<number> {
    return this.apollo.mutate({ mutation: EndOtherSessionsDocument }).pipe(resultData((data) => data.endOtherSessions));
  }
}
