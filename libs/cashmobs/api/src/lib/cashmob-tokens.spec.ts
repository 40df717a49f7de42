import {
  checkInCode,
  hashManageToken,
  legacyCheckInCode,
  newSlug,
  normalisedCheckInCode,
  reminderStopToken,
  signUpIdOfLegacyCheckInCode,
  signUpIdOfReminderStopToken,
  signUpIdOfShortCheckInCode,
} from './cashmob-tokens';

describe('cashmob tokens', () => {
  it('makes unguessable slugs and keyed token hashes', () => {
    expect(newSlug()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hashManageToken('t', 'k1')).not.toBe(hashManageToken('t', 'k2'));
  });

  it('makes check-in codes of 8 unambiguous characters that only the server’s key makes, found among one cashmob’s sign-ups', () => {
    const id = '6f1c2c1e-8d4b-4f7e-9d7a-0b8c1d2e3f40';
    const others = ['0b8c1d2e-3f40-4f7e-9d7a-6f1c2c1e8d4b', '11111111-2222-4333-8444-555555555555'];
    const code = checkInCode(id, 'secret');
    // Crockford base32: no I, L, O or U to misread at the counter.
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(checkInCode(id, 'other')).not.toBe(code);
    expect(signUpIdOfShortCheckInCode(code, [...others, id], 'secret')).toBe(id);
    expect(signUpIdOfShortCheckInCode(code, others, 'secret')).toBeNull();
    expect(signUpIdOfShortCheckInCode(code, [id], 'other')).toBeNull();
    // Typed by hand: lower case, spaces, a hyphen, O for 0 and I or L for 1 still match.
    const typed = `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normalisedCheckInCode(` ${typed} `)).toBe(code);
    expect(signUpIdOfShortCheckInCode(typed, [id], 'secret')).toBe(id);
    expect(normalisedCheckInCode('ABCDEFGU')).toBeNull();
    expect(normalisedCheckInCode('ABCDEFG')).toBeNull();
    expect(normalisedCheckInCode('nonsense!')).toBeNull();
    // Ten thousand sign-ups (the largest capacity) get ten thousand different codes.
    const many = Array.from({ length: 10_000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(new Set(many.map((m) => checkInCode(m, 'secret'))).size).toBe(10_000);
  });

  it('still reads the long check-in codes mailed before they were short', () => {
    const id = '6f1c2c1e-8d4b-4f7e-9d7a-0b8c1d2e3f40';
    const code = legacyCheckInCode(id, 'secret');
    expect(code).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{16}$/);
    expect(signUpIdOfLegacyCheckInCode(code, 'secret')).toBe(id);
    expect(signUpIdOfLegacyCheckInCode(code, 'other')).toBeNull();
    expect(signUpIdOfLegacyCheckInCode(`${id}.AAAAAAAAAAAAAAAA`, 'secret')).toBeNull();
    expect(signUpIdOfLegacyCheckInCode('nonsense', 'secret')).toBeNull();
  });

  it('makes reminder-stop tokens of 256 bits that only the server’s key makes, and not the check-in code', () => {
    const id = '6f1c2c1e-8d4b-4f7e-9d7a-0b8c1d2e3f40';
    const token = reminderStopToken(id, 'secret');
    expect(token).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(signUpIdOfReminderStopToken(token, 'secret')).toBe(id);
    expect(signUpIdOfReminderStopToken(token, 'other')).toBeNull();
    expect(signUpIdOfReminderStopToken(legacyCheckInCode(id, 'secret'), 'secret')).toBeNull();
    expect(signUpIdOfReminderStopToken(`${token}.x`, 'secret')).toBeNull();
    expect(signUpIdOfReminderStopToken(id, 'secret')).toBeNull();
  });
});
