import { centsToDecimal, CsvLocale, csvDay, csvDocument, csvText } from '@assoc/shared-util';
import { ImpactDashboard } from './dashboard';

const LABELS = {
  fr: {
    header: ['Rubrique', 'Indicateur', 'Détail', 'Valeur'],
    period: 'Période',
    from: 'Du',
    to: 'Au',
    members: 'Adhérents',
    total: 'Adhérents en fin de période',
    joined: 'Arrivés',
    left: 'Partis',
    active: 'Adhérents actifs',
    projects: 'Projets communs',
    created: 'Projets créés',
    status: 'Projets par état',
    funded: 'Projets financés',
    participations: 'Participations',
    pooled: 'Montant mutualisé',
    saved: 'Économisé par rapport à seul',
    perMember: 'Par adhérent',
    campaigns: 'Temps forts',
    campaignCount: 'Temps forts actifs',
    vouchers: 'Bons retirés',
    redemptions: 'Utilisations en boutique',
    basket: 'Paniers',
    perShop: 'Par boutique',
    cashmobs: 'Cashmobs',
    count: 'Cashmobs',
    participants: 'Inscrits',
    checkIns: 'Présents',
    revenue: "Chiffre d'affaires",
    uplift: 'Hausse par rapport à un jour ordinaire (%)',
    network: 'Réseau',
    posts: 'Publications',
    comments: 'Commentaires',
    reactions: 'Réactions',
    customers: 'Clients',
    customerCount: 'Clients en fin de période',
    customersJoined: 'Clients arrivés',
    activeCards: 'Cartes actives',
    pointsIssued: 'Points gagnés',
    pointsRedeemed: 'Points échangés',
    rewardsPaid: 'Récompenses payées aux commerces',
    ideasProposed: 'Idées proposées',
    ideasAdopted: 'Idées adoptées',
    series: 'Évolution',
    activeMembers: 'Adhérents actifs',
  },
  en: {
    header: ['Section', 'Figure', 'Detail', 'Value'],
    period: 'Period',
    from: 'From',
    to: 'To',
    members: 'Members',
    total: 'Members at the end of the period',
    joined: 'Joined',
    left: 'Left',
    active: 'Active members',
    projects: 'Joint projects',
    created: 'Projects created',
    status: 'Projects by status',
    funded: 'Funded projects',
    participations: 'Participations',
    pooled: 'Money pooled',
    saved: 'Saved against going alone',
    perMember: 'Per member',
    campaigns: 'Campaigns',
    campaignCount: 'Active campaigns',
    vouchers: 'Vouchers claimed',
    redemptions: 'Redemptions in shops',
    basket: 'Baskets',
    perShop: 'Per shop',
    cashmobs: 'Cashmobs',
    count: 'Cashmobs',
    participants: 'Signed up',
    checkIns: 'Checked in',
    revenue: 'Revenue',
    uplift: 'Uplift against an ordinary day (%)',
    network: 'Network',
    posts: 'Posts',
    comments: 'Comments',
    reactions: 'Reactions',
    customers: 'Customers',
    customerCount: 'Customers at the end of the period',
    customersJoined: 'Customers joined',
    activeCards: 'Active cards',
    pointsIssued: 'Points earned',
    pointsRedeemed: 'Points redeemed',
    rewardsPaid: 'Rewards paid to shops',
    ideasProposed: 'Ideas proposed',
    ideasAdopted: 'Ideas adopted',
    series: 'Over time',
    activeMembers: 'Active members',
  },
} as const;

const STATUS: Record<CsvLocale, Record<string, string>> = {
  fr: {
    DRAFT: 'Brouillon',
    PROPOSED: 'Soumis au vote',
    APPROVED_OPEN: "Ouvert à l'adhésion",
    REJECTED: 'Refusé',
    FUNDED: 'Financé',
    ACTIVE: 'En cours',
    CLOSED: 'Clos',
    CANCELLED: 'Annulé',
  },
  en: {
    DRAFT: 'Draft',
    PROPOSED: 'Put to the vote',
    APPROVED_OPEN: 'Open to join',
    REJECTED: 'Rejected',
    FUNDED: 'Funded',
    ACTIVE: 'Under way',
    CLOSED: 'Closed',
    CANCELLED: 'Cancelled',
  },
};

/** A project status as the reader of a file reads it. */
export function projectStatusLabel(status: string, locale: CsvLocale): string {
  return STATUS[locale][status] ?? status;
}

