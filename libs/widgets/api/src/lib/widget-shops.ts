import { MembershipEntity } from '@assoc/associations-api';
import { ShopEntity } from '@assoc/directory-api';
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** French order in PostgreSQL, the same as `localeCompare(…, 'fr')` (both ICU). */
export const FRENCH_ORDER = 'COLLATE "fr-x-icu"';

/** Which of an association's shops to read: these ids only (empty or absent: all), of these trades (empty or absent: all). */
export interface ShopScope {
  shopIds?: readonly string[];
  trades?: readonly string[];
}

/**
 * Joins the shops of `scope` whose owner is still a member onto `qb` as `s` (a removed member's shop
 * is no longer shown), on `on` (the shop's join condition, or null when `qb` selects from shops).
 */
export function withActiveShops<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  associationId: string,
  scope: ShopScope = {},
  on: string | null = null,
): SelectQueryBuilder<T> {
  if (on) qb.innerJoin(ShopEntity, 's', on);
  qb.innerJoin(MembershipEntity, 'sm', 'sm.id = s."membershipId" AND sm."removedAt" IS NULL').andWhere(
    's."associationId" = :associationId',
    { associationId },
  );
  if (scope.shopIds?.length) qb.andWhere('s.id IN (:...scopeShopIds)', { scopeShopIds: [...scope.shopIds] });
  if (scope.trades?.length) qb.andWhere('s.trade IN (:...scopeTrades)', { scopeTrades: [...scope.trades] });
  return qb;
}

/**
 * The shops of an association whose owner is still a member, by name in French order then id, in
 * one query: only those of `scope`, and at most `limit` of them when given.
 */
export async function activeShops(
  manager: EntityManager,
  associationId: string,
  scope: ShopScope = {},
  limit?: number,
): Promise<ShopEntity[]> {
  const qb = withActiveShops(manager.createQueryBuilder(ShopEntity, 's'), associationId, scope)
    .orderBy(`s.name ${FRENCH_ORDER}`)
    .addOrderBy('s.id');
  if (limit !== undefined) qb.limit(limit);
  return qb.getMany();
}
