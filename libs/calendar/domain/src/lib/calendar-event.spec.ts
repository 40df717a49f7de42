import { allDaySpan, CalendarEvent, CalendarEventKind, eventsBetween, nextDay, shopConflicts } from '../index';

const event = (
  kind: CalendarEventKind,
  id: string,
  start: string,
  end: string,
  shopIds: string[] = [],
): CalendarEvent => ({
  key: `${kind}:${id}`,
  kind,
  id,
  title: id,
  startsAt: new Date(start),
  endsAt: new Date(end),
  day: null,
  place: null,
  description: null,
  shopCount: shopIds.length,
  shopIds,
  path: '/',
});

describe('the association calendar', () => {
  const campaign = event(CalendarEventKind.CAMPAIGN, 'noel', '2026-12-05T08:00:00Z', '2026-12-20T19:00:00Z', [
    'bakery',
    'florist',
  ]);
  const cashmob = event(CalendarEventKind.CASHMOB, 'fournil', '2026-12-12T14:00:00Z', '2026-12-12T17:00:00Z', [
    'bakery',
  ]);
  const later = event(CalendarEventKind.CASHMOB, 'fleurs', '2026-12-20T19:00:00Z', '2026-12-20T21:00:00Z', ['florist']);
  const meeting = event(CalendarEventKind.MEETING, 'ag', '2026-12-12T18:00:00Z', '2026-12-12T20:00:00Z');

  it('lists what overlaps a month or a week, by start', () => {
    expect(
      eventsBetween(
        [later, meeting, campaign, cashmob],
        new Date('2026-12-12T00:00:00Z'),
        new Date('2026-12-13T00:00:00Z'),
      ).map((e) => e.id),
    ).toEqual(['noel', 'fournil', 'ag']);
    expect(eventsBetween([campaign], new Date('2026-12-21T00:00:00Z'), new Date('2026-12-28T00:00:00Z'))).toEqual([]);
  });

  it('warns when a shop is booked twice at overlapping times, not when one ends as the other starts', () => {
    const conflicts = shopConflicts([later, meeting, campaign, cashmob]);
    expect(conflicts.map((c) => [c.shopId, c.first.id, c.second.id])).toEqual([['bakery', 'noel', 'fournil']]);
  });

  it('finds every overlapping pair, once, whatever the order', () => {
    const a = event(CalendarEventKind.CASHMOB, 'a', '2026-12-01T10:00:00Z', '2026-12-01T12:00:00Z', ['s', 's']);
    const b = event(CalendarEventKind.CASHMOB, 'b', '2026-12-01T11:00:00Z', '2026-12-01T13:00:00Z', ['s']);
    const c = event(CalendarEventKind.CAMPAIGN, 'c', '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z', ['s']);
    const pairs = (events: CalendarEvent[]) => shopConflicts(events).map((x) => `${x.first.id}-${x.second.id}`);
    expect(pairs([a, b, c])).toEqual(['c-a', 'c-b', 'a-b']);
    expect(pairs([c, b, a])).toEqual(pairs([a, b, c]));
  });

  it('spans an all-day event over the local day, 23 or 25 hours when the clocks change', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    const winter = allDaySpan('2026-12-24', 'Europe/Paris');
    expect([winter.startsAt.toISOString(), winter.endsAt.toISOString()]).toEqual([
      '2026-12-23T23:00:00.000Z',
      '2026-12-24T23:00:00.000Z',
    ]);
    const autumn = allDaySpan('2026-10-25', 'Europe/Paris');
    expect(autumn.endsAt.getTime() - autumn.startsAt.getTime()).toBe(25 * 3600 * 1000);
    const spring = allDaySpan('2026-03-29', 'Europe/Paris');
    expect(spring.endsAt.getTime() - spring.startsAt.getTime()).toBe(23 * 3600 * 1000);
  });
});
