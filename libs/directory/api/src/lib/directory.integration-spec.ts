import { createHash } from 'node:crypto';
import {
  createAssociation,
  createTestApp,
  joinedMember,
  signedUpClient,
  StatementCounter,
  TestApp,
} from '@assoc/platform-testing';
import { IdentityModule } from '@assoc/identity-api';
import { AssociationsModule } from '@assoc/associations-api';
import { GraphqlClient } from '@assoc/platform-testing';
import { DirectoryModule } from '../index';
import { ShopEntity } from './shop.entity';

const UPDATE_SHOP = `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id name trade town openingHours { day periods { opens closes } } logoUrl } }`;
const DIRECTORY = `query($search: String, $trade: TradeCategory, $first: Int, $after: String) {
  directory(search: $search, trade: $trade, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id user { name } shop { name trade } } }
}`;

const shop = (name: string, trade: string, extra: Record<string, unknown> = {}) => ({
  name,
  trade,
  address: '12 rue Notre-Dame',
  postcode: '35500',
  town: 'Vitré',
  openingHours: [
    {
      day: 'SATURDAY',
      periods: [
        { opens: '14:00', closes: '19:00' },
        { opens: '09:00', closes: '12:30' },
      ],
    },
  ],
  ...extra,
});

// The smallest valid PNG (1x1 pixel).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function upload(client: GraphqlClient, bytes: Buffer, type: string, name: string) {
  const form = new FormData();
  form.append('logo', new Blob([new Uint8Array(bytes)], { type }), name);
  return client.fetch('/api/shops/mine/logo', { method: 'POST', body: form });
}

