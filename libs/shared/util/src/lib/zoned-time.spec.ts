import { parseAmountToCents, centsToInput } from './amount-input';
import { isoToZonedLocal, zonedLocalToIso } from './zoned-time';

describe('zoned time', () => {
  it('reads a wall-clock time in Paris, winter and summer', () => {
    expect(zonedLocalToIso('2026-12-01T18:00', 'Europe/Paris')).toBe('2026-12-01T17:00:00.000Z');
    expect(zonedLocalToIso('2026-06-12T16:00', 'Europe/Paris')).toBe('2026-06-12T14:00:00.000Z');
  });

  it('goes back from an instant to the wall clock', () => {
    expect(isoToZonedLocal('2026-06-12T14:00:00.000Z', 'Europe/Paris')).toBe('2026-06-12T16:00');
    expect(isoToZonedLocal('2026-03-29T01:30:00.000Z', 'Europe/Paris')).toBe('2026-03-29T03:30');
  });

  it('refuses what is not a datetime-local value', () => {
    expect(zonedLocalToIso('12/06/2026 16:00', 'Europe/Paris')).toBeNull();
    expect(zonedLocalToIso('2026-04-31T10:00', 'Europe/Paris')).toBeNull();
    expect(zonedLocalToIso('2026-04-30T24:00', 'Europe/Paris')).toBeNull();
    expect(isoToZonedLocal(null, 'Europe/Paris')).toBe('');
  });
});

describe('amount input', () => {
  it('parses euros typed with a comma or a dot into cents, exactly', () => {
    expect(parseAmountToCents('54,60')).toBe(5460);
    expect(parseAmountToCents('1 234.5')).toBe(123450);
    expect(parseAmountToCents('15')).toBe(1500);
    expect(parseAmountToCents('1,234')).toBeNull();
    expect(parseAmountToCents('-3')).toBeNull();
  });

  it('writes cents back in the reader’s decimal separator', () => {
    expect(centsToInput(1000, 'fr')).toBe('10,00');
    expect(centsToInput(1000, 'en')).toBe('10.00');
  });
});
