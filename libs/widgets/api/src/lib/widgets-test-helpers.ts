import { AssociationsModule } from '@assoc/associations-api';
import { CashmobEntity } from '@assoc/cashmobs-api';
import { CashmobStatus } from '@assoc/cashmobs-domain';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
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
import { CampaignEntity, CampaignOfferEntity } from '@assoc/promotions-api';
import { CampaignChannel, CampaignStatus, OfferKind, OfferStatus } from '@assoc/promotions-domain';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { WidgetsModule } from '../index';

/** GraphQL documents, data and helpers shared by the widgets' integration tests. */
export type Member = GraphqlClient & { email: string; membershipId: string; shopId: string | null };

export const HOUR = 3600 * 1000;
export const DAY = 24 * HOUR;
export const MODULES = [IdentityModule, AssociationsModule, DirectoryModule, WidgetsModule];

export const WIDGET_FIELDS = `id name contents shopIds trades language size maxItems accentColor backgroundColor textColor createdAt updatedAt`;
export const CREATE_WIDGET = `mutation($input: CreateWidgetInput!) { createWidget(input: $input) { ${WIDGET_FIELDS} } }`;
export const UPDATE_WIDGET = `mutation($input: UpdateWidgetInput!) { updateWidget(input: $input) { ${WIDGET_FIELDS} } }`;
export const DELETE_WIDGET = `mutation($id: ID!) { deleteWidget(id: $id) }`;
export const WIDGET = `query($id: ID!) { widget(id: $id) { ${WIDGET_FIELDS} } }`;
export const WIDGETS = `{ widgets { id name } }`;
export const SHOP_CHOICES = `{ widgetShopChoices { id name trade } }`;
export const PRODUCT_FIELDS = `id shopId name priceCents text link photoUrl position`;
export const MY_PRODUCTS = `{ myFeaturedProducts { shopId shopName max products { ${PRODUCT_FIELDS} } } }`;
export const CREATE_PRODUCT = `mutation($input: CreateFeaturedProductInput!) { createFeaturedProduct(input: $input) { ${PRODUCT_FIELDS} } }`;
export const UPDATE_PRODUCT = `mutation($input: UpdateFeaturedProductInput!) { updateFeaturedProduct(input: $input) { ${PRODUCT_FIELDS} } }`;
export const DELETE_PRODUCT = `mutation($id: ID!) { deleteFeaturedProduct(id: $id) }`;

export interface Widget {
  id: string;
  name: string;
  contents: string[];
  shopIds: string[];
  trades: string[];
  language: string;
  size: string;
  maxItems: number;
  accentColor: string;
  backgroundColor: string;
  textColor: string;
}

export interface World {
  api: TestApp;
  associationId: string;
  president: Member;
  board: Member;
  /** Shopkeepers, each with a shop. */
  shops: Member[];
  /** A member without a shop. */
  shopless: Member;
  consultant: Member;
}

const TRADES = ['FOOD', 'FASHION', 'BEAUTY', 'SERVICES', 'CULTURE', 'HOME'];

export async function createShop(
  client: GraphqlClient,
  name: string,
  trade: string,
  website: string | null = null,
): Promise<string> {
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
        website,
        description: `${name}, au cœur de Vitré.`,
        openingHours: [{ day: 'TUESDAY', periods: [{ opens: '09:00', closes: '19:00' }] }],
      },
    },
  );
  return data.updateMyShop.id;
}

/** The API as main.ts wires it, trusting the loopback proxy so tests can play several client addresses. */
export async function startApp(options: TestAppOptions = {}): Promise<TestApp> {
  const api = await createTestApp(MODULES, options);
  (api.app as NestExpressApplication).set('trust proxy', 'loopback');
  return api;
}

/** An association with a president, a board member, `shopCount` shopkeepers with a shop each (the first with a website), a shopless member and a consultant. */
export async function widgetsWorld(shopCount = 3, api?: TestApp, name = 'Les Vitrines de Vitré'): Promise<World> {
  api ??= await startApp();
  const president = await signedUpClient(api, 'Claire Martin');
  const { membershipId, associationId } = await createAssociation(president, name);
  const board = await joinedMember(api, president, 'BOARD', 'Yann Le Breton');
  const shops: Member[] = [];
  for (let i = 0; i < shopCount; i++) {
    const m = await joinedMember(api, president, 'MEMBER', `Commerçant ${i + 1}`);
    shops.push(
      Object.assign(m, {
        shopId: await createShop(
          m,
          `${name} boutique ${i + 1}`,
          TRADES[i % TRADES.length],
          i === 0 ? 'https://boutique-une.fr' : null,
        ),
      }),
    );
  }
  const shopless = await joinedMember(api, president, 'MEMBER', 'Paul Sans-Boutique');
  const consultant = await joinedMember(api, president, 'CONSULTANT', 'Sophie Conseil');
  return {
    api,
    associationId,
    president: Object.assign(president, { membershipId, shopId: null }),
    board: Object.assign(board, { shopId: null }),
    shops,
    shopless: Object.assign(shopless, { shopId: null }),
    consultant: Object.assign(consultant, { shopId: null }),
  };
}

export function widgetInput(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Blog de l’office de tourisme',
    contents: ['OFFERS', 'CASHMOBS', 'PRODUCTS', 'SHOPS'],
    maxItems: 24,
    ...extra,
  };
}

