import { routeLabel } from './metrics.service';

describe('routeLabel', () => {
  it('names a request by its route pattern, never by the raw path', () => {
    expect(routeLabel('/api/cashmobs/:slug/cashmob.ics', 200)).toBe('/api/cashmobs/:slug/cashmob.ics');
    expect(routeLabel('/graphql', 200)).toBe('/graphql');
    expect(routeLabel('/graphql/*', 200)).toBe('/graphql');
  });

  it('puts the catch-all and unrouted requests under two fixed labels', () => {
    expect(routeLabel('/*', 200)).toBe('(static)');
    expect(routeLabel('/*', 404)).toBe('(unmatched)');
    expect(routeLabel(undefined, 404)).toBe('(unmatched)');
  });
});
