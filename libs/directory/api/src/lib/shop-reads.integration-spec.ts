import { AssociationReads, AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  StatementCounter,
  TestApp,
} from '@assoc/platform-testing';
import { DirectoryModule } from '../index';
import { ShopCard, ShopReads } from './shop-reads.service';

const UPDATE_SHOP = `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`;

async function shopOf(client: GraphqlClient, name: string, trade: string): Promise<string> {
  const input = { name, trade, address: '3 rue Baudrairie', postcode: '35500', town: 'Vitré', openingHours: [] };
  return (await client.ok<{ updateMyShop: { id: string } }>(UPDATE_SHOP, { input })).updateMyShop.id;
}

/** What other domains read of shops (issue 21 part 5): plain cards, always within one association. */
describe('ShopReads: shop cards for other domains, one association at a time', () => {
  let api: TestApp;
  let shops: ShopReads;
  let associations: AssociationReads;
  let a: string;
  let b: string;
  let grocer: { id: string; membershipId: string };
  let florist: string;
  let outsider: string;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, DirectoryModule]);
    shops = api.app.get(ShopReads);
    associations = api.app.get(AssociationReads);
    const president = await signedUpClient(api, 'Claire Martin');
    a = (await createAssociation(president, 'Les Vitrines de Vitré')).associationId;
    const m1 = await joinedMember(api, president, 'MEMBER', 'Paul Épicier');
    grocer = { id: await shopOf(m1, 'Épicerie Paul', 'FOOD'), membershipId: m1.membershipId };
    const m2 = await joinedMember(api, president, 'MEMBER', 'Lina Fleurs');
    florist = await shopOf(m2, 'Fleurs de Lina', 'FLORIST');
    await president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: m2.membershipId });
    const other = await signedUpClient(api, 'Président B');
    b = (await createAssociation(other, 'Association B')).associationId;
    outsider = await shopOf(other, 'Boutique B', 'HOME');
  });
  afterAll(() => api.close());

  const grocerCard = (): ShopCard => ({
    id: grocer.id,
    membershipId: grocer.membershipId,
    name: 'Épicerie Paul',
    trade: 'FOOD' as ShopCard['trade'],
    address: '3 rue Baudrairie',
    postcode: '35500',
    town: 'Vitré',
    logoFile: null,
  });

  it('gives the cards of the association’s shops only, in one statement', async () => {
    const counter = new StatementCounter(api.dataSource);
    try {
      const { statements, result } = await counter.measure(() => shops.cards(a, [grocer.id, outsider, grocer.id]));
      expect(statements).toBe(1);
      expect([...result.values()]).toEqual([grocerCard()]);
    } finally {
      counter.restore();
    }
    expect([...(await shops.cards(b, [grocer.id, outsider])).keys()]).toEqual([outsider]);
    expect((await shops.cards(a, [])).size).toBe(0);
  });

  it('lists the shops whose owner is still an active member', async () => {
    expect((await shops.activeMembersShops(a)).map((s) => s.name)).toEqual(['Épicerie Paul']);
    expect((await shops.activeMembersShops(b)).map((s) => s.id)).toEqual([outsider]);
  });

  it('answers a card and the association’s summary as JSON subqueries of the caller’s one statement, null across associations', async () => {
    const read = async (shopId: string, associationId: string) =>
      (
        await api.dataSource.query(
          `SELECT ${shops.cardJson('$1', '$2')} AS shop, ${associations.summaryJson('$2')} AS association`,
          [shopId, associationId],
        )
      )[0] as { shop: ShopCard | null; association: { name: string; timeZone: string } | null };
    expect(await read(grocer.id, a)).toEqual({
      shop: grocerCard(),
      association: expect.objectContaining({ id: a, name: 'Les Vitrines de Vitré', timeZone: 'Europe/Paris' }),
    });
    // the florist left, but the card of a shop that had a cashmob stays readable
    expect((await read(florist, a)).shop?.name).toBe('Fleurs de Lina');
    expect((await read(outsider, a)).shop).toBeNull();
    expect((await read(grocer.id, b)).shop).toBeNull();
  });
});
