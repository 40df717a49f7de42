/**
 * Control characters (issue 14, finding 8): a NUL in any text a caller sends used to reach
 * PostgreSQL and come back as INTERNAL_SERVER_ERROR. It is now a field error naming the field, in
 * the caller's language, and nothing changes; tabs and line breaks stay allowed in prose.
 */
import { createAssociation, createTestApp, GraphqlClient, signedUpClient, TestApp } from '@assoc/platform-testing';
import { DOMAIN_MODULES } from './app.module';

const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id title agenda } }`;
const MEETINGS = `{ calendar(from: "2026-12-01T00:00:00Z", to: "2026-12-31T00:00:00Z") { events { title } } }`;

describe('control characters in what a caller sends', () => {
  let api: TestApp;
  let president: GraphqlClient;
  const startsAt = new Date(Date.UTC(2026, 11, 20, 17)).toISOString();
  const endsAt = new Date(Date.UTC(2026, 11, 20, 19)).toISOString();

  beforeAll(async () => {
    api = await createTestApp(DOMAIN_MODULES);
    president = await signedUpClient(api, 'Claire Martin');
    await createAssociation(president);
  });
  afterAll(() => api.close());

  it('refuses a NUL in a search, naming the argument, in French and in English', async () => {
    for (const [query, field] of [
      [`{ directory(search: "Plu\\u0000me") { totalCount } }`, 'search'],
      [`{ search(query: "vitrine\\u0000") { id } }`, 'query'],
    ]) {
      const error = await president.fails(query);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields).toMatchObject([
        { field, message: 'Ce champ contient un caractère invisible non autorisé (caractère de contrôle).' },
      ]);
    }
    await president.ok(`mutation { setLocale(locale: EN) { locale } }`);
    const english = await president.fails(`{ directory(search: "a\\u0000") { totalCount } }`);
    expect(english.extensions?.fields).toMatchObject([
      {
        field: 'search',
        message: 'This field contains an invisible character that is not allowed (a control character).',
      },
    ]);
    await president.ok(`mutation { setLocale(locale: FR) { locale } }`);
  });

  it('refuses a control character in an input field and saves nothing; tabs and line breaks are fine', async () => {
    const error = await president.fails(CREATE_MEETING, {
      input: { title: 'Assemblée\u0000 générale', startsAt, endsAt },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toMatchObject([
      { field: 'title', message: 'Ce champ contient un caractère invisible non autorisé (caractère de contrôle).' },
    ]);
    const bell = await president.fails(CREATE_MEETING, {
      input: { title: 'Bureau', agenda: 'Point 1\u0007', startsAt, endsAt },
    });
    expect(bell.extensions?.fields).toMatchObject([expect.objectContaining({ field: 'agenda' })]);
    expect((await president.ok<{ calendar: { events: unknown[] } }>(MEETINGS)).calendar.events).toEqual([]);

    const saved = await president.ok<{ createMeeting: { agenda: string } }>(CREATE_MEETING, {
      input: { title: 'Bureau', agenda: 'Point 1\tbudget\r\nPoint 2\nvitrines', startsAt, endsAt },
    });
    expect(saved.createMeeting.agenda).toBe('Point 1\tbudget\r\nPoint 2\nvitrines');
  });
});
