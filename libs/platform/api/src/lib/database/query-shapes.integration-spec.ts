import { DataSource } from 'typeorm';
import { QueryShapes } from './query-shapes';

const url = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Rows of (name, kind, size), as a query builder's source. */
const ROWS = `(SELECT * FROM (VALUES ('apple', 'fruit', 3), ('leek', 'vegetable', 5), ('pear', 'fruit', 4), ('kale', 'vegetable', 2)) AS r (name, kind, size))`;

describe('QueryShapes: a builder shape SQL built once, the same rows as TypeORM', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource({ type: 'postgres', url }).initialize();
  });

  afterAll(() => dataSource.destroy());

  // Parameters declared in another order than the SQL uses them (kind, then min), one of them twice.
  const query = (kind: string, min: number) =>
    dataSource
      .createQueryBuilder()
      .setParameters({ kind, min })
      .select('v.name', 'name')
      .from(ROWS, 'v')
      .where('v.size >= :min')
      .andWhere('(v.kind = :kind OR (v.kind <> :kind AND v.size > :min + 2))')
      .orderBy('v.name');

  it('answers each run with its own parameter values, as getRawMany does', async () => {
    const shapes = new QueryShapes();
    for (const [kind, min] of [
      ['fruit', 1],
      ['vegetable', 3],
      ['fruit', 4],
      ['vegetable', 0],
    ] as const) {
      const expected = await query(kind, min).getRawMany();
      expect(await shapes.rawMany('by kind', query(kind, min))).toEqual(expected);
    }
    expect(await shapes.rawOne('by kind', query('vegetable', 3))).toEqual({ name: 'leek' });
  });

  it('runs a builder with a spread list through TypeORM (the list changes the SQL)', async () => {
    const shapes = new QueryShapes();
    const named = (names: string[]) =>
      dataSource
        .createQueryBuilder()
        .select('v.name', 'name')
        .from(ROWS, 'v')
        .where('v.name IN (:...names)', { names });
    expect(await shapes.rawMany('named', named(['leek']))).toEqual([{ name: 'leek' }]);
    expect(await shapes.rawMany('named', named(['kale', 'pear']))).toHaveLength(2);
  });

  it("runs a transaction's builder inside that transaction", async () => {
    const shapes = new QueryShapes();
    const seen = await dataSource.transaction(async (manager) => {
      await manager.query(`CREATE TEMP TABLE shapes_t (n int) ON COMMIT DROP`);
      await manager.query(`INSERT INTO shapes_t VALUES (1), (2), (3)`);
      return shapes.rawMany<{ n: number }>(
        'temp',
        manager.createQueryBuilder().select('t.n', 'n').from('shapes_t', 't').where('t.n > :n', { n: 1 }),
      );
    });
    expect(seen).toEqual([{ n: 2 }, { n: 3 }]);
  });
});
