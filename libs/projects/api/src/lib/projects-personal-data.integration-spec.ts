import { DataPart, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import { createAssociation, TEST_PASSWORD } from '@assoc/platform-testing';
import {
  CONTRIBUTE,
  createProject,
  EXPENSE,
  fundedProject,
  Member,
  PDF,
  Project,
  projectsWorld,
  upload,
  World,
} from './projects-test-helpers';

const COMMENT = `mutation($id: ID!, $t: String!) { commentProject(projectId: $id, text: $t) { id } }`;
const MONEY = `query($id: ID!) { balances(projectId: $id) { cashCents expensesCents projectBalanceCents
  participants { membershipId paidCents owedCents balanceCents } } }`;

const rows = (part: DataPart, name: string) => part.sections.find((s) => s.name === name)?.rows ?? [];
const text = (part: DataPart) => JSON.stringify(part);

describe('the projects’ personal data (issue 25): export, erasure, association export', () => {
  let world: World;
  let person: Member;
  let other: Member;
  let funded: Project;
  let draft: Project;
  let source: PersonalDataSource;
  let subject: PersonSubject;
  let associationA: string;
  let associationB: string;

  const userOf = async (membershipId: string): Promise<string> =>
    (await world.api.dataSource.query(`SELECT "userId" FROM memberships WHERE id = $1`, [membershipId]))[0].userId;
  const ledgerTotals = () =>
    world.api.dataSource.query(
      `SELECT kind, approval, count(*)::int AS n, sum(cents)::bigint AS cents FROM project_ledger_entries
        GROUP BY kind, approval ORDER BY kind, approval`,
    );
  const contribution = (key: string, m: Member, cents: number, note: string) => ({
    input: {
      projectId: funded.id,
      idempotencyKey: key,
      membershipId: m.membershipId,
      cents,
      paymentMethod: 'CHEQUE',
      confirmOverpayment: true,
      note,
    },
  });

  beforeAll(async () => {
    world = await projectsWorld(3);
    [person, other] = world.members;
    source = world.api.app
      .get(PersonalData)
      .sources()
      .find((s) => s.domain === 'projects') as PersonalDataSource;
    associationA = person.associationId as string;
    funded = await fundedProject(world, [person, other]);
    await world.board.ok(CONTRIBUTE, contribution('p1', person, 12000, 'Chèque de Commerçant 1 n° 42'));
    await world.board.ok(CONTRIBUTE, contribution('o1', other, 15000, 'Virement de Commerçant 2'));
    await world.board.ok(EXPENSE, {
      input: { projectId: funded.id, idempotencyKey: 'e1', supplier: 'Imprimerie du Centre', cents: 9000 },
    });
    await person.ok(COMMENT, { id: funded.id, t: 'Je paie par chèque demain.' });
    await other.ok(COMMENT, { id: funded.id, t: 'Moi par virement.' });
    draft = await createProject(world.api, person, { title: 'Illuminations de Noël' });
    const quote = await upload(person, `/api/projects/${draft.id}/quotes`, PDF, 'application/pdf', 'devis.pdf');
    expect(quote.status).toBe(200);

    // The same person presides another association, with a project of its own there.
    associationB = (await createAssociation(person, 'Commerces de Fougères')).associationId;
    const inB = await createProject(world.api, person, { title: 'Projet de Fougères' });
    await person.ok(COMMENT, { id: inB.id, t: 'Message à Fougères' });
    person.associationId = associationA;
    subject = { userId: await userOf(person.membershipId), associationIds: [associationA] };
  });
  afterAll(() => world.api.close());

  it('exports the person’s own rows in the associations asked, nothing of another person or association', async () => {
    const part = await source.exportPerson(subject, world.api.dataSource.manager);
    expect(rows(part, 'projects-participations')).toEqual([
      expect.objectContaining({ project_id: funded.id, share_cents: expect.any(Number) }),
    ]);
    const lines = rows(part, 'projects-ledger-lines');
    expect(lines).toEqual([
      expect.objectContaining({
        kind: 'CONTRIBUTION',
        cents: 12000,
        credit: 'participant:me',
        debit: 'project:cash',
        note: 'Chèque de Commerçant 1 n° 42',
        about_me: true,
        recorded_by_me: false,
      }),
    ]);
    expect(rows(part, 'projects-votes')).toEqual([expect.objectContaining({ project_id: funded.id, choice: 'FOR' })]);
    expect(rows(part, 'projects-comments').map((c) => c['text'])).toEqual(['Je paie par chèque demain.']);
    expect(rows(part, 'projects-projects')).toEqual([
      expect.objectContaining({ project_id: draft.id, role: 'author', title: 'Illuminations de Noël' }),
    ]);
    expect(rows(part, 'projects-files')).toEqual([expect.objectContaining({ project_id: draft.id, kind: 'QUOTE' })]);
    expect(part.files).toEqual([
      { path: expect.stringMatching(/^files\/projects\/.+\.pdf$/), key: expect.stringMatching(/^project-files\//) },
    ]);
    for (const s of part.sections) for (const row of s.rows) expect(Object.keys(row)).toEqual([...s.columns]);
    // Nobody else's: the other participant's payment, comment and account, nor anything of association B.
    expect(text(part)).not.toContain('Commerçant 2');
    expect(text(part)).not.toContain('Moi par virement');
    expect(text(part)).not.toContain(other.membershipId);
    expect(text(part)).not.toContain('Fougères');
    expect(text(part)).not.toContain(associationB);

    const both = await source.exportPerson(
      { ...subject, associationIds: [associationA, associationB] },
      world.api.dataSource.manager,
    );
    expect(rows(both, 'projects-comments').map((c) => c['text'])).toContain('Message à Fougères');
  });

  it('exports a whole association for its archive: projects, budget, ledger, votes counted, participants; nothing of another', async () => {
    const part = await source.exportAssociation(associationA, world.api.dataSource.manager);
    for (const s of part.sections) for (const row of s.rows) expect(Object.keys(row)).toEqual([...s.columns]);
    expect(rows(part, 'projects-projects').map((p) => p['title'])).toEqual(
      expect.arrayContaining(['Campagne de pub', 'Illuminations de Noël']),
    );
    expect(rows(part, 'projects-projects').find((p) => p['project_id'] === funded.id)).toMatchObject({
      votes_for: 5,
      votes_against: 0,
      status: 'FUNDED',
    });
    expect(rows(part, 'projects-budget-lines').filter((l) => l['project_id'] === funded.id)).toHaveLength(2);
    expect(rows(part, 'projects-participants')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ membership_id: person.membershipId, member: 'Commerçant 1' }),
        expect.objectContaining({ membership_id: other.membershipId, member: 'Commerçant 2' }),
      ]),
    );
    const ledger = rows(part, 'projects-ledger');
    expect(ledger.map((e) => e['cents']).sort()).toEqual([12000, 15000, 9000].sort());
    expect(ledger.find((e) => e['cents'] === 12000)).toMatchObject({
      credit: 'participant:Commerçant 1',
      recorded_by: 'Yann Trésorier',
    });
    expect(rows(part, 'projects-audit').length).toBeGreaterThan(0);
    expect(part.files).toHaveLength(1);
    expect(text(part)).not.toContain('Fougères');
    expect(text(part)).not.toContain('Message à Fougères');
  });

  it('erases what is only theirs and keeps the ledger exact, their name replaced in its notes; another association untouched', async () => {
    const totalsBefore = await ledgerTotals();
    const moneyBefore = await world.president.ok(MONEY, { id: funded.id });
    const countsBefore = await world.api.dataSource.query(
      `SELECT "votesFor", "votesAgainst", "votesAbstain" FROM projects WHERE id = $1`,
      [funded.id],
    );

    await world.api.dataSource.transaction((manager) => source.erasePerson(subject, manager));

    expect(await ledgerTotals()).toEqual(totalsBefore);
    expect(await world.president.ok(MONEY, { id: funded.id })).toEqual(moneyBefore);
    expect(
      await world.api.dataSource.query(
        `SELECT "votesFor", "votesAgainst", "votesAbstain" FROM projects WHERE id = $1`,
        [funded.id],
      ),
    ).toEqual(countsBefore);
    const notes = await world.api.dataSource.query(
      `SELECT note FROM project_ledger_entries WHERE "projectId" = $1 AND note IS NOT NULL ORDER BY note`,
      [funded.id],
    );
    expect(notes.map((n: { note: string }) => n.note)).toEqual([
      'Chèque de Ancien membre n° 42',
      'Virement de Commerçant 2',
    ]);

    const part = await source.exportPerson(subject, world.api.dataSource.manager);
    expect(rows(part, 'projects-comments')).toEqual([]);
    expect(rows(part, 'projects-votes')).toEqual([]);
    // Kept: their participation and share, the line about them, the project they proposed and its quote.
    expect(rows(part, 'projects-participations')).toHaveLength(1);
    expect(rows(part, 'projects-ledger-lines')).toHaveLength(1);
    expect(rows(part, 'projects-files')).toHaveLength(1);
    // Others' rows stay.
    const comments = await world.api.dataSource.query(`SELECT text FROM project_comments ORDER BY text`);
    expect(comments.map((c: { text: string }) => c.text)).toEqual(['Message à Fougères', 'Moi par virement.']);
    const votes = await world.api.dataSource.query(
      `SELECT count(*)::int AS n FROM project_votes WHERE "projectId" = $1`,
      [funded.id],
    );
    expect(votes[0].n).toBe(4);
  });

  it('leaves no comment or vote of theirs behind when they write while their account is being closed', async () => {
    const late = world.members[2];
    const lateSubject = { userId: await userOf(late.membershipId), associationIds: [associationA] };
    const runner = world.api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await source.erasePerson(lateSubject, runner.manager);
      const comment = late.request(COMMENT, { id: funded.id, t: 'Écrit pendant la fermeture' });
      // The comment waits for the membership's row (condition polled, not a sleep).
      for (let waiting = 0; waiting < 1;) {
        [{ waiting }] = await world.api.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      }
      // As the associations' source does in the same transaction: the membership ends.
      await runner.query(`UPDATE memberships SET "removedAt" = now() WHERE id = $1`, [late.membershipId]);
      await runner.commitTransaction();
      expect((await comment).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    const left = await world.api.dataSource.query(
      `SELECT count(*)::int AS n FROM project_comments WHERE "authorMembershipId" = $1`,
      [late.membershipId],
    );
    expect(left[0].n).toBe(0);
  });

  it('erases a closed association’s discussions and votes, keeping its ledger to the cent; the other association keeps everything', async () => {
    const totalsBefore = await ledgerTotals();
    await world.api.dataSource.transaction((manager) => source.eraseAssociation(associationA, manager));
    expect(await ledgerTotals()).toEqual(totalsBefore);
    const left = await world.api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM project_comments WHERE "associationId" = $1) AS comments,
              (SELECT count(*)::int FROM project_votes WHERE "associationId" = $1) AS votes,
              (SELECT count(*)::int FROM project_participants WHERE "associationId" = $1) AS participants,
              (SELECT count(*)::int FROM project_comments WHERE "associationId" = $2) AS "commentsOfB"`,
      [associationA, associationB],
    );
    expect(left).toEqual([{ comments: 0, votes: 0, participants: 2, commentsOfB: 1 }]);
    const notes = await world.api.dataSource.query(
      `SELECT note FROM project_ledger_entries WHERE note IS NOT NULL ORDER BY note`,
    );
    expect(notes.map((n: { note: string }) => n.note)).toEqual([
      'Chèque de Ancien membre n° 42',
      'Virement de Ancien membre',
    ]);
  });
});

describe('closing an account through closeMyAccount, with the projects loaded (issue 25)', () => {
  let world: World;
  afterAll(() => world.api.close());

  it('keeps the ledger to the cent under "Ancien membre" and removes their comment', async () => {
    world = await projectsWorld(2);
    const [leaving, staying] = world.members;
    const funded = await fundedProject(world, [leaving, staying]);
    const contribute = (key: string, m: Member, cents: number, note: string) =>
      world.board.ok(CONTRIBUTE, {
        input: {
          projectId: funded.id,
          idempotencyKey: key,
          membershipId: m.membershipId,
          cents,
          paymentMethod: 'CASH',
          confirmOverpayment: true,
          note,
        },
      });
    await contribute('l1', leaving, 18000, 'Espèces remises par Commerçant 1');
    await contribute('s1', staying, 27000, 'Espèces');
    await leaving.ok(COMMENT, { id: funded.id, t: 'Je quitte la plateforme bientôt.' });
    const totals = () =>
      world.api.dataSource.query(
        `SELECT count(*)::int AS n, sum(cents)::bigint AS cents FROM project_ledger_entries WHERE "projectId" = $1`,
        [funded.id],
      );
    const before = { totals: await totals(), money: await world.president.ok(MONEY, { id: funded.id }) };

    expect(
      await leaving.ok(`mutation($input: CloseAccountInput!) { closeMyAccount(input: $input) }`, {
        input: { password: TEST_PASSWORD },
      }),
    ).toEqual({ closeMyAccount: true });

    expect(await totals()).toEqual(before.totals);
    expect(await world.president.ok(MONEY, { id: funded.id })).toEqual(before.money);
    const csv = await (await world.president.fetch(`/api/projects/${funded.id}/ledger.csv?locale=fr`)).text();
    expect(csv).toContain('Ancien membre');
    expect(csv).not.toContain('Commerçant 1');
    expect(csv).toContain('Commerçant 2');
    const comments = await world.api.dataSource.query(`SELECT text FROM project_comments WHERE "projectId" = $1`, [
      funded.id,
    ]);
    expect(comments).toEqual([]);
  });
});
