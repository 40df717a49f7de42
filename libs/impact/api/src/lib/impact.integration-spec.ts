import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { ProjectsModule } from '@assoc/projects-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  readPdf,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { ImpactModule } from '../index';
import { ImpactDashboardModel } from './impact.models';

/**
 * The dashboard's figures against hand-computed ones. The records are written straight into the
 * tables with chosen times in March 2026 (Europe/Paris), so every figure below can be worked out by
 * hand; the flows that create them are tested in their own domains.
 */
const DASHBOARD = `query($period: ImpactPeriodInput!) { impactDashboard(period: $period) {
  period { fromDay toDay bucket start end }
  members { total joined left active }
  projects { byStatus { status count } created fundedCount participations pooledCents savedCents byMember { name shopName pooledCents savedCents } }
  campaigns { campaigns vouchers redemptions basketCents byShop { shopName vouchers redemptions basketCents } }
  cashmobs { count participants checkIns revenueCents upliftBp }
  network { posts comments reactions }
  series { day members activeMembers posts comments reactions vouchers redemptions } } }`;
const SHOP = `query($period: ImpactPeriodInput!) { shopImpact(period: $period) { shopName comparedShops figures { metric own median } } }`;
const MARCH = { period: { kind: 'MONTH', from: '2026-03-15' } };

type Person = GraphqlClient & { membershipId: string; shopId?: string };

interface World {
  associationId: string;
  president: Person;
  board: Person;
  shops: Person[];
}

async function shopkeeper(api: TestApp, president: GraphqlClient, name: string, shopName: string): Promise<Person> {
  const member = await joinedMember(api, president, 'MEMBER', name);
  const { updateMyShop } = await member.ok<{ updateMyShop: { id: string } }>(
    `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`,
    {
      input: {
        name: shopName,
        trade: 'FOOD',
        address: '3 rue Baudrairie',
        postcode: '35500',
        town: 'Vitré',
        openingHours: [],
      },
    },
  );
  return Object.assign(member, { shopId: updateMyShop.id });
}

async function world(api: TestApp, name: string, shopCount: number): Promise<World> {
  const president = await signedUpClient(api, `Présidente ${name}`);
  const { associationId, membershipId } = await createAssociation(president, name);
  const board = await joinedMember(api, president, 'BOARD', `Bureau ${name}`);
  const shops: Person[] = [];
  for (let i = 1; i <= shopCount; i++)
    shops.push(await shopkeeper(api, president, `Commerçant ${i} ${name}`, `${name} boutique ${i}`));
  return { associationId, president: Object.assign(president, { membershipId }), board, shops };
}

/** Writes records with chosen times. */
class Records {
  private n = 0;
  constructor(
    private readonly api: TestApp,
    private readonly associationId: string,
  ) {}

  private q<T = { id: string }[]>(sql: string, params: unknown[]): Promise<T> {
    return this.api.dataSource.query(sql, params);
  }

  async post(author: string, at: string): Promise<string> {
    const [{ id }] = await this.q(
      `INSERT INTO posts ("associationId", "authorMembershipId", text, "createdAt") VALUES ($1, $2, 'Bonjour', $3) RETURNING id`,
      [this.associationId, author, at],
    );
    return id;
  }

  async comment(postId: string, author: string, at: string, deleted = false): Promise<void> {
    await this.q(
      `INSERT INTO comments ("associationId", "postId", "authorMembershipId", text, "createdAt", "deletedAt") VALUES ($1, $2, $3, 'Oui', $4, $5)`,
      [this.associationId, postId, author, at, deleted ? at : null],
    );
  }

  async reaction(postId: string, member: string, at: string): Promise<void> {
    await this.q(
      `INSERT INTO post_reactions ("associationId", "postId", "membershipId", emoji, "createdAt") VALUES ($1, $2, $3, 'HEART', $4)`,
      [this.associationId, postId, member, at],
    );
  }

