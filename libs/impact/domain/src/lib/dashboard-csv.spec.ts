import { dashboardCsv } from './dashboard-csv';
import { ImpactDashboard } from './dashboard';
import { ImpactBucket, ImpactPeriodKind } from './period';

const dashboard: ImpactDashboard = {
  period: {
    kind: ImpactPeriodKind.MONTH,
    fromDay: '2026-03-01',
    toDay: '2026-03-31',
    start: new Date('2026-02-28T23:00:00Z'),
    end: new Date('2026-03-31T22:00:00Z'),
    bucket: ImpactBucket.DAY,
    timeZone: 'Europe/Paris',
  },
  associationName: 'Les Vitrines',
  currency: 'EUR',
  members: { total: 12, joined: 2, left: 1, active: 7 },
  projects: {
    byStatus: [{ status: 'FUNDED', count: 1 }],
    created: 1,
    fundedCount: 1,
    participations: 3,
    pooledCents: 18000,
    savedCents: 18000,
    byMember: [{ membershipId: 'm1', name: '=Claire', shopName: 'Fleurs', pooledCents: 6000, savedCents: 6000 }],
  },
  campaigns: {
    campaigns: 1,
    vouchers: 10,
    redemptions: 4,
    basketCents: 12345,
    byShop: [{ shopId: 's', shopName: 'Boulangerie; Dupont', vouchers: 10, redemptions: 4, basketCents: 12345 }],
  },
  cashmobs: { count: 1, participants: 20, checkIns: 18, revenueCents: 150000, upliftBp: 5000 },
  network: { posts: 5, comments: 9, reactions: 14 },
  customers: {
    customers: 40,
    joined: 6,
    activeCards: 25,
    pointsIssued: 1234,
    pointsRedeemed: 300,
    rewardsPaidCents: 1500,
    ideasProposed: 4,
    ideasAdopted: 1,
  },
  series: [
    {
      day: '2026-03-01',
      members: 11,
      activeMembers: 3,
      posts: 1,
      comments: 2,
      reactions: 3,
      vouchers: 4,
      redemptions: 1,
    },
  ],
};

describe('the dashboard as CSV', () => {
  it('writes one figure per row, French style: days, decimal commas, quoted separators, neutralised formulas', () => {
    const csv = dashboardCsv(dashboard, 'fr');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Rubrique;Indicateur;Détail;Valeur');
    expect(lines).toContain('Période;Du;;01/03/2026');
    expect(lines).toContain('Projets communs;Projets par état;Financé;1');
    expect(lines).toContain('Projets communs;Montant mutualisé;;180,00');
    expect(lines).toContain("Projets communs;Montant mutualisé — Par adhérent;'=Claire (Fleurs);60,00");
    expect(lines).toContain('Temps forts;Paniers — Par boutique;"Boulangerie; Dupont";123,45');
    expect(lines).toContain('Cashmobs;Hausse par rapport à un jour ordinaire (%);;50,00');
    expect(lines).toContain('Évolution;Bons retirés;01/03/2026;4');
    expect(lines).toContain('Clients;Clients en fin de période;;40');
    expect(lines).toContain('Clients;Points gagnés;;1234');
    expect(lines).toContain('Clients;Récompenses payées aux commerces;;15,00');
    expect(lines).toContain('Clients;Idées adoptées;;1');
  });

  it('writes English with points and ISO days', () => {
    const lines = dashboardCsv(dashboard, 'en').split(/\r?\n/);
    expect(lines).toContain('Campaigns,Baskets,,123.45');
    expect(lines).toContain('Over time,Posts,2026-03-01,1');
    expect(lines).toContain('Customers,Rewards paid to shops,,15.00');
    expect(lines).toContain('Customers,Ideas proposed,,4');
  });
});
