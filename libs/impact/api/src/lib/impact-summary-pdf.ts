import { ImpactDashboard, projectStatusLabel } from '@assoc/impact-domain';
import { formatMoney } from '@assoc/shared-util';
import PDFDocument from 'pdfkit';

type Lang = 'fr' | 'en';

const TEXT = {
  fr: {
    title: "Bilan d'impact",
    period: (from: string, to: string) => `du ${from} au ${to}`,
    members: 'Adhérents',
    total: 'adhérents',
    joined: 'arrivés',
    active: 'actifs',
    projects: 'Projets communs',
    funded: 'financés',
    pooled: 'mutualisés',
    saved: 'économisés',
    campaigns: 'Temps forts',
    vouchers: 'bons retirés',
    redemptions: 'utilisés en boutique',
    baskets: 'de paniers',
    cashmobs: 'Cashmobs',
    cashmobCount: 'cashmobs',
    participants: 'inscrits',
    checkIns: 'présents',
    revenue: "de chiffre d'affaires",
    uplift: 'par rapport à un jour ordinaire',
    network: 'Réseau',
    posts: 'publications',
    comments: 'commentaires',
    reactions: 'réactions',
    perShop: 'Bons retirés et utilisés, par boutique',
    series: 'Adhérents actifs au fil de la période',
    byStatus: 'Projets créés',
    footer: (at: string) => `Chiffres tirés des registres de l'association le ${at}.`,
  },
  en: {
    title: 'Impact report',
    period: (from: string, to: string) => `from ${from} to ${to}`,
    members: 'Members',
    total: 'members',
    joined: 'joined',
    active: 'active',
    projects: 'Joint projects',
    funded: 'funded',
    pooled: 'pooled',
    saved: 'saved',
    campaigns: 'Campaigns',
    vouchers: 'vouchers claimed',
    redemptions: 'redeemed in shops',
    baskets: 'in baskets',
    cashmobs: 'Cashmobs',
    cashmobCount: 'cashmobs',
    participants: 'signed up',
    checkIns: 'checked in',
    revenue: 'revenue',
    uplift: 'against an ordinary day',
    network: 'Network',
    posts: 'posts',
    comments: 'comments',
    reactions: 'reactions',
    perShop: 'Vouchers claimed and redeemed, per shop',
    series: 'Active members over the period',
    byStatus: 'Projects created',
    footer: (at: string) => `Figures read from the association's records on ${at}.`,
  },
} as const;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 42;
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const ACCENT = '#1565c0';
const SECOND = '#f59e0b';

/** pdfkit's built-in Helvetica is WinAnsi: Intl's narrow no-break spaces become plain spaces. */
const pdfText = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function day(isoDay: string, lang: Lang): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

/**
 * A one-page A4 summary of the dashboard that the president brings to the general assembly: the
 * key figures of each pillar, vouchers per shop as bars and active members over the period. Drawn
 * with pdfkit's built-in font and shapes: no font file, no network. `now` dates the footer and the
 * file (the API's clock).
 */
