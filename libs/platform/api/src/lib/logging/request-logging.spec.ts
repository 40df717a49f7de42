import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { redactSecrets, requestLogger } from './request-logging';

const TOKEN = 'q3XvJ2l0bS1hc3NvYy1zZWNyZXQtdG9rZW4tMjAyNg_-AbC'; // 48 base64url characters, as the app makes them
const UUID = '3f0c2a8e-9b1d-4c7e-8f2a-1b2c3d4e5f60';

/** A server answering `status` for every path, whose request lines (for `isProduction`) land in `lines`. */
async function serve(isProduction: boolean, status = 200) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const ids: unknown[] = [];
  const middleware = requestLogger(pino(sink), { isProduction });
  const server: Server = createServer((req, res) =>
    middleware(req, res, () => {
      ids.push((req as { id?: unknown }).id);
      res.statusCode = status;
      res.end('ok');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string) =>
    (
      await fetch(`${base}${path}`, {
        headers: { cookie: `session=${TOKEN}`, 'user-agent': 'Mozilla/5.0 (test-agent)' },
      })
    ).text();
  const close = () => new Promise((done) => server.close(done));
  return { lines, ids, get, close };
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
    expect(server.lines.map((line) => (line['req'] as { id: unknown }).id)).toEqual([
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

  it('writes no request line outside production, and still numbers the requests', async () => {
    const server = await serve(false);
    try {
      await server.get('/a');
      await server.get('/b');
    } finally {
      await server.close();
    }
    expect(server.lines).toEqual([]);
    expect(server.ids).toEqual([1, 2]);
  });
});
