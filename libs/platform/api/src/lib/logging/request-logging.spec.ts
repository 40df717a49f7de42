import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp from 'pino-http';
import { loadConfig } from '../config/app-config';
import { redactSecrets, requestLogging } from './request-logging';

const TOKEN = 'q3XvJ2l0bS1hc3NvYy1zZWNyZXQtdG9rZW4tMjAyNg_-AbC'; // 48 base64url characters, as the app makes them
const UUID = '3f0c2a8e-9b1d-4c7e-8f2a-1b2c3d4e5f60';

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
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const config = loadConfig({
      NODE_ENV: 'production',
      SECRET_KEY: 'k'.repeat(40),
      SMTP_URL: 'smtp://127.0.0.1:2525',
    });
    const logger = pinoHttp(requestLogging(config), sink);
    const server: Server = createServer((req, res) => {
      logger(req, res);
      res.end('ok');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of [`/api/calendar/feed/${TOKEN}.ics`, `/invitation/${TOKEN}`, '/health', `/members/${UUID}`]) {
        await (
          await fetch(`${base}${path}`, {
            headers: { cookie: `session=${TOKEN}`, 'user-agent': 'Mozilla/5.0 (test-agent)' },
          })
        ).text();
      }
    } finally {
      await new Promise((done) => server.close(done));
    }
    const log = lines.join('');
    expect(lines).toHaveLength(3);
    expect(log).not.toContain(TOKEN);
    expect(log).toContain('/api/calendar/feed/[secret].ics');
    expect(log).toContain('/invitation/[secret]');
    expect(log).toContain(`/members/${UUID}`);
    expect(log).not.toContain('"/health"');
    // No header at all: neither the cookie nor the user agent.
    expect(log).not.toContain('headers');
    expect(log).not.toContain('test-agent');
    expect(JSON.parse(lines[0])).toMatchObject({ req: { method: 'GET' }, res: { statusCode: 200 } });
  });
});
