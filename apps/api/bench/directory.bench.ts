import { TradeCategory } from '@assoc/directory-domain';
import { createAssociation, createTestApp, signedUpClient, TestApp } from '@assoc/platform-testing';
import { performance } from 'node:perf_hooks';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * Directory search at scale: 40 associations of 250 members each (10,000 members, 10,000 shops),
 * then timed searches over HTTP as one president. Prints p50/p95 per query shape.
 */
const ASSOCIATIONS = 40;
const MEMBERS = 250;
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

async function seed(api: TestApp, associationId: string, offset: number): Promise<void> {
  await api.dataSource.query(
    `WITH people AS (
       INSERT INTO users (email, name, "passwordHash")
       SELECT 'bench-' || $2::int || '-' || g || '@example.fr', 'Personne ' || g, 'x' FROM generate_series(1, $3::int) g
       RETURNING id, name
     ), members AS (
       INSERT INTO memberships ("associationId", "userId", role) SELECT $1, id, 'MEMBER' FROM people RETURNING id
     )
     INSERT INTO shops ("associationId", "membershipId", name, trade, address, postcode, town, "openingHours")
     SELECT $1, m.id, ($4::text[])[1 + (row_number() over ()) % 10] || ' ' || (row_number() over ()), ($5::text[])[1 + (row_number() over ()) % $6::int]::trade_category,
            '1 rue du Marché', '35500', 'Vitré', '[]'::jsonb
     FROM members m`,
    [associationId, offset, MEMBERS, words, trades, trades.length],
  );
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

describe('directory benchmark', () => {
  let api: TestApp;
  afterAll(() => api?.close());

  it('measures search latency over 10,000 members', async () => {
    api = await createTestApp(DOMAIN_MODULES);
    let president = await signedUpClient(api);
    for (let i = 0; i < ASSOCIATIONS; i++) {
      president = i === 0 ? president : await signedUpClient(api);
      const { associationId } = await createAssociation(president, `Association ${i}`);
      await seed(api, associationId, i);
    }
    await api.dataSource.query('ANALYZE');
    const shapes: Record<string, Record<string, unknown>> = {
      'first page': { first: 20 },
      'search "epicerie"': { search: 'epicerie', first: 20 },
      'search "personne 12"': { search: 'personne 12', first: 20 },
      'trade filter': { trade: 'BAKERY', first: 20 },
    };
    const query = `query($search: String, $trade: TradeCategory, $first: Int) { directory(search: $search, trade: $trade, first: $first) { totalCount nodes { id user { name } shop { name } } } }`;
    const lines: string[] = [];
    for (const [name, variables] of Object.entries(shapes)) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        await president.ok(query, variables);
        times.push(performance.now() - started);
      }
      lines.push(
        `${name.padEnd(24)} p50 ${percentile(times, 50).toFixed(1)} ms   p95 ${percentile(times, 95).toFixed(1)} ms`,
      );
    }
    process.stdout.write(
      `\nDirectory, ${ASSOCIATIONS * MEMBERS} members in ${ASSOCIATIONS} associations, ${RUNS} runs each:\n${lines.join('\n')}\n`,
    );
    expect(lines).toHaveLength(4);
  });
});
