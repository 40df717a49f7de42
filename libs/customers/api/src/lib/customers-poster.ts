import { createPdf, PDF_FONT } from '@assoc/platform-api';
import { toBuffer } from 'qrcode';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;

const WORDS = {
  fr: {
    title: 'Rejoignez la communauté',
    lines: [
      'Une carte de fidélité valable dans toutes les boutiques membres',
      'Les nouvelles de vos commerçants',
      'Une boîte à idées : imaginons ensemble le centre-ville',
    ],
    scan: 'Scannez le code avec votre téléphone',
    free: 'Gratuit, sans mot de passe : votre prénom et votre e-mail suffisent.',
  },
  en: {
    title: 'Join the community',
    lines: [
      'A loyalty card that works in every member shop',
      'News from your shopkeepers',
      'An ideas box: let us imagine the town centre together',
    ],
    scan: 'Scan the code with your phone',
    free: 'Free, no password: your first name and e-mail are enough.',
  },
} as const;

/**
 * The A4 shop-window poster (issue 17): the association's name, what joining gives, and a QR code to the join
 * page (`from=poster`), with the address written out for those who type it. Embedded DejaVu Sans, QR as PNG.
 */
export async function customersPosterPdf(facts: {
  associationName: string;
  link: string;
  locale: 'fr' | 'en';
  now: Date;
}): Promise<Buffer> {
  const w = WORDS[facts.locale];
  const qr = await toBuffer(facts.link, { errorCorrectionLevel: 'M', margin: 1, width: 300 });
  const { doc, done } = createPdf({
    title: `${w.title} — ${facts.associationName}`,
    author: facts.associationName,
    subject: w.title,
    language: facts.locale,
    createdAt: facts.now,
    margin: MARGIN,
  });
  const width = A4.width - 2 * MARGIN;
  doc.font(PDF_FONT.regular).fontSize(16).fillColor('#52443c').text(facts.associationName, { align: 'center', width });
  doc.moveDown(0.4).font(PDF_FONT.bold).fontSize(36).fillColor('#8f4c00').text(w.title, { align: 'center', width });
  doc.moveDown(0.8).font(PDF_FONT.regular).fontSize(16).fillColor('#201a17');
  for (const line of w.lines) doc.text(`• ${line}`, { align: 'center', width }).moveDown(0.3);
  const qrSize = 260;
  const qrTop = A4.height - MARGIN - qrSize - 110;
  doc.image(qr, (A4.width - qrSize) / 2, qrTop, { width: qrSize, height: qrSize });
  doc
    .font(PDF_FONT.bold)
    .fontSize(16)
    .fillColor('#201a17')
    .text(w.scan, MARGIN, qrTop + qrSize + 12, { align: 'center', width });
  doc.font(PDF_FONT.regular).fontSize(10).fillColor('#52443c').text(facts.link, { align: 'center', width });
  doc.moveDown(0.4).fontSize(12).text(w.free, { align: 'center', width });
  doc.end();
  return done;
}
