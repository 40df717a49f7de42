import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShopReads } from '@assoc/directory-api';
import { CurrentMember } from '@assoc/platform-api';
import { ResultRow, resultsByDay, resultsCsv, totalsOf } from '@assoc/promotions-domain';
import { CsvLocale } from '@assoc/shared-util';
import { DataSource } from 'typeorm';
import { CampaignAccess } from './campaign-access.service';
import { CampaignRedemptionEntity } from './campaign-redemption.entity';
import { CampaignVoucherEntity } from './campaign-voucher.entity';
import { CampaignEntity } from './campaign.entity';
import { CampaignResultsModel } from './campaign.models';

interface Results {
  campaign: CampaignEntity;
  rows: ResultRow[];
  shopNames: Map<string, string>;
  currency: string;
}

/**
 * What a campaign brought, per shop and per day in the association's time zone: vouchers claimed,
 * redemptions and baskets. The board sees every shop; a member only their own shop. Counts only:
 * no e-mail or person ever appears here. (The impact dashboard reads the same figures.)
 */
@Injectable()
export class CampaignResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CampaignAccess,
    private readonly shops: ShopReads,
  ) {}

  async results(member: CurrentMember, campaignId: string): Promise<CampaignResultsModel> {
    const { campaign, rows, shopNames, currency } = await this.compute(member, campaignId);
    const shopIds = [...new Set(rows.map((r) => r.shopId))].sort((a, b) =>
      (shopNames.get(a) ?? '').localeCompare(shopNames.get(b) ?? '', 'fr'),
    );
    return {
      campaignId: campaign.id,
      currency,
      totals: { shopId: null, shopName: null, ...totalsOf(rows) },
      byShop: shopIds.map((shopId) => ({
        shopId,
        shopName: shopNames.get(shopId) ?? '',
        ...totalsOf(rows.filter((r) => r.shopId === shopId)),
      })),
      byDay: rows.map((r) => ({ ...r, shopName: shopNames.get(r.shopId) ?? '' })),
    };
  }

  async csv(
    member: CurrentMember,
    campaignId: string,
    locale: CsvLocale,
  ): Promise<{ body: string; campaign: CampaignEntity }> {
    const { campaign, rows, shopNames, currency } = await this.compute(member, campaignId);
    return { body: resultsCsv(rows, shopNames, locale, currency), campaign };
  }

  private async compute(member: CurrentMember, campaignId: string): Promise<Results> {
    const manager = this.dataSource.manager;
    const campaign = await this.access.campaign(manager, member, campaignId);
    const association = await this.access.association(manager, member.associationId);
    const myShop = this.access.isManager(member) ? null : await this.access.myShop(manager, member);
    const scope = {
      campaignId: campaign.id,
      associationId: member.associationId,
      ...(this.access.isManager(member) ? {} : { shopId: myShop?.id ?? '00000000-0000-0000-0000-000000000000' }),
    };
    const claims = await manager.find(CampaignVoucherEntity, {
      where: scope,
      select: { createdAt: true, shopId: true },
    });
    const redemptions = await manager.find(CampaignRedemptionEntity, {
      where: scope,
      select: { createdAt: true, shopId: true, basketCents: true },
    });
    const rows = resultsByDay(
      claims.map((c) => ({ at: c.createdAt, shopId: c.shopId })),
      redemptions.map((r) => ({ at: r.createdAt, shopId: r.shopId, basketCents: r.basketCents })),
      association.timeZone,
    );
    const shopNames = await this.shops.names(
      member.associationId,
      rows.map((r) => r.shopId),
    );
    return { campaign, rows, shopNames, currency: association.currency };
  }
}
