import { describeAudit } from './audit-entry';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { say } from './said.testing';

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

  it('words a second signature and the overpayment limit in French and English instead of the bare action', () => {
    const approved = describeAudit({
      action: 'EXPENSE_APPROVED',
      before: '{"approval":"PENDING"}',
      after: '{"entryId":"e1","approval":"APPROVED","cents":62000}',
    });
    expect(approved).toEqual({
      kind: 'decision',
      action: 'EXPENSE_APPROVED',
      cents: 62000,
      reason: null,
      limitCents: null,
    });
    const rejected = describeAudit({
      action: 'EXPENSE_REJECTED',
      before: null,
      after: '{"approval":"REJECTED","cents":62000,"reason":"Devis non signé"}',
    });
    const limit = describeAudit({
      action: 'OVERPAYMENT_LIMIT',
      before: null,
      after: '{"overpaymentLimitCents":25000}',
    });
    const lifted = describeAudit({
      action: 'OVERPAYMENT_LIMIT',
      before: null,
      after: '{"overpaymentLimitCents":null}',
    });
    expect(lifted).toMatchObject({ kind: 'decision', limitCents: null });
    expect(say(fr, 'fr', { key: 'projects.audit.action.EXPENSE_APPROVED', params: { amount: 62000 } })).toBe(
      'Dépense de 620,00 € approuvée (seconde signature)',
    );
    expect(
      say(en, 'en', {
        key: 'projects.audit.action.EXPENSE_REJECTED',
        params: { amount: 62000, reason: 'Devis non signé' },
      }),
    ).toBe('Expense of €620.00 rejected: Devis non signé');
    expect(rejected).toMatchObject({ reason: 'Devis non signé', cents: 62000 });
    expect(limit).toMatchObject({ limitCents: 25000 });
    expect(say(fr, 'fr', { key: 'projects.audit.action.OVERPAYMENT_LIMIT', params: { limit: 25000 } })).toBe(
      'Limite de trop-perçu fixée à 250,00 €',
    );
    expect(say(en, 'en', { key: 'projects.audit.action.OVERPAYMENT_LIMIT_NONE', params: {} })).toBe(
      'Overpayment limit lifted',
    );
  });
});
