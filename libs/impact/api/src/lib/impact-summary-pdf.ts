import { ImpactDashboard, projectStatusLabel } from '@assoc/impact-domain';
import { createPdf, PDF_FONT } from '@assoc/platform-api';
import {
  formatCount,
  formatDay,
  formatInstant,
  formatMoney,
  localeTag,
  pluralForm,
  PluralForms,
} from '@assoc/shared-util';

type Lang = 'fr' | 'en';

/** A noun counted by a figure: its singular and plural (French 0 and 1 take the singular). */
type Noun = PluralForms;
const noun = (one: string, other: string): Noun => ({ one, other });

const TEXT = {
  fr: {
    title: "Bilan d'impact",
    period: (from: string, to: string) => `du ${from} au ${to}`,
    members: 'Adhérents',
    total: noun('adhérent', 'adhérents'),
    joined: noun('arrivé', 'arrivés'),
    active: noun('actif', 'actifs'),
    projects: 'Projets communs',
    funded: noun('financé', 'financés'),
    pooled: 'mutualisés',
    saved: 'économisés',
    campaigns: 'Temps forts',
    vouchers: noun('bon retiré', 'bons retirés'),
    redemptions: noun('utilisé en boutique', 'utilisés en boutique'),
    baskets: 'de paniers',
    cashmobs: 'Cashmobs',
    cashmobCount: noun('cashmob', 'cashmobs'),
    participants: noun('inscrit', 'inscrits'),
    checkIns: noun('présent', 'présents'),
    revenue: "de chiffre d'affaires",
    uplift: 'par rapport à un jour ordinaire',
    network: 'Réseau',
    posts: noun('publication', 'publications'),
    comments: noun('commentaire', 'commentaires'),
    reactions: noun('réaction', 'réactions'),
    perShop: 'Bons retirés et utilisés, par boutique',
    series: 'Adhérents actifs au fil de la période',
    byStatus: 'Projets créés',
    customers: 'Clients',
    customerCount: noun('client', 'clients'),
    customersJoined: noun('arrivé', 'arrivés'),
    activeCards: noun('carte active', 'cartes actives'),
    loyalty: 'Fidélité et idées',
    points: 'points gagnés · échangés',
    rewardsPaid: 'de récompenses payées aux commerces',
    ideas: noun('idée proposée · adoptée', 'idées proposées · adoptées'),
    footer: (at: string) => `Chiffres tirés des registres de l'association le ${at}.`,
  },
  en: {
    title: 'Impact report',
    period: (from: string, to: string) => `from ${from} to ${to}`,
    members: 'Members',
    total: noun('member', 'members'),
    joined: noun('joined', 'joined'),
    active: noun('active', 'active'),
    projects: 'Joint projects',
    funded: noun('funded', 'funded'),
    pooled: 'pooled',
    saved: 'saved',
    campaigns: 'Campaigns',
    vouchers: noun('voucher claimed', 'vouchers claimed'),
    redemptions: noun('redeemed in shops', 'redeemed in shops'),
    baskets: 'in baskets',
    cashmobs: 'Cashmobs',
    cashmobCount: noun('cashmob', 'cashmobs'),
    participants: noun('signed up', 'signed up'),
    checkIns: noun('checked in', 'checked in'),
    revenue: 'revenue',
    uplift: 'against an ordinary day',
    network: 'Network',
    posts: noun('post', 'posts'),
    comments: noun('comment', 'comments'),
    reactions: noun('reaction', 'reactions'),
    perShop: 'Vouchers claimed and redeemed, per shop',
    series: 'Active members over the period',
    byStatus: 'Projects created',
    customers: 'Customers',
    customerCount: noun('customer', 'customers'),
    customersJoined: noun('joined', 'joined'),
    activeCards: noun('active card', 'active cards'),
    loyalty: 'Loyalty and ideas',
    points: 'points earned · redeemed',
    rewardsPaid: 'of rewards paid to shops',
    ideas: noun('idea proposed · adopted', 'ideas proposed · adopted'),
    footer: (at: string) => `Figures read from the association's records on ${at}.`,
  },
} as const;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 42;
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const ACCENT = '#1565c0';
const SECOND = '#f59e0b';

