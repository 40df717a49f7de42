import { ASSOCIATION_CLOSING_GRACE, closingDate, closingState } from '../index';

describe('closing an association', () => {
  it('closes the grace period after the request (30 days, the registered constant)', () => {
    expect(ASSOCIATION_CLOSING_GRACE.days).toBe(30);
    expect(closingDate(new Date('2026-03-01T10:00:00Z')).toISOString()).toBe('2026-03-31T10:00:00.000Z');
  });

  it('is open, closing until the date, then closed', () => {
    const closesAt = new Date('2026-03-31T10:00:00Z');
    expect(closingState({ closesAt: null, closedAt: null }, closesAt)).toBe('OPEN');
    expect(closingState({ closesAt, closedAt: null }, new Date('2026-03-31T09:59:59Z'))).toBe('CLOSING');
    expect(closingState({ closesAt, closedAt: null }, closesAt)).toBe('CLOSED');
    expect(closingState({ closesAt: null, closedAt: closesAt }, new Date('2020-01-01T00:00:00Z'))).toBe('CLOSED');
  });
});
