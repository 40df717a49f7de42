import { describeAudit } from './audit-entry';

describe('reading the audit trail', () => {
  it('reads a status change with the vote counts behind it', () => {
    const row = {
      action: 'STATUS',
      before: '{"status":"PROPOSED"}',
      after: '{"status":"APPROVED_OPEN","event":"VOTE_APPROVED","for":3,"against":1,"abstain":0,"memberCount":16}',
    };
    expect(describeAudit(row)).toEqual({
      kind: 'status',
      from: 'PROPOSED',
      to: 'APPROVED_OPEN',
      event: 'VOTE_APPROVED',
      votes: { for: 3, against: 1, abstain: 0, memberCount: 16 },
      funding: null,
      reasons: [],
    });
  });

  it('reads the funding figures and the reasons of a cancellation', () => {
    expect(
      describeAudit({
        action: 'STATUS',
        before: '{"status":"APPROVED_OPEN"}',
        after: '{"status":"FUNDED","totalCents":138000,"participants":5}',
      }),
    ).toMatchObject({ funding: { totalCents: 138000, participants: 5 } });
    expect(
      describeAudit({
        action: 'STATUS',
        before: null,
        after: '{"status":"CANCELLED","reasons":["minParticipants",7]}',
      }),
    ).toMatchObject({ to: 'CANCELLED', reasons: ['minParticipants'] });
  });

  it('reads a money movement: from the credited account to the debited one, with the cash before and after', () => {
    const row = {
      action: 'CONTRIBUTION',
      before: '{"cashCents":0}',
      after: '{"cents":27600,"debit":"project:cash","credit":"participant:m1","cashCents":27600}',
    };
    expect(describeAudit(row)).toEqual({
      kind: 'money',
      action: 'CONTRIBUTION',
      cents: 27600,
      from: 'participant:m1',
      to: 'project:cash',
      cashBefore: 0,
      cashAfter: 27600,
    });
  });

  it('falls back to the bare action for what it does not know, and survives broken JSON', () => {
    expect(describeAudit({ action: 'RENAMED', before: '{', after: 'null' })).toEqual({
      kind: 'other',
      action: 'RENAMED',
    });
    expect(describeAudit({ action: 'STATUS', before: '[1]', after: '{' })).toMatchObject({
      kind: 'status',
      from: null,
      to: null,
    });
  });
});
