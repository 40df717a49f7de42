/** The two reminder e-mails each confirmed sign-up receives. */
export enum ReminderKind {
  /** 24 hours before the start. */
  DAY_BEFORE = 'DAY_BEFORE',
  /** 2 hours before the start. */
  TWO_HOURS = 'TWO_HOURS',
}

const HOUR_MS = 3600 * 1000;

export const REMINDER_OFFSET_HOURS: Readonly<Record<ReminderKind, number>> = {
  [ReminderKind.DAY_BEFORE]: 24,
  [ReminderKind.TWO_HOURS]: 2,
};

/** Personal data of sign-ups is anonymised this many days after the end (the counts stay). */
export const PURGE_AFTER_DAYS = 30;

/** When a reminder is due: the start minus its offset. */
export function reminderDueAt(startsAt: Date, kind: ReminderKind): Date {
  return new Date(startsAt.getTime() - REMINDER_OFFSET_HOURS[kind] * HOUR_MS);
}

/**
 * When each reminder stops being worth sending: the next reminder's due time, or the start. So a
 * job that was down sends only the latest reminder, never two at once, and none after the start.
 */
export function reminderWindowEnd(startsAt: Date, kind: ReminderKind): Date {
  return kind === ReminderKind.DAY_BEFORE ? reminderDueAt(startsAt, ReminderKind.TWO_HOURS) : startsAt;
}

/**
 * Whether a reminder should go out at `now` to someone who signed up at `signedUpAt`: within its
 * window (due ≤ now < window end), and due after the sign-up (someone who signs up 5 hours before
 * the start just got the confirmation: no day-before reminder, only the 2-hour one).
 */
export function isReminderDue(startsAt: Date, kind: ReminderKind, now: Date, signedUpAt: Date | null = null): boolean {
  const due = reminderDueAt(startsAt, kind).getTime();
  if (signedUpAt && signedUpAt.getTime() >= due) return false;
  return now.getTime() >= due && now.getTime() < reminderWindowEnd(startsAt, kind).getTime();
}

/** When a cashmob's sign-ups are anonymised: PURGE_AFTER_DAYS after its end. */
export function purgeAt(endsAt: Date): Date {
  return new Date(endsAt.getTime() + PURGE_AFTER_DAYS * 24 * HOUR_MS);
}
