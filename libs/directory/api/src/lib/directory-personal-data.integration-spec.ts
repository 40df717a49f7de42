import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import { DataPart, FileStore, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { createHash } from 'node:crypto';
import { DirectoryModule } from '../index';
import { ShopEntity } from './shop.entity';

const UPDATE_SHOP = `mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`;
const DIRECTORY = `query($search: String) { directory(search: $search) { totalCount nodes { user { name } shop { name } } } }`;

// The smallest valid PNG (1x1 pixel); bytes after its end make another file (logos are named by their bytes).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const MARIE_PNG = Buffer.concat([PNG, Buffer.from('marie')]);
const logoKey = (bytes: Buffer) => `uploads/logos/${createHash('sha256').update(bytes).digest('hex')}.png`;

async function shopWithLogo(client: GraphqlClient, name: string, logo: Buffer): Promise<string> {
  const { updateMyShop } = await client.ok<{ updateMyShop: { id: string } }>(UPDATE_SHOP, {
    input: {
      name,
      trade: 'FOOD',
      address: '12 rue Notre-Dame',
      postcode: '35500',
      town: 'Vitré',
      phone: '02 99 00 00 00',
      website: 'https://example.fr',
      description: `${name}, depuis 1990`,
      openingHours: [{ day: 'SATURDAY', periods: [{ opens: '09:00', closes: '12:30' }] }],
    },
  });
  const form = new FormData();
  form.append('logo', new Blob([new Uint8Array(logo)], { type: 'image/png' }), 'logo.png');
  const response = await client.fetch('/api/shops/mine/logo', { method: 'POST', body: form });
  expect(response.status).toBe(200);
  return updateMyShop.id;
}

const rows = (part: DataPart, name: string) => {
  const found = part.sections.find((s) => s.name === name);
  if (!found) throw new Error(`no section ${name}`);
  for (const row of found.rows) expect(Object.keys(row).sort()).toEqual([...found.columns].sort());
  return found.rows;
};

describe('the personal data of the directory (issue 25)', () => {
  let api: TestApp;
  let source: (domain: string) => PersonalDataSource;
  let files: FileStore;
  let president: GraphqlClient;
  let a: string;
  let b: string;
  let marie: Subject;
  let marieShop: string;
  let paulShop: string;
  let bernardShop: string;
  type Subject = PersonSubject & { client: GraphqlClient };

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, DirectoryModule]);
    const registry = api.app.get(PersonalData);
    source = (domain) => registry.sources().find((s) => s.domain === domain) as PersonalDataSource;
    files = api.app.get(FileStore);
    president = await signedUpClient(api, 'Claire Président');
    a = (await createAssociation(president, 'Les Vitrines de Vitré')).associationId;
    const marieClient = await joinedMember(api, president, 'MEMBER', 'Marie Curieux');
    const paul = await joinedMember(api, president, 'MEMBER', 'Paul Voisin');
    const bernard = await signedUpClient(api, 'Bernard Ailleurs');
    b = (await createAssociation(bernard, 'Commerces de Fougères')).associationId;
    marieShop = await shopWithLogo(marieClient, 'Chez Marie', MARIE_PNG);
    paulShop = await shopWithLogo(paul, 'Quincaillerie Paul', PNG);
    // Bernard's shop, in B, happens to use the same image as Marie's: one stored file for both.
    bernardShop = await shopWithLogo(bernard, 'Fromagerie Bernard', MARIE_PNG);
    marie = { userId: marieClient.userId, associationIds: [a], client: marieClient };
  });
  afterAll(() => api.close());

  it('exports the person’s shop, every field, and its logo as a stored file; nothing of another shop', async () => {
    const part = await source('directory').exportPerson(marie, api.dataSource.manager);
    expect(rows(part, 'directory-shops')).toEqual([
      {
        association: 'Les Vitrines de Vitré',
        shopId: marieShop,
        name: 'Chez Marie',
        trade: 'FOOD',
        address: '12 rue Notre-Dame',
        postcode: '35500',
        town: 'Vitré',
        phone: '02 99 00 00 00',
        website: 'https://example.fr',
        description: 'Chez Marie, depuis 1990',
        openingHours: JSON.stringify([{ day: 'SATURDAY', periods: [{ opens: '09:00', closes: '12:30' }] }]),
        logo: `files/directory/${marieShop}-logo.png`,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
    expect(part.files).toEqual([{ path: `files/directory/${marieShop}-logo.png`, key: logoKey(MARIE_PNG) }]);
    expect(await files.get(logoKey(MARIE_PNG))).not.toBeNull();
    expect(JSON.stringify(part)).not.toMatch(/Paul|Bernard|Fougères/);
  });

  it('exports an association’s shops and logos only', async () => {
    const part = await source('directory').exportAssociation(a, api.dataSource.manager);
    expect(
      rows(part, 'directory-shops')
        .map((r) => r['name'])
        .sort(),
    ).toEqual(['Chez Marie', 'Quincaillerie Paul']);
    expect(part.files?.map((f) => f.key).sort()).toEqual([logoKey(MARIE_PNG), logoKey(PNG)].sort());
    expect(JSON.stringify(part)).not.toMatch(/Bernard|Fougères/);
  });

  it('erases the person: the shop leaves the directory and search, its contact details go, the row stays', async () => {
    expect(await president.ok(DIRECTORY, { search: 'Chez Marie' })).toMatchObject({ directory: { totalCount: 1 } });
    // As the closing does: every source in one transaction (the membership ends in the associations domain).
    await api.dataSource.transaction(async (manager) => {
      await source('associations').erasePerson(marie, manager);
      await source('directory').erasePerson(marie, manager);
    });
    expect(await president.ok(DIRECTORY, { search: 'Chez Marie' })).toMatchObject({ directory: { totalCount: 0 } });
    expect(await president.ok(DIRECTORY, { search: '1990' })).toMatchObject({
      directory: { totalCount: 1, nodes: [{ shop: { name: 'Quincaillerie Paul' } }] },
    });
    const shop = await api.dataSource.manager.findOneByOrFail(ShopEntity, { id: marieShop });
    expect(shop).toMatchObject({
      name: 'Chez Marie',
      trade: 'FOOD',
      town: 'Vitré',
      address: '',
      phone: null,
      website: null,
      description: null,
      logoFile: null,
      openingHours: [],
    });
    // Paul's and Bernard's shops are untouched; the image stays while Bernard's shop shows it.
    expect(await api.dataSource.manager.findOneByOrFail(ShopEntity, { id: paulShop })).toMatchObject({
      phone: '02 99 00 00 00',
      logoFile: expect.any(String),
    });
    expect(await api.dataSource.manager.findOneByOrFail(ShopEntity, { id: bernardShop })).toMatchObject({
      description: 'Fromagerie Bernard, depuis 1990',
    });
    expect(await files.get(logoKey(MARIE_PNG))).not.toBeNull();
    const after = await source('directory').exportPerson(marie, api.dataSource.manager);
    expect(after.files).toEqual([]);
  });

  it('deletes a logo no shop shows any more once the erasure commits, never when it rolls back', async () => {
    await expect(
      api.dataSource.transaction(async (manager) => {
        await source('directory').eraseAssociation(b, manager);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await files.get(logoKey(MARIE_PNG))).not.toBeNull();
    expect(await api.dataSource.manager.findOneByOrFail(ShopEntity, { id: bernardShop })).toMatchObject({
      phone: '02 99 00 00 00',
    });

    await api.dataSource.transaction((manager) => source('directory').eraseAssociation(b, manager));
    expect(await files.get(logoKey(MARIE_PNG))).toBeNull();
    expect(await api.dataSource.manager.findOneByOrFail(ShopEntity, { id: bernardShop })).toMatchObject({
      name: 'Fromagerie Bernard',
      phone: null,
      logoFile: null,
    });
    // A's shops and Paul's logo are untouched.
    expect(await files.get(logoKey(PNG))).not.toBeNull();
    expect(await api.dataSource.manager.findOneByOrFail(ShopEntity, { id: paulShop })).toMatchObject({
      phone: '02 99 00 00 00',
    });
  });

  it('leaves no shop details of theirs when they save their shop while their account is being closed', async () => {
    const late = await joinedMember(api, president, 'MEMBER', 'Léa Tardive');
    const lateShop = await shopWithLogo(late, 'Chez Léa', PNG);
    const subject = {
      userId: late.userId,
      associationIds: [a],
    };
    const runner = api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await source('associations').erasePerson(subject, runner.manager);
      await source('directory').erasePerson(subject, runner.manager);
      const saving = late.request(UPDATE_SHOP, {
        input: {
          name: 'Chez Léa',
          trade: 'FOOD',
          address: '1 rue Neuve',
          postcode: '35500',
          town: 'Vitré',
          phone: '02 99 11 22 33',
          openingHours: [],
        },
      });
      // The save waits for the membership's row (a condition polled, not a sleep), unless it was answered at once.
      let answered = false;
      void saving.finally(() => (answered = true));
      for (let waiting = 0; waiting < 1 && !answered;) {
        [{ waiting }] = await api.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      }
      expect(answered).toBe(false);
      await runner.commitTransaction();
      expect((await saving).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await api.dataSource.manager.findOneByOrFail(ShopEntity, { id: lateShop })).toMatchObject({
      address: '',
      phone: null,
      logoFile: null,
    });
  });
});
