import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationReads } from '@assoc/associations-api';
import { AppError, Clock, CurrentMember, Locale } from '@assoc/platform-api';
import {
  basketProblems,
  codeShape,
  CodeFacts,
  normaliseCode,
  offerHeadline,
  redemptionVerdict,
  RedemptionVerdict,
  statusAt,
  VERDICT_REASONS,
} from '@assoc/promotions-domain';
import { DEFAULT_TIME_ZONE, formatInstant } from '@assoc/shared-util';
import { DataSource, EntityManager } from 'typeorm';
import { CampaignAccess } from './campaign-access.service';
import { CampaignOfferEntity } from './campaign-offer.entity';
import { CampaignRedemptionEntity } from './campaign-redemption.entity';
import { CampaignVoucherEntity } from './campaign-voucher.entity';
import { CampaignEntity } from './campaign.entity';
import { lang } from './campaign.mapper';
import { CodeCheckModel, RedemptionModel } from './campaign.models';
import { RedeemCodeInput } from './offer.inputs';
import { assertNoProblems } from './promotion-problems';

interface Found {
  facts: CodeFacts;
  offer: CampaignOfferEntity;
  voucher: CampaignVoucherEntity | null;
}

/**
 * In the shop, on a phone: check a code (nothing recorded) and redeem it. Only the association's
 * codes are found, and only the caller's own shop's offers are redeemed. Redeeming is atomic:
 * a voucher is used by `UPDATE … WHERE "redeemedAt" IS NULL` and the offer's use count grows by
 * `UPDATE … WHERE "redemptionCount" < "maxUses"` in the same transaction (a CHECK backs it), so
 * concurrent scans give exactly one success per voucher and never more uses than the limit.
 */
