import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/** Lints `code` as if it were written in `file`, and returns the module-boundary complaints. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  // ESLint's flat config is an ES module, which jest cannot load: run the real CLI as `npm run lint` does.
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'],
    {
      cwd: root,
      input: code,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries (enforced by lint)', () => {
  jest.setTimeout(120_000);

  it('refuses a utility library importing a domain library or a framework', async () => {
    const errors = await boundaryErrors(
      'libs/shared/util/src/lib/text.ts',
      `import { Role } from '@assoc/platform-domain';\nimport { Injectable } from '@nestjs/common';\nexport const x = [Role, Injectable];\n`,
    );
    expect(errors.join('\n')).toMatch(/type:util.*can only depend on libs tagged with "type:util"/);
    expect(errors.join('\n')).toMatch(/@nestjs\/common/);
  });

  it('refuses one domain reaching into a domain it may not know', async () => {
    const errors = await boundaryErrors(
      'libs/identity/domain/src/lib/password-policy.ts',
      `import { Majority } from '@assoc/associations-domain';\nexport const x = Majority;\n`,
    );
    expect(errors.join('\n')).toMatch(
      /scope:identity.*can only depend on libs tagged with "scope:identity", "scope:platform", "scope:shared"/,
    );
  });

  it('accepts an allowed import', async () => {
    expect(
      await boundaryErrors(
        'libs/identity/api/src/lib/tokens.ts',
        `import { normalizeEmail } from '@assoc/identity-domain';\nexport const x = normalizeEmail;\n`,
      ),
    ).toEqual([]);
  });
});
