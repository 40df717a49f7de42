import { DayHours, TradeCategory } from '@assoc/directory-domain';
import { EntityManager } from 'typeorm';
import { ShopEntity } from './shop.entity';

/** A demo member's shop. */
export interface DemoShop {
  associationId: string;
  membershipId: string;
  name: string;
  trade: TradeCategory;
  address: string;
  postcode: string;
  town: string;
  phone: string;
  website: string | null;
  description: string;
  openingHours: DayHours[];
}

/** How the demo association's shops are written (the API's demo seeder orchestrates, inside its transaction). */
export const DirectoryDemo = {
  /** Creates the shop (no logo yet); answers its id. */
  async addShop(manager: EntityManager, shop: DemoShop): Promise<string> {
    const result = await manager.insert(ShopEntity, { ...shop, logoFile: null });
    return result.identifiers[0].id as string;
  },
};
