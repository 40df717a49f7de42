import { Module } from '@nestjs/common';
import { IdentityModule } from '@assoc/identity-api';
import { createTestApp, GraphqlClient, TestApp } from '@assoc/platform-testing';
import { DOMAIN_MODULES } from '../app.module';
import { DEMO_PASSWORD } from './demo-data';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [IdentityModule], providers: [DemoSeeder] })
class DemoModule {}

const DAY = 24 * 3600 * 1000;
const CALENDAR = `query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to) { events { kind title } } }`;

async function logIn(api: TestApp, email: string): Promise<GraphqlClient> {
  const client = api.client();
  await client.ok(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, {
    input: { email, password: DEMO_PASSWORD },
  });
  const viewer = await client.ok<{ viewer: { memberships: { association: { id: string } }[] } }>(
    `{ viewer { memberships { association { id } } } }`,
  );
  client.associationId = viewer.viewer.memberships[0].association.id;
  return client;
}

describe('the demo association a fresh install starts with', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([...DOMAIN_MODULES, DemoModule], { env: { SEED_DEMO: 'true' } });
  }, 120_000);
  afterAll(() => api.close());

  it('has something on the calendar: a board meeting, a published cashmob and a project milestone, each seen by whom it should', async () => {
    const range = { from: api.clock.now().toISOString(), to: new Date(api.clock.nowMs() + 40 * DAY).toISOString() };
    const claire = await logIn(api, 'claire.martin@vitrines-vitre.fr');
    const events = (await claire.ok<{ calendar: { events: { kind: string; title: string }[] } }>(CALENDAR, range))
      .calendar.events;
    expect(events.map((e) => [e.kind, e.title])).toEqual([
      ['MEETING', 'Réunion de bureau'],
      ['CASHMOB', 'Librairie La Plume'],
      ['MILESTONE', 'Pose des guirlandes — Illuminations de Noël'],
    ]);
    // The consultant runs the lights project: she sees its milestone, not the association's meeting.
    const sophie = await logIn(api, 'sophie.durand@conseil-commerce.fr');
    expect(
      (await sophie.ok<{ calendar: { events: { kind: string }[] } }>(CALENDAR, range)).calendar.events.map(
        (e) => e.kind,
      ),
    ).toEqual(['MILESTONE']);
  });

  it('starts with the president’s checklist done (settings saved, members there, projects under way), a shopkeeper’s still to do', async () => {
    const ONBOARDING = `{ onboarding { key done } }`;
    const claire = await logIn(api, 'claire.martin@vitrines-vitre.fr');
    expect((await claire.ok<{ onboarding: unknown[] }>(ONBOARDING)).onboarding).toEqual([]);
    const [{ saved }] = await api.dataSource.query(`SELECT "settingsSavedAt" IS NOT NULL AS saved FROM associations`);
    expect(saved).toBe(true);
    const yann = await logIn(api, 'yann.lebreton@vitrines-vitre.fr');
    const steps = (await yann.ok<{ onboarding: { key: string }[] }>(ONBOARDING)).onboarding.map((s) => s.key);
    expect(steps).toEqual(['shop', 'logo', 'feed']);
  });

  it('opens the published cashmob to the public, and seeds once however often the API starts', async () => {
    const [{ slug }] = await api.dataSource.query(`SELECT slug FROM cashmobs WHERE status = 'PUBLISHED'`);
    const page = await api
      .client()
      .ok<{ publicCashmob: { shopName: string; acceptsSignUps: boolean } }>(
        `query($slug: String!) { publicCashmob(slug: $slug) { shopName acceptsSignUps } }`,
        { slug },
      );
    expect(page.publicCashmob).toEqual({ shopName: 'Librairie La Plume', acceptsSignUps: true });
    await api.app.get(DemoSeeder).onApplicationBootstrap();
    expect(
      await api.dataSource.query(
        `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM meetings)::int AS meetings, (SELECT count(*) FROM projects)::int AS projects`,
      ),
    ).toEqual([{ users: 16, meetings: 1, projects: 3 }]); // the third: born from an idea of the ideas box
  });

  it('has a recent past for the impact dashboard: an autumn campaign, a cashmob with its result, a joint order', async () => {
    const claire = await logIn(api, 'claire.martin@vitrines-vitre.fr');
    const day = (offset: number) => new Date(api.clock.nowMs() + offset * DAY).toISOString().slice(0, 10);
    const { impactDashboard: d } = await claire.ok<{
      impactDashboard: {
        members: { total: number; joined: number };
        campaigns: { vouchers: number; redemptions: number; byShop: { shopName: string; vouchers: number }[] };
        cashmobs: { count: number; checkIns: number; revenueCents: number; upliftBp: number };
        projects: { pooledCents: number; savedCents: number };
      };
    }>(
      `query($period: ImpactPeriodInput!) { impactDashboard(period: $period) { members { total joined } campaigns { vouchers redemptions byShop { shopName vouchers } } cashmobs { count checkIns revenueCents upliftBp } projects { pooledCents savedCents } } }`,
      { period: { kind: 'CUSTOM', from: day(-70), to: day(0) } },
    );
    expect(d.members.total).toBe(16);
    expect(d.members.joined).toBeGreaterThan(0);
    expect(d.campaigns).toMatchObject({ vouchers: 18 + 14 + 9 + 7 + 5 + 3, redemptions: 11 + 9 + 6 + 3 + 2 + 1 });
    expect(d.campaigns.byShop[0]).toEqual({ shopName: 'Boulangerie Le Fournil du Château', vouchers: 18 });
    // 1,860 € against 720 €: +158.33 %.
    expect(d.cashmobs).toEqual({ count: 1, checkIns: 24, revenueCents: 186000, upliftBp: 15833 });
    // Seven shops at 252 € each, 475 € alone: 223 € saved each.
    expect(d.projects).toEqual({ pooledCents: 7 * 25200, savedCents: 7 * 22300 });
  });

  it('has a blog widget whose public data shows the cashmob, featured products and shops, and nothing personal', async () => {
    const [{ id }] = await api.dataSource.query(`SELECT id FROM widgets`);
    const response = await fetch(`${api.url}/api/public/widgets/${id}`);
    const text = await response.text();
    expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([200, '*']);
    const feed = JSON.parse(text) as {
      association: { name: string };
      sections: { kind: string; items: { name?: string; shop?: string; priceCents?: number }[] }[];
    };
    expect(feed.association.name).toBe('Les Vitrines de Vitré');
    // nine items shared fairly: the cashmob, then products and shops in turn
    expect(feed.sections.map((s) => [s.kind, s.items.length])).toEqual([
      ['CASHMOBS', 1],
      ['PRODUCTS', 4],
      ['SHOPS', 4],
    ]);
    expect(feed.sections[0].items.map((i) => i.shop)).toEqual(['Librairie La Plume']);
    expect(feed.sections[1].items.map((i) => [i.name, i.priceCents])).toEqual([
      ['Robe lin « Rachapt »', 11900],
      ['Kouign-amann', 450],
      ['Pain au levain de seigle', 380],
      ['Panier gourmand breton', 2850],
    ]);
    expect(text).not.toMatch(/@|Claire Martin|02 99/);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM featured_products`)).toEqual([{ n: 5 }]);
  });

  it('has a customer community: five customers on the board page, the join page under the association slug', async () => {
    const yann = await logIn(api, 'yann.lebreton@vitrines-vitre.fr');
    const { customers } = await yann.ok<{
      customers: { count: number; items: { cardCode: string; joinedFrom: string }[] };
    }>(`{ customers { count items { cardCode joinedFrom } } }`);
    expect(customers.count).toBe(5);
    expect(customers.items.map((c) => c.cardCode)).toContain('VTRE-0001');
    const join = await fetch(`${api.url}/communaute/vitrines-vitre/rejoindre`);
    expect(join.status).toBe(200);
    expect(await join.text()).toContain('Les Vitrines de Vitré');
  });

  it('has the town loyalty card running: the rule, three rewards, three shops taking it, the pot funded', async () => {
    const yann = await logIn(api, 'yann.lebreton@vitrines-vitre.fr');
    const { loyaltyProgramme } = await yann.ok<{
      loyaltyProgramme: {
        potAvailableCents: number;
        settings: { enabled: boolean };
        rewards: { label: string }[];
        shops: { name: string; inProgramme: boolean }[];
      };
    }>(`{ loyaltyProgramme { potAvailableCents settings { enabled } rewards { label } shops { name inProgramme } } }`);
    expect(loyaltyProgramme.settings.enabled).toBe(true);
    expect(loyaltyProgramme.rewards).toHaveLength(3);
    expect(loyaltyProgramme.shops.filter((s) => s.inProgramme).map((s) => s.name)).toEqual([
      'Boulangerie Le Fournil du Château',
      'Épicerie Fine Gautier',
      'Librairie La Plume',
    ]);
    // 200 € set aside, less a 5 € voucher when the demo has customers.
    expect([20_000, 19_500]).toContain(loyaltyProgramme.potAvailableCents);
  });

  it('has an ideas box with an idea in each state, one turned into a project, and a co-created product', async () => {
    const yann = await logIn(api, 'yann.lebreton@vitrines-vitre.fr');
    const { ideas } = await yann.ok<{
      ideas: { nodes: { title: string; status: string; adoptedAt: string | null; outcome: { kind: string } | null }[] };
    }>(`{ ideas(first: 20) { nodes { title status adoptedAt outcome { kind } } } }`);
    expect(new Set(ideas.nodes.map((i) => i.status))).toEqual(new Set(['OPEN', 'UNDER_STUDY', 'ACCEPTED', 'DECLINED']));
    expect(ideas.nodes.filter((i) => i.outcome).map((i) => [i.title, i.outcome?.kind])).toEqual([
      ['Un pain aux noix du pays de Vitré', 'PROJECT'],
    ]);
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM community_co_created_products`);
    expect(n).toBe(1);
    const [{ origin }] = await api.dataSource.query(
      `SELECT "originLabel" AS origin FROM projects WHERE "originLink" IS NOT NULL`,
    );
    expect(origin).toBe('Un pain aux noix du pays de Vitré');
    // The project is dated from the idea's adoption, 18 days ago; the co-created product is the association's
    // first featured product (by position, then creation).
    const [{ projectCreatedAt, adoptedAt }] = await api.dataSource.query(
      `SELECT p."createdAt" AS "projectCreatedAt", i."adoptedAt" AS "adoptedAt"
         FROM projects p JOIN community_ideas i ON i."projectId" = p.id`,
    );
    expect(projectCreatedAt).toEqual(adoptedAt);
    expect(Math.round((api.clock.nowMs() - projectCreatedAt.getTime()) / DAY)).toBe(18);
    const coCreated = await api.dataSource.query(
      `SELECT f.name, f.position FROM community_co_created_products c JOIN featured_products f ON f.id = c."productId"`,
    );
    expect(coCreated).toEqual([{ name: 'Kouign-amann', position: 0 }]);
  });
});
