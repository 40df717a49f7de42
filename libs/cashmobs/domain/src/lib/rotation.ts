/** One shop of the association, as the rotation sees it. */
export interface RotationShop {
  /** A stable key (the shop's owner membership id): the last tie-break. */
  key: string;
  name: string;
  trade: string;
  /** Start of the shop's last cashmob that took place (COMPLETED, or PUBLISHED and started), if any. */
  lastCashmobAt: Date | null;
  /** When the shop last declined a cashmob, if ever. */
  declinedAt: Date | null;
  /** Members' supports on the shop's open nominations (PROPOSED or COUNTER_PROPOSED). */
  supports: number;
}

export const DEFAULT_DECLINE_COOLDOWN_DAYS = 90;

export interface TradeCount {
  trade: string;
  /** Shops of this trade in the suggestion. */
  shops: number;
  /** Of those, shops that have already had a cashmob. */
  hadCashmob: number;
}

export interface Rotation {
  /** Shops due a cashmob, most due first. */
  suggested: RotationShop[];
  /** Shops left out because they declined within the cool-down, with the date they come back. */
  skipped: { shop: RotationShop; until: Date }[];
  /** The trades among the suggested shops, most represented first, then by trade name. */
  tradeMix: TradeCount[];
}

const DAY_MS = 24 * 3600 * 1000;
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Fair rotation. A shop that declined less than `declineCooldownDays` ago is skipped. The others
 * are ordered: shops that never had a cashmob first, then the longest since their last one. Ties
 * (both never, or the same date) go to the shop with more supports, then to the smaller key
 * (compared by UTF-16 code units, the same on every machine): deterministic whatever the input order.
 */
export function rotation(
  shops: readonly RotationShop[],
  now: Date,
  declineCooldownDays = DEFAULT_DECLINE_COOLDOWN_DAYS,
): Rotation {
  const skipped: Rotation['skipped'] = [];
  const eligible: RotationShop[] = [];
  for (const shop of shops) {
    const until = shop.declinedAt ? new Date(shop.declinedAt.getTime() + declineCooldownDays * DAY_MS) : null;
    if (until && until.getTime() > now.getTime()) skipped.push({ shop, until });
    else eligible.push(shop);
  }
  const last = (s: RotationShop) => (s.lastCashmobAt ? s.lastCashmobAt.getTime() : Number.NEGATIVE_INFINITY);
  const suggested = [...eligible].sort((a, b) => last(a) - last(b) || b.supports - a.supports || byKey(a.key, b.key));
  const mix = new Map<string, TradeCount>();
  for (const shop of suggested) {
    const count = mix.get(shop.trade) ?? { trade: shop.trade, shops: 0, hadCashmob: 0 };
    count.shops++;
    if (shop.lastCashmobAt) count.hadCashmob++;
    mix.set(shop.trade, count);
  }
  const tradeMix = [...mix.values()].sort((a, b) => b.shops - a.shops || byKey(a.trade, b.trade));
  skipped.sort((a, b) => a.until.getTime() - b.until.getTime() || byKey(a.shop.key, b.shop.key));
  return { suggested, skipped, tradeMix };
}
