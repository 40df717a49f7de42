import { AssociationsModule } from '@assoc/associations-api';
import { CashmobsModule } from '@assoc/cashmobs-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { NotificationsModule } from '@assoc/notifications-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  StatementCounter,
  TestApp,
} from '@assoc/platform-testing';
import { ProjectsModule } from '@assoc/projects-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { CalendarModule } from '../index';

const DAY = 24 * 3600 * 1000;

const CALENDAR = `query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to) {
  events { key kind title startsAt endsAt shopCount } conflicts { shopId shopName firstKey secondKey } } }`;

interface Calendar {
  events: { key: string; kind: string; title: string; startsAt: string; endsAt: string; shopCount: number }[];
  conflicts: { shopId: string; shopName: string; firstKey: string; secondKey: string }[];
}

/**
 * A campaign of hundreds of shops on the calendar: the month says how many shops it books and still
 * finds every shop booked twice (a cashmob during the campaign, two overlapping campaigns), and its
 * answer and statements do not grow with the campaign's shops, only with the clashes it shows.
 */
describe('the calendar of an association whose campaign books hundreds of shops', () => {
  let api: TestApp;
  let president: GraphqlClient & { membershipId: string };
  let shopkeeper: GraphqlClient;
  let associationId: string;
  let bakery: string;
  let florist: string;
  let feteId: string;
  let nocturnesId: string;
  let range: { from: string; to: string };

  const at = (days: number, hour = 0) => {
    const day = new Date(api.clock.nowMs() + days * DAY);
    day.setUTCHours(hour, 0, 0, 0);
    return day.toISOString();
  };

  async function shopOf(client: GraphqlClient, name: string): Promise<string> {
    const data = await client.ok<{ updateMyShop: { id: string } }>(
      `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`,
      {
        input: { name, trade: 'FOOD', address: '3 rue Baudrairie', postcode: '35500', town: 'Vitré', openingHours: [] },
      },
    );
    return data.updateMyShop.id;
  }

  async function campaign(title: string, startDay: number, endDay: number): Promise<string> {
    const made = await president.ok<{ createCampaign: { id: string } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      {
        input: {
          title,
          enrolmentDeadline: at(5, 12),
          startsAt: at(startDay, 8),
          endsAt: at(endDay, 19),
          channels: 'BOTH',
        },
      },
    );
    await president.ok(`mutation($id: ID!) { publishCampaign(id: $id) { id } }`, { id: made.createCampaign.id });
    return made.createCampaign.id;
  }

  async function approvedOffer(shopkeeper: GraphqlClient, campaignId: string, shopId: string): Promise<void> {
    const offer = await shopkeeper.ok<{ enrolOffer: { id: string } }>(
      `mutation($input: EnrolOfferInput!) { enrolOffer(input: $input) { id } }`,
      { input: { campaignId, shopId, kind: 'PERCENT_OFF', percentOff: 10, conditions: 'En boutique' } },
    );
    await president.ok(`mutation($input: ReviewOfferInput!) { reviewOffer(input: $input) { id } }`, {
      input: { id: offer.enrolOffer.id, approve: true },
    });
  }

  /**
   * `count` more shopkeepers, each with a shop and an approved offer in `campaignId`, written in bulk
   * (a fixture, as the growth benchmark's data: hundreds of sign-ups through the API would take minutes).
   */
  async function bulkShops(campaignId: string, count: number, prefix: string): Promise<string[]> {
    const rows: { id: string }[] = await api.dataSource.query(
      `WITH people AS (
         INSERT INTO users (email, name, "passwordHash")
         SELECT $3 || '-' || g || '@example.fr', 'Commerçant ' || g, 'x' FROM generate_series(1, $2::int) g RETURNING id
       ), members AS (
         INSERT INTO memberships ("associationId", "userId", role) SELECT $1, id, 'MEMBER' FROM people RETURNING id
       ), numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS i FROM members)
       INSERT INTO shops ("associationId", "membershipId", name, trade, address, postcode, town, description, "openingHours")
       SELECT $1, id, $3 || ' ' || lpad(i::text, 3, '0'), 'FOOD', i || ' rue du Marché', '35500', 'Vitré', '', '[]'::jsonb FROM numbered
       RETURNING id`,
      [associationId, count, prefix],
    );
    const ids = rows.map((r) => r.id);
    await offersFor(campaignId, ids, `${prefix}-${campaignId}`);
    return ids;
  }

  async function offersFor(campaignId: string, shopIds: string[], codeSeed: string): Promise<void> {
    await api.dataSource.query(
      `INSERT INTO campaign_offers ("associationId", "campaignId", "shopId", "ownerMembershipId", kind, "percentOff", status, code)
       SELECT $1, $2, s.id, s."membershipId", 'PERCENT_OFF', 10, 'APPROVED', md5($4 || s.id::text)
         FROM shops s WHERE s.id = ANY($3::uuid[])`,
      [associationId, campaignId, shopIds, codeSeed],
    );
  }

  const calendar = async () => (await president.ok<{ calendar: Calendar }>(CALENDAR, range)).calendar;

  beforeAll(async () => {
    api = await createTestApp([
      IdentityModule,
      AssociationsModule,
      DirectoryModule,
      NotificationsModule,
      ProjectsModule,
      CashmobsModule,
      PromotionsModule,
      CalendarModule,
    ]);
    range = { from: api.clock.now().toISOString(), to: new Date(api.clock.nowMs() + 40 * DAY).toISOString() };
    const claire = await signedUpClient(api, 'Claire Martin');
    const made = await createAssociation(claire, 'Les Vitrines de Vitré');
    president = Object.assign(claire, { membershipId: made.membershipId });
    associationId = made.associationId;
    const baker = await joinedMember(api, president, 'MEMBER', 'Yann Boulanger');
    const flowers = await joinedMember(api, president, 'MEMBER', 'Rose Fleuriste');
    shopkeeper = flowers;
    bakery = await shopOf(baker, 'Le Fournil du Château');
    florist = await shopOf(flowers, 'Fleurs de Vitré');

    // "Fête des vitrines" days 19 to 22 with the bakery and the florist; "Nocturnes" days 21 to 24
    // with the florist only; a cashmob at the bakery on day 20, another at the florist on day 30.
    feteId = await campaign('Fête des vitrines', 19, 22);
    nocturnesId = await campaign('Nocturnes', 21, 24);
    await approvedOffer(baker, feteId, bakery);
    await approvedOffer(flowers, feteId, florist);
    await approvedOffer(flowers, nocturnesId, florist);
    for (const [shopId, day] of [
      [bakery, 20],
      [florist, 30],
    ] as const)
      await flowers.ok(`mutation($input: ProposeCashmobInput!) { proposeCashmob(input: $input) { id } }`, {
        input: { shopId, startsAt: at(day, 14), endsAt: at(day, 17), meetingPoint: 'Place du Marchix', message: 'x' },
      });
  }, 120_000);
  afterAll(() => api.close());

  it('counts the campaign’s shops and finds the same clashes, in as many statements, with 400 more shops', async () => {
    const counter = new StatementCounter(api.dataSource);
    try {
      const small = await counter.measure(calendar);
      expect(small.result.events.map((e) => [e.kind, e.title, e.shopCount])).toEqual([
        ['CAMPAIGN', 'Fête des vitrines', 2],
        ['CASHMOB', 'Le Fournil du Château', 1],
        ['CAMPAIGN', 'Nocturnes', 1],
        ['CASHMOB', 'Fleurs de Vitré', 1],
      ]);
      const [fete, bakersCashmob, nocturnes] = small.result.events;
      expect(small.result.conflicts).toEqual([
        { shopId: bakery, shopName: 'Le Fournil du Château', firstKey: fete.key, secondKey: bakersCashmob.key },
        { shopId: florist, shopName: 'Fleurs de Vitré', firstKey: fete.key, secondKey: nocturnes.key },
      ]);

      await bulkShops(feteId, 400, 'Commerce');
      const large = await counter.measure(calendar);
      // The same answer but for the count: no shop's id travels for the 400 shops that clash with nothing.
      expect(large.result).toEqual({
        ...small.result,
        events: small.result.events.map((e) => (e.key === fete.key ? { ...e, shopCount: 402 } : e)),
      });
      expect(large.statements).toBe(small.statements);
    } finally {
      counter.restore();
    }
  });

  it('names every shop in two overlapping campaigns, however many', async () => {
    const inBoth = await bulkShops(feteId, 60, 'Boutique');
    await offersFor(nocturnesId, inBoth, 'nocturnes');
    const { events, conflicts } = await calendar();
    const [fete, , nocturnes] = events;
    expect([fete.shopCount, nocturnes.shopCount]).toEqual([462, 61]);
    const names = (await api.dataSource.query(`SELECT id, name FROM shops WHERE id = ANY($1::uuid[])`, [inBoth])) as {
      id: string;
      name: string;
    }[];
    expect(conflicts).toHaveLength(62);
    expect(conflicts.filter((c) => c.firstKey === fete.key && c.secondKey === nocturnes.key)).toHaveLength(61);
    expect(new Set(conflicts.map((c) => c.shopId))).toEqual(new Set([bakery, florist, ...inBoth]));
    for (const { id, name } of names) expect(conflicts.find((c) => c.shopId === id)?.shopName).toBe(name);
  });

  it('shows a draft campaign to the president only', async () => {
    const made = await president.ok<{ createCampaign: { id: string } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      {
        input: {
          title: 'Brouillon',
          enrolmentDeadline: at(5, 12),
          startsAt: at(25, 8),
          endsAt: at(27, 19),
          channels: 'BOTH',
        },
      },
    );
    expect(made.createCampaign.id).toBeTruthy();
    const titles = (c: Calendar) => c.events.filter((e) => e.kind === 'CAMPAIGN').map((e) => [e.title, e.shopCount]);
    expect(titles(await calendar())).toEqual([
      ['Fête des vitrines', 462],
      ['Nocturnes', 61],
      ['Brouillon', 0],
    ]);
    expect(titles((await shopkeeper.ok<{ calendar: Calendar }>(CALENDAR, range)).calendar)).toEqual([
      ['Fête des vitrines', 462],
      ['Nocturnes', 61],
    ]);
  });
});
