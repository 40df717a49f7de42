import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as classValidator from 'class-validator';
import * as ts from 'typescript';

/**
 * Where the code gives a reason (a message key), read with the TypeScript compiler's syntax tree, not
 * regexes: the reason and field of `AppError.field/conflict/input`, `new AppError`,
 * `AppError.forbidden/tooManyRequests`, every problem object of a domain rule (`{ path, reason }`),
 * and every class-validator decorator (its constraint's name, or the reason of its `context`).
 * A field is the last segment of the path given as a literal ("openingHours.0.opens" -> "opens"),
 * or null when the code computes it.
 */
export interface MessageUse {
  reason: string;
  field: string | null;
  file: string;
  line: number;
  kind: 'appError' | 'problem' | 'decorator';
}

/** Every non-test TypeScript file below `dirs`. */
export function sourceFiles(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // not every library has every kind
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        /\.ts$/.test(entry.name) &&
        !/(\.spec|\.integration-spec|\.e2e-spec|test-helpers|\.d)\.ts$/.test(entry.name)
      )
        out.push(path);
    }
  };
  dirs.forEach(walk);
  return out;
}

/** The strings an expression may evaluate to: literals, both branches of `a ? b : c`, `x ?? 'y'`, consts of the file. */
function strings(
  node: ts.Expression | undefined,
  consts: Map<string, ts.Expression>,
  seen = new Set<string>(),
): string[] {
  if (!node) return [];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return strings(node.expression, consts, seen);
  if (ts.isConditionalExpression(node))
    return [...strings(node.whenTrue, consts, seen), ...strings(node.whenFalse, consts, seen)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    return [...strings(node.left, consts, seen), ...strings(node.right, consts, seen)];
  if (ts.isIdentifier(node) && consts.has(node.text) && !seen.has(node.text)) {
    seen.add(node.text);
    return strings(consts.get(node.text), consts, seen);
  }
  return [];
}

/** The field a path names: its last literal segment; null when computed. */
function fieldOf(node: ts.Expression | undefined, consts: Map<string, ts.Expression>): string | null {
  if (!node) return null;
  if (ts.isTemplateExpression(node)) {
    const tail = node.templateSpans[node.templateSpans.length - 1].literal.text;
    const last = tail.split('.').pop();
    return last ? last : null;
  }
  const values = strings(node, consts);
  return values.length === 1 ? (values[0].split('.').pop() ?? null) : null;
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of object.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name)
      return p.initializer;
  }
  return undefined;
}

/** A class-validator decorator's constraint name: `MaxLength` -> MAX_LENGTH -> 'maxLength' (from class-validator itself). */
function constraintName(decorator: string): string | undefined {
  const constant = decorator
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();
  const name = (classValidator as unknown as Record<string, unknown>)[constant];
  return typeof name === 'string' ? name : undefined;
}

export function messageUses(files: string[], root: string): MessageUse[] {
  const uses: MessageUse[] = [];
  for (const path of files) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const file = relative(root, path);
    // Names imported from class-validator (its decorators), and the file's `const x = '...'`.
    const validators = new Set<string>();
    const consts = new Map<string, ts.Expression>();
    const use = (node: ts.Node, reasons: string[], field: string | null, kind: MessageUse['kind']) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      for (const reason of reasons) uses.push({ reason, field, file, line, kind });
    };
    const visit = (node: ts.Node): void => {
      if (
        ts.isImportDeclaration(node) &&
        ts.isStringLiteral(node.moduleSpecifier) &&
        node.moduleSpecifier.text === 'class-validator' &&
        node.importClause?.namedBindings &&
        ts.isNamedImports(node.importClause.namedBindings)
      )
        for (const e of node.importClause.namedBindings.elements) validators.add(e.name.text);
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
        consts.set(node.name.text, node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(source);

    const walk = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = node.expression;
        const args = node.arguments ?? ts.factory.createNodeArray();
        if (ts.isNewExpression(node) && ts.isIdentifier(callee) && callee.text === 'AppError')
          use(node, strings(args[1], consts), null, 'appError');
        if (
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          callee.expression.text === 'AppError'
        ) {
          const method = callee.name.text;
          if (method === 'field' || method === 'conflict')
            use(node, strings(args[1], consts), fieldOf(args[0], consts), 'appError');
          if (method === 'forbidden' || method === 'tooManyRequests')
            use(node, strings(args[0], consts), null, 'appError');
        }
        // A class-validator decorator (`@MaxLength(200)`, `MinLength(8, { context: { reason } })(...)`), or
        // a named custom one (`ValidateBy({ name })`, `registerDecorator({ name })`).
        if (ts.isCallExpression(node) && ts.isIdentifier(callee) && validators.has(callee.text)) {
          const options = args.find(ts.isObjectLiteralExpression);
          const context = options && property(options, 'context');
          const named = options && property(options, 'name');
          const reason =
            context && ts.isObjectLiteralExpression(context)
              ? strings(property(context, 'reason'), consts)
              : ['ValidateBy', 'registerDecorator'].includes(callee.text)
                ? strings(named, consts)
                : [constraintName(callee.text)].filter((r): r is string => !!r);
          // The property decorated (the field), when the call is a decorator.
          let decorated: ts.Node = node;
          while (
            decorated.parent &&
            !ts.isPropertyDeclaration(decorated.parent) &&
            !ts.isClassDeclaration(decorated.parent)
          )
            decorated = decorated.parent;
          const prop = decorated.parent;
          const field = prop && ts.isPropertyDeclaration(prop) && ts.isIdentifier(prop.name) ? prop.name.text : null;
          use(node, reason, field, 'decorator');
        }
      }
      // A problem object: `{ path|field: '…', reason: '…' }` (domain rules, AppError.input lists).
      if (ts.isObjectLiteralExpression(node)) {
        const reason = property(node, 'reason');
        if (reason) {
          const at = property(node, 'path') ?? property(node, 'field');
          use(node, strings(reason, consts), fieldOf(at, consts), 'problem');
        }
      }
      ts.forEachChild(node, walk);
    };
    walk(source);
  }
  return uses;
}
