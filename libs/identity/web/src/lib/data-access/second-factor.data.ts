import { inject, Injectable } from '@angular/core';
import { resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  BeginSecondFactorSetupDocument,
  BeginSecondFactorSetupMutation,
  ConfirmSecondFactorDocument,
  DisableSecondFactorDocument,
  RegenerateRecoveryCodesDocument,
  SecondFactorStatusDocument,
  SecondFactorStatusQuery,
} from '../graphql/identity.generated';

export type SecondFactorStatus = SecondFactorStatusQuery['secondFactor'];
export type SecondFactorSetup = BeginSecondFactorSetupMutation['beginSecondFactorSetup'];

/**
 * The second factor (issue 25): its state, setup, recovery codes, turning it off (the second
 * sign-in step: LogInData). The state is read `network-only`: it is security state that another device may have
 * changed, never shown from an older cached copy; none of these results is cached.
 */
@Injectable({ providedIn: 'root' })
export class SecondFactorData {
  private readonly apollo = inject(Apollo);

  status(): Observable<SecondFactorStatus> {
    return this.apollo
      .query({ query: SecondFactorStatusDocument, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.secondFactor));
  }

  begin(): Observable<SecondFactorSetup> {
    return this.apollo
      .mutate({ mutation: BeginSecondFactorSetupDocument, fetchPolicy: 'no-cache' })
      .pipe(resultData((data) => data.beginSecondFactorSetup));
  }

  /** Turns it on with a first code; answers the recovery codes, shown once. */
  confirm(code: string): Observable<string[]> {
    return this.apollo
      .mutate({ mutation: ConfirmSecondFactorDocument, variables: { input: { code } }, fetchPolicy: 'no-cache' })
      .pipe(resultData((data) => data.confirmSecondFactor.codes));
  }

  regenerate(code: string): Observable<string[]> {
    return this.apollo
      .mutate({ mutation: RegenerateRecoveryCodesDocument, variables: { input: { code } }, fetchPolicy: 'no-cache' })
      .pipe(resultData((data) => data.regenerateRecoveryCodes.codes));
  }

  disable(password: string, code: string): Observable<boolean> {
    return this.apollo
      .mutate({ mutation: DisableSecondFactorDocument, variables: { input: { password, code } } })
      .pipe(resultData((data) => data.disableSecondFactor));
  }
}
