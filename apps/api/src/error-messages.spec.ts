import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  catalogueKeys,
  Locale,
  message,
  messageOwner,
  MessageTexts,
  PLATFORM_MESSAGES,
  registeredMessages,
} from '@assoc/platform-domain';
import * as ts from 'typescript';
import { messageUses, sourceFiles } from '../test/message-uses';
// The API's modules register each domain's reasons when loaded (ADR 0026): test the composed catalogue.
import { DOMAIN_MODULES } from './app.module';

const root = join(__dirname, '../../..');
const libs = join(root, 'libs');

/**
 * Every reason the API's code gives, read with the TypeScript compiler (apps/api/test/message-uses.ts):
 * AppError calls, domain problem lists and class-validator decorators of libs/<domain>/{api,domain}.
 * The start-up configuration's checks speak to the operator at boot, not to a user: not in the catalogue.
 */
const uses = messageUses(
  sourceFiles(readdirSync(libs).flatMap((d) => ['api', 'domain'].map((kind) => join(libs, d, kind, 'src')))),
  root,
).filter(
  (u) =>
    !u.file.startsWith('libs/platform/api/src/lib/config/') &&
    // Not a constraint: it only skips the others when the value is absent.
    u.reason !== 'isOptional' &&
    // A reason is a key ("startInPast"); WebSocket close texts ("Try again later") are not.
    /^[a-z][A-Za-z0-9]*$/.test(u.reason),
);

/**
 * Platform reasons that name one concept, with the fields they may be given on: a link's token is not a
 * check-in code, and an end is not an opening hour. The platform's other reasons describe a shape
 * (required, maxLength, isInt, min...) or access, and fit any field.
 */
const PLATFORM_CONCEPTS: Record<string, RegExp> = {
  tokenInvalid: /^token$/,
  tokenExpired: /^token$/,
  endBeforeStart: /^(endsAt|to|frozenBefore)$/,
  deadlineInPast: /Deadline$/,
};

/**
 * A domain reason names one concept, so its fields are one, once the references to the thing acted on
 * (`id`, `token`, `slug`, `status`, `…Id`) are set aside. These reasons deliberately cover two fields of
 * one concept.
 */
const ONE_CONCEPT_TWO_FIELDS: Record<string, string[]> = {
  // Log-in: which of the two was wrong is not said (no account enumeration).
  invalidCredentials: ['email', 'password'],
  // An offer has one value: a percentage or an amount off.
  offerValueRequired: ['amountOffCents', 'percentOff'],
  offerValueNotExpected: ['amountOffCents', 'percentOff'],
  // A participant's weight, or the default one.
  weightNotPositive: ['defaultWeight', 'weight'],
  // A period's first or last day (impact reports).
  invalidDay: ['from', 'to'],
  // A ledger entry's two accounts.
  isAccount: ['credit', 'debit'],
};
const isReference = (field: string) => /^(id|token|slug|status)$|Ids?$/.test(field);

/**
 * Every list of reasons the domains' `domain` libraries export (`<DOMAIN>_MESSAGES`, ADR 0026), found by
 * loading each `@assoc/<domain>-domain`: a new domain needs no line here.
 */
async function exportedLists(): Promise<Record<string, MessageTexts>> {
  const lists: Record<string, MessageTexts> = { PLATFORM_MESSAGES };
  for (const domain of readdirSync(libs).filter((d) => d !== 'platform'))
    if (existsSync(join(libs, domain, 'domain/src/index.ts')))
      for (const [name, value] of Object.entries(await import(`@assoc/${domain}-domain`)))
        if (/^[A-Z][A-Z_]*_MESSAGES$/.test(name)) lists[name] = value as MessageTexts;
  return lists;
}

