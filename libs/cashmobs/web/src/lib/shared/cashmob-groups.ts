/** The list page's sections. */
export type CashmobGroup = 'upcoming' | 'awaiting' | 'past';

export const CASHMOB_GROUPS: readonly CashmobGroup[] = ['upcoming', 'awaiting', 'past'];

/**
 * Where a cashmob goes on the list at `now`: awaiting the shop's (or the organiser's) answer while
 * PROPOSED or COUNTER_PROPOSED and not started; upcoming while PUBLISHED and not over; everything
 * else (ended, completed, declined, cancelled, or never answered before its start) is past.
 */
export function cashmobGroup(cashmob: { status: string; startsAt: string; endsAt: string }, now: Date): CashmobGroup {
  const t = now.getTime();
  if (
    (cashmob.status === 'PROPOSED' || cashmob.status === 'COUNTER_PROPOSED') &&
    new Date(cashmob.startsAt).getTime() > t
  )
    return 'awaiting';
  if (cashmob.status === 'PUBLISHED' && new Date(cashmob.endsAt).getTime() > t) return 'upcoming';
  return 'past';
}

/** Upcoming and awaiting soonest first; past latest first (the API lists latest start first). */
export function groupCashmobs<T extends { status: string; startsAt: string; endsAt: string }>(
  cashmobs: readonly T[],
  now: Date,
): Record<CashmobGroup, T[]> {
  const groups: Record<CashmobGroup, T[]> = { upcoming: [], awaiting: [], past: [] };
  for (const cashmob of cashmobs) groups[cashmobGroup(cashmob, now)].push(cashmob);
  const soonest = (a: T, b: T) => a.startsAt.localeCompare(b.startsAt);
  groups.upcoming.sort(soonest);
  groups.awaiting.sort(soonest);
  groups.past.sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return groups;
}
