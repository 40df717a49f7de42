/**
 * Prometheus metrics at /metrics: absent without METRICS_TOKEN, refused without the right bearer
 * token, and with it the counters of the operations and routes just used (by name and pattern,
 * never the raw URL), the database pool, the outbox backlog, the jobs' lag and Node's own metrics.
 */
import { createTestApp, TestApp } from '@assoc/platform-testing';
import { MailOutbox } from '@assoc/platform-api';
import { DOMAIN_MODULES } from './app.module';

const TOKEN = 'metrics-token-for-the-test-0123456789';

/** The value of the one sample whose line starts with `prefix` (name and labels), or undefined. */
function sample(text: string, prefix: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp(DOMAIN_MODULES, { env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => api.close());

  const scrape = (authorization?: string) =>
    fetch(`${api.url}/metrics`, { headers: authorization ? { authorization } : {} });

  it('refuses anyone without the bearer token with 401', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await scrape(TOKEN)).status).toBe(401);
    const refused = await scrape('Bearer wrong');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('counts GraphQL operations by name and REST requests by route pattern, with the pool, outbox, jobs and process', async () => {
    const client = api.client();
    for (let i = 0; i < 3; i++) await client.ok(`query MetricsProbe { viewer { memberships { id } } }`);
    await client.request(`query MetricsBroken { nothingHere }`);
    const anyId = '00000000-0000-4000-8000-000000000000';
    expect((await fetch(`${api.url}/api/cashmobs/${anyId}/cashmob.ics`)).status).toBe(404);
    expect((await fetch(`${api.url}/no/such/page-${anyId}`)).status).toBe(404);
    await api.dataSource.transaction((manager) =>
      api.app.get(MailOutbox).enqueue(manager, { to: 'metrics@example.fr', subject: 'Backlog', text: 'x', html: 'x' }),
    );

    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = await response.text();

    expect(sample(text, 'assoc_graphql_operations_total{operation="MetricsProbe",type="query",result="ok"}')).toBe(3);
    expect(sample(text, 'assoc_graphql_operation_duration_seconds_count{operation="MetricsProbe",type="query"}')).toBe(
      3,
    );
    // A document that does not validate has no operation to name.
    expect(sample(text, 'assoc_graphql_operations_total{operation="(invalid)",type="unknown",result="error"}')).toBe(1);
    expect(
      sample(text, 'assoc_http_requests_total{method="GET",route="/api/cashmobs/:slug/cashmob.ics",status="404"}'),
    ).toBe(1);
    expect(sample(text, 'assoc_http_requests_total{method="GET",route="(unmatched)",status="404"}')).toBe(1);
    expect(text).not.toContain(anyId);
    expect(
      sample(text, 'assoc_http_requests_total{method="POST",route="/graphql",status="200"}'),
    ).toBeGreaterThanOrEqual(3);

    expect(sample(text, 'assoc_db_pool_connections ')).toBeGreaterThan(0);
    expect(sample(text, 'assoc_db_pool_idle_connections ')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'assoc_db_pool_waiting_requests ')).toBe(0);
    expect(sample(text, 'assoc_outbox_unsent_mails ')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'assoc_outbox_oldest_unsent_age_seconds ')).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/^assoc_job_lag_seconds\{job="[A-Za-z]+"\} \d/m);
    expect(sample(text, 'assoc_pubsub_listeners ')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_cpu_user_seconds_total ')).toBeGreaterThan(0);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp([]);
  });
  afterAll(() => api.close());

  it('does not exist (404), token or not', async () => {
    expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    expect(
      (await fetch(`${api.url}/metrics`, { headers: { authorization: 'Bearer anything-at-all-here' } })).status,
    ).toBe(404);
  });
});
