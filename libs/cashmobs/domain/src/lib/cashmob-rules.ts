import { CashmobProblem } from './problems';

/** Minimum days between proposing and the start, unless the association's president sets another. */
export const DEFAULT_LEAD_TIME_DAYS = 7;
export const MAX_LEAD_TIME_DAYS = 365;
/** A cashmob ends after its start and lasts at most this long (an afternoon or an evening, not a week). */
export const MAX_CASHMOB_HOURS = 12;
/** Suggested spend per person, integer cents: 10 to 20 EUR by default. */
export const DEFAULT_SPEND_MIN_CENTS = 1000;
export const DEFAULT_SPEND_MAX_CENTS = 2000;
/** Upper bound for a suggested spend (10,000 EUR): keeps amounts sane and inside int4. */
export const MAX_SPEND_CENTS = 1_000_000;
export const MAX_CAPACITY = 10_000;
export const FIRST_NAME_MAX = 60;
export const EMAIL_MAX = 254;
export const MEETING_POINT_MAX = 300;
export const CASHMOB_MESSAGE_MAX = 2000;

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface CashmobSlot {
  startsAt: Date;
  endsAt: Date;
}

/**
 * The slot's problems at `now`: the start still ahead (startInPast: a lead time of 0 days must not
 * read "at least 0 days ahead"), then at least `leadTimeDays` days ahead (startTooSoon), the end after
 * the start (endBeforeStart) and at most
 * MAX_CASHMOB_HOURS later (cashmobTooLong). Paths are `startsAt` and `endsAt`.
 */
export function slotProblems(slot: CashmobSlot, now: Date, leadTimeDays = DEFAULT_LEAD_TIME_DAYS): CashmobProblem[] {
  const problems: CashmobProblem[] = [];
  if (slot.startsAt.getTime() <= now.getTime()) problems.push({ path: 'startsAt', reason: 'startInPast' });
  else if (slot.startsAt.getTime() < now.getTime() + leadTimeDays * DAY_MS)
    problems.push({ path: 'startsAt', reason: 'startTooSoon', params: { days: leadTimeDays } });
  const length = slot.endsAt.getTime() - slot.startsAt.getTime();
  if (length <= 0) problems.push({ path: 'endsAt', reason: 'endBeforeStart' });
  else if (length > MAX_CASHMOB_HOURS * HOUR_MS)
    problems.push({ path: 'endsAt', reason: 'cashmobTooLong', params: { hours: MAX_CASHMOB_HOURS } });
  return problems;
}

const isCents = (value: number) => Number.isSafeInteger(value);

function amountProblems(path: string, cents: number): CashmobProblem[] {
  if (!isCents(cents)) return [{ path, reason: 'isInt' }];
  if (cents < 0) return [{ path, reason: 'min', params: { min: 0 } }];
  if (cents > MAX_SPEND_CENTS) return [{ path, reason: 'max', params: { max: MAX_SPEND_CENTS } }];
  return [];
}

/** Both amounts whole cents in 0..MAX_SPEND_CENTS, and min ≤ max (spendRangeOrder on spendMaxCents). */
export function spendRangeProblems(spendMinCents: number, spendMaxCents: number): CashmobProblem[] {
  const problems = [
    ...amountProblems('spendMinCents', spendMinCents),
    ...amountProblems('spendMaxCents', spendMaxCents),
  ];
  if (!problems.length && spendMinCents > spendMaxCents)
    problems.push({ path: 'spendMaxCents', reason: 'spendRangeOrder' });
  return problems;
}

/**
 * A capacity is optional (null: no limit); when set, a whole number from 1 to MAX_CAPACITY and never
 * below the sign-ups already confirmed (capacityBelowSignUps), so nobody confirmed loses their spot.
 */
export function capacityProblems(capacity: number | null, confirmedCount = 0): CashmobProblem[] {
  if (capacity === null) return [];
  if (!Number.isSafeInteger(capacity)) return [{ path: 'capacity', reason: 'isInt' }];
  if (capacity < 1) return [{ path: 'capacity', reason: 'min', params: { min: 1 } }];
  if (capacity > MAX_CAPACITY) return [{ path: 'capacity', reason: 'max', params: { max: MAX_CAPACITY } }];
  if (capacity < confirmedCount)
    return [{ path: 'capacity', reason: 'capacityBelowSignUps', params: { count: confirmedCount } }];
  return [];
}

export interface CashmobDraft extends CashmobSlot {
  spendMinCents: number;
  spendMaxCents: number;
  capacity: number | null;
}

/** Every problem of a proposal (or an edit, with the confirmed count) at `now`, field by field. */
export function cashmobProblems(
  draft: CashmobDraft,
  options: { now: Date; leadTimeDays?: number; confirmedCount?: number },
): CashmobProblem[] {
  return [
    ...slotProblems(draft, options.now, options.leadTimeDays),
    ...spendRangeProblems(draft.spendMinCents, draft.spendMaxCents),
    ...capacityProblems(draft.capacity, options.confirmedCount),
  ];
}

/**
 * A deliberately plain e-mail check: one @, a non-empty local part without spaces, a domain with a
 * dot and no spaces, at most EMAIL_MAX characters. Deliverability is proven by the mail itself.
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= EMAIL_MAX && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** Lower-cased and trimmed: the form under which one e-mail signs up once per cashmob. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

export interface SignUpDraft {
  firstName: string;
  email: string;
  intendedSpendCents: number;
}

/** Problems of a public sign-up: first name 1..FIRST_NAME_MAX (trimmed), e-mail syntax, amount within the cashmob's range. */
export function signUpProblems(
  draft: SignUpDraft,
  range: { spendMinCents: number; spendMaxCents: number },
): CashmobProblem[] {
  const problems: CashmobProblem[] = [];
  const firstName = draft.firstName.trim();
  if (!firstName) problems.push({ path: 'firstName', reason: 'isNotEmpty' });
  else if (firstName.length > FIRST_NAME_MAX)
    problems.push({ path: 'firstName', reason: 'maxLength', params: { max: FIRST_NAME_MAX } });
  if (!isEmailAddress(normaliseEmail(draft.email))) problems.push({ path: 'email', reason: 'isEmail' });
  problems.push(...intendedSpendProblems(draft.intendedSpendCents, range));
  return problems;
}

/** The amount someone intends to spend: whole cents within [spendMinCents, spendMaxCents]. */
export function intendedSpendProblems(
  cents: number,
  range: { spendMinCents: number; spendMaxCents: number },
): CashmobProblem[] {
  if (!isCents(cents)) return [{ path: 'intendedSpendCents', reason: 'isInt' }];
  if (cents < range.spendMinCents || cents > range.spendMaxCents)
    return [{ path: 'intendedSpendCents', reason: 'spendOutOfRange' }];
  return [];
}

/** The president's lead time: whole days from 0 to MAX_LEAD_TIME_DAYS. */
export function leadTimeProblems(days: number): CashmobProblem[] {
  if (!Number.isSafeInteger(days)) return [{ path: 'leadTimeDays', reason: 'isInt' }];
  if (days < 0) return [{ path: 'leadTimeDays', reason: 'min', params: { min: 0 } }];
  if (days > MAX_LEAD_TIME_DAYS) return [{ path: 'leadTimeDays', reason: 'max', params: { max: MAX_LEAD_TIME_DAYS } }];
  return [];
}
