import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What the platform holds about a person or an association, domain by domain (issue 25): each domain
 * that stores personal data registers one `PersonalDataSource` (from its own `<domain>-personal-data.ts`,
 * in `onModuleInit`, as the onboarding steps are registered), and the privacy domain composes them into
 * an export (GDPR articles 15 and 20) or an erasure (article 17). No domain reads another's tables for this:
 * each says what it holds and erases what it holds.
 */

/** One value of a row: what JSON and CSV can both carry. Money stays in integer cents, times in ISO 8601 UTC. */
export type DataValue = string | number | boolean | null;

/** One file of an export: the rows of one kind of thing (posts, votes, sign-ups...). */
export interface DataSection {
  /** The file's name without extension, `<domain>-<kind>` in lower case with dashes, unique in an export. */
  name: string;
  /** What the file holds, one sentence per language, for the archive's README. */
  description: { fr: string; en: string };
  /** The columns in order (also the CSV header); every row has exactly these keys. */
  columns: readonly string[];
  rows: readonly Record<string, DataValue>[];
}

/** A stored file that goes into the archive as it is (a shop's logo or photo). */
export interface DataFile {
  /** Where it goes in the archive: `files/<domain>/<name>.<ext>`. */
  path: string;
  /** Its key in the `FileStore`. */
  key: string;
}

export interface DataPart {
  sections: DataSection[];
  files?: DataFile[];
}

/** Whose data: a person, in the associations they belong or belonged to. */
export interface PersonSubject {
  userId: string;
  /** Every association the person has or had a membership in: an export never reads outside these. */
  associationIds: readonly string[];
}

export interface PersonalDataSource {
  /** The domain's name (`network`, `projects`...): one source per domain. */
  domain: string;
  /** Everything this domain holds about the person, in those associations. */
  exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart>;
  /**
   * Erases what is only the person's, and replaces their name wherever a record the association must keep
   * shows it (a ledger line keeps its amount and date). Runs inside the closing transaction (`manager`), after
   * the account is locked, so nothing new of theirs can be written meanwhile.
   */
  erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void>;
  /** Everything this domain holds for one association (the president's export). */
  exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart>;
  /** Erases the association's personal data once it is closed; accounting records stay, pseudonymised. */
  eraseAssociation(associationId: string, manager: EntityManager): Promise<void>;
}

/** The sources registered by the domains of this process. */
@Injectable()
export class PersonalData {
  private readonly registered = new Map<string, PersonalDataSource>();

  register(source: PersonalDataSource): void {
    if (this.registered.has(source.domain)) throw new Error(`Personal data of ${source.domain} registered twice`);
    this.registered.set(source.domain, source);
  }

  /** Every source, by domain name (stable order: the archive's files do not move between two exports). */
  sources(): readonly PersonalDataSource[] {
    return [...this.registered.values()].sort((a, b) => a.domain.localeCompare(b.domain));
  }
}

/** A time as an export writes it: ISO 8601 UTC, or null when there is none. */
export const dataTime = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

/** One section of an export, its columns in order (also the CSV header). */
export function dataSection(
  name: string,
  description: { fr: string; en: string },
  columns: readonly string[],
  rows: Record<string, DataValue>[],
): DataSection {
  return { name, description, columns, rows };
}
