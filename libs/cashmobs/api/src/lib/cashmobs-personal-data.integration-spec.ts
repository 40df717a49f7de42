import { DataPart, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import { createAssociation, signedUpClient } from '@assoc/platform-testing';
import {
  ACCEPT,
  Cashmob,
  cashmobsWorld,
  createShop,
  freshIp,
  Member,
  propose,
  published,
  SIGN_UP,
  signUpInput,
  slot,
  visitor,
  World,
} from './cashmobs-test-helpers';

const SUPPORT = `mutation($id: ID!) { supportCashmob(id: $id) { supportCount } }`;

const rows = (part: DataPart, name: string) => part.sections.find((s) => s.name === name)?.rows ?? [];
const text = (part: DataPart) => JSON.stringify(part);

describe('the cashmobs’ personal data (issue 25): export, erasure, association export', () => {
  let world: World;
  let person: Member;
  let source: PersonalDataSource;
  let subject: PersonSubject;
  let full: Cashmob & { slug: string };
  let hosted: Cashmob & { slug: string };
  let nomination: Cashmob;
  let otherSlug: string;
  let associationB: string;
  const waitingEmail = 'attente.lea@example.fr';

  const userOf = async (membershipId: string): Promise<string> =>
    (await world.api.dataSource.query(`SELECT "userId" FROM memberships WHERE id = $1`, [membershipId]))[0].userId;
  const signUp = (slug: string, input: Record<string, unknown>) =>
    visitor(world.api, freshIp()).request(SIGN_UP, { slug, input: signUpInput(input) });
  const signUpRows = (where: string, params: unknown[]) =>
    world.api.dataSource.query(
      `SELECT "firstName", email, status, "anonymisedAt" IS NOT NULL AS anonymised FROM cashmob_sign_ups WHERE ${where} ORDER BY position`,
      params,
    );

  beforeAll(async () => {
    world = await cashmobsWorld(3);
    person = world.shops[1];
    source = world.api.app
      .get(PersonalData)
      .sources()
      .find((s) => s.domain === 'cashmobs') as PersonalDataSource;
    full = await published(world, world.shops[0], { capacity: 1 });
    expect((await signUp(full.slug, { firstName: 'Paul', email: person.email.toUpperCase() })).errors).toBeUndefined();
    expect((await signUp(full.slug, { firstName: 'Léa', email: waitingEmail })).data).toMatchObject({
      signUpToCashmob: { status: 'WAITING' },
    });
    hosted = await published(world, person, slot(world.api.clock.now(), 20));
    nomination = await propose(world.api, world.president, world.shops[2].shopId as string, {
      ...slot(world.api.clock.now(), 30),
    });
    await person.ok(SUPPORT, { id: nomination.id });
    await world.shops[2].ok(SUPPORT, { id: nomination.id });

    // Another association's public cashmob, where the same address signed up: not the person's association.
    const presidentB = await signedUpClient(world.api, 'Hélène Fougères');
    associationB = (await createAssociation(presidentB, 'Commerces de Fougères')).associationId;
    const shopB = await createShop(presidentB, 'Boutique de Fougères', 'FOOD');
    const proposedB = await propose(world.api, presidentB, shopB);
    otherSlug = (await presidentB.ok<{ acceptCashmob: { slug: string } }>(ACCEPT, { id: proposedB.id })).acceptCashmob
      .slug;
    expect((await signUp(otherSlug, { firstName: 'Paul', email: person.email })).errors).toBeUndefined();

    subject = { userId: await userOf(person.membershipId), associationIds: [world.president.associationId as string] };
  });
  afterAll(() => world.api.close());

  it('exports their sign-ups (by their e-mail), supports and hosted cashmobs, nothing of another person or association', async () => {
    const part = await source.exportPerson(subject, world.api.dataSource.manager);
    expect(rows(part, 'cashmobs-sign-ups')).toEqual([
      expect.objectContaining({ cashmob_id: full.id, first_name: 'Paul', email: person.email, status: 'CONFIRMED' }),
    ]);
    expect(rows(part, 'cashmobs-supports')).toEqual([expect.objectContaining({ cashmob_id: nomination.id })]);
    expect(rows(part, 'cashmobs-organised')).toEqual([
      expect.objectContaining({ cashmob_id: hosted.id, role: 'host', status: 'PUBLISHED' }),
    ]);
    for (const s of part.sections) for (const row of s.rows) expect(Object.keys(row)).toEqual([...s.columns]);
    expect(text(part)).not.toContain(waitingEmail);
    expect(text(part)).not.toContain(otherSlug);
    expect(text(part)).not.toContain('Fougères');
  });

  it('exports the association’s cashmobs with their counts and participants, nothing of another association', async () => {
    const part = await source.exportAssociation(world.president.associationId as string, world.api.dataSource.manager);
    for (const s of part.sections) for (const row of s.rows) expect(Object.keys(row)).toEqual([...s.columns]);
    expect(rows(part, 'cashmobs-cashmobs').find((c) => c['cashmob_id'] === full.id)).toMatchObject({
      shop: 'Boutique 1',
      host: 'Commerçant 1',
      organiser: 'Claire Martin',
      confirmed: 1,
      waiting: 1,
      capacity: 1,
    });
    expect(rows(part, 'cashmobs-cashmobs').find((c) => c['cashmob_id'] === nomination.id)).toMatchObject({
      supports: 2,
    });
    expect(rows(part, 'cashmobs-participants').map((p) => p['email'])).toEqual([person.email, waitingEmail]);
    expect(text(part)).not.toContain('Fougères');
  });

  it('erases their sign-ups as a public sign-up erases itself (the next one promoted), and their supports; counts and another association untouched', async () => {
    await world.api.dataSource.transaction((manager) => source.erasePerson(subject, manager));
    expect(await signUpRows(`"cashmobId" = $1`, [full.id])).toEqual([
      { firstName: null, email: null, status: 'CANCELLED', anonymised: true },
      { firstName: 'Léa', email: waitingEmail, status: 'CONFIRMED', anonymised: false },
    ]);
    expect((await world.api.mails()).some((m) => m.to === waitingEmail && m.subject.startsWith('Une place s'))).toBe(
      true,
    );
    expect(await signUpRows(`"associationId" = $1`, [associationB])).toEqual([
      { firstName: 'Paul', email: person.email, status: 'CONFIRMED', anonymised: false },
    ]);
    const supports = await world.api.dataSource.query(
      `SELECT "membershipId" FROM cashmob_supports WHERE "cashmobId" = $1`,
      [nomination.id],
    );
    expect(supports).toEqual([{ membershipId: world.shops[2].membershipId }]);
    const part = await source.exportPerson(subject, world.api.dataSource.manager);
    expect(rows(part, 'cashmobs-sign-ups')).toEqual([]);
    expect(rows(part, 'cashmobs-supports')).toEqual([]);
    // The cashmob they hosted stays, the association's record.
    expect(rows(part, 'cashmobs-organised')).toHaveLength(1);
  });

  it('leaves no support of theirs behind when they support a nomination while their account is being closed', async () => {
    const late = world.shops[2];
    const lateSubject = { ...subject, userId: await userOf(late.membershipId) };
    await late.ok(`mutation($id: ID!) { unsupportCashmob(id: $id) { supportCount } }`, { id: nomination.id });
    const runner = world.api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await source.erasePerson(lateSubject, runner.manager);
      const support = late.request(SUPPORT, { id: nomination.id });
      // The support waits for the membership's row (condition polled, not a sleep).
      for (let waiting = 0; waiting < 1;) {
        [{ waiting }] = await world.api.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      }
      // As the associations' source does in the same transaction: the membership ends.
      await runner.query(`UPDATE memberships SET "removedAt" = now() WHERE id = $1`, [late.membershipId]);
      await runner.commitTransaction();
      expect((await support).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    const left = await world.api.dataSource.query(
      `SELECT count(*)::int AS n FROM cashmob_supports WHERE "membershipId" = $1`,
      [late.membershipId],
    );
    expect(left[0].n).toBe(0);
  });

  it('erases a closed association’s participants, keeping the counts; another association untouched', async () => {
    const associationA = world.president.associationId as string;
    await world.api.dataSource.transaction((manager) => source.eraseAssociation(associationA, manager));
    const left = await world.api.dataSource.query(
      `SELECT count(*)::int AS "rows", count(email)::int AS emails, count("firstName")::int AS names
         FROM cashmob_sign_ups WHERE "associationId" = $1`,
      [associationA],
    );
    expect(left).toEqual([{ rows: 2, emails: 0, names: 0 }]);
    expect(await signUpRows(`"associationId" = $1`, [associationB])).toEqual([
      { firstName: 'Paul', email: person.email, status: 'CONFIRMED', anonymised: false },
    ]);
    const part = await source.exportAssociation(associationA, world.api.dataSource.manager);
    expect(rows(part, 'cashmobs-cashmobs').find((c) => c['cashmob_id'] === full.id)).toMatchObject({
      confirmed: 1,
      cancelled: 1,
    });
  });
});
