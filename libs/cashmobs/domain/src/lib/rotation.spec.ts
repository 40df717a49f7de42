import fc from 'fast-check';
import { rotation, RotationShop } from '../index';

const DAY = 24 * 3600 * 1000;
const now = new Date('2026-05-01T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
const shop = (
  key: string,
  trade: string,
  lastCashmobAt: Date | null,
  extra: Partial<RotationShop> = {},
): RotationShop => ({ key, name: `Boutique ${key}`, trade, lastCashmobAt, declinedAt: null, supports: 0, ...extra });

describe('fair rotation', () => {
  it('puts shops that never had a cashmob first, then the longest since their last one', () => {
    const result = rotation(
      [
        shop('a', 'FOOD', daysAgo(10)),
        shop('b', 'FASHION', null),
        shop('c', 'FOOD', daysAgo(200)),
        shop('d', 'BEAUTY', daysAgo(30)),
      ],
      now,
    );
    expect(result.suggested.map((s) => s.key)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('skips shops that declined within the cool-down and says until when', () => {
    const result = rotation(
      [
        shop('a', 'FOOD', null, { declinedAt: daysAgo(10) }),
        shop('b', 'FOOD', null, { declinedAt: daysAgo(91) }),
        shop('c', 'FOOD', daysAgo(5)),
      ],
      now,
      90,
    );
    expect(result.suggested.map((s) => s.key)).toEqual(['b', 'c']);
    expect(result.skipped).toEqual([
      { shop: expect.objectContaining({ key: 'a' }), until: new Date(daysAgo(10).getTime() + 90 * DAY) },
    ]);
  });

  it('breaks ties by supports, then by key', () => {
    const when = daysAgo(60);
    const result = rotation(
      [
        shop('z', 'FOOD', when),
        shop('y', 'FOOD', when, { supports: 3 }),
        shop('x', 'FOOD', when),
        shop('n2', 'FOOD', null),
        shop('n1', 'FOOD', null),
      ],
      now,
    );
    expect(result.suggested.map((s) => s.key)).toEqual(['n1', 'n2', 'y', 'x', 'z']);
  });

  it('shows the trade mix of the suggested shops', () => {
    const result = rotation(
      [
        shop('a', 'FOOD', daysAgo(3)),
        shop('b', 'FOOD', null),
        shop('c', 'BEAUTY', null),
        shop('d', 'SERVICES', null, { declinedAt: daysAgo(1) }),
      ],
      now,
    );
    expect(result.tradeMix).toEqual([
      { trade: 'FOOD', shops: 2, hadCashmob: 1 },
      { trade: 'BEAUTY', shops: 1, hadCashmob: 0 },
    ]);
    expect(rotation([], now)).toEqual({ suggested: [], skipped: [], tradeMix: [] });
  });

  it('gives the same order whatever the input order (property)', () => {
    const shopArb = fc.record({
      key: fc.stringMatching(/^[a-f]{1,4}$/),
      trade: fc.constantFrom('FOOD', 'BEAUTY', 'SERVICES'),
      last: fc.option(fc.integer({ min: 0, max: 400 })),
      declined: fc.option(fc.integer({ min: 0, max: 400 })),
      supports: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(shopArb, { selector: (s) => s.key, maxLength: 12 }), fc.context(), (raw, ctx) => {
        const shops = raw.map((s) =>
          shop(s.key, s.trade, s.last === null ? null : daysAgo(s.last), {
            declinedAt: s.declined === null ? null : daysAgo(s.declined),
            supports: s.supports,
          }),
        );
        const once = rotation(shops, now).suggested.map((s) => s.key);
        const reversed = rotation([...shops].reverse(), now).suggested.map((s) => s.key);
        ctx.log(JSON.stringify(once));
        expect(reversed).toEqual(once);
        // never-had before had; among those who had, the oldest first
        const lasts = rotation(shops, now).suggested.map((s) =>
          s.lastCashmobAt ? s.lastCashmobAt.getTime() : -Infinity,
        );
        expect([...lasts].sort((a, b) => a - b)).toEqual(lasts);
        expect(once.length + rotation(shops, now).skipped.length).toBe(shops.length);
      }),
    );
  });
});
