import { formatCount, formatCounted, formatDay, formatInstant, pluralForm } from './locale-format';

const FUNDED = { one: 'financé', other: 'financés' };

describe('locale formatting', () => {
  it('agrees a noun with its number by each language’s plural rules', () => {
    expect(formatCounted(0, 'fr', FUNDED)).toBe('0 financé');
    expect(formatCounted(1, 'fr', FUNDED)).toBe('1 financé');
    expect(formatCounted(2, 'fr', FUNDED)).toBe('2 financés');
    expect(formatCounted(0, 'en', { one: 'voucher', other: 'vouchers' })).toBe('0 vouchers');
    expect(formatCounted(1, 'en', { one: 'voucher', other: 'vouchers' })).toBe('1 voucher');
    // French "many" (a million and more) falls back to `other` unless given.
    expect(pluralForm(1_000_000, 'fr', FUNDED)).toBe('financés');
    expect(pluralForm(1_000_000, 'fr', { ...FUNDED, many: 'de financés' })).toBe('de financés');
  });

  it('groups thousands the way each language does', () => {
    expect(formatCount(12345, 'fr')).toBe('12\u202f345');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCounted(1234, 'fr', { one: 'bon retiré', other: 'bons retirés' })).toBe('1\u202f234 bons retirés');
  });

  it('writes the first of a month as an ordinal in French when the month is a word', () => {
    expect(formatDay('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(formatDay('2026-12-02', 'fr')).toBe('2 décembre 2026');
    expect(formatDay('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDay('2026-03-01', 'fr', { day: 'numeric', month: 'short' })).toBe('1er mars');
    expect(formatDay('2026-12-01', 'fr', { day: '2-digit', month: '2-digit', year: 'numeric' })).toBe('01/12/2026');
    expect(formatDay('2026-11-01', 'fr', { month: 'long', year: 'numeric' })).toBe('novembre 2026');
  });

  it('reads an instant in the association’s time zone before choosing the day', () => {
    // 23:30 UTC on 31 May is already the first of June in Paris.
    const instant = new Date('2026-05-31T23:30:00Z');
    expect(formatInstant(instant, 'fr', 'Europe/Paris')).toBe('1er juin 2026');
    expect(formatInstant(instant, 'fr', 'UTC')).toBe('31 mai 2026');
    expect(
      formatInstant(instant, 'fr', 'Europe/Paris', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
    ).toBe('1er juin 2026 à 01:30');
  });
});
