import { TradeCategory } from '@assoc/directory-domain';
import { createAssociation, createTestApp, GraphqlClient, signedUpClient, TestApp } from '@assoc/platform-testing';
import { performance } from 'node:perf_hooks';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * The member directory at growth: one association at 1x the demo's size (16 members, 15 with a shop)
 * and one at 1,000x (16,000 members), in the same database, then timed pages over HTTP as each
 * association's president: the first page, a search, a trade filter and the next page. Prints p50/p95
 * per shape and scale, the 1,000x/1x ratio of p95 (issue 13: within 2x), and the plan of the first
 * page at 1,000x (it should walk directory_entries_sort, with no Sort over the association).
 * BENCH_DIRECTORY_SCALES=1,100,1000 picks the scales.
 */
const SCALES = (process.env['BENCH_DIRECTORY_SCALES'] ?? '1,1000').split(',').map(Number);
const RUNS = 60;

const trades = Object.values(TradeCategory);
const words = [
  'Épicerie',
  'Boulangerie',
  'Atelier',
  'Maison',
  'Comptoir',
  'Librairie',
  'Fleurs',
  'Crêperie',
  'Cycles',
  'Pressing',
];
const firstNames = ['Claire', 'Yann', 'Lucie', 'Marc', 'Nadia', 'Thomas', 'Amélie', 'Élodie', 'Hugo', 'Inès'];

/** `16 * scale` members, one in 16 without a shop, names and trades varied. */
async function seed(api: TestApp, associationId: string, scale: number): Promise<void> {
  await api.dataSource.query(
    `WITH people AS (
       INSERT INTO users (email, name, "passwordHash")
       SELECT 'bench-' || $2::int || '-' || g || '@example.fr', ($6::text[])[1 + g % 10] || ' Personne ' || g, 'x'
         FROM generate_series(1, $2::int * 16) g
       RETURNING id
     ), members AS (
       INSERT INTO memberships ("associationId", "userId", role) SELECT $1, id, 'MEMBER' FROM people RETURNING id
     ), numbered AS (SELECT id, row_number() over () AS n FROM members)
     INSERT INTO shops ("associationId", "membershipId", name, trade, address, postcode, town, "openingHours")
     SELECT $1, id, ($3::text[])[1 + n % 10] || ' ' || n, ($4::text[])[1 + n % $5::int]::trade_category,
            '1 rue du Marché', '35500', 'Vitré', '[]'::jsonb
       FROM numbered WHERE n % 16 <> 0`,
    [associationId, scale, words, trades, trades.length, firstNames],
  );
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const QUERY = `query($search: String, $trade: TradeCategory, $first: Int, $after: String) {
  directory(search: $search, trade: $trade, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id role user { id name } shop { id name trade town logoUrl } }
  }
}`;

describe('directory benchmark', () => {
  let api: TestApp;
  afterAll(() => api?.close());

  it('measures the directory at 1x and 1,000x members', async () => {
    api = await createTestApp(DOMAIN_MODULES);
    const presidents = new Map<number, { client: GraphqlClient; associationId: string }>();
    for (const scale of SCALES) {
      const client = await signedUpClient(api);
      const { associationId } = await createAssociation(client, `Association ×${scale}`);
      await seed(api, associationId, scale);
      presidents.set(scale, { client, associationId });
    }
    await api.dataSource.query('ANALYZE');
    const shapes: Record<string, Record<string, unknown>> = {
      'first page': { first: 20 },
      'search "epicerie"': { search: 'epicerie', first: 20 },
      'search "personne 12"': { search: 'personne 12', first: 20 },
      'trade filter': { trade: 'BAKERY', first: 20 },
    };
    const p95: Record<string, Record<number, number>> = {};
    const lines: string[] = [];
    for (const scale of SCALES) {
      const { client } = presidents.get(scale) as { client: GraphqlClient };
      const first = await client.ok<{ directory: { pageInfo: { endCursor: string } } }>(QUERY, { first: 20 });
      const all = { ...shapes, 'next page': { first: 20, after: first.directory.pageInfo.endCursor } };
      for (const [name, variables] of Object.entries(all)) {
        const times: number[] = [];
        for (let run = 0; run < 5; run++) await client.ok(QUERY, variables); // warm-up, not measured
        for (let run = 0; run < RUNS; run++) {
          const started = performance.now();
          await client.ok(QUERY, variables);
          times.push(performance.now() - started);
        }
        (p95[name] ??= {})[scale] = percentile(times, 95);
        lines.push(
          `${`${scale}x`.padEnd(6)} ${name.padEnd(22)} p50 ${percentile(times, 50).toFixed(1)} ms   p95 ${percentile(times, 95).toFixed(1)} ms`,
        );
      }
    }
    const [low, high] = [Math.min(...SCALES), Math.max(...SCALES)];
    const ratios = Object.entries(p95).map(
      ([name, byScale]) => `${name.padEnd(22)} p95 ${high}x / ${low}x = ${(byScale[high] / byScale[low]).toFixed(2)}`,
    );
    const { associationId } = presidents.get(high) as { associationId: string };
    const rows = (await api.dataSource
      .query(
        `EXPLAIN SELECT d."membershipId" FROM directory_entries d WHERE d."associationId" = $1 ORDER BY d."sortKey", d."membershipId" LIMIT 21`,
        [associationId],
      )
      .catch(() => [{ 'QUERY PLAN': '(no directory_entries table)' }])) as { 'QUERY PLAN': string }[];
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    process.stdout.write(
      `\nDirectory at ${SCALES.map((s) => `${s * 16} members`).join(' and ')}, ${RUNS} runs each:\n${lines.join('\n')}\n${ratios.join('\n')}\nFirst page's plan at ${high}x:\n${plan}\n`,
    );
    expect(lines).toHaveLength(SCALES.length * 5);
  });
});
