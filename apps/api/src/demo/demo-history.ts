import { EntityManager } from 'typeorm';
import { randomBytes } from 'node:crypto';
import {
  offerCodeFrom,
  OFFER_CODE_RANDOM_BYTES,
  voucherCodeFrom,
  VOUCHER_RANDOM_BYTES,
} from '@assoc/promotions-domain';
import { newSecretToken } from '@assoc/platform-api';

const DAY_MS = 24 * 3600 * 1000;

type Members = Map<string, { id: string; name: string }>;

/** The shops of the autumn campaign, with the vouchers claimed and redeemed at each (a long tail, as in real life). */
const AUTUMN_OFFERS: { email: string; percentOff: number; vouchers: number; redeemed: number }[] = [
  { email: 'yann.lebreton@vitrines-vitre.fr', percentOff: 10, vouchers: 18, redeemed: 11 },
  { email: 'lucie.gautier@vitrines-vitre.fr', percentOff: 15, vouchers: 14, redeemed: 9 },
  { email: 'marc.pinel@vitrines-vitre.fr', percentOff: 10, vouchers: 9, redeemed: 6 },
  { email: 'nadia.benali@vitrines-vitre.fr', percentOff: 20, vouchers: 7, redeemed: 3 },
  { email: 'thomas.rault@vitrines-vitre.fr', percentOff: 10, vouchers: 5, redeemed: 2 },
  { email: 'amelie.roux@vitrines-vitre.fr', percentOff: 15, vouchers: 3, redeemed: 1 },
];

const FIRST_NAMES = ['Anne', 'Bruno', 'Chloé', 'David', 'Emma', 'Fabien', 'Gaëlle', 'Hugo', 'Inès'];

/** Shops that shared the kraft bags project. */
const BAG_SHOPS = [
  'claire.martin@vitrines-vitre.fr',
  'yann.lebreton@vitrines-vitre.fr',
  'lucie.gautier@vitrines-vitre.fr',
  'marc.pinel@vitrines-vitre.fr',
  'nadia.benali@vitrines-vitre.fr',
  'thomas.rault@vitrines-vitre.fr',
  'elodie.moreau@vitrines-vitre.fr',
];

/**
 * The demo association's recent past, so the impact dashboard has something to show from the first
 * start: members who joined over the last ten months, an autumn campaign five weeks ago with its
 * vouchers and redemptions, a cashmob at the delicatessen three weeks ago with its result, and a
 * joint order of kraft bags funded a month ago. Every figure is made of ordinary records (nothing
 * the dashboard stores itself); dates are relative to `now` (the clock's).
 */