/**
 * The dashboard's underlying figures as one CSV (French: `;`, decimal comma, dd/mm/yyyy, BOM),
 * one row per figure: section, figure, detail (a shop, a member, a status or a day), value. Money
 * in the currency's units with two decimals; names neutralised against spreadsheet formulas.
 */
export function dashboardCsv(dashboard: ImpactDashboard, locale: CsvLocale): string {
  const l = LABELS[locale];
  const comma = locale === 'fr' ? ',' : '.';
  const money = (cents: number) => centsToDecimal(cents, comma);
  const int = (n: number) => String(n);
  const { members, projects, campaigns, cashmobs, network, customers, period } = dashboard;
  const rows: string[][] = [
    [l.period, l.from, '', csvDay(period.fromDay, locale)],
    [l.period, l.to, '', csvDay(period.toDay, locale)],
    [l.members, l.total, '', int(members.total)],
    [l.members, l.joined, '', int(members.joined)],
    [l.members, l.left, '', int(members.left)],
    [l.members, l.active, '', int(members.active)],
    [l.projects, l.created, '', int(projects.created)],
    ...projects.byStatus.map((s) => [l.projects, l.status, projectStatusLabel(s.status, locale), int(s.count)]),
    [l.projects, l.funded, '', int(projects.fundedCount)],
    [l.projects, l.participations, '', int(projects.participations)],
    [l.projects, l.pooled, '', money(projects.pooledCents)],
    [l.projects, l.saved, '', money(projects.savedCents)],
    ...projects.byMember.flatMap((m) => {
      const who = csvText(m.shopName ? `${m.name} (${m.shopName})` : m.name);
      return [
        [l.projects, `${l.pooled} — ${l.perMember}`, who, money(m.pooledCents)],
        [l.projects, `${l.saved} — ${l.perMember}`, who, money(m.savedCents)],
      ];
    }),
    [l.campaigns, l.campaignCount, '', int(campaigns.campaigns)],
    [l.campaigns, l.vouchers, '', int(campaigns.vouchers)],
    [l.campaigns, l.redemptions, '', int(campaigns.redemptions)],
    [l.campaigns, l.basket, '', money(campaigns.basketCents)],
    ...campaigns.byShop.flatMap((s) => [
      [l.campaigns, `${l.vouchers} — ${l.perShop}`, csvText(s.shopName), int(s.vouchers)],
      [l.campaigns, `${l.redemptions} — ${l.perShop}`, csvText(s.shopName), int(s.redemptions)],
      [l.campaigns, `${l.basket} — ${l.perShop}`, csvText(s.shopName), money(s.basketCents)],
    ]),
    [l.cashmobs, l.count, '', int(cashmobs.count)],
    [l.cashmobs, l.participants, '', int(cashmobs.participants)],
    [l.cashmobs, l.checkIns, '', int(cashmobs.checkIns)],
    [l.cashmobs, l.revenue, '', money(cashmobs.revenueCents)],
    [l.cashmobs, l.uplift, '', cashmobs.upliftBp === null ? '' : centsToDecimal(cashmobs.upliftBp, comma)],
    [l.network, l.posts, '', int(network.posts)],
    [l.network, l.comments, '', int(network.comments)],
    [l.network, l.reactions, '', int(network.reactions)],
    [l.customers, l.customerCount, '', int(customers.customers)],
    [l.customers, l.customersJoined, '', int(customers.joined)],
    [l.customers, l.activeCards, '', int(customers.activeCards)],
    [l.customers, l.pointsIssued, '', int(customers.pointsIssued)],
    [l.customers, l.pointsRedeemed, '', int(customers.pointsRedeemed)],
    [l.customers, l.rewardsPaid, '', money(customers.rewardsPaidCents)],
    [l.customers, l.ideasProposed, '', int(customers.ideasProposed)],
    [l.customers, l.ideasAdopted, '', int(customers.ideasAdopted)],
    ...dashboard.series.flatMap((p) => {
      const day = csvDay(p.day, locale);
      return [
        [l.series, l.members, day, int(p.members)],
        [l.series, l.activeMembers, day, int(p.activeMembers)],
        [l.series, l.posts, day, int(p.posts)],
        [l.series, l.comments, day, int(p.comments)],
        [l.series, l.reactions, day, int(p.reactions)],
        [l.series, l.vouchers, day, int(p.vouchers)],
        [l.series, l.redemptions, day, int(p.redemptions)],
      ];
    }),
  ];
  return csvDocument(l.header, rows, locale);
}
