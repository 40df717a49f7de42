import { inject, Injectable } from '@angular/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import type {
  CreateCampaignInput,
  EnrolOfferInput,
  RedeemCodeInput,
  ReviewOfferInput,
  UpdateCampaignInput,
} from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { combineLatest, distinctUntilChanged, map, Observable, of, shareReplay, switchMap } from 'rxjs';
import {
  CampaignDocument,
  CampaignFieldsFragment,
  CampaignOfferFieldsFragment,
  CampaignOfferQrDocument,
  CampaignOffersDocument,
  CampaignResultsDocument,
  CampaignResultsQuery,
  CampaignsDocument,
  CancelCampaignDocument,
  CheckCodeDocument,
  CheckCodeQuery,
  CreateCampaignDocument,
  EnrolOfferDocument,
  MyCampaignShopDocument,
  MyCampaignShopQuery,
  PublishCampaignDocument,
  RedeemCodeDocument,
  RedeemCodeMutation,
  ReviewOfferDocument,
  UpdateCampaignDocument,
} from '../graphql/promotions.generated';

export type CampaignResultsFigures = CampaignResultsQuery['campaignResults'];
export type MyCampaignShop = NonNullable<MyCampaignShopQuery['myShop']>;
export type CodeCheck = CheckCodeQuery['checkCode'];
export type Redemption = RedeemCodeMutation['redeemCode'];

/** What a campaign's page shows: the campaign, its offers, my shop (to enrol), its results once public. */
export interface CampaignPageData {
  campaign: CampaignFieldsFragment;
  offers: CampaignOfferFieldsFragment[];
  myShop: MyCampaignShop | null;
  results: CampaignResultsFigures | null;
}

/**
 * The association's promotion campaigns' GraphQL operations (organisers, enrolling shops, the
 * counter). Reads are watched (cache-and-network): a page seen before shows at once and refreshes
 * behind; mutations return the changed object with its id, or add it to the cached list.
 */
@Injectable({ providedIn: 'root' })
export class CampaignsData {
  private readonly apollo = inject(Apollo);

  campaigns(): Observable<CampaignFieldsFragment[]> {
    return this.apollo
      .watchQuery({ query: CampaignsDocument })
      .valueChanges.pipe(completeData((data) => data.campaigns));
  }

  /** The campaign page's data as one stream; the results are asked only once the campaign is public. */
  campaignPage(id: string, withMyShop: boolean): Observable<CampaignPageData> {
    const campaign = this.apollo.watchQuery({ query: CampaignDocument, variables: { id } }).valueChanges.pipe(
      completeData((data) => data.campaign),
      shareReplay({ bufferSize: 1, refCount: true }),
    );
    const offers = this.apollo
      .watchQuery({ query: CampaignOffersDocument, variables: { campaignId: id } })
      .valueChanges.pipe(completeData((data) => data.campaignOffers));
    const myShop: Observable<MyCampaignShop | null> = withMyShop
      ? this.apollo.watchQuery({ query: MyCampaignShopDocument }).valueChanges.pipe(completeData((data) => data.myShop))
      : of(null);
    const results = campaign.pipe(
      map((c) => c.status !== 'DRAFT'),
      distinctUntilChanged(),
      switchMap((isPublic) =>
        isPublic
          ? this.apollo
              .watchQuery({ query: CampaignResultsDocument, variables: { id } })
              .valueChanges.pipe(completeData((data) => data.campaignResults))
          : of(null),
      ),
    );
    return combineLatest({ campaign, offers, myShop, results });
  }

  /** Creates a draft campaign; it joins the cached list. */
  create(input: CreateCampaignInput): Observable<CampaignFieldsFragment> {
    return this.apollo
      .mutate({
        mutation: CreateCampaignDocument,
        variables: { input },
        update: (cache, { data }) => {
          const campaign = data?.createCampaign;
          if (!campaign) return;
          cache.updateQuery({ query: CampaignsDocument }, (list) =>
            list ? { campaigns: [...list.campaigns.filter((c) => c.id !== campaign.id), campaign] } : list,
          );
        },
      })
      .pipe(resultData((data) => data.createCampaign));
  }

  update(input: UpdateCampaignInput): Observable<CampaignFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdateCampaignDocument, variables: { input } })
      .pipe(resultData((data) => data.updateCampaign));
  }

  publish(id: string): Observable<CampaignFieldsFragment> {
    return this.apollo
      .mutate({ mutation: PublishCampaignDocument, variables: { id } })
      .pipe(resultData((data) => data.publishCampaign));
  }

  cancel(id: string, reason: string): Observable<CampaignFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CancelCampaignDocument, variables: { id, reason } })
      .pipe(resultData((data) => data.cancelCampaign));
  }

  /** A new cover (uploaded over HTTP by the cover component) into the cached campaign. */
  coverChanged(id: string, coverUrl: string | null): void {
    const cache = this.apollo.client.cache;
    cache.modify({ id: cache.identify({ __typename: 'Campaign', id }), fields: { coverUrl: () => coverUrl } });
  }

  /** Enrols my shop's offer; it joins the campaign's cached offers. */
  enrol(input: EnrolOfferInput): Observable<CampaignOfferFieldsFragment> {
    return this.apollo
      .mutate({
        mutation: EnrolOfferDocument,
        variables: { input },
        update: (cache, { data }) => {
          const offer = data?.enrolOffer;
          if (!offer) return;
          cache.updateQuery({ query: CampaignOffersDocument, variables: { campaignId: input.campaignId } }, (list) =>
            list ? { campaignOffers: [...list.campaignOffers.filter((o) => o.id !== offer.id), offer] } : list,
          );
        },
      })
      .pipe(resultData((data) => data.enrolOffer));
  }

  review(input: ReviewOfferInput): Observable<CampaignOfferFieldsFragment> {
    return this.apollo
      .mutate({ mutation: ReviewOfferDocument, variables: { input } })
      .pipe(resultData((data) => data.reviewOffer));
  }

  /** An offer's QR code: from the cache when already shown (a code's QR never changes). */
  offerQr(id: string): Observable<string | null> {
    return this.apollo
      .query({ query: CampaignOfferQrDocument, variables: { id }, fetchPolicy: 'cache-first' })
      .pipe(resultData((data) => data.campaignOffer.qrCode ?? null));
  }

  /** What a code at the counter is worth. Always from the server: its remaining uses change with each sale. */
  checkCode(code: string): Observable<CodeCheck> {
    return this.apollo
      .query({ query: CheckCodeDocument, variables: { code }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.checkCode));
  }

  redeem(input: RedeemCodeInput): Observable<Redemption> {
    return this.apollo
      .mutate({ mutation: RedeemCodeDocument, variables: { input } })
      .pipe(resultData((data) => data.redeemCode));
  }
}
