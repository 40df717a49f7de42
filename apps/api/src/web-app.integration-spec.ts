import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { configureHttp, httpAdapter, loadConfig, PlatformModule } from '@assoc/platform-api';
import { createTestDatabase } from '@assoc/platform-testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { DOMAIN_MODULES } from './app.module';
import { cacheControlFor, serveWebApp, shellLanguage } from './web-app';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request as a browser's network layer sends it: the body as sent (still compressed). */
function raw(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(`${base}${path}`, { method, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** A built web app as `nx build web` leaves it: hashed scripts, their .br and .gz over 1 kB, the log-in shells. */
function buildApp(): { root: string; files: Record<string, Buffer> } {
  const root = mkdtempSync(join(tmpdir(), 'assoc-web-app-'));
  const big = (text: string) => Buffer.from(`${text}\n${'/* padding */\n'.repeat(200)}`);
  const files: Record<string, Buffer> = {
    'index.html': big('<!doctype html><html><body><assoc-root></assoc-root></body></html>'),
    'login.fr.html': Buffer.from('<!doctype html><html lang="fr"><h1>Connexion</h1></html>'),
    'login.en.html': Buffer.from('<!doctype html><html lang="en"><h1>Log in</h1></html>'),
    'main-ABCD1234.js': big('console.log("main");'),
    'chunk-WXYZ5678.js': Buffer.from('export const x = 1;'),
    'i18n/fr.json': Buffer.from('{"common":{}}'),
    'media/font-QWER7890.woff2': Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]),
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
    if (content.length >= 1024 && !name.endsWith('.woff2')) {
      writeFileSync(join(root, `${name}.br`), brotliCompressSync(content));
      writeFileSync(join(root, `${name}.gz`), gzipSync(content));
    }
  }
  return { root, files };
}

describe('the web app served by the API (Fastify)', () => {
  let app: INestApplication;
  let base: string;
  let root: string;
  let files: Record<string, Buffer>;

  beforeAll(async () => {
    ({ root, files } = buildApp());
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      MAIL_WORKER: 'false',
      SEED_DEMO: 'false',
      METRICS_TOKEN,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'assoc-test-data-')),
    });
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({ config, databaseUrl: await createTestDatabase(), migrations: [] }),
        ...DOMAIN_MODULES,
      ],
    }).compile();
    // As main.ts: the HTTP setup, the web app's files, then init (Nest's routes and not-found handler).
    app = moduleRef.createNestApplication(httpAdapter(config), { logger: false });
    await configureHttp(app);
    await serveWebApp(app, root);
    await app.init();
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends a hashed script precompressed by Accept-Encoding (br, else gzip, else as built), cached for a year', async () => {
    const built = files['main-ABCD1234.js'];
    const br = await raw(base, '/main-ABCD1234.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect([br.status, br.headers['content-encoding'], br.headers['cache-control']]).toEqual([200, 'br', IMMUTABLE]);
    expect(br.headers['content-type']).toMatch(/^application\/javascript/);
    expect(br.headers['vary']).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(built)).toBe(true);
    const gzip = await raw(base, '/main-ABCD1234.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(built)).toBe(true);
    const plain = await raw(base, '/main-ABCD1234.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(built)).toBe(true);
  });

  it('sends a file under 1 kB as built, not compressed on the fly', async () => {
    const small = await raw(base, '/chunk-WXYZ5678.js', { 'accept-encoding': 'br, gzip' });
    expect([small.status, small.headers['content-encoding'], small.headers['cache-control']]).toEqual([
      200,
      undefined,
      IMMUTABLE,
    ]);
    expect(small.body.equals(files['chunk-WXYZ5678.js'])).toBe(true);
    const font = await raw(base, '/media/font-QWER7890.woff2', { 'accept-encoding': 'br' });
    expect([font.status, font.headers['content-type'], font.headers['cache-control']]).toEqual([
      200,
      'font/woff2',
      IMMUTABLE,
    ]);
  });

  it('revalidates the rest (translations, index.html) with an ETag and answers 304 when unchanged', async () => {
    const texts = await raw(base, '/i18n/fr.json');
    expect([texts.status, texts.headers['cache-control']]).toEqual([200, 'no-cache']);
    expect(JSON.parse(texts.body.toString())).toEqual({ common: {} });
    const etag = texts.headers['etag'] as string;
    expect(etag).toBeTruthy();
    const again = await raw(base, '/i18n/fr.json', { 'if-none-match': etag });
    expect([again.status, again.body.length]).toEqual([304, 0]);
  });

  it('answers every address of the app with index.html, revalidated, GET and HEAD', async () => {
    for (const path of [
      '/',
      '/members/42/edit',
      '/some/app/route?tab=2',
      '/media',
      '/media/',
      '/missing-ABCD1234.js',
    ]) {
      const page = await raw(base, path, { 'accept-encoding': 'br' });
      expect([path, page.status, page.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(brotliDecompressSync(page.body).equals(files['index.html'])).toBe(true);
    }
    const head = await raw(base, '/some/app/route', {}, 'HEAD');
    expect([head.status, head.headers['content-type'], head.body.length]).toEqual([200, 'text/html; charset=utf-8', 0]);
    // Nothing outside the build: a path climbing out of it is just another address of the app.
    const climbing = await raw(base, '/..%2f..%2fpackage.json');
    expect(climbing.body.equals(files['index.html'])).toBe(true);
  });

  it('answers /login with its app shell in the language of the app’s cookie, the query kept aside', async () => {
    const fr = await raw(base, '/login?returnUrl=%2Fnetwork');
    expect([fr.status, fr.headers['cache-control'], fr.headers['content-type']]).toEqual([
      200,
      'no-cache',
      'text/html; charset=utf-8',
    ]);
    expect(fr.body.equals(files['login.fr.html'])).toBe(true);
    const en = await raw(base, '/login', { cookie: 'other=1; assoc.language=en' });
    expect(en.body.equals(files['login.en.html'])).toBe(true);
    // Each language its own ETag: a cache revalidating one never gets the other's 304.
    expect(en.headers['etag']).not.toBe(fr.headers['etag']);
  });

  it('leaves the controllers their pages and the API its paths: unknown API paths are 404 with the app’s error body', async () => {
    const health = await raw(base, '/health/live');
    expect(health.status).toBe(200);
    expect(health.body.toString()).not.toContain('<assoc-root');
    // The public pages (a cashmob's, a campaign's, a shop's) are controllers': an unknown one is their 404 page.
    for (const path of ['/c/no-such-cashmob', '/p/no-such-campaign', '/b/no-such-shop']) {
      const page = await raw(base, path);
      expect([path, page.status, page.headers['content-type']]).toEqual([path, 404, 'text/html; charset=utf-8']);
      expect(page.body.toString()).not.toContain('<assoc-root');
    }
    for (const path of [
      '/api/nope',
      '/api',
      '/graphql/nope',
      '/uploads/nothing/here.png',
      '/embed/nope',
      '/widget.js/x',
    ]) {
      const missing = await raw(base, path);
      expect([path, missing.status, missing.headers['content-type']]).toEqual([
        path,
        404,
        'application/json; charset=utf-8',
      ]);
      expect(JSON.parse(missing.body.toString())).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'notFound',
        message: 'Introuvable.',
      });
    }
    const posted = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(await posted.json()).toEqual({ data: { me: null } });
    // Other methods than GET and HEAD find no file either.
    expect((await raw(base, '/some/app/route', {}, 'POST')).status).toBe(404);
  });

  it('counts the files and pages under one route label, (static), and unknown API paths as (unmatched)', async () => {
    await raw(base, '/members/42');
    await raw(base, '/api/nope');
    const metrics = await raw(base, '/metrics', { authorization: `Bearer ${METRICS_TOKEN}` });
    const text = metrics.body.toString();
    expect(text).toMatch(/assoc_http_requests_total\{method="GET",route="\(static\)",status="200"\} [1-9]/);
    expect(text).toMatch(/assoc_http_requests_total\{method="GET",route="\(unmatched\)",status="404"\} [1-9]/);
    expect(text).not.toMatch(/route="\/(members|api\/nope|some)/);
  });
});

describe('web app helpers', () => {
  it('caches hashed names for a year and revalidates the rest', () => {
    expect(cacheControlFor('/srv/web/main-ABCD1234.js.br')).toBe(IMMUTABLE);
    expect(cacheControlFor('/srv/web/media/font-QWER7890.woff2')).toBe(IMMUTABLE);
    expect(cacheControlFor('/srv/web/index.html')).toBe('no-cache');
    expect(cacheControlFor('/srv/web/i18n/fr.json.gz')).toBe('no-cache');
  });

  it('reads the app’s language from its cookie, French unless it says English', () => {
    expect(shellLanguage(undefined)).toBe('fr');
    expect(shellLanguage('assoc.language=en')).toBe('en');
    expect(shellLanguage('a=1; assoc.language=en; b=2')).toBe('en');
    expect(shellLanguage('assoc.language=english')).toBe('fr');
    expect(shellLanguage('xassoc.language=en')).toBe('fr');
  });
});
