import { AssociationsModule } from '@assoc/associations-api';
import { insertTestCashmob } from '@assoc/cashmobs-api';
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
import { CampaignPhase, insertTestCampaign, insertTestOffer, TestCampaign } from '@assoc/promotions-api';
import { OfferStatus } from '@assoc/promotions-domain';
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

/** The API as main.ts wires it, trusting the loopback proxy (TRUST_PROXY's default) so tests can play several client addresses. */
export async function startApp(options: TestAppOptions = {}): Promise<TestApp> {
  return createTestApp(MODULES, options);
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

/** A campaign in a phase of its life at the API's now (promotions' test helper writes it). */
export function insertCampaign(
  world: World,
  title: string,
  phase: CampaignPhase,
  associationId = world.associationId,
  createdByMembershipId = world.president.membershipId,
): Promise<TestCampaign> {
  return insertTestCampaign(world.api, { associationId, createdByMembershipId, title, phase });
}

/** A shop's percent-off offer in a campaign (promotions' test helper writes it). */
export function insertOffer(
  world: World,
  campaign: TestCampaign,
  shop: Member,
  status: OfferStatus,
  percentOff: number,
): Promise<{ id: string }> {
  return insertTestOffer(world.api, campaign, {
    shopId: shop.shopId as string,
    ownerMembershipId: shop.membershipId,
    status,
    percentOff,
  });
}

/** A cashmob at a shop, `daysAhead` from the API's now (negative: past), in a status (cashmobs' test helper writes it). */
export function insertCashmob(
  world: World,
  shop: Member,
  status: CashmobStatus,
  daysAhead: number,
  meetingPoint: string,
): Promise<{ id: string }> {
  return insertTestCashmob(world.api, {
    associationId: world.associationId,
    shopId: shop.shopId as string,
    hostMembershipId: shop.membershipId,
    organiserMembershipId: world.president.membershipId,
    status,
    daysAhead,
    meetingPoint,
  });
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
