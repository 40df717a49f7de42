import nx from '@nx/eslint-plugin';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const dep = (sourceTag, onlyDependOnLibsWithTags) => ({ sourceTag, onlyDependOnLibsWithTags });

/**
 * Which domains a domain may know is the domain's own decision, written in its folder: its libraries'
 * project.json carry `scope:<domain>` and one `uses:<other domain>` tag for each domain it may import
 * (kept in its `domain` library's). Every scope may import itself, the platform and shared code; the
 * platform only shared code; the apps (scope:app) every scope. A new domain edits nothing here.
 */
function scopeConstraints() {
  const root = dirname(fileURLToPath(import.meta.url));
  const uses = new Map();
  for (const folder of readdirSync(join(root, 'libs')))
    for (const kind of readdirSync(join(root, 'libs', folder))) {
      const file = join(root, 'libs', folder, kind, 'project.json');
      if (!existsSync(file)) continue;
      const tags = JSON.parse(readFileSync(file, 'utf8')).tags ?? [];
      const scope = tags.find((tag) => tag.startsWith('scope:'));
      if (!scope || scope === 'scope:shared' || scope === 'scope:platform') continue;
      const allowed = uses.get(scope) ?? new Set([scope]);
      for (const tag of tags) if (tag.startsWith('uses:')) allowed.add(`scope:${tag.slice('uses:'.length)}`);
      uses.set(scope, allowed);
    }
  return [
    dep('scope:shared', ['scope:shared']),
    dep('scope:platform', ['scope:platform', 'scope:shared']),
    ...[...uses].map(([scope, allowed]) => dep(scope, [...allowed, 'scope:platform', 'scope:shared'])),
    dep('scope:app', ['scope:*']),
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    // Tool configuration files are not part of any library's code.
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.angular',
      '**/*.generated.ts',
      'tmp/**',
      '**/test-output',
      '**/eslint.config.mjs',
      'eslint.angular.config.mjs',
      '**/jest.config.ts',
      '**/jest.*.config.ts',
      '**/webpack.config.js',
      'jest.preset.js',
      'codegen.ts',
      'tools/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          // A domain's menu labels (`@assoc/<domain>-web/nav`, a few strings) load with the menu; the rest of the
          // library stays lazy (issue 21 part 8).
          checkDynamicDependenciesExceptions: ['^@assoc/[a-z-]+-web/nav$'],
          depConstraints: [
            // By kind of code: what may run where.
            dep('type:util', ['type:util']),
            dep('type:domain', ['type:domain', 'type:util']),
            // Integration tests inside an api library use the testing library.
            dep('type:api', ['type:api', 'type:domain', 'type:util', 'type:testing']),
            dep('type:web', ['type:web', 'type:ui', 'type:domain', 'type:util']),
            dep('type:ui', ['type:ui', 'type:util']),
            dep('type:testing', ['type:testing', 'type:api', 'type:domain', 'type:util']),
            dep('type:app-api', ['type:api', 'type:domain', 'type:util', 'type:testing']),
            dep('type:app-web', ['type:web', 'type:ui', 'type:domain', 'type:util']),
            dep('type:e2e', ['type:testing', 'type:domain', 'type:util']),
            // By business domain: who may know whom (read from the libraries' tags, below).
            ...scopeConstraints(),
            // No framework leaks across runtimes.
            {
              sourceTag: 'type:domain',
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                '@angular/*',
                'class-validator',
                'class-transformer',
                'rxjs',
              ],
            },
            {
              sourceTag: 'type:util',
              bannedExternalImports: ['@nestjs/*', 'typeorm', '@angular/*', 'class-validator', 'class-transformer'],
            },
            {
              sourceTag: 'type:web',
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'argon2', 'class-validator'],
            },
            { sourceTag: 'type:ui', bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg'] },
            { sourceTag: 'type:api', bannedExternalImports: ['@angular/*', 'apollo-angular', '@ngx-translate/*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
];
