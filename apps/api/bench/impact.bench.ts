import { createAssociation, createTestApp, GraphqlClient, signedUpClient, TestApp } from '@assoc/platform-testing';
import { performance } from 'node:perf_hooks';
import { DOMAIN_MODULES } from '../src/app.module';

/**
 * The impact dashboard at ten times the demo association, among many: 21 associations each with 160
 * members and shops and a year of records (3,000 posts, 6,000 comments, 10,000 reactions, 10 campaigns
 * with 150 offers, 5,000 vouchers and 3,000 redemptions, 20 cashmobs with 600 sign-ups, 30 funded
 * projects with 240 shares) — about 600,000 rows in all. Then timed dashboards over HTTP as one
 * president, for a month, a quarter and a year, and a shop's comparison. Prints p50/p95.
 */
const ASSOCIATIONS = 21;
const MEMBERS = 160;
const RUNS = 40;

async function seed(api: TestApp, associationId: string, offset: number): Promise<void> {
  const q = (sql: string) => api.dataSource.query(sql, [associationId]);
  await api.dataSource.query(
    `WITH people AS (
       INSERT INTO users (email, name, "passwordHash") SELECT 'impact-' || $2::int || '-' || g || '@example.fr', 'Personne ' || g, 'x' FROM generate_series(1, $3::int) g RETURNING id
     ), members AS (
       INSERT INTO memberships ("associationId", "userId", role, "createdAt") SELECT $1, id, 'MEMBER', now() - (random() * 400) * interval '1 day' FROM people RETURNING id
     )
     INSERT INTO shops ("associationId", "membershipId", name, trade, address, postcode, town, "openingHours")
     SELECT $1, id, 'Boutique ' || row_number() over (), 'FOOD', '1 rue du Marché', '35500', 'Vitré', '[]'::jsonb FROM members`,
    [associationId, offset, MEMBERS],
  );
  const m = `m AS (SELECT array_agg(id) AS ids FROM memberships WHERE "associationId" = $1)`;
  const ago = (g: string) => `now() - ((${g}) % 365) * interval '1 day' - ((${g}) % 24) * interval '1 hour'`;
  await q(
    `WITH ${m} INSERT INTO posts ("associationId", "authorMembershipId", text, "createdAt") SELECT $1, m.ids[1 + g % array_length(m.ids, 1)], 'Bonjour à tous', ${ago('g')} FROM m, generate_series(1, 3000) g`,
  );
  const p = `p AS (SELECT array_agg(id) AS ids FROM posts WHERE "associationId" = $1)`;
  await q(
    `WITH ${m}, ${p} INSERT INTO comments ("associationId", "postId", "authorMembershipId", text, "createdAt") SELECT $1, p.ids[1 + g % array_length(p.ids, 1)], m.ids[1 + g % array_length(m.ids, 1)], 'Oui', ${ago('g')} FROM m, p, generate_series(1, 6000) g`,
  );
  await q(
    `WITH ${m}, ${p} INSERT INTO post_reactions ("associationId", "postId", "membershipId", emoji, "createdAt")
     SELECT $1, p.ids[1 + g % array_length(p.ids, 1)], m.ids[1 + (g / array_length(p.ids, 1)) % array_length(m.ids, 1)], 'HEART', ${ago('g')} FROM m, p, generate_series(0, 9999) g`,
  );
  await q(
    `WITH ${m} INSERT INTO campaigns ("associationId", "createdByMembershipId", title, "startsAt", "endsAt", "enrolmentDeadline", channels, status, slug, "createdAt")
     SELECT $1, m.ids[1], 'Temps fort ' || g, now() - (g * 36) * interval '1 day', now() - (g * 36 - 14) * interval '1 day', now() - (g * 36 + 5) * interval '1 day', 'BOTH', 'FINISHED', md5($1::text || g), now() - (g * 36 + 20) * interval '1 day'
     FROM m, generate_series(1, 10) g`,
  );
  await q(
    `INSERT INTO campaign_offers ("associationId", "campaignId", "shopId", "ownerMembershipId", kind, "percentOff", status, code, "createdAt")
     SELECT $1, c.id, s.id, s."membershipId", 'PERCENT_OFF', 10, 'APPROVED', md5(c.id::text || s.id::text), c."createdAt"
     FROM campaigns c CROSS JOIN LATERAL (SELECT id, "membershipId" FROM shops WHERE "associationId" = $1 ORDER BY id LIMIT 15) s WHERE c."associationId" = $1`,
  );
  const o = `o AS (SELECT id, "campaignId", "shopId", "ownerMembershipId", row_number() over (ORDER BY id) - 1 AS i FROM campaign_offers WHERE "associationId" = $1), c AS (SELECT count(*) AS n FROM o)`;
  await q(
    `WITH ${o} INSERT INTO campaign_vouchers ("associationId", "campaignId", "offerId", "shopId", code, "createdAt") SELECT $1, o."campaignId", o.id, o."shopId", md5($1::text || 'v' || g), ${ago('g')} FROM generate_series(1, 5000) g CROSS JOIN c JOIN o ON o.i = g % c.n`,
  );
  await q(
    `WITH ${o} INSERT INTO campaign_redemptions ("associationId", "campaignId", "offerId", "shopId", "membershipId", "basketCents", "createdAt") SELECT $1, o."campaignId", o.id, o."shopId", o."ownerMembershipId", 1000 + g % 5000, ${ago('g')} FROM generate_series(1, 3000) g CROSS JOIN c JOIN o ON o.i = g % c.n`,
  );
  await q(
    `WITH s AS (SELECT id, "membershipId", row_number() over (ORDER BY id) AS i FROM shops WHERE "associationId" = $1)
     INSERT INTO cashmobs ("associationId", "shopId", "hostMembershipId", "organiserMembershipId", status, "startsAt", "endsAt", "meetingPoint", "spendMinCents", "spendMaxCents", slug, "revenueCents", "ordinaryRevenueCents", "createdAt")
     SELECT $1, s.id, s."membershipId", s."membershipId", 'COMPLETED', now() - (s.i * 18) * interval '1 day', now() - (s.i * 18) * interval '1 day' + interval '2 hours', 'Place', 1000, 3000, md5($1::text || 'c' || s.i), 150000 + s.i * 1000, 80000, now() - (s.i * 18 + 20) * interval '1 day'
     FROM s WHERE s.i <= 20`,
  );
  await q(
    `INSERT INTO cashmob_sign_ups ("associationId", "cashmobId", status, position, locale, "checkedInAt") SELECT $1, c.id, 'CONFIRMED', g, 'FR', CASE WHEN g % 5 = 0 THEN NULL ELSE c."startsAt" END FROM cashmobs c, generate_series(1, 30) g WHERE c."associationId" = $1`,
  );
  await q(
    `WITH ${m} INSERT INTO projects ("associationId", title, category, status, "splitRule", "authorMembershipId", "frozenAt", "createdAt")
     SELECT $1, 'Projet ' || g, 'COMMUNICATION', 'ACTIVE', '{"kind":"EQUAL"}', m.ids[1], now() - (g * 12) * interval '1 day', now() - (g * 12 + 30) * interval '1 day' FROM m, generate_series(1, 30) g`,
  );
  await q(
    `INSERT INTO project_budget_lines ("associationId", "projectId", position, label, quantity, "unitPriceCents", "vatRateBp", "soloPriceCents") SELECT $1, id, 0, 'Ligne', 1, 80000, 2000, 20000 FROM projects WHERE "associationId" = $1`,
  );
  await q(
    `INSERT INTO project_participants ("associationId", "projectId", "membershipId", "shareCents", "createdAt")
     SELECT $1, p.id, s."membershipId", 12000, p."createdAt" FROM projects p CROSS JOIN LATERAL (SELECT "membershipId" FROM shops WHERE "associationId" = $1 ORDER BY md5(p.id::text || id::text) LIMIT 8) s WHERE p."associationId" = $1`,
  );
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const DASHBOARD = `query($period: ImpactPeriodInput!) { impactDashboard(period: $period) {
  members { total active } projects { byStatus { status count } pooledCents savedCents byMember { name pooledCents } }
  campaigns { vouchers redemptions basketCents byShop { shopName vouchers } } cashmobs { count upliftBp } network { posts }
  series { day members activeMembers posts comments reactions vouchers redemptions } } }`;
const SHOP = `query($period: ImpactPeriodInput!) { shopImpact(period: $period) { figures { metric own median } } }`;

describe('impact dashboard benchmark', () => {
  let api: TestApp;
  afterAll(() => api?.close());

  it('measures the dashboard at ten times the demo association, among 21', async () => {
    api = await createTestApp(DOMAIN_MODULES);
    let measured: GraphqlClient | null = null;
    const started = performance.now();
    for (let i = 0; i < ASSOCIATIONS; i++) {
      const president = await signedUpClient(api);
      const { associationId, membershipId } = await createAssociation(president, `Association ${i}`);
      await seed(api, associationId, i);
      if (i === 0) {
        // The president keeps a shop, for the shop comparison.
        await api.dataSource.query(
          `UPDATE shops SET "membershipId" = $1 WHERE id = (SELECT id FROM shops WHERE "associationId" = $2 ORDER BY id LIMIT 1)`,
          [membershipId, associationId],
        );
        measured = president;
      }
    }
    await api.dataSource.query('ANALYZE');
    const [{ rows }] = await api.dataSource.query(
      `SELECT (SELECT count(*) FROM posts) + (SELECT count(*) FROM comments) + (SELECT count(*) FROM post_reactions) + (SELECT count(*) FROM campaign_vouchers) + (SELECT count(*) FROM campaign_redemptions) + (SELECT count(*) FROM cashmob_sign_ups) + (SELECT count(*) FROM project_participants) + (SELECT count(*) FROM memberships) AS rows`,
    );
    const client = measured as unknown as GraphqlClient;
    const today = new Date().toISOString().slice(0, 10);
    const shapes: [string, string, Record<string, unknown>][] = [
      ['dashboard, one month', DASHBOARD, { period: { kind: 'MONTH', from: today } }],
      ['dashboard, one quarter', DASHBOARD, { period: { kind: 'QUARTER', from: today } }],
      ['dashboard, one year', DASHBOARD, { period: { kind: 'YEAR', from: today } }],
      [
        'dashboard, 365 days',
        DASHBOARD,
        {
          period: {
            kind: 'CUSTOM',
            from: new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10),
            to: today,
          },
        },
      ],
      ['shop vs median, one year', SHOP, { period: { kind: 'YEAR', from: today } }],
    ];
    const lines: string[] = [];
    for (const [name, query, variables] of shapes) {
      await client.ok(query, variables);
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const t = performance.now();
        await client.ok(query, variables);
        times.push(performance.now() - t);
      }
      lines.push(
        `${name.padEnd(28)} p50 ${percentile(times, 50).toFixed(1)} ms   p95 ${percentile(times, 95).toFixed(1)} ms`,
      );
    }
    process.stdout.write(
      `\nImpact dashboard, ${ASSOCIATIONS} associations, ${Number(rows).toLocaleString('en')} counted rows (seeded in ${((performance.now() - started) / 1000).toFixed(0)} s), ${RUNS} runs each:\n${lines.join('\n')}\n`,
    );
    expect(lines).toHaveLength(5);
  });
});
