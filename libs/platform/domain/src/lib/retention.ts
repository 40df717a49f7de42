/**
 * How long the platform keeps each kind of personal data (issue 25, part 6). Each domain declares its
 * periods as constants (`{ key, days, what }`) in its domain library, registers them from its api module
 * (`registerRetention('<domain>', [...])`, like `registerMessages`), and its purge job reads the same
 * constant: the privacy page prints `registeredRetention()`, so what it says cannot drift from what the
 * code deletes.
 */
export interface RetentionPeriod {
  /** Unique across the platform: `<domain>.<what>` (`privacy.exportLink`). */
  key: string;
  /** After how many days it is deleted (or pseudonymised, as `what` says). */
  days: number;
  /** What is kept that long and what happens then, one phrase per language, for the privacy page. */
  what: { fr: string; en: string };
}

export interface RegisteredRetention extends RetentionPeriod {
  /** The domain that declared it. */
  owner: string;
}

const periods = new Map<string, RegisteredRetention>();

/** Adds a domain's retention periods; a key declared by two domains is a mistake. */
export function registerRetention(owner: string, list: readonly RetentionPeriod[]): void {
  for (const period of list) {
    if (!Number.isInteger(period.days) || period.days <= 0)
      throw new Error(`Retention '${period.key}' of ${owner}: days must be a positive whole number.`);
    const known = periods.get(period.key);
    if (known && known.owner !== owner)
      throw new Error(`The retention '${period.key}' is declared by both ${known.owner} and ${owner}.`);
    periods.set(period.key, { ...period, owner });
  }
}

/** Every registered period, by owner then key (a stable order for the privacy page). */
export function registeredRetention(): readonly RegisteredRetention[] {
  return [...periods.values()].sort((a, b) => a.owner.localeCompare(b.owner) || a.key.localeCompare(b.key));
}