  /** A project with one budget line (solo price per participant) and frozen shares. */
  async project(
    status: string,
    author: string,
    at: string,
    frozenAt: string | null,
    shares: [string, number][],
    soloCents: number,
  ): Promise<void> {
    const [{ id }] = await this.q(
      `INSERT INTO projects ("associationId", title, category, status, "splitRule", "authorMembershipId", "createdAt", "frozenAt") VALUES ($1, 'Affiches', 'COMMUNICATION', $2, '{"kind":"EQUAL"}', $3, $4, $5) RETURNING id`,
      [this.associationId, status, author, at, frozenAt],
    );
    await this.q(
      `INSERT INTO project_budget_lines ("associationId", "projectId", position, label, quantity, "unitPriceCents", "vatRateBp", "soloPriceCents") VALUES ($1, $2, 0, 'Affiches', 1, 1, 0, $3)`,
      [this.associationId, id, soloCents],
    );
    for (const [membershipId, cents] of shares) {
      await this.q(
        `INSERT INTO project_participants ("associationId", "projectId", "membershipId", "shareCents", "createdAt") VALUES ($1, $2, $3, $4, $5)`,
        [this.associationId, id, membershipId, cents, at],
      );
    }
  }

  async campaign(author: string, status: string, startsAt: string, endsAt: string): Promise<string> {
    const [{ id }] = await this.q(
      `INSERT INTO campaigns ("associationId", "createdByMembershipId", title, "startsAt", "endsAt", "enrolmentDeadline", channels, status, slug, "createdAt") VALUES ($1, $2, 'Printemps', $3, $4, $3, 'BOTH', $5, $6, $3) RETURNING id`,
      [this.associationId, author, startsAt, endsAt, status, `printemps-${this.associationId.slice(0, 8)}-${++this.n}`],
    );
    return id;
  }

  async offer(campaignId: string, shop: Person, at: string): Promise<string> {
    const [{ id }] = await this.q(
      `INSERT INTO campaign_offers ("associationId", "campaignId", "shopId", "ownerMembershipId", kind, "percentOff", status, code, "createdAt") VALUES ($1, $2, $3, $4, 'PERCENT_OFF', 10, 'APPROVED', $5, $6) RETURNING id`,
      [
        this.associationId,
        campaignId,
        shop.shopId,
        shop.membershipId,
        `CODE${this.associationId.slice(0, 4)}${++this.n}`,
        at,
      ],
    );
    return id;
  }

  async vouchers(campaignId: string, offerId: string, shop: Person, times: string[]): Promise<void> {
    for (const at of times) {
      await this.q(
        `INSERT INTO campaign_vouchers ("associationId", "campaignId", "offerId", "shopId", code, "createdAt") VALUES ($1, $2, $3, $4, $5, $6)`,
        [this.associationId, campaignId, offerId, shop.shopId, `V${this.associationId.slice(0, 6)}${++this.n}`, at],
      );
    }
  }

  async redemption(
    campaignId: string,
    offerId: string,
    shop: Person,
    at: string,
    basketCents: number | null,
  ): Promise<void> {
    await this.q(
      `INSERT INTO campaign_redemptions ("associationId", "campaignId", "offerId", "shopId", "membershipId", "basketCents", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [this.associationId, campaignId, offerId, shop.shopId, shop.membershipId, basketCents, at],
    );
  }

  /** A cashmob at `shop`, with `confirmed` sign-ups of which `checkedIn` came, plus `walkIns`. */
  async cashmob(
    shop: Person,
    organiser: string,
    status: string,
    startsAt: string,
    confirmed: number,
    checkedIn: number,
    walkIns: number,
    revenueCents: number | null,
    ordinaryRevenueCents: number | null,
  ): Promise<void> {
    const ends = new Date(new Date(startsAt).getTime() + 2 * 3600_000).toISOString();
    const [{ id }] = await this.q(
      `INSERT INTO cashmobs ("associationId", "shopId", "hostMembershipId", "organiserMembershipId", status, "startsAt", "endsAt", "meetingPoint", "spendMinCents", "spendMaxCents", slug, "revenueCents", "ordinaryRevenueCents", "createdAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'Place', 1000, 3000, $8, $9, $10, $6::timestamptz - interval '20 days') RETURNING id`,
      [
        this.associationId,
        shop.shopId,
        shop.membershipId,
        organiser,
        status,
        startsAt,
        ends,
        `cm-${this.associationId.slice(0, 8)}-${++this.n}`,
        revenueCents,
        ordinaryRevenueCents,
      ],
    );
    for (let i = 0; i < confirmed + walkIns; i++) {
      const walkIn = i >= confirmed;
      await this.q(
        `INSERT INTO cashmob_sign_ups ("associationId", "cashmobId", status, position, locale, "walkIn", "checkedInAt") VALUES ($1, $2, 'CONFIRMED', $3, 'FR', $4, $5)`,
        [this.associationId, id, i + 1, walkIn, walkIn || i < checkedIn ? startsAt : null],
      );
    }
  }
}

describe('the impact dashboard, against figures worked out by hand', () => {
  let api: TestApp;
  let vitre: World;
  let fougeres: World;

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, DirectoryModule, ProjectsModule, ImpactModule]);
    vitre = await world(api, 'Vitré', 5);
    fougeres = await world(api, 'Fougères', 1);
    const [s1, s2, s3, s4] = vitre.shops;
    const p = vitre.president.membershipId;

