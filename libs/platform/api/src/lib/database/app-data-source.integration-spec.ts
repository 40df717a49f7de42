import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { AppDataSource } from './app-data-source';

const url = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** A table of this run only (the database is shared). */
const SHOPS = `app_data_source_shops_${process.pid}`;

@Entity(SHOPS)
class Shop {
  @PrimaryColumn('int') id!: number;
  @Column('text') name!: string;
}

/** Rows joined by a name that is not an entity, as the directory joins its entries. */
const TAGS = `(SELECT * FROM (VALUES (1, 'bakery'), (2, 'florist'), (2, 'gifts')) AS t ("shopId", tag))`;

describe('AppDataSource: the entity look-up remembered, the same answers as TypeORM', () => {
  let plain: DataSource;
  let app: AppDataSource;

  beforeAll(async () => {
    const options = { type: 'postgres' as const, url, entities: [Shop] };
    [plain, app] = await Promise.all([new DataSource(options).initialize(), new AppDataSource(options).initialize()]);
    await app.query(`CREATE TABLE "${SHOPS}" (id int PRIMARY KEY, name text NOT NULL)`);
    await app.query(`INSERT INTO "${SHOPS}" VALUES (1, 'Ker Breizh'), (2, 'Les Fleurs'), (3, 'Sans étiquette')`);
  });

  afterAll(async () => {
    await app.query(`DROP TABLE IF EXISTS "${SHOPS}"`);
    await Promise.all([plain.destroy(), app.destroy()]);
  });

  it('finds an entity by class and by name, and none for another name, every time', () => {
    for (let i = 0; i < 2; i++) {
      expect(app.getMetadata(Shop)).toBe(app.getMetadata(SHOPS));
      expect(app.hasMetadata('Shop')).toBe(true);
      expect(app.hasMetadata('directory_entries')).toBe(false);
    }
    expect(() => app.getMetadata('directory_entries')).toThrow(/No metadata/);
  });

  it('turns rows joined to a table by name into the same entities and raw rows', async () => {
    const page = (source: DataSource) =>
      source
        .createQueryBuilder(Shop, 's')
        .innerJoin(TAGS, 't', 't."shopId" = s.id')
        .addSelect('t.tag', 'tag')
        .orderBy('s.id')
        .addOrderBy('t.tag')
        .getRawAndEntities();
    const [expected, got] = [await page(plain), await page(app)];
    expect(got).toEqual(expected);
    expect(got.entities.map((s) => s.name)).toEqual(['Ker Breizh', 'Les Fleurs']);
    expect(got.raw.map((r: { tag: string }) => r.tag)).toEqual(['bakery', 'florist', 'gifts']);
  });
});
