import { EntityManager } from 'typeorm';
import { AssociationsDemo } from '@assoc/associations-api';
import { CashmobsDemo } from '@assoc/cashmobs-api';
import { newSecretToken } from '@assoc/platform-api';
import { ProjectsDemo } from '@assoc/projects-api';
import { PromotionsDemo } from '@assoc/promotions-api';
import { ProjectCategory } from '@assoc/projects-domain';

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
  /** Each shopkeeper's shop, by the owner's e-mail. */
  shops: ReadonlyMap<string, string>,
  now: Date,
): Promise<void> {
  const id = (email: string) => {
    const found = members.get(email);
    if (!found) throw new Error(`demo history names an unknown member: ${email}`);
    return found.id;
  };
  const daysAgo = (days: number, hour = 10) =>
    new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - days * DAY_MS + hour * 3600 * 1000);
  const shopOf = (email: string) => {
    const found = shops.get(email);
    if (!found) throw new Error(`demo history names a member without a shop: ${email}`);
    return found;
  };

  // Members joined over ten months: the founders first, a newcomer or two each month since.
  let index = 0;
  for (const { id: membershipId } of members.values()) {
    const joined = index < 5 ? 300 : Math.max(20, 300 - (index - 4) * 24);
    await AssociationsDemo.setJoinedAt(manager, membershipId, daysAgo(joined));
    index++;
  }

  // The autumn campaign, held 40 to 26 days ago.
  const claire = id('claire.martin@vitrines-vitre.fr');
  const campaignId = await PromotionsDemo.addFinishedCampaign(manager, {
    associationId,
    createdByMembershipId: claire,
    title: "Les Vitrines d'automne",
    theme: 'Rentrée gourmande',
    description: 'Deux semaines de remises dans les commerces du centre.',
    startsAt: daysAgo(40, 7),
    endsAt: daysAgo(26, 19),
    enrolmentDeadline: daysAgo(44),
    slug: `automne-${newSecretToken(6).toLowerCase()}`,
    createdAt: daysAgo(55),
  });
  let n = 0;
  for (const offer of AUTUMN_OFFERS) {
    const owner = id(offer.email);
    const shopId = shopOf(offer.email);
    const offerId = await PromotionsDemo.addApprovedOffer(manager, {
      associationId,
      campaignId,
      shopId,
      ownerMembershipId: owner,
      percentOff: offer.percentOff,
      redemptionCount: offer.redeemed,
      reviewedAt: daysAgo(45),
      reviewedByMembershipId: claire,
      createdAt: daysAgo(48),
    });
    for (let v = 0; v < offer.vouchers; v++) {
      const claimed = daysAgo(40 - ((v * 3 + n) % 13), 9 + (v % 8));
      const redeemed = v < offer.redeemed ? new Date(claimed.getTime() + (1 + (v % 3)) * DAY_MS) : null;
      const voucherId = await PromotionsDemo.addVoucher(manager, {
        associationId,
        campaignId,
        offerId,
        shopId,
        redeemedAt: redeemed,
        createdAt: claimed,
      });
      if (redeemed) {
        await PromotionsDemo.addRedemption(manager, {
          associationId,
          campaignId,
          offerId,
          shopId,
          voucherId,
          membershipId: owner,
          basketCents: 1850 + ((v * 1370 + n * 610) % 4800),
          createdAt: redeemed,
        });
      }
    }
    n++;
  }

  // A cashmob at the delicatessen 20 days ago: 24 signed up, 21 came and 3 walked in; 1,860 € against 720 € on an ordinary afternoon.
  const lucie = id('lucie.gautier@vitrines-vitre.fr');
  const start = daysAgo(20, 14);
  const cashmobId = await CashmobsDemo.addCompleted(manager, {
    associationId,
    shopId: shopOf('lucie.gautier@vitrines-vitre.fr'),
    hostMembershipId: lucie,
    organiserMembershipId: id('marc.pinel@vitrines-vitre.fr'),
    startsAt: start,
    endsAt: new Date(start.getTime() + 2 * 3600 * 1000),
    meetingPoint: "Devant l'épicerie, rue Poterie",
    spendMinCents: 1000,
    spendMaxCents: 3000,
    capacity: 30,
    message: 'Faisons découvrir les produits bretons de Lucie.',
    publishedAt: daysAgo(32),
    salesCount: 27,
    revenueCents: 186000,
    ordinaryRevenueCents: 72000,
    lastPosition: 27,
    createdAt: daysAgo(35),
  });
  for (let s = 0; s < 27; s++) {
    const walkIn = s >= 24;
    const came = walkIn || s < 21;
    await CashmobsDemo.addConfirmedSignUp(manager, {
      associationId,
      cashmobId,
      position: s + 1,
      firstName: FIRST_NAMES[s % FIRST_NAMES.length],
      intendedSpendCents: walkIn ? null : 1500 + (s % 4) * 500,
      walkIn,
      checkedInAt: came ? start : null,
      createdAt: walkIn ? start : daysAgo(30 - (s % 9)),
    });
  }

  // Kraft bags ordered together: 3,500 bags at 0.42 € + 20 % VAT = 1,764 €, 252 € a shop; 475 € for 500 bags alone.
  await ProjectsDemo.addFunded(manager, {
    associationId,
    title: "Sacs kraft aux couleurs de l'association",
    description: 'Une commande groupée de sacs imprimés au logo des Vitrines, 500 par boutique.',
    category: ProjectCategory.COMMUNICATION,
    authorMembershipId: claire,
    proposedAt: daysAgo(50),
    voteDeadline: daysAgo(43),
    votes: { for: 11, against: 1, abstain: 1, memberCount: 15 },
    frozenAt: daysAgo(36),
    createdAt: daysAgo(56),
    budgetLine: {
      label: 'Sacs kraft imprimés',
      supplier: 'Imprimerie du Pays de Vitré',
      quantity: 3500,
      unitPriceCents: 42,
      vatRateBp: 2000,
      soloPriceCents: 47500,
    },
    participants: BAG_SHOPS.map((email, i) => ({
      membershipId: id(email),
      shareCents: 25200,
      createdAt: daysAgo(42 - i),
    })),
  });
}
