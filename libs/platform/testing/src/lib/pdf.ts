export interface PdfFont {
  /** As the file names it: `ABCDEF+DejaVuSans` for an embedded subset, `Helvetica` for a standard font. */
  name: string;
  /** The font program is in the file (FontFile, FontFile2 for TrueType, or FontFile3). */
  embedded: boolean;
}

export interface ReadPdf {
  /** The text as a reader copies it (pdf.js through pdf-parse, by the fonts' ToUnicode maps). */
  text: string;
  pages: number;
  info: { Title?: string; Author?: string; Subject?: string; PDFFormatVersion?: string };
  /** The catalog's /Lang. */
  language: string | null;
  displayTitle: boolean;
  fonts: PdfFont[];
}

type PdfParse = (data: Buffer) => Promise<{ numpages: number; info: ReadPdf['info']; text: string }>;
// pdf-parse's entry file runs a self-test when loaded without a parent module (as under jest): load its library.
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as PdfParse;

/**
 * Reads a PDF as a viewer would: its text, metadata and language, and which fonts it uses with
 * whether each is embedded (read from the objects' dictionaries, which pdfkit writes uncompressed;
 * what `pdffonts` reports as "emb").
 */
export async function readPdf(bytes: Buffer): Promise<ReadPdf> {
  const parsed = await pdfParse(bytes);
  const raw = bytes.toString('latin1');
  const objects = raw.split(/\bendobj\b/);
  const embedded = new Set(
    objects
      .filter((o) => /\/Type \/FontDescriptor\b/.test(o) && /\/FontFile[23]? \d+ 0 R/.test(o))
      .map((o) => /\/FontName \/([^\s/<>[\]()]+)/.exec(o)?.[1] ?? ''),
  );
  const names = new Set(
    objects
      .filter((o) => /\/Type \/Font\b/.test(o))
      .map((o) => /\/BaseFont \/([^\s/<>[\]()]+)/.exec(o)?.[1] ?? '')
      .filter(Boolean),
  );
  return {
    text: parsed.text,
    pages: parsed.numpages,
    info: parsed.info,
    language: /\/Lang \(([^)]*)\)/.exec(raw)?.[1] ?? null,
    displayTitle: /\/DisplayDocTitle true\b/.test(raw),
    fonts: [...names].map((name) => ({ name, embedded: embedded.has(name) })),
  };
}
