import {
  acceptsLedgerEntries,
  acceptsOptIn,
  acceptsVotes,
  allowedEvents,
  fundingDecision,
  isEditable,
  isFinal,
  PROJECT_EVENTS,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  ProjectEvent as E,
  ProjectStatus as S,
  transition,
} from '../index';

describe('project state machine', () => {
  const allowed: [S, E, S][] = [
    [S.DRAFT, E.PROPOSE, S.PROPOSED],
    [S.DRAFT, E.CANCEL, S.CANCELLED],
    [S.PROPOSED, E.VOTE_APPROVED, S.APPROVED_OPEN],
    [S.PROPOSED, E.VOTE_REJECTED, S.REJECTED],
    [S.PROPOSED, E.CANCEL, S.CANCELLED],
    [S.APPROVED_OPEN, E.FUNDING_REACHED, S.FUNDED],
    [S.APPROVED_OPEN, E.FUNDING_MISSED, S.CANCELLED],
    [S.APPROVED_OPEN, E.CANCEL, S.CANCELLED],
    [S.FUNDED, E.START, S.ACTIVE],
    [S.ACTIVE, E.CLOSE, S.CLOSED],
  ];

  it('follows the lifecycle', () => {
    for (const [from, event, to] of allowed) expect(transition(from, event)).toEqual({ ok: true, value: to });
  });

  it('refuses every other transition', () => {
    let refused = 0;
    for (const from of PROJECT_STATUSES)
      for (const event of PROJECT_EVENTS) {
        if (allowed.some(([f, e]) => f === from && e === event)) continue;
        expect(transition(from, event)).toEqual({
          ok: false,
          problems: [{ path: 'status', reason: 'transitionNotAllowed', params: { from, event } }],
        });
        refused++;
      }
    expect(refused).toBe(PROJECT_STATUSES.length * PROJECT_EVENTS.length - allowed.length);
  });

  it('cannot be cancelled once funded', () => {
    for (const status of [S.FUNDED, S.ACTIVE, S.CLOSED, S.REJECTED, S.CANCELLED])
      expect(transition(status, E.CANCEL).ok).toBe(false);
  });

  it('knows what each status accepts', () => {
    expect(PROJECT_STATUSES.filter(isFinal)).toEqual([S.REJECTED, S.CLOSED, S.CANCELLED]);
    expect(allowedEvents(S.PROPOSED)).toEqual([E.VOTE_APPROVED, E.VOTE_REJECTED, E.CANCEL]);
    expect(PROJECT_STATUSES.filter(acceptsVotes)).toEqual([S.PROPOSED]);
    expect(PROJECT_STATUSES.filter(acceptsOptIn)).toEqual([S.APPROVED_OPEN]);
    expect(PROJECT_STATUSES.filter(acceptsLedgerEntries)).toEqual([S.FUNDED, S.ACTIVE]);
    expect(PROJECT_STATUSES.filter(isEditable)).toEqual([S.DRAFT]);
    for (const s of PROJECT_STATUSES) expect(PROJECT_STATUS_LABELS[s].fr).toBeTruthy();
  });
});

describe('fundingDecision', () => {
  it('funds when every threshold is met', () => {
    expect(
      fundingDecision({ participants: 5, pledgedCents: 100000, minParticipants: 5, minPledgedCents: 100000 }),
    ).toEqual({ status: S.FUNDED, event: E.FUNDING_REACHED });
    expect(fundingDecision({ participants: 1, pledgedCents: 0 })).toEqual({
      status: S.FUNDED,
      event: E.FUNDING_REACHED,
    });
    expect(transition(S.APPROVED_OPEN, fundingDecision({ participants: 1, pledgedCents: 0 }).event)).toEqual({
      ok: true,
      value: S.FUNDED,
    });
  });

  it('cancels, all or nothing, with every reason', () => {
    expect(
      fundingDecision({ participants: 4, pledgedCents: 99999, minParticipants: 5, minPledgedCents: 100000 }),
    ).toEqual({
      status: S.CANCELLED,
      event: E.FUNDING_MISSED,
      reasons: ['minParticipants', 'minPledged'],
    });
    expect(
      fundingDecision({ participants: 6, pledgedCents: 10, minPledgedCents: 11, minParticipants: null }),
    ).toMatchObject({ reasons: ['minPledged'] });
    expect(fundingDecision({ participants: 0, pledgedCents: 0 })).toMatchObject({
      status: S.CANCELLED,
      reasons: ['noParticipants'],
    });
  });
});
