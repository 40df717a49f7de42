import {
  acceptsSignUps,
  allowedEvents,
  CASHMOB_EVENTS,
  CASHMOB_STATUS_LABELS,
  CASHMOB_STATUSES,
  CashmobEvent as E,
  CashmobStatus as S,
  isFinal,
  isPublic,
  transition,
  transitionAt,
} from '../index';

describe('cashmob state machine', () => {
  const allowed: [S, E, S][] = [
    [S.PROPOSED, E.ACCEPT, S.PUBLISHED],
    [S.PROPOSED, E.COUNTER_PROPOSE, S.COUNTER_PROPOSED],
    [S.PROPOSED, E.DECLINE, S.DECLINED],
    [S.PROPOSED, E.CANCEL, S.CANCELLED],
    [S.COUNTER_PROPOSED, E.ACCEPT_COUNTER, S.PUBLISHED],
    [S.COUNTER_PROPOSED, E.CANCEL, S.CANCELLED],
    [S.PUBLISHED, E.RECORD_RESULT, S.COMPLETED],
    [S.PUBLISHED, E.CANCEL, S.CANCELLED],
  ];

  it('follows the lifecycle', () => {
    for (const [from, event, to] of allowed) expect(transition(from, event)).toEqual({ ok: true, value: to });
  });

  it('refuses every other transition, naming the status', () => {
    let refused = 0;
    for (const from of CASHMOB_STATUSES)
      for (const event of CASHMOB_EVENTS) {
        if (allowed.some(([f, e]) => f === from && e === event)) continue;
        expect(transition(from, event)).toEqual({
          ok: false,
          problems: [{ path: 'status', reason: 'cashmobTransitionNotAllowed', params: { from, event } }],
        });
        refused++;
      }
    expect(refused).toBe(CASHMOB_STATUSES.length * CASHMOB_EVENTS.length - allowed.length);
  });

  it('accepts, re-schedules and cancels only before the start, and records the result only after it', () => {
    const startsAt = new Date('2026-06-12T14:00:00Z');
    const before = new Date('2026-06-12T13:59:59Z');
    const after = new Date('2026-06-12T14:00:00Z');
    expect(transitionAt({ status: S.PUBLISHED, startsAt }, E.CANCEL, before)).toEqual({ ok: true, value: S.CANCELLED });
    expect(transitionAt({ status: S.PUBLISHED, startsAt }, E.CANCEL, after)).toEqual({
      ok: false,
      problems: [{ path: 'status', reason: 'cashmobStarted' }],
    });
    expect(transitionAt({ status: S.PROPOSED, startsAt }, E.ACCEPT, after).ok).toBe(false);
    expect(transitionAt({ status: S.PUBLISHED, startsAt }, E.RECORD_RESULT, before)).toEqual({
      ok: false,
      problems: [{ path: 'status', reason: 'cashmobNotStarted' }],
    });
    expect(transitionAt({ status: S.PUBLISHED, startsAt }, E.RECORD_RESULT, after)).toEqual({
      ok: true,
      value: S.COMPLETED,
    });
    // the table is checked first
    expect(transitionAt({ status: S.COMPLETED, startsAt }, E.CANCEL, before)).toMatchObject({
      ok: false,
      problems: [{ reason: 'cashmobTransitionNotAllowed' }],
    });
  });

  it('knows what each status allows', () => {
    expect(CASHMOB_STATUSES.filter(isFinal)).toEqual([S.DECLINED, S.COMPLETED, S.CANCELLED]);
    expect(allowedEvents(S.PROPOSED)).toEqual([E.ACCEPT, E.COUNTER_PROPOSE, E.DECLINE, E.CANCEL]);
    const published = new Date();
    expect(CASHMOB_STATUSES.filter((s) => isPublic(s, published))).toEqual([S.PUBLISHED, S.COMPLETED, S.CANCELLED]);
    expect(CASHMOB_STATUSES.filter((s) => isPublic(s, null))).toEqual([]);
    const now = new Date('2026-01-01T10:00:00Z');
    expect(CASHMOB_STATUSES.filter((s) => acceptsSignUps(s, new Date('2026-01-01T10:00:01Z'), now))).toEqual([
      S.PUBLISHED,
    ]);
    expect(acceptsSignUps(S.PUBLISHED, now, now)).toBe(false);
    for (const s of CASHMOB_STATUSES) expect(CASHMOB_STATUS_LABELS[s].fr).toBeTruthy();
  });
});
