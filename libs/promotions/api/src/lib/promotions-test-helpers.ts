import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { NotificationsModule } from '@assoc/notifications-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  GraphqlResponse,
  joinedMember,
  signedUpClient,
  TestApp,
  TestAppOptions,
} from '@assoc/platform-testing';
import { CampaignTransitionsService, PromotionsModule } from '../index';

/** GraphQL documents, data and helpers shared by the promotions' integration tests. */
export type Member = GraphqlClient & { email: string; membershipId: string; shopId: string | null };

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const MODULES = [IdentityModule, AssociationsModule, DirectoryModule, NotificationsModule, PromotionsModule];

export const CAMPAIGN_FIELDS = `id title theme description startsAt endsAt enrolmentDeadline channels minDiscountPercent invitedTrades status allowedEvents slug publishedAt cancelledAt cancelReason`;
export const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
export const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
export const PUBLISH = `mutation($id: ID!) { publishCampaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;
export const CANCEL = `mutation($id: ID!, $reason: String!) { cancelCampaign(id: $id, reason: $reason) { ${CAMPAIGN_FIELDS} } }`;
export const CAMPAIGN = `query($id: ID!) { campaign(id: $id) { ${CAMPAIGN_FIELDS} } }`;
export const CAMPAIGNS = `{ campaigns { id status } }`;
export const OFFER_FIELDS = `id campaignId shop { id name trade } kind percentOff amountOffCents description conditions headline maxUses onePerCustomer online onlineUrl status reviewReason code redemptionCount`;
export const ENROL = `mutation($input: EnrolOfferInput!) { enrolOffer(input: $input) { ${OFFER_FIELDS} } }`;
export const UPDATE_OFFER = `mutation($input: UpdateOfferInput!) { updateOffer(input: $input) { ${OFFER_FIELDS} } }`;
export const REVIEW = `mutation($input: ReviewOfferInput!) { reviewOffer(input: $input) { ${OFFER_FIELDS} } }`;
export const OFFERS = `query($id: ID!) { campaignOffers(campaignId: $id) { ${OFFER_FIELDS} } }`;
export const PUBLIC_CAMPAIGN = `query($slug: String!, $trade: TradeCategory) { publicCampaign(slug: $slug, trade: $trade) { slug associationName timeZone title status acceptsVoucherClaims trades offers { id headline code soldOut onePerCustomer shop { name trade address town openingHours { day } mapUrl } } } }`;
export const CLAIM = `mutation($slug: String!, $input: ClaimVoucherInput!) { claimVoucher(slug: $slug, input: $input) { code qrCode headline shopName validFrom validUntil } }`;
export const CHECK = `query($code: String!) { checkCode(code: $code) { verdict codeKind headline remainingUses } }`;
export const REDEEM = `mutation($input: RedeemCodeInput!) { redeemCode(input: $input) { id offerId voucher basketCents remainingUses } }`;
export const RESULTS = `query($id: ID!) { campaignResults(id: $id) { currency totals { claimed redeemed basketCents basketCount } byShop { shopId shopName claimed redeemed basketCents basketCount } byDay { day shopId shopName claimed redeemed basketCents basketCount } } }`;

export interface Campaign {
  id: string;
  status: string;
  slug: string;
  allowedEvents: string[];
  startsAt: string;
  endsAt: string;
  enrolmentDeadline: string;
}

export interface Offer {
  id: string;
  code: string;
  status: string;
  redemptionCount: number;
  shop: { id: string; name: string; trade: string };
}

export interface World {
  api: TestApp;
  president: Member;
  board: Member;
  /** Shopkeepers, each with a shop. */
  shops: Member[];
  consultant: Member;
}

const TRADES = ['FOOD', 'FASHION', 'BEAUTY', 'SERVICES', 'CULTURE', 'HOME'];

export async function createShop(client: GraphqlClient, name: string, trade: string): Promise<string> {
  const data = await client.ok<{ updateMyShop: { id: string } }>(
    `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`,
    {
      input: {
        name,
        trade,
        address: '3 rue Baudrairie',
        postcode: '35500',
        town: 'Vitré',
        phone: '0299000000',
        openingHours: [{ day: 'TUESDAY', periods: [{ opens: '09:00', closes: '19:00' }] }],
      },
    },
  );
  return data.updateMyShop.id;
}

/** An association with a president, a board member, `shopCount` shopkeepers with a shop each, and a consultant. */
export async function promotionsWorld(shopCount = 3, api?: TestApp, name = 'Les Vitrines de Vitré'): Promise<World> {
  api ??= await startApp();
  const president = await signedUpClient(api, 'Claire Martin');
  const { membershipId } = await createAssociation(president, name);
  const board = await joinedMember(api, president, 'BOARD', 'Yann Le Breton');
  const shops: Member[] = [];
  for (let i = 0; i < shopCount; i++) {
    const m = await joinedMember(api, president, 'MEMBER', `Commerçant ${i + 1}`);
    shops.push(
      Object.assign(m, { shopId: await createShop(m, `${name} boutique ${i + 1}`, TRADES[i % TRADES.length]) }),
    );
  }
  const consultant = await joinedMember(api, president, 'CONSULTANT', 'Sophie Conseil');
  return {
    api,
    president: Object.assign(president, { membershipId, shopId: null }),
    board: Object.assign(board, { shopId: null }),
    shops,
    consultant: Object.assign(consultant, { shopId: null }),
  };
}

/** The API as main.ts wires it, trusting the loopback proxy (TRUST_PROXY's default) so tests can play several client addresses. */
export async function startApp(options: TestAppOptions = {}): Promise<TestApp> {
  return createTestApp(MODULES, options);
}

/** A campaign whose enrolment closes in 5 days, starting in 10, lasting 2 (by the API's clock). */
export function campaignInput(api: TestApp, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const now = api.clock.nowMs();
  return {
    title: 'Fête des vitrines',
    theme: 'Été à Vitré',
    description: 'Dix jours de bonnes affaires dans le centre.',
    enrolmentDeadline: new Date(now + 5 * DAY).toISOString(),
    startsAt: new Date(now + 10 * DAY).toISOString(),
    endsAt: new Date(now + 12 * DAY).toISOString(),
    channels: 'BOTH',
    ...extra,
  };
}

/** Dates for a campaign that goes through every phase within hours: enrolment closes in 1 hour, it starts in 2 and ends in 4. */
export function soonDates(api: TestApp): Record<string, string> {
  const now = api.clock.nowMs();
  return {
    enrolmentDeadline: new Date(now + HOUR).toISOString(),
    startsAt: new Date(now + 2 * HOUR).toISOString(),
    endsAt: new Date(now + 4 * HOUR).toISOString(),
  };
}

export async function draft(
  api: TestApp,
  client: GraphqlClient,
  extra: Record<string, unknown> = {},
): Promise<Campaign> {
  return (await client.ok<{ createCampaign: Campaign }>(CREATE, { input: campaignInput(api, extra) })).createCampaign;
}

/** Created and published by the president: ENROLLING. */
export async function enrolling(world: World, extra: Record<string, unknown> = {}): Promise<Campaign> {
  const c = await draft(world.api, world.president, extra);
  return (await world.president.ok<{ publishCampaign: Campaign }>(PUBLISH, { id: c.id })).publishCampaign;
}

export function offerInput(
  campaignId: string,
  shopId: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { campaignId, shopId, kind: 'PERCENT_OFF', percentOff: 20, conditions: 'Dès 30 € d’achat', ...extra };
}

export async function enrol(member: Member, campaignId: string, extra: Record<string, unknown> = {}): Promise<Offer> {
  return (
    await member.ok<{ enrolOffer: Offer }>(ENROL, { input: offerInput(campaignId, member.shopId as string, extra) })
  ).enrolOffer;
}

export async function approve(world: World, offerId: string): Promise<Offer> {
  return (await world.board.ok<{ reviewOffer: Offer }>(REVIEW, { input: { id: offerId, approve: true } })).reviewOffer;
}

export type Phase = 'PUBLISHED' | 'RUNNING' | 'FINISHED';

/**
 * Moves the API's clock forward to a minute into the campaign's `phase` (then every job runs once,
 * the campaign transitions included). The clock never goes back: the phase must not be over yet.
 */
export async function moveTo(api: TestApp, campaignId: string, phase: Phase): Promise<void> {
  const [dates] = (await api.dataSource.query(
    `SELECT "enrolmentDeadline", "startsAt", "endsAt" FROM campaigns WHERE id = $1`,
    [campaignId],
  )) as { enrolmentDeadline: Date; startsAt: Date; endsAt: Date }[];
  const bounds: Record<Phase, [Date, Date | null]> = {
    PUBLISHED: [dates.enrolmentDeadline, dates.startsAt],
    RUNNING: [dates.startsAt, dates.endsAt],
    FINISHED: [dates.endsAt, null],
  };
  const [from, until] = bounds[phase];
  if (until && api.clock.nowMs() >= until.getTime())
    throw new Error(`the campaign is already past ${phase}: the clock cannot go back`);
  const ahead = from.getTime() + MINUTE - api.clock.nowMs();
  if (ahead > 0) await api.advanceClock(ahead);
}

/** A published campaign (with `soonDates`) with one approved offer per given shop (extra offer fields per call), moved to `phase`. */
export async function runningWithOffers(
  world: World,
  shops: Member[],
  offer: Record<string, unknown> = {},
  phase: Phase = 'RUNNING',
): Promise<{ campaign: Campaign; offers: Offer[] }> {
  const campaign = await enrolling(world, soonDates(world.api));
  const offers: Offer[] = [];
  for (const shop of shops) offers.push(await approve(world, (await enrol(shop, campaign.id, offer)).id));
  await moveTo(world.api, campaign.id, phase);
  return { campaign, offers };
}

/** An anonymous visitor from address `ip`. */
export function visitor(api: TestApp, ip: string) {
  const client = api.client();
  return {
    request: <T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      language = 'fr',
    ): Promise<GraphqlResponse<T>> => {
      client.language = language;
      return client.request<T>(query, variables, { 'x-forwarded-for': ip });
    },
  };
}

let ipCounter = 0;
/** A fresh client address per call (rate limits are per address). */
export function freshIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export async function claim(
  api: TestApp,
  slug: string,
  offerId: string,
  extra: Record<string, unknown> = {},
): Promise<{ code: string; qrCode: string }> {
  const result = await visitor(api, freshIp()).request<{ claimVoucher: { code: string; qrCode: string } }>(CLAIM, {
    slug,
    input: { offerId, ...extra },
  });
  if (!result.data) throw new Error(`claim failed: ${JSON.stringify(result.errors)}`);
  return result.data.claimVoucher;
}

/** The fields of the first error (BAD_USER_INPUT / CONFLICT), with its code. */
export function problem(result: GraphqlResponse<unknown>): {
  code?: string;
  fields?: { field: string; message: string }[];
} {
  const error = result.errors?.[0];
  // What a person reads: each field with its message (reason keys and parameters are checked in platform's tests).
  const fields = error?.extensions?.fields as { field: string; message: string }[] | undefined;
  return { code: error?.extensions?.code, fields: fields?.map(({ field, message }) => ({ field, message })) };
}

export function transitions(api: TestApp): CampaignTransitionsService {
  return api.app.get(CampaignTransitionsService);
}
