import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
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
    expect(Buffer.from(await fr.arrayBuffer()).toString('utf8')).toBe(
      '\uFEFFDate;Libellé;Montant (EUR);Solde dû (EUR)\r\n01/03/2026;Solde au début du mois;;12,50\r\n03/03/2026;Bon fidélité;5,00;17,50\r\n31/03/2026;Virement mars;-17,50;0,00\r\n31/03/2026;Solde à la fin du mois;;0,00\r\n',
    );
    const en = await a.board.fetch(`/api/treasury/shops/${epicerie}/statement.csv?month=2026-02&locale=en`);
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
    await Promise.all(
      postings.map((p) =>
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
        ),
      ),
    );
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
});
