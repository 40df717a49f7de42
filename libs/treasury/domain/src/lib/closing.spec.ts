import { firstOpenDay, isPastMonth, monthOf, openDay, statementPayment, StatementPayment } from './closing';

describe('closing a shop statement', () => {
  it('closes only a month that is over in the association’s time zone', () => {
    expect(isPastMonth('2026-02', '2026-03-01')).toBe(true);
    expect(isPastMonth('2026-03', '2026-03-31')).toBe(false);
    expect(isPastMonth('2026-04', '2026-03-31')).toBe(false);
    expect(isPastMonth('2025-12', '2026-01-01')).toBe(true);
    expect(monthOf('2026-03-31')).toBe('2026-03');
  });

  it('books a posting dated in or before a closed month on the first day after the latest one', () => {
    expect(firstOpenDay('2026-02')).toBe('2026-03-01');
    expect(firstOpenDay('2026-12')).toBe('2027-01-01');
    expect(openDay('2026-02-27', [null])).toBe('2026-02-27');
    expect(openDay('2026-02-27', ['2026-02'])).toBe('2026-03-01');
    expect(openDay('2026-01-05', ['2026-02'])).toBe('2026-03-01');
    expect(openDay('2026-03-02', ['2026-02'])).toBe('2026-03-02');
    // An entry touching two payables: the later of their closings.
    expect(openDay('2026-02-10', ['2026-01', '2026-03', null])).toBe('2026-04-01');
  });

  it('says whether a closed statement is paid', () => {
    expect(statementPayment(0, 0)).toBe(StatementPayment.NOTHING_OWED);
    expect(statementPayment(-500, 0)).toBe(StatementPayment.NOTHING_OWED);
    expect(statementPayment(1750, 0)).toBe(StatementPayment.UNPAID);
    expect(statementPayment(1750, 1000)).toBe(StatementPayment.PARTLY_PAID);
    expect(statementPayment(1750, 1750)).toBe(StatementPayment.PAID);
  });
});