    // Members: everyone joined on 10 January; shop 5's owner left on 20 March; one person joined on 5 March.
    await api.dataSource.query(
      `UPDATE memberships SET "createdAt" = '2026-01-10T09:00:00Z' WHERE "associationId" = $1`,
      [vitre.associationId],
    );
    const late = await joinedMember(api, vitre.president, 'MEMBER', 'Nouvelle Adhérente');
    await api.dataSource.query(`UPDATE memberships SET "createdAt" = '2026-03-05T09:00:00Z' WHERE id = $1`, [
      late.membershipId,
    ]);
    await api.dataSource.query(`UPDATE memberships SET "removedAt" = '2026-03-20T09:00:00Z' WHERE id = $1`, [
      vitre.shops[4].membershipId,
    ]);

    const r = new Records(api, vitre.associationId);
    // Network: 2 posts (1 March by the president, 2 March by shop 1); 3 comments of which 1 deleted; 2 reactions;
    // a post on 31 March at 23:30 Paris (21:30 UTC) is in March; one on 1 April 00:30 Paris (31 March 22:30 UTC) is not.
    const post = await r.post(p, '2026-03-01T10:00:00Z');
    await r.post(s1.membershipId, '2026-03-02T10:00:00Z');
    await r.comment(post, s2.membershipId, '2026-03-02T11:00:00Z');
    await r.comment(post, s3.membershipId, '2026-03-03T11:00:00Z');
    await r.comment(post, s4.membershipId, '2026-03-03T12:00:00Z', true);
    await r.reaction(post, s2.membershipId, '2026-03-02T12:00:00Z');
    await r.reaction(post, late.membershipId, '2026-03-06T12:00:00Z');
    await r.post(s1.membershipId, '2026-03-31T21:30:00Z');
    await r.post(s1.membershipId, '2026-03-31T22:30:00Z');
    await r.post(p, '2026-02-27T10:00:00Z');

    // Projects: posters funded on 12 March, 3 shares of 60 € each, 120 € alone → 180 € pooled, 180 € saved;
    // flyers funded on 20 March, shops 1 and 2 at 42 € each, 50 € alone → 84 € pooled, 16 € saved;
    // one funded in February (not in March), one rejected and one draft created in March.
    await r.project(
      'FUNDED',
      p,
      '2026-03-01T09:00:00Z',
      '2026-03-12T09:00:00Z',
      [
        [s1.membershipId, 6000],
        [s2.membershipId, 6000],
        [s3.membershipId, 6000],
      ],
      12000,
    );
    await r.project(
      'ACTIVE',
      p,
      '2026-03-02T09:00:00Z',
      '2026-03-20T09:00:00Z',
      [
        [s1.membershipId, 4200],
        [s2.membershipId, 4200],
      ],
      5000,
    );
    await r.project('CLOSED', p, '2026-02-01T09:00:00Z', '2026-02-10T09:00:00Z', [[s1.membershipId, 99900]], 199900);
    await r.project('REJECTED', p, '2026-03-04T09:00:00Z', null, [], 0);
    await r.project('DRAFT', s4.membershipId, '2026-03-05T09:00:00Z', null, [], 0);

