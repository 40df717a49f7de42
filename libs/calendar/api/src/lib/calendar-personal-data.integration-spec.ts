import { AssociationsModule } from '@assoc/associations-api';
import { CashmobsModule } from '@assoc/cashmobs-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { DataPart, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { ProjectsModule } from '@assoc/projects-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { CalendarModule } from '../index';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { MeetingEntity } from './meeting.entity';

const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const RENEW = `mutation { renewCalendarFeed { url } }`;
const DAY = 24 * 3600 * 1000;

const rows = (part: DataPart, name: string) => {
  const found = part.sections.find((s) => s.name === name);
  if (!found) throw new Error(`no section ${name}`);
  for (const row of found.rows) expect(Object.keys(row).sort()).toEqual([...found.columns].sort());
  return found.rows;
};

describe('the personal data of the calendar (issue 25)', () => {
  let api: TestApp;
  let source: PersonalDataSource;
  let a: string;
  let b: string;
  let marie: Awaited<ReturnType<typeof joinedMember>>;
  let paul: Awaited<ReturnType<typeof joinedMember>>;
  let bernard: GraphqlClient;
  let president: GraphqlClient;
  let marieSubject: PersonSubject;
  const feeds: Record<string, string> = {};

  const meeting = (client: GraphqlClient, title: string) =>
    client.ok(CREATE_MEETING, {
      input: {
        title,
        place: 'Salle des fêtes',
        agenda: `Ordre du jour de ${title}`,
        startsAt: new Date(api.clock.nowMs() + 3 * DAY).toISOString(),
        endsAt: new Date(api.clock.nowMs() + 3 * DAY + 2 * 3600 * 1000).toISOString(),
      },
    });
  const feedPath = async (client: GraphqlClient) =>
    new URL((await client.ok<{ renewCalendarFeed: { url: string } }>(RENEW)).renewCalendarFeed.url).pathname;

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
    source = api.app
      .get(PersonalData)
      .sources()
      .find((s) => s.domain === 'calendar') as PersonalDataSource;
    president = await signedUpClient(api, 'Claire Président');
    a = (await createAssociation(president, 'Les Vitrines de Vitré')).associationId;
    marie = await joinedMember(api, president, 'BOARD', 'Marie Curieux');
    paul = await joinedMember(api, president, 'MEMBER', 'Paul Voisin');
    bernard = await signedUpClient(api, 'Bernard Ailleurs');
    b = (await createAssociation(bernard, 'Commerces de Fougères')).associationId;
    await meeting(marie, 'Bureau de décembre');
    await meeting(president, 'Assemblée générale');
    await meeting(bernard, 'Réunion à Fougères');
    feeds['marie'] = await feedPath(marie);
    feeds['paul'] = await feedPath(paul);
    feeds['bernard'] = await feedPath(bernard);
    marieSubject = {
      userId: marie.userId,
      associationIds: [a],
    };
  });
  afterAll(() => api.close());

  it('exports the person’s feeds (never the token) and the meetings they scheduled; nothing of others', async () => {
    const part = await source.exportPerson(marieSubject, api.dataSource.manager);
    expect(rows(part, 'calendar-feeds')).toEqual([
      { createdAt: expect.any(String), revokedAt: null, lastReadAt: null },
    ]);
    expect(rows(part, 'calendar-meetings')).toEqual([
      expect.objectContaining({ title: 'Bureau de décembre', agenda: 'Ordre du jour de Bureau de décembre' }),
    ]);
    expect(JSON.stringify(part)).not.toMatch(/Assemblée|Fougères|tokenHash/);
  });

  it('exports the association’s meetings with who scheduled them, nothing of another', async () => {
    const part = await source.exportAssociation(a, api.dataSource.manager);
    expect(
      rows(part, 'calendar-meetings')
        .map((m) => `${m['title']} (${m['scheduledBy']})`)
        .sort(),
    ).toEqual(['Assemblée générale (Claire Président)', 'Bureau de décembre (Marie Curieux)']);
    expect(JSON.stringify(part)).not.toMatch(/Fougères/);
  });

  it('erases the person: their feed URL stops working, others’ work, the meetings stay', async () => {
    const anonymous = api.client();
    expect((await anonymous.fetch(feeds['marie'])).status).toBe(200);
    await api.dataSource.transaction((manager) => source.erasePerson(marieSubject, manager));
    expect((await anonymous.fetch(feeds['marie'])).status).toBe(404);
    expect((await anonymous.fetch(feeds['paul'])).status).toBe(200);
    expect(await api.dataSource.manager.countBy(CalendarFeedEntity, { membershipId: marie.membershipId })).toBe(0);
    expect(await api.dataSource.manager.countBy(MeetingEntity, { associationId: a })).toBe(2);
  });

  it('erases an association’s feeds, and only that association’s; its meetings stay', async () => {
    await api.dataSource.transaction((manager) => source.eraseAssociation(b, manager));
    expect((await api.client().fetch(feeds['bernard'])).status).toBe(404);
    expect((await api.client().fetch(feeds['paul'])).status).toBe(200);
    expect(await api.dataSource.manager.countBy(MeetingEntity, { associationId: b })).toBe(1);
  });

  it('refuses a feed made while the account closes: no token of theirs survives the closing', async () => {
    const late = await joinedMember(api, president, 'MEMBER', 'Léa Tardive');
    const subject = {
      userId: late.userId,
      associationIds: [a],
    };
    const registry = api.app.get(PersonalData);
    const runner = api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      for (const domain of ['associations', 'calendar'])
        await registry
          .sources()
          .find((s) => s.domain === domain)
          ?.erasePerson(subject, runner.manager);
      const renewing = late.request(RENEW);
      // The renewal waits for the membership's row (a condition polled, not a sleep), unless answered at once.
      let answered = false;
      void renewing.finally(() => (answered = true));
      for (let waiting = 0; waiting < 1 && !answered;) {
        [{ waiting }] = await api.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      }
      expect(answered).toBe(false);
      await runner.commitTransaction();
      expect((await renewing).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await api.dataSource.manager.countBy(CalendarFeedEntity, { membershipId: late.membershipId })).toBe(0);
  });
});
