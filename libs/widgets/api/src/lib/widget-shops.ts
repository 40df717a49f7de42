import { PublicShop, ShopReads } from '@assoc/directory-api';
import { EntityManager } from 'typeorm';

/** French order in PostgreSQL, the same as `localeCompare(…, 'fr')` (both ICU). */
export const FRENCH_ORDER = 'COLLATE "fr-x-icu"';

/** Which of an association's shops to read: these ids only (empty or absent: all), of these trades (empty or absent: all). */
export interface ShopScope {
  shopIds?: readonly string[];
  trades?: readonly string[];
}

/**
 * SQL of the public shops of `scope` (directory's `publicShopsSql`: the owner is still a member) for
 * the association `$1`, the scope's ids and trades as parameters `$<ids>` and `$<trades>` (null: all).
 */
export function scopedShopsSql(shops: ShopReads, ids: string, trades: string): string {
  return `SELECT * FROM (${shops.publicShopsSql('$1::uuid')}) scoped
   WHERE (${ids}::uuid[] IS NULL OR scoped.id = ANY(${ids}::uuid[])) AND (${trades}::text[] IS NULL OR scoped.trade::text = ANY(${trades}::text[]))`;
}

/** The parameters of `scopedShopsSql`. */
export type ScopeParams = [ids: string[] | null, trades: string[] | null];

/** A scope's ids and trades as parameters of `scopedShopsSql` (null when the scope takes them all). */
export function scopeParams(scope: ShopScope): ScopeParams {
  return [scope.shopIds?.length ? [...scope.shopIds] : null, scope.trades?.length ? [...scope.trades] : null];
}

/**
 * The public shops of an association (the owner is still a member), by name in French order then
 * id, in one query: only those of `scope`, and at most `limit` of them when given.
 */
export async function activeShops(
  manager: EntityManager,
  shops: ShopReads,
  associationId: string,
  scope: ShopScope = {},
  limit?: number,
): Promise<PublicShop[]> {
  return manager.query(
    `${scopedShopsSql(shops, '$2', '$3')} ORDER BY scoped.name ${FRENCH_ORDER}, scoped.id LIMIT $4`,
    [associationId, ...scopeParams(scope), limit ?? null],
  );
}
