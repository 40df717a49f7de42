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
  uniqueEmail,
} from '@assoc/platform-testing';
import { CashmobJobsService, CashmobsModule } from '../index';

/** GraphQL documents, data and helpers shared by the cashmobs' integration tests. */
export type Member = GraphqlClient & { email: string; membershipId: string; shopId: string | null };

export const HOUR = 3600 * 1000;
export const DAY = 24 * HOUR;
export const MODULES = [IdentityModule, AssociationsModule, DirectoryModule, NotificationsModule, CashmobsModule];

export const CASHMOB_FIELDS = `id status allowedEvents hostMembershipId organiserMembershipId startsAt endsAt meetingPoint spendMinCents spendMaxCents capacity message
  counterStartsAt counterEndsAt shopMessage cancelReason slug publishedAt confirmedCount waitingCount spotsLeft supportCount supportedByMe
  shop { id membershipId name trade } result { salesCount revenueCents ordinaryRevenueCents }`;
export const PROPOSE = `mutation($input: ProposeCashmobInput!) { proposeCashmob(input: $input) { ${CASHMOB_FIELDS} } }`;
export const CASHMOB = `query($id: ID!) { cashmob(id: $id) { ${CASHMOB_FIELDS} } }`;
export const ACCEPT = `mutation($id: ID!) { acceptCashmob(id: $id) { id status slug publishedAt } }`;
export const CANCEL = `mutation($id: ID!, $reason: String!) { cancelCashmob(id: $id, reason: $reason) { id status cancelReason } }`;
export const PUBLIC_FIELDS = `slug status associationName timeZone shopName trade address postcode town story startsAt endsAt meetingPoint spendMinCents spendMaxCents confirmedCount capacity spotsLeft acceptsSignUps`;
export const PUBLIC_CASHMOB = `query($slug: String!) { publicCashmob(slug: $slug) { ${PUBLIC_FIELDS} } }`;
export const SIGN_UP = `mutation($slug: String!, $input: SignUpToCashmobInput!) { signUpToCashmob(slug: $slug, input: $input) { status waitingRank } }`;
export const MY_SIGN_UP_FIELDS = `firstName email status waitingRank intendedSpendCents locale checkInCode checkedInAt cashmob { slug confirmedCount spotsLeft }`;
export const MY_SIGN_UP = `query($token: String!) { mySignUp(token: $token) { ${MY_SIGN_UP_FIELDS} } }`;
export const CANCEL_SIGN_UP = `mutation($token: String!) { cancelSignUp(token: $token) { ${MY_SIGN_UP_FIELDS} } }`;
export const SIGN_UPS = `query($id: ID!, $search: String) { cashmobSignUps(cashmobId: $id, search: $search) { id firstName email status position intendedSpendCents walkIn checkedInAt } }`;

export interface Cashmob {
  id: string;
  status: string;
  allowedEvents: string[];
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  slug: string | null;
  confirmedCount: number;
  waitingCount: number;
  spotsLeft: number | null;
  supportCount: number;
  supportedByMe: boolean;
  shopMessage: string | null;
  counterStartsAt: string | null;
  cancelReason: string | null;
  shop: { id: string; membershipId: string; name: string; trade: string };
  result: { salesCount: number; revenueCents: number; ordinaryRevenueCents: number | null } | null;
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
      input: { name, trade, address: '3 rue Baudrairie', postcode: '35500', town: 'Vitré', openingHours: [] },
    },
  );
  return data.updateMyShop.id;
}

/** An association with a president, a board member, `shopCount` shopkeepers with a shop each, and a consultant. */
export async function cashmobsWorld(shopCount = 3, options: TestAppOptions = {}, api?: TestApp): Promise<World> {
  api ??= await startApp(options);
  const president = await signedUpClient(api, 'Claire Martin');
  const { membershipId } = await createAssociation(president, 'Les Vitrines de Vitré');
  const board = await joinedMember(api, president, 'BOARD', 'Yann Le Breton');
  const shops: Member[] = [];
  for (let i = 0; i < shopCount; i++) {
    const m = await joinedMember(api, president, 'MEMBER', `Commerçant ${i + 1}`);
    shops.push(Object.assign(m, { shopId: await createShop(m, `Boutique ${i + 1}`, TRADES[i % TRADES.length]) }));
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

/** A slot `startInDays` after `now` (the API's clock: `api.clock.now()`), `hours` long. */
export function slot(now: Date, startInDays = 10, hours = 2): { startsAt: string; endsAt: string } {
  const start = new Date(now.getTime() + startInDays * DAY);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * HOUR).toISOString() };
}

/** Proposed by `client` for the shop, 10 days after the API's now unless `extra` says otherwise. */
export async function propose(
  api: TestApp,
  client: GraphqlClient,
  shopId: string,
  extra: Record<string, unknown> = {},
): Promise<Cashmob> {
  const input = {
    shopId,
    ...slot(api.clock.now()),
    meetingPoint: 'Devant la fontaine',
    message: 'Soutenons la boutique !',
    ...extra,
  };
  return (await client.ok<{ proposeCashmob: Cashmob }>(PROPOSE, { input })).proposeCashmob;
}

/** Moves the API's clock to `ms` after the instant `at` (and runs the jobs, as time passing would). */
export function advanceTo(api: TestApp, at: string | Date, ms = 0): Promise<Date> {
  return api.advanceClock(new Date(at).getTime() + ms - api.clock.nowMs());
}

export async function cashmob(client: GraphqlClient, id: string): Promise<Cashmob> {
  return (await client.ok<{ cashmob: Cashmob }>(CASHMOB, { id })).cashmob;
}

/** Proposed by the president for `host`'s shop and accepted by `host`: PUBLISHED, with its slug. */
export async function published(
  world: World,
  host: Member,
  extra: Record<string, unknown> = {},
): Promise<Cashmob & { slug: string }> {
  const proposed = await propose(world.api, world.president, host.shopId as string, extra);
  await host.ok(ACCEPT, { id: proposed.id });
  return (await cashmob(world.president, proposed.id)) as Cashmob & { slug: string };
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

export function signUpInput(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstName: 'Léa',
    email: uniqueEmail('lea'),
    intendedSpendCents: 1500,
    locale: 'FR',
    consent: true,
    ...extra,
  };
}

/** The manage token in the newest mail to `email`. */
export async function manageToken(api: TestApp, email: string): Promise<string> {
  const mail = (await api.mails()).find((m) => m.to === email && m.text.includes('/c/sign-up/'));
  const match = mail && /\/c\/sign-up\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no sign-up mail to ${email}`);
  return match[1];
}

export function jobs(api: TestApp): CashmobJobsService {
  return api.app.get(CashmobJobsService);
}
