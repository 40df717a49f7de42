import { inject, Injectable, Injector } from '@angular/core';
import type { LogInInput } from '@assoc/platform-web/core';
import { clearGraphqlCache, GraphqlRequest } from '@assoc/platform-web/first-load';
import { firstValueFrom } from 'rxjs';
import { CompleteLogInDocument, LogInDocument, SecondFactorStatusDocument } from '../graphql/identity.generated';

/**
 * What the log-in page sends, without Apollo (`GraphqlRequest`): the log-in page is the app's first
 * load, which does not hold Apollo Client (ADR 0036). The two steps that open a session empty
 * Apollo's cache first when this tab loaded it (someone else's pages may be cached), as IdentityData
 * does for the other ways in.
 */
@Injectable({ providedIn: 'root' })
export class LogInData {
  private readonly graphql = inject(GraphqlRequest);
  private readonly injector = inject(Injector);

  /**
   * True when the session is open; false when the account has a second factor and the log-in continues
   * with a code (`completeLogIn`): no session yet, so nothing to clear.
   */
  async logIn(input: LogInInput): Promise<boolean> {
    const { logIn } = await firstValueFrom(this.graphql.run(LogInDocument, { input }));
    if (!logIn) return false;
    await clearGraphqlCache(this.injector);
    return true;
  }

  /** The second sign-in step (issue 25): a code from the app, or a recovery code; opens the session. */
  async completeLogIn(code: string): Promise<void> {
    await firstValueFrom(this.graphql.run(CompleteLogInDocument, { input: { code } }));
    await clearGraphqlCache(this.injector);
  }

  /** The associations that require a second factor of this person, who has none (read once logged in). */
  async secondFactorRequiredBy(): Promise<string[]> {
    const { secondFactor } = await firstValueFrom(this.graphql.run(SecondFactorStatusDocument));
    return secondFactor.requiredBy;
  }
}
