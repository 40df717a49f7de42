import { OfferKind, OfferStatus } from '@assoc/promotions-domain';

/** An offer the public may claim a voucher for now, with its campaign's public facts (plain, never an entity). */
export interface LiveOffer {
  id: string;
  shopId: string;
  createdAt: Date;
  kind: OfferKind;
  percentOff: number | null;
  amountOffCents: number | null;
  description: string;
  campaignTitle: string;
  campaignSlug: string;
  campaignEndsAt: Date;
}

/**
 * The offers taking voucher claims at an instant, as SQL for a read that stays one statement (issue 21:
 * the rule is promotions'): APPROVED offers of campaigns published, not cancelled, from their enrolment
 * deadline to their end, which is `acceptsVoucherClaims(statusAt(campaign, now))` (PUBLISHED or RUNNING).
 * A SELECT of `LiveOffer`'s columns for the association `associationIdSql` at `nowSql` (SQL expressions or
 * parameters of the caller's query), to use as a subquery or CTE.
 */
export function liveOffersSql(associationIdSql: string, nowSql: string): string {
  return `SELECT lo.id, lo."shopId", lo."createdAt", lo.kind, lo."percentOff", lo."amountOffCents", lo.description,
          lc.title AS "campaignTitle", lc.slug AS "campaignSlug", lc."endsAt" AS "campaignEndsAt"
     FROM campaign_offers lo JOIN campaigns lc ON lc.id = lo."campaignId" AND lc."associationId" = lo."associationId"
    WHERE lo."associationId" = ${associationIdSql} AND lo.status = '${OfferStatus.APPROVED}'
      AND lc."publishedAt" IS NOT NULL AND lc."cancelledAt" IS NULL
      AND lc."enrolmentDeadline" <= ${nowSql} AND lc."endsAt" > ${nowSql}`;
}