@Injectable()
export class RedemptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CampaignAccess,
    private readonly clock: Clock,
    private readonly associations: AssociationReads,
  ) {}

  async check(member: CurrentMember, code: string, locale: Locale): Promise<CodeCheckModel> {
    const now = this.clock.now();
    const manager = this.dataSource.manager;
    const found = await this.find(manager, member, code, now);
    const shop = await this.access.myShop(manager, member);
    const verdict = redemptionVerdict(found?.facts ?? null, shop?.id ?? null);
    const mine = found && shop && found.offer.shopId === shop.id && verdict !== RedemptionVerdict.UNKNOWN;
    const used = mine && verdict === RedemptionVerdict.ALREADY_USED ? (found.voucher?.redeemedAt ?? null) : null;
    return {
      // A voucher is used only in its offer's shop (NOT_THIS_SHOP comes first): the caller's.
      usedAt: used,
      usedInShop: used && shop ? shop.name : null,
      verdict,
      codeKind: mine ? found.facts.kind : null,
      headline: mine ? offerHeadline(found.offer, lang(locale)) : null,
      conditions: mine ? found.offer.conditions : null,
      remainingUses:
        mine && found.offer.maxUses !== null ? Math.max(0, found.offer.maxUses - found.offer.redemptionCount) : null,
    };
  }

  async redeem(member: CurrentMember, input: RedeemCodeInput, locale: Locale): Promise<RedemptionModel> {
    const now = this.clock.now();
    const basketCents = input.basketCents ?? null;
    assertNoProblems(basketProblems(basketCents));
    return this.dataSource.transaction(async (manager) => {
      const found = await this.find(manager, member, input.code, now);
      const shop = await this.access.myShop(manager, member);
      const verdict = redemptionVerdict(found?.facts ?? null, shop?.id ?? null);
      if (verdict === RedemptionVerdict.ALREADY_USED && found?.voucher?.redeemedAt && shop)
        throw await this.alreadyUsed(manager, member, found.voucher.redeemedAt, shop.name, locale);
      if (verdict !== RedemptionVerdict.VALID || !found || !shop) throw refused(verdict);
      if (found.voucher) {
        const [, used] = (await manager.query(
          `UPDATE campaign_vouchers SET "redeemedAt" = $2 WHERE id = $1 AND "redeemedAt" IS NULL RETURNING id`,
          [found.voucher.id, now],
        )) as [unknown[], number];
        if (used !== 1) {
          // Used by a concurrent scan: its time is committed now (READ COMMITTED reads it afresh).
          const [row] = (await manager.query(`SELECT "redeemedAt" FROM campaign_vouchers WHERE id = $1`, [
            found.voucher.id,
          ])) as { redeemedAt: Date | null }[];
          throw row?.redeemedAt
            ? await this.alreadyUsed(manager, member, row.redeemedAt, shop.name, locale)
            : refused(RedemptionVerdict.ALREADY_USED);
        }
      }
      const [rows] = (await manager.query(
        `UPDATE campaign_offers SET "redemptionCount" = "redemptionCount" + 1 WHERE id = $1 AND ("maxUses" IS NULL OR "redemptionCount" < "maxUses") RETURNING "redemptionCount", "maxUses"`,
        [found.offer.id],
      )) as [{ redemptionCount: number; maxUses: number | null }[], number];
      if (!rows.length) throw refused(RedemptionVerdict.LIMIT_REACHED);
      const redemption = await manager.save(
        manager.create(CampaignRedemptionEntity, {
          associationId: member.associationId,
          campaignId: found.offer.campaignId,
          offerId: found.offer.id,
          shopId: shop.id,
          voucherId: found.voucher?.id ?? null,
          membershipId: member.membershipId,
          basketCents,
          createdAt: now,
        }),
      );
      return {
        id: redemption.id,
        offerId: found.offer.id,
        headline: offerHeadline(found.offer, lang(locale)),
        voucher: found.voucher !== null,
        basketCents,
        redeemedAt: redemption.createdAt,
        remainingUses: rows[0].maxUses === null ? null : rows[0].maxUses - rows[0].redemptionCount,
      };
    });
  }

  /** "Already used on 12 June 2026 at 15:42 at <shop>", the time in the association's time zone (read in the transaction). */
  private async alreadyUsed(
    manager: EntityManager,
    member: CurrentMember,
    at: Date,
    shop: string,
    locale: Locale,
  ): Promise<AppError> {
    const timeZone = (await this.associations.summary(member.associationId, manager))?.timeZone ?? DEFAULT_TIME_ZONE;
    return AppError.field('code', 'codeAlreadyUsedAt', {
      at: formatInstant(at, lang(locale), timeZone, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
      shop,
    });
  }

  /** The offer (and voucher) a code names in the caller's association, with the facts for the verdict. */
  private async find(manager: EntityManager, member: CurrentMember, typed: string, now: Date): Promise<Found | null> {
    const code = normaliseCode(typed);
    const shape = codeShape(code);
    if (shape === 'INVALID') return null;
    const voucher =
      shape === 'VOUCHER'
        ? await manager.findOneBy(CampaignVoucherEntity, { code, associationId: member.associationId })
        : null;
    if (shape === 'VOUCHER' && !voucher) return null;
    const offer = await manager.findOneBy(
      CampaignOfferEntity,
      voucher ? { id: voucher.offerId } : { code, associationId: member.associationId },
    );
    if (!offer) return null;
    const campaign = await manager.findOneByOrFail(CampaignEntity, { id: offer.campaignId });
    return {
      offer,
      voucher,
      facts: {
        kind: voucher ? 'VOUCHER' : 'OFFER',
        offerShopId: offer.shopId,
        offerStatus: offer.status,
        campaignStatus: statusAt(campaign, now),
        maxUses: offer.maxUses,
        redemptionCount: offer.redemptionCount,
        onePerCustomer: offer.onePerCustomer,
        redeemedAt: voucher?.redeemedAt ?? null,
      },
    };
  }
}

function refused(verdict: RedemptionVerdict): AppError {
  return AppError.field(
    'code',
    VERDICT_REASONS[verdict as Exclude<RedemptionVerdict, RedemptionVerdict.VALID>] ?? 'codeUnknown',
  );
}
