import fc from 'fast-check';
import {
  codeShape,
  CROCKFORD_ALPHABET,
  groupCode,
  normaliseCode,
  OFFER_CODE_ALPHABET,
  OFFER_CODE_LENGTH,
  OFFER_CODE_RANDOM_BYTES,
  offerCodeFrom,
  VOUCHER_BITS,
  VOUCHER_RANDOM_BYTES,
  voucherCodeFrom,
} from '../index';

const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });

describe('codes', () => {
  it('makes offer codes short and free of look-alikes', () => {
    expect(OFFER_CODE_ALPHABET).not.toMatch(/[01OILU]/);
    fc.assert(
      fc.property(bytes(OFFER_CODE_RANDOM_BYTES), (random) => {
        const code = offerCodeFrom(random);
        expect(code).toHaveLength(OFFER_CODE_LENGTH);
        expect(normaliseCode(code.toLowerCase())).toBe(code);
        expect(codeShape(code)).toBe('OFFER');
      }),
    );
  });

  it('makes vouchers of at least 64 random bits, one character per 5 bits, distinct bytes giving distinct codes', () => {
    expect(VOUCHER_BITS).toBeGreaterThanOrEqual(64);
    expect(voucherCodeFrom(new Uint8Array(VOUCHER_RANDOM_BYTES))).toBe('0000000000000000');
    expect(voucherCodeFrom(new Uint8Array(VOUCHER_RANDOM_BYTES).fill(255))).toBe('ZZZZZZZZZZZZZZZZ');
    fc.assert(
      fc.property(bytes(VOUCHER_RANDOM_BYTES), bytes(VOUCHER_RANDOM_BYTES), (a, b) => {
        expect(voucherCodeFrom(a) === voucherCodeFrom(b)).toBe(Buffer.from(a).equals(Buffer.from(b)));
      }),
    );
  });

  it('reads back what a person types: case, spaces, dashes and look-alikes', () => {
    fc.assert(
      fc.property(bytes(VOUCHER_RANDOM_BYTES), (random) => {
        const code = voucherCodeFrom(random);
        const typed = ` ${groupCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l').replace(/-/g, ' - ')} `;
        expect(normaliseCode(typed)).toBe(code);
        expect(codeShape(normaliseCode(typed))).toBe('VOUCHER');
        expect([...code].every((c) => CROCKFORD_ALPHABET.includes(c))).toBe(true);
      }),
    );
    expect(groupCode('7K3MQ9XD2B8FTR4W')).toBe('7K3M-Q9XD-2B8F-TR4W');
    expect(normaliseCode('https://example.org/redeem/7k3m-q9xd-2b8f-tr4w?x=1')).toBe('7K3MQ9XD2B8FTR4W');
    expect(codeShape('ABC')).toBe('INVALID');
  });
});
