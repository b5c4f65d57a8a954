// A count the code puts into a message is formatted by the message ({n, number}, a plural), so it
// reads "2,300,000" ("230万"), never "2300000": every call of t(), text() and flatText() in the
// extension, its scripts and its pages is read with TypeScript's type checker, and a value typed
// as a number must meet a counting argument, in both languages. A number turned into a string
// on the way (String(n), n.toFixed(1), `${n}`) must not reach a message either.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en, zh_CN, type MessageKey } from '../../../lib/i18n/dictionary';

/** The project, where vitest runs (as test/scripts/vet.test finds scripts/). */
const ROOT = `${resolve('.')}/`;
const SOURCES = /^(lib|components|entrypoints|scripts)\//;

/** How each argument of a message takes its value: counted (a number or plural) or put in as it is. */
function argumentKinds(elements: MessageFormatElement[], into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  const add = (name: string, kind: string) => into.set(name, (into.get(name) ?? new Set()).add(kind));
  for (const element of elements) {
    if (element.type === TYPE.argument) add(element.value, 'as it is');
    if (element.type === TYPE.number || element.type === TYPE.plural) add(element.value, 'counted');
    if (element.type === TYPE.select) add(element.value, 'chosen');
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentKinds(option.value, into);
    if (element.type === TYPE.tag) argumentKinds(element.children, into);
  }
  return into;
}

const MESSAGE_FUNCTIONS = new Set(['t', 'text', 'flatText']);

interface Call {
  where: string;
  keys: MessageKey[];
  params: ts.ObjectLiteralExpression;
}

/** The message keys a call names: a literal, or either side of a condition between literals. */
function keysOf(node: ts.Expression): string[] | null {
  if (ts.isStringLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return keysOf(node.expression);
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [keysOf(node.whenTrue), keysOf(node.whenFalse)];
    return a && b ? [...a, ...b] : null;
  }
  return null;
}

function program(): ts.Program {
  const config = ts.readConfigFile(`${ROOT}tsconfig.json`, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  // The extension (lib, components, entrypoints) and its scripts; only files that call a message.
  const files = parsed.fileNames.filter(
    (file) => file.startsWith(ROOT) && SOURCES.test(file.slice(ROOT.length)) && /\b(?:t|text|flatText)\(/.test(readFileSync(file, 'utf8')),
  );
  return ts.createProgram(files, { ...parsed.options, noEmit: true });
}

const checked = program();
const checker = checked.getTypeChecker();

function callsIn(): { calls: Call[]; unread: string[] } {
  const calls: Call[] = [];
  const unread: string[] = [];
  for (const file of checked.getSourceFiles()) {
    if (file.isDeclarationFile || !file.fileName.startsWith(ROOT) || !SOURCES.test(file.fileName.slice(ROOT.length))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && MESSAGE_FUNCTIONS.has(node.expression.text) && node.arguments.length >= 2) {
        const where = `${file.fileName.slice(ROOT.length)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const keys = keysOf(node.arguments[0]!);
        const params = node.arguments[1]!;
        if (keys && keys.every((key) => Object.hasOwn(en, key)) && ts.isObjectLiteralExpression(params)) calls.push({ where, keys: keys as MessageKey[], params });
        else unread.push(where);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { calls, unread };
}

const isNumber = (type: ts.Type) => (type.isUnion() ? type.types : [type]).every((part) => (part.flags & ts.TypeFlags.NumberLike) !== 0);

/** A number made a string on its way to a message: String(n), n.toFixed(…), n.toString(), `…${n}…`. */
function stringifiedNumber(node: ts.Expression): boolean {
  let found = false;
  const visit = (inner: ts.Node): void => {
    if (ts.isCallExpression(inner)) {
      const callee = inner.expression;
      if (ts.isIdentifier(callee) && callee.text === 'String' && inner.arguments[0] && isNumber(checker.getTypeAtLocation(inner.arguments[0]))) found = true;
      if (ts.isPropertyAccessExpression(callee) && ['toFixed', 'toString', 'toPrecision'].includes(callee.name.text) && isNumber(checker.getTypeAtLocation(callee.expression))) found = true;
    }
    if (ts.isTemplateSpan(inner) && isNumber(checker.getTypeAtLocation(inner.expression))) found = true;
    // A call's own work (formatNumber, say, percent) is its business: stop at it.
    if (ts.isCallExpression(inner) && !found) return;
    ts.forEachChild(inner, visit);
  };
  visit(node);
  return found;
}

const { calls, unread } = callsIn();

describe('numbers reach sentences formatted', () => {
  it('reads the calls of the extension, its pages and its scripts', () => {
    expect(calls.length).toBeGreaterThan(250);
    // Calls whose key or values are not written out (a key from a table, values passed on) are
    // few; the rendering test (./sentences.test) covers what they produce.
    expect(unread.length).toBeLessThan(calls.length / 5);
  });

  // It type-checks every call: seconds of compiler work, more on a busy machine than the default 5 s.
  it('puts every number into a counting argument ({n, number}, a plural), in both languages', { timeout: 60_000 }, () => {
    const found: string[] = [];
    for (const { where, keys, params } of calls) {
      for (const property of params.properties) {
        if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
        const name = property.name.getText();
        const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
        const number = isNumber(checker.getTypeAtLocation(value));
        const stringified = !number && stringifiedNumber(value);
        for (const key of keys) {
          for (const [locale, messages] of [['en', en], ['zh_CN', zh_CN]] as const) {
            const kinds = argumentKinds(parse(messages[key], { ignoreTag: true })).get(name);
            if (number && kinds?.has('as it is')) found.push(`${where} ${key} (${locale}): the number {${name}} is put in as it is`);
            if (stringified && kinds) found.push(`${where} ${key} (${locale}): {${name}} is a number made a string (${value.getText()})`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});
