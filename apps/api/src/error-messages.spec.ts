import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as associations from '@assoc/associations-domain';
import * as cashmobs from '@assoc/cashmobs-domain';
import * as directory from '@assoc/directory-domain';
import * as identity from '@assoc/identity-domain';
import * as impact from '@assoc/impact-domain';
import * as network from '@assoc/network-domain';
import { catalogueKeys, Locale, message, MessageTexts, PLATFORM_MESSAGES } from '@assoc/platform-domain';
import * as projects from '@assoc/projects-domain';
import * as promotions from '@assoc/promotions-domain';
import * as widgets from '@assoc/widgets-domain';
// The API's modules register each domain's reasons when loaded (ADR 0026): test the composed catalogue.
import { DOMAIN_MODULES } from './app.module';

const libs = join(__dirname, '../../../libs');

/** Every non-test TypeScript file of libs/<domain>/{api,domain}/src. */
function sources(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/(spec|test-helpers)\.ts$/.test(entry.name))
        out.push({ file: path, text: readFileSync(path, 'utf8') });
    }
  };
  for (const domain of readdirSync(libs))
    for (const kind of ['api', 'domain']) {
      try {
        walk(join(libs, domain, kind, 'src'));
      } catch {
        // not every library has both kinds
      }
    }
  return out;
}

/** The argument list of a call starting at `open` (the opening parenthesis), split at its top-level commas. */
function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return [...args, text.slice(start, i)];
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return args;
}

/** The string literals an argument may evaluate to (`a === 'x' ? 'isDate' : 'isInstant'`: not the compared 'x'). */
const literals = (expression: string) =>
  [...expression.replace(/[!=]==\s*['"]\w+['"]/g, '').matchAll(/['"]([a-z]\w*)['"]/g)].map((m) => m[1]);

/**
 * The reasons the code raises, read from the source: the reason argument of AppError.field/conflict
 * (second), AppError.forbidden/tooManyRequests (first), new AppError(code, reason), and every
 * `reason: '…'` of a problem object (domain functions' refusals).
 */
function raisedReasons(): Map<string, string> {
  const found = new Map<string, string>();
  const calls: [RegExp, number][] = [
    [/AppError\.(?:field|conflict)\(/g, 1],
    [/AppError\.(?:forbidden|tooManyRequests)\(/g, 0],
    [/new AppError\(/g, 1],
  ];
  for (const { file, text } of sources()) {
    for (const [pattern, index] of calls)
      for (const m of text.matchAll(pattern)) {
        const argument = callArguments(text, (m.index as number) + m[0].length - 1)[index] ?? '';
        for (const reason of literals(argument)) found.set(reason, file);
      }
    for (const m of text.matchAll(/\breason:\s*['"]([a-z]\w*)['"]/g)) found.set(m[1], file);
  }
  return found;
}

describe('error messages composed from the domains (ADR 0026)', () => {
  const lists: Record<string, MessageTexts> = {
    platform: PLATFORM_MESSAGES,
    identity: identity.IDENTITY_MESSAGES,
    associations: associations.ASSOCIATIONS_MESSAGES,
    directory: directory.DIRECTORY_MESSAGES,
    network: network.NETWORK_MESSAGES,
    projects: projects.PROJECTS_MESSAGES,
    cashmobs: cashmobs.CASHMOBS_MESSAGES,
    promotions: promotions.PROMOTIONS_MESSAGES,
    widgets: widgets.WIDGETS_MESSAGES,
    impact: impact.IMPACT_MESSAGES,
  };

  it('has a French and an English text for every reason the domains raise', () => {
    expect(DOMAIN_MODULES.length).toBeGreaterThan(0);
    const raised = raisedReasons();
    // The scan finds the reasons (a broken scan would pass vacuously).
    expect(raised.size).toBeGreaterThan(100);
    for (const reason of ['startTooSoon', 'emailTaken', 'topicNameTaken', 'productShopFirst', 'required'])
      expect(raised.has(reason)).toBe(true);
    const fr = new Set(catalogueKeys(Locale.FR));
    const en = new Set(catalogueKeys(Locale.EN));
    const missing = [...raised]
      .filter(([reason]) => !fr.has(reason) || !en.has(reason))
      .map(([reason, file]) => `${reason} (${file.slice(libs.length + 1)})`);
    expect(missing).toEqual([]);
  });

  it('defines each reason once, in the platform or in one domain, with both languages', () => {
    const owners = new Map<string, string[]>();
    for (const [owner, texts] of Object.entries(lists))
      for (const [reason, text] of Object.entries(texts)) {
        owners.set(reason, [...(owners.get(reason) ?? []), owner]);
        expect([reason, Boolean(text.fr?.trim()), Boolean(text.en?.trim())]).toEqual([reason, true, true]);
      }
    expect([...owners].filter(([, by]) => by.length > 1)).toEqual([]);
    // Every list is the one the API answers from.
    for (const texts of Object.values(lists))
      for (const [reason, text] of Object.entries(texts)) {
        expect(message(Locale.FR, reason)).toBe(text.fr);
        expect(message(Locale.EN, reason)).toBe(text.en);
      }
  });
});
