// The throughput benchmark's baseline (throughput.mjs): node:http + pg and nothing else, answering the
// benchmark's four requests with the same JSON as the API, from the same database. It knows only
// those requests (the GraphQL documents in throughput.mjs), the demo's data kinds and the French
// widget; no validation, no logging. Env: DATABASE_URL, SECRET_KEY, PUBLIC_URL, PORT.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const base = process.env.PUBLIC_URL.replace(/\/+$/, '');
const one = async (sql, params) => (await db.query(sql, params)).rows[0];
const all = async (sql, params) => (await db.query(sql, params)).rows;
const iso = (d) => d.toISOString();

async function member(req) {
  const token = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (!token) return null;
  const hash = createHmac('sha256', process.env.SECRET_KEY).update(decodeURIComponent(token)).digest('base64url');
  return one(
    `SELECT m.id, m."associationId" FROM sessions s JOIN memberships m ON m."userId" = s."userId" AND m."associationId" = $2 AND m."removedAt" IS NULL
      WHERE s."tokenHash" = $1 AND s."expiresAt" > now()`,
    [hash, req.headers['x-association-id']],
  );
}

const handlers = {
  // The framework's floor (throughput.mjs's "GraphQL floor"): a query that reads nothing.
  async __typename() {
    return { data: { __typename: 'Query' } };
  },
  async feed(req, { first }) {
    const m = await member(req);
    if (!m) return null;
    const rows = await all(
      `SELECT p.id, p.text, p.pinned, p."createdAt", p."authorMembershipId", u.name,
              (SELECT count(*)::int FROM comments c WHERE c."postId" = p.id AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL) AS n
         FROM posts p JOIN memberships am ON am.id = p."authorMembershipId" JOIN users u ON u.id = am."userId"
        WHERE p."associationId" = $1 AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL
        ORDER BY p.pinned DESC, p."createdAt" DESC, p.id DESC LIMIT $2`,
      [m.associationId, first],
    );
    const nodes = rows.map((r) => ({
      id: r.id,
      text: r.text,
      pinned: r.pinned,
      createdAt: iso(r.createdAt),
      commentCount: r.n,
      author: { id: r.authorMembershipId, user: { name: r.name } },
    }));
    return { data: { feed: { nodes } } };
  },
  async directory(req, { search }) {
    const m = await member(req);
    if (!m) return null;
    const where = `m."associationId" = $1 AND m."removedAt" IS NULL AND (${['u.name', 's.name', 's.town', 's.description'].map((c) => `lower(unaccent(coalesce(${c}, ''))) LIKE lower(unaccent($2))`).join(' OR ')})`;
    const from = `FROM memberships m JOIN users u ON u.id = m."userId" LEFT JOIN shops s ON s."membershipId" = m.id AND s."associationId" = m."associationId"`;
    const rows = await all(
      `SELECT m.id, u.name, s.name AS shop, (SELECT count(*)::int ${from} WHERE ${where}) AS total ${from} WHERE ${where}
        ORDER BY lower(unaccent(coalesce(s.name, u.name))), m.id LIMIT 20`,
      [m.associationId, `%${search}%`],
    );
    const nodes = rows.map((r) => ({
      id: r.id,
      user: { name: r.name },
      shop: r.shop === null ? null : { name: r.shop },
    }));
    return { data: { directory: { totalCount: rows[0]?.total ?? 0, nodes } } };
  },
  async publicCashmob(_req, { slug }) {
    const c = await one(
      `SELECT c.slug, s.name AS shop, s.town, c."startsAt", c."endsAt", c."meetingPoint", c."spendMinCents", c."spendMaxCents", c.capacity,
              (SELECT count(*)::int FROM cashmob_sign_ups su WHERE su."cashmobId" = c.id AND su.status = 'CONFIRMED' AND NOT su."walkIn") AS confirmed
         FROM cashmobs c JOIN shops s ON s.id = c."shopId" WHERE c.slug = $1 AND c.status IN ('PUBLISHED', 'COMPLETED') AND c."publishedAt" IS NOT NULL`,
      [slug],
    );
    return {
      data: {
        publicCashmob: c && {
          slug: c.slug,
          shopName: c.shop,
          town: c.town,
          startsAt: iso(c.startsAt),
          endsAt: iso(c.endsAt),
          meetingPoint: c.meetingPoint,
          spendMinCents: c.spendMinCents,
          spendMaxCents: c.spendMaxCents,
          confirmedCount: c.confirmed,
          capacity: c.capacity,
        },
      },
    };
  },
};

