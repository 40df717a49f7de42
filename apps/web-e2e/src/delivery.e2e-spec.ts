/**
 * How the production build reaches a phone (issue 13, assets): every file of the first load comes
 * precompressed (brotli, else gzip, as the request accepts) with long immutable caching under its
 * hashed name, exactly the bytes of the build; the page itself is revalidated; JSON answers over
 * 1 kB are compressed, small ones are not. Plain HTTP, as a browser's network layer sees it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { baseUrl, launchBrowser, openPage } from './support/browser';
import { startServer, stopServer, WORKSPACE_ROOT } from './support/server';

const WEB = join(WORKSPACE_ROOT, 'dist/apps/web/browser');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with the given Accept-Encoding, the body as sent (still compressed). */
function fetchRaw(path: string, acceptEncoding: string): Promise<Answer> {
  return new Promise((done, fail) => {
    get(`${baseUrl()}${path}`, { agent: false, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    }).on('error', fail);
  });
}

/** The scripts and styles index.html loads first. */
function initialFiles(): string[] {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  return [...new Set([...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
}

/**
 * The first load's budget, gzip bytes (issue 13): the scripts, styles and translations a phone
 * fetches before the log-in page shows, the /login route's lazy chunks included. The aim, 130 kB, is
 * met: 129.5 kB since ADR 0036 took Apollo Client (225.7 -> 180.8 kB), Material (-> 138.6 kB), the
 * API's message catalogue (-> 136.4 kB), all but the page's five icons, shared-util's other files and
 * the account pages' strings (-> 131.6 kB), and platform-web/core's pipes, validators and Apollo
 * helpers (platform-web/first-load, -> 129.5 kB) out of it (before: 225.7 kB with issue 25's second-factor step, legal links and account strings;
 * 220.8 kB with the logged-in part in one lazy file and graphql-ws on the first subscription; 243 kB
 * before the UI strings were split per library, ADR 0028; about 290 kB before the light frame of ADR
 * 0022). What is left is mostly Angular itself (core, router, common, forms, rxjs: about 100 kB), so
 * this holds the line (measurement + 2%).
 */
const LOGIN_FIRST_LOAD_GZIP_BUDGET = 132_100;

beforeAll(() => startServer('delivery'));
afterAll(() => stopServer());

describe('delivery of the web app', () => {
  it('sends every first-load file precompressed (under 1 kB as is), byte for byte the build, cached for a year under its hashed name', async () => {
    const files = initialFiles();
    expect(files.length).toBeGreaterThanOrEqual(2);
    let compressed = 0;
    for (const file of files) {
      const built = readFileSync(join(WEB, file));
      const brotli = await fetchRaw(`/${file}`, 'gzip, deflate, br');
      expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const plain = await fetchRaw(`/${file}`, 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(built)).toBe(true);
      if (built.length < 1024) {
        // Too small to be worth compressing (precompress.mjs): sent as built.
        expect([file, brotli.status, brotli.headers['content-encoding']]).toEqual([file, 200, undefined]);
        expect(brotli.body.equals(built)).toBe(true);
        continue;
      }
      compressed++;
      expect([file, brotli.status, brotli.headers['content-encoding']]).toEqual([file, 200, 'br']);
      expect(brotliDecompressSync(brotli.body).equals(built)).toBe(true);
      expect(brotli.headers['vary']).toContain('Accept-Encoding');
      const gzip = await fetchRaw(`/${file}`, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(built)).toBe(true);
    }
    expect(compressed).toBeGreaterThanOrEqual(2); // the main script and the styles at least
  });

  it('loads the log-in page within the first-load budget: scripts and translations, gzip', async () => {
    const browser = await launchBrowser();
    try {
      const { page, context } = await openPage(browser);
      const fetched = new Set<string>();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (/\.(js|json|css)$/.test(path)) fetched.add(path.slice(1));
      });
      await page.goto('/login');
      await page.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
      // What the server sends gzip: the precompressed file, or the file itself when too small to compress.
      const sent = (file: string) =>
        existsSync(join(WEB, `${file}.gz`)) ? readFileSync(join(WEB, `${file}.gz`)) : readFileSync(join(WEB, file));
      const gzipBytes = [...fetched].map((file) => ({ file, bytes: sent(file).length }));
      const total = gzipBytes.reduce((sum, f) => sum + f.bytes, 0);
      console.log(`log-in first load: ${total} bytes gzip in ${gzipBytes.length} files`, gzipBytes);
      expect(fetched).toContain('i18n/fr.json');
      expect(total).toBeLessThanOrEqual(LOGIN_FIRST_LOAD_GZIP_BUDGET);
      // Nothing of the logged-in frame, Material or Apollo Client before logging in (ADR 0022, 0036).
      const sources = [...fetched].filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(WEB, f), 'utf8'));
      expect(sources.some((text) => text.includes('assoc-app-shell'))).toBe(false);
      expect(sources.some((text) => text.includes('mat-mdc-snack-bar'))).toBe(false);
      expect(sources.some((text) => text.includes('mat-mdc-form-field'))).toBe(false);
      expect(sources.some((text) => text.includes('InMemoryCache'))).toBe(false);
      await context.close();
    } finally {
      await browser.close();
    }
  });

  it('revalidates the page and its translations, which keep their names from one release to the next', async () => {
    const page = await fetchRaw('/login', 'br');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).not.toMatch(/immutable|max-age=[1-9]/);
    expect(page.headers['etag']).toBeTruthy();
    // The build inlines no critical CSS (a strict CSP refuses its onload handler): a small page, compressed
    // like any answer over 1 kB, sent as is below that.
    const html = page.headers['content-encoding'] === 'br' ? brotliDecompressSync(page.body) : page.body;
    if (html.length < 1024) expect(page.headers['content-encoding']).toBeUndefined();
    expect(html.length).toBeLessThan(4096);
    expect(html.toString()).toContain('<assoc-root');
    const texts = await fetchRaw('/i18n/fr.json', 'gzip');
    expect(texts.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(gunzipSync(texts.body).toString())).toHaveProperty('common');
  });

  it('compresses JSON answers over 1 kB and leaves small ones alone', async () => {
    const post = async (query: string) => {
      const res = await fetch(`${baseUrl()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
        body: JSON.stringify({ query }),
      });
      return { encoding: res.headers.get('content-encoding'), json: (await res.json()) as { data: unknown } };
    };
    const large = await post('{ __schema { types { name description } } }');
    expect(large.encoding).toBe('gzip');
    expect(JSON.stringify(large.json.data).length).toBeGreaterThan(1024);
    const small = await post('{ me { id } }');
    expect(small.encoding).toBeNull();
    expect(small.json.data).toEqual({ me: null });
  });
});
