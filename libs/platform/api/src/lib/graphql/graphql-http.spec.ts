import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { get as httpGet, type IncomingMessage, type Server } from 'node:http';
import { graphqlPostHandler } from './graphql-http';

describe('graphqlPostHandler', () => {
  let server: ApolloServer<object>;
  let http: Server;
  let url: string;

  beforeAll(async () => {
    server = new ApolloServer<object>({
      typeDefs: 'type Query { hello(name: String): String }',
      resolvers: { Query: { hello: (_: unknown, { name }: { name?: string }) => `bonjour ${name ?? 'é'}` } },
      csrfPrevention: true,
    });
    await server.start();
    const app = express();
    app.use(express.json());
    app.use('/graphql', graphqlPostHandler(server, expressMiddleware(server)));
    http = app.listen(0);
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    http.close();
    await server.stop();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers a POST as the integration does, without an ETag', async () => {
    const res = await post({ query: '{ hello }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength('{"data":{"hello":"bonjour é"}}\n')));
    expect(res.headers.get('etag')).toBeNull();
    expect(await res.text()).toBe('{"data":{"hello":"bonjour é"}}\n');

    const negotiated = await post({ query: '{ hello }' }, { accept: 'application/graphql-response+json' });
    expect(negotiated.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
  });

  it('keeps Apollo’s status and error body', async () => {
    const res = await post({ query: '{ nope }' });
    expect(res.status).toBe(400);
    expect(res.headers.get('etag')).toBeNull();
    expect((await res.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('leaves GETs to the integration: ETag, and 304 when it matches', async () => {
    // node:http, not fetch: fetch adds `Cache-Control: no-cache` to a conditional request.
    const get = (headers: Record<string, string> = {}) =>
      new Promise<IncomingMessage>((resolve, reject) =>
        httpGet(`${url}?query=${encodeURIComponent('{ hello(name: "x") }')}`, {
          headers: { 'apollo-require-preflight': 'true', ...headers },
        })
          .on('response', (res) => resolve(res.resume()))
          .on('error', reject),
      );
    const first = await get();
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/"/);
    expect((await get({ 'if-none-match': etag as string })).statusCode).toBe(304);
  });
});
