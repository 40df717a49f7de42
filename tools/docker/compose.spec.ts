/**
 * Docker cannot run in this repository's environment, so the production stack (docker/compose.yml,
 * docker/nginx.conf, docker/Dockerfile, .dockerignore) is checked for its shape instead: read with
 * a YAML parser, not run. npm run test:cluster runs the same topology without Docker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  deploy?: { replicas?: number };
  ports?: string[];
  expose?: string[];
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  profiles?: string[];
  volumes?: string[];
  restart?: string;
}

const compose = parse(read('docker/compose.yml'), { merge: true }) as { services: Record<string, Service> };
const { services } = compose;

describe('docker/compose.yml', () => {
  it('has PostgreSQL, MinIO with a bucket-creating one-shot, the API, the proxy and a demo mail catcher', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'mailpit', 'minio', 'minio-init', 'postgres', 'proxy']);
    expect(services['postgres'].image).toMatch(/^postgres:17/);
    expect(services['minio-init'].restart).toBe('no');
    expect(services['minio-init'].depends_on?.['minio'].condition).toBe('service_healthy');
    expect(JSON.stringify(services['minio-init'])).toContain('mc mb --ignore-existing');
    expect(services['mailpit'].profiles).toEqual(['demo']);
    for (const name of ['api', 'postgres', 'minio', 'minio-init', 'proxy'])
      expect(services[name].profiles).toBeUndefined();
  });

  it('runs two or more API replicas with no host port, built by docker/Dockerfile', () => {
    const api = services['api'];
    expect(api.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(api.ports).toBeUndefined();
    expect(api.expose).toEqual(['3000']);
    expect(api.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
    expect(api.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      'minio-init': { condition: 'service_completed_successfully' },
    });
  });

  it('starts the API in production with the compose defaults: mail explicitly disabled, uploads on S3', () => {
    const env = services['api'].environment ?? {};
    expect(env['NODE_ENV']).toBe('production');
    expect(env['MAIL_ENABLED']).toBe('${MAIL_ENABLED:-false}');
    expect(env['DATABASE_URL']).toMatch(/@postgres:5432\//);
    expect(env['S3_ENDPOINT']).toBe('http://minio:9000');
    for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_REGION', 'S3_FORCE_PATH_STYLE'])
      expect(env[key]).toBeDefined();
    expect(env['TRUST_PROXY']).toBeDefined();
    expect(env['SHUTDOWN_DELAY_MS']).toBeDefined();
    expect(env['DATA_DIR']).toBeUndefined(); // no local uploads volume on a replica
    expect(services['api'].volumes).toBeUndefined();
  });

  it('puts the proxy in front, started once the API reports ready, and only the proxy publishes a port', () => {
    const proxy = services['proxy'];
    expect(proxy.image).toMatch(/^nginx:/);
    expect(proxy.depends_on?.['api'].condition).toBe('service_healthy');
    expect(services['api'].healthcheck?.test.join(' ')).toContain('/health/ready');
    expect(proxy.volumes).toContain('./nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(proxy.ports).toHaveLength(1);
    for (const name of ['postgres', 'minio', 'minio-init', 'api']) expect(services[name].ports).toBeUndefined();
  });
});

describe('docker/nginx.conf', () => {
  const conf = read('docker/nginx.conf');
  it('balances over the API replicas, passes WebSocket upgrades and retries errors on the next replica', () => {
    expect(conf).toMatch(/upstream api \{[^}]*server api:3000 resolve max_fails=\d+ fail_timeout=\d+s;/);
    expect(conf).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(conf).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(conf).toMatch(/proxy_next_upstream error timeout/);
    expect(conf).toMatch(/proxy_set_header X-Forwarded-For/);
    // With the port: the API refuses a WebSocket whose Origin does not match Host.
    expect(conf).toMatch(/proxy_set_header Host \$http_host;/);
  });
});

describe('docker/Dockerfile and .dockerignore', () => {
  const dockerfile = read('docker/Dockerfile');
  it('installs dependencies inside the image and copies only package files and built output to the runtime', () => {
    expect(dockerfile).toMatch(/RUN npm ci --omit=dev/);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    const copies = runtime.split('\n').filter((line) => line.startsWith('COPY'));
    expect(copies).toEqual([
      'COPY package.json package-lock.json ./',
      'COPY --from=prod-deps /app/node_modules ./node_modules',
      'COPY --from=build /app/dist/apps/api ./dist/apps/api',
      'COPY --from=build /app/dist/apps/web ./dist/apps/web',
    ]);
    expect(dockerfile).not.toMatch(/^COPY \. \.$/m);
  });

  it('keeps node_modules, build output and local data out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    for (const entry of ['**/node_modules', 'dist', 'data', '.nx', '.git']) expect(ignored).toContain(entry);
  });
});
