import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  readPdf,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { accountKey, BANK, shopPayable, TreasuryAccount, TreasuryAccountKind } from '@assoc/treasury-domain';
import { TreasuryLedger, TreasuryModule } from '../index';

const POT: TreasuryAccount = { kind: TreasuryAccountKind.LOYALTY_POT };
const BALANCES = `{ treasuryBalances { account kind ref shopName cents } }`;
const JOURNAL = `query($page: TreasuryJournalInput) { treasuryJournal(page: $page) { nextCursor entries { id day label sourceDomain sourceRef reverses reason lines { account kind ref cents } } } }`;
const STATEMENT = `query($shopId: ID!, $month: String!) { shopStatement(shopId: $shopId, month: $month) { shopId shopName month openingCents closingCents lines { entryId day label owedCents balanceCents } } }`;
const PAY = `mutation($input: RecordShopPaymentInput!) { recordShopPayment(input: $input) { id day label lines { account cents } } }`;
const RECORD = `mutation($input: RecordTreasuryEntryInput!) { recordTreasuryEntry(input: $input) { id day label lines { account cents } } }`;
const REVERSE = `mutation($input: ReverseTreasuryEntryInput!) { reverseTreasuryEntry(input: $input) { id reverses reason lines { account cents } } }`;
const CLOSING = `closable openingCents closingCents closing { id closedByName openingCents closingCents paidCents payment paymentEntryIds }`;
const CLOSED = `query($shopId: ID!, $month: String!) { shopStatement(shopId: $shopId, month: $month) { ${CLOSING} lines { day label owedCents } } }`;
const CLOSE = `mutation($shopId: ID!, $month: String!) { closeShopStatement(shopId: $shopId, month: $month) { ${CLOSING} } }`;
const SHOPS = `{ treasuryShops { id name } }`;

type Person = GraphqlClient & { membershipId: string };
interface World {
  associationId: string;
  president: Person;
  board: Person;
  member: Person;
  shopIds: string[];
}

async function shop(api: TestApp, president: GraphqlClient, name: string): Promise<string> {
  const owner = await joinedMember(api, president, 'MEMBER', `Commerçant ${name}`);
  const { updateMyShop } = await owner.ok<{ updateMyShop: { id: string } }>(
    `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`,
    { input: { name, trade: 'FOOD', address: '3 rue Baudrairie', postcode: '35500', town: 'Vitré', openingHours: [] } },
  );
  return updateMyShop.id;
}

async function world(api: TestApp, name: string): Promise<World> {
  const president = await signedUpClient(api, `Présidente ${name}`);
  const { associationId, membershipId } = await createAssociation(president, name);
  const board = await joinedMember(api, president, 'BOARD', `Trésorier ${name}`);
  const member = await joinedMember(api, president, 'MEMBER', `Membre ${name}`);
  const shopIds = [await shop(api, president, `${name} Épicerie`), await shop(api, president, `${name} Librairie`)];
  return { associationId, president: Object.assign(president, { membershipId }), board, member, shopIds };
}

