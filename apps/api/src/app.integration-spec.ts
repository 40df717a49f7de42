import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_POLICY, AccessPolicy } from '@assoc/platform-api';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  signedUpClient,
  TestApp,
  tokenFromMail,
  uniqueEmail,
  GraphqlClient,
} from '@assoc/platform-testing';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_MODULES } from './app.module';

const SCHEMA_FILE = join(__dirname, '../schema.gql');

/** Every Query/Mutation handler with the access policy it declares (undefined = none). */
function operationPolicies(api: TestApp): Map<string, AccessPolicy | undefined> {
  const discovery = new DiscoveryService(api.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = api.app.get(Reflector);
  const policies = new Map<string, AccessPolicy | undefined>();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method];
      const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
      const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method;
      policies.set(
        `${type}.${name}`,
        reflector.getAllAndOverride<AccessPolicy>(ACCESS_POLICY, [handler, instance.constructor as never]),
      );
    }
  }
  return policies;
}

describe('the assembled API', () => {
  let api: TestApp;
  beforeAll(async () => {
    // The schema as deployed: without the test clock's operations.
    api = await createTestApp(DOMAIN_MODULES, { env: { TEST_CLOCK: 'false' } });
  });
  afterAll(() => api.close());

  it('declares an access policy on every operation of the schema, and a permission on every member mutation', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const policies = operationPolicies(api);
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((f) => `Subscription.${f}`),
    ];
    expect(operations.filter((op) => op.startsWith('Subscription.')).length).toBeGreaterThan(0);
    expect(operations.length).toBeGreaterThan(20);
    const unguarded = operations.filter((op) => !policies.get(op));
    expect(unguarded).toEqual([]);
    const publicOnes = operations.filter((op) => policies.get(op)?.kind === 'public').sort();
    expect(publicOnes).toEqual([
      'Mutation.cancelSignUp',
      'Mutation.changeSignUp',
      'Mutation.claimVoucher',
      'Mutation.completeLogIn',
      // The new address's link and the old address's undo link: opened from a mailbox, maybe on another device.
      'Mutation.confirmEmailChange',
      'Mutation.confirmSignUp',
      'Mutation.deleteSignUp',
      'Mutation.logIn',
      'Mutation.requestPasswordReset',
      'Mutation.resetPassword',
      'Mutation.signUp',
      'Mutation.signUpToCashmob',
      'Mutation.signUpWithInvitation',
      'Mutation.undoEmailChange',
      'Mutation.unsubscribe',
      'Query.devMailbox',
      'Query.invitationPreview',
      'Query.me',
      'Query.mySignUp',
      'Query.publicCampaign',
      'Query.publicCashmob',
      'Query.shopShowcase',
      'Query.viewer',
    ]);
  });

  it('has its schema committed in apps/api/schema.gql (run `npm run schema` after changing the API)', () => {
    const printed = printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['UPDATE_SCHEMA']) writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  it('refuses operations with no declared policy (deny by default), anonymous callers and unknown associations', async () => {
    const anonymous = api.client();
    expect((await anonymous.fails(`{ association { name } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    const person = await signedUpClient(api);
    expect((await person.fails(`{ association { name } }`)).extensions?.code).toBe('FORBIDDEN');
    person.associationId = '00000000-0000-4000-8000-000000000000';
    expect((await person.fails(`{ directory { totalCount } }`)).extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps association B private from a member of association A, for every operation', async () => {
    const presidentA = await signedUpClient(api, 'Présidente A');
    await createAssociation(presidentA, 'Association A');
    const presidentB = await signedUpClient(api, 'Président B');
    const { membershipId: presidentBMembership, associationId: associationB } = await createAssociation(
      presidentB,
      'Association B',
    );
    const memberB = await joinedMember(api, presidentB, 'MEMBER', 'Adhérente B');
    await memberB.ok(
      `mutation { updateMyShop(input: { name: "Boutique B", trade: FOOD, address: "1 rue B", postcode: "35500", town: "Vitré", openingHours: [] }) { id } }`,
    );
    const { inviteMember } = await presidentB.ok<{ inviteMember: { id: string } }>(
      `mutation { inviteMember(input: { email: "${uniqueEmail()}", role: MEMBER }) { id } }`,
    );
    const bIds = { member: memberB.membershipId, president: presidentBMembership, invitation: inviteMember.id };
    const { createPost: postB } = await memberB.ok<{ createPost: { id: string } }>(
      `mutation { createPost(input: { text: "Publication B" }) { id } }`,
    );
    const { createProject: projectB } = await memberB.ok<{ createProject: { id: string } }>(
      `mutation { createProject(input: { title: "Projet B", category: OTHER, splitRule: { kind: EQUAL }, budgetLines: [{ label: "B", quantity: 1, unitPriceCents: 100, vatRateBp: 0 }] }) { id } }`,
    );
    const soon = new Date(Date.now() + 86_400_000).toISOString();
    const money = `projectId: "${projectB.id}", idempotencyKey: "k"`;

    // A's president, with A selected, aims at B's rows by id: nothing is found or changed.
    const notFound: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { member(id: $id) { id } }`, { id: bIds.member }],
      [`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: bIds.member }],
      [
        `mutation($id: ID!) { changeMemberRole(input: { membershipId: $id, role: BOARD }) { id } }`,
        { id: bIds.member },
      ],
      [`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: bIds.invitation }],
      [`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: bIds.invitation }],
      [`query($id: ID!) { post(id: $id) { id } }`, { id: postB.id }],
      [`query($id: ID!) { comments(postId: $id) { nodes { id } } }`, { id: postB.id }],
      [`query($id: ID!) { reactors(postId: $id, emoji: HEART) { id } }`, { id: postB.id }],
      [`mutation($id: ID!) { toggleReaction(input: { postId: $id, emoji: HEART }) { id } }`, { id: postB.id }],
      [`mutation($id: ID!) { createComment(input: { postId: $id, text: "Intrus" }) { id } }`, { id: postB.id }],
      [`mutation($id: ID!) { updatePost(input: { id: $id, text: "Intrus" }) { id } }`, { id: postB.id }],
      [`mutation($id: ID!) { hidePost(input: { id: $id, reason: "Intrus" }) { id } }`, { id: postB.id }],
      [`mutation($id: ID!) { pinPost(id: $id) { id } }`, { id: postB.id }],
      [`query($id: ID!) { project(id: $id) { id } }`, { id: projectB.id }],
      [`mutation($id: ID!) { updateProject(input: { id: $id, title: "Intrus" }) { id } }`, { id: projectB.id }],
      [`mutation($id: ID!) { assignConsultant(projectId: $id, membershipId: $id) { id } }`, { id: projectB.id }],
      [
        `mutation($id: ID!, $d: DateTime!) { proposeProject(id: $id, voteDeadline: $d) { id } }`,
        { id: projectB.id, d: soon },
      ],
      [`mutation($id: ID!) { castVote(projectId: $id, choice: FOR) { id } }`, { id: projectB.id }],
      [`mutation($id: ID!) { closeVote(projectId: $id) { id } }`, { id: projectB.id }],
      [`mutation($id: ID!) { joinProject(id: $id) { id } }`, { id: projectB.id }],
      [`mutation($id: ID!) { leaveProject(id: $id) { id } }`, { id: projectB.id }],
      [`mutation($id: ID!) { startProject(id: $id) { id } }`, { id: projectB.id }],
      [`mutation($id: ID!) { closeProject(id: $id) { id } }`, { id: projectB.id }],
      [`query($id: ID!) { projectComments(projectId: $id) { id } }`, { id: projectB.id }],
      [`mutation($id: ID!) { commentProject(projectId: $id, text: "Intrus") { id } }`, { id: projectB.id }],
      [`query($id: ID!) { ledger(projectId: $id) { id } balances(projectId: $id) { cashCents } }`, { id: projectB.id }],
      [`query($id: ID!) { settlement(projectId: $id) { cents } }`, { id: projectB.id }],
      [
        `mutation($id: ID!) { setProjectOverpaymentLimit(input: { projectId: $id, limitCents: null }) { id } }`,
        { id: projectB.id },
      ],
      [`query($id: ID!) { projectAudit(projectId: $id) { id } }`, { id: projectB.id }],
      [
        `mutation($m: ID!) { recordContribution(input: { ${money}, membershipId: $m, cents: 100, paymentMethod: CASH }) { id } }`,
        { m: bIds.member },
      ],
      [`mutation { recordExpense(input: { ${money}, supplier: "Intrus", cents: 100 }) { id } }`, {}],
      [
        `mutation($m: ID!) { recordRefund(input: { ${money}, membershipId: $m, cents: 100 }) { id } }`,
        { m: bIds.member },
      ],
      [`mutation($e: ID!) { reverseLedgerEntry(input: { ${money}, entryId: $e }) { id } }`, { e: projectB.id }],
    ];
    for (const [query, variables] of notFound) {
      expect([query, (await presidentA.fails(query, variables)).extensions?.code]).toEqual([query, 'NOT_FOUND']);
    }
    // Lists show only A.
    const lists = await presidentA.ok<{
      directory: { nodes: { user: { name: string } }[] };
      invitations: unknown[];
      association: { name: string };
    }>(`{ directory { nodes { user { name } } } invitations { id } association { name } }`);
    expect(lists).toEqual({
      directory: { nodes: [{ user: { name: 'Présidente A' } }] },
      invitations: [],
      association: { name: 'Association A' },
    });
    expect(
      await presidentA.ok(`{ feed { nodes { id } } search(query: "publication B") { id } topics { id } }`),
    ).toEqual({ feed: { nodes: [] }, search: [], topics: [] });
    expect(await presidentA.ok(`{ projects { nodes { id } } }`)).toEqual({ projects: { nodes: [] } });
    for (const path of [
      `/api/projects/${projectB.id}/ledger.csv`,
      `/api/projects/${projectB.id}/files/${projectB.id}`,
    ]) {
      expect([path, (await presidentA.fetch(path)).status]).toEqual([path, 404]);
    }

    // With B selected, every operation inside an association is FORBIDDEN to A's president.
    const intruder = Object.assign(Object.create(Object.getPrototypeOf(presidentA)), presidentA) as GraphqlClient;
    intruder.associationId = associationB;
    const forbidden = [
      `{ association { name } }`,
      `{ directory { totalCount } }`,
      `query { member(id: "${bIds.member}") { id } }`,
      `{ myShop { id } }`,
      `{ invitations { id } }`,
      `mutation { updateAssociationSettings(input: { quorumPercent: 1 }) { id } }`,
      `mutation { inviteMember(input: { email: "x-${Date.now()}@example.fr", role: MEMBER }) { id } }`,
      `mutation { resendInvitation(id: "${bIds.invitation}") { id } }`,
      `mutation { revokeInvitation(id: "${bIds.invitation}") { id } }`,
      `mutation { changeMemberRole(input: { membershipId: "${bIds.member}", role: BOARD }) { id } }`,
      `mutation { removeMember(membershipId: "${bIds.member}") }`,
      `mutation { leaveAssociation }`,
      `mutation { updateMyShop(input: { name: "Intrus", trade: FOOD, address: "x", postcode: "35500", town: "x", openingHours: [] }) { id } }`,
      `{ feed { nodes { id } } }`,
      `{ topics { id } }`,
      `{ search(query: "Publication") { id } }`,
      `query { post(id: "${postB.id}") { id } }`,
      `mutation { createPost(input: { text: "Intrus" }) { id } }`,
      `mutation { toggleReaction(input: { postId: "${postB.id}", emoji: HEART }) { id } }`,
      `{ projects { nodes { id } } }`,
      `query { project(id: "${projectB.id}") { id } }`,
      `mutation { joinProject(id: "${projectB.id}") { id } }`,
      `mutation { recordExpense(input: { ${money}, supplier: "Intrus", cents: 100 }) { id } }`,
    ];
    for (const query of forbidden)
      expect([query, (await intruder.fails(query)).extensions?.code]).toEqual([query, 'FORBIDDEN']);

    // B is unchanged.
    expect(
      await presidentB.ok(
        `query($id: ID!) { project(id: $id) { title status } ledger(projectId: $id) { id } projectComments(projectId: $id) { id } }`,
        { id: projectB.id },
      ),
    ).toEqual({
      project: { title: 'Projet B', status: 'DRAFT' },
      ledger: [],
      projectComments: [],
    });
    expect(await presidentB.ok(`{ association { quorumPercent memberCount } invitations { status } }`)).toEqual({
      association: { quorumPercent: 50, memberCount: 2 },
      invitations: [{ status: 'PENDING' }, { status: 'ACCEPTED' }],
    });
    // An invitation token of B does not leak B's members to A, and accepting someone else's is refused.
    const email = uniqueEmail();
    await presidentB.ok(`mutation { inviteMember(input: { email: "${email}", role: MEMBER }) { id } }`);
    const token = await tokenFromMail(api, email, '/invitation/');
    expect(
      (await presidentA.fails(`mutation($t: String!) { acceptInvitation(token: $t) { id } }`, { t: token })).extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
  });
});
