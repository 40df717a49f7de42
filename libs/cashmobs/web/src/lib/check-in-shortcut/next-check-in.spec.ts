import { nextCheckIn } from './next-check-in';

const cashmob = (id: string, shopId: string, status: string, startsAt: string, endsAt: string) => ({
  id,
  status,
  startsAt,
  endsAt,
  shop: { id: shopId },
});

describe('nextCheckIn (the counter shortcut)', () => {
  const now = new Date('2026-06-12T16:00:00Z');

  it('opens the cashmob under way at the shop before a later one', () => {
    const list = [
      cashmob('later', 'shop-1', 'PUBLISHED', '2026-06-20T15:00:00Z', '2026-06-20T17:00:00Z'),
      cashmob('now', 'shop-1', 'PUBLISHED', '2026-06-12T15:00:00Z', '2026-06-12T17:00:00Z'),
    ];
    expect(nextCheckIn(list, 'shop-1', now)?.id).toBe('now');
  });

  it("skips other shops' cashmobs, ended ones and those not published", () => {
    const list = [
      cashmob('other-shop', 'shop-2', 'PUBLISHED', '2026-06-12T15:00:00Z', '2026-06-12T17:00:00Z'),
      cashmob('ended', 'shop-1', 'PUBLISHED', '2026-06-10T15:00:00Z', '2026-06-10T17:00:00Z'),
      cashmob('proposed', 'shop-1', 'PROPOSED', '2026-06-13T15:00:00Z', '2026-06-13T17:00:00Z'),
    ];
    expect(nextCheckIn(list, 'shop-1', now)).toBeNull();
  });
});
