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
  readIcs,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { ProjectsModule } from '@assoc/projects-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { CalendarModule } from '../index';

type Client = GraphqlClient & { membershipId: string };
const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

const CALENDAR = `query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to) {
  events { key kind id title startsAt endsAt day place shopCount path } conflicts { shopId shopName firstKey secondKey } } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id title place startsAt endsAt } }`;
const DELETE_MEETING = `mutation($id: ID!) { deleteMeeting(id: $id) }`;
const RENEW = `mutation { renewCalendarFeed { url createdAt } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;
const SINCE = `{ myCalendarFeedSince }`;

interface CalendarEventRow {
  key: string;
  kind: string;
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  day: string | null;
  place: string | null;
  shopCount: number;
  path: string;
}
interface Calendar {
  events: CalendarEventRow[];
  conflicts: { shopId: string; shopName: string; firstKey: string; secondKey: string }[];
}

/** A Saturday afternoon this many days after `now` (the API's clock), 14:00–17:00 UTC. */
function afternoon(now: Date, days: number, startHour = 14, hours = 3): { startsAt: string; endsAt: string } {
  const day = new Date(now.getTime() + days * DAY);
  day.setUTCHours(startHour, 0, 0, 0);
  return { startsAt: day.toISOString(), endsAt: new Date(day.getTime() + hours * HOUR).toISOString() };
}

async function shopOf(client: GraphqlClient, name: string): Promise<string> {
  const data = await client.ok<{ updateMyShop: { id: string } }>(
    `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`,
    {
      input: { name, trade: 'FOOD', address: '3 rue Baudrairie', postcode: '35500', town: 'Vitré', openingHours: [] },
    },
  );
  return data.updateMyShop.id;
}

describe('the association calendar: cashmobs, project milestones, meetings, shops booked twice, the iCal feed', () => {
  let api: TestApp;
  let president: Client;
  let baker: Client;
  let member: Client;
  let consultant: Client;
  let bakery: string;
  let projectId: string;
  let meetingId: string;
  let range: { from: string; to: string };

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
    const { membershipId } = await createAssociation(claire, 'Les Vitrines de Vitré');
    president = Object.assign(claire, { membershipId });
    baker = await joinedMember(api, president, 'MEMBER', 'Yann Boulanger');
    member = await joinedMember(api, president, 'MEMBER', 'Lucie Épicière');
    consultant = await joinedMember(api, president, 'CONSULTANT', 'Sophie Conseil');
    bakery = await shopOf(baker, 'Le Fournil du Château');
    await shopOf(member, 'Épicerie Fine');

    // Two cashmobs at the bakery on overlapping afternoons; one at the grocery.
    const propose = (shopId: string, slot: { startsAt: string; endsAt: string }) =>
      member.ok<{ proposeCashmob: { id: string } }>(
        `mutation($input: ProposeCashmobInput!) { proposeCashmob(input: $input) { id } }`,
        { input: { shopId, ...slot, meetingPoint: 'Place du Marchix', message: 'Venez !' } },
      );
    await propose(bakery, afternoon(api.clock.now(), 10));
    await propose(bakery, afternoon(api.clock.now(), 10, 16, 2));
    await president.ok(`mutation($input: ProposeCashmobInput!) { proposeCashmob(input: $input) { id } }`, {
      input: { shopId: bakery, ...afternoon(api.clock.now(), 20), meetingPoint: 'Place', message: 'x' },
    });

    // A project with a milestone, the consultant assigned to it.
    const project = await president.ok<{ createProject: { id: string } }>(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      {
        input: {
          title: 'Illuminations de Noël',
          category: 'DECORATION',
          budgetLines: [{ label: 'Guirlandes', quantity: 10, unitPriceCents: 5000, vatRateBp: 2000 }],
          splitRule: { kind: 'EQUAL' },
        },
      },
    );
    projectId = project.createProject.id;
    const day = new Date(api.clock.nowMs() + 12 * DAY).toISOString().slice(0, 10);
    await president.ok(`mutation($input: CreateProjectTaskInput!) { createProjectTask(input: $input) { id } }`, {
      input: { projectId, kind: 'MILESTONE', title: 'Pose des guirlandes', dueDate: day },
    });
    await president.ok(`mutation($input: CreateProjectTaskInput!) { createProjectTask(input: $input) { id } }`, {
      input: { projectId, kind: 'TASK', title: 'Un simple tâche', dueDate: day },
    });
    await president.ok(`mutation($p: ID!, $m: ID!) { assignConsultant(projectId: $p, membershipId: $m) { id } }`, {
      p: projectId,
      m: consultant.membershipId,
    });

    // A campaign days 19 to 22, the bakery's offer approved: it books the bakery during the third cashmob.
    const campaign = await president.ok<{ createCampaign: { id: string } }>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      {
        input: {
          title: 'Fête des vitrines',
          theme: 'Noël',
          enrolmentDeadline: new Date(api.clock.nowMs() + 5 * DAY).toISOString(),
          startsAt: new Date(api.clock.nowMs() + 19 * DAY).toISOString(),
          endsAt: new Date(api.clock.nowMs() + 22 * DAY).toISOString(),
          channels: 'BOTH',
        },
      },
    );
    await president.ok(`mutation($id: ID!) { publishCampaign(id: $id) { id } }`, { id: campaign.createCampaign.id });
    const offer = await baker.ok<{ enrolOffer: { id: string } }>(
      `mutation($input: EnrolOfferInput!) { enrolOffer(input: $input) { id } }`,
      {
        input: {
          campaignId: campaign.createCampaign.id,
          shopId: bakery,
          kind: 'PERCENT_OFF',
          percentOff: 10,
          conditions: 'Sur les galettes',
        },
      },
    );
    await president.ok(`mutation($input: ReviewOfferInput!) { reviewOffer(input: $input) { id } }`, {
      input: { id: offer.enrolOffer.id, approve: true },
    });

    meetingId = (
      await president.ok<{ createMeeting: { id: string } }>(CREATE_MEETING, {
        input: {
          title: 'Assemblée générale',
          place: 'Salle des fêtes',
          agenda: 'Bilan, vote du budget',
          ...afternoon(api.clock.now(), 15, 18, 2),
        },
      })
    ).createMeeting.id;
  }, 120_000);
  afterAll(() => api.close());

  const calendar = async (client: GraphqlClient) => (await client.ok<{ calendar: Calendar }>(CALENDAR, range)).calendar;

  it('shows every kind in order, milestones as whole days, and warns of the bakery booked twice', async () => {
    const { events, conflicts } = await calendar(member);
    expect(events.map((e) => [e.kind, e.title])).toEqual([
      ['CASHMOB', 'Le Fournil du Château'],
      ['CASHMOB', 'Le Fournil du Château'],
      ['MILESTONE', 'Pose des guirlandes — Illuminations de Noël'],
      ['MEETING', 'Assemblée générale'],
      ['CAMPAIGN', 'Fête des vitrines'],
      ['CASHMOB', 'Le Fournil du Château'],
    ]);
    // The shops each event books: a cashmob its host, the campaign the bakery with its approved offer.
    expect(events.map((e) => e.shopCount)).toEqual([1, 1, 0, 0, 1, 1]);
    const milestone = events[2];
    expect(milestone.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(milestone.path).toBe(`/projects/${projectId}`);
    expect(new Date(milestone.endsAt).getTime() - new Date(milestone.startsAt).getTime()).toBeGreaterThanOrEqual(
      23 * HOUR,
    );
    // The bakery is booked twice: two overlapping cashmobs, and a cashmob during the campaign it has an offer in.
    expect(conflicts).toEqual([
      { shopId: bakery, shopName: 'Le Fournil du Château', firstKey: events[0].key, secondKey: events[1].key },
      { shopId: bakery, shopName: 'Le Fournil du Château', firstKey: events[4].key, secondKey: events[5].key },
    ]);
  });

  it('shows a consultant only the milestones of their projects', async () => {
    const { events, conflicts } = await calendar(consultant);
    expect(events.map((e) => e.kind)).toEqual(['MILESTONE']);
    expect(conflicts).toEqual([]);
  });

  it('lets the president and board keep meetings; refuses bad input by field and changes nothing', async () => {
    expect(
      (await member.fails(CREATE_MEETING, { input: { title: 'Non', ...afternoon(api.clock.now(), 3) } })).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const bad = afternoon(api.clock.now(), 3);
    const fields = async (input: Record<string, unknown>) =>
      (await president.fails(CREATE_MEETING, { input })).extensions?.fields;
    expect(await fields({ title: 'Bureau', startsAt: bad.endsAt, endsAt: bad.startsAt })).toMatchObject([
      { field: 'endsAt', message: 'La fin doit suivre le début.' },
    ]);
    expect((await fields({ title: '', ...bad }))?.[0].field).toBe('title');
    // 31 April is not 1 May (new Date() rolled it over), nor is 24:00 the next day's midnight.
    const year = api.clock.now().getUTCFullYear() + 1;
    expect(
      await fields({
        title: 'Bureau',
        startsAt: `${year}-04-31T18:00:00+02:00`,
        endsAt: `${year}-05-01T20:00:00+02:00`,
      }),
    ).toMatchObject([{ field: 'startsAt', message: "Cette date n'existe pas (ex. 30 février, 31 avril ou 24 h 00)." }]);
    expect(
      await fields({
        title: 'Bureau',
        startsAt: `${year}-04-30T18:00:00+02:00`,
        endsAt: `${year}-04-30T24:00:00+02:00`,
      }),
    ).toMatchObject([{ field: 'endsAt', message: "Cette date n'existe pas (ex. 30 février, 31 avril ou 24 h 00)." }]);
    expect((await president.fails(CALENDAR, { from: range.to, to: range.from })).extensions?.fields?.[0].field).toBe(
      'to',
    );
    const tooLong = await president.fails(CALENDAR, {
      from: range.from,
      to: new Date(api.clock.nowMs() + 500 * DAY).toISOString(),
    });
    expect(tooLong.extensions?.fields).toMatchObject([{ field: 'to', message: 'La valeur doit être au plus 400.' }]);
    expect(tooLong.message).toBe('La valeur doit être au plus 400.');
    expect((await calendar(president)).events.filter((e) => e.kind === 'MEETING')).toHaveLength(1);
  });

  it('keeps another association out', async () => {
    const outsider = await signedUpClient(api, 'Autre Présidente');
    await createAssociation(outsider, 'Commerçants de Fougères');
    expect(await calendar(outsider)).toEqual({ events: [], conflicts: [] });
    expect((await outsider.fails(DELETE_MEETING, { id: meetingId })).extensions?.code).toBe('NOT_FOUND');
    const res = await outsider.fetch(
      `/api/calendar/events/MEETING/${meetingId}.ics?at=${encodeURIComponent(afternoon(api.clock.now(), 15, 18).startsAt)}`,
    );
    expect(res.status).toBe(404);
  });

  it('downloads one event as .ics', async () => {
    const res = await member.fetch(
      `/api/calendar/events/MEETING/${meetingId}.ics?at=${encodeURIComponent(afternoon(api.clock.now(), 15, 18).startsAt)}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="meeting-${meetingId}.ics"`);
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    const { events, stamps } = readIcs(await res.text());
    const [event] = events;
    // Stamped when it was made, by the API's clock, in UTC.
    expect(Math.abs(stamps[0].getTime() - api.clock.nowMs())).toBeLessThan(60_000);
    expect(event.summary).toBe('Assemblée générale');
    expect(event.location).toBe('Salle des fêtes');
    expect((await member.fetch(`/api/calendar/events/PARTY/${meetingId}.ics?at=x`)).status).toBe(400);
  });

  it('refuses an impossible, malformed or zone-less `at` with 400 naming it, in the member’s language', async () => {
    const refusal = async (at: string | null) => {
      const query = at === null ? '' : `?at=${encodeURIComponent(at)}`;
      const res = await member.fetch(`/api/calendar/events/MEETING/${meetingId}.ics${query}`);
      return { status: res.status, body: await res.json() };
    };
    // new Date() would roll 31 April over to 1 May, and read a time without offset in the server's zone.
    expect(await refusal('2026-04-31T10:00:00Z')).toMatchObject({
      status: 400,
      body: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'at', message: "Cette date n'existe pas (ex. 30 février, 31 avril ou 24 h 00)." }],
      },
    });
    for (const at of ['2026-12-24T18:00:00', '2026-12-24', 'demain', null])
      expect(await refusal(at)).toMatchObject({
        status: 400,
        body: {
          fields: [
            {
              field: 'at',
              message: 'Indiquez un instant au format ISO 8601 avec son fuseau (ex. 2026-12-24T18:00:00Z).',
            },
          ],
        },
      });
  });

  it('serves a private subscription feed that calendar apps read, renewable and revocable', async () => {
    expect(await member.ok(SINCE)).toEqual({ myCalendarFeedSince: null });
    const { url } = (await member.ok<{ renewCalendarFeed: { url: string } }>(RENEW)).renewCalendarFeed;
    expect(url).toMatch(/\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(url).pathname;
    const anonymous = api.client();
    const res = await anonymous.fetch(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBeNull();
    const events = parse(await res.text());
    expect(events.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        'Assemblée générale',
        'Pose des guirlandes — Illuminations de Noël',
        'Le Fournil du Château',
      ]),
    );
    expect(events).toHaveLength(6);
    expect(events.find((e) => e.summary.startsWith('Pose'))?.startDate.isDate).toBe(true);

    // The consultant's own feed reads as the consultant: the milestone only.
    const theirs = (await consultant.ok<{ renewCalendarFeed: { url: string } }>(RENEW)).renewCalendarFeed.url;
    expect(parse(await (await anonymous.fetch(new URL(theirs).pathname)).text()).map((e) => e.summary)).toEqual([
      'Pose des guirlandes — Illuminations de Noël',
    ]);

    // Renewing stops the old URL; revoking stops the new one.
    const renewed = (await member.ok<{ renewCalendarFeed: { url: string } }>(RENEW)).renewCalendarFeed.url;
    expect((await anonymous.fetch(path)).status).toBe(404);
    expect((await anonymous.fetch(new URL(renewed).pathname)).status).toBe(200);
    expect((await member.ok<{ myCalendarFeedSince: string | null }>(SINCE)).myCalendarFeedSince).not.toBeNull();
    expect(await member.ok(REVOKE)).toEqual({ revokeCalendarFeed: true });
    expect((await anonymous.fetch(new URL(renewed).pathname)).status).toBe(404);

    // A malformed token is refused as such, naming the field.
    const malformed = await anonymous.fetch('/api/calendar/feed/not-a-token.ics');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token' }] });
  });
});

/** Read as a calendar app would (ical.js), after the RFC 5545 form checks (CRLF, folding, UTC DTSTAMP). */
function parse(text: string) {
  return readIcs(text).events;
}