describe('shops and the member directory', () => {
  let api: TestApp;
  let president: GraphqlClient;
  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, DirectoryModule]);
    president = await signedUpClient(api, 'Claire Martin');
    await createAssociation(president, 'Les Vitrines de Vitré');
  });
  afterAll(() => api.close());

  it('saves a shop with its opening hours sorted by day and time', async () => {
    const member = await joinedMember(api, president, 'MEMBER', 'Lucie Gautier');
    const { updateMyShop } = await member.ok<{ updateMyShop: { openingHours: unknown } }>(UPDATE_SHOP, {
      input: shop('Épicerie Fine Gautier', 'FOOD', {
        openingHours: [
          { day: 'SATURDAY', periods: [{ opens: '09:00', closes: '19:00' }] },
          {
            day: 'TUESDAY',
            periods: [
              { opens: '14:00', closes: '19:00' },
              { opens: '09:00', closes: '12:30' },
            ],
          },
          { day: 'MONDAY', periods: [] },
        ],
      }),
    });
    expect(updateMyShop.openingHours).toEqual([
      {
        day: 'TUESDAY',
        periods: [
          { opens: '09:00', closes: '12:30' },
          { opens: '14:00', closes: '19:00' },
        ],
      },
      { day: 'SATURDAY', periods: [{ opens: '09:00', closes: '19:00' }] },
    ]);
    expect(await member.ok(`{ myShop { name trade } }`)).toEqual({
      myShop: { name: 'Épicerie Fine Gautier', trade: 'FOOD' },
    });
  });

  it('refuses hours that do not parse or overlap, an unknown trade, a bad website, and keeps the shop as it was', async () => {
    const member = await joinedMember(api, president);
    await member.ok(UPDATE_SHOP, { input: shop('Boucherie Pinel', 'BUTCHER') });
    const hours = await member.fails(UPDATE_SHOP, {
      input: shop('Renamed', 'BUTCHER', {
        openingHours: [{ day: 'MONDAY', periods: [{ opens: '9h', closes: '12:00' }] }],
      }),
    });
    expect(hours.extensions?.fields).toMatchObject([
      { field: 'openingHours.0.periods.0.opens', message: "L'heure doit être au format HH:MM (ex. 09:30)." },
    ]);
    const overlap = await member.fails(UPDATE_SHOP, {
      input: shop('Renamed', 'BUTCHER', {
        openingHours: [
          {
            day: 'MONDAY',
            periods: [
              { opens: '09:00', closes: '13:00' },
              { opens: '12:00', closes: '18:00' },
            ],
          },
          { day: 'MONDAY', periods: [] },
        ],
      }),
    });
    expect(overlap.extensions?.fields).toMatchObject([
      { field: 'openingHours.0.periods.1.opens', message: 'Ces horaires se chevauchent.' },
      { field: 'openingHours.1.day', message: 'Ce jour apparaît deux fois.' },
    ]);
    member.language = 'en';
    const trade = await member.fails(UPDATE_SHOP, { input: shop('Renamed', 'BLACKSMITH') });
    expect(trade.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'trade', message: 'This value is not one of the allowed choices.' }],
    });
    const website = await member.fails(UPDATE_SHOP, {
      input: shop('Renamed', 'BUTCHER', { website: 'pinel', phone: 'call me' }),
    });
    expect(website.extensions?.fields?.map((f) => f.field)).toEqual(['phone', 'website']);
    expect(await member.ok(`{ myShop { name } }`)).toEqual({ myShop: { name: 'Boucherie Pinel' } });
  });

  it('finds members whatever the accents and case, by shop, person, town or trade, and filters by trade', async () => {
    const baker = await joinedMember(api, president, 'MEMBER', 'Yann Le Breton');
    await baker.ok(UPDATE_SHOP, { input: shop('Boulangerie du Château', 'BAKERY') });
    const names = async (variables: Record<string, unknown>) =>
      (
        await president.ok<{ directory: { nodes: { shop: { name: string } | null; user: { name: string } }[] } }>(
          DIRECTORY,
          variables,
        )
      ).directory.nodes.map((n) => n.shop?.name ?? n.user.name);
    expect(await names({ search: 'epicerie' })).toEqual(['Épicerie Fine Gautier']);
    expect(await names({ search: 'ÉPICERIE fine' })).toEqual(['Épicerie Fine Gautier']);
    expect(await names({ search: 'lucie' })).toEqual(['Épicerie Fine Gautier']);
    expect(await names({ search: 'boulangerie' })).toEqual(['Boulangerie du Château']);
    expect(await names({ search: 'bakery' })).toEqual(['Boulangerie du Château']);
    expect(await names({ trade: 'BUTCHER' })).toEqual(['Boucherie Pinel']);
    expect(await names({ search: '100%_' })).toEqual([]);
  });

  it('keeps its sort order and search current when a shop or a person is renamed, a trade changes or a member leaves', async () => {
    const chair = await signedUpClient(api, 'Odile Présidente');
    await createAssociation(chair, 'Commerçants de Fougères');
    const anne = await joinedMember(api, chair, 'MEMBER', 'Anne Abgrall');
    const eric = await joinedMember(api, chair, 'MEMBER', 'Éric Éon');
    const zoe = await joinedMember(api, chair, 'MEMBER', 'Zoé Zébulon');
    const page = async (variables: Record<string, unknown> = {}) =>
      (
        await chair.ok<{
          directory: {
            totalCount: number;
            nodes: { id: string; shop: { name: string } | null; user: { name: string } }[];
          };
        }>(DIRECTORY, { first: 50, ...variables })
      ).directory;
    const names = async (variables: Record<string, unknown> = {}) =>
      (await page(variables)).nodes.map((n) => n.shop?.name ?? n.user.name);
    // Accents and case do not move anyone: É sorts with E.
    expect(await names()).toEqual(['Anne Abgrall', 'Éric Éon', 'Odile Présidente', 'Zoé Zébulon']);
    await zoe.ok(UPDATE_SHOP, { input: shop('atelier Zoé', 'SPORT') });
    expect(await names()).toEqual(['Anne Abgrall', 'atelier Zoé', 'Éric Éon', 'Odile Présidente']);
    await zoe.ok(UPDATE_SHOP, { input: shop('Vélos Zoé', 'SPORT') });
    expect(await names()).toEqual(['Anne Abgrall', 'Éric Éon', 'Odile Présidente', 'Vélos Zoé']);
    expect(await names({ search: 'velos' })).toEqual(['Vélos Zoé']);
    expect(await names({ search: 'atelier' })).toEqual([]);
    expect(await names({ trade: 'SPORT' })).toEqual(['Vélos Zoé']);
    await zoe.ok(UPDATE_SHOP, { input: shop('Vélos Zoé', 'BAKERY') });
    expect(await names({ trade: 'SPORT' })).toEqual([]);
    // The person's name as an account change writes it.
    await api.dataSource.query(
      `UPDATE users SET name = 'Yves Anne' WHERE id = (SELECT "userId" FROM memberships WHERE id = $1)`,
      [eric.membershipId],
    );
    expect(await names()).toEqual(['Anne Abgrall', 'Odile Présidente', 'Vélos Zoé', 'Yves Anne']);
    expect(await names({ search: 'eon' })).toEqual([]);
    expect(await names({ search: 'yves' })).toEqual(['Yves Anne']);
    await chair.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: anne.membershipId });
    const after = await page();
    expect(after.nodes.map((n) => n.shop?.name ?? n.user.name)).toEqual(['Odile Présidente', 'Vélos Zoé', 'Yves Anne']);
    expect(after.totalCount).toBe(3);
  });

  it('pages through the directory with a cursor, without repeating or skipping anyone', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let last: string | null = null;
    let total = 0;
    do {
      const {
        directory,
      }: {
        directory: {
          totalCount: number;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
          nodes: { id: string }[];
        };
      } = await president.ok(DIRECTORY, { first: 2, after });
      total = directory.totalCount;
      seen.push(...directory.nodes.map((n) => n.id));
      last = directory.pageInfo.endCursor;
      after = directory.pageInfo.hasNextPage ? last : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThanOrEqual(4);
    // Past the last member: no one, still the count; and with a search, its own count.
    expect(await president.ok(DIRECTORY, { first: 2, after: last })).toEqual({
      directory: { totalCount: total, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] },
    });
    expect(await president.ok(DIRECTORY, { first: 2, after: last, search: 'boul' })).toEqual({
      directory: { totalCount: 1, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] },
    });
    expect((await president.fails(DIRECTORY, { after: 'not-a-cursor' })).extensions?.fields?.[0].field).toBe('after');
    expect((await president.fails(DIRECTORY, { first: 1000 })).extensions?.fields?.[0].field).toBe('first');
  });

  it('lists and searches in at most 3 SQL statements (the session with the membership, then the page with shops and the count)', async () => {
    const counter = new StatementCounter(api.dataSource);
    try {
      const WEB_DIRECTORY = `query($search: String, $trade: TradeCategory, $first: Int, $after: String) {
        directory(search: $search, trade: $trade, first: $first, after: $after) {
          nodes { id role user { id name } shop { id name trade town logoUrl } }
          pageInfo { endCursor hasNextPage } totalCount } }`;
      type Page = {
        directory: {
          totalCount: number;
          pageInfo: { endCursor: string | null };
          nodes: { shop: { name: string } | null }[];
        };
      };
      const listing = await counter.measure(() => president.ok<Page>(WEB_DIRECTORY, { first: 50 }));
      expect(listing.result.directory.nodes.length).toBe(listing.result.directory.totalCount);
      expect(listing.result.directory.nodes.some((n) => n.shop)).toBe(true);
      const search = await counter.measure(() => president.ok<Page>(WEB_DIRECTORY, { search: 'boul', first: 50 }));
      expect(search.result.directory.nodes.map((n) => n.shop?.name)).toEqual(['Boulangerie du Château']);
      const after = (await president.ok<Page>(WEB_DIRECTORY, { first: 1 })).directory.pageInfo.endCursor;
      const next = await counter.measure(() => president.ok<Page>(WEB_DIRECTORY, { first: 1, after }));
      expect(next.result.directory.totalCount).toBe(listing.result.directory.totalCount);
      expect([listing.statements, search.statements, next.statements]).toEqual([2, 2, 2]);
    } finally {
      counter.restore();
    }
  });

  it('answers each member as the member query does: the person, the e-mail as the caller may see it, the association with its closing, the shop', async () => {
    const chair = await signedUpClient(api, 'Hélène Présidente');
    const { associationId, membershipId } = await createAssociation(chair, 'Commerçants de Dinan');
    const member = await joinedMember(api, chair, 'MEMBER', 'Marc Morvan');
    const board = await joinedMember(api, chair, 'BOARD', 'Nina Nédélec');
    await board.ok(UPDATE_SHOP, { input: shop('Cidrerie Nina', 'FOOD', { phone: '02 99 00 00 00' }) });
    // What a new association leaves at its defaults: a closing asked for, two signatures above an amount,
    // instants with microseconds (the API answers milliseconds); and a closed account.
    await api.dataSource.query(
      `UPDATE associations SET "closingRequestedAt" = '2026-12-01T10:20:30.123456Z', "closesAt" = '2026-12-31T10:20:30.987654Z',
         "closingRequestedByMembershipId" = $2, "secondSignatureAboveCents" = 1234567, "createdAt" = '2026-01-02T03:04:05.678901Z'
       WHERE id = $1`,
      [associationId, membershipId],
    );
    await api.dataSource.query(
      `UPDATE users SET "closedAt" = now() WHERE id = (SELECT "userId" FROM memberships WHERE id = $1)`,
      [board.membershipId],
    );
    const FIELDS = `id role joinedAt user { id name email locale }
      association { id name town postcode timeZone currency quorumPercent majority secondSignatureAboveCents
        secondFactorRequired createdAt memberCount closing { requestedAt closesAt requestedByMembershipId } }
      shop { id name trade address postcode town phone website description logoUrl openingHours { day periods { opens closes } } }`;
    type Node = {
      id: string;
      user: { name: string; email: string };
      association: { createdAt: string; secondSignatureAboveCents: number; closing: unknown };
      shop: { name: string } | null;
    };
    for (const viewer of [chair, member]) {
      const { directory } = await viewer.ok<{ directory: { nodes: Node[] } }>(
        `query { directory(first: 5) { nodes { ${FIELDS} } } }`,
      );
      expect(directory.nodes.map((n) => [n.user.name, n.shop?.name ?? null])).toEqual([
        ['Ancien membre', 'Cidrerie Nina'],
        ['Hélène Présidente', null],
        ['Marc Morvan', null],
      ]);
      for (const node of directory.nodes)
        expect(
          (await viewer.ok<{ member: Node }>(`query($id: ID!) { member(id: $id) { ${FIELDS} } }`, { id: node.id }))
            .member,
        ).toEqual(node);
      expect(directory.nodes[0].association).toMatchObject({
        createdAt: '2026-01-02T03:04:05.678Z',
        secondSignatureAboveCents: 1234567,
        closing: {
          requestedAt: '2026-12-01T10:20:30.123Z',
          closesAt: '2026-12-31T10:20:30.987Z',
          requestedByMembershipId: membershipId,
        },
      });
      expect(directory.nodes.map((n) => n.user.email !== '')).toEqual(
        viewer === chair ? [false, true, true] : [false, false, true],
      );
    }
  });

  it('opens a member page with the shop', async () => {
    const { directory } = await president.ok<{ directory: { nodes: { id: string; shop: { name: string } | null }[] } }>(
      DIRECTORY,
      { search: 'gautier' },
    );
    const data = await president.ok(
      `query($id: ID!) { member(id: $id) { user { name } shop { name town openingHours { day } } } }`,
      { id: directory.nodes[0].id },
    );
    expect(data).toEqual({
      member: {
        user: { name: 'Lucie Gautier' },
        shop: { name: 'Épicerie Fine Gautier', town: 'Vitré', openingHours: [{ day: 'TUESDAY' }, { day: 'SATURDAY' }] },
      },
    });
  });

  it('accepts a PNG logo and refuses other files, oversized ones, and logos before the shop exists', async () => {
    const member = await joinedMember(api, president);
    const early = await upload(member, PNG, 'image/png', 'logo.png');
    expect(early.status).toBe(400);
    expect(await early.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'logo' }] });
    await member.ok(UPDATE_SHOP, { input: shop('Fleurs de Camille', 'FLORIST') });

    const ok = await upload(member, PNG, 'image/png', 'logo.png');
    expect(ok.status).toBe(200);
    const { logoUrl } = (await ok.json()) as { logoUrl: string };
    // Public on purpose (shop pages, widgets): named by the SHA-256 of its bytes, cached for a year, nosniff.
    expect(logoUrl).toBe(`/uploads/logos/${createHash('sha256').update(PNG).digest('hex')}.png`);
    const served = await fetch(`${api.url}${logoUrl}`);
    expect({
      status: served.status,
      type: served.headers.get('content-type'),
      cache: served.headers.get('cache-control'),
      sniff: served.headers.get('x-content-type-options'),
      etag: served.headers.get('etag'),
    }).toEqual({
      status: 200,
      type: 'image/png',
      cache: 'public, max-age=31536000, immutable',
      sniff: 'nosniff',
      etag: `"${createHash('sha256').update(PNG).digest('hex')}"`,
    });
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    for (const name of ['../../project-files/x.pdf', 'logo.svg', `${'0'.repeat(64)}.png`])
      expect((await fetch(`${api.url}/uploads/logos/${encodeURIComponent(name)}`)).status).toBe(404);
    expect(await member.ok(`{ myShop { logoUrl } }`)).toEqual({ myShop: { logoUrl } });

    const fake = await upload(member, Buffer.from('<script>alert(1)</script>'), 'image/png', 'logo.png');
    expect(fake.status).toBe(400);
    expect(await fake.json()).toMatchObject({
      message: 'Le fichier doit être une image PNG, JPEG ou WebP.',
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'logo', message: 'Le fichier doit être une image PNG, JPEG ou WebP.' }],
    });

    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    const tooBig = await upload(member, big, 'image/png', 'big.png');
    expect(tooBig.status).toBe(400);
    expect(((await tooBig.json()) as { fields: { message: string }[] }).fields[0].message).toBe(
      'Le fichier ne doit pas dépasser 2 Mo.',
    );
    expect(await member.ok(`{ myShop { logoUrl } }`)).toEqual({ myShop: { logoUrl } });

    const anonymous = await upload(api.client(), PNG, 'image/png', 'logo.png');
    expect(anonymous.status).toBe(401);
  });

  it('lets a consultant read the directory but not describe a shop', async () => {
    const consultant = await joinedMember(api, president, 'CONSULTANT', 'Sophie Durand');
    expect(
      (await consultant.ok<{ directory: { totalCount: number } }>(DIRECTORY, {})).directory.totalCount,
    ).toBeGreaterThan(1);
    expect((await consultant.fails(UPDATE_SHOP, { input: shop('Conseil', 'SERVICES') })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await api.dataSource.getRepository(ShopEntity).countBy({ name: 'Conseil' })).toBe(0);
  });
});
