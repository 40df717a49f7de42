/**
 * A customer's card code (issue 17): 8 characters of Crockford's base 32 (digits and capitals without I, L,
 * O and U), shown `ABCD-EFGH`, unique per association. Short enough to type at a counter, 32^8 ≈ 10^12 codes so
 * guessing one of an association's is hopeless (and the counter is rate limited). Typing is forgiving: case,
 * spaces and dashes do not matter, and the letters a reader confuses with digits are read as those digits
 * (I and L as 1, O as 0), so every code that could be meant is found.
 */
export const CARD_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CARD_CODE_LENGTH = 8;

/** A new code from random bytes (at least CARD_CODE_LENGTH of them; each byte's low 5 bits pick a character). */
export function cardCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CARD_CODE_LENGTH) throw new Error(`cardCodeFromBytes needs ${CARD_CODE_LENGTH} bytes`);
  let code = '';
  for (let i = 0; i < CARD_CODE_LENGTH; i++) code += CARD_CODE_ALPHABET[bytes[i] & 31];
  return code;
}

/** The stored form of a code as typed (`abcd efgh`, `ABCD-EFGH`, `0O1IL`...), or null when it cannot be one. */
export function normaliseCardCode(text: string): string | null {
  const code = text
    .toUpperCase()
    .replace(/[\s\-.]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (code.length !== CARD_CODE_LENGTH) return null;
  for (const c of code) if (!CARD_CODE_ALPHABET.includes(c)) return null;
  return code;
}

/** A stored code as printed and shown: `ABCD-EFGH`. */
export function formatCardCode(code: string): string {
  return code.length === CARD_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}
