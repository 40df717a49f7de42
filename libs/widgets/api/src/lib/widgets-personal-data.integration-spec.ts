import { DataPart, FileStore, PersonalData, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import { CREATE_PRODUCT, createWidget, Member, widgetsWorld, World } from './widgets-test-helpers';

const rows = (part: DataPart, name: string) => part.sections.find((s) => s.name === name)?.rows ?? [];
const text = (part: DataPart) => JSON.stringify(part);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('the widgets’ personal data (issue 25): featured products exported and erased, widgets kept', () => {
  let world: World;
  let worldB: World;
  let person: Member;
  let source: PersonalDataSource;
  let subject: PersonSubject;
  let photo: string;

  const userOf = async (membershipId: string): Promise<string> =>
    (await world.api.dataSource.query(`SELECT "userId" FROM memberships WHERE id = $1`, [membershipId]))[0].userId;
  const product = async (m: Member, name: string): Promise<string> =>
    (
      await m.ok<{ createFeaturedProduct: { id: string } }>(CREATE_PRODUCT, {
        input: { name, priceCents: 1250, text: `${name} maison` },
      })
    ).createFeaturedProduct.id;
  const withPhoto = async (m: Member, id: string): Promise<string> => {
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'photo.png');
    const response = await m.fetch(`/api/widgets/products/${id}/photo`, { method: 'POST', body: form });
    expect(response.status).toBeLessThan(300);
    const [{ photoFile }] = await world.api.dataSource.query(
      `SELECT "photoFile" FROM featured_products WHERE id = $1`,
      [id],
    );
    return photoFile;
  };
  const stored = async (file: string) => !!(await world.api.app.get(FileStore).get(`uploads/products/${file}`));

  beforeAll(async () => {
    world = await widgetsWorld(3);
    person = world.shops[0];
    source = world.api.app
      .get(PersonalData)
      .sources()
      .find((s) => s.domain === 'widgets') as PersonalDataSource;
    photo = await withPhoto(person, await product(person, 'Galette'));
    await product(person, 'Far breton');
    await product(world.shops[1], 'Cidre');
    await product(world.shops[2], 'Kouign-amann');
    await createWidget(world.president, { name: 'Widget du blog' });
    worldB = await widgetsWorld(1, world.api, 'Commerces de Fougères');
    await product(worldB.shops[0], 'Andouille');
    subject = { userId: await userOf(person.membershipId), associationIds: [world.associationId] };
  });
  afterAll(() => world.api.close());

  it('exports their shop’s featured products with the photo file, nothing of another shop or association', async () => {
    const part = await source.exportPerson(subject, world.api.dataSource.manager);
    expect(rows(part, 'widgets-featured-products').map((p) => p['name'])).toEqual(['Galette', 'Far breton']);
    expect(rows(part, 'widgets-featured-products')[0]).toMatchObject({ price_cents: 1250, text: 'Galette maison' });
    expect(part.files).toEqual([
      { path: expect.stringMatching(/^files\/widgets\/.+\.png$/), key: `uploads/products/${photo}` },
    ]);
    for (const s of part.sections) for (const row of s.rows) expect(Object.keys(row)).toEqual([...s.columns]);
    expect(text(part)).not.toContain('Cidre');
    expect(text(part)).not.toContain('Andouille');
    expect(text(part)).not.toContain('Widget du blog');
  });

  it('exports the association’s widgets and every shop’s products, nothing of another association', async () => {
    const part = await source.exportAssociation(world.associationId, world.api.dataSource.manager);
    for (const s of part.sections) for (const row of s.rows) expect(Object.keys(row)).toEqual([...s.columns]);
    expect(rows(part, 'widgets-widgets')).toEqual([
      expect.objectContaining({ name: 'Widget du blog', created_by: 'Claire Martin' }),
    ]);
    expect(
      rows(part, 'widgets-featured-products')
        .map((p) => p['name'])
        .sort(),
    ).toEqual(['Cidre', 'Far breton', 'Galette', 'Kouign-amann']);
    expect(text(part)).not.toContain('Andouille');
  });

  it('erases their products and the photo once committed (not on a rollback); others and the widget stay', async () => {
    await world.api.dataSource
      .transaction(async (manager) => {
        await source.erasePerson(subject, manager);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await stored(photo)).toBe(true);
    expect(
      rows(await source.exportPerson(subject, world.api.dataSource.manager), 'widgets-featured-products'),
    ).toHaveLength(2);

    await world.api.dataSource.transaction((manager) => source.erasePerson(subject, manager));
    expect(rows(await source.exportPerson(subject, world.api.dataSource.manager), 'widgets-featured-products')).toEqual(
      [],
    );
    expect(await stored(photo)).toBe(false);
    const left = await world.api.dataSource.query(`SELECT name FROM featured_products ORDER BY name`);
    expect(left.map((p: { name: string }) => p.name)).toEqual(['Andouille', 'Cidre', 'Kouign-amann']);
    expect(await world.api.dataSource.query(`SELECT count(*)::int AS n FROM widgets`)).toEqual([{ n: 1 }]);
  });

  it('adds no product of theirs while their account is being closed', async () => {
    const late = world.shops[1];
    const lateSubject = { ...subject, userId: await userOf(late.membershipId) };
    const runner = world.api.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // As the associations' source does first in the closing transaction: the membership locked, then ended.
      await runner.query(`SELECT 1 FROM memberships WHERE id = $1 FOR UPDATE`, [late.membershipId]);
      await source.erasePerson(lateSubject, runner.manager);
      const adding = late.request(CREATE_PRODUCT, { input: { name: 'Pommeau', text: '' } });
      for (let waiting = 0; waiting < 1;) {
        [{ waiting }] = await world.api.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      }
      await runner.query(`UPDATE memberships SET "removedAt" = now() WHERE id = $1`, [late.membershipId]);
      await runner.commitTransaction();
      expect((await adding).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    const left = await world.api.dataSource.query(`SELECT name FROM featured_products ORDER BY name`);
    expect(left.map((p: { name: string }) => p.name)).toEqual(['Andouille', 'Kouign-amann']);
  });

  it('erases a closed association’s products, not another’s', async () => {
    await world.api.dataSource.transaction((manager) => source.eraseAssociation(world.associationId, manager));
    const left = await world.api.dataSource.query(`SELECT "associationId", name FROM featured_products`);
    expect(left).toEqual([{ associationId: worldB.associationId, name: 'Andouille' }]);
  });
});