/**
 * A one-page A4 summary of the dashboard that the president brings to the general assembly: the
 * key figures of each pillar, vouchers per shop as bars and active members over the period. Drawn
 * with shapes and the embedded DejaVu Sans (platform's createPdf), numbers, plurals and dates by the
 * language's rules (shared-util, as the web client writes them). `now` dates the footer and the file
 * (the API's clock).
 */
export async function impactSummaryPdf(dashboard: ImpactDashboard, lang: Lang, now: Date): Promise<Buffer> {
  const t = TEXT[lang];
  const locale = localeTag(lang);
  const money = (cents: number) => formatMoney(cents, dashboard.currency, locale);
  const int = (n: number) => formatCount(n, lang);
  const of = (n: number, forms: Noun) => pluralForm(n, lang, forms);
  const { doc, done } = createPdf({
    title: `${t.title} — ${dashboard.associationName}`,
    author: dashboard.associationName,
    subject: t.period(formatDay(dashboard.period.fromDay, lang), formatDay(dashboard.period.toDay, lang)),
    language: lang,
    createdAt: now,
    margin: MARGIN,
  });
  const width = A4.width - 2 * MARGIN;
  const { members, projects, campaigns, cashmobs, network, customers, period } = dashboard;

  doc
    .font(PDF_FONT.bold)
    .fontSize(20)
    .fillColor(INK)
    .text(`${t.title} — ${dashboard.associationName}`, MARGIN, MARGIN, { width });
  doc
    .font(PDF_FONT.regular)
    .fontSize(12)
    .fillColor(MUTED)
    .text(t.period(formatDay(period.fromDay, lang), formatDay(period.toDay, lang)), { width });

  // Key figures: one box per pillar, two columns.
  const boxes: [string, [string, string][]][] = [
    [
      t.members,
      [
        [int(members.total), of(members.total, t.total)],
        [int(members.joined), of(members.joined, t.joined)],
        [int(members.active), of(members.active, t.active)],
      ],
    ],
    [
      t.projects,
      [
        [int(projects.fundedCount), of(projects.fundedCount, t.funded)],
        [money(projects.pooledCents), t.pooled],
        [money(projects.savedCents), t.saved],
      ],
    ],
    [
      t.campaigns,
      [
        [int(campaigns.vouchers), of(campaigns.vouchers, t.vouchers)],
        [int(campaigns.redemptions), of(campaigns.redemptions, t.redemptions)],
        [money(campaigns.basketCents), t.baskets],
      ],
    ],
    [
      t.cashmobs,
      [
        [
          `${int(cashmobs.count)} · ${int(cashmobs.participants)} · ${int(cashmobs.checkIns)}`,
          `${of(cashmobs.count, t.cashmobCount)} · ${of(cashmobs.participants, t.participants)} · ${of(cashmobs.checkIns, t.checkIns)}`,
        ],
        [money(cashmobs.revenueCents), t.revenue],
        [
          cashmobs.upliftBp === null
            ? '—'
            : new Intl.NumberFormat(locale, {
                style: 'percent',
                maximumFractionDigits: 1,
                signDisplay: 'exceptZero',
              }).format(cashmobs.upliftBp / 10_000),
          t.uplift,
        ],
      ],
    ],
    [
      t.network,
      [
        [int(network.posts), of(network.posts, t.posts)],
        [int(network.comments), of(network.comments, t.comments)],
        [int(network.reactions), of(network.reactions, t.reactions)],
      ],
    ],
    [
      t.byStatus,
      projects.byStatus.slice(0, 3).map((s) => [int(s.count), projectStatusLabel(s.status, lang)] as [string, string]),
    ],
    [
      t.customers,
      [
        [int(customers.customers), of(customers.customers, t.customerCount)],
        [int(customers.joined), of(customers.joined, t.customersJoined)],
        [int(customers.activeCards), of(customers.activeCards, t.activeCards)],
      ],
    ],
    [
      t.loyalty,
      [
        [`${int(customers.pointsIssued)} · ${int(customers.pointsRedeemed)}`, t.points],
        [money(customers.rewardsPaidCents), t.rewardsPaid],
        [`${int(customers.ideasProposed)} · ${int(customers.ideasAdopted)}`, of(customers.ideasProposed, t.ideas)],
      ],
    ],
  ];
  const boxWidth = (width - 12) / 2;
  const boxHeight = 88;
  let top = 96;
  boxes.forEach(([title, lines], i) => {
    const x = MARGIN + (i % 2) * (boxWidth + 12);
    const y = top + Math.floor(i / 2) * (boxHeight + 8);
    doc.roundedRect(x, y, boxWidth, boxHeight, 6).lineWidth(0.8).strokeColor('#cfd8e3').stroke();
    doc
      .font(PDF_FONT.bold)
      .fontSize(11)
      .fillColor(ACCENT)
      .text(title, x + 10, y + 8, { width: boxWidth - 20 });
    lines.forEach(([value, label], j) => {
      const ly = y + 26 + j * 19;
      doc
        .font(PDF_FONT.bold)
        .fontSize(12)
        .fillColor(INK)
        .text(value, x + 10, ly, { width: boxWidth - 20, continued: true });
      doc.font(PDF_FONT.regular).fontSize(10).fillColor(MUTED).text(`  ${label}`);
    });
  });
  top += Math.ceil(boxes.length / 2) * (boxHeight + 8) + 6;

  // Vouchers per shop: horizontal bars, the eight shops with the most.
  doc.font(PDF_FONT.bold).fontSize(12).fillColor(INK).text(t.perShop, MARGIN, top, { width });
  const shops = campaigns.byShop.slice(0, 8);
  const most = Math.max(1, ...shops.map((s) => s.vouchers));
  const labelWidth = 150;
  const barSpace = width - labelWidth - 60;
  shops.forEach((s, i) => {
    const y = top + 22 + i * 18;
    doc
      .font(PDF_FONT.regular)
      .fontSize(9)
      .fillColor(INK)
      .text(s.shopName, MARGIN, y + 2, { width: labelWidth - 8, height: 12, ellipsis: true, lineBreak: false });
    doc.rect(MARGIN + labelWidth, y, (barSpace * s.vouchers) / most, 6).fill(ACCENT);
    doc.rect(MARGIN + labelWidth, y + 7, (barSpace * s.redemptions) / most, 6).fill(SECOND);
    doc
      .font(PDF_FONT.regular)
      .fontSize(9)
      .fillColor(MUTED)
      .text(`${int(s.vouchers)} / ${int(s.redemptions)}`, MARGIN + labelWidth + barSpace + 6, y + 2, {
        width: 54,
        lineBreak: false,
      });
  });
  top += 22 + Math.max(1, shops.length) * 18 + 14;

  // Active members over the period: vertical bars.
  doc.font(PDF_FONT.bold).fontSize(12).fillColor(INK).text(t.series, MARGIN, top, { width });
  const chartTop = top + 20;
  const chartHeight = Math.min(110, A4.height - MARGIN - 30 - chartTop);
  const points = dashboard.series;
  const peak = Math.max(1, ...points.map((p) => p.activeMembers));
  const step = width / Math.max(1, points.length);
  points.forEach((p, i) => {
    const h = (chartHeight * p.activeMembers) / peak;
    doc.rect(MARGIN + i * step + step * 0.15, chartTop + chartHeight - h, step * 0.7, h).fill(ACCENT);
  });
  doc
    .moveTo(MARGIN, chartTop + chartHeight)
    .lineTo(MARGIN + width, chartTop + chartHeight)
    .lineWidth(0.5)
    .strokeColor(MUTED)
    .stroke();
  if (points.length) {
    doc.font(PDF_FONT.regular).fontSize(8).fillColor(MUTED);
    doc.text(formatDay(points[0].day, lang), MARGIN, chartTop + chartHeight + 3, { lineBreak: false });
    doc.text(`max ${int(peak)}`, MARGIN + width - 60, chartTop - 10, { width: 60, align: 'right', lineBreak: false });
  }

  doc
    .font(PDF_FONT.regular)
    .fontSize(8)
    .fillColor(MUTED)
    .text(t.footer(formatInstant(now, lang, period.timeZone)), MARGIN, A4.height - MARGIN - 10, {
      width,
      lineBreak: false,
    });
  doc.end();
  return done;
}
