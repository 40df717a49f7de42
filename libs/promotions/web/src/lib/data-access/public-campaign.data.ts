import { inject, Injectable } from '@angular/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import type { ClaimVoucherInput, TradeCategory } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  ClaimVoucherDocument,
  ClaimVoucherMutation,
  PublicCampaignDocument,
  PublicCampaignFieldsFragment,
} from '../graphql/promotions.generated';

export type VoucherReceipt = ClaimVoucherMutation['claimVoucher'];

/**
 * The public campaign page's operations, in their own file so the public chunk does not carry the
 * organisers' documents (ADR 0022).
 */
@Injectable({ providedIn: 'root' })
export class PublicCampaignData {
  private readonly apollo = inject(Apollo);

  /**
   * A public campaign, its offers filtered by trade: from the cache at once when seen before, then
   * from the server. Not normalised by slug on purpose: each trade filter keeps its own offers.
   */
  campaign(slug: string, trade: TradeCategory | null): Observable<PublicCampaignFieldsFragment> {
    return this.apollo
      .watchQuery({ query: PublicCampaignDocument, variables: { slug, trade } })
      .valueChanges.pipe(completeData((data) => data.publicCampaign));
  }

  claimVoucher(slug: string, input: ClaimVoucherInput): Observable<VoucherReceipt> {
    return this.apollo
      .mutate({ mutation: ClaimVoucherDocument, variables: { slug, input } })
      .pipe(resultData((data) => data.claimVoucher));
  }
}