/** The French widget, every kind, no shop or trade filter (the demo's): each kind bounded in SQL, shared out in turn. */
async function widget(id) {
  const w = await one(
    `SELECT w.*, a.name AS "associationName", a.slug AS "associationSlug", a.town, a."timeZone", a.currency FROM widgets w JOIN associations a ON a.id = w."associationId" WHERE w.id = $1`,
    [id],
  );
  if (!w) return null;
  const active = `JOIN shops s ON s.id = x."shopId" JOIN memberships sm ON sm.id = s."membershipId" AND sm."removedAt" IS NULL`;
  const [offers, cashmobs, products, shops] = await Promise.all([
    all(
      `SELECT x.id, x."percentOff", s.name AS shop, s.trade, c.title, c."endsAt", c.slug FROM campaign_offers x JOIN campaigns c ON c.id = x."campaignId" ${active}
          WHERE x."associationId" = $1 AND x.status = 'APPROVED' AND c."publishedAt" IS NOT NULL AND c."cancelledAt" IS NULL AND c."enrolmentDeadline" <= now() AND c."endsAt" > now()
          ORDER BY s.name COLLATE "fr-x-icu", c."endsAt", x."createdAt", x.id LIMIT $2`,
      [w.associationId, w.maxItems],
    ),
    all(
      `SELECT x.id, s.name AS shop, s.trade, x."startsAt", x."endsAt", x."meetingPoint", x.slug FROM cashmobs x ${active}
          WHERE x."associationId" = $1 AND x.status = 'PUBLISHED' AND x."endsAt" > now() ORDER BY x."startsAt", x.id LIMIT $2`,
      [w.associationId, w.maxItems],
    ),
    all(
      `SELECT x.id, x.name, s.name AS shop, x."priceCents", x.text, x."photoFile", x.link, s.id AS "shopId", cc."ideaId" FROM featured_products x ${active}
          LEFT JOIN community_co_created_products cc ON cc."productId" = x.id AND cc."associationId" = x."associationId"
          WHERE x."associationId" = $1 ORDER BY s.name COLLATE "fr-x-icu", s.id, x.position, x."createdAt" LIMIT $2`,
      [w.associationId, w.maxItems],
    ),
    all(
      `SELECT s.* FROM shops s JOIN memberships sm ON sm.id = s."membershipId" AND sm."removedAt" IS NULL WHERE s."associationId" = $1
          ORDER BY s.name COLLATE "fr-x-icu", s.id LIMIT $2`,
      [w.associationId, w.maxItems],
    ),
  ]);
  const items = {
    OFFERS: offers.map((o) => ({
      kind: 'OFFERS',
      id: o.id,
      headline: `-${o.percentOff} %`,
      shop: o.shop,
      campaign: o.title,
      until: iso(o.endsAt),
      url: `${base}/p/${encodeURIComponent(o.slug)}?offer=${o.id}`,
      trade: o.trade,
    })),
    CASHMOBS: cashmobs.map((c) => ({
      kind: 'CASHMOBS',
      id: c.id,
      shop: c.shop,
      startsAt: iso(c.startsAt),
      endsAt: iso(c.endsAt),
      place: c.meetingPoint,
      url: `${base}/c/${encodeURIComponent(c.slug)}`,
      trade: c.trade,
    })),
    PRODUCTS: products.map((p) => ({
      kind: 'PRODUCTS',
      id: p.id,
      name: p.name,
      shop: p.shop,
      priceCents: p.priceCents === null ? null : Number(p.priceCents),
      text: p.text,
      photo: p.photoFile && `${base}/uploads/products/${p.photoFile}`,
      url: /^https?:\/\//i.test(p.link ?? '') ? p.link : `${base}/b/${p.shopId}`,
      // A co-created product's badge (issue 17), as the community domain marks it in the product's answer.
      ...(p.ideaId && {
        mark: {
          label: 'Imaginé avec nos clients',
          url: `${base}/communaute/${encodeURIComponent(w.associationSlug)}/idees/${p.ideaId}?lang=fr`,
        },
      }),
    })),
    SHOPS: shops.map((s) => ({
      kind: 'SHOPS',
      id: s.id,
      name: s.name,
      address: s.address,
      town: s.town,
      text: s.description ?? '',
      logo: s.logoFile && `${base}/uploads/logos/${s.logoFile}`,
      url: `${base}/b/${s.id}`,
      trade: s.trade,
    })),
  };
  const kinds = ['OFFERS', 'CASHMOBS', 'PRODUCTS', 'SHOPS'].filter((k) => w.contents.includes(k));
  const quotas = kinds.map(() => 0);
  for (let total = 0, progress = true; total < w.maxItems && progress;) {
    progress = false;
    kinds.forEach((k, i) => {
      if (total < w.maxItems && quotas[i] < items[k].length) {
        quotas[i]++;
        total++;
        progress = true;
      }
    });
  }
  const sections = kinds
    .map((kind, i) => ({ kind, items: items[kind].slice(0, quotas[i]) }))
    .filter((s) => s.items.length);
  return {
    id: w.id,
    lang: 'fr',
    size: w.size,
    colours: { accent: w.accentColor, background: w.backgroundColor, text: w.textColor },
    association: { name: w.associationName, town: w.town },
    timeZone: w.timeZone,
    currency: w.currency,
    sections,
    // The customer community's join link (issue 17), as the widget's answer carries it.
    joinUrl: `${base}/communaute/${encodeURIComponent(w.associationSlug)}/rejoindre?lang=fr&from=widget`,
  };
}

function send(res, status, body) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

http
  .createServer(async (req, res) => {
    try {
      const widgetId = /^\/api\/public\/widgets\/([0-9a-f-]{36})$/.exec(req.url)?.[1];
      if (req.method === 'GET' && widgetId) {
        const feed = await widget(widgetId);
        return send(res, feed ? 200 : 404, JSON.stringify(feed ?? { error: 'not found' }));
      }
      if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, '{}');
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const { query, variables } = JSON.parse(raw);
      const name = /\{\s*(\w+)/.exec(query)?.[1];
      const answer = handlers[name] && (await handlers[name](req, variables ?? {}));
      // Apollo ends its JSON with a newline.
      send(res, 200, `${JSON.stringify(answer ?? { errors: [{ message: 'Unauthorized' }] })}\n`);
    } catch (error) {
      send(res, 500, JSON.stringify({ error: String(error) }));
    }
  })
  .listen(Number(process.env.PORT ?? 0), '127.0.0.1', function () {
    process.stdout.write(`baseline listening on ${this.address().port}\n`);
  });
