import { inject, Injectable } from '@angular/core';
import type { ImpactPeriodInput } from '@assoc/platform-web/core';
import { completeData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  ImpactDashboardDocument,
  ImpactDashboardQuery,
  ShopImpactDocument,
  ShopImpactQuery,
} from '../graphql/impact.generated';

export type ImpactDashboard = ImpactDashboardQuery['impactDashboard'];
export type ShopImpact = ShopImpactQuery['shopImpact'];

/**
 * The impact page's reads, per period. Watched (`cache-and-network`): going back to a period seen
 * before shows it at once while the server's figures follow.
 */
@Injectable({ providedIn: 'root' })
export class ImpactData {
  private readonly apollo = inject(Apollo);

  dashboard(period: ImpactPeriodInput): Observable<ImpactDashboard> {
    return this.apollo
      .watchQuery({ query: ImpactDashboardDocument, variables: { period } })
      .valueChanges.pipe(completeData((data) => data.impactDashboard));
  }

  shop(period: ImpactPeriodInput): Observable<ShopImpact> {
    return this.apollo
      .watchQuery({ query: ShopImpactDocument, variables: { period } })
      .valueChanges.pipe(completeData((data) => data.shopImpact));
  }
}
