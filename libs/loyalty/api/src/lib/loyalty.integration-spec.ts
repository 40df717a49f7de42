import { AssociationsModule } from '@assoc/associations-api';
import { CustomerReads, CustomersModule, joinedCustomer } from '@assoc/customers-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  readQrSvg,
  TestApp,
} from '@assoc/platform-testing';
import { parse } from 'node-html-parser';
import { TreasuryLedger } from '@assoc/treasury-api';
import { LoyaltyFigures, LoyaltyModule, LoyaltyPoints, LoyaltyReads, LoyaltySaleShares } from '../index';
import { loyaltyCustomerData as source } from './loyalty-customer-data';

const PROGRAMME = `{ loyaltyProgramme { potAvailableCents settings { enabled pointsPerEuro campaignBonusPercent dailyCapPoints maxPurchaseCents }
  rewards { id label pointsCost valueCents active } shops { shopId name inProgramme }
  movements { id kind points label firstName shopName purchaseCents valueCents reverses reason reversed } } }`;
const SETTINGS = `mutation($input: LoyaltySettingsInput!) { updateLoyaltySettings(input: $input) { enabled pointsPerEuro } }`;
const REWARD = `mutation($input: LoyaltyRewardInput!) { saveLoyaltyReward(input: $input) { id label pointsCost valueCents active } }`;
const SHOP = `mutation($input: LoyaltyShopInput!) { setLoyaltyShop(input: $input) { shopId name inProgramme } }`;
const COUNTER = `{ loyaltyCounter { shopId shopName inProgramme programmeEnabled maxPurchaseCents rewards { id } coProducts { productRef label sharePercent } } }`;
const CARD = `query($code: String!) { loyaltyCard(code: $code) { firstName balance cardCode } }`;
const PURCHASE = `mutation($input: LoyaltyPurchaseInput!) { recordLoyaltyPurchase(input: $input) { movementId firstName points balance capped sharedPoints } }`;
const REDEEM = `mutation($input: LoyaltyRedeemInput!) { redeemLoyaltyReward(input: $input) { movementId points balance valueCents } }`;
const REVERSE = `mutation($input: ReverseLoyaltyMovementInput!) { reverseLoyaltyMovement(input: $input) { id kind points reverses reason } }`;
const FUND = `mutation($input: FundLoyaltyPotInput!) { fundLoyaltyPot(input: $input) }`;

type Person = GraphqlClient & { email: string; membershipId: string };
interface Shop {
  id: string;
  owner: Person;
}
interface World {
  associationId: string;
  president: GraphqlClient;
  board: Person;
  member: Person;
  shops: Shop[];
}

const RULE = {
  enabled: true,
  pointsPerEuro: 1,
  campaignBonusPercent: 50,
  dailyCapPoints: 200,
  maxPurchaseCents: 50_000,
};

function rewardCosting(rewards: { id: string; pointsCost: number }[], points: number): string {
  const reward = rewards.find((r) => r.pointsCost === points);
  if (!reward) throw new Error(`no reward of ${points} points`);
  return reward.id;
}

async function shop(api: TestApp, president: GraphqlClient, name: string): Promise<Shop> {
  const owner = await joinedMember(api, president, 'MEMBER', `Commerçant ${name}`);
  const { updateMyShop } = await owner.ok<{ updateMyShop: { id: string } }>(
    `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`,
    { input: { name, trade: 'FOOD', address: '3 rue Baudrairie', postcode: '35500', town: 'Vitré', openingHours: [] } },
  );
  return { id: updateMyShop.id, owner };
}

async function world(api: TestApp, name: string, shops: number): Promise<World> {
  const president = await signedUpClient(api, `Présidente ${name}`);
  const { associationId } = await createAssociation(president, name);
  const board = await joinedMember(api, president, 'BOARD', `Trésorier ${name}`);
  const member = await joinedMember(api, president, 'MEMBER', `Membre ${name}`);
  const list: Shop[] = [];
  for (let i = 0; i < shops; i++) list.push(await shop(api, president, `${name} Boutique ${i + 1}`));
  return { associationId, president, board, member, shops: list };
}

