import { DataSource } from 'typeorm';

/**
 * A benchmark association at `scale` times the demo (Les Vitrines de Vitré: 16 members, 15 shops, a
 * few posts, one campaign, a cashmob or two, meetings, featured products and a blog widget), made in
 * a few bulk `INSERT … SELECT generate_series` statements (1,000x: about 16,000 members and 4,000
 * posts in a few seconds).
 *
 * Per unit of scale: 16 members (one in 16 since removed) joined over the last 400 days, 15 shops
 * (names, trades and towns varied), 4 posts, 8 comments and 12 reactions over 400 days, 6 approved
 * offers, 20 vouchers and 10 redemptions, 2 cashmobs, 2 meetings and 3 featured products. Dated
 * records keep the demo's rhythm and reach further into the past and future as the scale grows (a
 * campaign a month, a cashmob and a meeting every few days): a month of the calendar holds about as
 * many events at every scale, while the history it must skip grows. The newest campaign is running
 * and takes half of the offers, so the widget's candidates grow with the scale.
 */
export interface GrowthData {
  associationId: string;
  presidentMembershipId: string;
  widgetId: string;
}

const FIRST = [
  'Claire',
  'Yann',
  'Lucie',
  'Marc',
  'Nadia',
  'Thomas',
  'Amélie',
  'Élodie',
  'Hugo',
  'Inès',
  'Gaëlle',
  'Bruno',
];
const LAST = [
  'Martin',
  'Lebreton',
  'Gautier',
  'Pinel',
  'Benali',
  'Rault',
  'Roux',
  'Moreau',
  'Guérin',
  'Lefèvre',
  'Hamon',
  'Jégou',
  'Perrin',
  'Collin',
];
const SHOP_WORDS = [
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
const TRADES = ['FOOD', 'BAKERY', 'FASHION', 'HOME', 'BEAUTY', 'SERVICES', 'FLORIST'];
const TOWNS = ['Vitré', 'Châteaubourg', 'Argentré-du-Plessis', 'Étrelles', 'Balazé'];
const POSTS = [
  'Qui organise la fête de la musique cette année ? Il faudrait une scène place du marché.',
  'Les sacs kraft sont arrivés, passez les prendre à la boutique avant samedi.',
  'Réunion du bureau jeudi soir : ordre du jour, le marché de Noël et les illuminations.',
  'Merci à tous pour le cashmob de samedi, les commerçants étaient ravis !',
  'Quelqu’un connaît un électricien pour les vitrines ? Devis bienvenus.',
  'Les horaires d’été commencent lundi, pensez à les mettre à jour dans l’annuaire.',
  'Nous organisons une braderie rue Poterie le premier dimanche du mois.',
  'Bravo à la crêperie pour son prix du meilleur accueil !',
];

export async function seedGrowth(
  dataSource: DataSource,
  associationId: string,
  presidentMembershipId: string,
  scale: number,
): Promise<GrowthData> {
  const q = (sql: string, params: unknown[] = []) => dataSource.query(sql, [associationId, scale, ...params]);
  const ago = (days: string) => `now() - (${days}) * interval '1 day'`;
  await q(
    `WITH people AS (
       INSERT INTO users (email, name, "passwordHash")
       SELECT 'growth-' || $1::uuid::text || '-' || g || '@example.fr', ($3::text[])[1 + g % 12] || ' ' || ($4::text[])[1 + (g / 12) % 14], 'x'
       FROM generate_series(1, 16 * $2::int) g RETURNING id, email
     ), numbered AS (
       SELECT id, split_part(split_part(email, '-', 7), '@', 1)::int AS n FROM people
     ), joined AS (
       SELECT id, n, ${ago('(n * 37) % 400 + 1')} - (n % 24) * interval '1 hour' AS at FROM numbered
     )
     INSERT INTO memberships ("associationId", "userId", role, "createdAt", "removedAt")
     SELECT $1, id, 'MEMBER', at, CASE WHEN n % 16 = 0 THEN at + (now() - at) / 2 END FROM joined`,
    [FIRST, LAST],
  );
  await q(
    `WITH m AS (SELECT id, row_number() OVER (ORDER BY "createdAt", id) AS i FROM memberships WHERE "associationId" = $1 AND role = 'MEMBER')
     INSERT INTO shops ("associationId", "membershipId", name, trade, address, postcode, town, description, "openingHours")
     SELECT $1, m.id, ($3::text[])[1 + i % 10] || ' ' || ($6::text[])[1 + (i / 10) % 14] || ' ' || i, ($4::text[])[1 + i % 7]::trade_category,
            i || ' rue du Marché', '35500', ($5::text[])[1 + i % 5], 'Commerce de proximité, accueil en français et en breton, produits locaux.', '[]'::jsonb
     FROM m WHERE i % 16 <> 0 AND $2::int > 0`,
    [SHOP_WORDS, TRADES, TOWNS, LAST],
  );
  const members = `mm AS (SELECT array_agg(id ORDER BY id) AS ids FROM memberships WHERE "associationId" = $1)`;
  const pick = (g: string) => `mm.ids[1 + (${g}) % array_length(mm.ids, 1)]`;
  await q(
    `WITH ${members} INSERT INTO posts ("associationId", "authorMembershipId", text, "createdAt")
     SELECT $1, ${pick('g * 7')}, ($3::text[])[1 + g % 8], ${ago('(g * 13) % 400')} FROM mm, generate_series(1, 4 * $2::int) g`,
    [POSTS],
  );
  const posts = `pp AS (SELECT array_agg(id ORDER BY id) AS ids FROM posts WHERE "associationId" = $1)`;
  await q(
    `WITH ${members}, ${posts} INSERT INTO comments ("associationId", "postId", "authorMembershipId", text, "createdAt")
     SELECT $1, pp.ids[1 + g % array_length(pp.ids, 1)], ${pick('g * 11')}, ($3::text[])[1 + (g * 3) % 8], ${ago('(g * 7) % 400')} FROM mm, pp, generate_series(1, 8 * $2::int) g`,
    [POSTS],
  );
  await q(
    `WITH ${members}, ${posts} INSERT INTO post_reactions ("associationId", "postId", "membershipId", emoji, "createdAt")
     SELECT $1, pp.ids[1 + g % array_length(pp.ids, 1)], mm.ids[1 + (g / array_length(pp.ids, 1)) % array_length(mm.ids, 1)], 'HEART', ${ago('(g * 5) % 400')}
     FROM mm, pp, generate_series(0, 12 * $2::int - 1) g`,
  );
  // A campaign a month back in time; the newest one is running.
  await q(
    `INSERT INTO campaigns ("associationId", "createdByMembershipId", title, "startsAt", "endsAt", "enrolmentDeadline", channels, status, slug, "publishedAt", "createdAt")
     SELECT $1, $3, 'Temps fort ' || g, s, s + interval '14 days', s - interval '5 days', 'BOTH', CASE WHEN g = 1 THEN 'RUNNING' ELSE 'FINISHED' END::campaign_status,
            'growth-' || md5($1::uuid::text || g), s - interval '10 days', s - interval '20 days'
     FROM generate_series(1, $2::int) g, LATERAL (SELECT ${ago('(g - 1) * 30 + 3')} AS s) x`,
    [presidentMembershipId],
  );
  await q(
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY "startsAt" DESC) AS g FROM campaigns WHERE "associationId" = $1),
          s AS (SELECT id, "membershipId", row_number() OVER (ORDER BY id) AS i FROM shops WHERE "associationId" = $1)
     INSERT INTO campaign_offers ("associationId", "campaignId", "shopId", "ownerMembershipId", kind, "percentOff", status, code, "createdAt")
     SELECT $1, c.id, s.id, s."membershipId", 'PERCENT_OFF', 5 + (s.i % 4) * 5, 'APPROVED', md5($1::uuid::text || 'o' || s.i), now() - interval '30 days'
     FROM s JOIN c ON c.g = CASE WHEN (s.i / 6) % 2 = 0 THEN 1 ELSE 1 + (s.i / 6) % $2::int END
     WHERE s.i <= 6 * $2::int`,
  );
  const offers = `o AS (SELECT id, "campaignId", "shopId", "ownerMembershipId", row_number() OVER (ORDER BY id) - 1 AS i FROM campaign_offers WHERE "associationId" = $1), n AS (SELECT count(*) AS n FROM o)`;
  await q(
    `WITH ${offers} INSERT INTO campaign_vouchers ("associationId", "campaignId", "offerId", "shopId", code, "createdAt")
     SELECT $1, o."campaignId", o.id, o."shopId", md5($1::uuid::text || 'v' || g), ${ago('(g * 3) % 400')} FROM generate_series(1, 20 * $2::int) g CROSS JOIN n JOIN o ON o.i = g % n.n`,
  );
  await q(
    `WITH ${offers} INSERT INTO campaign_redemptions ("associationId", "campaignId", "offerId", "shopId", "membershipId", "basketCents", "createdAt")
     SELECT $1, o."campaignId", o.id, o."shopId", o."ownerMembershipId", 1000 + g % 5000, ${ago('(g * 3) % 400')} FROM generate_series(1, 10 * $2::int) g CROSS JOIN n JOIN o ON o.i = g % n.n`,
  );
  // Per unit a cashmob held (every 15 days back) and one published (every 15 days ahead), on different shops.
  await q(
    `WITH s AS (SELECT id, "membershipId", row_number() OVER (ORDER BY id DESC) AS i FROM shops WHERE "associationId" = $1)
     INSERT INTO cashmobs ("associationId", "shopId", "hostMembershipId", "organiserMembershipId", status, "startsAt", "endsAt", "meetingPoint", "spendMinCents", "spendMaxCents", slug,
                           "publishedAt", "completedAt", "revenueCents", "ordinaryRevenueCents", "createdAt")
     SELECT $1, s.id, s."membershipId", s."membershipId", CASE WHEN past THEN 'COMPLETED' ELSE 'PUBLISHED' END::cashmob_status, at, at + interval '2 hours', 'Place du marché', 1000, 3000,
            'growth-' || md5($1::uuid::text || 'c' || s.i), at - interval '20 days', CASE WHEN past THEN at + interval '1 day' END, CASE WHEN past THEN 150000 + s.i * 100 END, CASE WHEN past THEN 80000 END, at - interval '25 days'
     FROM s, LATERAL (SELECT s.i % 2 = 0 AS past) p, LATERAL (SELECT now() + (CASE WHEN past THEN -1 ELSE 1 END) * ((s.i + 1) / 2 * 15 - 7) * interval '1 day' + interval '18 hours' AS at) t
     WHERE s.i <= 2 * $2::int`,
  );
  await q(
    `INSERT INTO meetings ("associationId", title, place, "startsAt", "endsAt", "createdByMembershipId")
     SELECT $1, CASE WHEN g % 2 = 0 THEN 'Bureau' ELSE 'Tour des boutiques' END, 'Salle des fêtes', at, at + interval '2 hours', $3
     FROM generate_series(1, 2 * $2::int) g, LATERAL (SELECT now() + (CASE WHEN g % 2 = 0 THEN -1 ELSE 1 END) * ((g + 1) / 2 * 15 - 3) * interval '1 day' AS at) t`,
    [presidentMembershipId],
  );
  await q(
    `WITH s AS (SELECT id, row_number() OVER (ORDER BY id) AS i FROM shops WHERE "associationId" = $1)
     INSERT INTO featured_products ("associationId", "shopId", name, "priceCents", text, position)
     SELECT $1, s.id, 'Produit ' || s.i, 1200 + s.i % 800, 'Fait maison', 0 FROM s WHERE s.i <= 3 * $2::int`,
  );
  const [{ id: widgetId }] = await q(
    `WITH scale AS (SELECT $2::int) INSERT INTO widgets ("associationId", "createdByMembershipId", name, contents, language, size, "maxItems", "accentColor", "backgroundColor", "textColor")
     VALUES ($1, $3, 'Blog « Vivre à Vitré »', '{OFFERS,CASHMOBS,PRODUCTS,SHOPS}', 'FR', 'MEDIUM', 9, '#b45309', '#fffbeb', '#292524') RETURNING id`,
    [presidentMembershipId],
  );
  // The tables as a running database keeps them (statistics, visibility map, hint bits): without the
  // VACUUM, autovacuum's catch-up on the bulk inserts ran during the first reads timed (the directory's,
  // whose 1,000x p95 then came out 2-3x its p50 in some runs).
  await dataSource.query('VACUUM ANALYZE');
  return { associationId, presidentMembershipId, widgetId };
}
