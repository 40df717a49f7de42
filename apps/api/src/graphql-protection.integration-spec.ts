import { createTestApp, TestApp } from '@assoc/platform-testing';
import { DOMAIN_MODULES } from './app.module';

async function post(
  api: TestApp,
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

describe('GraphQL protections', () => {
  describe('in development', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await createTestApp(DOMAIN_MODULES);
    });
    afterAll(() => api.close());

    it('refuses simple cross-site requests (CSRF prevention)', async () => {
      const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ viewer { user { id } } }')}`, {
        method: 'GET',
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF/i);
    });

    it('refuses queries nested too deep and too many aliases', async () => {
      const ofType = (depth: number): string => (depth === 0 ? 'name' : `ofType { ${ofType(depth - 1)} }`);
      const shallow = await post(api, { query: `{ __schema { types { fields { type { ${ofType(3)} } } } } }` });
      expect(shallow.body.errors).toBeUndefined();
      const deep = await post(api, { query: `{ __schema { types { fields { type { ${ofType(14)} } } } } }` });
      expect(deep.body.errors?.[0].message).toBe('La requête est trop imbriquée : au plus 15 niveaux.');
      expect(deep.body.errors?.[0].extensions).toMatchObject({ reason: 'tooDeep', params: { max: 15 } });
      const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: viewer { user { id } }`).join(' ')} }`;
      const refused = await post(api, { query: aliases });
      expect(refused.body.errors?.[0].message).toBe("La requête compte trop d'alias : au plus 10 par requête.");
      const fewAliases = `{ ${Array.from({ length: 3 }, (_, i) => `a${i}: viewer { user { id } }`).join(' ')} }`;
      expect((await post(api, { query: fewAliases })).body.errors).toBeUndefined();
    });

    it('counts every alias, __typename too, and answers one clear error past a limit (HTTP 400)', async () => {
      const typenames = `query cop { ${Array.from({ length: 100 }, (_, i) => `alias${i}: __typename`).join(' ')} }`;
      const aliases = await post(
        api,
        { query: typenames },
        { 'content-type': 'application/json', 'accept-language': 'en' },
      );
      expect(aliases.status).toBe(400);
      expect(aliases.body.data).toBeUndefined();
      expect(aliases.body.errors?.map((e) => e.message)).toEqual(['Too many aliases: at most 10 per request.']);
      expect(aliases.body.errors?.[0].extensions).toMatchObject({ reason: 'tooManyAliases', params: { max: 10 } });
      const tenTypenames = `{ ${Array.from({ length: 10 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
      expect((await post(api, { query: tenTypenames })).body.errors).toBeUndefined();

      const directives = await post(
        api,
        { query: `query cop { __typename ${'@aa'.repeat(30)} }` },
        { 'content-type': 'application/json', 'accept-language': 'en' },
      );
      expect(directives.status).toBe(400);
      expect(directives.body.errors).toHaveLength(1);
      expect(directives.body.errors?.[0].message).toBe('Too many directives: at most 20 per request.');
    });

    it('answers introspection and shows the dev mailbox outside production', async () => {
      expect((await post(api, { query: '{ __schema { queryType { name } } }' })).body.data).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
      expect((await post(api, { query: '{ devMailbox { id } }' })).body.errors).toBeUndefined();
    });
  });

  describe('in production', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await createTestApp(DOMAIN_MODULES, {
        env: {
          NODE_ENV: 'production',
          SECRET_KEY: 'a-production-secret-key-of-forty-chars-xx',
          SMTP_URL: 'smtp://127.0.0.1:2525',
        },
      });
    });
    afterAll(() => api.close());

    it('turns introspection off, hides the dev mailbox, and sends no stack traces', async () => {
      const introspection = await post(api, { query: '{ __schema { queryType { name } } }' });
      expect(introspection.body.errors?.[0].message).toMatch(/introspection/i);
      const mailbox = await post(api, { query: '{ devMailbox { id } }' });
      expect(mailbox.body.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
      const bad = await post(api, {
        query: 'mutation { signUp(input: { email: "x", name: "", password: "" }) }',
      });
      expect(bad.body.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(bad.body)).not.toMatch(/stacktrace|\.ts:\d+|at Object/);
    });
  });
});
