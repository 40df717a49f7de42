/**
 * npm test's preflight (tools/scripts/preflight.mjs), run as npm test runs it: it stops within
 * seconds with one line naming what is missing, and passes on a machine that has what it needs.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const PREFLIGHT = join(__dirname, 'preflight.mjs');

function preflight(env: Record<string, string | undefined>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['CHROMIUM_PATH', 'TEST_DATABASE_URL', 'DATABASE_URL']) delete childEnv[name];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  const started = Date.now();
  const run = spawnSync(process.execPath, [PREFLIGHT], { env: childEnv, encoding: 'utf8', timeout: 30_000 });
  const lines = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.trim());
  return { status: run.status, lines, ms: Date.now() - started };
}

describe('preflight', () => {
  it('stops within 10 s with one line naming CHROMIUM_PATH when it points at nothing', () => {
    const { status, lines, ms } = preflight({ CHROMIUM_PATH: '/nonexistent' });
    expect(status).not.toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect(lines).toEqual([expect.stringMatching(/^preflight: CHROMIUM_PATH=\/nonexistent .*unset it/)]);
  });

  it('wins over E2E_BROWSER=packaged: CHROMIUM_PATH is the most explicit setting', () => {
    const { status, lines } = preflight({ CHROMIUM_PATH: '/nonexistent', E2E_BROWSER: 'packaged' });
    expect(status).not.toBe(0);
    expect(lines.join('\n')).toContain('CHROMIUM_PATH=/nonexistent');
  });

  it('stops within 10 s naming TEST_DATABASE_URL when that database does not answer', () => {
    const { status, lines, ms } = preflight({ TEST_DATABASE_URL: 'postgres://127.0.0.1:1/x' });
    expect(status).not.toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect(lines).toContainEqual(
      expect.stringMatching(/^preflight: TEST_DATABASE_URL=postgres:\/\/127\.0\.0\.1:1\/x does not answer .*unset it/),
    );
  });

  it('never shows the password of a database URL', () => {
    const { lines } = preflight({ DATABASE_URL: 'postgres://someone:s3cret@127.0.0.1:1/x' });
    expect(lines.join('\n')).toContain('DATABASE_URL=postgres://someone:***@127.0.0.1:1/x');
    expect(lines.join('\n')).not.toContain('s3cret');
  });

  it('names an E2E_BROWSER it does not understand', () => {
    const { status, lines } = preflight({ E2E_BROWSER: 'firefox' });
    expect(status).not.toBe(0);
    expect(lines).toContainEqual(expect.stringContaining('E2E_BROWSER=firefox is not understood'));
  });

  it('passes on this machine, starting a browser, in one line', () => {
    const { status, lines } = preflight({});
    expect(lines).toEqual([expect.stringMatching(/^preflight ok in [\d.]+ s: .*Chromium \d+/)]);
    expect(status).toBe(0);
  });
});
