import { csvDocument, csvText, CsvLocale } from '@assoc/shared-util';
import { strToU8, zipSync, Zippable } from 'fflate';
import { DataSection, DataValue } from './personal-data';

/** A file that goes into the archive as it is, with its bytes already read from the file store. */
export interface ArchiveFile {
  path: string;
  bytes: Uint8Array;
}

export interface DataArchiveInput {
  /** The README's language (the person's, or the president's). */
  language: CsvLocale;
  /** The README's first line: whose data, when (written by the caller in that language). */
  title: string;
  sections: readonly DataSection[];
  files?: readonly ArchiveFile[];
}

const README: Record<CsvLocale, { files: string; formats: string }> = {
  fr: {
    formats:
      'Chaque ensemble est donné deux fois : en JSON (pour un programme) et en CSV (pour un tableur, séparateur « ; »). Les montants sont en centimes d’euro, les dates en UTC (ISO 8601).',
    files: 'Fichiers joints (images, documents), tels qu’ils ont été déposés.',
  },
  en: {
    formats:
      'Each set is given twice: as JSON (for a program) and as CSV (for a spreadsheet, "," separator). Amounts are in euro cents, times in UTC (ISO 8601).',
    files: 'Attached files (images, documents), as they were uploaded.',
  },
};

function cell(value: DataValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return csvText(value);
  return String(value);
}

/** One section as CSV in the reader's spreadsheet convention (see `csvDocument`). */
export function sectionCsv(section: DataSection, language: CsvLocale): string {
  return csvDocument(
    section.columns,
    section.rows.map((row) => section.columns.map((column) => cell(row[column] ?? null))),
    language,
  );
}

/**
 * The ZIP a person or a president takes away: `README.txt` in their language saying what each file is,
 * then `json/<section>.json` and `csv/<section>.csv` for every section, and `files/...` as stored.
 */
export function dataArchive(input: DataArchiveInput): Uint8Array {
  const words = README[input.language];
  const names = new Set<string>();
  const zip: Zippable = {};
  const lines = [input.title, '', words.formats, ''];
  for (const section of input.sections) {
    if (names.has(section.name)) throw new Error(`Two sections named ${section.name}`);
    names.add(section.name);
    zip[`json/${section.name}.json`] = strToU8(JSON.stringify(section.rows, null, 2));
    zip[`csv/${section.name}.csv`] = strToU8(sectionCsv(section, input.language));
    lines.push(`${section.name} (${section.rows.length}): ${section.description[input.language]}`);
  }
  if (input.files?.length) {
    lines.push('', `files/: ${words.files}`);
    for (const file of input.files) zip[file.path] = [file.bytes, { level: 0 }];
  }
  zip['README.txt'] = strToU8(lines.join('\r\n') + '\r\n');
  return zipSync(zip, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
