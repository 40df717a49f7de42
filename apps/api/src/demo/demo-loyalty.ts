import { ShopReads } from '@assoc/directory-api';
import { CustomersDemo } from '@assoc/customers-api';
import { DemoLoyaltyMovement, LoyaltyDemo } from '@assoc/loyalty-api';
import { LoyaltyMovementKind } from '@assoc/loyalty-domain';
import { calendarDayIn } from '@assoc/shared-util';
import { EXPENSES, shopPayable, TreasuryAccountKind } from '@assoc/treasury-domain';
import type { TreasuryLedger } from '@assoc/treasury-api';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DEMO_ASSOCIATION } from './demo-data';

const DAY_MS = 24 * 3600 * 1000;
const POT = { kind: TreasuryAccountKind.LOYALTY_POT };

/** The three shops that take the card in the demo (by their owner's e-mail). */
const LOYALTY_SHOPS = [
  'claire.martin@vitrines-vitre.fr',
  'yann.lebreton@vitrines-vitre.fr',
  'lucie.gautier@vitrines-vitre.fr',
];

/**
 * The town loyalty card of the demo (issue 17): the rule (1 point per euro, +50 % during a campaign, 200 points a
 * day per card and shop, 500 € at most), three rewards, three shops taking the card, 200 € set aside in the pot, and
 * for the demo's customers (those the customers seed made, who chose the loyalty card) a few purchases and one
 * reward taken at the fine grocery, owed to it by the pot. Runs after the customers are seeded.
 */
export async function seedLoyalty(
  manager: EntityManager,
  associationId: string,
  members: Map<string, { id: string; name: string }>,
  now: Date,
  ledger: TreasuryLedger,
  shopReads: ShopReads,
): Promise<void> {
  const claire = members.get('claire.martin@vitrines-vitre.fr')?.id ?? null;
  await LoyaltyDemo.saveSettings(manager, {
    associationId,
    enabled: true,
    pointsPerEuro: 1,
    campaignBonusPercent: 50,
    dailyCapPoints: 200,
    maxPurchaseCents: 50_000,
    updatedByMembershipId: claire,
  });
  const rewards = await LoyaltyDemo.addRewards(manager, [
    { associationId, label: 'Café ou viennoiserie offert', pointsCost: 40, valueCents: 200, active: true },
    { associationId, label: 'Bon de 5 € dans tout commerce membre', pointsCost: 100, valueCents: 500, active: true },
    { associationId, label: 'Bon de 10 € dans tout commerce membre', pointsCost: 180, valueCents: 1000, active: true },
  ]);
  const shops: { id: string; name: string }[] = [];
  for (const email of LOYALTY_SHOPS) {
    const membershipId = members.get(email)?.id;
    const shop = membershipId ? await shopReads.ownShop(associationId, membershipId, manager) : null;
    if (!shop) throw new Error(`The demo's loyalty shop of ${email} is missing.`);
    shops.push({ id: shop.id, name: shop.name });
    await LoyaltyDemo.addShop(manager, { associationId, shopId: shop.id, joinedByMembershipId: membershipId ?? null });
  }
  const day = (daysAgo: number) => calendarDayIn(new Date(now.getTime() - daysAgo * DAY_MS), DEMO_ASSOCIATION.timeZone);
  await ledger.post(
    manager,
    associationId,
    {
      day: day(20),
      label: 'Cagnotte fidélité : budget du trimestre',
      source: { domain: 'loyalty', ref: 'pot' },
      lines: [
        { account: EXPENSES, cents: 20_000 },
        { account: POT, cents: -20_000 },
      ],
      createdByMembershipId: claire,
    },
    'loyalty-pot:demo',
  );

  const customers = await CustomersDemo.first(manager, associationId, { loyalty: true, limit: 3 });
  // [customer index, shop index, days ago, amount in cents]
  const purchases: [number, number, number, number][] = [
    [0, 0, 12, 4_250],
    [0, 1, 9, 1_380],
    [0, 2, 6, 6_790],
    [0, 0, 2, 2_200],
    [1, 1, 8, 960],
    [1, 2, 3, 3_540],
    [2, 0, 5, 2_990],
  ];
  let n = 0;
  const movement = (values: DemoLoyaltyMovement) =>
    LoyaltyDemo.addMovement(manager, {
      associationId,
      sourceDomain: 'loyalty',
      sourceRef: 'counter',
      idempotencyKey: `demo-${++n}`,
      requestHash: 'demo',
      ...values,
    });
  for (const [c, s, daysAgo, cents] of purchases) {
    const customer = customers[c];
    if (!customer) continue;
    await movement({
      customerId: customer.id,
      kind: LoyaltyMovementKind.PURCHASE,
      points: Math.floor(cents / 100),
      day: day(daysAgo),
      label: shops[s].name,
      shopId: shops[s].id,
      purchaseCents: cents,
      createdAt: new Date(now.getTime() - daysAgo * DAY_MS),
    });
  }
  const first = customers[0];
  if (first) {
    // 42 + 13 + 67 + 22 = 144 points: the 5 € voucher taken at the fine grocery, owed to it by the pot.
    const reward = rewards[1];
    const grocery = shops[2];
    const id = randomUUID();
    const posted = await ledger.post(
      manager,
      associationId,
      {
        day: day(1),
        label: `${reward.label} — ${grocery.name}`,
        source: { domain: 'loyalty', ref: id },
        lines: [
          { account: POT, cents: reward.valueCents },
          { account: shopPayable(grocery.id), cents: -reward.valueCents },
        ],
      },
      'loyalty:demo-redemption',
    );
    await movement({
      id,
      customerId: first.id,
      kind: LoyaltyMovementKind.REDEMPTION,
      points: -reward.pointsCost,
      day: day(1),
      label: reward.label,
      shopId: grocery.id,
      rewardId: reward.id,
      valueCents: reward.valueCents,
      treasuryEntryId: posted.entry.id,
      createdAt: new Date(now.getTime() - DAY_MS),
    });
  }
}