describe('treasury (integration)', () => {
  let api: TestApp;
  let ledger: TreasuryLedger;
  let a: World;
  let b: World;

  /** A loyalty reward owed to a shop, posted as the loyalty domain will (in its own transaction). */
  const reward = (associationId: string, shopId: string, cents: number, day: string, key: string) =>
    api.dataSource.transaction((manager) =>
      ledger.post(
        manager,
        associationId,
        {
          day,
          label: 'Bon fidélité',
          source: { domain: 'loyalty', ref: key },
          lines: [
            { account: POT, cents },
            { account: shopPayable(shopId), cents: -cents },
          ],
        },
        key,
      ),
    );
  const rows = async (associationId: string) =>
    Number(
      (
        await api.dataSource.query(`SELECT count(*) AS n FROM treasury_lines WHERE "associationId" = $1`, [
          associationId,
        ])
      )[0].n,
    );
  const balanceOf = async (who: GraphqlClient, account: string) =>
    (await who.ok<{ treasuryBalances: { account: string; cents: number }[] }>(BALANCES)).treasuryBalances.find(
      (x) => x.account === account,
    )?.cents ?? 0;

  /** The caller's language: a signed-in person's own setting. */
  const speak = async (who: GraphqlClient, locale: 'EN' | 'FR') => {
    await who.ok(`mutation($locale: Locale!) { setLocale(locale: $locale) { id } }`, { locale });
    who.language = locale.toLowerCase();
  };

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, DirectoryModule, TreasuryModule]);
    ledger = api.app.get(TreasuryLedger);
    a = await world(api, 'Vitré');
    b = await world(api, 'Fougères');
  });
  afterAll(() => api?.close());

  it('posts rewards owed to a shop, pays it from the bank, and the month statement shows what it was and is owed', async () => {
    const [epicerie] = a.shopIds;
    await reward(a.associationId, epicerie, 1250, '2026-02-27', 'redemption-1');
    await reward(a.associationId, epicerie, 500, '2026-03-03', 'redemption-2');
    await a.board.ok(RECORD, {
      input: { flow: 'INCOME', cents: 20000, day: '2026-03-01', label: 'Subvention', idempotencyKey: 'inc-1' },
    });
    const paid = await a.board.ok<{ recordShopPayment: { id: string; lines: { account: string; cents: number }[] } }>(
      PAY,
      { input: { shopId: epicerie, cents: 1750, day: '2026-03-31', label: 'Virement mars', idempotencyKey: 'pay-1' } },
    );
    expect(paid.recordShopPayment.lines).toEqual(
      expect.arrayContaining([
        { account: `SHOP_PAYABLE:${epicerie}`, cents: 1750 },
        { account: 'BANK', cents: -1750 },
      ]),
    );
    const { treasuryBalances } = await a.president.ok<{
      treasuryBalances: { account: string; cents: number; shopName: string | null }[];
    }>(BALANCES);
    expect(Object.fromEntries(treasuryBalances.map((x) => [x.account, x.cents]))).toEqual({
      BANK: 18250,
      INCOME: -20000,
      LOYALTY_POT: 1750,
      [`SHOP_PAYABLE:${epicerie}`]: 0,
    });
    expect(treasuryBalances.find((x) => x.account.startsWith('SHOP'))?.shopName).toBe('Vitré Épicerie');

    const { shopStatement } = await a.board.ok<{ shopStatement: Record<string, unknown> }>(STATEMENT, {
      shopId: epicerie,
      month: '2026-03',
    });
    expect(shopStatement).toMatchObject({
      shopName: 'Vitré Épicerie',
      openingCents: 1250,
      closingCents: 0,
      lines: [
        { day: '2026-03-03', owedCents: 500, balanceCents: 1750 },
        { day: '2026-03-31', label: 'Virement mars', owedCents: -1750, balanceCents: 0 },
      ],
    });

    const fr = await a.board.fetch(`/api/treasury/shops/${epicerie}/statement.csv?month=2026-03&locale=fr`);
    expect(fr.status).toBe(200);
    expect(fr.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(fr.headers.get('content-disposition')).toBe('attachment; filename="releve-2026-03.csv"');
    expect(Buffer.from(await fr.arrayBuffer()).toString('utf8')).toBe(
      '\uFEFFDate;Libellé;Montant (EUR);Solde dû (EUR)\r\n01/03/2026;Solde au début du mois;;12,50\r\n03/03/2026;Bon fidélité;5,00;17,50\r\n31/03/2026;Virement mars;-17,50;0,00\r\n31/03/2026;Solde à la fin du mois;;0,00\r\n',
    );
    const en = await a.board.fetch(`/api/treasury/shops/${epicerie}/statement.csv?month=2026-02&locale=en`);
    expect(en.headers.get('content-disposition')).toBe('attachment; filename="statement-2026-02.csv"');
    expect(await en.text()).toContain('2026-02-27,Bon fidélité,12.50,12.50\r\n2026-02-28,Closing balance,,12.50');
  });

  it('pages the journal, newest first', async () => {
    const first = await a.board.ok<{ treasuryJournal: { nextCursor: string | null; entries: { label: string }[] } }>(
      JOURNAL,
      { page: { first: 2 } },
    );
    expect(first.treasuryJournal.entries.map((e) => e.label)).toEqual(['Virement mars', 'Subvention']);
    const rest = await a.board.ok<{ treasuryJournal: { nextCursor: string | null; entries: { label: string }[] } }>(
      JOURNAL,
      { page: { first: 10, after: first.treasuryJournal.nextCursor } },
    );
    expect(rest.treasuryJournal.entries.map((e) => e.label)).toEqual(['Bon fidélité', 'Bon fidélité']);
    expect(rest.treasuryJournal.nextCursor).toBeNull();
  });

  it("keeps each association's treasury to itself: B's board sees nothing of A and cannot post to it", async () => {
    const [epicerie] = a.shopIds;
    const before = await rows(a.associationId);
    expect((await b.president.ok<{ treasuryBalances: unknown[] }>(BALANCES)).treasuryBalances).toEqual([]);
    expect(
      (await b.president.ok<{ treasuryJournal: { entries: unknown[] } }>(JOURNAL)).treasuryJournal.entries,
    ).toEqual([]);
    expect((await b.board.fails(STATEMENT, { shopId: epicerie, month: '2026-03' })).extensions?.fields).toEqual([
      expect.objectContaining({ field: 'shopId', message: "Ce commerce ne fait pas partie de l'association." }),
    ]);
    expect((await b.board.fetch(`/api/treasury/shops/${epicerie}/statement.csv?month=2026-03`)).status).toBe(400);
    expect(
      (
        await b.board.fails(PAY, {
          input: { shopId: epicerie, cents: 100, label: 'Détournement', idempotencyKey: 'b-pay' },
        })
      ).extensions?.fields?.[0],
    ).toMatchObject({ field: 'shopId' });
    const { treasuryJournal } = await a.board.ok<{ treasuryJournal: { entries: { id: string }[] } }>(JOURNAL);
    expect(
      (
        await b.board.fails(REVERSE, {
          input: { entryId: treasuryJournal.entries[0].id, reason: 'Erreur', idempotencyKey: 'b-rev' },
        })
      ).extensions?.fields?.[0],
    ).toMatchObject({ field: 'entryId', message: "Cette écriture n'existe pas dans la trésorerie de l'association." });
    // The ledger itself refuses a posting to another association's shop.
    await expect(reward(b.associationId, epicerie, 100, '2026-03-05', 'b-reward')).rejects.toMatchObject({
      fields: [{ field: 'lines.1.account', reason: 'treasuryShopUnknown' }],
    });
    // Same idempotency key in two associations: two entries, one each.
    await b.board.ok(RECORD, {
      input: { flow: 'INCOME', cents: 100, day: '2026-03-01', label: 'Subvention', idempotencyKey: 'inc-1' },
    });
    expect(await balanceOf(b.board, 'BANK')).toBe(100);
    expect(await balanceOf(a.board, 'BANK')).toBe(18250);
    expect(await rows(a.associationId)).toBe(before);
  });

  it('lets only the president and the board read or record', async () => {
    for (const query of [BALANCES, JOURNAL]) expect((await a.member.fails(query)).extensions?.code).toBe('FORBIDDEN');
    expect(
      (await a.member.fails(RECORD, { input: { flow: 'EXPENSE', cents: 1, label: 'x', idempotencyKey: 'm' } }))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await a.member.fetch(`/api/treasury/shops/${a.shopIds[0]}/statement.csv?month=2026-03`)).status).toBe(403);
  });

  it('posts once per idempotency key, also under concurrent duplicates; another content with the key is a conflict', async () => {
    const input = { flow: 'EXPENSE', cents: 990, day: '2026-03-10', label: 'Affiches', idempotencyKey: 'exp-1' };
    const once = await a.board.ok<{ recordTreasuryEntry: { id: string } }>(RECORD, { input });
    const again = await a.president.ok<{ recordTreasuryEntry: { id: string } }>(RECORD, { input });
    expect(again.recordTreasuryEntry.id).toBe(once.recordTreasuryEntry.id);
    const conflict = await a.board.fails(RECORD, { input: { ...input, cents: 991 } });
    expect(conflict.extensions?.code).toBe('CONFLICT');
    expect(await balanceOf(a.board, 'EXPENSES')).toBe(990);

    const [, librairie] = a.shopIds;
    const posted = await Promise.all(
      Array.from({ length: 20 }, () => reward(a.associationId, librairie, 333, '2026-03-12', 'same-redemption')),
    );
    expect(new Set(posted.map((p) => p.entry.id)).size).toBe(1);
    expect(await balanceOf(a.board, accountKey(shopPayable(librairie)))).toBe(-333);
  });

  it('500 concurrent postings leave every balance exact to the cent', async () => {
    const [epicerie, librairie] = a.shopIds;
    const before = Object.fromEntries(
      (await a.board.ok<{ treasuryBalances: { account: string; cents: number }[] }>(BALANCES)).treasuryBalances.map(
        (x) => [x.account, x.cents],
      ),
    );
    const accounts = [BANK, POT, shopPayable(epicerie), shopPayable(librairie), { kind: TreasuryAccountKind.INCOME }];
    const expected = new Map<string, number>(Object.entries(before));
    const postings = Array.from({ length: 500 }, (_, i) => {
      const from = accounts[i % accounts.length];
      const to = accounts[(i * 7 + 1) % accounts.length] === from ? BANK : accounts[(i * 7 + 1) % accounts.length];
      const cents = ((i * 7919) % 100_000) + 1;
      const debit = from === BANK && to === BANK ? POT : to;
      for (const [account, c] of [
        [debit, cents],
        [from, -cents],
      ] as const)
        expected.set(accountKey(account), (expected.get(accountKey(account)) ?? 0) + c);
      return { debit, from, cents, key: `bulk-${i}` };
    });
    // 50 callers at once (five times the connection pool) post the 500: the same contention on the rows and
    // locks, and no transaction waits past the pool's 5 s acquisition timeout on a loaded machine (500 at once did).
    const queue = [...postings];
    const caller = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) await post(p);
    };
    const post = (p: (typeof postings)[number]) =>
      api.dataSource.transaction((manager) =>
        ledger.post(
          manager,
          a.associationId,
          {
            day: '2026-03-15',
            label: 'Bulk',
            source: { domain: 'test', ref: p.key },
            lines: [
              { account: p.debit, cents: p.cents },
              { account: p.from, cents: -p.cents },
            ],
          },
          p.key,
        ),
      );
    await Promise.all(Array.from({ length: 50 }, caller));
    const after = (await a.board.ok<{ treasuryBalances: { account: string; cents: number }[] }>(BALANCES))
      .treasuryBalances;
    expect(Object.fromEntries(after.map((x) => [x.account, x.cents]))).toEqual(Object.fromEntries(expected));
    expect(after.reduce((s, x) => s + x.cents, 0)).toBe(0);
  });

  it('reverses an entry once, saying why; a reversal is not reversed; the rows are never updated nor deleted', async () => {
    const input = {
      flow: 'EXPENSE',
      cents: 4200,
      day: '2026-03-20',
      label: 'Erreur de saisie',
      idempotencyKey: 'exp-typo',
    };
    const bankBefore = await balanceOf(a.board, 'BANK');
    const { recordTreasuryEntry } = await a.board.ok<{ recordTreasuryEntry: { id: string } }>(RECORD, { input });
    expect(await balanceOf(a.board, 'BANK')).toBe(bankBefore - 4200);
    const reversal = { entryId: recordTreasuryEntry.id, reason: 'Saisie en double', idempotencyKey: 'rev-1' };
    const { reverseTreasuryEntry } = await a.board.ok<{
      reverseTreasuryEntry: {
        id: string;
        reverses: string;
        reason: string;
        lines: { account: string; cents: number }[];
      };
    }>(REVERSE, { input: reversal });
    expect(reverseTreasuryEntry).toMatchObject({ reverses: recordTreasuryEntry.id, reason: 'Saisie en double' });
    const journal = await a.board.ok<{ treasuryJournal: { entries: { id: string; reversedBy: string | null }[] } }>(
      `{ treasuryJournal(page: { first: 2 }) { entries { id reversedBy } } }`,
    );
    expect(journal.treasuryJournal.entries).toEqual([
      { id: reverseTreasuryEntry.id, reversedBy: null },
      { id: recordTreasuryEntry.id, reversedBy: reverseTreasuryEntry.id },
    ]);
    expect(await balanceOf(a.board, 'BANK')).toBe(bankBefore);
    // Replayed (the next day: the same request): the same reversal; again with another key: refused; the reversal itself: refused.
    await api.advanceClock(24 * 3600 * 1000);
    expect(
      (await a.board.ok<{ reverseTreasuryEntry: { id: string } }>(REVERSE, { input: reversal })).reverseTreasuryEntry
        .id,
    ).toBe(reverseTreasuryEntry.id);
    await speak(a.board, 'EN');
    expect(
      (await a.board.fails(REVERSE, { input: { ...reversal, idempotencyKey: 'rev-2' } })).extensions?.fields?.[0],
    ).toMatchObject({ field: 'entryId', message: 'This entry has already been reversed.' });
    expect(
      (
        await a.board.fails(REVERSE, {
          input: { entryId: reverseTreasuryEntry.id, reason: 'Oups', idempotencyKey: 'rev-3' },
        })
      ).extensions?.fields?.[0],
    ).toMatchObject({ field: 'entryId', message: 'A reversal cannot be reversed: post a new entry.' });
    await speak(a.board, 'FR');
    await expect(
      api.dataSource.query(`UPDATE treasury_lines SET cents = cents + 1 WHERE "entryId" = $1`, [
        recordTreasuryEntry.id,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      api.dataSource.query(`DELETE FROM treasury_entries WHERE id = $1`, [recordTreasuryEntry.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses bad input naming the field, in the caller’s language, and writes nothing', async () => {
    const before = await rows(a.associationId);
    const ok = { shopId: a.shopIds[0], cents: 100, day: '2026-03-10', label: 'Virement', idempotencyKey: 'bad' };
    const field = async (who: GraphqlClient, query: string, input: Record<string, unknown>) =>
      (await who.fails(query, { input })).extensions?.fields?.[0];
    expect(await field(a.board, PAY, { ...ok, cents: 0 })).toMatchObject({
      field: 'cents',
      message: 'La valeur doit être au moins 1.',
    });
    expect(await field(a.board, PAY, { ...ok, day: '2026-02-30' })).toMatchObject({
      field: 'day',
      message: "Cette date n'existe pas (format AAAA-MM-JJ).",
    });
    expect(await field(a.board, PAY, { ...ok, label: '' })).toMatchObject({ field: 'label' });
    expect(await field(a.board, PAY, { ...ok, shopId: b.shopIds[0] })).toMatchObject({
      field: 'shopId',
      message: "Ce commerce ne fait pas partie de l'association.",
    });
    await speak(a.board, 'EN');
    expect(
      await field(a.board, RECORD, { flow: 'INCOME', cents: 1.5, label: 'x', idempotencyKey: 'bad' }),
    ).toMatchObject({ field: 'cents' });
    expect(await field(a.board, REVERSE, { entryId: a.shopIds[0], reason: 'x', idempotencyKey: 'bad' })).toMatchObject({
      field: 'entryId',
      message: "This entry does not exist in the association's treasury.",
    });
    expect(
      (await a.board.fails(STATEMENT, { shopId: a.shopIds[0], month: '2026-13' })).extensions?.fields?.[0],
    ).toMatchObject({ field: 'month', message: 'Give a month as yyyy-mm.' });
    await speak(a.board, 'FR');
    // The ledger refuses an unbalanced posting from another domain.
    await expect(
      api.dataSource.transaction((manager) =>
        ledger.post(
          manager,
          a.associationId,
          {
            day: '2026-03-10',
            label: 'Déséquilibré',
            source: { domain: 'loyalty', ref: 'x' },
            lines: [
              { account: POT, cents: 100 },
              { account: BANK, cents: -99 },
            ],
          },
          'unbalanced',
        ),
      ),
    ).rejects.toMatchObject({ fields: [{ field: 'lines', reason: 'treasuryUnbalanced' }] });
    expect(await rows(a.associationId)).toBe(before);
  });

  it('closes a past month once, also when closed twice at once while rewards are posted; the statement then never changes', async () => {
    const [epicerie] = a.shopIds;
    await reward(a.associationId, epicerie, 800, '2026-05-10', 'may-1');
    await reward(a.associationId, epicerie, 450, '2026-05-20', 'may-2');
    type Statement = {
      closable: boolean;
      openingCents: number;
      closingCents: number;
      closing: {
        id: string;
        closedByName: string | null;
        openingCents: number;
        closingCents: number;
        paidCents: number;
        payment: string;
        paymentEntryIds: string[];
      } | null;
      lines: { day: string; label: string; owedCents: number }[];
    };
    const read = async (month: string, who: GraphqlClient = a.board) =>
      (await who.ok<{ shopStatement: Statement }>(CLOSED, { shopId: epicerie, month })).shopStatement;
    // What the shop was owed before May (earlier tests' postings), and May's two rewards.
    const { openingCents } = await read('2026-05');
    expect(await read('2026-05')).toMatchObject({ closable: true, closingCents: openingCents + 1250, closing: null });
    expect(await read('2026-12')).toMatchObject({ closable: false, closing: null });

    const fails = async (month: string) =>
      (await a.board.fails(CLOSE, { shopId: epicerie, month })).extensions?.fields?.[0];
    expect(await fails('2026-12')).toMatchObject({
      field: 'month',
      message: 'Seul un mois terminé peut être clôturé.',
    });
    expect(await fails('2026-13')).toMatchObject({ field: 'month', message: 'Indiquez un mois au format aaaa-mm.' });
    expect(Number((await api.dataSource.query(`SELECT count(*) AS n FROM treasury_closings`))[0].n)).toBe(0);

    // Ten closings (board and president) and ten rewards of the same month, all at once.
    const results = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a.board : a.president).ok<{ closeShopStatement: Statement }>(CLOSE, {
          shopId: epicerie,
          month: '2026-05',
        }),
      ),
      ...Array.from({ length: 10 }, (_, i) => reward(a.associationId, epicerie, 100, '2026-05-15', `may-race-${i}`)),
    ]);
    const closings = results.slice(0, 10).map((r) => (r as { closeShopStatement: Statement }).closeShopStatement);
    expect(new Set(closings.map((c) => c.closing?.id)).size).toBe(1);
    expect(
      Number(
        (await api.dataSource.query(`SELECT count(*) AS n FROM treasury_closings WHERE "shopId" = $1`, [epicerie]))[0]
          .n,
      ),
    ).toBe(1);
    const may = await read('2026-05');
    const june = await read('2026-06');
    // What the closing recorded is what the statement says, and every reward is in May or on 1 June.
    expect(may.closing).toMatchObject({
      openingCents,
      closingCents: may.closingCents,
      paidCents: 0,
      payment: 'UNPAID',
      paymentEntryIds: [],
    });
    expect(may.closable).toBe(false);
    expect(['Présidente Vitré', 'Trésorier Vitré']).toContain(may.closing?.closedByName);
    const raced = (s: Statement) => s.lines.filter((l) => l.owedCents === 100).length;
    expect(raced(may) + raced(june)).toBe(10);
    expect(june.lines.every((l) => l.day === '2026-06-01')).toBe(true);
    expect(may.closingCents).toBe(openingCents + 1250 + 100 * raced(may));

    // A reward of May posted late lands on the first open day; the board's own entries are refused there.
    const late = await reward(a.associationId, epicerie, 300, '2026-05-28', 'may-late');
    expect(late.entry.day).toBe('2026-06-01');
    const pay = { shopId: epicerie, cents: 100, day: '2026-05-31', label: 'Virement', idempotencyKey: 'pay-may-early' };
    expect((await a.board.fails(PAY, { input: pay })).extensions?.fields?.[0]).toMatchObject({
      field: 'day',
      message: 'Le relevé de ce commerce est clôturé jusqu’à fin 2026-05 : choisissez une date après.',
    });
    expect((await a.board.fails(PAY, { input: { ...pay, day: '2026-04-02' } })).extensions?.fields?.[0]).toMatchObject({
      field: 'day',
    });
    // An entry that touches no payable is not concerned.
    await a.board.ok(RECORD, {
      input: { flow: 'INCOME', cents: 5000, day: '2026-05-31', label: 'Don', idempotencyKey: 'may-income' },
    });
    expect((await read('2026-05')).closingCents).toBe(may.closingCents);
    // Closing it again returns the same closing.
    expect(
      (await a.board.ok<{ closeShopStatement: Statement }>(CLOSE, { shopId: epicerie, month: '2026-05' }))
        .closeShopStatement.closing?.id,
    ).toBe(may.closing?.id);
  });

  it('records payments against a closed statement up to what it owes, shows it paid, and the PDF says so', async () => {
    const [epicerie] = a.shopIds;
    const statement = async () =>
      (
        await a.board.ok<{
          shopStatement: {
            closingCents: number;
            closing: { id: string; paidCents: number; payment: string; paymentEntryIds: string[] };
          };
        }>(CLOSED, { shopId: epicerie, month: '2026-05' })
      ).shopStatement;
    const { closingCents, closing } = await statement();
    const pay = (cents: number, key: string, who: GraphqlClient = a.board) =>
      who.ok<{ recordShopPayment: { id: string; day: string } }>(PAY, {
        input: { shopId: epicerie, cents, label: 'Virement mai', closingId: closing.id, idempotencyKey: key },
      });
    expect(
      (
        await a.board.fails(PAY, {
          input: {
            shopId: epicerie,
            cents: closingCents + 1,
            label: 'Trop',
            closingId: closing.id,
            idempotencyKey: 'too-much',
          },
        })
      ).extensions?.fields?.[0],
    ).toMatchObject({
      field: 'cents',
      message: `Le montant dépasse ce qui reste à payer sur ce relevé (${closingCents} centimes).`,
    });
    const first = await pay(500, 'may-pay-1');
    expect(await statement()).toMatchObject({ closing: { paidCents: 500, payment: 'PARTLY_PAID' } });
    // Two payments of what is left, at once: one goes through.
    const rest = closingCents - 500;
    const both = await Promise.allSettled([pay(rest, 'may-pay-2'), pay(rest, 'may-pay-3', a.president)]);
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const paid = await statement();
    expect(paid.closing).toMatchObject({ paidCents: closingCents, payment: 'PAID' });
    expect(paid.closing.paymentEntryIds[0]).toBe(first.recordShopPayment.id);
    // A replayed payment is the same payment, not refused as more than is left.
    expect((await pay(500, 'may-pay-1')).recordShopPayment.id).toBe(first.recordShopPayment.id);

    const fr = await a.board.fetch(`/api/treasury/shops/${epicerie}/statement.pdf?month=2026-05&locale=fr`);
    expect(fr.status).toBe(200);
    expect(fr.headers.get('content-type')).toBe('application/pdf');
    expect(fr.headers.get('content-disposition')).toBe('attachment; filename="releve-2026-05.pdf"');
    const pdf = await readPdf(Buffer.from(await fr.arrayBuffer()));
    expect(pdf.info).toMatchObject({ Title: 'Relevé de Vitré Épicerie — mai 2026', Author: 'Vitré' });
    expect(pdf.language).toBe('fr-FR');
    const text = pdf.text.replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toContain('Relevé clôturé le');
    expect(text).toContain(`Payé : ${(closingCents / 100).toFixed(2).replace('.', ',')} €.`);
    const en = await readPdf(
      Buffer.from(
        await (
          await a.board.fetch(`/api/treasury/shops/${epicerie}/statement.pdf?month=2026-06&locale=en`)
        ).arrayBuffer(),
      ),
    );
    expect(en.info.Title).toBe('Statement for Vitré Épicerie — June 2026');
    expect(en.text).toContain('Draft statement');

    // A payment reversed no longer counts.
    await a.board.ok(REVERSE, {
      input: { entryId: first.recordShopPayment.id, reason: 'Virement rejeté', idempotencyKey: 'rev-may-pay' },
    });
    expect(await statement()).toMatchObject({ closing: { paidCents: closingCents - 500, payment: 'PARTLY_PAID' } });
  });

  it('lists every shop of the association, keeps closings to it, and lets only the board close', async () => {
    const fleuriste = await shop(api, a.president, 'Vitré Fleuriste');
    const names = (await a.board.ok<{ treasuryShops: { id: string; name: string }[] }>(SHOPS)).treasuryShops;
    expect(names.map((s) => s.name)).toEqual(['Vitré Épicerie', 'Vitré Fleuriste', 'Vitré Librairie']);
    expect(names.find((s) => s.name === 'Vitré Fleuriste')?.id).toBe(fleuriste);
    expect((await b.board.ok<{ treasuryShops: { name: string }[] }>(SHOPS)).treasuryShops.map((s) => s.name)).toEqual([
      'Fougères Épicerie',
      'Fougères Librairie',
    ]);
    const [epicerie] = a.shopIds;
    const closingsOf = async () =>
      Number((await api.dataSource.query(`SELECT count(*) AS n FROM treasury_closings`))[0].n);
    const before = await closingsOf();
    expect((await b.board.fails(CLOSE, { shopId: epicerie, month: '2026-04' })).extensions?.fields?.[0]).toMatchObject({
      field: 'shopId',
    });
    expect((await b.board.fails(CLOSED, { shopId: epicerie, month: '2026-05' })).extensions?.fields?.[0]).toMatchObject(
      {
        field: 'shopId',
      },
    );
    expect((await b.board.fetch(`/api/treasury/shops/${epicerie}/statement.pdf?month=2026-05`)).status).toBe(400);
    const { shopStatement } = await a.board.ok<{ shopStatement: { closing: { id: string } } }>(CLOSED, {
      shopId: epicerie,
      month: '2026-05',
    });
    // B pays its own shop naming A's closing: refused, nothing written.
    expect(
      (
        await b.board.fails(PAY, {
          input: {
            shopId: b.shopIds[0],
            cents: 1,
            label: 'x',
            closingId: shopStatement.closing.id,
            idempotencyKey: 'b-c',
          },
        })
      ).extensions?.fields?.[0],
    ).toMatchObject({ field: 'closingId', message: "Ce relevé clôturé n'existe pas pour ce commerce." });
    // Nor can A pay another of its shops against it.
    expect(
      (
        await a.board.fails(PAY, {
          input: {
            shopId: a.shopIds[1],
            cents: 1,
            label: 'x',
            closingId: shopStatement.closing.id,
            idempotencyKey: 'a-c',
          },
        })
      ).extensions?.fields?.[0],
    ).toMatchObject({ field: 'closingId' });
    expect((await a.member.fails(CLOSE, { shopId: epicerie, month: '2026-04' })).extensions?.code).toBe('FORBIDDEN');
    expect((await a.member.fails(SHOPS)).extensions?.code).toBe('FORBIDDEN');
    expect((await a.member.fetch(`/api/treasury/shops/${epicerie}/statement.pdf?month=2026-05`)).status).toBe(403);
    expect(await closingsOf()).toBe(before);
    await expect(api.dataSource.query(`DELETE FROM treasury_closings`)).rejects.toThrow(/append-only/);
  });
});
