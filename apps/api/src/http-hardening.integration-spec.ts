import { createTestApp, TestApp } from '@assoc/platform-testing';
import { DOMAIN_MODULES } from './app.module';

/** A POST to /graphql with a raw body, answered as text (the refusals must still be JSON). */
async function postRaw(api: TestApp, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, headers: response.headers, body: JSON.parse(await response.text()) };
}

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string | null): Record<string, string> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]),
  );
}

describe('HTTP hardening (issue 14, findings 10 and 11)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp(DOMAIN_MODULES);
  });
  afterAll(() => api.close());

  describe('honest refusals', () => {
    it('answers a body over 100 kB with HTTP 413 and a message naming the limit, in the caller’s language', async () => {
      const big = JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(150 * 1024) } });
      const fr = await postRaw(api, big);
      expect(fr.status).toBe(413);
      expect(fr.body.errors).toEqual([
        {
          message: 'La requête dépasse la taille maximale acceptée (100 ko).',
          extensions: { code: 'BAD_USER_INPUT', reason: 'requestTooLarge', params: { max: 100 } },
        },
      ]);
      const en = await postRaw(api, big, { 'accept-language': 'en' });
      expect(en.status).toBe(413);
      expect(en.body.errors[0].message).toBe('The request is larger than the accepted maximum (100 kB).');
      // Just under the limit, the same request is read.
      const fits = JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(99 * 1024) } });
      expect((await postRaw(api, fits)).body).toEqual({ data: { me: null } });
    });

    it('answers malformed JSON with HTTP 400 and a clear message', async () => {
      const bad = await postRaw(api, '{bad json');
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([
        {
          message: "Le corps de la requête n'est pas du JSON valide.",
          extensions: { code: 'BAD_USER_INPUT', reason: 'malformedJson', params: {} },
        },
      ]);
      const en = await postRaw(api, '{bad json', { 'accept-language': 'en' });
      expect(en.body.errors[0].message).toBe('The request body is not valid JSON.');
      // Other routes get the REST shape of an error.
      const rest = await fetch(`${api.url}/api/projects/x/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{bad json',
      });
      expect(rest.status).toBe(400);
      expect(await rest.json()).toEqual({
        message: "Le corps de la requête n'est pas du JSON valide.",
        code: 'BAD_USER_INPUT',
        reason: 'malformedJson',
        params: {},
        fields: [],
      });
    });

    it('answers an operation over the token limit with HTTP 400 and one clear error', async () => {
      // `{` + 2,999 fields + `}`: 3,001 tokens (it answered HTTP 500 when graphql-armor threw from a plugin hook).
      const fields = (n: number) => `{ ${Array.from({ length: n }, () => '__typename').join(' ')} }`;
      const tooMany = await postRaw(api, JSON.stringify({ query: fields(2999) }));
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.errors).toHaveLength(1);
      expect(tooMany.body.errors[0].message).toBe(
        "L'opération est trop longue : au plus 3000 éléments (tokens) par requête.",
      );
      expect(tooMany.body.errors[0].extensions).toEqual({
        code: 'GRAPHQL_PARSE_FAILED',
        reason: 'tooManyTokens',
        params: { max: 3000 },
      });
      const en = await postRaw(api, JSON.stringify({ query: fields(2999) }), { 'accept-language': 'en' });
      expect(en.body.errors[0].message).toBe('The operation is too long: at most 3000 tokens per request.');
      expect(tooMany.body.data).toBeUndefined();
      // Exactly 3,000 tokens are parsed (then refused by the field count rules, not by the token limit).
      const atLimit = await postRaw(api, JSON.stringify({ query: fields(2998) }));
      expect(atLimit.body.errors?.[0]?.extensions?.code).not.toBe('GRAPHQL_PARSE_FAILED');
      expect((await postRaw(api, JSON.stringify({ query: fields(100) }))).status).toBe(200);
    });
  });

  describe('security headers', () => {
    it('sends a strict CSP, no framing, nosniff and no X-Powered-By on the API and its answers', async () => {
      for (const response of [
        await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ me { id } }' }),
        }),
        await fetch(`${api.url}/no-such-page`),
        await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        }),
      ]) {
        const csp = directives(response.headers.get('content-security-policy'));
        expect(csp['script-src']).toBe("'self'");
        expect(csp['script-src-attr']).toBe("'none'");
        expect(csp['frame-ancestors']).toBe("'none'");
        expect(csp['object-src']).toBe("'none'");
        expect(csp['default-src']).toBe("'self'");
        expect(csp['upgrade-insecure-requests']).toBeUndefined(); // PUBLIC_URL is http here
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(response.headers.get('x-powered-by')).toBeNull();
        expect(response.headers.get('strict-transport-security')).toBeNull();
      }
    });

    it('leaves the widget’s iframe page embeddable anywhere, with its own CSP', async () => {
      const embed = await fetch(`${api.url}/embed/widgets/00000000-0000-4000-8000-000000000000`);
      expect(embed.status).toBe(404); // an unknown widget: the page with one discreet line
      const csp = directives(embed.headers.get('content-security-policy'));
      expect(csp['frame-ancestors']).toBeUndefined();
      expect(csp['script-src']).toBe("'self'");
      expect(embed.headers.get('x-frame-options')).toBeNull();
      expect(embed.headers.get('x-content-type-options')).toBe('nosniff');
      expect(embed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(embed.headers.get('x-powered-by')).toBeNull();
      const script = await fetch(`${api.url}/widget.js`);
      expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(script.headers.get('x-frame-options')).toBeNull();
    });

    it('serves no GraphQL landing page to relax the CSP for, in development either', async () => {
      const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(400); // Apollo's CSRF prevention: no sandbox page (playground: false)
      expect(await page.text()).not.toMatch(/<script/);
      expect(directives(page.headers.get('content-security-policy'))['script-src']).toBe("'self'");
    });
  });

  describe('over HTTPS in production', () => {
    let prod: TestApp;
    beforeAll(async () => {
      prod = await createTestApp(DOMAIN_MODULES, {
        databaseUrl: api.databaseUrl,
        env: {
          NODE_ENV: 'production',
          PUBLIC_URL: 'https://commerces.example.fr',
          SECRET_KEY: 'a-production-secret-key-of-forty-chars-xx',
          SMTP_URL: 'smtp://127.0.0.1:2525',
        },
      });
    });
    afterAll(() => prod.close());

    it('adds HSTS and upgrades insecure requests, and keeps the CSP on /graphql (no sandbox page)', async () => {
      const page = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      const csp = directives(page.headers.get('content-security-policy'));
      expect(csp['upgrade-insecure-requests']).toBe('');
      expect(csp['script-src']).toBe("'self'");
      expect(page.headers.get('x-powered-by')).toBeNull();
    });
  });
  describe('revalidation and compression', () => {
    it('lets a client revalidate a page it has (ETag, 304 with no body), compressed or not', async () => {
      const plain = await fetch(`${api.url}/privacy?lang=en`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.status).toBe(200);
      const etag = plain.headers.get('etag') ?? '';
      expect(etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
      const text = await plain.text();
      expect(text).toContain('<html');
      // The same bytes brotli-compressed carry the same tag (it names the page, not its encoding).
      const br = await fetch(`${api.url}/privacy?lang=en`, { headers: { 'accept-encoding': 'br' } });
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(br.headers.get('etag')).toBe(etag);
      expect(br.headers.get('vary')?.toLowerCase().split(/,\s*/)).toEqual(['accept-language', 'accept-encoding']);
      expect(await br.text()).toBe(text);
      const again = await fetch(`${api.url}/privacy?lang=en`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      // Another language is other bytes: answered in full.
      const french = await fetch(`${api.url}/privacy?lang=fr`, { headers: { 'if-none-match': etag } });
      expect(french.status).toBe(200);
      expect(french.headers.get('etag')).not.toBe(etag);
    });

    it('gives no ETag to a GraphQL POST (nothing revalidates one)', async () => {
      const answer = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('etag')).toBeNull();
    });
  });
});
