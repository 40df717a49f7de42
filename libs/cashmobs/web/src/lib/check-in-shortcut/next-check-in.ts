/** What the counter's "Check-in" shortcut needs of a cashmob. */
export interface CheckInCandidate {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  shop: { id: string } | null;
}

/**
 * The cashmob a shopkeeper checks people in for: the shop's published cashmob that has not ended
 * yet (the one under way first, then the next to start), or null when the shop has none.
 */
export function nextCheckIn<T extends CheckInCandidate>(cashmobs: readonly T[], shopId: string, now: Date): T | null {
  const open = cashmobs
    .filter((c) => c.shop?.id === shopId && c.status === 'PUBLISHED' && Date.parse(c.endsAt) > now.getTime())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return open[0] ?? null;
}
