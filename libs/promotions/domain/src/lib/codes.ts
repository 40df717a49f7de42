/**
 * The codes people read, type and scan. Randomness comes from the caller (crypto.randomBytes in the
 * API) so these functions stay pure.
 *
 * - An offer's code is printed on the poster and the public page: it grants nothing secret (the
 *   offer is public), so it only has to be short and easy to read aloud: OFFER_CODE_LENGTH
 *   characters of OFFER_CODE_ALPHABET, which leaves out 0/O, 1/I/L and U.
 * - A personal voucher grants a single use, so it must be unguessable: VOUCHER_BITS (80) random
 *   bits in Crockford's base32 (16 characters), shown in groups of four: "7K3M-Q9XD-2B8F-TR4W".
 */
export const OFFER_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const OFFER_CODE_LENGTH = 7;
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VOUCHER_BITS = 80;
export const VOUCHER_LENGTH = VOUCHER_BITS / 5;
export const VOUCHER_GROUP = 4;

/** Bytes needed by `offerCodeFrom` (one per character, rejection-free: see below). */
export const OFFER_CODE_RANDOM_BYTES = OFFER_CODE_LENGTH * 2;
export const VOUCHER_RANDOM_BYTES = VOUCHER_BITS / 8;

/**
 * An offer code from random bytes: each character from two bytes (0..65535) modulo 30, a bias
 * below 0.05 % that does not matter for a public code.
 */
export function offerCodeFrom(random: Uint8Array): string {
  if (random.length < OFFER_CODE_RANDOM_BYTES) throw new Error(`offerCodeFrom needs ${OFFER_CODE_RANDOM_BYTES} bytes`);
  let code = '';
  for (let i = 0; i < OFFER_CODE_LENGTH; i++)
    code += OFFER_CODE_ALPHABET[((random[2 * i] << 8) | random[2 * i + 1]) % OFFER_CODE_ALPHABET.length];
  return code;
}

/** A voucher code (canonical, ungrouped) from VOUCHER_RANDOM_BYTES random bytes: 80 bits, 16 Crockford characters. */
export function voucherCodeFrom(random: Uint8Array): string {
  if (random.length < VOUCHER_RANDOM_BYTES) throw new Error(`voucherCodeFrom needs ${VOUCHER_RANDOM_BYTES} bytes`);
  let bits = 0n;
  for (let i = 0; i < VOUCHER_RANDOM_BYTES; i++) bits = (bits << 8n) | BigInt(random[i]);
  let code = '';
  for (let i = VOUCHER_LENGTH - 1; i >= 0; i--) code += CROCKFORD_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}

/** "7K3MQ9XD2B8FTR4W" → "7K3M-Q9XD-2B8F-TR4W", for reading aloud and printing. */
export function groupCode(code: string): string {
  return code.length === VOUCHER_LENGTH ? (code.match(new RegExp(`.{1,${VOUCHER_GROUP}}`, 'g')) ?? []).join('-') : code;
}

/**
 * What a person typed or a scanner read, as stored: a link's last path segment if it is one,
 * upper case, without spaces, dashes or dots, and Crockford's reading of look-alikes (O → 0,
 * I and L → 1). Offer codes contain none of 0, 1, O, I, L, so this never changes a genuine one.
 */
export function normaliseCode(input: string): string {
  const trimmed = input.trim();
  const last = /^https?:\/\//i.test(trimmed)
    ? (trimmed
        .replace(/[?#].*$/, '')
        .split('/')
        .filter(Boolean)
        .pop() ?? '')
    : trimmed;
  return last
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export type CodeShape = 'OFFER' | 'VOUCHER' | 'INVALID';

/** Which kind of code a normalised string can be, by its length and alphabet. */
export function codeShape(normalised: string): CodeShape {
  if (normalised.length === OFFER_CODE_LENGTH && [...normalised].every((c) => OFFER_CODE_ALPHABET.includes(c)))
    return 'OFFER';
  if (normalised.length === VOUCHER_LENGTH && [...normalised].every((c) => CROCKFORD_ALPHABET.includes(c)))
    return 'VOUCHER';
  return 'INVALID';
}
