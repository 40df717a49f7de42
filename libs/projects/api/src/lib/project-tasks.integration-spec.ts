import { createAssociation, joinedMember, signedUpClient } from '@assoc/platform-testing';
import {
  CREATE_PROJECT,
  createProject,
  DAY,
  fromNow,
  fundedProject,
  JOIN,
  openProject,
  PROPOSE,
  projectsWorld,
  VOTE,
  World,
} from './projects-test-helpers';

const TASK_FIELDS = 'id projectId kind title notes dueDate assigneeMembershipId doneAt doneByMembershipId';
const CREATE_TASK = `mutation($input: CreateProjectTaskInput!) { createProjectTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE_TASK = `mutation($input: UpdateProjectTaskInput!) { updateProjectTask(input: $input) { ${TASK_FIELDS} } }`;
const SET_DONE = `mutation($id: ID!, $done: Boolean!) { setProjectTaskDone(id: $id, done: $done) { ${TASK_FIELDS} } }`;
const DELETE_TASK = `mutation($id: ID!) { deleteProjectTask(id: $id) }`;
const TASKS = `query($projectId: ID!) { projectTasks(projectId: $projectId) { ${TASK_FIELDS} } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind subjectType subjectId excerpt outcome actorName } } }`;
const ASSIGN = `mutation($projectId: ID!, $membershipId: ID!) { assignConsultant(projectId: $projectId, membershipId: $membershipId) { id } }`;

interface Task {
  id: string;
  kind: string;
  title: string;
  dueDate: string | null;
  assigneeMembershipId: string | null;
  doneAt: string | null;
  doneByMembershipId: string | null;
}
interface Notification {
  kind: string;
  subjectType: string;
  subjectId: string;
  excerpt: string;
  outcome: string | null;
}

async function notifications(client: World['president']): Promise<Notification[]> {
  return (await client.ok<{ notifications: { nodes: Notification[] } }>(NOTIFICATIONS)).notifications.nodes;
}

describe('project tasks and milestones, and what people are told', () => {
  let world: World;
  beforeAll(async () => {
    world = await projectsWorld(3);
  }, 120_000);
  afterAll(() => world.api.close());

  it('plans tasks and milestones by due day; the assignee is told and ticks their task done', async () => {
    const { president, members, board } = world;
    const { id: projectId } = await createProject(world.api, president);
    const later = (
      await president.ok<{ createProjectTask: Task }>(CREATE_TASK, {
        input: {
          projectId,
          kind: 'TASK',
          title: 'Relire les affiches',
          dueDate: '2026-12-20',
          assigneeMembershipId: members[0].membershipId,
        },
      })
    ).createProjectTask;
    const milestone = (
      await president.ok<{ createProjectTask: Task }>(CREATE_TASK, {
        input: { projectId, kind: 'MILESTONE', title: 'Affiches en vitrine', dueDate: '2026-12-10' },
      })
    ).createProjectTask;
    await board.ok(CREATE_TASK, { input: { projectId, kind: 'TASK', title: '  Choisir la radio  ' } });
    const plan = (await members[1].ok<{ projectTasks: Task[] }>(TASKS, { projectId })).projectTasks;
    expect(plan.map((t) => [t.title, t.kind, t.dueDate])).toEqual([
      ['Affiches en vitrine', 'MILESTONE', '2026-12-10'],
      ['Relire les affiches', 'TASK', '2026-12-20'],
      ['Choisir la radio', 'TASK', null],
    ]);

    const told = (await notifications(members[0])).filter((n) => n.kind === 'PROJECT_TASK_ASSIGNED');
    expect(told).toEqual([
      expect.objectContaining({
        subjectType: 'PROJECT',
        subjectId: projectId,
        excerpt: 'Campagne de pub — Relire les affiches',
      }),
    ]);

    // The assignee ticks their own task; someone else's is not theirs to tick.
    const done = (await members[0].ok<{ setProjectTaskDone: Task }>(SET_DONE, { id: later.id, done: true }))
      .setProjectTaskDone;
    expect(done.doneAt).not.toBeNull();
    expect(done.doneByMembershipId).toBe(members[0].membershipId);
    expect((await members[0].fails(SET_DONE, { id: milestone.id, done: true })).extensions?.code).toBe('FORBIDDEN');
    expect(
      (await members[1].fails(CREATE_TASK, { input: { projectId, kind: 'TASK', title: 'Pas à moi' } })).extensions
        ?.code,
    ).toBe('FORBIDDEN');

    // Reassigning tells the new assignee; a milestone moved; deleted.
    await president.ok(UPDATE_TASK, {
      input: {
        id: later.id,
        kind: 'TASK',
        title: 'Relire les affiches',
        dueDate: '2026-12-18',
        assigneeMembershipId: members[2].membershipId,
      },
    });
    expect((await notifications(members[2])).filter((n) => n.kind === 'PROJECT_TASK_ASSIGNED')).toHaveLength(1);
    expect(await president.ok(DELETE_TASK, { id: milestone.id })).toEqual({ deleteProjectTask: milestone.id });
    expect(
      (await president.ok<{ projectTasks: Task[] }>(TASKS, { projectId })).projectTasks.map((t) => t.title),
    ).toEqual(['Relire les affiches', 'Choisir la radio']);
  });

  it('refuses bad fields by name and changes nothing', async () => {
    const { president, consultant, api } = world;
    const { id: projectId } = await createProject(world.api, president);
    const before = await api.dataSource.query(`SELECT count(*)::int AS n FROM project_tasks`);
    const fields = async (input: Record<string, unknown>) =>
      (await president.fails(CREATE_TASK, { input: { projectId, kind: 'TASK', title: 'Tâche', ...input } })).extensions
        ?.fields;
    expect(await fields({ title: ' ' })).toMatchObject([{ field: 'title', message: 'Ce champ est obligatoire.' }]);
    expect(await fields({ title: 'x'.repeat(201) })).toMatchObject([
      { field: 'title', message: 'Ce champ doit comporter au plus 200 caractères.' },
    ]);
    expect(await fields({ dueDate: '2026-02-30' })).toMatchObject([
      { field: 'dueDate', message: "Cette date n'existe pas (format AAAA-MM-JJ)." },
    ]);
    expect(await fields({ kind: 'MILESTONE' })).toMatchObject([
      { field: 'dueDate', message: 'Une étape doit avoir une date.' },
    ]);
    // A consultant not assigned to this project cannot be given its tasks.
    expect(await fields({ assigneeMembershipId: consultant.membershipId })).toMatchObject([
      { field: 'assigneeMembershipId', message: expect.stringContaining('ne peut pas recevoir de tâche') },
    ]);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM project_tasks`)).toEqual(before);
  });

  it('lets an assigned consultant run the plan of their project only; the plan freezes once cancelled', async () => {
    const { president, consultant, members } = world;
    const theirs = await createProject(world.api, president, { title: 'Guirlandes' });
    const other = await createProject(world.api, president, { title: 'Vigile' });
    await president.ok(ASSIGN, { projectId: theirs.id, membershipId: consultant.membershipId });
    const task = (
      await consultant.ok<{ createProjectTask: Task }>(CREATE_TASK, {
        input: {
          projectId: theirs.id,
          kind: 'TASK',
          title: 'Devis installateur',
          assigneeMembershipId: consultant.membershipId,
        },
      })
    ).createProjectTask;
    expect(task.assigneeMembershipId).toBe(consultant.membershipId);
    expect((await consultant.fails(TASKS, { projectId: other.id })).extensions?.code).toBe('NOT_FOUND');
    expect(
      (await consultant.fails(CREATE_TASK, { input: { projectId: other.id, kind: 'TASK', title: 'Non' } })).extensions
        ?.code,
    ).toBe('NOT_FOUND');

    await president.ok(`mutation($id: ID!) { cancelProject(id: $id) { id status } }`, { id: theirs.id });
    expect((await consultant.fails(SET_DONE, { id: task.id, done: true })).extensions?.code).toBe('CONFLICT');
    expect((await members[0].ok<{ projectTasks: Task[] }>(TASKS, { projectId: theirs.id })).projectTasks).toHaveLength(
      1,
    );
  });

  it('keeps another association’s plan out of reach', async () => {
    const { president, api } = world;
    const { id: projectId } = await createProject(world.api, president);
    const task = (
      await president.ok<{ createProjectTask: Task }>(CREATE_TASK, {
        input: { projectId, kind: 'TASK', title: 'Secret' },
      })
    ).createProjectTask;
    const outsider = await signedUpClient(api, 'Autre Présidente');
    await createAssociation(outsider, 'Commerçants de Fougères');
    const peer = await joinedMember(api, outsider, 'MEMBER', 'Autre Membre');
    expect((await outsider.fails(TASKS, { projectId })).extensions?.code).toBe('NOT_FOUND');
    expect((await outsider.fails(SET_DONE, { id: task.id, done: true })).extensions?.code).toBe('NOT_FOUND');
    expect((await outsider.fails(DELETE_TASK, { id: task.id })).extensions?.code).toBe('NOT_FOUND');
    const own = (
      await outsider.ok<{ createProject: { id: string } }>(CREATE_PROJECT, {
        input: {
          title: 'Chez nous',
          category: 'OTHER',
          budgetLines: [{ label: 'x', quantity: 1, unitPriceCents: 100, vatRateBp: 0 }],
          splitRule: { kind: 'EQUAL' },
        },
      })
    ).createProject;
    // Nor can a member of another association be assigned.
    expect(
      (
        await outsider.fails(CREATE_TASK, {
          input: { projectId: own.id, kind: 'TASK', title: 'x', assigneeMembershipId: world.members[0].membershipId },
        })
      ).extensions?.fields?.[0].field,
    ).toBe('assigneeMembershipId');
    expect((await peer.ok<{ projectTasks: Task[] }>(TASKS, { projectId: own.id })).projectTasks).toEqual([]);
  });

  it('tells voters when a project is proposed and decided, and participants when it is funded', async () => {
    const { president, board, members, consultant, api } = world;
    const created = await createProject(world.api, president, { title: 'Vitrines de Noël' });
    await president.ok(PROPOSE, { id: created.id, d: fromNow(api, DAY) });
    const proposed = (await notifications(members[0])).filter((n) => n.subjectId === created.id);
    expect(proposed).toEqual([expect.objectContaining({ kind: 'PROJECT_PROPOSED', excerpt: 'Vitrines de Noël' })]);
    // Consultants do not vote: they are not told about the vote.
    expect((await notifications(consultant)).filter((n) => n.subjectId === created.id)).toEqual([]);
    await Promise.all([president, board, ...members].map((m) => m.ok(VOTE, { id: created.id, c: 'AGAINST' })));
    await president.ok(`mutation($id: ID!) { closeVote(projectId: $id) { id } }`, { id: created.id });
    expect(
      (await notifications(members[1])).find((n) => n.subjectId === created.id && n.kind === 'PROJECT_DECIDED')
        ?.outcome,
    ).toBe('REJECTED');

    const funded = await fundedProject(world, [members[0], members[1]], { title: 'Lumières' });
    expect(funded.status).toBe('FUNDED');
    const outcomes = async (m: World['president']) =>
      (await notifications(m))
        .filter((n) => n.subjectId === funded.id && n.kind === 'PROJECT_DECIDED')
        .map((n) => n.outcome);
    expect(await outcomes(members[0])).toEqual(['FUNDED', 'APPROVED']);
    expect(await outcomes(members[2])).toEqual(['APPROVED']);

    const missed = await openProject(world, { title: 'Trop peu', minParticipants: 3 });
    await members[2].ok(JOIN, { id: missed.id });
    await api.advanceClock(6 * DAY);
    const cancelled = (await notifications(members[2]))
      .filter((n) => n.subjectId === missed.id && n.kind === 'PROJECT_DECIDED')
      .map((n) => n.outcome);
    expect(cancelled).toEqual(['CANCELLED', 'APPROVED']);
  });
});