export async function createWidget(client: GraphqlClient, extra: Record<string, unknown> = {}): Promise<Widget> {
  return (await client.ok<{ createWidget: Widget }>(CREATE_WIDGET, { input: widgetInput(extra) })).createWidget;
}

/** The first error's code and fields. */
export function problem(result: GraphqlResponse<unknown>): {
  code?: string;
  fields?: { field: string; message: string }[];
} {
  const error = result.errors?.[0];
  // What a person reads: each field with its message (reason keys and parameters are checked in platform's tests).
  const fields = error?.extensions?.fields as { field: string; message: string }[] | undefined;
  return { code: error?.extensions?.code, fields: fields?.map(({ field, message }) => ({ field, message })) };
}

export type CampaignPhase = 'DRAFT' | 'ENROLLING' | 'PUBLISHED' | 'RUNNING' | 'FINISHED' | 'CANCELLED';

/** A campaign row in a phase of its life at the API's now (the clock decides; tests cannot wait for it). */
export async function insertCampaign(
  world: World,
  title: string,
  phase: CampaignPhase,
  associationId = world.associationId,
  createdBy = world.president.membershipId,
): Promise<CampaignEntity> {
  const now = world.api.clock.nowMs();
  const times: Record<CampaignPhase, [number, number, number]> = {
    DRAFT: [DAY, 2 * DAY, 3 * DAY],
    ENROLLING: [DAY, 2 * DAY, 3 * DAY],
    PUBLISHED: [-HOUR, DAY, 2 * DAY],
    RUNNING: [-2 * HOUR, -HOUR, DAY],
    FINISHED: [-3 * DAY, -2 * DAY, -HOUR],
    CANCELLED: [-2 * HOUR, -HOUR, DAY],
  };
  const [deadline, start, end] = times[phase].map((o) => new Date(now + o));
  const manager = world.api.dataSource.manager;
  return manager.save(
    manager.create(CampaignEntity, {
      associationId,
      createdByMembershipId: createdBy,
      title,
      theme: '',
      description: '',
      coverFile: null,
      startsAt: start,
      endsAt: end,
      enrolmentDeadline: deadline,
      channels: CampaignChannel.BOTH,
      minDiscountPercent: null,
      invitedTrades: [],
      status:
        phase === 'CANCELLED'
          ? CampaignStatus.CANCELLED
          : phase === 'DRAFT'
            ? CampaignStatus.DRAFT
            : CampaignStatus.PUBLISHED,
      slug: randomBytes(16).toString('base64url'),
      publishedAt: phase === 'DRAFT' ? null : new Date(now - 5 * DAY),
      cancelledAt: phase === 'CANCELLED' ? new Date(now - HOUR) : null,
      cancelReason: phase === 'CANCELLED' ? 'Météo' : null,
      updatedAt: null,
    }),
  );
}

export async function insertOffer(
  world: World,
  campaign: CampaignEntity,
  shop: Member,
  status: OfferStatus,
  percentOff: number,
): Promise<CampaignOfferEntity> {
  const manager = world.api.dataSource.manager;
  return manager.save(
    manager.create(CampaignOfferEntity, {
      associationId: campaign.associationId,
      campaignId: campaign.id,
      shopId: shop.shopId as string,
      ownerMembershipId: shop.membershipId,
      kind: OfferKind.PERCENT_OFF,
      percentOff,
      amountOffCents: null,
      description: '',
      conditions: '',
      maxUses: null,
      onePerCustomer: false,
      online: false,
      onlineUrl: null,
      status,
      reviewReason: status === OfferStatus.REJECTED ? 'Hors thème' : null,
      reviewedAt: null,
      reviewedByMembershipId: null,
      code: randomBytes(6).toString('hex').toUpperCase(),
      redemptionCount: 0,
      updatedAt: null,
    }),
  );
}

/** A cashmob row at a shop, `daysAhead` from the API's now (negative: past), in a status. */
export async function insertCashmob(
  world: World,
  shop: Member,
  status: CashmobStatus,
  daysAhead: number,
  meetingPoint: string,
): Promise<CashmobEntity> {
  const manager = world.api.dataSource.manager;
  const now = world.api.clock.now();
  const startsAt = new Date(now.getTime() + daysAhead * DAY);
  return manager.save(
    manager.create(CashmobEntity, {
      associationId: world.associationId,
      shopId: shop.shopId as string,
      hostMembershipId: shop.membershipId,
      organiserMembershipId: world.president.membershipId,
      status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      meetingPoint,
      spendMinCents: 1000,
      spendMaxCents: 2000,
      capacity: 30,
      message: 'Venez nombreux',
      slug: randomBytes(16).toString('base64url'),
      publishedAt: status === CashmobStatus.PUBLISHED ? now : null,
      cancelledAt: status === CashmobStatus.CANCELLED ? now : null,
      cancelReason: null,
    }),
  );
}

let ipCounter = 0;
/** A fresh client address per call (rate limits are per address). */
export function freshIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/** An anonymous HTTP GET from address `ip`, like a blog's visitor (no cookie). */
export function publicGet(
  api: TestApp,
  path: string,
  ip = freshIp(),
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${api.url}${path}`, {
    headers: { 'x-forwarded-for': ip, origin: 'https://un-blog.example', ...headers },
  });
}
