import { Injectable } from '@nestjs/common';
import { AssociationReads, AssociationSummary } from '@assoc/associations-api';
import {
  bucketsOf,
  combinedUpliftBp,
  compareWithMedian,
  ImpactDashboard,
  ImpactPeriod,
  ImpactPeriodRequest,
  resolvePeriod,
  ShopImpact,
  ShopMetric,
} from '@assoc/impact-domain';
import { CommunityFigures } from '@assoc/community-api';
import { CustomerFigures } from '@assoc/customers-api';
import { LoyaltyFigures } from '@assoc/loyalty-api';
import { AppError, Clock, CurrentMember, Locale } from '@assoc/platform-api';
import { ProjectsImpactService } from '@assoc/projects-api';
import { ActivityRow, ImpactRecords } from './impact-records';

const NO_ACTIVITY: Omit<ActivityRow, 'day'> = {
  active: 0,
  posts: 0,
  comments: 0,
  reactions: 0,
  vouchers: 0,
  redemptions: 0,
};

/**
 * The impact dashboard: the association's figures over a period for the president and board, and one
 * shop's figures against the association's median for its owner. Composed from the records
 * (`ImpactRecords`) and the projects' own pooled/saved figures; tenancy is the caller's association,
 * in every query.
 */
@Injectable()
export class ImpactService {
  constructor(
    private readonly associations: AssociationReads,
    private readonly records: ImpactRecords,
    private readonly projects: ProjectsImpactService,
    private readonly customerFigures: CustomerFigures,
    private readonly loyaltyFigures: LoyaltyFigures,
    private readonly communityFigures: CommunityFigures,
    private readonly clock: Clock,
  ) {}

  /** The period asked for, in the association's time zone, or a field error. */
  async period(
    member: CurrentMember,
    request: ImpactPeriodRequest,
  ): Promise<{ period: ImpactPeriod; association: AssociationSummary }> {
    const association = await this.associations.summary(member.associationId);
    if (!association) throw AppError.notFound();
    const period = resolvePeriod(request, association.timeZone);
    if (Array.isArray(period))
      throw AppError.input(period.map((p) => ({ field: p.path, reason: p.reason, params: p.params })));
    return { period, association };
  }

  /**
   * The association's dashboard over the period. `topShops` bounds the per-shop campaign list to the
   * shops with the most vouchers (the page's chart); null lists every shop (the CSV export).
   */
  async dashboard(
    member: CurrentMember,
    request: ImpactPeriodRequest,
    topShops: number | null = null,
    reader: Locale = Locale.FR,
  ): Promise<ImpactDashboard> {
    const { period, association } = await this.period(member, request);
    const id = association.id;
    const funding = { frozenSince: period.start, frozenBefore: period.end };
    const now = this.clock.now();
    const until = (at: Date) => (at < now ? at : now);
    const slots = bucketsOf(period);
    // Member counts at the end of each bucket and of the period (ascending), added up in SQL.
    const instants = [...slots.map((slot) => until(slot.end)), until(period.end)];
    // The customer community, as its three domains count it over [start, end).
    const range = { from: period.start, to: period.end };
    const [
      counts,
      activity,
      byStatus,
      campaignCount,
      campaignShops,
      cashmobRows,
      pooling,
      byMember,
      people,
      loyalty,
      ideas,
    ] = await Promise.all([
      this.records.memberCounts(id, period, instants),
      this.records.activity(id, period),
      this.records.projectsByStatus(id, period),
      this.records.campaignCount(id, period),
      this.records.topCampaignShops(id, period, topShops),
      this.records.cashmobsByShop(id, period),
      this.projects.impact(member, funding),
      this.projects.byMember(id, funding),
      this.customerFigures.counts(id, range),
      this.loyaltyFigures.of(id, range),
      this.communityFigures.of(id, range),
    ]);
    const total = activity.find((r) => r.day === null) ?? NO_ACTIVITY;
    const byDay = new Map(activity.filter((r) => r.day !== null).map((r) => [r.day, r]));
    const [shops, names] = await Promise.all([
      this.records.shopsAmong(
        id,
        [],
        byMember.map((m) => m.membershipId),
      ),
      this.records.memberNames(
        id,
        byMember.map((m) => m.membershipId),
        reader,
      ),
    ]);
    const shopOf = new Map(shops.map((s) => [s.membershipId, s.name]));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');
    return {
      period,
      associationName: association.name,
      currency: association.currency,
      members: {
        total: counts.membersAt[slots.length],
        joined: counts.joined,
        left: counts.left,
        active: total.active,
      },
      projects: {
        byStatus,
        created: byStatus.reduce((sum, s) => sum + s.count, 0),
        fundedCount: pooling.fundedCount,
        participations: pooling.participations,
        pooledCents: pooling.pooledCents,
        savedCents: pooling.savedCents,
        byMember: byMember
          .map((m) => ({
            membershipId: m.membershipId,
            name: names.get(m.membershipId) ?? '',
            shopName: shopOf.get(m.membershipId) ?? null,
            pooledCents: m.pooledCents,
            savedCents: m.savedCents,
          }))
          .sort((a, b) => b.pooledCents - a.pooledCents || byName(a, b)),
      },
      campaigns: {
        campaigns: campaignCount,
        vouchers: total.vouchers,
        redemptions: total.redemptions,
        basketCents: campaignShops.basketCents,
        byShop: campaignShops.shops,
      },
      cashmobs: {
        count: cashmobRows.reduce((sum, r) => sum + r.count, 0),
        participants: cashmobRows.reduce((sum, r) => sum + r.participants, 0),
        checkIns: cashmobRows.reduce((sum, r) => sum + r.checkIns, 0),
        revenueCents: cashmobRows.reduce((sum, r) => sum + r.revenueCents, 0),
        upliftBp: combinedUpliftBp(cashmobRows.flatMap((r) => r.takings)),
      },
      network: { posts: total.posts, comments: total.comments, reactions: total.reactions },
      customers: {
        customers: people.customers,
        joined: people.joined,
        activeCards: loyalty.activeCards,
        pointsIssued: loyalty.pointsIssued,
        pointsRedeemed: loyalty.pointsRedeemed,
        rewardsPaidCents: loyalty.rewardsPaidCents,
        ideasProposed: ideas.ideasProposed,
        ideasAdopted: ideas.ideasAdopted,
      },
      series: slots.map((slot, i) => {
        const { active, posts, comments, reactions, vouchers, redemptions } = byDay.get(slot.day) ?? NO_ACTIVITY;
        return {
          day: slot.day,
          members: counts.membersAt[i],
          activeMembers: active,
          posts,
          comments,
          reactions,
          vouchers,
          redemptions,
        };
      }),
    };
  }

