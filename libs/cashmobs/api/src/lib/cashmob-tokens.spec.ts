import {
  checkInCode,
  hashManageToken,
  newSlug,
  reminderStopToken,
  signUpIdOfCheckInCode,
  signUpIdOfReminderStopToken,
} from './cashmob-tokens';

describe('cashmob tokens', () => {
  it('makes unguessable slugs, keyed token hashes and check-in codes that cannot be forged', () => {
    expect(newSlug()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hashManageToken('t', 'k1')).not.toBe(hashManageToken('t', 'k2'));
    const id = '6f1c2c1e-8d4b-4f7e-9d7a-0b8c1d2e3f40';
    const code = checkInCode(id, 'secret');
    expect(signUpIdOfCheckInCode(code, 'secret')).toBe(id);
    expect(signUpIdOfCheckInCode(code, 'other')).toBeNull();
    expect(signUpIdOfCheckInCode(`${id}.AAAAAAAAAAAAAAAA`, 'secret')).toBeNull();
    expect(signUpIdOfCheckInCode('nonsense', 'secret')).toBeNull();
  });

  it('makes reminder-stop tokens of 256 bits that only the server’s key makes, and not the check-in code', () => {
    const id = '6f1c2c1e-8d4b-4f7e-9d7a-0b8c1d2e3f40';
    const token = reminderStopToken(id, 'secret');
    expect(token).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(signUpIdOfReminderStopToken(token, 'secret')).toBe(id);
    expect(signUpIdOfReminderStopToken(token, 'other')).toBeNull();
    expect(signUpIdOfReminderStopToken(checkInCode(id, 'secret'), 'secret')).toBeNull();
    expect(signUpIdOfReminderStopToken(`${token}.x`, 'secret')).toBeNull();
    expect(signUpIdOfReminderStopToken(id, 'secret')).toBeNull();
  });
});