describe('loyalty card (integration)', () => {
  let api: TestApp;
  let a: World;
  let b: World;
  let key = 0;
  const next = () => `k-${++key}`;
  const field = async (who: GraphqlClient, query: string, variables: Record<string, unknown>) =>
    (await who.fails(query, variables)).extensions?.fields?.[0];
  const movementsOf = async (associationId: string) =>
    Number(
      (
        await api.dataSource.query(`SELECT count(*) AS n FROM loyalty_movements WHERE "associationId" = $1`, [
          associationId,
        ])
      )[0].n,
    );
  const award = (associationId: string, customerId: string, points: number, k = next()) =>
    api.dataSource.transaction((manager) =>
      api.app
        .get(LoyaltyPoints)
        .award(
          manager,
          associationId,
          { customerId, points, label: 'Idée adoptée', source: { domain: 'community', ref: k } },
          k,
        ),
    );
  /** The caller's language: a signed-in person's own setting. */
  const speak = async (who: GraphqlClient, locale: 'EN' | 'FR') => {
    await who.ok(`mutation($locale: Locale!) { setLocale(locale: $locale) { id } }`, { locale });
    who.language = locale.toLowerCase();
  };
  const balances = async (associationId: string) =>
    Object.fromEntries(
      (await api.app.get(TreasuryLedger).balances(api.dataSource.manager, associationId)).map((x) => [
        x.account,
        x.cents,
      ]),
    );

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, DirectoryModule, CustomersModule, LoyaltyModule]);
    a = await world(api, 'Vitré', 3);
    b = await world(api, 'Fougères', 1);
  });
  afterAll(() => api?.close());

  it('lets the board set the rule and rewards, refuses bad input in fr/en writing nothing, and only to the board', async () => {
    expect((await a.member.fails(SETTINGS, { input: RULE })).extensions?.code).toBe('FORBIDDEN');
    expect(await field(a.board, SETTINGS, { input: { ...RULE, pointsPerEuro: 101 } })).toMatchObject({
      field: 'pointsPerEuro',
      message: 'La valeur doit être au plus 100.',
    });
    await speak(a.board, 'EN');
    expect(
      await field(a.board, REWARD, { input: { label: 'Voucher', pointsCost: 0, valueCents: 500, active: true } }),
    ).toMatchObject({
      field: 'pointsCost',
      message: 'The value must be at least 1.',
    });
    await speak(a.board, 'FR');
    const { loyaltyProgramme } = await a.board.ok<{
      loyaltyProgramme: { settings: { enabled: boolean }; rewards: unknown[] };
    }>(PROGRAMME);
    expect(loyaltyProgramme).toMatchObject({ settings: { enabled: false }, rewards: [] });

    await a.board.ok(SETTINGS, { input: RULE });
    await a.president.ok(REWARD, { input: { label: 'Bon de 5 €', pointsCost: 100, valueCents: 500, active: true } });
    await a.board.ok(REWARD, { input: { label: 'Bon de 1 €', pointsCost: 20, valueCents: 100, active: true } });
    // The other association sees its own programme, empty, and cannot change a reward of A.
    const rewardA = (await a.board.ok<{ loyaltyProgramme: { rewards: { id: string }[] } }>(PROGRAMME)).loyaltyProgramme
      .rewards[0].id;
    expect(
      (await b.board.ok<{ loyaltyProgramme: { rewards: unknown[] } }>(PROGRAMME)).loyaltyProgramme.rewards,
    ).toEqual([]);
    expect(
      await field(b.board, REWARD, {
        input: { id: rewardA, label: 'Volé', pointsCost: 1, valueCents: 1, active: true },
      }),
    ).toMatchObject({ field: 'id' });
  });

  it('lets a shopkeeper opt their own shop in (the board any shop), never another association’s', async () => {
    const [s1, s2, s3] = a.shops;
    expect(
      (await s1.owner.ok<{ setLoyaltyShop: unknown }>(SHOP, { input: { inProgramme: true } })).setLoyaltyShop,
    ).toMatchObject({
      shopId: s1.id,
      inProgramme: true,
    });
    expect((await s1.owner.fails(SHOP, { input: { shopId: s2.id, inProgramme: true } })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    await a.board.ok(SHOP, { input: { shopId: s2.id, inProgramme: true } });
    await a.board.ok(SHOP, { input: { shopId: s3.id, inProgramme: true } });
    expect(await field(b.board, SHOP, { input: { shopId: s1.id, inProgramme: false } })).toMatchObject({
      field: 'shopId',
    });
    expect(await field(a.member, SHOP, { input: { inProgramme: true } })).toMatchObject({ field: 'shopId' });
    const { loyaltyCounter } = await s1.owner.ok<{ loyaltyCounter: Record<string, unknown> }>(COUNTER);
    expect(loyaltyCounter).toMatchObject({
      shopId: s1.id,
      inProgramme: true,
      programmeEnabled: true,
      maxPurchaseCents: 50_000,
    });
    expect((await api.app.get(LoyaltyReads).publicSummary(a.associationId)).shops.map((s) => s.id).sort()).toEqual(
      [s1.id, s2.id, s3.id].sort(),
    );
    expect((await api.app.get(LoyaltyReads).publicSummary(b.associationId)).shops).toEqual([]);
  });

  it('credits a purchase by the rule, with the campaign bonus while a campaign runs, and the daily cap', async () => {
    const [s1, s2] = a.shops;
    const lea = await joinedCustomer(api, a.associationId, { firstName: 'Léa' });
    const typed = `${lea.cardCode.slice(0, 4).toLowerCase()} ${lea.cardCode.slice(4)}`;
    expect((await s1.owner.ok<{ loyaltyCard: unknown }>(CARD, { code: typed })).loyaltyCard).toMatchObject({
      firstName: 'Léa',
      balance: 0,
    });
    const first = await s1.owner.ok<{ recordLoyaltyPurchase: Record<string, unknown> }>(PURCHASE, {
      input: { code: lea.cardCode, amountCents: 4299, idempotencyKey: next() },
    });
    expect(first.recordLoyaltyPurchase).toMatchObject({ firstName: 'Léa', points: 42, balance: 42, capped: false });

    // A campaign of the association runs: +50 % (rounded down).
    const [president] = await api.dataSource.query(
      `SELECT id FROM memberships WHERE "associationId" = $1 AND role = 'PRESIDENT'`,
      [a.associationId],
    );
    const now = api.clock.now().getTime();
    await api.dataSource.query(
      `INSERT INTO campaigns ("associationId", "createdByMembershipId", title, "startsAt", "endsAt", "enrolmentDeadline", channels, slug, "publishedAt", status)
       VALUES ($1, $2, 'Temps fort', $3, $4, $5, (enum_range(NULL::campaign_channel))[1], 'temps-fort-loyalty', $5, 'RUNNING')`,
      [a.associationId, president.id, new Date(now - 3600_000), new Date(now + 3600_000), new Date(now - 7200_000)],
    );
    const bonus = await s1.owner.ok<{ recordLoyaltyPurchase: { points: number; balance: number } }>(PURCHASE, {
      input: { code: lea.cardCode, amountCents: 1000, idempotencyKey: next() },
    });
    expect(bonus.recordLoyaltyPurchase).toMatchObject({ points: 15, balance: 57 });
    await api.dataSource.query(`UPDATE campaigns SET "cancelledAt" = now() WHERE slug = 'temps-fort-loyalty'`);

    // The cap: 200 points a day per card and shop; cut at the cap, then refused; another shop is another cap.
    const capped = await s1.owner.ok<{ recordLoyaltyPurchase: { points: number; capped: boolean } }>(PURCHASE, {
      input: { code: lea.cardCode, amountCents: 50_000, idempotencyKey: next() },
    });
    expect(capped.recordLoyaltyPurchase).toMatchObject({ points: 200 - 57, capped: true });
    const before = await movementsOf(a.associationId);
    expect(
      await field(s1.owner, PURCHASE, { input: { code: lea.cardCode, amountCents: 100, idempotencyKey: next() } }),
    ).toMatchObject({
      field: 'amountCents',
      message: 'Cette carte a déjà reçu aujourd’hui les 200 points permis dans ce commerce.',
    });
    expect(await movementsOf(a.associationId)).toBe(before);
    expect(
      (
        await s2.owner.ok<{ recordLoyaltyPurchase: { points: number } }>(PURCHASE, {
          input: { code: lea.cardCode, amountCents: 500, idempotencyKey: next() },
        })
      ).recordLoyaltyPurchase.points,
    ).toBe(5);
    // The next day (association's time zone) the cap starts again.
    await api.advanceClock(24 * 3600_000);
    expect(
      (
        await s1.owner.ok<{ recordLoyaltyPurchase: { points: number } }>(PURCHASE, {
          input: { code: lea.cardCode, amountCents: 100, idempotencyKey: next() },
        })
      ).recordLoyaltyPurchase.points,
    ).toBe(1);
  });

  it('refuses, naming the field in the caller’s language and writing nothing: bad amounts, unknown, revoked or foreign cards, staff, shops out', async () => {
    const [s1, , s3] = a.shops;
    const tom = await joinedCustomer(api, a.associationId, { firstName: 'Tom' });
    const foreign = await joinedCustomer(api, b.associationId, { firstName: 'Zoé' });
    const staff = await joinedCustomer(api, a.associationId, { firstName: 'Staff', email: s1.owner.email });
    const noConsent = await joinedCustomer(api, a.associationId, { firstName: 'Non', consents: { loyalty: false } });
    const before = await movementsOf(a.associationId);
    const purchase = (code: string, amountCents = 1000) => ({ input: { code, amountCents, idempotencyKey: next() } });

    expect(await field(s1.owner, PURCHASE, purchase(tom.cardCode, 0))).toMatchObject({
      field: 'amountCents',
      message: 'Le montant de l’achat doit être positif (au moins 0,01 €).',
    });
    await speak(s1.owner, 'EN');
    expect(await field(s1.owner, PURCHASE, purchase(tom.cardCode, 50_001))).toMatchObject({
      field: 'amountCents',
      message: 'The purchase amount cannot exceed €500.00.',
    });
    expect(await field(s1.owner, PURCHASE, purchase('ZZZZ-ZZZZ'))).toMatchObject({
      field: 'code',
      message: 'No loyalty card of the association has this code.',
    });
    await speak(s1.owner, 'FR');
    expect(await field(s1.owner, PURCHASE, purchase(foreign.cardCode))).toMatchObject({ field: 'code' });
    expect(await field(s1.owner, CARD, { code: foreign.cardCode })).toMatchObject({ field: 'code' });
    expect(await field(s1.owner, PURCHASE, purchase(staff.cardCode))).toMatchObject({
      field: 'code',
      message: 'Un commerce ne crédite pas la carte de son propre personnel.',
    });
    expect(await field(s1.owner, PURCHASE, purchase(noConsent.cardCode))).toMatchObject({ field: 'code' });
    // Another shop may credit the staff member's card.
    await s3.owner.ok(PURCHASE, purchase(staff.cardCode));
    await api.dataSource.query(`UPDATE customers SET "cardRevokedAt" = now() WHERE id = $1`, [tom.customerId]);
    expect(await field(s1.owner, PURCHASE, purchase(tom.cardCode))).toMatchObject({
      field: 'code',
      message: 'Cette carte a été révoquée : elle ne reçoit ni ne dépense plus de points.',
    });
    // A member without a shop, a shop out of the programme, B's shopkeeper with A's card.
    expect(await field(a.member, PURCHASE, purchase(staff.cardCode))).toMatchObject({ field: 'shopId' });
    await s3.owner.ok(SHOP, { input: { inProgramme: false } });
    expect(await field(s3.owner, PURCHASE, purchase(staff.cardCode))).toMatchObject({
      field: 'shopId',
      message: 'Ce commerce ne participe pas à la carte de fidélité.',
    });
    await s3.owner.ok(SHOP, { input: { inProgramme: true } });
    await b.board.ok(SETTINGS, { input: RULE });
    await b.shops[0].owner.ok(SHOP, { input: { inProgramme: true } });
    expect(await field(b.shops[0].owner, PURCHASE, purchase(staff.cardCode))).toMatchObject({ field: 'code' });
    expect(await movementsOf(a.associationId)).toBe(before + 1);
  });

  it('redeems at most what a card affords under 20 concurrent redemptions; a retried key counts once; the pot owes each shop to the cent', async () => {
    const [s1, s2, s3] = a.shops;
    const { loyaltyProgramme } = await a.board.ok<{
      loyaltyProgramme: { rewards: { id: string; pointsCost: number }[] };
    }>(PROGRAMME);
    const five = rewardCosting(loyaltyProgramme.rewards, 100);
    const one = rewardCosting(loyaltyProgramme.rewards, 20);
    const ana = await joinedCustomer(api, a.associationId, { firstName: 'Ana' });
    await award(a.associationId, ana.customerId, 350);
    const tries = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        [s1, s2, s3][i % 3].owner.request<{ redeemLoyaltyReward: { balance: number } }>(REDEEM, {
          input: { code: ana.cardCode, rewardId: five, idempotencyKey: `ana-${i}` },
        }),
      ),
    );
    const won = tries.filter((t) => !t.errors);
    expect(won).toHaveLength(3);
    expect(tries.filter((t) => t.errors).map((t) => t.errors?.[0].extensions?.fields?.[0].field)).toEqual(
      Array(17).fill('rewardId'),
    );
    expect(
      (await s1.owner.ok<{ loyaltyCard: { balance: number } }>(CARD, { code: ana.cardCode })).loyaltyCard.balance,
    ).toBe(50);

    // The same key sent five times at once: one redemption.
    const eve = await joinedCustomer(api, a.associationId, { firstName: 'Ève' });
    await award(a.associationId, eve.customerId, 100);
    const same = await Promise.all(
      Array.from({ length: 5 }, () =>
        s2.owner.ok<{ redeemLoyaltyReward: { movementId: string; balance: number } }>(REDEEM, {
          input: { code: eve.cardCode, rewardId: one, idempotencyKey: 'eve-once' },
        }),
      ),
    );
    expect(new Set(same.map((s) => s.redeemLoyaltyReward.movementId)).size).toBe(1);
    expect(same.every((s) => s.redeemLoyaltyReward.balance === 80)).toBe(true);
    expect(
      (await s2.owner.fails(REDEEM, { input: { code: eve.cardCode, rewardId: five, idempotencyKey: 'eve-once' } }))
        .extensions?.code,
    ).toBe('CONFLICT');

    // Many cards, many redemptions at once across the three shops: the pot and every payable are exact to the cent.
    const cards = await Promise.all(
      Array.from({ length: 6 }, (_, i) => joinedCustomer(api, a.associationId, { firstName: `Carte ${i}` })),
    );
    for (const c of cards) await award(a.associationId, c.customerId, 240);
    await Promise.all(
      cards.flatMap((c, i) =>
        Array.from({ length: 8 }, (_, j) =>
          [s1, s2, s3][(i + j) % 3].owner.request(REDEEM, {
            input: { code: c.cardCode, rewardId: j % 2 ? one : five, idempotencyKey: `many-${i}-${j}` },
          }),
        ),
      ),
    );
    const redeemed: { shopId: string; cents: string }[] = await api.dataSource.query(
      `SELECT m."shopId", sum(m."valueCents") AS cents FROM loyalty_movements m WHERE m."associationId" = $1 AND m.kind = 'REDEMPTION'
        AND NOT EXISTS (SELECT 1 FROM loyalty_movements r WHERE r.reverses = m.id) GROUP BY m."shopId"`,
      [a.associationId],
    );
    const treasury = await balances(a.associationId);
    const total = redeemed.reduce((s, r) => s + Number(r.cents), 0);
    expect(treasury['LOYALTY_POT']).toBe(total);
    for (const r of redeemed) expect(treasury[`SHOP_PAYABLE:${r.shopId}`]).toBe(-Number(r.cents));
    const negative = await api.dataSource.query(
      `SELECT "customerId" FROM loyalty_movements WHERE "associationId" = $1 GROUP BY "customerId" HAVING sum(points) < 0`,
      [a.associationId],
    );
    expect(negative).toEqual([]);
    const figures = await api.app.get(LoyaltyFigures).of(a.associationId);
    expect(figures.rewardsPaidCents).toBe(total);
  });

  it('lets the board fund the pot and reverse a movement with a reason (a redemption’s treasury entry too), once, never below zero', async () => {
    const [s1] = a.shops;
    const { loyaltyProgramme } = await a.board.ok<{
      loyaltyProgramme: { rewards: { id: string; pointsCost: number }[] };
    }>(PROGRAMME);
    const one = rewardCosting(loyaltyProgramme.rewards, 20);
    const before = await balances(a.associationId);
    const pot = (
      await a.board.ok<{ fundLoyaltyPot: number }>(FUND, { input: { cents: 10_000, idempotencyKey: 'pot-1' } })
    ).fundLoyaltyPot;
    expect(pot).toBe(-(before['LOYALTY_POT'] ?? 0) + 10_000);
    expect((await a.member.fails(FUND, { input: { cents: 100, idempotencyKey: 'pot-2' } })).extensions?.code).toBe(
      'FORBIDDEN',
    );

    const max = await joinedCustomer(api, a.associationId, { firstName: 'Max' });
    const credit = await award(a.associationId, max.customerId, 30);
    const redemption = (
      await s1.owner.ok<{ redeemLoyaltyReward: { movementId: string } }>(REDEEM, {
        input: { code: max.cardCode, rewardId: one, idempotencyKey: next() },
      })
    ).redeemLoyaltyReward.movementId;
    // Reversing the credit would leave -10: refused; the redemption first.
    expect(
      await field(a.board, REVERSE, {
        input: { movementId: credit.movementId, reason: 'Erreur', idempotencyKey: next() },
      }),
    ).toMatchObject({ field: 'movementId', message: expect.stringContaining('sous zéro') });
    const payable = (await balances(a.associationId))[`SHOP_PAYABLE:${s1.id}`];
    const reversed = await a.board.ok<{ reverseLoyaltyMovement: Record<string, unknown> }>(REVERSE, {
      input: { movementId: redemption, reason: 'Bon rendu', idempotencyKey: 'rev-1' },
    });
    expect(reversed.reverseLoyaltyMovement).toMatchObject({
      kind: 'REVERSAL',
      points: 20,
      reverses: redemption,
      reason: 'Bon rendu',
    });
    expect((await balances(a.associationId))[`SHOP_PAYABLE:${s1.id}`]).toBe(payable + 100);
    expect(
      await field(a.board, REVERSE, { input: { movementId: redemption, reason: 'Encore', idempotencyKey: next() } }),
    ).toMatchObject({ field: 'movementId', message: 'Ce mouvement a déjà été annulé.' });
    // A replay answers the same reversal.
    expect(
      (
        await a.board.ok<{ reverseLoyaltyMovement: { id: string } }>(REVERSE, {
          input: { movementId: redemption, reason: 'Bon rendu', idempotencyKey: 'rev-1' },
        })
      ).reverseLoyaltyMovement.id,
    ).toBe((reversed.reverseLoyaltyMovement as { id: string }).id);
    await a.board.ok(REVERSE, { input: { movementId: credit.movementId, reason: 'Erreur', idempotencyKey: next() } });
    expect(
      (await s1.owner.ok<{ loyaltyCard: { balance: number } }>(CARD, { code: max.cardCode })).loyaltyCard.balance,
    ).toBe(0);
    // Tenancy: B's board cannot reverse A's movement; a shopkeeper cannot reverse at all.
    expect(
      await field(b.board, REVERSE, { input: { movementId: credit.movementId, reason: 'x', idempotencyKey: next() } }),
    ).toMatchObject({ field: 'movementId', message: 'Ce mouvement de points n’existe pas dans l’association.' });
    expect(
      (await s1.owner.fails(REVERSE, { input: { movementId: redemption, reason: 'x', idempotencyKey: next() } }))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const listed = (
      await a.board.ok<{ loyaltyProgramme: { movements: { id: string; reversed: boolean; firstName: string }[] } }>(
        PROGRAMME,
      )
    ).loyaltyProgramme.movements;
    expect(listed.find((m) => m.id === redemption)).toMatchObject({ reversed: true, firstName: 'Max' });
  });

  it('awards points once per key, shares a co-created product’s sale with its beneficiary, and erasure cuts the link', async () => {
    const [s1] = a.shops;
    const ida = await joinedCustomer(api, a.associationId, { firstName: 'Ida' });
    const buyer = await joinedCustomer(api, a.associationId, { firstName: 'Jo' });
    const first = await award(a.associationId, ida.customerId, 25, 'idea-1');
    expect(await award(a.associationId, ida.customerId, 25, 'idea-1')).toEqual(first);
    await expect(award(a.associationId, ida.customerId, 30, 'idea-1')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(award(b.associationId, ida.customerId, 5)).rejects.toMatchObject({
      fields: [{ field: 'customerId', reason: 'loyaltyCustomerUnknown' }],
    });
    const shares = api.app.get(LoyaltySaleShares);
    await api.dataSource.transaction((m) =>
      shares.set(m, a.associationId, {
        shopId: s1.id,
        productRef: 'product-1',
        label: 'Galette imaginée avec Ida',
        sharePercent: 10,
        beneficiaryCustomerId: ida.customerId,
        source: { domain: 'community', ref: 'idea-1' },
      }),
    );
    await expect(
      api.dataSource.transaction((m) =>
        shares.set(m, b.associationId, {
          shopId: s1.id,
          productRef: 'x',
          label: 'x',
          sharePercent: 10,
          beneficiaryCustomerId: null,
          source: { domain: 'community', ref: 'x' },
        }),
      ),
    ).rejects.toMatchObject({ fields: [{ field: 'shopId', reason: 'loyaltyShopUnknown' }] });
    expect(
      (await s1.owner.ok<{ loyaltyCounter: { coProducts: unknown[] } }>(COUNTER)).loyaltyCounter.coProducts,
    ).toEqual([{ productRef: 'product-1', label: 'Galette imaginée avec Ida', sharePercent: 10 }]);
    const sale = await s1.owner.ok<{ recordLoyaltyPurchase: { points: number; sharedPoints: number } }>(PURCHASE, {
      input: { code: buyer.cardCode, amountCents: 4500, productRef: 'product-1', idempotencyKey: next() },
    });
    expect(sale.recordLoyaltyPurchase).toMatchObject({ points: 45, sharedPoints: 4 });
    expect(
      (await s1.owner.ok<{ loyaltyCard: { balance: number } }>(CARD, { code: ida.cardCode })).loyaltyCard.balance,
    ).toBe(29);
    expect(
      await field(s1.owner, PURCHASE, {
        input: { code: buyer.cardCode, amountCents: 100, productRef: 'nope', idempotencyKey: next() },
      }),
    ).toMatchObject({ field: 'productRef' });

    // Erasure through customers' sources: the movements stay, without the person.
    const exported = await api.dataSource.transaction(async (m) => {
      const card = await api.app.get(CustomerReads).byId(m, a.associationId, ida.customerId);
      if (!card) throw new Error('no card');
      const data = await source.export(m, card);
      await source.erase(m, card);
      return data;
    });
    expect(exported).toMatchObject({ balance: 29 });
    const left = await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE "customerId" IS NULL AND "erasedAt" IS NOT NULL)::int AS cut, count(*)::int AS n FROM loyalty_movements WHERE id = $1`,
      [first.movementId],
    );
    expect(left[0]).toEqual({ cut: 1, n: 1 });
    await expect(
      api.dataSource.query(`DELETE FROM loyalty_movements WHERE id = $1`, [first.movementId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      api.dataSource.query(`UPDATE loyalty_movements SET points = 1000 WHERE id = $1`, [first.movementId]),
    ).rejects.toThrow(/append-only/);
  });

  it('shows the signed-in customer their card (QR that decodes to the code, balance, rewards, history), installable, theirs only', async () => {
    const slugOf = async (associationId: string) =>
      (await api.dataSource.query(`SELECT slug FROM associations WHERE id = $1`, [associationId]))[0].slug as string;
    const [slugA, slugB] = [await slugOf(a.associationId), await slugOf(b.associationId)];
    const nina = await joinedCustomer(api, a.associationId, { firstName: 'Nina', language: 'en' });
    await award(a.associationId, nina.customerId, 30);
    const get = (path: string, cookie?: string) =>
      fetch(`${api.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

    const answer = await get(`/communaute/${slugA}/carte?lang=fr`, nina.cookie);
    expect(answer.status).toBe(200);
    const html = parse(await answer.text());
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('fr');
    const svg = html.querySelector('[data-testid="card-qr"]')?.toString() ?? '';
    expect(readQrSvg(svg)).toBe(nina.cardCode);
    expect(html.querySelector('[data-testid="card-code"]')?.text).toBe(
      `${nina.cardCode.slice(0, 4)}-${nina.cardCode.slice(4)}`,
    );
    expect(html.querySelector('[data-testid="card-balance"]')?.text).toBe('30 points');
    expect(html.querySelector('[data-testid="card-rewards"]')?.text).toContain('Encore 70 points.');
    expect(html.querySelector('[data-testid="card-history"]')?.text).toContain('Idée adoptée');
    expect(html.querySelector('nav.customer-nav [aria-current="page"]')?.getAttribute('data-nav')).toBe('card');
    const manifestHref = html.querySelector('link[rel="manifest"]')?.getAttribute('href') ?? '';
    // Without ?lang, the customer's own language.
    expect(parse(await (await get(`/communaute/${slugA}/carte`, nina.cookie)).text()).querySelector('h1')?.text).toBe(
      'My loyalty card',
    );

    const manifestResponse = await get(manifestHref);
    expect(manifestResponse.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    const manifest = await manifestResponse.json();
    expect(manifest).toMatchObject({ display: 'standalone', start_url: `/communaute/${slugA}/carte?lang=fr` });
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const png = await get(icon.src);
      expect(png.headers.get('content-type')).toBe('image/png');
      expect(
        Buffer.from(await png.arrayBuffer())
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    }
    expect((await get(`/communaute/${slugA}/carte/icon-64.png`)).status).toBe(404);

    // No session: to the sign-in page, coming back here; A's customer on B's pages is nobody there.
    const anonymous = await get(`/communaute/${slugA}/carte`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toContain(`/communaute/${slugA}/connexion`);
    const elsewhere = await get(`/communaute/${slugB}/carte`, nina.cookie);
    expect(elsewhere.status).toBe(302);
    expect((await get(`/communaute/no-such-association/carte`, nina.cookie)).status).toBe(404);
  });

  it('keeps every association to itself: the pot, settings, redemptions with a foreign card, the figures', async () => {
    const [s1] = a.shops;
    const potA = (await a.board.ok<{ loyaltyProgramme: { potAvailableCents: number } }>(PROGRAMME)).loyaltyProgramme
      .potAvailableCents;
    await b.board.ok(FUND, { input: { cents: 7_700, idempotencyKey: 'pot-b' } });
    await b.board.ok(SETTINGS, { input: { ...RULE, pointsPerEuro: 7 } });
    const after = (
      await a.board.ok<{ loyaltyProgramme: { potAvailableCents: number; settings: { pointsPerEuro: number } } }>(
        PROGRAMME,
      )
    ).loyaltyProgramme;
    expect(after).toMatchObject({ potAvailableCents: potA, settings: { pointsPerEuro: 1 } });
    const zoe = await joinedCustomer(api, b.associationId, { firstName: 'Zoé' });
    await award(b.associationId, zoe.customerId, 500);
    const rewardA = rewardCosting(
      (await a.board.ok<{ loyaltyProgramme: { rewards: { id: string; pointsCost: number }[] } }>(PROGRAMME))
        .loyaltyProgramme.rewards,
      20,
    );
    expect(
      await field(s1.owner, REDEEM, { input: { code: zoe.cardCode, rewardId: rewardA, idempotencyKey: next() } }),
    ).toMatchObject({ field: 'code' });
    // B's shop cannot take A's reward for B's own card either.
    expect(
      await field(b.shops[0].owner, REDEEM, {
        input: { code: zoe.cardCode, rewardId: rewardA, idempotencyKey: next() },
      }),
    ).toMatchObject({ field: 'rewardId' });
    const figures = api.app.get(LoyaltyFigures);
    expect(await figures.of(b.associationId)).toEqual({
      activeCards: 1,
      pointsIssued: 500,
      pointsRedeemed: 0,
      rewardsPaidCents: 0,
    });
    expect((await figures.of(a.associationId)).activeCards).toBeGreaterThan(5);
  });
});
