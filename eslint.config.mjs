import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const dep = (sourceTag, onlyDependOnLibsWithTags) => ({ sourceTag, onlyDependOnLibsWithTags });

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    // Tool configuration files are not part of any library's code.
    ignores: ['**/dist', '**/node_modules', '**/.angular', '**/*.generated.ts', 'tmp/**', '**/test-output', '**/eslint.config.mjs', 'eslint.angular.config.mjs', '**/jest.config.ts', '**/jest.*.config.ts', '**/webpack.config.js', 'jest.preset.js', 'codegen.ts', 'tools/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
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
            // By business domain: who may know whom.
            dep('scope:shared', ['scope:shared']),
            dep('scope:platform', ['scope:platform', 'scope:shared']),
            dep('scope:identity', ['scope:identity', 'scope:platform', 'scope:shared']),
            dep('scope:associations', ['scope:associations', 'scope:identity', 'scope:platform', 'scope:shared']),
            dep('scope:directory', ['scope:directory', 'scope:associations', 'scope:identity', 'scope:platform', 'scope:shared']),
            dep('scope:notifications', ['scope:notifications', 'scope:associations', 'scope:identity', 'scope:platform', 'scope:shared']),
            dep('scope:network', ['scope:network', 'scope:notifications', 'scope:directory', 'scope:associations', 'scope:identity', 'scope:platform', 'scope:shared']),
            dep('scope:projects', ['scope:projects', 'scope:network', 'scope:notifications', 'scope:directory', 'scope:associations', 'scope:identity', 'scope:platform', 'scope:shared']),
            dep('scope:cashmobs', ['scope:cashmobs', 'scope:network', 'scope:notifications', 'scope:directory', 'scope:associations', 'scope:identity', 'scope:platform', 'scope:shared']),
            dep('scope:promotions', ['scope:promotions', 'scope:notifications', 'scope:directory', 'scope:associations', 'scope:identity', 'scope:platform', 'scope:shared']),
            // The calendar composes the dated things of the other domains through their services.
            dep('scope:calendar', ['scope:calendar', 'scope:projects', 'scope:cashmobs', 'scope:promotions', 'scope:network', 'scope:notifications', 'scope:directory', 'scope:associations', 'scope:identity', 'scope:platform', 'scope:shared']),
            dep('scope:impact', ['scope:impact', 'scope:projects', 'scope:cashmobs', 'scope:promotions', 'scope:network', 'scope:notifications', 'scope:directory', 'scope:associations', 'scope:identity', 'scope:platform', 'scope:shared']),
            dep('scope:widgets', ['scope:widgets', 'scope:cashmobs', 'scope:promotions', 'scope:directory', 'scope:associations', 'scope:identity', 'scope:platform', 'scope:shared']),
            dep('scope:app', ['scope:app', 'scope:platform', 'scope:shared', 'scope:identity', 'scope:associations', 'scope:directory', 'scope:notifications', 'scope:network', 'scope:projects', 'scope:cashmobs', 'scope:promotions', 'scope:calendar', 'scope:impact', 'scope:widgets']),
            // No framework leaks across runtimes.
            { sourceTag: 'type:domain', bannedExternalImports: ['@nestjs/*', 'typeorm', '@angular/*', 'class-validator', 'class-transformer', 'rxjs'] },
            { sourceTag: 'type:util', bannedExternalImports: ['@nestjs/*', 'typeorm', '@angular/*', 'class-validator', 'class-transformer'] },
            { sourceTag: 'type:web', bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'argon2', 'class-validator'] },
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
