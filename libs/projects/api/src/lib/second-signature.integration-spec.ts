import { EXPENSE, fundedProject, Project, projectsWorld, REVERSE, World } from './projects-test-helpers';

const SETTINGS = `mutation($input: UpdateAssociationSettingsInput!) { updateAssociationSettings(input: $input) { secondSignatureAboveCents } }`;
const APPROVE = `mutation($input: ApproveExpenseInput!) { approveExpense(input: $input) { id approval decidedByMembershipId } }`;
const REJECT = `mutation($input: RejectExpenseInput!) { rejectExpense(input: $input) { id approval rejectionReason } }`;
const LEDGER = `query($id: ID!) { ledger(projectId: $id) { id approval rejectionReason } balances(projectId: $id) { cashCents expensesCents pendingCents } }`;

interface Ledger {
  ledger: { id: string; approval: string; rejectionReason: string | null }[];
  balances: { cashCents: number; expensesCents: number; pendingCents: number };
}

describe('two signatures on a project expense (issue 16)', () => {
  let world: World;
  let funded: Project;
  beforeAll(async () => {
    world = await projectsWorld(3);
    funded = await fundedProject(world, world.members);
    await world.board.ok(`mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`, {
      input: {
        projectId: funded.id,
        idempotencyKey: 'c1',
        membershipId: world.members[0].membershipId,
        cents: 18_000,
        paymentMethod: 'TRANSFER',
      },
    });
  });
  afterAll(() => world.api.close());

  const expense = (key: string, cents: number) => ({
    input: { projectId: funded.id, idempotencyKey: key, supplier: 'Menuiserie Leroux', cents },
  });
  const ledger = () => world.president.ok<Ledger>(LEDGER, { id: funded.id });

  it('is off by default; the president sets the threshold, nobody else', async () => {
    const small = await world.board.ok<{ recordExpense: { id: string } }>(EXPENSE, expense('before', 1_000));
    expect((await ledger()).ledger.find((e) => e.id === small.recordExpense.id)?.approval).toBe('APPROVED');
    expect((await world.board.fails(SETTINGS, { input: { secondSignatureAboveCents: 5_000 } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const refused = await world.president.fails(SETTINGS, { input: { secondSignatureAboveCents: -1 } });
    expect(refused.extensions?.fields).toMatchObject([{ field: 'secondSignatureAboveCents' }]);
    expect(await world.president.ok(SETTINGS, { input: { secondSignatureAboveCents: 5_000 } })).toEqual({
      updateAssociationSettings: { secondSignatureAboveCents: 5_000 },
    });
  });

  it('holds an expense above the threshold out of the balances until a second board member approves it, once', async () => {
    const before = (await ledger()).balances;
    const atThreshold = await world.board.ok<{ recordExpense: { id: string } }>(EXPENSE, expense('at', 5_000));
    const big = await world.board.ok<{ recordExpense: { id: string } }>(EXPENSE, expense('big', 12_000));
    const afterRecording = await ledger();
    expect(afterRecording.ledger.find((e) => e.id === atThreshold.recordExpense.id)?.approval).toBe('APPROVED');
    expect(afterRecording.ledger.find((e) => e.id === big.recordExpense.id)?.approval).toBe('PENDING');
    expect(afterRecording.balances).toEqual({
      cashCents: before.cashCents - 5_000,
      expensesCents: before.expensesCents + 5_000,
      pendingCents: 12_000,
    });

    const input = { input: { projectId: funded.id, entryId: big.recordExpense.id } };
    // the president is told, not the member who recorded it
    const told = async (client: World['president']) =>
      (
        await client.ok<{ notifications: { nodes: { kind: string; subjectId: string; excerpt: string }[] } }>(
          `{ notifications(first: 50) { nodes { kind subjectId excerpt } } }`,
        )
      ).notifications.nodes.filter((n) => n.kind === 'PROJECT_EXPENSE_TO_SIGN');
    expect(await told(world.president)).toMatchObject([{ subjectId: funded.id }]);
    expect((await told(world.president))[0].excerpt.replace(/[\u202f\u00a0]/g, ' ')).toContain(
      'Menuiserie Leroux, 120,00 €',
    );
    expect(await told(world.board)).toEqual([]);
    expect(await told(world.members[0])).toEqual([]);

    // the member who recorded it cannot be its second signature, in French and in English
    expect((await world.board.fails(APPROVE, input)).extensions?.fields).toMatchObject([
      {
        field: 'entryId',
        reason: 'sameSigner',
        message: 'Vous avez enregistré cette dépense : la seconde signature revient à un autre membre du bureau.',
      },
    ]);
    await world.board.ok(`mutation { setLocale(locale: EN) { id } }`);
    expect((await world.board.fails(APPROVE, input)).extensions?.fields).toMatchObject([
      { message: 'You recorded this expense: the second signature must come from another board member.' },
    ]);
    await world.board.ok(`mutation { setLocale(locale: FR) { id } }`);
    // a member cannot sign; a pending expense cannot be reversed
    expect((await world.members[0].fails(APPROVE, input)).extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await world.board.fails(REVERSE, {
          input: { projectId: funded.id, idempotencyKey: 'rev-big', entryId: big.recordExpense.id },
        })
      ).extensions?.fields,
    ).toMatchObject([{ field: 'entryId', reason: 'reversePending' }]);

    // the president approves twice at once, and again: one approval recorded, counted once
    const approvals = await Promise.all([
      world.president.ok<{ approveExpense: { approval: string } }>(APPROVE, input),
      world.president.ok<{ approveExpense: { approval: string } }>(APPROVE, input),
      world.president.ok<{ approveExpense: { approval: string } }>(APPROVE, input),
    ]);
    expect(approvals.map((a) => a.approveExpense.approval)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
    await world.president.ok(APPROVE, input);
    const audit = await world.api.dataSource.query(
      `SELECT count(*)::int AS n FROM project_audit WHERE "projectId" = $1 AND action = 'EXPENSE_APPROVED'`,
      [funded.id],
    );
    expect(audit[0].n).toBe(1);
    expect((await ledger()).balances).toEqual({
      cashCents: before.cashCents - 17_000,
      expensesCents: before.expensesCents + 17_000,
      pendingCents: 0,
    });
    // once approved, it cannot be rejected
    expect(
      (await world.president.fails(REJECT, { input: { ...input.input, reason: 'Trop tard' } })).extensions?.fields,
    ).toMatchObject([{ field: 'entryId', reason: 'alreadyApproved' }]);
  });

  it('lets the second board member reject it with a reason: shown, never counted', async () => {
    const before = (await ledger()).balances;
    const big = await world.president.ok<{ recordExpense: { id: string } }>(EXPENSE, expense('quote', 9_000));
    const input = { projectId: funded.id, entryId: big.recordExpense.id };
    expect((await world.board.fails(REJECT, { input: { ...input, reason: '' } })).extensions?.fields).toMatchObject([
      { field: 'reason' },
    ]);
    // an approval and a rejection at once: exactly one decision stands
    const [approved, rejected] = await Promise.all([
      world.board.request(APPROVE, { input }),
      world.board.request(REJECT, { input: { ...input, reason: 'Devis non signé' } }),
    ]);
    expect([approved, rejected].filter((r) => !r.errors).length).toBe(1);
    const audit = await world.api.dataSource.query(
      `SELECT count(*)::int AS n FROM project_audit WHERE "projectId" = $1 AND action LIKE 'EXPENSE_%ED' AND after->>'entryId' = $2`,
      [funded.id, big.recordExpense.id],
    );
    expect(audit[0].n).toBe(1);
    // whichever came first, a fresh one rejected says why and stays out of the balances
    const other = await world.president.ok<{ recordExpense: { id: string } }>(EXPENSE, expense('quote2', 7_000));
    const refusal = await world.board.ok<{ rejectExpense: { approval: string; rejectionReason: string } }>(REJECT, {
      input: { projectId: funded.id, entryId: other.recordExpense.id, reason: ' Devis non signé ' },
    });
    expect(refusal.rejectExpense).toMatchObject({ approval: 'REJECTED', rejectionReason: 'Devis non signé' });
    const after = await ledger();
    const counted = approved.errors ? 0 : 9_000;
    expect(after.balances).toEqual({
      cashCents: before.cashCents - counted,
      expensesCents: before.expensesCents + counted,
      pendingCents: 0,
    });
    expect(
      (
        await world.board.fails(REVERSE, {
          input: { projectId: funded.id, idempotencyKey: 'rev-other', entryId: other.recordExpense.id },
        })
      ).extensions?.fields,
    ).toMatchObject([{ field: 'entryId', reason: 'reverseRejected' }]);
  });

  it('refuses to close the project while an expense awaits its second signature, saying why; decided, it closes', async () => {
    const CLOSE = `mutation($id: ID!) { closeProject(id: $id) { status } }`;
    const STATUS = `query($id: ID!) { project(id: $id) { status } }`;
    await world.board.ok(`mutation($id: ID!) { startProject(id: $id) { status } }`, { id: funded.id });
    const waiting = await world.president.ok<{ recordExpense: { id: string } }>(
      EXPENSE,
      expense('before-close', 8_000),
    );
    expect((await world.board.fails(CLOSE, { id: funded.id })).extensions?.fields).toEqual([
      {
        field: 'status',
        reason: 'closePendingSignatures',
        params: { count: 1 },
        message:
          'Le projet ne peut pas être clôturé tant que des dépenses attendent une seconde signature (en attente : 1). Approuvez-les ou refusez-les d’abord.',
      },
    ]);
    await world.president.ok(`mutation { setLocale(locale: EN) { id } }`);
    expect((await world.president.fails(CLOSE, { id: funded.id })).extensions?.fields).toMatchObject([
      {
        message:
          'The project cannot be closed while expenses await a second signature (awaiting: 1). Approve or reject them first.',
      },
    ]);
    await world.president.ok(`mutation { setLocale(locale: FR) { id } }`);
    expect(await world.board.ok(STATUS, { id: funded.id })).toEqual({ project: { status: 'ACTIVE' } });

    // still open, the expense can be decided; then the project closes
    const approved = await world.board.ok<{ approveExpense: { approval: string } }>(APPROVE, {
      input: { projectId: funded.id, entryId: waiting.recordExpense.id },
    });
    expect(approved.approveExpense.approval).toBe('APPROVED');
    expect(await world.board.ok(CLOSE, { id: funded.id })).toEqual({ closeProject: { status: 'CLOSED' } });
    expect((await ledger()).balances.pendingCents).toBe(0);
  });
});
