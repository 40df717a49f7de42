import type { Request } from 'express';
import { routeLabel } from './metrics.service';

const request = (path: string | undefined, baseUrl = '') =>
  ({ route: path ? { path } : undefined, baseUrl }) as Request;

describe('routeLabel', () => {
  it('names a request by its route pattern, never by the raw path', () => {
    expect(routeLabel(request('/:slug/cashmob.ics', '/api/cashmobs'), 200)).toBe('/api/cashmobs/:slug/cashmob.ics');
    expect(routeLabel(request('/graphql/{*path}'), 200)).toBe('/graphql');
    expect(routeLabel(request('/graphql{/*path}'), 200)).toBe('/graphql');
    // GraphQL's handler is mounted at /graphql (app.use), not routed.
    expect(routeLabel(request(undefined, '/graphql'), 200)).toBe('/graphql');
  });

  it('puts the catch-all and unrouted requests under two fixed labels', () => {
    expect(routeLabel(request('/{*path}'), 200)).toBe('(static)');
    expect(routeLabel(request('/{*path}'), 404)).toBe('(unmatched)');
    expect(routeLabel(request(undefined), 404)).toBe('(unmatched)');
  });
});
