// Every setting an operator or a practice can write is read by some code: one that parses and does nothing fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { environmentSchema, practiceSettingsSchema } from '../../src/config.js';

const root = new URL('../../', import.meta.url).pathname;
const configFile = join(root, 'src/config.ts');

/** Settings README lists as not yet in effect, each with what brings it in; nothing else may go unread. */
const notYetInEffect = new Map<string, string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every setting's path, nested ones included (`widget.primaryColor`, `serviceAreas[].regions[].code`). */
function settingPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return settingPaths(schema.unwrap(), prefix);
  if (schema instanceof z.ZodArray) return settingPaths(schema.element, `${prefix}[]`);
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...settingPaths(value, path)];
  });
}

/** Property names the code reads: `a.key`, `a['key']`, and `{ key }` taken apart. */
function readsIn(node: ts.Node, into: Set<string>): Set<string> {
  if (ts.isPropertyAccessExpression(node)) into.add(node.name.text);
  if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)) {
    into.add(node.argumentExpression.text);
  }
  if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    const key = node.propertyName ?? node.name;
    if (ts.isIdentifier(key) || ts.isStringLiteral(key)) into.add(key.text);
  }
  ts.forEachChild(node, (child) => {
    readsIn(child, into);
  });
  return into;
}

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/**
 * What src/ and dialogs/ read. config.ts counts only inside the helpers other code imports from it (such as
 * `directLineMode`): its own validation reads a setting without putting it to use.
 */
function readProperties(): Set<string> {
  const reads = new Set<string>();
  const imported = new Set<string>();
  for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'dialogs'))]) {
    if (file === configFile) continue;
    const source = parse(file);
    readsIn(source, reads);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const bindings = statement.importClause?.namedBindings;
      if (statement.moduleSpecifier.text.endsWith('/config.js') && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) imported.add(element.name.text);
      }
    }
  }
  for (const statement of parse(configFile).statements) {
    const names = ts.isFunctionDeclaration(statement)
      ? [statement.name?.text]
      : ts.isVariableStatement(statement)
        ? statement.declarationList.declarations.map((d) => (ts.isIdentifier(d.name) ? d.name.text : undefined))
        : [];
    if (names.some((name) => name !== undefined && imported.has(name))) readsIn(statement, reads);
  }
  return reads;
}

const reads = readProperties();
const lastKey = (path: string) => path.split('.').at(-1)?.replace(/\[\]$/, '') ?? path;
const unread = (paths: string[]) => paths.filter((path) => !reads.has(lastKey(path)) && !notYetInEffect.has(path));

describe('settings in use', () => {
  const environment = settingPaths(environmentSchema);
  const practice = settingPaths(practiceSettingsSchema);

  it('finds the settings to check', () => {
    expect(environment).toEqual(expect.arrayContaining(['PORT', 'DIRECT_LINE_MODE', 'TEAMS_ALERT_CONVERSATION']));
    expect(practice).toEqual(
      expect.arrayContaining(['guardianConsentMessage', 'widget.allowedOrigins', 'serviceAreas[].regions[].code']),
    );
  });

  it('reads every environment key somewhere in src/ or dialogs/', () => {
    expect(unread(environment)).toEqual([]);
  });

  it('reads every practice setting somewhere in src/ or dialogs/', () => {
    expect(unread(practice)).toEqual([]);
  });

  it('lists a setting as not yet in effect only while nothing reads it, and README says so', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const at = readme.indexOf('## Settings not yet in effect');
    expect(at, "README's section on settings not yet in effect").toBeGreaterThan(-1);
    const notes = readme.slice(at);
    for (const key of notYetInEffect.keys()) {
      expect([...environment, ...practice]).toContain(key);
      expect(reads.has(key), `${key} is read now: take it off the list and out of README's note`).toBe(false);
      expect(notes, `README does not say ${key} is not yet in effect`).toContain(`\`${key}\``);
    }
  });
});