    // Campaign running 10–20 March: shop 1 gets 3 vouchers (1 claimed in April), 2 redemptions (30 € + 20 €);
    // shop 2 gets 1 voucher and 1 redemption without a basket. A draft campaign does not count.
    const spring = await r.campaign(p, 'FINISHED', '2026-03-10T08:00:00Z', '2026-03-20T20:00:00Z');
    await r.campaign(p, 'DRAFT', '2026-03-10T08:00:00Z', '2026-03-20T20:00:00Z');
    const o1 = await r.offer(spring, s1, '2026-03-08T09:00:00Z');
    const o2 = await r.offer(spring, s2, '2026-03-08T10:00:00Z');
    await r.vouchers(spring, o1, s1, ['2026-03-10T09:00:00Z', '2026-03-11T09:00:00Z', '2026-04-02T09:00:00Z']);
    await r.vouchers(spring, o1, s1, ['2026-03-11T10:00:00Z']);
    await r.vouchers(spring, o2, s2, ['2026-03-12T09:00:00Z']);
    await r.redemption(spring, o1, s1, '2026-03-11T15:00:00Z', 3000);
    await r.redemption(spring, o1, s1, '2026-03-12T15:00:00Z', 2000);
    await r.redemption(spring, o2, s2, '2026-03-13T15:00:00Z', null);

    // Cashmobs in March: at shop 3, 10 confirmed, 8 came + 2 walk-ins, 600 € against 400 € ordinarily;
    // at shop 4, 5 confirmed, 5 came, 300 € against 200 €; one at shop 1 without an ordinary figure (250 €);
    // a cancelled one and one in April do not count.
    await r.cashmob(s3, s1.membershipId, 'COMPLETED', '2026-03-14T14:00:00Z', 10, 8, 2, 60000, 40000);
    await r.cashmob(s4, p, 'COMPLETED', '2026-03-21T14:00:00Z', 5, 5, 0, 30000, 20000);
    await r.cashmob(s1, p, 'COMPLETED', '2026-03-28T14:00:00Z', 3, 3, 0, 25000, null);
    await r.cashmob(s2, p, 'CANCELLED', '2026-03-22T14:00:00Z', 4, 0, 0, null, null);
    await r.cashmob(s2, p, 'PUBLISHED', '2026-04-04T13:00:00Z', 6, 0, 0, null, null);

