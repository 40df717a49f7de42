import { inject, Injectable } from '@angular/core';
import type {
  ConfirmSignUpInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignUpInput,
} from '@assoc/platform-web/core';
import { resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { concatMap, from, map, Observable } from 'rxjs';
import {
  ConfirmSignUpDocument,
  DevMailboxDocument,
  DevMailboxQuery,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SignUpDocument,
} from '../graphql/identity.generated';

export type DevMail = DevMailboxQuery['devMailbox'][number];

/**
 * Signing up and resetting a password (logging in: LogInData, without Apollo). The two that open a
 * session empty the cache first (`clearStore`): pages read with `cache-and-network` must never show,
 * even for a moment, what was cached for whoever used this tab before.
 */
@Injectable({ providedIn: 'root' })
export class IdentityData {
  private readonly apollo = inject(Apollo);

  signUp(input: SignUpInput): Observable<void> {
    return this.apollo.mutate({ mutation: SignUpDocument, variables: { input } }).pipe(map(() => undefined));
  }

  confirmSignUp(input: ConfirmSignUpInput): Observable<void> {
    return this.openSession(this.apollo.mutate({ mutation: ConfirmSignUpDocument, variables: { input } }));
  }

  requestPasswordReset(input: RequestPasswordResetInput): Observable<void> {
    return this.apollo
      .mutate({ mutation: RequestPasswordResetDocument, variables: { input } })
      .pipe(map(() => undefined));
  }

  resetPassword(input: ResetPasswordInput): Observable<void> {
    return this.openSession(this.apollo.mutate({ mutation: ResetPasswordDocument, variables: { input } }));
  }

  /** The development mailbox's last mails, as they are now (`network-only`: it is read to see a mail arrive). */
  devMailbox(first: number): Observable<DevMail[]> {
    return this.apollo
      .query({ query: DevMailboxDocument, variables: { first }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.devMailbox));
  }

  private openSession(mutation: Observable<unknown>): Observable<void> {
    return mutation.pipe(
      concatMap(() => from(this.apollo.client.clearStore())),
      map(() => undefined),
    );
  }
}
