import fastify from 'fastify';
import { trustProxies } from './http-setup';

/**
 * The client's address Fastify gives (`request.ip`, what the rate limiters read) for a request from
 * `socket` with that X-Forwarded-For, on an instance made with `trustProxy: trustProxies(setting)`.
 */
async function clientIp(setting: string) {
  const app = fastify({ trustProxy: trustProxies(setting) });
  app.get('/', (request) => ({ ip: request.ip }));
  await app.ready();
  const ip = async (socket: string, forwardedFor?: string): Promise<string> => {
    const answer = await app.inject({
      url: '/',
      remoteAddress: socket,
      headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    });
    return (answer.json() as { ip: string }).ip;
  };
  return Object.assign(ip, { close: () => app.close() });
}

describe('trustProxies', () => {
  it('takes the forwarded address only from the proxies TRUST_PROXY names, every time it is asked', async () => {
    const ip = await clientIp('loopback');
    try {
      for (let i = 0; i < 3; i++) {
        expect(await ip('::ffff:127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
        expect(await ip('127.0.0.1', '203.0.113.8')).toBe('203.0.113.8');
        // Not a proxy it trusts: the forwarded header is the client's own claim.
        expect(await ip('198.51.100.1', '203.0.113.7')).toBe('198.51.100.1');
        expect(await ip('::ffff:198.51.100.1', '203.0.113.7')).toBe('::ffff:198.51.100.1');
        // Through two trusted hops; a client's made-up hop stops the walk.
        expect(await ip('127.0.0.1', '203.0.113.9, 127.0.0.2')).toBe('203.0.113.9');
        expect(await ip('127.0.0.1', '127.0.0.3, 198.51.100.2')).toBe('198.51.100.2');
        expect(await ip('127.0.0.1')).toBe('127.0.0.1');
      }
    } finally {
      await ip.close();
    }
  });

  it('reads a list of subnets, and a hop count as a count', async () => {
    const subnets = await clientIp('10.0.0.0/8, loopback');
    const oneHop = await clientIp('1');
    const noHop = await clientIp('0');
    try {
      expect(await subnets('10.1.2.3', '203.0.113.7')).toBe('203.0.113.7');
      expect(await subnets('11.1.2.3', '203.0.113.7')).toBe('11.1.2.3');
      expect(await oneHop('198.51.100.1', '203.0.113.7, 192.0.2.1')).toBe('192.0.2.1');
      expect(await noHop('198.51.100.1', '203.0.113.7')).toBe('198.51.100.1');
    } finally {
      await Promise.all([subnets.close(), oneHop.close(), noHop.close()]);
    }
  });

  it('is a check of the address for addresses and subnets, a number for a hop count', () => {
    const trust = trustProxies('loopback');
    expect(typeof trust).toBe('function');
    const check = trust as (address: string, hop: number) => boolean;
    expect(check('127.0.0.1', 0)).toBe(true);
    expect(check('127.0.0.1', 0)).toBe(true);
    expect(check('::ffff:127.0.0.1', 1)).toBe(true);
    expect(check('198.51.100.1', 0)).toBe(false);
    expect(trustProxies('2')).toBe(2);
  });
});
