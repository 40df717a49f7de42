import { inject, Injectable } from '@angular/core';
import { resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import { CloseMyAccountDocument } from '../graphql/identity.generated';

/** Closing the caller's own account for good (issue 25): the password, and the second factor's code when it is on. */
@Injectable({ providedIn: 'root' })
export class AccountClosingData {
  private readonly apollo = inject(Apollo);

  close(password: string, code: string | null): Observable<boolean> {
    return this.apollo
      .mutate({ mutation: CloseMyAccountDocument, variables: { input: { password, code } } })
      .pipe(resultData((data) => data.closeMyAccount));
  }
}
