import { inject, Injectable } from '@angular/core';
import { resultData } from '@assoc/platform-web/core';
import type { SignUpToCashmobInput } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  CancelSignUpDocument,
  ChangeSignUpDocument,
  DeleteSignUpDocument,
  MySignUpDocument,
  MySignUpFieldsFragment,
  PublicCashmobDocument,
  PublicCashmobFieldsFragment,
  SignUpToCashmobDocument,
  SignUpToCashmobMutation,
} from '../graphql/cashmobs.generated';

export type SignUpReceipt = SignUpToCashmobMutation['signUpToCashmob'];

/**
 * The public cashmob pages' operations (/c/:slug and the sign-up link), in their own file so the
 * public chunks do not carry the organisers' documents (ADR 0022). Both read from the server each
 * time: the places left decide whether one can still sign up, and a waiting rank moves as others cancel.
 */
@Injectable({ providedIn: 'root' })
export class PublicCashmobData {
  private readonly apollo = inject(Apollo);

  cashmob(slug: string): Observable<PublicCashmobFieldsFragment> {
    return this.apollo
      .query({ query: PublicCashmobDocument, variables: { slug }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.publicCashmob));
  }

  signUp(slug: string, input: SignUpToCashmobInput): Observable<SignUpReceipt> {
    return this.apollo
      .mutate({ mutation: SignUpToCashmobDocument, variables: { slug, input } })
      .pipe(resultData((data) => data.signUpToCashmob));
  }

  mySignUp(token: string): Observable<MySignUpFieldsFragment> {
    return this.apollo
      .query({ query: MySignUpDocument, variables: { token }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.mySignUp));
  }

  change(token: string, intendedSpendCents: number): Observable<MySignUpFieldsFragment> {
    return this.apollo
      .mutate({ mutation: ChangeSignUpDocument, variables: { token, intendedSpendCents } })
      .pipe(resultData((data) => data.changeSignUp));
  }

  cancel(token: string): Observable<MySignUpFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CancelSignUpDocument, variables: { token } })
      .pipe(resultData((data) => data.cancelSignUp));
  }

  erase(token: string): Observable<unknown> {
    return this.apollo.mutate({ mutation: DeleteSignUpDocument, variables: { token } });
  }
}
