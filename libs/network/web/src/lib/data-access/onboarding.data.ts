import { inject, Injectable } from '@angular/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { map, Observable } from 'rxjs';
import { DismissOnboardingDocument, OnboardingDocument, OnboardingQuery } from '../graphql/network.generated';

export type OnboardingStep = OnboardingQuery['onboarding'][number];

/** The caller's onboarding checklist (issue 16), owned by the associations API, shown at the top of the feed. */
@Injectable({ providedIn: 'root' })
export class OnboardingData {
  private readonly apollo = inject(Apollo);

  /** The steps, from the cache at once and then the server (a step done elsewhere shows done on return). Empty: nothing to show. */
  steps(): Observable<OnboardingStep[]> {
    return this.apollo
      .watchQuery({ query: OnboardingDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data.onboarding));
  }

  /** Hides the checklist for good in this association; the cached list empties, so the card goes at once. */
  dismiss(): Observable<void> {
    return this.apollo
      .mutate({
        mutation: DismissOnboardingDocument,
        update: (cache) => cache.writeQuery({ query: OnboardingDocument, data: { onboarding: [] } }),
      })
      .pipe(
        resultData((data) => data.dismissOnboarding),
        map(() => undefined),
      );
  }
}
