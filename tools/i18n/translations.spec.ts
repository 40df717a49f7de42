/**
 * The UI strings (issue 21, ADR 0028): the shell's own file (apps/web/public/i18n) and one per web
 * library (libs/<domain>/web/src/i18n), each in French and English. A key missing in one language
 * fails here, and so does a key the code uses that exists in none of the files its page loads: a
 * static scan of every library's templates and TypeScript, since a missing key shows as the raw key.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LANGS = ['fr', 'en'] as const;
type Tree = { [key: string]: string | Tree };

interface Library {
  name: string;
  src: string;
  /** Its own strings, or null for code that speaks only the shell's (platform-web, the app). */
  i18n: string | null;
}

const SHELL_I18N = 'apps/web/public/i18n';
const DOMAINS = readdirSync(join(ROOT, 'libs')).filter((d) => existsSync(join(ROOT, 'libs', d, 'web/src/i18n')));
const LIBRARIES: Library[] = [
  ...DOMAINS.map((d) => ({ name: d, src: `libs/${d}/web/src`, i18n: `libs/${d}/web/src/i18n` })),
  { name: 'platform', src: 'libs/platform/web/src', i18n: null },
  { name: 'app', src: 'apps/web/src', i18n: null },
];
/**
 * A library's second pair of files (`<i18n>/<part>/{fr,en}.json`, under the library's own key, merged
 * key by key) and the code whose routes load it with the first: that code may use both pairs, the
 * rest of the library only the first (identity's log-in page must not need the account pages').
 */
const PARTS: Record<string, { dir: string; loadedBy: string[] }[]> = {
  identity: [
    {
      dir: 'libs/identity/web/src/i18n/account',
      loadedBy: [
        'lib/account.routes.ts',
        'lib/security.routes.ts',
        'lib/account/',
        'lib/security/',
        'lib/close-account/close-account-page.ts',
      ],
    },
  ],
};
/** Other libraries' strings a library's routes load with its own (`withTexts` in its *.routes.ts). */
const ALSO_LOADS: Record<string, string[]> = { associations: ['identity'], widgets: ['directory'] };
/** Key-like literals that are not keys (none so far): name them here with the reason. */
const NOT_KEYS = new Set<string>();

function read(dir: string, lang: string): Tree {
  return JSON.parse(readFileSync(join(ROOT, dir, `${lang}.json`), 'utf8')) as Tree;
}

/** Every leaf key ('a.b.c'). */
function flatten(tree: Tree, prefix = '', leaves = new Set<string>()): Set<string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') leaves.add(prefix + key);
    else flatten(value, `${prefix + key}.`, leaves);
  }
  return leaves;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|html)$/.test(e.name) && !/\.(spec|generated)\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const PART_DIRS = Object.values(PARTS).flatMap((parts) => parts.map((part) => part.dir));
const FILES = [SHELL_I18N, ...LIBRARIES.flatMap((l) => (l.i18n ? [l.i18n] : [])), ...PART_DIRS];
const NAMESPACES = new Set(FILES.flatMap((dir) => Object.keys(read(dir, 'fr'))));

interface Use {
  file: string;
  key: string;
  /** Built at run time: the literal is a prefix (`'x.y.' + v`, `` `x.y.${v}` ``) that some key must start with. */
  prefix: boolean;
}

/**
 * What a library's code asks for: `'key' | translate`, `translate.instant('key')`/`get`/`stream`,
 * `[translate]`, a route's `title`, and any other literal that starts with a namespace of the files
 * (keys handed to a component or kept in a table), prefixes of run-time keys included.
 */