describe('error messages composed from the domains (ADR 0026)', () => {
  let lists: Record<string, MessageTexts>;
  beforeAll(async () => {
    lists = await exportedLists();
  });

  it('has a French and an English text for every reason the code gives (AppError, problem lists, validators)', () => {
    expect(DOMAIN_MODULES.length).toBeGreaterThan(0);
    // The scan finds the reasons of each kind (a broken scan would pass vacuously).
    expect(uses.length).toBeGreaterThan(500);
    const found = (reason: string, kind: string) => uses.some((u) => u.reason === reason && u.kind === kind);
    expect([
      found('startInPast', 'problem'),
      found('checkInCodeInvalid', 'appError'),
      found('topicNameTaken', 'appError'),
      found('passwordTooShort', 'decorator'), // a decorator's context
      found('maxLength', 'decorator'), // a constraint's own name
      found('isTimeZone', 'decorator'), // ValidateBy({ name })
    ]).toEqual([true, true, true, true, true, true]);
    const fr = new Set(catalogueKeys(Locale.FR));
    const en = new Set(catalogueKeys(Locale.EN));
    const missing = uses
      .filter((u) => !fr.has(u.reason) || !en.has(u.reason))
      .map((u) => `${u.reason} (${u.file}:${u.line})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('gives a reason that names a concept only on the fields of that concept', () => {
    const fieldsOf = new Map<string, Map<string, string>>();
    for (const u of uses) {
      if (u.field === null) continue;
      const fields = fieldsOf.get(u.reason) ?? new Map<string, string>();
      fields.set(u.field, `${u.file}:${u.line}`);
      fieldsOf.set(u.reason, fields);
    }
    const misplaced: string[] = [];
    for (const [reason, fields] of fieldsOf) {
      const owner = messageOwner(reason);
      if (owner === 'platform') {
        const allowed = PLATFORM_CONCEPTS[reason];
        if (allowed)
          for (const [field, at] of fields) if (!allowed.test(field)) misplaced.push(`${reason} on ${field} (${at})`);
      } else {
        const own = [...fields.keys()].filter((f) => !isReference(f)).sort();
        const together = ONE_CONCEPT_TWO_FIELDS[reason];
        if (own.length > 1 && !(together && own.every((f) => together.includes(f))))
          misplaced.push(`${reason} on ${own.join(', ')} (${[...fields.values()].join(', ')})`);
      }
    }
    expect(misplaced).toEqual([]);
    // The rule catches what it is for: the links' reason on a check-in code, an end's on an opening hour.
    expect(PLATFORM_CONCEPTS['tokenInvalid'].test('code')).toBe(false);
    expect(PLATFORM_CONCEPTS['endBeforeStart'].test('closes')).toBe(false);
  });

  it('has a French and an English web text for every key the forms’ checks set', () => {
    // The shared checks' keys (their defaults and each form's `error:`) and the pipe's own, read with the compiler.
    const keys = new Set<string>();
    const read = (file: string, visit: (node: ts.Node) => void) => {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const walk = (node: ts.Node): void => {
        visit(node);
        ts.forEachChild(node, walk);
      };
      walk(source);
    };
    const validators = join(libs, 'platform/web/src/lib/forms/form-validators.ts');
    read(validators, (node) => {
      // `const { error = 'endBeforeStart' } = options` and `{ wholeNumber: true }`.
      if (
        ts.isBindingElement(node) &&
        node.name.getText() === 'error' &&
        node.initializer &&
        ts.isStringLiteral(node.initializer)
      )
        keys.add(node.initializer.text);
      if (ts.isObjectLiteralExpression(node) && node.properties.length === 1) {
        const p = node.properties[0];
        if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.initializer.kind === ts.SyntaxKind.TrueKeyword)
          keys.add(p.name.text);
      }
    });
    read(join(libs, 'platform/web/src/lib/errors/field-error.pipe.ts'), (node) => {
      if (ts.isStringLiteral(node) && node.text.startsWith('errors.')) keys.add(node.text.slice('errors.'.length));
    });
    const checks = new Set(['dateOrder', 'rangeOrder', 'inFuture']);
    for (const file of sourceFiles(readdirSync(libs).map((d) => join(libs, d, 'web/src'))))
      read(file, (node) => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && checks.has(node.expression.text))
          for (const options of node.arguments.filter(ts.isObjectLiteralExpression))
            for (const p of options.properties)
              if (ts.isPropertyAssignment(p) && p.name.getText() === 'error' && ts.isStringLiteral(p.initializer))
                keys.add(p.initializer.text);
      });
    for (const key of ['endBeforeStart', 'rangeOrder', 'inPast', 'deadlineAfterStart', 'wholeNumber', 'required'])
      expect([key, keys.has(key)]).toEqual([key, true]);
    const web = (lang: string) =>
      JSON.parse(readFileSync(join(root, `apps/web/public/i18n/${lang}.json`), 'utf8')).errors as Record<
        string,
        unknown
      >;
    const [fr, en] = [web('fr'), web('en')];
    expect([...keys].filter((key) => typeof fr[key] !== 'string' || typeof en[key] !== 'string')).toEqual([]);
  });

  it('defines each reason once, in the platform or in one domain, with both languages', () => {
    // The discovery finds the lists (a broken one would pass vacuously).
    expect(['PLATFORM_MESSAGES', 'CASHMOBS_MESSAGES', 'IDENTITY_MESSAGES'].filter((n) => !lists[n])).toEqual([]);
    const owners = new Map<string, string[]>();
    for (const [list, texts] of Object.entries(lists))
      for (const reason of Object.keys(texts)) owners.set(reason, [...(owners.get(reason) ?? []), list]);
    expect([...owners].filter(([, by]) => by.length > 1)).toEqual([]);
    // Every exported list is registered by its domain's module: it is the one the API answers from.
    const unregistered = Object.entries(lists).flatMap(([list, texts]) =>
      Object.entries(texts)
        .filter(([reason, text]) => message(Locale.FR, reason) !== text.fr || message(Locale.EN, reason) !== text.en)
        .map(([reason]) => `${list}.${reason}`),
    );
    expect(unregistered).toEqual([]);
    // And everything the modules registered has both languages.
    const registered = registeredMessages();
    expect(new Set(registered.map((r) => r.owner)).size).toBeGreaterThan(1);
    expect(
      registered.filter(({ text }) => !text.fr?.trim() || !text.en?.trim()).map((r) => `${r.owner}: ${r.reason}`),
    ).toEqual([]);
  });
});
