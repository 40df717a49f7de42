import express from 'express';
import type { Request } from 'express';
import { trustProxies } from './http-setup';

/** The client's address Express gives (`req.ip`) for a request from `socket` with that X-Forwarded-For, under `setting`. */
function clientIp(setting: string) {
  const app = express();
  trustProxies(app, setting);
  return (socket: string, forwardedFor?: string): string | undefined => {
    const req = Object.create(app.request) as Request;
    Object.assign(req, {
      headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
      socket: { remoteAddress: socket },
    });
    return req.ip;
  };
}

describe('trustProxies', () => {
  it('takes the forwarded address only from the proxies TRUST_PROXY names, every time it is asked', () => {
    const ip = clientIp('loopback');
    for (let i = 0; i < 3; i++) {
      expect(ip('::ffff:127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
      expect(ip('127.0.0.1', '203.0.113.8')).toBe('203.0.113.8');
      // Not a proxy it trusts: the forwarded header is the client's own claim.
      expect(ip('198.51.100.1', '203.0.113.7')).toBe('198.51.100.1');
      expect(ip('::ffff:198.51.100.1', '203.0.113.7')).toBe('::ffff:198.51.100.1');
      // Through two trusted hops; a client's made-up hop stops the walk.
      expect(ip('127.0.0.1', '203.0.113.9, 127.0.0.2')).toBe('203.0.113.9');
      expect(ip('127.0.0.1', '127.0.0.3, 198.51.100.2')).toBe('198.51.100.2');
      expect(ip('127.0.0.1')).toBe('127.0.0.1');
    }
  });

  it('reads a list of subnets, and a hop count as a count', () => {
    const subnets = clientIp('10.0.0.0/8, loopback');
    expect(subnets('10.1.2.3', '203.0.113.7')).toBe('203.0.113.7');
    expect(subnets('11.1.2.3', '203.0.113.7')).toBe('11.1.2.3');
    const oneHop = clientIp('1');
    expect(oneHop('198.51.100.1', '203.0.113.7, 192.0.2.1')).toBe('192.0.2.1');
    expect(clientIp('0')('198.51.100.1', '203.0.113.7')).toBe('198.51.100.1');
  });
});
