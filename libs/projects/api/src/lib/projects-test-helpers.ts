import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  TestApp,
  TestAppOptions,
} from '@assoc/platform-testing';
import { ProjectDeadlinesService, ProjectsModule } from '../index';

/** GraphQL documents, data and helpers shared by the projects' integration tests. */
export type Member = GraphqlClient & { membershipId: string };

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const PROJECT_FIELDS = `id title status minParticipants joinDeadline voteDeadline frozenAt consultantIds
  splitRule { kind weights { membershipId weight } fixed { membershipId cents } }
  totals { excludingVatCents vatCents includingVatCents soloTotalCents byVatRate { vatRateBp excludingVatCents vatCents } }
  budgetLines { label supplier vatCents includingVatCents soloPriceCents }
  shares { membershipId cents savingCents live } myShare { cents savingCents live } participating
  vote { for against abstain memberCount quorumReached approved decided closedAt } myVote`;
export const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const UPDATE_PROJECT = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const PROJECT = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;
export const PROPOSE = `mutation($id: ID!, $d: DateTime!) { proposeProject(id: $id, voteDeadline: $d) { id status voteDeadline } }`;
export const VOTE = `mutation($id: ID!, $c: VoteChoice!) { castVote(projectId: $id, choice: $c) { id } }`;
export const CLOSE_VOTE = `mutation($id: ID!) { closeVote(projectId: $id) { id status } }`;
export const JOIN = `mutation($id: ID!, $pledge: Float) { joinProject(id: $id, pledgeCents: $pledge) { id } }`;
export const LEAVE = `mutation($id: ID!) { leaveProject(id: $id) { id } }`;
export const CONTRIBUTE = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id kind debit credit cents paymentMethod } }`;
export const EXPENSE = `mutation($input: RecordExpenseInput!) { recordExpense(input: $input) { id kind debit credit cents receiptId } }`;
export const REFUND = `mutation($input: RecordRefundInput!) { recordRefund(input: $input) { id kind debit credit cents } }`;
export const REVERSE = `mutation($input: ReverseLedgerEntryInput!) { reverseLedgerEntry(input: $input) { id kind debit credit cents reverses } }`;

/** 100 posters at 1.50 € + 20 % VAT and a radio spot at 300 € + 20 % VAT: 540 € in all; 90 € alone for the posters. */
export const LINES = [
  {
    label: 'Affiches',
    supplier: 'Imprimerie du Centre',
    quantity: 100,
    unitPriceCents: 150,
    vatRateBp: 2000,
    soloPriceCents: 9000,
  },
  { label: 'Spot radio', quantity: 1, unitPriceCents: 30000, vatRateBp: 2000 },
];
export const TOTAL = 54000;

export interface Project {
  id: string;
  title: string;
  status: string;
  consultantIds: string[];
  totals: {
    excludingVatCents: number;
    vatCents: number;
    includingVatCents: number;
    soloTotalCents: number;
    byVatRate: unknown[];
  };
  budgetLines: { label: string; vatCents: number; includingVatCents: number }[];
  shares: { membershipId: string; cents: number; savingCents: number; live: boolean }[];
  myShare: { cents: number; savingCents: number; live: boolean } | null;
  participating: boolean;
  vote: {
    for: number;
    against: number;
    abstain: number;
    memberCount: number;
    quorumReached: boolean;
    approved: boolean;
    decided: boolean;
    closedAt: string | null;
  } | null;
  myVote: string | null;
  frozenAt: string | null;
}

export interface World {
  api: TestApp;
  president: Member;
  board: Member;
  members: Member[];
  consultant: Member;
}

/** An association with a president, a board member, `memberCount` members and a consultant. */
export async function projectsWorld(
  memberCount = 3,
  options: TestAppOptions = {},
  moreModules: Parameters<typeof createTestApp>[0] = [],
): Promise<World> {
  const api = await createTestApp([IdentityModule, AssociationsModule, ...moreModules, ProjectsModule], options);
  const president = await signedUpClient(api, 'Claire Martin');
  const { membershipId } = await createAssociation(president, 'Les Vitrines de Vitré');
  const board = await joinedMember(api, president, 'BOARD', 'Yann Trésorier');
  const members = await Promise.all(
    Array.from({ length: memberCount }, (_, i) => joinedMember(api, president, 'MEMBER', `Commerçant ${i + 1}`)),
  );
  const consultant = await joinedMember(api, president, 'CONSULTANT', 'Sophie Conseil');
  return { api, president: Object.assign(president, { membershipId }), board, members, consultant };
}

/** The API's clock `ms` from now, as GraphQL takes it. */
export function fromNow(api: TestApp, ms: number): string {
  return new Date(api.clock.nowMs() + ms).toISOString();
}

/** A draft whose participations close in 5 days (by the API's clock). */
export async function createProject(
  api: TestApp,
  client: GraphqlClient,
  extra: Record<string, unknown> = {},
): Promise<Project> {
  const input = {
    title: 'Campagne de pub',
    category: 'COMMUNICATION',
    budgetLines: LINES,
    splitRule: { kind: 'EQUAL' },
    joinDeadline: fromNow(api, 5 * DAY),
    ...extra,
  };
  return (await client.ok<{ createProject: Project }>(CREATE_PROJECT, { input })).createProject;
}

export async function project(client: GraphqlClient, id: string): Promise<Project> {
  return (await client.ok<{ project: Project }>(PROJECT, { id })).project;
}

export function deadlines(api: TestApp): ProjectDeadlinesService {
  return api.app.get(ProjectDeadlinesService);
}

/** Drafts, proposes and approves a project (every voter FOR, then the vote deadline passes): APPROVED_OPEN. */
export async function openProject(world: World, extra: Record<string, unknown> = {}): Promise<Project> {
  const created = await createProject(world.api, world.president, extra);
  await world.president.ok(PROPOSE, { id: created.id, d: fromNow(world.api, HOUR) });
  await Promise.all(
    [world.president, world.board, ...world.members].map((m) => m.ok(VOTE, { id: created.id, c: 'FOR' })),
  );
  await world.president.ok(CLOSE_VOTE, { id: created.id });
  return project(world.president, created.id);
}

/** An open project (participations closing in 2 hours) joined by the given members, then funded by the join deadline passing on the API's clock. */
export async function fundedProject(
  world: World,
  joiners: Member[],
  extra: Record<string, unknown> = {},
): Promise<Project> {
  const opened = await openProject(world, { joinDeadline: fromNow(world.api, 2 * HOUR), ...extra });
  for (const m of joiners) await m.ok(JOIN, { id: opened.id });
  await world.api.advanceClock(2 * HOUR + MINUTE);
  return project(world.president, opened.id);
}

export function upload(
  client: GraphqlClient,
  path: string,
  bytes: Buffer,
  type: string,
  name = 'fichier',
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return client.fetch(path, { method: 'POST', body: form });
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
