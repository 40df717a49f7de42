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
  await client.ok(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, { input: { email, password: DEMO_PASSWORD } });
  const viewer = await client.ok<{ viewer: { memberships: { association: { id: string } }[] } }>(`{ viewer { memberships { association { id } } } }`);
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
    const range = { from: new Date().toISOString(), to: new Date(Date.now() + 40 * DAY).toISOString() };
    const claire = await logIn(api, 'claire.martin@vitrines-vitre.fr');
    const events = (await claire.ok<{ calendar: { events: { kind: string; title: string }[] } }>(CALENDAR, range)).calendar.events;
    expect(events.map((e) => [e.kind, e.title])).toEqual([
      ['MEETING', 'Réunion de bureau'],
      ['CASHMOB', 'Librairie La Plume'],
      ['MILESTONE', 'Pose des guirlandes — Illuminations de Noël'],
    ]);
    // The consultant runs the lights project: she sees its milestone, not the association's meeting.
    const sophie = await logIn(api, 'sophie.durand@conseil-commerce.fr');
    expect((await sophie.ok<{ calendar: { events: { kind: string }[] } }>(CALENDAR, range)).calendar.events.map((e) => e.kind)).toEqual(['MILESTONE']);
  });

  it('opens the published cashmob to the public, and seeds once however often the API starts', async () => {
    const [{ slug }] = await api.dataSource.query(`SELECT slug FROM cashmobs`);
    const page = await api.client().ok<{ publicCashmob: { shopName: string; acceptsSignUps: boolean } }>(`query($slug: String!) { publicCashmob(slug: $slug) { shopName acceptsSignUps } }`, { slug });
    expect(page.publicCashmob).toEqual({ shopName: 'Librairie La Plume', acceptsSignUps: true });
    await api.app.get(DemoSeeder).onApplicationBootstrap();
    expect(await api.dataSource.query(`SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM meetings)::int AS meetings, (SELECT count(*) FROM projects)::int AS projects`)).toEqual([{ users: 16, meetings: 1, projects: 1 }]);
  });
});
