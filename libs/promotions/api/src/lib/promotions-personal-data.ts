import { Injectable, OnModuleInit } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import { ShopReads } from '@assoc/directory-api';
import { DataPart, dataSection, dataTime, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { CampaignOfferEntity } from './campaign-offer.entity';
import { CampaignRedemptionEntity } from './campaign-redemption.entity';
import { CampaignVoucherEntity } from './campaign-voucher.entity';
import { CampaignEntity } from './campaign.entity';

const iso = dataTime;

const section = dataSection;

/** The shops' names of these associations, one read per association (the directory's public service). */
async function shopNames(shops: ShopReads, rows: readonly { associationId: string; shopId: string }[]) {
  const names = new Map<string, string>();
  for (const associationId of new Set(rows.map((r) => r.associationId))) {
    const found = await shops.names(
      associationId,
      rows.filter((r) => r.associationId === associationId).map((r) => r.shopId),
    );
    for (const [id, name] of found) names.set(id, name);
  }
  return names;
}

/**
 * The promotions' personal data (issue 25), registered with the platform's `PersonalData`. A voucher
 * carries no account (the public page asks an e-mail, with consent): a member's vouchers are those
 * claimed with their account's e-mail in their associations' campaigns.
 *
 * Erasing a person:
 * - erased: the e-mail and consent of their vouchers (the row, its code and its redemption stay, so the
 *   campaign's counts and amounts stay exact);
 * - kept, pseudonymised through their membership ("Ancien membre"): the offers their shop enrolled, the
 *   redemptions they recorded in their shop (basket amounts), the campaigns they created: the association's
 *   records of what each campaign brought.
 */
@Injectable()
export class PromotionsPersonalData implements OnModuleInit, PersonalDataSource {
  readonly domain = 'promotions';

  constructor(
    private readonly personalData: PersonalData,
    private readonly memberships: MembershipReads,
    private readonly shops: ShopReads,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this);
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const mine = await this.memberships.ofPerson(subject.userId, subject.associationIds, manager);
    if (!mine.length) return { sections: [] };
    const ids = mine.map((m) => m.membershipId);
    const associationIds = [...new Set(mine.map((m) => m.associationId))];
    const vouchers = await this.vouchersOf(manager, associationIds, emailsOf(mine));
    const usedBy = new Map(
      (vouchers.length
        ? await manager.find(CampaignRedemptionEntity, { where: { voucherId: In(vouchers.map((v) => v.id)) } })
        : []
      ).map((r) => [r.voucherId, r]),
    );
    const offers = await manager.find(CampaignOfferEntity, {
      where: { associationId: In(associationIds), ownerMembershipId: In(ids) },
      order: { createdAt: 'ASC' },
    });
    const redemptions = await manager.find(CampaignRedemptionEntity, {
      where: { associationId: In(associationIds), membershipId: In(ids) },
      order: { createdAt: 'ASC' },
    });
    const created = await manager.find(CampaignEntity, {
      where: { associationId: In(associationIds), createdByMembershipId: In(ids) },
      order: { createdAt: 'ASC' },
    });
    const campaignIds = [...new Set([...vouchers, ...offers, ...redemptions].map((r) => r.campaignId))];
    const titles = new Map(
      (campaignIds.length ? await manager.find(CampaignEntity, { where: { id: In(campaignIds) } }) : []).map((c) => [
        c.id,
        c.title,
      ]),
    );
    const names = await shopNames(this.shops, [...vouchers, ...offers, ...redemptions]);
    return {
      sections: [
        section(
          'promotions-vouchers',
          {
            fr: 'Les bons personnels demandés avec votre adresse e-mail, et leur utilisation en boutique (panier en centimes).',
            en: 'The personal vouchers claimed with your e-mail address, and their use in the shop (basket in cents).',
          },
          [
            'voucher_id',
            'campaign_id',
            'campaign_title',
            'offer_id',
            'shop',
            'code',
            'email',
            'consent_at',
            'claimed_at',
            'redeemed_at',
            'basket_cents',
          ],
          vouchers.map((v) => ({
            voucher_id: v.id,
            campaign_id: v.campaignId,
            campaign_title: titles.get(v.campaignId) ?? null,
            offer_id: v.offerId,
            shop: names.get(v.shopId) ?? null,
            code: v.code,
            email: v.email,
            consent_at: iso(v.consentAt),
            claimed_at: iso(v.createdAt),
            redeemed_at: iso(v.redeemedAt),
            basket_cents: usedBy.get(v.id)?.basketCents ?? null,
          })),
        ),
        section(
          'promotions-offers',
          {
            fr: 'Les offres que vous avez inscrites pour votre boutique aux temps forts, et combien de fois elles ont servi.',
            en: 'The offers you enrolled for your shop in campaigns, and how many times they were used.',
          },
          [
            'offer_id',
            'campaign_id',
            'campaign_title',
            'shop',
            'kind',
            'percent_off',
            'amount_off_cents',
            'description',
            'conditions',
            'max_uses',
            'status',
            'review_reason',
            'redemption_count',
            'enrolled_at',
          ],
          offers.map((o) => ({
            offer_id: o.id,
            campaign_id: o.campaignId,
            campaign_title: titles.get(o.campaignId) ?? null,
            shop: names.get(o.shopId) ?? null,
            kind: o.kind,
            percent_off: o.percentOff,
            amount_off_cents: o.amountOffCents,
            description: o.description,
            conditions: o.conditions,
            max_uses: o.maxUses,
            status: o.status,
            review_reason: o.reviewReason,
            redemption_count: o.redemptionCount,
            enrolled_at: iso(o.createdAt),
          })),
        ),
        section(
          'promotions-redemptions',
          {
            fr: 'Les utilisations d’offres que vous avez enregistrées en boutique (panier en centimes).',
            en: 'The offer uses you recorded in your shop (basket in cents).',
          },
          ['redemption_id', 'campaign_id', 'campaign_title', 'offer_id', 'shop', 'by_voucher', 'basket_cents', 'at'],
          redemptions.map((r) => ({
            redemption_id: r.id,
            campaign_id: r.campaignId,
            campaign_title: titles.get(r.campaignId) ?? null,
            offer_id: r.offerId,
            shop: names.get(r.shopId) ?? null,
            by_voucher: r.voucherId !== null,
            basket_cents: r.basketCents,
            at: iso(r.createdAt),
          })),
        ),
        section(
          'promotions-campaigns',
          { fr: 'Les temps forts que vous avez créés.', en: 'The campaigns you created.' },
          ['campaign_id', 'title', 'theme', 'description', 'status', 'starts_at', 'ends_at', 'created_at'],
          created.map((c) => ({
            campaign_id: c.id,
            title: c.title,
            theme: c.theme,
            description: c.description,
            status: c.status,
            starts_at: iso(c.startsAt),
            ends_at: iso(c.endsAt),
            created_at: iso(c.createdAt),
          })),
        ),
      ],
    };
  }

  /**
   * Their vouchers' e-mail and consent go. Claims come from the public page, by e-mail, never from the
   * account: once it is closed, the address may claim afresh as anyone may.
   */
  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    const mine = await this.memberships.ofPerson(subject.userId, subject.associationIds, manager);
    const vouchers = await this.vouchersOf(manager, [...new Set(mine.map((m) => m.associationId))], emailsOf(mine));
    if (vouchers.length)
      await manager.update(
        CampaignVoucherEntity,
        { id: In(vouchers.map((v) => v.id)) },
        { email: null, consentAt: null },
      );
  }

  async exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart> {
    const campaigns = await manager.find(CampaignEntity, { where: { associationId }, order: { startsAt: 'ASC' } });
    const offers = await manager.find(CampaignOfferEntity, { where: { associationId }, order: { createdAt: 'ASC' } });
    const vouchers = await manager.find(CampaignVoucherEntity, {
      where: { associationId },
      order: { createdAt: 'ASC' },
    });
    const redemptions = await manager.find(CampaignRedemptionEntity, {
      where: { associationId },
      order: { createdAt: 'ASC' },
    });
    const people = new Map(
      (
        await this.memberships.contacts(
          associationId,
          [
            ...campaigns.map((c) => c.createdByMembershipId),
            ...offers.map((o) => o.ownerMembershipId),
            ...redemptions.map((r) => r.membershipId),
          ],
          manager,
        )
      ).map((c) => [c.membershipId, c.name]),
    );
    const shops = await this.shops.names(associationId, [...new Set(offers.map((o) => o.shopId))]);
    const titles = new Map(campaigns.map((c) => [c.id, c.title]));
    const of = <T extends { campaignId: string }>(rows: readonly T[], id: string) =>
      rows.filter((r) => r.campaignId === id);
    return {
      sections: [
        section(
          'promotions-campaigns',
          {
            fr: 'Chaque temps fort : dates, statut, nombre d’offres, de bons demandés, d’utilisations et total des paniers (en centimes).',
            en: 'Every campaign: dates, status, number of offers, vouchers claimed, uses and basket total (in cents).',
          },
          [
            'campaign_id',
            'title',
            'theme',
            'description',
            'status',
            'channels',
            'enrolment_deadline',
            'starts_at',
            'ends_at',
            'created_by',
            'published_at',
            'cancelled_at',
            'cancel_reason',
            'offers',
            'vouchers',
            'redemptions',
            'basket_cents',
          ],
          campaigns.map((c) => ({
            campaign_id: c.id,
            title: c.title,
            theme: c.theme,
            description: c.description,
            status: c.status,
            channels: c.channels,
            enrolment_deadline: iso(c.enrolmentDeadline),
            starts_at: iso(c.startsAt),
            ends_at: iso(c.endsAt),
            created_by: people.get(c.createdByMembershipId) ?? null,
            published_at: iso(c.publishedAt),
            cancelled_at: iso(c.cancelledAt),
            cancel_reason: c.cancelReason,
            offers: of(offers, c.id).length,
            vouchers: of(vouchers, c.id).length,
            redemptions: of(redemptions, c.id).length,
            basket_cents: of(redemptions, c.id).reduce((sum, r) => sum + (r.basketCents ?? 0), 0),
          })),
        ),
        section(
          'promotions-offers',
          {
            fr: 'Les offres des boutiques à chaque temps fort, avec leur nombre d’utilisations.',
            en: 'The shops’ offers in each campaign, with their number of uses.',
          },
          [
            'offer_id',
            'campaign_id',
            'campaign_title',
            'shop',
            'owner',
            'kind',
            'percent_off',
            'amount_off_cents',
            'description',
            'conditions',
            'max_uses',
            'one_per_customer',
            'online',
            'online_url',
            'status',
            'review_reason',
            'code',
            'redemption_count',
            'enrolled_at',
          ],
          offers.map((o) => ({
            offer_id: o.id,
            campaign_id: o.campaignId,
            campaign_title: titles.get(o.campaignId) ?? null,
            shop: shops.get(o.shopId) ?? null,
            owner: people.get(o.ownerMembershipId) ?? null,
            kind: o.kind,
            percent_off: o.percentOff,
            amount_off_cents: o.amountOffCents,
            description: o.description,
            conditions: o.conditions,
            max_uses: o.maxUses,
            one_per_customer: o.onePerCustomer,
            online: o.online,
            online_url: o.onlineUrl,
            status: o.status,
            review_reason: o.reviewReason,
            code: o.code,
            redemption_count: o.redemptionCount,
            enrolled_at: iso(o.createdAt),
          })),
        ),
        section(
          'promotions-vouchers',
          {
            fr: 'Les bons personnels demandés (sans les adresses e-mail, données pour l’envoi du bon seulement).',
            en: 'The personal vouchers claimed (without the e-mail addresses, given only to send the voucher).',
          },
          [
            'voucher_id',
            'campaign_id',
            'campaign_title',
            'offer_id',
            'shop',
            'claimed_at',
            'redeemed_at',
            'with_email',
          ],
          vouchers.map((v) => ({
            voucher_id: v.id,
            campaign_id: v.campaignId,
            campaign_title: titles.get(v.campaignId) ?? null,
            offer_id: v.offerId,
            shop: shops.get(v.shopId) ?? null,
            claimed_at: iso(v.createdAt),
            redeemed_at: iso(v.redeemedAt),
            with_email: v.email !== null,
          })),
        ),
        section(
          'promotions-redemptions',
          {
            fr: 'Chaque utilisation d’une offre en boutique (panier en centimes).',
            en: 'Every use of an offer in a shop (basket in cents).',
          },
          [
            'redemption_id',
            'campaign_id',
            'campaign_title',
            'offer_id',
            'shop',
            'voucher_id',
            'recorded_by',
            'basket_cents',
            'at',
          ],
          redemptions.map((r) => ({
            redemption_id: r.id,
            campaign_id: r.campaignId,
            campaign_title: titles.get(r.campaignId) ?? null,
            offer_id: r.offerId,
            shop: shops.get(r.shopId) ?? null,
            voucher_id: r.voucherId,
            recorded_by: people.get(r.membershipId) ?? null,
            basket_cents: r.basketCents,
            at: iso(r.createdAt),
          })),
        ),
      ],
    };
  }

  /** A closed association: every voucher's e-mail and consent go; campaigns, offers, vouchers and redemptions stay (counts, amounts). */
  async eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    await manager.update(
      CampaignVoucherEntity,
      { associationId, email: Not(IsNull()) },
      { email: null, consentAt: null },
    );
  }

  private vouchersOf(
    manager: EntityManager,
    associationIds: readonly string[],
    emails: readonly string[],
  ): Promise<CampaignVoucherEntity[]> {
    if (!emails.length || !associationIds.length) return Promise.resolve([]);
    return manager.find(CampaignVoucherEntity, {
      where: { associationId: In([...associationIds]), email: In([...emails]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}

const emailsOf = (people: readonly { email: string }[]): string[] => [
  ...new Set(people.map((p) => p.email.trim().toLowerCase()).filter((e) => e.includes('@'))),
];
