import fastify, { FastifyInstance } from 'fastify';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { redactSecrets, requestIds, requestLines } from './request-logging';

const TOKEN = 'q3XvJ2l0bS1hc3NvYy1zZWNyZXQtdG9rZW4tMjAyNg_-AbC'; // 48 base64url characters, as the app makes them
const UUID = '3f0c2a8e-9b1d-4c7e-8f2a-1b2c3d4e5f60';

/**
 * A Fastify instance answering `status` for every path, with the request ids and the request-line hooks
 * as configureHttp and httpAdapter set them; its request lines (for `isProduction`) land in `lines`, the
 * ids the handlers saw in `ids`. `POST /slow` (its JSON body read) answers only once `release` is called.
 */
async function serve(isProduction: boolean, status = 200) {
  const lines: Record<string, unknown>[] = [];
  const written: (() => void)[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      written.splice(0).forEach((wake) => wake());
      done();
    },
  });
  const ids: unknown[] = [];
  const log = requestLines(pino(sink), { isProduction });
  const app: FastifyInstance = fastify({ genReqId: requestIds() });
  app.addHook('onResponse', (request, reply, done) => {
    log(request, reply);
    done();
  });
  if (isProduction)
    app.addHook('onRequest', (request, reply, done) => {
      reply.raw.once('close', () => reply.raw.writableFinished || log(request, null));
      done();
    });
  let started!: () => void;
  const slowStarted = new Promise<void>((done) => (started = done));
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  app.post('/slow', async (request, reply) => {
    ids.push(request.id);
    started();
    await released;
    return reply.send('late');
  });
  app.all('/*', (request, reply) => {
    ids.push(request.id);
    return reply.status(status).send('ok');
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const get = async (path: string) =>
    (
      await fetch(`${base}${path}`, {
        headers: { cookie: `session=${TOKEN}`, 'user-agent': 'Mozilla/5.0 (test-agent)' },
      })
    ).text();
  /** Posts to `/slow` and drops the connection once the handler runs. */
  const dropSlow = async () => {
    const abort = new AbortController();
    const asked = fetch(`${base}/slow`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ slow }"}',
      signal: abort.signal,
    }).catch(() => undefined);
    await slowStarted;
    abort.abort();
    await asked;
  };
  const nextLine = () => new Promise<void>((done) => written.push(done));
  return { lines, ids, get, dropSlow, release, nextLine, close: () => app.close() };
}

describe('request logging', () => {
  it('redacts secret tokens from URLs and keeps ids readable', () => {
    expect(redactSecrets(`/api/calendar/feed/${TOKEN}.ics`)).toBe('/api/calendar/feed/[secret].ics');
    expect(redactSecrets(`/reset-password/${TOKEN}`)).toBe('/reset-password/[secret]');
    expect(redactSecrets(`/unsubscribe/${TOKEN}?lang=fr`)).toBe('/unsubscribe/[secret]?lang=fr');
    expect(redactSecrets(`/c/sign-up/${TOKEN}`)).toBe('/c/sign-up/[secret]');
    expect(redactSecrets(`/x?token=${TOKEN}&a=1`)).toBe('/x?token=[secret]&a=1');
    expect(redactSecrets(`/projects/${UUID}`)).toBe(`/projects/${UUID}`);
  });

  it('writes production request lines without the tokens, the cookies or the health checks', async () => {
    const server = await serve(true);
    try {
      for (const path of [`/api/calendar/feed/${TOKEN}.ics`, `/invitation/${TOKEN}`, '/health', `/members/${UUID}`]) {
        await server.get(path);
      }
    } finally {
      await server.close();
    }
    const log = JSON.stringify(server.lines);
    expect(server.lines).toHaveLength(3);
    expect(log).not.toContain(TOKEN);
    expect(server.lines.map((line) => (line['req'] as { url: string }).url)).toEqual([
      '/api/calendar/feed/[secret].ics',
      '/invitation/[secret]',
      `/members/${UUID}`,
    ]);
    // No header at all: neither the cookie nor the user agent.
    expect(log).not.toContain('headers');
    expect(log).not.toContain('test-agent');
    expect(server.lines[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'GET', remoteAddress: '127.0.0.1' },
      res: { statusCode: 200 },
    });
    expect(typeof server.lines[0]['responseTime']).toBe('number');
    // Each line's id is the one the handler saw (the error filter's reqId), one per request.
    expect(server.lines.map((line) => String((line['req'] as { id: unknown }).id))).toEqual([
      server.ids[0],
      server.ids[1],
      server.ids[3],
    ]);
    expect(new Set(server.ids).size).toBe(4);
  });

  it('writes an answer from 500 up at error level', async () => {
    const server = await serve(true, 503);
    try {
      await server.get('/graphql');
    } finally {
      await server.close();
    }
    expect(server.lines).toEqual([
      expect.objectContaining({ level: 50, msg: 'request errored', res: { statusCode: 503 } }),
    ]);
  });

  it('writes one line for a request whose client left before the answer', async () => {
    const server = await serve(true);
    try {
      const written = server.nextLine();
      await server.dropSlow();
      await written;
      server.release();
      // The next request's line comes after the dropped one's, and the dropped one has no second line.
      await server.get('/after');
    } finally {
      await server.close();
    }
    expect(server.lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'request aborted', req: expect.objectContaining({ url: '/slow' }) }),
      expect.objectContaining({ msg: 'request completed', req: expect.objectContaining({ url: '/after' }) }),
    ]);
  });

  it('writes no request line outside production, and still numbers the requests', async () => {
    const server = await serve(false);
    try {
      await server.get('/a');
      await server.get('/b');
    } finally {
      await server.close();
    }
    expect(server.lines).toEqual([]);
    expect(server.ids).toEqual(['1', '2']);
  });
});
