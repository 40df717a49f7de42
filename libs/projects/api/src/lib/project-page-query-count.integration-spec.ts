import { DirectoryModule } from '@assoc/directory-api';
import { StatementCounter, webOperation } from '@assoc/platform-testing';
import {
  CLOSE_VOTE,
  CONTRIBUTE,
  createProject,
  fromNow,
  HOUR,
  JOIN,
  Member,
  MINUTE,
  PDF,
  project,
  Project,
  projectsWorld,
  PROPOSE,
  upload,
  VOTE,
  World,
} from './projects-test-helpers';

/** The web's documents for the project page (libs/projects/web), read from its *.graphql files. */
const WEB = [
  'libs/projects/web/src/lib/graphql/projects.graphql',
  'libs/projects/web/src/lib/graphql/project-tasks.graphql',
];
/**
 * What /projects/:id sends on load: the page (project, members), the ledger (funded or later), the audit trail
 * (funded or later, for those who may audit: president and board), the tasks and the discussion.
 */
const ON_LOAD = ['Project', 'ProjectMembers', 'ProjectLedger', 'ProjectAudit', 'ProjectTasks', 'ProjectComments'];
const ON_LOAD_FOR_MEMBERS = ON_LOAD.filter((name) => name !== 'ProjectAudit');

describe('the project page costs a bounded number of SQL statements', () => {
  let world: World;
  let funded: Project;
  let counter: StatementCounter;

  beforeAll(async () => {
    world = await projectsWorld(6, {}, [DirectoryModule]);
    const { president, board, members, consultant } = world;
    // A draft with a quote, approved, joined by four members, funded when participations close.
    const { id } = await createProject(world.api, president, { joinDeadline: fromNow(world.api, 2 * HOUR) });
    expect((await upload(president, `/api/projects/${id}/quotes`, PDF, 'application/pdf', 'devis.pdf')).status).toBe(
      200,
    );
    await president.ok(PROPOSE, { id, d: fromNow(world.api, HOUR) });
    for (const m of [president, board, ...members]) await m.ok(VOTE, { id, c: 'FOR' });
    await president.ok(CLOSE_VOTE, { id });
    for (const m of members.slice(0, 4)) await m.ok(JOIN, { id });
    await world.api.advanceClock(2 * HOUR + MINUTE);
    funded = await project(president, id);
    await president.ok(`mutation($p: ID!, $m: ID!) { assignConsultant(projectId: $p, membershipId: $m) { id } }`, {
      p: id,
      m: consultant.membershipId,
    });
    for (const [i, m] of members.slice(0, 4).entries()) {
      await board.ok(CONTRIBUTE, {
        input: {
          projectId: id,
          idempotencyKey: `c-${i}`,
          membershipId: m.membershipId,
          cents: 5_000 + i * 100,
          paymentMethod: 'TRANSFER',
          occurredAt: '2026-03-05T10:00:00Z',
        },
      });
    }
    for (let i = 0; i < 4; i++) {
      await president.ok(`mutation($input: CreateProjectTaskInput!) { createProjectTask(input: $input) { id } }`, {
        input: {
          projectId: id,
          kind: 'TASK',
          title: `Tâche ${i}`,
          assigneeMembershipId: members[i].membershipId,
        },
      });
      await (members[i] as Member).ok(
        `mutation($p: ID!, $t: String!) { commentProject(projectId: $p, text: $t) { id } }`,
        {
          p: id,
          t: `Avis ${i}`,
        },
      );
    }
    counter = new StatementCounter(world.api.dataSource);
  }, 120_000);
  afterAll(async () => {
    counter?.restore();
    await world?.api.close();
  });

  /** Every operation of the page, one request each as the web sends them (member's cookie, association header). */
  async function pageLoad(member: Member, operations = ON_LOAD) {
    const perOperation: Record<string, number> = {};
    const sql: string[] = [];
    const data: Record<string, unknown> = {};
    for (const name of operations) {
      const measured = await counter.measure(() =>
        member.ok(webOperation(WEB, name), name === 'Project' ? { id: funded.id } : { projectId: funded.id }),
      );
      perOperation[name] = measured.statements;
      sql.push(...measured.sql);
      data[name] = measured.result;
    }
    return { total: sql.length, perOperation, sql, data };
  }

  it("loads the board's whole page (a funded project with shares, ledger, audit, tasks, comments, a quote) in at most 29 statements (58 before)", async () => {
    const load = await pageLoad(world.board);
    console.log(`project page (board): ${load.total} statements`, load.perOperation);
    expect((load.data['ProjectAudit'] as { projectAudit: unknown[] }).projectAudit.length).toBeGreaterThan(0);
    // The ledger panel's three fields (entries, balances, settle-up) read the project, entries, lines and participants once.
    expect(load.perOperation['ProjectLedger']).toBeLessThanOrEqual(5);
    const project = (load.data['Project'] as { project: { status: string; shares: unknown[]; quotes: unknown[] } })
      .project;
    expect(project.status).toBe('FUNDED');
    expect(project.shares).toHaveLength(4);
    expect(project.quotes).toHaveLength(1);
    expect((load.data['ProjectLedger'] as { ledger: unknown[] }).ledger).toHaveLength(4);
    expect((load.data['ProjectTasks'] as { projectTasks: unknown[] }).projectTasks.length).toBeGreaterThanOrEqual(4);
    expect((load.data['ProjectComments'] as { projectComments: unknown[] }).projectComments).toHaveLength(4);
    expect((load.data['ProjectMembers'] as { directory: { nodes: unknown[] } }).directory.nodes.length).toBe(9);
    expect({ total: load.total, perOperation: load.perOperation, sql: load.sql }).toEqual({
      total: Math.min(load.total, 29),
      perOperation: load.perOperation,
      sql: load.sql,
    });
  });

  it("costs a member's page (no audit trail) no more", async () => {
    const load = await pageLoad(world.members[0], ON_LOAD_FOR_MEMBERS);
    console.log(`project page (member): ${load.total} statements`, load.perOperation);
    expect((load.data['Project'] as { project: { myShare: unknown } }).project.myShare).not.toBeNull();
    expect(load.total).toBeLessThanOrEqual(29);
  });
});
