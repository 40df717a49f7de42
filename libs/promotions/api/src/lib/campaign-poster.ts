import { createPdf, PDF_FONT } from '@assoc/platform-api';
import { toBuffer } from 'qrcode';

/** What an A4 shop-window poster shows, already in the reader's language. */
export interface PosterFacts {
  associationName: string;
  campaignTitle: string;
  theme: string;
  /** "du 1er au 14 juin 2026" style, in the association's time zone. */
  dates: string;
  shopName: string;
  address: string;
  headline: string;
  conditions: string;
  code: string;
  /** What the QR code opens: the public page at this offer. */
  link: string;
  locale: 'fr' | 'en';
  /** When it is printed (the API's clock): the file's creation date. */
  now: Date;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;

/**
 * The A4 poster as PDF bytes: the campaign, the shop, the offer in large type, its code and a QR
 * code to the public page. Written with the embedded DejaVu Sans (platform's createPdf: the same
 * letters on every printer, accents, « », € and French narrow spaces included); the QR code is a
 * PNG made by `qrcode`, offline.
 */
export async function posterPdf(facts: PosterFacts): Promise<Buffer> {
  const qr = await toBuffer(facts.link, { errorCorrectionLevel: 'M', margin: 1, width: 600 });
  const { doc, done } = createPdf({
    title: `${facts.campaignTitle} — ${facts.shopName}`,
    author: facts.associationName,
    subject: facts.headline,
    language: facts.locale,
    createdAt: facts.now,
    margin: MARGIN,
  });
  const width = A4.width - 2 * MARGIN;
  const fr = facts.locale === 'fr';
  doc.font(PDF_FONT.regular).fontSize(14).fillColor('#555555').text(facts.associationName, { align: 'center', width });
  doc
    .moveDown(0.5)
    .font(PDF_FONT.bold)
    .fontSize(34)
    .fillColor('#1a237e')
    .text(facts.campaignTitle, { align: 'center', width });
  if (facts.theme)
    doc.font(PDF_FONT.regular).fontSize(18).fillColor('#333333').text(facts.theme, { align: 'center', width });
  doc
    .moveDown(0.3)
    .font(PDF_FONT.regular)
    .fontSize(14)
    .fillColor('#333333')
    .text(facts.dates, { align: 'center', width });
  doc
    .moveDown(1.2)
    .font(PDF_FONT.bold)
    .fontSize(22)
    .fillColor('#000000')
    .text(facts.shopName, { align: 'center', width });
  doc.font(PDF_FONT.regular).fontSize(12).fillColor('#555555').text(facts.address, { align: 'center', width });
  doc
    .moveDown(1)
    .font(PDF_FONT.bold)
    .fontSize(48)
    .fillColor('#c62828')
    .text(facts.headline, { align: 'center', width });
  if (facts.conditions)
    doc
      .moveDown(0.3)
      .font(PDF_FONT.regular)
      .fontSize(13)
      .fillColor('#333333')
      .text(facts.conditions, { align: 'center', width });
  const qrSize = 190;
  const qrTop = A4.height - MARGIN - qrSize - 70;
  doc.image(qr, (A4.width - qrSize) / 2, qrTop, { width: qrSize, height: qrSize });
  doc
    .font(PDF_FONT.regular)
    .fontSize(12)
    .fillColor('#333333')
    .text(fr ? 'Code de l’offre' : 'Offer code', MARGIN, qrTop + qrSize + 8, { align: 'center', width });
  doc
    .font(PDF_FONT.bold)
    .fontSize(26)
    .fillColor('#000000')
    .text(facts.code, { align: 'center', width, characterSpacing: 4 });
  doc.end();
  return done;
}
