import {
  CONTRIBUTE,
  EXPENSE,
  fundedProject,
  Member,
  PDF,
  PNG,
  Project,
  project,
  projectsWorld,
  REFUND,
  REVERSE,
  TOTAL,
  upload,
  World,
} from './projects-test-helpers';

const BALANCES = `query($id: ID!) { balances(projectId: $id) { cashCents expensesCents participants { membershipId paidCents owedCents balanceCents } } }`;
const LEDGER = `query($id: ID!) { ledger(projectId: $id) { id kind debit credit cents reverses } }`;

/** The one money model the page shows. */
type Money = {
  basis: 'BUDGET' | 'SPENT';
  cashCents: number;
  expensesCents: number;
  sharesTotalCents: number;
  projectBalanceCents: number;
  participants: { membershipId: string; paidCents: number; owedCents: number; balanceCents: number }[];
  transfers: { from: string; to: string; cents: number }[];
};
const MONEY = `query($id: ID!) { balances(projectId: $id) { basis cashCents expensesCents sharesTotalCents projectBalanceCents
  participants { membershipId paidCents owedCents balanceCents } transfers { from to cents } } }`;

/** Applying the transfers to the balances shown beside them brings every one to zero. */
function expectTransfersZeroBalances(money: Money): void {
  const position = new Map(money.participants.map((p) => [p.membershipId, p.balanceCents]));
  position.set('project:cash', money.projectBalanceCents);
  for (const t of money.transfers) {
    expect(t.cents).toBeGreaterThan(0);
    position.set(t.from, (position.get(t.from) ?? 0) + t.cents);
    position.set(t.to, (position.get(t.to) ?? 0) - t.cents);
  }
  expect([...position.values()].map((v) => v + 0)).toEqual([...position.keys()].map(() => 0));
}