function uses(lib: Library): Use[] {
  const found: Use[] = [];
  const literal = /(['"`])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)*\.?)(\$\{|\1)/g;
  for (const file of sourceFiles(lib.src)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(literal)) {
      const key = m[2];
      const ns = key.split('.')[0];
      if (!NAMESPACES.has(ns) || !key.includes('.') || NOT_KEYS.has(key)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      found.push({
        file,
        key,
        prefix: m[3] === '${' || key.endsWith('.') || /^\s*\+/.test(after),
      });
    }
    // Explicit uses whose key has no dot or an unknown namespace: still checked.
    const explicit = [
      /(?<!\+\s*)(['"])([^'"\s]+)\1\s*\|\s*translate\b/g,
      /translate\w*\.(?:instant|get|stream)\(\s*(['"])([^'"]+)\1/g,
      /\[translate\]="(')([^']+)'"/g,
      /\btranslate="()([^"]+)"/g,
    ];
    for (const re of explicit)
      for (const m of text.matchAll(re))
        if (!found.some((u) => u.file === file && u.key === m[2])) found.push({ file, key: m[2], prefix: false });
  }
  return found;
}

describe('UI strings', () => {
  it.each(FILES)('%s: every key in French exists in English and the other way round', (dir) => {
    const [fr, en] = LANGS.map((lang) => flatten(read(dir, lang)));
    expect([...fr].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !fr.has(k))).toEqual([]);
    expect(fr.size).toBeGreaterThan(0);
  });

  it('gives each top-level key one owner: the shell or one library (its own name among them)', () => {
    const owners = new Map<string, string[]>();
    for (const dir of FILES.filter((f) => !PART_DIRS.includes(f)))
      for (const key of Object.keys(read(dir, 'fr'))) owners.set(key, [...(owners.get(key) ?? []), dir]);
    expect([...owners].filter(([, dirs]) => dirs.length > 1)).toEqual([]);
    for (const d of DOMAINS) expect(Object.keys(read(`libs/${d}/web/src/i18n`, 'fr'))).toContain(d);
  });

  it.each(Object.entries(PARTS))(
    '%s: its second pair of files holds only its own key, and no string the first pair has (merging would hide one)',
    (name, parts) => {
      const first = flatten(read(`libs/${name}/web/src/i18n`, 'fr'));
      for (const part of parts) {
        expect(Object.keys(read(part.dir, 'fr'))).toEqual([name]);
        const second = flatten(read(part.dir, 'fr'));
        expect(second.size).toBeGreaterThan(0);
        expect([...second].filter((k) => first.has(k))).toEqual([]);
      }
    },
  );

  it.each(LIBRARIES.map((l) => [l.name, l] as const))(
    '%s: every key its code uses is in its own files, those its routes also load, or the shell',
    (_name, lib) => {
      const dirs = [
        SHELL_I18N,
        ...(lib.i18n ? [lib.i18n] : []),
        ...(ALSO_LOADS[lib.name] ?? []).map((d) => `libs/${d}/web/src/i18n`),
      ];
      const missing: string[] = [];
      for (const lang of LANGS) {
        const leaves = new Set<string>();
        for (const dir of dirs) flatten(read(dir, lang), '', leaves);
        // The code whose routes also load a second pair of this library's files sees those strings too.
        const leavesFor = (file: string): Set<string> => {
          const rel = file.slice(join(ROOT, lib.src).length + 1);
          const parts = (PARTS[lib.name] ?? []).filter((p) => p.loadedBy.some((prefix) => rel.startsWith(prefix)));
          if (!parts.length) return leaves;
          const more = new Set(leaves);
          for (const part of parts) flatten(read(part.dir, lang), '', more);
          return more;
        };
        for (const use of uses(lib)) {
          const known = leavesFor(use.file);
          if (!(use.prefix ? [...known].some((k) => k.startsWith(use.key)) : known.has(use.key)))
            missing.push(`${lang}: ${use.key}${use.prefix ? '…' : ''} (${use.file.slice(ROOT.length + 1)})`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it('finds the keys it checks: the scan sees every library use its strings', () => {
    // The app only composes the libraries: since the menu's labels come from each domain's nav.ts
    // (issue 21 part 8) it names one key (the not-allowed page's title); the scan must still see it.
    const least = (lib: Library) => (lib.name === 'app' ? 1 : 6);
    for (const lib of LIBRARIES) expect([lib.name, uses(lib).length >= least(lib)]).toEqual([lib.name, true]);
  });
});
