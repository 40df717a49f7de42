import { HttpRequest, requestLoader } from '@assoc/platform-api';
import { ShopModel } from './shop.models';
import { ShopsService, toShopModel } from './shops.service';

/** The shop of each member of the association (a membership's `shop` field): one query per request for a page of them. */
export function memberShopsLoader(req: HttpRequest, shops: ShopsService, associationId: string) {
  return requestLoader<string, ShopModel | null>(req, `directory:member-shops:${associationId}`, async (ids) =>
    (await shops.byMemberships(associationId, ids)).map((s) => s && toShopModel(s)),
  );
}