describe('the project ledger: contributions, expenses, refunds, corrections, settle-up, CSV and audit', () => {
  let world: World;
  let funded: Project;
  let participants: Member[];
  beforeAll(async () => {
    world = await projectsWorld(3);
    participants = world.members;
    funded = await fundedProject(world, participants);
  });
  afterAll(() => world.api.close());

  const contribution = (key: string, m: Member, cents: number, extra: Record<string, unknown> = {}) => ({
    input: {
      projectId: funded.id,
      idempotencyKey: key,
      membershipId: m.membershipId,
      cents,
      paymentMethod: 'TRANSFER',
      occurredAt: '2026-03-05T22:30:00Z',
      confirmOverpayment: true,
      ...extra,
    },
  });
  const count = async () =>
    (
      await world.api.dataSource.query(`SELECT count(*)::int AS n FROM project_ledger_entries WHERE "projectId" = $1`, [
        funded.id,
      ])
    )[0].n as number;

  it('records contributions for the president and board only, refusing bad input field by field with nothing recorded', async () => {
    const { president, board, members, consultant } = world;
    expect(funded.status).toBe('FUNDED');
    expect((await members[0].fails(CONTRIBUTE, contribution('m', members[0], 100))).extensions?.code).toBe('FORBIDDEN');
    expect((await consultant.fails(CONTRIBUTE, contribution('c', members[0], 100))).extensions?.code).toBe('FORBIDDEN');
    expect((await board.fails(CONTRIBUTE, contribution('z', members[0], 0))).extensions?.fields).toMatchObject([
      { field: 'cents', message: 'La valeur doit être au moins 1.' },
    ]);
    expect((await board.fails(CONTRIBUTE, contribution('n', members[0], -100))).extensions?.fields).toMatchObject([
      { field: 'cents', message: 'La valeur doit être au moins 1.' },
    ]);
    expect(
      (await board.fails(CONTRIBUTE, contribution('s', consultant as Member, 100))).extensions?.fields,
    ).toMatchObject([{ field: 'membershipId', message: 'Cette personne ne participe pas au projet.' }]);
    expect(await count()).toBe(0);
    const entry = await board.ok<{ recordContribution: unknown }>(
      CONTRIBUTE,
      contribution('c1', members[0], TOTAL / 3),
    );
    expect(entry.recordContribution).toMatchObject({
      kind: 'CONTRIBUTION',
      debit: 'project:cash',
      credit: `participant:${members[0].membershipId}`,
      cents: TOTAL / 3,
      paymentMethod: 'TRANSFER',
    });
    await president.ok(
      CONTRIBUTE,
      contribution('c2', members[1], 10_000, { paymentMethod: 'CHEQUE', note: 'Chèque n° 123' }),
    );
  });

  it('refuses a day that does not exist (30 February) naming the field, in French and English, recording nothing', async () => {
    const { board, members } = world;
    const before = await count();
    // new Date('2026-02-30') is 2 March: the entry used to go into the append-only ledger at that date.
    for (const occurredAt of ['2026-02-30', '2026-02-30T10:00:00Z', '2026-04-31T09:00:00+02:00']) {
      const refused = await board.fails(
        CONTRIBUTE,
        contribution(`impossible-${occurredAt}`, members[0], 100, { occurredAt }),
      );
      expect(refused.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'occurredAt', message: "Cette date n'existe pas (ex. 30 février, 31 avril ou 24 h 00)." }],
      });
    }
    board.language = 'en';
    try {
      const english = await board.fails(
        CONTRIBUTE,
        contribution('impossible-en', members[0], 100, { occurredAt: '2026-02-30' }),
      );
      expect(english.extensions?.fields).toMatchObject([
        { field: 'occurredAt', message: 'This date does not exist (e.g. 30 February, 31 April or 24:00).' },
      ]);
      const malformed = await board.fails(
        CONTRIBUTE,
        contribution('malformed', members[0], 100, { occurredAt: 'March 2, 2026' }),
      );
      expect(malformed.extensions?.fields).toMatchObject([
        { field: 'occurredAt', message: 'Give a date in ISO 8601 format (e.g. 2026-12-24 or 2026-12-24T18:00:00Z).' },
      ]);
    } finally {
      board.language = 'fr';
    }
    expect(await count()).toBe(before);
    // The last day of February is a day.
    await board.ok(CONTRIBUTE, contribution('feb-28', members[0], 100, { occurredAt: '2026-02-28' }));
    expect(await count()).toBe(before + 1);
  });

  it('replays the first result for the same idempotency key and refuses the same key with other content', async () => {
    const { board, members } = world;
    const before = await count();
    const first = await board.ok<{ recordContribution: { id: string } }>(
      CONTRIBUTE,
      contribution('same-key', members[2], 5_000),
    );
    const again = await board.ok<{ recordContribution: { id: string } }>(
      CONTRIBUTE,
      contribution('same-key', members[2], 5_000),
    );
    expect(again.recordContribution.id).toBe(first.recordContribution.id);
    const conflict = await board.fails(CONTRIBUTE, contribution('same-key', members[2], 5_001));
    expect(conflict.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'idempotencyKey', message: 'Cette clé a déjà servi pour une autre opération.' }],
    });
    // the same key in parallel: one entry
    await Promise.all(
      Array.from({ length: 5 }, () => board.ok(CONTRIBUTE, contribution('parallel-key', members[2], 1_000))),
    );
    expect(await count()).toBe(before + 2);
  });

  it('keeps the ledger balanced to the cent under 50 parallel contributions', async () => {
    const { president, board } = world;
    const before = (await board.ok<{ balances: { cashCents: number } }>(BALANCES, { id: funded.id })).balances
      .cashCents;
    const amounts = Array.from({ length: 50 }, (_, i) => 101 + i * 7);
    await Promise.all(
      amounts.map((cents, i) =>
        (i % 2 ? board : president).ok(CONTRIBUTE, contribution(`bulk-${i}`, participants[i % 3], cents)),
      ),
    );
    const { balances } = await board.ok<{
      balances: { cashCents: number; participants: { paidCents: number; owedCents: number; balanceCents: number }[] };
    }>(BALANCES, { id: funded.id });
    const added = amounts.reduce((a, b) => a + b, 0);
    expect(balances.cashCents).toBe(before + added);
    expect(balances.participants.reduce((s, p) => s + p.paidCents, 0)).toBe(balances.cashCents);
    expect(balances.participants.reduce((s, p) => s + p.owedCents, 0)).toBe(TOTAL);
    const ledger = await board.ok<{ ledger: { debit: string; credit: string; cents: number }[] }>(LEDGER, {
      id: funded.id,
    });
    const sums = new Map<string, number>();
    for (const e of ledger.ledger) {
      sums.set(e.debit, (sums.get(e.debit) ?? 0) + e.cents);
      sums.set(e.credit, (sums.get(e.credit) ?? 0) - e.cents);
    }
    expect([...sums.values()].reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('records expenses with an uploaded receipt (PDF or image, at most 10 MB), refunds and corrections, never edits', async () => {
    const { board, members } = world;
    const path = `/api/projects/${funded.id}/receipts`;
    expect((await upload(members[0], path, PDF, 'application/pdf')).status).toBe(403);
    const notDocument = await upload(board, path, Buffer.from('GIF89a not allowed'), 'image/gif', 'recu.gif');
    expect(notDocument.status).toBe(400);
    expect(await notDocument.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'file', message: 'Le fichier doit être un PDF ou une image PNG, JPEG ou WebP.' }],
    });
    const tooBig = await upload(board, path, Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]), 'image/png');
    expect(tooBig.status).toBe(400);
    expect(await tooBig.json()).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'file', message: 'Le fichier ne doit pas dépasser 10 Mo.' }],
    });
    const before = await count();
    const { receiptId } = (await (await upload(board, path, PDF, 'application/pdf', 'facture.pdf')).json()) as {
      receiptId: string;
    };
    const expense = await board.ok<{ recordExpense: { id: string; debit: string; credit: string; receiptId: string } }>(
      EXPENSE,
      {
        input: {
          projectId: funded.id,
          idempotencyKey: 'e1',
          supplier: 'Imprimerie du Centre',
          cents: 18_000,
          paymentMethod: 'TRANSFER',
          receiptId,
          occurredAt: '2026-03-06T10:00:00Z',
        },
      },
    );
    expect(expense.recordExpense).toMatchObject({
      debit: 'supplier:Imprimerie du Centre',
      credit: 'project:cash',
      receiptId,
    });
    expect(
      (
        await board.fails(EXPENSE, {
          input: { projectId: funded.id, idempotencyKey: 'e2', supplier: 'X', cents: 100, receiptId: funded.id },
        })
      ).extensions?.fields,
    ).toMatchObject([{ field: 'receiptId', message: "Ce justificatif n'est plus disponible : envoyez-le à nouveau." }]);
    await board.ok(EXPENSE, {
      input: {
        projectId: funded.id,
        idempotencyKey: 'e3',
        supplier: 'Radio Vitré',
        cents: 36_000,
        paidByMembershipId: members[1].membershipId,
      },
    });
    const refund = await board.ok<{ recordRefund: { debit: string; credit: string } }>(REFUND, {
      input: { projectId: funded.id, idempotencyKey: 'r1', membershipId: members[2].membershipId, cents: 500 },
    });
    expect(refund.recordRefund).toMatchObject({
      debit: `participant:${members[2].membershipId}`,
      credit: 'project:cash',
    });
    expect(
      (await board.fails(REFUND, { input: { projectId: funded.id, idempotencyKey: 'r2', cents: 500 } })).extensions
        ?.fields,
    ).toMatchObject([{ field: 'membershipId', message: 'Ce champ est obligatoire.' }]);

    const reversed = await board.ok<{
      reverseLedgerEntry: { kind: string; debit: string; credit: string; reverses: string };
    }>(REVERSE, { input: { projectId: funded.id, idempotencyKey: 'x1', entryId: expense.recordExpense.id } });
    expect(reversed.reverseLedgerEntry).toEqual({
      id: expect.any(String),
      kind: 'CORRECTION',
      debit: 'project:cash',
      credit: 'supplier:Imprimerie du Centre',
      cents: 18_000,
      reverses: expense.recordExpense.id,
    });
    expect(
      (
        await board.fails(REVERSE, {
          input: { projectId: funded.id, idempotencyKey: 'x2', entryId: expense.recordExpense.id },
        })
      ).extensions?.fields,
    ).toMatchObject([{ field: 'reverses', message: 'Cette écriture a déjà été annulée.' }]);
    expect(
      (await board.fails(REVERSE, { input: { projectId: funded.id, idempotencyKey: 'x3', entryId: funded.id } }))
        .extensions?.fields,
    ).toMatchObject([{ field: 'entryId', message: "Cette écriture n'existe pas." }]);
    expect(await count()).toBe(before + 4);
  });

  it('shows one money model, readable by every member: balances against the shares and the transfers that zero them', async () => {
    const { members, consultant } = world;
    const { balances } = await members[0].ok<{ balances: Money }>(MONEY, { id: funded.id });
    // the printer's expense was reversed: only the radio (paid by a participant) remains
    expect(balances.expensesCents).toBe(36_000);
    // before closing, against the frozen shares (a third of the budget each), settled with the project
    expect(balances.basis).toBe('BUDGET');
    expect(balances.participants.map((p) => p.owedCents)).toEqual([18_000, 18_000, 18_000]);
    expect(balances.transfers.every((t) => t.from === 'project:cash' || t.to === 'project:cash')).toBe(true);
    expectTransfersZeroBalances(balances);
    const { settlement } = await members[0].ok<{ settlement: Money['transfers'] }>(
      `query($id: ID!) { settlement(projectId: $id) { from to cents } }`,
      { id: funded.id },
    );
    expect(settlement).toEqual(balances.transfers);
    expect(
      (await consultant.fails(`query($id: ID!) { ledger(projectId: $id) { id } }`, { id: funded.id })).extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('exports the ledger as CSV for French (BOM, semicolons, decimal comma, dd/mm/yyyy) and English spreadsheets', async () => {
    const { members } = world;
    const fr = await members[0].fetch(`/api/projects/${funded.id}/ledger.csv?locale=fr`);
    expect(fr.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(fr.headers.get('content-disposition')).toMatch(
      /^attachment; filename="grand-livre-campagne-de-pub-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = Buffer.from(await fr.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const frText = bytes.subarray(3).toString('utf8');
    const [header, first] = frText.split('\r\n');
    expect(header).toBe("Date;N° d'écriture;Opération;Libellé;De;À;Moyen de paiement;Montant (EUR);Annule l'écriture");
    // 22:30 UTC on 5 March is 23:30 in Paris: still the 5th
    expect(first).toMatch(/^05\/03\/2026;[0-9a-f-]{36};Participation;;Commerçant 1;Caisse du projet;Virement;180,00;$/);
    expect(frText).toContain('Chèque n° 123');
    const en = await (await members[0].fetch(`/api/projects/${funded.id}/ledger.csv?locale=en`)).text();
    expect(en.charCodeAt(0)).not.toBe(0xfeff);
    expect(en.split('\r\n')[1]).toMatch(
      /^2026-03-05,[0-9a-f-]{36},Contribution,,Commerçant 1,Project cash,Bank transfer,180\.00,$/,
    );
  });

  it('starts and closes the project (president and board), writing every status and money change to the audit trail', async () => {
    const { president, board, members } = world;
    expect(
      (await members[0].fails(`mutation($id: ID!) { startProject(id: $id) { status } }`, { id: funded.id })).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await board.fails(`mutation($id: ID!) { closeProject(id: $id) { status } }`, { id: funded.id })).extensions
        ?.fields,
    ).toMatchObject([{ field: 'status', message: "Le projet ne peut pas passer de l'état « FUNDED » par « CLOSE »." }]);
    await board.ok(`mutation($id: ID!) { startProject(id: $id) { status } }`, { id: funded.id });
    await board.ok(CONTRIBUTE, contribution('active', members[2], 100));
    await president.ok(`mutation($id: ID!) { closeProject(id: $id) { status } }`, { id: funded.id });
    expect((await project(members[0], funded.id)).status).toBe('CLOSED');
    // closing recomputes the shares on what was really spent and proposes the fewest transfers
    const { balances } = await members[0].ok<{ balances: Money }>(MONEY, { id: funded.id });
    expect(balances.basis).toBe('SPENT');
    expect(balances.sharesTotalCents).toBe(balances.expensesCents);
    expect(balances.participants.map((p) => p.owedCents)).toEqual([12_000, 12_000, 12_000]);
    expect(balances.projectBalanceCents).toBe(-balances.cashCents);
    expectTransfersZeroBalances(balances);
    expect(balances.transfers.length).toBeLessThanOrEqual(balances.participants.length);
    expect((await board.fails(CONTRIBUTE, contribution('closed', members[2], 100))).extensions?.fields?.[0].field).toBe(
      'projectId',
    );

    const AUDIT = `query($id: ID!) { projectAudit(projectId: $id) { action actorMembershipId before after } }`;
    expect((await members[0].fails(AUDIT, { id: funded.id })).extensions?.code).toBe('FORBIDDEN');
    const audit = (
      await board.ok<{ projectAudit: { action: string; actorMembershipId: string | null; after: string }[] }>(AUDIT, {
        id: funded.id,
      })
    ).projectAudit;
    const statuses = audit.filter((a) => a.action === 'STATUS').map((a) => JSON.parse(a.after).status);
    expect(statuses).toEqual(['PROPOSED', 'APPROVED_OPEN', 'FUNDED', 'ACTIVE', 'CLOSED']);
    const entries = (await board.ok<{ ledger: unknown[] }>(LEDGER, { id: funded.id })).ledger.length;
    expect(audit.filter((a) => a.action !== 'STATUS')).toHaveLength(entries);
    expect(audit.filter((a) => a.action === 'CORRECTION')).toHaveLength(1);
  });
});
