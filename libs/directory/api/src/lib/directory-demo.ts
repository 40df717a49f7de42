import { DayHours } from '@assoc/directory-domain';
import { EntityManager } from 'typeorm';
import { ShopCard } from './shop-reads.service';
import { ShopEntity } from './shop.entity';

/** A demo member's shop: what other domains show of a shop (ShopCard, without its id and logo), and the rest of its page. */
export interface DemoShop extends Omit<ShopCard, 'id' | 'logoFile'> {
  associationId: string;
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
