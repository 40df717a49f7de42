import { inject, Injectable } from '@angular/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  AssociationClosingDocument,
  AssociationClosingQuery,
  CancelAssociationClosingDocument,
  RequestAssociationClosingDocument,
} from '../graphql/associations.generated';

export type AssociationClosing = NonNullable<AssociationClosingQuery['association']['closing']>;

/** Closing the current association (issue 25 part 5): its state, the president's request, the board's cancel. */
@Injectable({ providedIn: 'root' })
export class AssociationClosingData {
  private readonly apollo = inject(Apollo);

  /** The closing asked for, or null (watched: the request and the cancel update the cached association). */
  closing(): Observable<AssociationClosing | null> {
    return this.apollo
      .watchQuery({ query: AssociationClosingDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data.association.closing ?? null));
  }

  request(): Observable<AssociationClosing | null> {
    return this.apollo
      .mutate({ mutation: RequestAssociationClosingDocument })
      .pipe(resultData((data) => data.requestAssociationClosing.closing ?? null));
  }

  cancel(): Observable<AssociationClosing | null> {
    return this.apollo
      .mutate({ mutation: CancelAssociationClosingDocument })
      .pipe(resultData((data) => data.cancelAssociationClosing.closing ?? null));
  }
}
