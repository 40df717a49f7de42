import { ImpactPeriod } from './period';

/** One bucket of the period's time series. */
export interface ImpactPoint {
  /** The bucket's first day inside the period (yyyy-mm-dd, association's time zone). */
  day: string;
  /** Members at the end of the bucket. */
  members: number;
  /** Members who did something in the bucket (posted, commented, reacted, drafted, voted on or joined a project, created a campaign, enrolled an offer, redeemed a code, proposed or supported a cashmob). */
  activeMembers: number;
  posts: number;
  comments: number;
  reactions: number;
  vouchers: number;
  redemptions: number;
}

export interface ImpactShopCampaigns {
  shopId: string;
  shopName: string;
  vouchers: number;
  redemptions: number;
  basketCents: number;
}

export interface ImpactMemberMoney {
  membershipId: string;
  name: string;
  shopName: string | null;
  pooledCents: number;
  savedCents: number;
}

export interface ImpactStatusCount {
  status: string;
  count: number;
}

/**
 * The customer community over the period (issue 17), as the customers, loyalty and community domains
 * count it (their `CustomerFigures`, `LoyaltyFigures`, `CommunityFigures`).
 */
export interface ImpactCustomers {
  /** Confirmed customers not erased at the end of the period (or now). */
  customers: number;
  /** Of them, those who joined in the period. */
  joined: number;
  /** Cards with a movement in the period. */
  activeCards: number;
  pointsIssued: number;
  pointsRedeemed: number;
  /** Value of the rewards redeemed in shops, owed to them by the loyalty pot, in cents. */
  rewardsPaidCents: number;
  ideasProposed: number;
  /** Ideas turned into a joint project or a campaign in the period. */
  ideasAdopted: number;
}

/** The association's figures over one period, all read from the records (nothing is stored twice). */
export interface ImpactDashboard {
  period: ImpactPeriod;
  associationName: string;
  currency: string;
  members: { total: number; joined: number; left: number; active: number };
  projects: {
    byStatus: ImpactStatusCount[];
    created: number;
    fundedCount: number;
    participations: number;
    pooledCents: number;
    savedCents: number;
    byMember: ImpactMemberMoney[];
  };
  campaigns: {
    campaigns: number;
    vouchers: number;
    redemptions: number;
    basketCents: number;
    byShop: ImpactShopCampaigns[];
  };
  cashmobs: { count: number; participants: number; checkIns: number; revenueCents: number; upliftBp: number | null };
  network: { posts: number; comments: number; reactions: number };
  customers: ImpactCustomers;
  series: ImpactPoint[];
}

/** The figures a shop compares with the association's median. */
export enum ShopMetric {
  VOUCHERS = 'VOUCHERS',
  REDEMPTIONS = 'REDEMPTIONS',
  BASKET_CENTS = 'BASKET_CENTS',
  CASHMOBS = 'CASHMOBS',
  CASHMOB_CHECK_INS = 'CASHMOB_CHECK_INS',
  CASHMOB_REVENUE_CENTS = 'CASHMOB_REVENUE_CENTS',
  POOLED_CENTS = 'POOLED_CENTS',
  SAVED_CENTS = 'SAVED_CENTS',
}

/** Which metrics are amounts of money (integer cents). */
export const MONEY_METRICS: ReadonlySet<ShopMetric> = new Set([
  ShopMetric.BASKET_CENTS,
  ShopMetric.CASHMOB_REVENUE_CENTS,
  ShopMetric.POOLED_CENTS,
  ShopMetric.SAVED_CENTS,
]);

export interface ShopFigure {
  metric: ShopMetric;
  own: number;
  /** Over every shop of the association; null when it has too few shops to compare without revealing one. */
  median: number | null;
}

/** What the association brought one shop over a period, against the association's median. */
export interface ShopImpact {
  period: ImpactPeriod;
  currency: string;
  shopId: string;
  shopName: string;
  comparedShops: number;
  figures: ShopFigure[];
}
