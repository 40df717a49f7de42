/** What the association's calendar shows, each kind with its colour in the app. */
export enum CalendarEventKind {
  CAMPAIGN = 'CAMPAIGN',
  CASHMOB = 'CASHMOB',
  MILESTONE = 'MILESTONE',
  MEETING = 'MEETING',
}

/**
 * One event of the association's calendar, whatever domain it comes from. Timed events run
 * [startsAt, endsAt) in UTC; an all-day event (a project milestone) has `day` ("2026-12-24", a day
 * in the association's time zone) and its start and end are that day's local midnight and the next.
 */
export interface CalendarEvent {
  /** Unique across kinds: "<KIND>:<id>". */
  key: string;
  kind: CalendarEventKind;
  /** The subject's id in its own domain (cashmob, milestone task, campaign, meeting). */
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  day: string | null;
  place: string | null;
  description: string | null;
  /** How many shops the event books: a cashmob's host shop, a campaign's shops with an approved offer. */
  shopCount: number;
  /**
   * The shops it books that another event may book too, what `shopConflicts` reads: a cashmob's host
   * shop; of a campaign's shops only those hosting a cashmob of the period or in another campaign of
   * the period overlapping it (a campaign's whole list grows with the association, its clashes do not).
   */
  shopIds: string[];
  /** Where the app opens it ("/cashmobs/…"). */
  path: string;
}

export const calendarKey = (kind: CalendarEventKind, id: string): string => `${kind}:${id}`;

/** Events overlapping [from, to), by start then key: what a month or week view shows. */
export function eventsBetween(events: readonly CalendarEvent[], from: Date, to: Date): CalendarEvent[] {
  return events.filter((e) => e.startsAt < to && e.endsAt > from).sort(byStart);
}

export function byStart(a: CalendarEvent, b: CalendarEvent): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export interface ShopConflict {
  shopId: string;
  /** The two events that book the shop at overlapping times, earlier first. */
  first: CalendarEvent;
  second: CalendarEvent;
}

/**
 * Every shop booked twice at overlapping times (a cashmob during a campaign the shop has an offer
 * in, two cashmobs at once). Intervals are half-open: one ending at 18:00 and another starting at
 * 18:00 do not clash. All-day events take part like any other. Sorted by the first event's start.
 */
export function shopConflicts(events: readonly CalendarEvent[]): ShopConflict[] {
  const byShop = new Map<string, CalendarEvent[]>();
  for (const event of events)
    for (const shopId of new Set(event.shopIds)) byShop.set(shopId, [...(byShop.get(shopId) ?? []), event]);
  const conflicts: ShopConflict[] = [];
  for (const [shopId, booked] of byShop) {
    const sorted = [...booked].sort(byStart);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j].startsAt < sorted[i].endsAt; j++) {
        conflicts.push({ shopId, first: sorted[i], second: sorted[j] });
      }
    }
  }
  return conflicts.sort(
    (a, b) => byStart(a.first, b.first) || byStart(a.second, b.second) || (a.shopId < b.shopId ? -1 : 1),
  );
}
