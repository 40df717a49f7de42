import { registeredRetention, registerRetention } from '../index';

describe('retention registry', () => {
  it('lists what the domains registered, by owner then key, and refuses a key declared twice', () => {
    const what = { fr: 'x', en: 'x' };
    registerRetention('zeta', [{ key: 'zeta.b', days: 30, what }]);
    registerRetention('alpha', [
      { key: 'alpha.z', days: 7, what },
      { key: 'alpha.a', days: 365, what },
    ]);
    registerRetention('alpha', [{ key: 'alpha.a', days: 365, what }]);
    expect(registeredRetention().map((p) => `${p.owner}:${p.key}:${p.days}`)).toEqual([
      'alpha:alpha.a:365',
      'alpha:alpha.z:7',
      'zeta:zeta.b:30',
    ]);
    expect(() => registerRetention('beta', [{ key: 'alpha.a', days: 1, what }])).toThrow(
      "The retention 'alpha.a' is declared by both alpha and beta.",
    );
    expect(() => registerRetention('beta', [{ key: 'beta.x', days: 0, what }])).toThrow(/positive whole number/);
  });
});
