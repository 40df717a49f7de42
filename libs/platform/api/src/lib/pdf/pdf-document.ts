import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/** The two faces every PDF writes with, registered under these names. */
export const PDF_FONT = { regular: 'Sans', bold: 'Sans-Bold' } as const;

/** DejaVu Sans covers French and English: accents, œ, « », €, and the narrow no-break space (U+202F). */
const FONT_FILES = { [PDF_FONT.regular]: 'DejaVuSans.ttf', [PDF_FONT.bold]: 'DejaVuSans-Bold.ttf' };

/**
 * Where npm put the TrueType files (package `dejavu-fonts-ttf`): looked up from this file's folder
 * upwards as Node looks up modules, which holds for the sources under jest and for the bundled API
 * (dist/apps/api beside node_modules), whose bundler would otherwise rewrite a require.resolve.
 */
export function pdfFontPath(file: string, from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'dejavu-fonts-ttf', 'ttf', file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`font ${file} not found: is the npm package dejavu-fonts-ttf installed?`);
  }
}

export interface PdfMeta {
  title: string;
  author: string;
  /** The document's language (PDF /Lang): what screen readers and text extraction go by. */
  language: 'fr' | 'en';
  subject?: string;
  /** From the API's clock; PDF dates are stamped with it rather than the machine's time. */
  createdAt: Date;
  margin: number;
}

/**
 * A new A4 document with its fonts embedded (subsets of DejaVu Sans as TrueType, FontFile2) so it
 * prints and reads the same everywhere, its title shown by viewers, its author and language set.
 * `done` resolves with the bytes once `doc.end()` is called.
 */
export function createPdf(meta: PdfMeta): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: meta.margin,
    lang: meta.language === 'en' ? 'en-GB' : 'fr-FR',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: meta.title,
      Author: meta.author,
      ...(meta.subject ? { Subject: meta.subject } : {}),
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, pdfFontPath(file));
  doc.font(PDF_FONT.regular);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
