import { MembershipEntity } from '@assoc/associations-api';
import { ShopEntity } from '@assoc/directory-api';
import { EntityManager } from 'typeorm';

/** The shops of an association whose owner is still a member, by name in French order (a removed member's shop is no longer shown). */
export async function activeShops(manager: EntityManager, associationId: string): Promise<ShopEntity[]> {
  const shops = await manager
    .createQueryBuilder(ShopEntity, 's')
    .innerJoin(MembershipEntity, 'm', 'm.id = s."membershipId" AND m."removedAt" IS NULL')
    .where('s."associationId" = :associationId', { associationId })
    .getMany();
  return shops.sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
}