  /**
   * The caller's own shop over the period, each figure beside the median over every shop of the
   * association (shops with nothing count as 0). No other shop's figure leaves this method. Null when
   * the caller has no shop.
   */
  async shopImpact(member: CurrentMember, request: ImpactPeriodRequest): Promise<ShopImpact | null> {
    const { period, association } = await this.period(member, request);
    const id = association.id;
    const shops = await this.records.shops(id);
    const mine = shops.find((s) => s.membershipId === member.membershipId);
    if (!mine) return null;
    const funding = { frozenSince: period.start, frozenBefore: period.end };
    const [campaignRows, cashmobRows, pooling] = await Promise.all([
      this.records.campaignsByShop(id, period),
      this.records.cashmobsByShop(id, period),
      this.projects.byMember(id, funding),
    ]);
    const campaigns = new Map(campaignRows.map((r) => [r.shopId, r]));
    const cashmobs = new Map(cashmobRows.map((r) => [r.shopId, r]));
    const money = new Map(pooling.map((r) => [r.membershipId, r]));
    const figure = (metric: ShopMetric, of: (shop: { id: string; membershipId: string }) => number) => ({
      metric,
      ...compareWithMedian(of(mine), shops.map(of)),
    });
    return {
      period,
      currency: association.currency,
      shopId: mine.id,
      shopName: mine.name,
      comparedShops: shops.length,
      figures: [
        figure(ShopMetric.VOUCHERS, (s) => campaigns.get(s.id)?.vouchers ?? 0),
        figure(ShopMetric.REDEMPTIONS, (s) => campaigns.get(s.id)?.redemptions ?? 0),
        figure(ShopMetric.BASKET_CENTS, (s) => campaigns.get(s.id)?.basketCents ?? 0),
        figure(ShopMetric.CASHMOBS, (s) => cashmobs.get(s.id)?.count ?? 0),
        figure(ShopMetric.CASHMOB_CHECK_INS, (s) => cashmobs.get(s.id)?.checkIns ?? 0),
        figure(ShopMetric.CASHMOB_REVENUE_CENTS, (s) => cashmobs.get(s.id)?.revenueCents ?? 0),
        figure(ShopMetric.POOLED_CENTS, (s) => money.get(s.membershipId)?.pooledCents ?? 0),
        figure(ShopMetric.SAVED_CENTS, (s) => money.get(s.membershipId)?.savedCents ?? 0),
      ],
    };
  }
}