    // Fougères, another association, has its own March: none of it may show in Vitré.
    const other = new Records(api, fougeres.associationId);
    const [f1] = fougeres.shops;
    await other.post(fougeres.president.membershipId, '2026-03-05T10:00:00Z');
    const winter = await other.campaign(
      fougeres.president.membershipId,
      'RUNNING',
      '2026-03-01T08:00:00Z',
      '2026-03-30T20:00:00Z',
    );
    const fo = await other.offer(winter, f1, '2026-03-02T09:00:00Z');
    await other.vouchers(winter, fo, f1, ['2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z']);
    await other.redemption(winter, fo, f1, '2026-03-04T09:00:00Z', 99999);
    await other.cashmob(
      f1,
      fougeres.president.membershipId,
      'COMPLETED',
      '2026-03-14T14:00:00Z',
      7,
      7,
      0,
      70000,
      10000,
    );
    await other.project(
      'FUNDED',
      fougeres.president.membershipId,
      '2026-03-01T09:00:00Z',
      '2026-03-12T09:00:00Z',
      [[f1.membershipId, 777700]],
      999900,
    );
  }, 180_000);
  afterAll(() => api?.close());

  const dashboard = async (client: GraphqlClient, variables: Record<string, unknown> = MARCH) =>
    (await client.ok<{ impactDashboard: ImpactDashboardModel }>(DASHBOARD, variables)).impactDashboard;

  it('counts members, activity and the network over March in Paris time', async () => {
    const d = await dashboard(vitre.board);
    expect(d.period).toEqual({
      fromDay: '2026-03-01',
      toDay: '2026-03-31',
      bucket: 'DAY',
      start: '2026-02-28T23:00:00.000Z',
      end: '2026-03-31T22:00:00.000Z',
    });
    // 1 president + 1 board + 5 shopkeepers + 1 newcomer = 8 members in March; shop 5's owner left: 7 at the end.
    expect(d.members).toEqual({ total: 7, joined: 1, left: 1, active: expect.any(Number) });
    // Active: president (posts, projects, campaign), shops 1–3 (posts, comments, reactions, offers, redemptions, cashmobs), shop 4 (a draft project; its comment was deleted), the newcomer (a reaction).
    expect(d.members.active).toBe(6);
    expect(d.network).toEqual({ posts: 3, comments: 2, reactions: 2 });
    expect(d.series).toHaveLength(31);
    const on = (day: string) => d.series.find((p) => p.day === day);
    expect(on('2026-03-01')).toMatchObject({ members: 7, posts: 1 });
    expect(on('2026-03-02')).toMatchObject({ posts: 1, comments: 1, reactions: 1, activeMembers: 3 });
    expect(on('2026-03-05')).toMatchObject({ members: 8 });
    expect(on('2026-03-11')).toMatchObject({ vouchers: 2, redemptions: 1 });
    expect(on('2026-03-20')).toMatchObject({ members: 7 });
    expect(on('2026-03-31')).toMatchObject({ posts: 1 });
  });

  it('adds up projects pooled and saved against going alone, per member', async () => {
    const { projects } = await dashboard(vitre.president);
    expect(projects).toMatchObject({
      created: 4,
      fundedCount: 2,
      participations: 5,
      pooledCents: 18000 + 8400,
      savedCents: 3 * 6000 + 2 * 800,
    });
    expect(projects.byStatus).toEqual([
      { status: 'DRAFT', count: 1 },
      { status: 'REJECTED', count: 1 },
      { status: 'FUNDED', count: 1 },
      { status: 'ACTIVE', count: 1 },
    ]); // in the order of a project's life
    expect(projects.byMember[0]).toEqual({
      name: 'Commerçant 1 Vitré',
      shopName: 'Vitré boutique 1',
      pooledCents: 10200,
      savedCents: 6800,
    });
    expect(projects.byMember).toHaveLength(3);
  });

  it('counts campaign vouchers, redemptions and baskets per shop', async () => {
    const { campaigns } = await dashboard(vitre.president);
    expect(campaigns).toEqual({
      campaigns: 1,
      vouchers: 4,
      redemptions: 3,
      basketCents: 5000,
      byShop: [
        { shopName: 'Vitré boutique 1', vouchers: 3, redemptions: 2, basketCents: 5000 },
        { shopName: 'Vitré boutique 2', vouchers: 1, redemptions: 1, basketCents: 0 },
      ],
    });
  });

  it('counts cashmobs, participants, check-ins, revenue and the combined uplift', async () => {
    const { cashmobs } = await dashboard(vitre.president);
    // (600 + 300 − 400 − 200) ÷ 600 = +50 %: the cashmob without an ordinary revenue is left out of the uplift only.
    expect(cashmobs).toEqual({ count: 3, participants: 18, checkIns: 18, revenueCents: 115000, upliftBp: 5000 });
  });

  it('shows a shopkeeper their own shop against the median, never another shop', async () => {
    const [s1, , s3] = vitre.shops;
    const mine = (
      await s1.ok<{
        shopImpact: {
          shopName: string;
          comparedShops: number;
          figures: { metric: string; own: number; median: number | null }[];
        };
      }>(SHOP, MARCH)
    ).shopImpact;
    expect(mine.shopName).toBe('Vitré boutique 1');
    // Shops 1–4 remain (shop 5's owner left): vouchers 3,1,0,0 → median (0+1)/2 rounded = 1.
    expect(mine.comparedShops).toBe(4);
    expect(mine.figures.every((f) => f.median === null)).toBe(true);
    const figure = (metric: string) => mine.figures.find((f) => f.metric === metric);
    expect(figure('VOUCHERS')?.own).toBe(3);
    expect(figure('POOLED_CENTS')?.own).toBe(10200);
    expect(figure('CASHMOB_REVENUE_CENTS')?.own).toBe(25000);

    // A fifth shop opens: now the medians show.
    await shopkeeper(api, vitre.president, 'Commerçant 6', 'Vitré boutique 6');
    const again = (
      await s3.ok<{
        shopImpact: { comparedShops: number; figures: { metric: string; own: number; median: number | null }[] };
      }>(SHOP, MARCH)
    ).shopImpact;
    expect(again.comparedShops).toBe(5);
    const f = (metric: string) => again.figures.find((x) => x.metric === metric);
    // Cashmob revenue per shop: 25000, 0, 60000, 30000, 0 → median 25000; shop 3's own 60000.
    expect(f('CASHMOB_REVENUE_CENTS')).toEqual({ metric: 'CASHMOB_REVENUE_CENTS', own: 60000, median: 25000 });
    // Saved: 6800, 6800, 6000, 0, 0 → median 6000.
    expect(f('SAVED_CENTS')).toEqual({ metric: 'SAVED_CENTS', own: 6000, median: 6000 });
    expect(f('VOUCHERS')).toEqual({ metric: 'VOUCHERS', own: 0, median: 0 });

    // The president has no shop: no shop figures, and a member cannot read the association's dashboard.
    expect((await vitre.president.ok<{ shopImpact: null }>(SHOP, MARCH)).shopImpact).toBeNull();
    expect((await s1.fails(DASHBOARD, MARCH)).extensions?.code).toBe('FORBIDDEN');
  });

  it('shows another association none of these figures, and only its own', async () => {
    const d = await dashboard(fougeres.president);
    expect(d.campaigns).toEqual({
      campaigns: 1,
      vouchers: 2,
      redemptions: 1,
      basketCents: 99999,
      byShop: [{ shopName: 'Fougères boutique 1', vouchers: 2, redemptions: 1, basketCents: 99999 }],
    });
    expect(d.cashmobs).toEqual({ count: 1, participants: 7, checkIns: 7, revenueCents: 70000, upliftBp: 60000 });
    expect(d.network).toEqual({ posts: 1, comments: 0, reactions: 0 });
    expect(d.projects).toMatchObject({ fundedCount: 1, pooledCents: 777700, savedCents: 999900 - 777700 });
    expect(d.projects.byMember.map((m) => m.name)).toEqual(['Commerçant 1 Fougères']);
    const vitreAgain = await dashboard(vitre.president);
    expect(JSON.stringify(vitreAgain)).not.toContain('Fougères');
  });

  it('refuses bad periods with the field and the reason, in CSV and PDF too', async () => {
    const bad = await vitre.president.fails(DASHBOARD, {
      period: { kind: 'CUSTOM', from: '2026-03-10', to: '2026-03-01' },
    });
    expect(bad.extensions?.fields?.[0]).toMatchObject({ field: 'to', message: 'La fin doit suivre le début.' });
    expect(
      (await vitre.president.fails(DASHBOARD, { period: { kind: 'MONTH', from: '10/03/2026' } })).extensions
        ?.fields?.[0],
    ).toMatchObject({ field: 'from', message: 'Indiquez une date au format aaaa-mm-jj.' });
    const csv = await vitre.president.fetch('/api/impact/dashboard.csv?kind=CUSTOM&from=2026-03-10&to=2026-03-01');
    expect(csv.status).toBe(400);
  });

  it('exports the same figures as CSV and a one-page PDF, for the board only', async () => {
    const csv = await vitre.board.fetch('/api/impact/dashboard.csv?kind=MONTH&from=2026-03-01&locale=fr');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="impact-2026-03-01-2026-03-31.csv"');
    const text = await csv.text();
    expect(text).toContain('Temps forts;Bons retirés;;4');
    expect(text).toContain('Projets communs;Économisé par rapport à seul;;196,00');
    expect(text).toContain('Cashmobs;Hausse par rapport à un jour ordinaire (%);;50,00');
    expect(text).not.toContain('Fougères');

    const pdf = await vitre.president.fetch('/api/impact/summary.pdf?kind=MONTH&from=2026-03-01&locale=en');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('inline; filename="impact-report-2026-03-01-2026-03-31.pdf"');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const en = await readPdf(bytes);
    expect(en.text).toContain('from 1 March 2026 to 31 March 2026');
    expect(en.language).toBe('en-GB');
    // French: the first of the month is "1er", nouns agree with their number, every font is embedded.
    const fr = await readPdf(
      Buffer.from(
        await (
          await vitre.president.fetch('/api/impact/summary.pdf?kind=MONTH&from=2026-03-01&locale=fr')
        ).arrayBuffer(),
      ),
    );
    expect(fr.text).toContain('du 1er mars 2026 au 31 mars 2026');
    const frText = fr.text.replace(/[ \t\r\n]+/g, ' ');
    expect(frText).toContain('4 bons retirés');
    expect(frText).toContain('1 arrivé ');
    expect(fr.info).toMatchObject({ Title: "Bilan d'impact — Vitré", Author: 'Vitré' });
    expect(fr.language).toBe('fr-FR');
    expect(fr.fonts.filter((f) => !f.embedded)).toEqual([]);

    expect((await vitre.shops[0].fetch('/api/impact/summary.pdf?kind=MONTH&from=2026-03-01')).status).toBe(403);
  });
});
