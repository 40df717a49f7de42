import { createPdf, PDF_FONT } from '@assoc/platform-api';
import { formatDay, formatInstant, formatMoney, localeTag } from '@assoc/shared-util';
import { monthBounds, ShopStatement, StatementPayment } from '@assoc/treasury-domain';

type Lang = 'fr' | 'en';

/** What the PDF says of the statement's closing and payment, when it is closed. */
export interface StatementPdfClosing {
  closedAt: Date;
  closedByName: string | null;
  paidCents: number;
  payment: StatementPayment;
}

export interface StatementPdfInput {
  statement: ShopStatement;
  shopName: string;
  associationName: string;
  timeZone: string;
  currency: string;
  closing: StatementPdfClosing | null;
}

const TEXT = {
  fr: {
    title: (shop: string, month: string) => `Relevé de ${shop} — ${month}`,
    subject: 'Ce que l’association doit au commerce pour les récompenses de fidélité et ses autres écritures',
    columns: ['Date', 'Libellé', 'Montant', 'Solde dû'],
    opening: 'Solde au début du mois',
    closing: 'Solde à la fin du mois',
    none: 'Aucun mouvement ce mois-ci.',
    closed: (at: string, by: string | null) => `Relevé clôturé le ${at}${by ? ` par ${by}` : ''}.`,
    draft: 'Relevé provisoire : le mois n’est pas clôturé, il peut encore changer.',
    payment: {
      [StatementPayment.NOTHING_OWED]: () => 'Rien à payer pour ce mois.',
      [StatementPayment.UNPAID]: () => 'À payer : pas encore réglé.',
      [StatementPayment.PARTLY_PAID]: (paid: string, due: string) => `Payé en partie : ${paid} sur ${due}.`,
      [StatementPayment.PAID]: (paid: string) => `Payé : ${paid}.`,
    },
    footer: (at: string) => `Édité le ${at} depuis la trésorerie de l’association.`,
  },
  en: {
    title: (shop: string, month: string) => `Statement for ${shop} — ${month}`,
    subject: 'What the association owes the shop for loyalty rewards and its other entries',
    columns: ['Date', 'Label', 'Amount', 'Balance owed'],
    opening: 'Opening balance',
    closing: 'Closing balance',
    none: 'No movement this month.',
    closed: (at: string, by: string | null) => `Statement closed on ${at}${by ? ` by ${by}` : ''}.`,
    draft: 'Draft statement: the month is not closed and may still change.',
    payment: {
      [StatementPayment.NOTHING_OWED]: () => 'Nothing to pay for this month.',
      [StatementPayment.UNPAID]: () => 'To pay: not settled yet.',
      [StatementPayment.PARTLY_PAID]: (paid: string, due: string) => `Partly paid: ${paid} of ${due}.`,
      [StatementPayment.PAID]: (paid: string) => `Paid: ${paid}.`,
    },
    footer: (at: string) => `Issued on ${at} from the association's treasury.`,
  },
} as const;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const RULE = '#cfd8e3';

/** "mars 2026" / "March 2026". */
export function monthName(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(localeTag(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
}

/**
 * A shop's monthly statement as an A4 PDF (issue 17), what the board sends the shop with the payment:
 * the opening balance, each entry with the balance after it, the closing balance, and whether the month
 * is closed and paid. Embedded DejaVu Sans (platform's createPdf), amounts and days by the language's
 * rules; the table continues on new pages with its header repeated, each page numbered. `now` (the API's clock) dates it.
 */
export async function shopStatementPdf(input: StatementPdfInput, lang: Lang, now: Date): Promise<Buffer> {
  const t = TEXT[lang];
  const { statement } = input;
  const money = (cents: number) => formatMoney(cents, input.currency, localeTag(lang));
  const day = (d: string) => formatDay(d, lang, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const title = t.title(input.shopName, monthName(statement.month, lang));
  const { doc, done } = createPdf({
    title,
    author: input.associationName,
    subject: t.subject,
    language: lang,
    createdAt: now,
    margin: MARGIN,
  });
  const width = A4.width - 2 * MARGIN;
  // Columns: date, label, amount, balance.
  const cols = [
    { x: MARGIN, w: 70, align: 'left' as const },
    { x: MARGIN + 74, w: width - 74 - 2 * 92, align: 'left' as const },
    { x: MARGIN + width - 2 * 92 + 4, w: 88, align: 'right' as const },
    { x: MARGIN + width - 92 + 4, w: 88, align: 'right' as const },
  ];
  const bottom = A4.height - MARGIN - 24;

  doc.font(PDF_FONT.bold).fontSize(17).fillColor(INK).text(title, MARGIN, MARGIN, { width });
  doc.font(PDF_FONT.regular).fontSize(11).fillColor(MUTED).text(input.associationName, { width });
  doc.moveDown(0.6);
  const closing = input.closing;
  doc
    .fontSize(10)
    .fillColor(INK)
    .text(closing ? t.closed(formatInstant(closing.closedAt, lang, input.timeZone), closing.closedByName) : t.draft, {
      width,
    });
  if (closing) {
    const payment = t.payment[closing.payment] as (paid: string, due: string) => string;
    doc.text(payment(money(closing.paidCents), money(statement.closingCents)), { width });
  }
  doc.moveDown(1);

  let page = 1;
  const footer = () =>
    doc
      .font(PDF_FONT.regular)
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${t.footer(formatInstant(now, lang, input.timeZone))} — ${page}`, MARGIN, A4.height - MARGIN - 10, {
        width,
        lineBreak: false,
      });
  let y = doc.y;
  footer();
  const header = () => {
    doc.font(PDF_FONT.bold).fontSize(9).fillColor(MUTED);
    t.columns.forEach((c, i) =>
      doc.text(c, cols[i].x, y, { width: cols[i].w, align: cols[i].align, lineBreak: false }),
    );
    y += 14;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    y += 5;
  };
  const row = (cells: [string, string, string, string], bold = false) => {
    doc
      .font(bold ? PDF_FONT.bold : PDF_FONT.regular)
      .fontSize(9.5)
      .fillColor(INK);
    const height = Math.max(12, doc.heightOfString(cells[1], { width: cols[1].w }));
    if (y + height > bottom) {
      doc.addPage();
      page += 1;
      footer();
      y = MARGIN;
      header();
      doc
        .font(bold ? PDF_FONT.bold : PDF_FONT.regular)
        .fontSize(9.5)
        .fillColor(INK);
    }
    cells.forEach((c, i) => {
      if (c) doc.text(c, cols[i].x, y, { width: cols[i].w, align: cols[i].align, lineBreak: i === 1 });
    });
    y += height + 5;
  };
  header();
  const { from, to } = monthBounds(statement.month);
  const last = new Date(new Date(`${to}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
  row([day(from), t.opening, '', money(statement.openingCents)], true);
  if (!statement.lines.length) row(['', t.none, '', '']);
  for (const l of statement.lines) row([day(l.day), l.label, money(l.owedCents), money(l.balanceCents)]);
  doc
    .moveTo(MARGIN, y - 2)
    .lineTo(MARGIN + width, y - 2)
    .lineWidth(0.6)
    .strokeColor(RULE)
    .stroke();
  y += 3;
  row([day(last), t.closing, '', money(statement.closingCents)], true);

  doc.end();
  return done;
}
