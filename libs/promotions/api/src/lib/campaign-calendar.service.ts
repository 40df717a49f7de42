import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { CampaignStatus, OfferStatus } from '@assoc/promotions-domain';
import { DataSource } from 'typeorm';

/**
 * A campaign as the association's calendar shows it: how many shops it books (those with an approved
 * offer) and, of them, only those another event of the period may also book, never the whole list
 * (a running campaign can hold thousands of shops; the calendar shows their count and the clashes).
 */
export interface CampaignCalendarItem {
  id: string;
  title: string;
  theme: string;
  startsAt: Date;
  endsAt: Date;
  /** Shops with an approved offer in the campaign. */
  shopCount: number;
  /**
   * Of those shops, the ones in `alsoBooked` (say, the hosts of the period's cashmobs) or with an
   * approved offer in another campaign of the period overlapping this one; sorted.
   */
  shopIds: string[];
}

/**
 * One statement: the period's campaigns (the caller's visibility; found by the GiST index
 * campaigns_by_period on the periods that overlap, not by walking the earlier ones), each with its count of approved
 * offers and the shops it shares with `$5` or with an overlapping campaign of the period, found through
 * the offers' ("campaignId", "shopId") index, so the answer grows with what can clash, not with the
 * campaigns' size. $1 association, [$2, $3) the period, $4 drafts visible, $5 the shops also booked.
 */
const BETWEEN_SQL = `
WITH c AS (
  SELECT id, title, theme, "startsAt", "endsAt" FROM campaigns
   WHERE "associationId" = $1 AND tstzrange("startsAt", "endsAt") && tstzrange($2::timestamptz, $3::timestamptz)
     AND "cancelledAt" IS NULL
     AND ($4 OR status <> '${CampaignStatus.DRAFT}')
)
SELECT c.id, c.title, c.theme, c."startsAt", c."endsAt",
       (SELECT count(*) FROM campaign_offers o
         WHERE o."campaignId" = c.id AND o.status = '${OfferStatus.APPROVED}')::int AS "shopCount",
       ARRAY(SELECT o."shopId" FROM campaign_offers o
              WHERE o."campaignId" = c.id AND o.status = '${OfferStatus.APPROVED}' AND o."shopId" = ANY($5::uuid[])
             UNION
             SELECT o."shopId" FROM c other
               JOIN campaign_offers b ON b."campaignId" = other.id AND b.status = '${OfferStatus.APPROVED}'
               JOIN campaign_offers o ON o."campaignId" = c.id AND o."shopId" = b."shopId" AND o.status = '${OfferStatus.APPROVED}'
              WHERE other.id <> c.id AND other."startsAt" < c."endsAt" AND other."endsAt" > c."startsAt"
             ORDER BY 1)::text[] AS "shopIds"
  FROM c
 ORDER BY c."startsAt", c.id`;

/**
 * The campaigns' public surface for the calendar: published (not draft, not cancelled) campaigns
 * overlapping a period, for those who may see campaigns; drafts also for those who manage them.
 */
@Injectable()
export class CampaignCalendarService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `alsoBooked`: shops other events of the period book (a cashmob's host), to be told back when a campaign books them too. */
  async between(
    member: CurrentMember,
    from: Date,
    to: Date,
    alsoBooked: readonly string[] = [],
  ): Promise<CampaignCalendarItem[]> {
    if (!roleHasPermission(member.role, Permission.ViewCampaigns)) return [];
    const manager = roleHasPermission(member.role, Permission.ManageCampaigns);
    const rows: CampaignCalendarItem[] = await this.dataSource.query(BETWEEN_SQL, [
      member.associationId,
      from,
      to,
      manager,
      [...new Set(alsoBooked)],
    ]);
    return rows;
  }
}
