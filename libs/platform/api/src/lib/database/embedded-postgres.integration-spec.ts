import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../../../..');

describe('embedded PostgreSQL', () => {
  it('keeps its data across a stop and a new start on the same folder (what `npm start` does after a restart)', () => {
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(__dirname, 'testing/restart-embedded.ts')],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, TS_NODE_PROJECT: join(root, 'libs/platform/api/tsconfig.json') },
      },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ rows: [{ value: 'still here' }], portsDiffer: expect.any(Boolean) });
  }, 120_000);
});
