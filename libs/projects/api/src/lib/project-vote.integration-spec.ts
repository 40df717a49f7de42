import { createTestApp, TestApp } from '@assoc/platform-testing';
import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import { ProjectsModule } from '../index';
import {
  CLOSE_VOTE,
  createProject,
  DAY,
  deadlines,
  fromNow,
  MINUTE,
  project,
  PROPOSE,
  projectsWorld,
  UPDATE_PROJECT,
  VOTE,
  World,
} from './projects-test-helpers';

describe('proposing a project and the members’ vote', () => {
  let world: World;
  let second: TestApp | undefined;
  beforeAll(async () => {
    world = await projectsWorld(3);
  });
  // The second instance is closed last, as in the digest test: closing it mid-test made the first answer UNAUTHENTICATED.
  afterAll(async () => {
    await second?.close();
    await world.api.close();
  });

  const soon = () => fromNow(world.api, DAY);

  it('lets only the president and board propose, with a future deadline before the join deadline', async () => {
    const { president, board, members } = world;
    const created = await createProject(world.api, members[0]);
    expect((await members[0].fails(PROPOSE, { id: created.id, d: soon() })).extensions?.code).toBe('FORBIDDEN');
    expect(
      (await president.fails(PROPOSE, { id: created.id, d: fromNow(world.api, -1000) })).extensions?.fields,
    ).toMatchObject([{ field: 'voteDeadline', message: 'La date limite doit être dans le futur.' }]);
    expect(
      (await president.fails(PROPOSE, { id: created.id, d: fromNow(world.api, 10 * DAY) })).extensions?.fields,
    ).toMatchObject([
      { field: 'voteDeadline', message: 'Le vote doit se terminer avant la date limite des participations.' },
    ]);
    const noJoinDeadline = await createProject(world.api, members[0], { joinDeadline: null });
    expect((await president.fails(PROPOSE, { id: noJoinDeadline.id, d: soon() })).extensions?.fields).toMatchObject([
      { field: 'joinDeadline', message: 'Ce champ est obligatoire.' },
    ]);
    const proposed = await board.ok<{ proposeProject: { status: string } }>(PROPOSE, { id: created.id, d: soon() });
    expect(proposed.proposeProject.status).toBe('PROPOSED');
    expect((await board.fails(PROPOSE, { id: created.id, d: soon() })).extensions?.fields).toMatchObject([
      { field: 'status', message: "Le projet ne peut pas passer de l'état « PROPOSED » par « PROPOSE »." },
    ]);
    expect(
      (await members[0].fails(UPDATE_PROJECT, { input: { id: created.id, title: 'Trop tard' } })).extensions?.fields,
    ).toMatchObject([{ field: 'id', message: "Le projet n'est plus un brouillon : il ne peut plus être modifié." }]);
  });

  it('takes one vote per member, changeable until the deadline, never from consultants; closes early only once decided', async () => {
    const { president, board, members, consultant, api } = world;
    const created = await createProject(world.api, president);
    await president.ok(`mutation($p: ID!, $m: ID!) { assignConsultant(projectId: $p, membershipId: $m) { id } }`, {
      p: created.id,
      m: consultant.membershipId,
    });
    expect((await members[0].fails(VOTE, { id: created.id, c: 'FOR' })).extensions?.fields).toMatchObject([
      { field: 'choice', message: 'Le vote est clos pour ce projet.' },
    ]);
    await president.ok(PROPOSE, { id: created.id, d: soon() });
    expect((await consultant.fails(VOTE, { id: created.id, c: 'FOR' })).extensions?.code).toBe('FORBIDDEN');
    await members[0].ok(VOTE, { id: created.id, c: 'AGAINST' });
    await members[0].ok(VOTE, { id: created.id, c: 'FOR' });
    await Promise.all([
      members[1].ok(VOTE, { id: created.id, c: 'FOR' }),
      members[1].ok(VOTE, { id: created.id, c: 'ABSTAIN' }),
    ]);
    const votes = await api.dataSource.query(`SELECT count(*)::int AS n FROM project_votes WHERE "projectId" = $1`, [
      created.id,
    ]);
    expect(votes).toEqual([{ n: 2 }]);
    // The two concurrent votes of one member leave one row: whichever committed last.
    const secondVote = (await project(members[1], created.id)).myVote as string;
    expect(['FOR', 'ABSTAIN']).toContain(secondVote);
    const now = await project(members[0], created.id);
    expect(now.myVote).toBe('FOR');
    // 5 voters (president, board, 3 members), quorum 50 %: 2 voted; the 3 others could still tip it
    expect(now.vote).toMatchObject({
      memberCount: 5,
      quorumReached: false,
      approved: false,
      decided: false,
      closedAt: null,
    });
    expect((await president.fails(CLOSE_VOTE, { id: created.id })).extensions?.fields).toMatchObject([
      { field: 'projectId', message: "Le résultat peut encore changer : attendez la date limite ou d'autres votes." },
    ]);
    expect((await members[0].fails(CLOSE_VOTE, { id: created.id })).extensions?.code).toBe('FORBIDDEN');
    await members[2].ok(VOTE, { id: created.id, c: 'FOR' });
    await board.ok(VOTE, { id: created.id, c: 'FOR' });
    // 4 of 5 have voted, none against: the president's vote can no longer change the outcome
    const closed = await president.ok<{ closeVote: { status: string } }>(CLOSE_VOTE, { id: created.id });
    expect(closed.closeVote.status).toBe('APPROVED_OPEN');
    const secondFor = secondVote === 'FOR' ? 1 : 0;
    expect((await project(president, created.id)).vote).toMatchObject({
      for: 3 + secondFor,
      against: 0,
      abstain: 1 - secondFor,
      memberCount: 5,
      quorumReached: true,
      approved: true,
    });
    expect((await president.fails(VOTE, { id: created.id, c: 'FOR' })).extensions?.fields).toMatchObject([
      { field: 'choice', message: 'Le vote est clos pour ce projet.' },
    ]);
  });

  it('closes votes at their deadline exactly once with two API instances, recording the result, and refuses late votes', async () => {
    const { president, members, api } = world;
    const approved = await createProject(world.api, president, { title: 'Approuvé' });
    const rejected = await createProject(world.api, president, { title: 'Rejeté' });
    for (const p of [approved, rejected]) await president.ok(PROPOSE, { id: p.id, d: soon() });
    await members[0].ok(VOTE, { id: approved.id, c: 'FOR' });
    await members[1].ok(VOTE, { id: approved.id, c: 'FOR' });
    await members[2].ok(VOTE, { id: approved.id, c: 'ABSTAIN' });
    await members[0].ok(VOTE, { id: rejected.id, c: 'FOR' });
    // the deadline passes without the job having run yet (the clock moves, no job runs): votes are refused already
    api.clock.advance(DAY + MINUTE);
    expect((await members[1].fails(VOTE, { id: rejected.id, c: 'AGAINST' })).extensions?.fields).toMatchObject([
      { field: 'choice', message: 'Le vote est clos pour ce projet.' },
    ]);

    second = await createTestApp([IdentityModule, AssociationsModule, ProjectsModule], {
      databaseUrl: api.databaseUrl,
    });
    const at = api.clock.now();
    const [{ due }] = await api.dataSource.query(
      `SELECT count(*)::int AS due FROM projects WHERE status = 'PROPOSED' AND "voteDeadline" <= $1`,
      [at],
    );
    expect(due).toBeGreaterThanOrEqual(2);
    const moved = await Promise.all([
      deadlines(api).run(at),
      deadlines(second).run(at),
      deadlines(api).run(at),
      deadlines(second).run(at),
    ]);
    expect(moved.reduce((a, b) => a + b, 0)).toBe(due);
    expect(await deadlines(api).run(at)).toBe(0);
    expect(await project(president, approved.id)).toMatchObject({
      status: 'APPROVED_OPEN',
      vote: { for: 2, against: 0, abstain: 1, memberCount: 5, quorumReached: true, approved: true },
    });
    expect(await project(president, rejected.id)).toMatchObject({
      status: 'REJECTED',
      vote: { for: 1, quorumReached: false, approved: false },
    });
    const audit = await president.ok<{
      projectAudit: { action: string; actorMembershipId: string | null; after: string }[];
    }>(`query($id: ID!) { projectAudit(projectId: $id) { action actorMembershipId after } }`, { id: approved.id });
    expect(audit.projectAudit.map((a) => [a.action, JSON.parse(a.after).status])).toEqual([
      ['STATUS', 'PROPOSED'],
      ['STATUS', 'APPROVED_OPEN'],
    ]);
    expect(audit.projectAudit[1].actorMembershipId).toBeNull();
  });

  it('keeps a discussion thread on the project for those who may see it', async () => {
    const { president, members, consultant } = world;
    const created = await createProject(world.api, president);
    const COMMENT = `mutation($id: ID!, $t: String!) { commentProject(projectId: $id, text: $t) { id text authorMembershipId } }`;
    await members[0].ok(COMMENT, { id: created.id, t: '  Bonne idée !  ' });
    expect((await members[0].fails(COMMENT, { id: created.id, t: '   ' })).extensions?.fields).toMatchObject([
      { field: 'text', message: 'Ce champ est obligatoire.' },
    ]);
    expect((await consultant.fails(COMMENT, { id: created.id, t: 'Intruse' })).extensions?.code).toBe('NOT_FOUND');
    const thread = await president.ok<{ projectComments: { text: string; authorMembershipId: string }[] }>(
      `query($id: ID!) { projectComments(projectId: $id) { text authorMembershipId } }`,
      { id: created.id },
    );
    expect(thread.projectComments).toEqual([{ text: 'Bonne idée !', authorMembershipId: members[0].membershipId }]);
  });
});