export async function impactSummaryPdf(dashboard: ImpactDashboard, lang: Lang, now: Date): Promise<Buffer> {
  const t = TEXT[lang];
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const money = (cents: number) => pdfText(formatMoney(cents, dashboard.currency, locale));
  const int = (n: number) => pdfText(new Intl.NumberFormat(locale).format(n));
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${t.title} — ${dashboard.associationName}`, Author: dashboard.associationName, CreationDate: now },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = A4.width - 2 * MARGIN;
  const { members, projects, campaigns, cashmobs, network, period } = dashboard;

  doc
    .font('Helvetica-Bold')
    .fontSize(20)
    .fillColor(INK)
    .text(`${t.title} — ${dashboard.associationName}`, MARGIN, MARGIN, { width });
  doc
    .font('Helvetica')
    .fontSize(12)
    .fillColor(MUTED)
    .text(pdfText(t.period(day(period.fromDay, lang), day(period.toDay, lang))), { width });

  // Key figures: one box per pillar, two columns.
  const boxes: [string, [string, string][]][] = [
    [
      t.members,
      [
        [int(members.total), t.total],
        [int(members.joined), t.joined],
        [int(members.active), t.active],
      ],
    ],
    [
      t.projects,
      [
        [int(projects.fundedCount), t.funded],
        [money(projects.pooledCents), t.pooled],
        [money(projects.savedCents), t.saved],
      ],
    ],
    [
      t.campaigns,
      [
        [int(campaigns.vouchers), t.vouchers],
        [int(campaigns.redemptions), t.redemptions],
        [money(campaigns.basketCents), t.baskets],
      ],
    ],
    [
      t.cashmobs,
      [
        [
          `${int(cashmobs.count)} · ${int(cashmobs.participants)} · ${int(cashmobs.checkIns)}`,
          `${t.cashmobCount} · ${t.participants} · ${t.checkIns}`,
        ],
        [money(cashmobs.revenueCents), t.revenue],
        [
          cashmobs.upliftBp === null
            ? '—'
            : pdfText(
                `${cashmobs.upliftBp >= 0 ? '+' : ''}${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(cashmobs.upliftBp / 100)} %`,
              ),
          t.uplift,
        ],
      ],
    ],
    [
      t.network,
      [
        [int(network.posts), t.posts],
        [int(network.comments), t.comments],
        [int(network.reactions), t.reactions],
      ],
    ],
    [
      t.byStatus,
      projects.byStatus.slice(0, 3).map((s) => [int(s.count), projectStatusLabel(s.status, lang)] as [string, string]),
    ],
  ];
  const boxWidth = (width - 12) / 2;
  const boxHeight = 96;
  let top = 100;
  boxes.forEach(([title, lines], i) => {
    const x = MARGIN + (i % 2) * (boxWidth + 12);
    const y = top + Math.floor(i / 2) * (boxHeight + 10);
    doc.roundedRect(x, y, boxWidth, boxHeight, 6).lineWidth(0.8).strokeColor('#cfd8e3').stroke();
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .fillColor(ACCENT)
      .text(title, x + 10, y + 8, { width: boxWidth - 20 });
    lines.forEach(([value, label], j) => {
      const ly = y + 28 + j * 21;
      doc
        .font('Helvetica-Bold')
        .fontSize(12)
        .fillColor(INK)
        .text(value, x + 10, ly, { width: boxWidth - 20, continued: true });
      doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(`  ${label}`);
    });
  });
  top += 3 * (boxHeight + 10) + 8;

  // Vouchers per shop: horizontal bars, the eight shops with the most.
  doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(t.perShop, MARGIN, top, { width });
  const shops = campaigns.byShop.slice(0, 8);
  const most = Math.max(1, ...shops.map((s) => s.vouchers));
  const labelWidth = 150;
  const barSpace = width - labelWidth - 60;
  shops.forEach((s, i) => {
    const y = top + 22 + i * 18;
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(INK)
      .text(s.shopName, MARGIN, y + 2, { width: labelWidth - 8, height: 12, ellipsis: true, lineBreak: false });
    doc.rect(MARGIN + labelWidth, y, (barSpace * s.vouchers) / most, 6).fill(ACCENT);
    doc.rect(MARGIN + labelWidth, y + 7, (barSpace * s.redemptions) / most, 6).fill(SECOND);
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(MUTED)
      .text(`${s.vouchers} / ${s.redemptions}`, MARGIN + labelWidth + barSpace + 6, y + 2, {
        width: 54,
        lineBreak: false,
      });
  });
  top += 22 + Math.max(1, shops.length) * 18 + 14;

  // Active members over the period: vertical bars.
  doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(t.series, MARGIN, top, { width });
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
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text(pdfText(day(points[0].day, lang)), MARGIN, chartTop + chartHeight + 3, { lineBreak: false });
    doc.text(`max ${peak}`, MARGIN + width - 60, chartTop - 10, { width: 60, align: 'right', lineBreak: false });
  }

  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor(MUTED)
    .text(pdfText(t.footer(day(now.toISOString().slice(0, 10), lang))), MARGIN, A4.height - MARGIN - 10, {
      width,
      lineBreak: false,
    });
  doc.end();
  return done;
}