export async function seedHistory(
  manager: EntityManager,
  associationId: string,
  members: Members,
  now: Date,
): Promise<void> {
  const id = (email: string) => {
    const found = members.get(email);
    if (!found) throw new Error(`demo history names an unknown member: ${email}`);
    return found.id;
  };
  const daysAgo = (days: number, hour = 10) =>
    new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - days * DAY_MS + hour * 3600 * 1000);
  const shopOf = async (email: string) =>
    (await manager.query(`SELECT id FROM shops WHERE "membershipId" = $1`, [id(email)]))[0].id as string;

  // Members joined over ten months: the founders first, a newcomer or two each month since.
  let index = 0;
  for (const { id: membershipId } of members.values()) {
    const joined = index < 5 ? 300 : Math.max(20, 300 - (index - 4) * 24);
    await manager.query(`UPDATE memberships SET "createdAt" = $2 WHERE id = $1`, [membershipId, daysAgo(joined)]);
    index++;
  }

  // The autumn campaign, held 40 to 26 days ago.
  const claire = id('claire.martin@vitrines-vitre.fr');
  const [{ id: campaignId }] = await manager.query(
    `INSERT INTO campaigns ("associationId", "createdByMembershipId", title, theme, description, "startsAt", "endsAt", "enrolmentDeadline", channels, status, slug, "publishedAt", "createdAt")
     VALUES ($1, $2, 'Les Vitrines d''automne', 'Rentrée gourmande', 'Deux semaines de remises dans les commerces du centre.', $3, $4, $5, 'BOTH', 'FINISHED', $6, $5, $7) RETURNING id`,
    [
      associationId,
      claire,
      daysAgo(40, 7),
      daysAgo(26, 19),
      daysAgo(44),
      `automne-${newSecretToken(6).toLowerCase()}`,
      daysAgo(55),
    ],
  );
  let n = 0;
  for (const offer of AUTUMN_OFFERS) {
    const owner = id(offer.email);
    const shopId = await shopOf(offer.email);
    const [{ id: offerId }] = await manager.query(
      `INSERT INTO campaign_offers ("associationId", "campaignId", "shopId", "ownerMembershipId", kind, "percentOff", description, status, code, "redemptionCount", "reviewedAt", "reviewedByMembershipId", "createdAt")
       VALUES ($1, $2, $3, $4, 'PERCENT_OFF', $5, '', 'APPROVED', $6, $7, $8, $9, $10) RETURNING id`,
      [
        associationId,
        campaignId,
        shopId,
        owner,
        offer.percentOff,
        offerCodeFrom(randomBytes(OFFER_CODE_RANDOM_BYTES)),
        offer.redeemed,
        daysAgo(45),
        claire,
        daysAgo(48),
      ],
    );
    for (let v = 0; v < offer.vouchers; v++) {
      const claimed = daysAgo(40 - ((v * 3 + n) % 13), 9 + (v % 8));
      const redeemed = v < offer.redeemed ? new Date(claimed.getTime() + (1 + (v % 3)) * DAY_MS) : null;
      const [{ id: voucherId }] = await manager.query(
        `INSERT INTO campaign_vouchers ("associationId", "campaignId", "offerId", "shopId", code, "redeemedAt", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          associationId,
          campaignId,
          offerId,
          shopId,
          voucherCodeFrom(randomBytes(VOUCHER_RANDOM_BYTES)),
          redeemed,
          claimed,
        ],
      );
      if (redeemed) {
        await manager.query(
          `INSERT INTO campaign_redemptions ("associationId", "campaignId", "offerId", "shopId", "voucherId", "membershipId", "basketCents", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            associationId,
            campaignId,
            offerId,
            shopId,
            voucherId,
            owner,
            1850 + ((v * 1370 + n * 610) % 4800),
            redeemed,
          ],
        );
      }
    }
    n++;
  }

  // A cashmob at the delicatessen 20 days ago: 24 signed up, 21 came and 3 walked in; 1,860 € against 720 € on an ordinary afternoon.
  const lucie = id('lucie.gautier@vitrines-vitre.fr');
  const start = daysAgo(20, 14);
  const [{ id: cashmobId }] = await manager.query(
    `INSERT INTO cashmobs ("associationId", "shopId", "hostMembershipId", "organiserMembershipId", status, "startsAt", "endsAt", "meetingPoint", "spendMinCents", "spendMaxCents", capacity, message, slug, "publishedAt", "salesCount", "revenueCents", "ordinaryRevenueCents", "completedAt", "lastPosition", "createdAt")
     VALUES ($1, $2, $3, $4, 'COMPLETED', $5, $6, 'Devant l''épicerie, rue Poterie', 1000, 3000, 30, 'Faisons découvrir les produits bretons de Lucie.', $7, $8, 27, 186000, 72000, $6, 27, $9) RETURNING id`,
    [
      associationId,
      await shopOf('lucie.gautier@vitrines-vitre.fr'),
      lucie,
      id('marc.pinel@vitrines-vitre.fr'),
      start,
      new Date(start.getTime() + 2 * 3600 * 1000),
      newSecretToken(16),
      daysAgo(32),
      daysAgo(35),
    ],
  );
  for (let s = 0; s < 27; s++) {
    const walkIn = s >= 24;
    const came = walkIn || s < 21;
    await manager.query(
      `INSERT INTO cashmob_sign_ups ("associationId", "cashmobId", status, position, "firstName", locale, "intendedSpendCents", "walkIn", "checkedInAt", "createdAt") VALUES ($1, $2, 'CONFIRMED', $3, $4, 'FR', $5, $6, $7, $8)`,
      [
        associationId,
        cashmobId,
        s + 1,
        FIRST_NAMES[s % FIRST_NAMES.length],
        walkIn ? null : 1500 + (s % 4) * 500,
        walkIn,
        came ? start : null,
        walkIn ? start : daysAgo(30 - (s % 9)),
      ],
    );
  }

  // Kraft bags ordered together: 3,500 bags at 0.42 € + 20 % VAT = 1,764 €, 252 € a shop; 475 € for 500 bags alone.
  const [{ id: projectId }] = await manager.query(
    `INSERT INTO projects ("associationId", title, description, category, status, "splitRule", "authorMembershipId", "proposedAt", "voteDeadline", "voteClosedAt", "votesFor", "votesAgainst", "votesAbstain", "voteMemberCount", "quorumReached", "joinDeadline", "frozenAt", "createdAt")
     VALUES ($1, 'Sacs kraft aux couleurs de l''association', 'Une commande groupée de sacs imprimés au logo des Vitrines, 500 par boutique.', 'COMMUNICATION', 'ACTIVE', '{"kind":"EQUAL"}', $2, $3, $4, $4, 11, 1, 1, 15, true, $5, $5, $6) RETURNING id`,
    [associationId, claire, daysAgo(50), daysAgo(43), daysAgo(36), daysAgo(56)],
  );
  await manager.query(
    `INSERT INTO project_budget_lines ("associationId", "projectId", position, label, supplier, quantity, "unitPriceCents", "vatRateBp", "soloPriceCents") VALUES ($1, $2, 0, 'Sacs kraft imprimés', 'Imprimerie du Pays de Vitré', 3500, 42, 2000, 47500)`,
    [associationId, projectId],
  );
  for (const [i, email] of BAG_SHOPS.entries()) {
    await manager.query(
      `INSERT INTO project_participants ("associationId", "projectId", "membershipId", "shareCents", "createdAt") VALUES ($1, $2, $3, 25200, $4)`,
      [associationId, projectId, id(email), daysAgo(42 - i)],
    );
  }
}
