// Compiles one notebook cell (TypeScript) into a script the kernel runs in its persistent scope.
//
// TypeScript's parser finds the cell's top-level statements; declarations are rewritten so their
// bindings outlive the cell, then esbuild transpiles the result (types erased, modern syntax kept)
// and gives a source map back to the cell's own lines.
//
// The rewrite keeps every line of the cell on its line (edits never add or drop a newline), so a
// stack position maps through esbuild's source map straight onto the line the person typed.
//
//   const {a, b: [c]} = f();   ->  __nb.d("const", ["a","c"]); ({a, b: [c]} = f()); __nb.s(["a","c"]);
//   let x: number;             ->  __nb.d("let", ["x"]);
//   function g() {}            ->  function g() {}      (+ `__nb.v("g", g)` at the top of the cell)
//   class K {}                 ->  __nb.d("class", ["K"]); K = class K {};
//   import * as st from 'm'    ->  __nb.d("const", ["st"]); (st = await __nb.import("m")); __nb.s(["st"]);
//   a + 1   (last statement)   ->  return (a + 1);
//
// The names live as properties of the kernel's global object (one kernel process per notebook):
// a later cell reads and writes them as ordinary free variables; a `const` is a read-only
// property, so assigning it from another cell throws a TypeError (cells run in strict mode), and
// re-running a cell declares its names afresh, as a notebook needs.
import { transform, transformSync } from 'esbuild';
import type TS from 'typescript';

import { HELPER } from './messages.js';

/** What a cell defines and reads at top level (for the reactive dependency graph). */
export interface CellAnalysis {
  /** Top-level names the cell declares (variables, functions, classes, imports, enums). */
  defines: string[];
  /** Free names the cell reads or writes that it does not declare itself. */
  uses: string[];
}

export interface CompiledCell extends CellAnalysis {
  /** JavaScript: an expression evaluating to a promise of the cell's value. */
  code: string;
  /** esbuild's source map (JSON) from `code` back to the cell's source. */
  map: string;
}

/** A cell that does not parse or transpile; `line`/`column` are 1-based in the cell. */
export class CellSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly lineText: string,
  ) {
    super(message);
    this.name = 'SyntaxError';
  }
}

// TypeScript's compiler is large (about a second to load): loaded on first use, so the server
// answers at once and the engine process never loads it.
let ts: typeof TS;
let loading: Promise<void> | undefined;
/** Loads the TypeScript parser (once); every function here that parses awaits it. */
export function loadParser(): Promise<void> {
  loading ??= import('typescript').then((m) => {
    ts = (m as { default?: typeof TS }).default ?? (m as unknown as typeof TS);
  });
  return loading;
}

/** The version of the TypeScript parser cells go through. */
export async function typescriptVersion(): Promise<string> {
  return (await typescriptModule()).version;
}

/** TypeScript's module (loaded once). */
export async function typescriptModule(): Promise<typeof TS> {
  await loadParser();
  return ts;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  order: number;
}

const newlines = (s: string): string => s.replace(/[^\n]/g, '');

/** Names bound by a binding pattern or identifier. */
function bindingNames(name: TS.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) {
    out.push(name.text);
    return;
  }
  for (const element of name.elements) {
    if (ts.isBindingElement(element)) bindingNames(element.name, out);
  }
}

const hasModifier = (node: TS.Node, kind: TS.SyntaxKind): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

/** Parses a cell with TypeScript (syntax only: fast, no type checking). */
function parse(source: string): TS.SourceFile {
  return ts.createSourceFile('cell.ts', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** Free identifiers read anywhere in the cell (types, property names and declarations excluded). */
function collectUses(sf: TS.SourceFile): Set<string> {
  const used = new Set<string>();
  const visit = (node: TS.Node): void => {
    if (ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return;
    if (ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node)) {
      const p = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(p) && p.name === node) ||
        (ts.isPropertyAssignment(p) && p.name === node) ||
        (ts.isVariableDeclaration(p) && p.name === node) ||
        (ts.isBindingElement(p) && (p.name === node || p.propertyName === node)) ||
        (ts.isFunctionDeclaration(p) && p.name === node) ||
        (ts.isFunctionExpression(p) && p.name === node) ||
        (ts.isClassDeclaration(p) && p.name === node) ||
        (ts.isClassExpression(p) && p.name === node) ||
        (ts.isParameter(p) && p.name === node) ||
        (ts.isMethodDeclaration(p) && p.name === node) ||
        (ts.isPropertyDeclaration(p) && p.name === node) ||
        (ts.isGetAccessorDeclaration(p) && p.name === node) ||
        (ts.isSetAccessorDeclaration(p) && p.name === node) ||
        (ts.isEnumDeclaration(p) && p.name === node) ||
        (ts.isEnumMember(p) && p.name === node) ||
        (ts.isModuleDeclaration(p) && p.name === node) ||
        ts.isLabeledStatement(p) ||
        ts.isBreakOrContinueStatement(p) ||
        ts.isJsxAttribute(p);
      if (!isName) used.add(node.text);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return used;
}

/** Top-level names a cell declares and the free names it uses. */
export async function analyzeCell(source: string): Promise<CellAnalysis> {
  await loadParser();
  const sf = parse(source);
  const defines: string[] = [];
  for (const stmt of sf.statements) defines.push(...declaredNames(stmt));
  const own = new Set(defines);
  return { defines: [...own], uses: [...collectUses(sf)].filter((n) => !own.has(n)) };
}

function importNames(stmt: TS.ImportDeclaration): { pattern: string | null; names: string[] } {
  const clause = stmt.importClause;
  if (clause === undefined) return { pattern: null, names: [] };
  if (clause.isTypeOnly) return { pattern: '', names: [] };
  const names: string[] = [];
  const parts: string[] = [];
  if (clause.name !== undefined) {
    names.push(clause.name.text);
    parts.push(`default: ${clause.name.text}`);
  }
  const bindings = clause.namedBindings;
  if (bindings !== undefined && ts.isNamespaceImport(bindings)) {
    names.push(bindings.name.text);
    // `import d, * as ns from 'm'`: the namespace is the whole module.
    if (parts.length === 0) return { pattern: bindings.name.text, names };
    return { pattern: `{${parts.join(', ')}, ...${bindings.name.text}}`, names };
  }
  if (bindings !== undefined) {
    for (const spec of bindings.elements) {
      if (spec.isTypeOnly) continue;
      names.push(spec.name.text);
      const imported = spec.propertyName?.getText() ?? spec.name.text;
      parts.push(imported === spec.name.text ? imported : `${imported}: ${spec.name.text}`);
    }
  }
  return { pattern: `{${parts.join(', ')}}`, names };
}

function declaredNames(stmt: TS.Statement): string[] {
  if (hasModifier(stmt, ts.SyntaxKind.DeclareKeyword)) return [];
  if (ts.isVariableStatement(stmt)) {
    const out: string[] = [];
    for (const d of stmt.declarationList.declarations) bindingNames(d.name, out);
    return out;
  }
  if ((ts.isFunctionDeclaration(stmt) && stmt.body !== undefined) || ts.isClassDeclaration(stmt)) {
    return stmt.name === undefined ? [] : [stmt.name.text];
  }
  if (ts.isEnumDeclaration(stmt)) return [stmt.name.text];
  if (ts.isModuleDeclaration(stmt) && ts.isIdentifier(stmt.name) && stmt.body !== undefined) return [stmt.name.text];
  if (ts.isImportDeclaration(stmt)) return importNames(stmt).names;
  return [];
}

const json = (names: string[]): string => JSON.stringify(names);

/** Rewrites the cell's top-level statements (see the file comment); line-preserving. Needs loadParser(). */
function rewriteCell(source: string): {
  code: string;
  defines: string[];
  uses: string[];
  prefixLength: number;
} {
  const sf = parse(source);
  const edits: Edit[] = [];
  const prologue: string[] = [];
  const defines: string[] = [];
  const replace = (start: number, end: number, text: string): void => {
    edits.push({ start, end, text: text + newlines(source.slice(start, end)), order: edits.length });
  };
  const stripModifiers = (node: TS.Node): void => {
    for (const m of (ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined) ?? []) {
      if (
        m.kind === ts.SyntaxKind.ExportKeyword ||
        m.kind === ts.SyntaxKind.DefaultKeyword ||
        m.kind === ts.SyntaxKind.AbstractKeyword
      ) {
        replace(m.getStart(sf), m.end, '');
      }
    }
  };

  const statements = sf.statements;
  statements.forEach((stmt, index) => {
    const last = index === statements.length - 1;
    if (hasModifier(stmt, ts.SyntaxKind.DeclareKeyword)) return;
    if (ts.isVariableStatement(stmt)) {
      const list = stmt.declarationList;
      const kind = list.flags & ts.NodeFlags.Const ? 'const' : list.flags & ts.NodeFlags.Let ? 'let' : 'var';
      const names: string[] = [];
      for (const d of list.declarations) bindingNames(d.name, names);
      defines.push(...names);
      const decls = list.declarations;
      const first = decls[0];
      if (first === undefined) return;
      replace(stmt.getStart(sf), first.getStart(sf), `${HELPER}.d(${JSON.stringify(kind)}, ${json(names)}); `);
      decls.forEach((d, i) => {
        if (d.initializer === undefined) {
          replace(d.getStart(sf), d.end, '');
        } else {
          replace(d.getStart(sf), d.initializer.getStart(sf), `(${d.name.getText(sf)} = `);
          replace(d.initializer.end, d.initializer.end, ')');
        }
        const next = decls[i + 1];
        if (next !== undefined) replace(d.end, next.getStart(sf), '; ');
      });
      const lastDecl = decls[decls.length - 1] as TS.VariableDeclaration;
      replace(lastDecl.end, stmt.end, kind === 'const' ? `; ${HELPER}.s(${json(names)});` : ';');
      return;
    }
    if (ts.isFunctionDeclaration(stmt)) {
      if (stmt.body === undefined) return; // an overload signature: erased
      stripModifiers(stmt);
      if (stmt.name !== undefined) {
        defines.push(stmt.name.text);
        prologue.push(`${HELPER}.v(${JSON.stringify(stmt.name.text)}, ${stmt.name.text});`);
      }
      return;
    }
    if (ts.isClassDeclaration(stmt)) {
      stripModifiers(stmt);
      if (stmt.name === undefined) return;
      const name = stmt.name.text;
      defines.push(name);
      // Insert before the `class` keyword (decorators stay in front of the expression).
      const classKeyword = stmt.getChildren(sf).find((c) => c.kind === ts.SyntaxKind.ClassKeyword) as TS.Node;
      replace(
        classKeyword.getStart(sf),
        classKeyword.getStart(sf),
        `${HELPER}.d("class", ${json([name])}); ${name} = `,
      );
      replace(stmt.end, stmt.end, ';');
      return;
    }
    if (ts.isEnumDeclaration(stmt) || (ts.isModuleDeclaration(stmt) && ts.isIdentifier(stmt.name) && stmt.body)) {
      stripModifiers(stmt);
      const name = (stmt.name as TS.Identifier).text;
      defines.push(name);
      replace(stmt.end, stmt.end, ` ${HELPER}.v(${JSON.stringify(name)}, ${name});`);
      return;
    }
    if (ts.isImportDeclaration(stmt)) {
      const spec = (stmt.moduleSpecifier as TS.StringLiteral).text;
      const { pattern, names } = importNames(stmt);
      defines.push(...names);
      const load = `await ${HELPER}.import(${JSON.stringify(spec)})`;
      let text: string;
      if (pattern === '')
        text = ''; // import type
      else if (pattern === null) text = `${load};`;
      else text = `${HELPER}.d("const", ${json(names)}); (${pattern} = ${load}); ${HELPER}.s(${json(names)});`;
      replace(stmt.getStart(sf), stmt.end, text);
      return;
    }
    if (ts.isExportDeclaration(stmt) || ts.isExportAssignment(stmt)) {
      replace(stmt.getStart(sf), stmt.end, '');
      return;
    }
    if (last && ts.isExpressionStatement(stmt)) {
      replace(stmt.expression.getStart(sf), stmt.expression.getStart(sf), 'return (');
      replace(stmt.expression.end, stmt.end, ');');
    }
  });

  // Right to left; of two edits at one place, the one made first ends up first in the text.
  edits.sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
  let code = source;
  for (const e of edits) code = code.slice(0, e.start) + e.text + code.slice(e.end);
  const own = new Set(defines);
  const uses = [...collectUses(sf)].filter((n) => !own.has(n));
  // Everything on the cell's first line, so line numbers are unchanged.
  const prefix = `(async () => { "use strict"; ${prologue.join(' ')} `;
  code = `${prefix}${code}\n})()`;
  return { code, defines: [...own], uses, prefixLength: prefix.length };
}

/**
 * Compiles a cell: rewrite, then esbuild's transform (TypeScript → ES2022) with a source map.
 * Throws {@link CellSyntaxError} pointing at the cell's line when it does not parse.
 */
export async function compileCell(source: string, filename: string): Promise<CompiledCell> {
  await loadParser();
  const { code: rewritten, defines, uses, prefixLength } = rewriteCell(source);
  try {
    const out = await transform(rewritten, {
      loader: 'ts',
      target: 'es2022',
      sourcemap: 'external',
      sourcefile: filename,
      logLevel: 'silent',
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, experimentalDecorators: false } },
    });
    return { code: out.code, map: out.map, defines, uses };
  } catch (e) {
    const errors = (e as { errors?: { text: string; location?: { line: number; column: number } | null }[] }).errors;
    const first = errors?.[0];
    if (first === undefined) throw e;
    const line = first.location?.line ?? 1;
    const column = Math.max(1, (first.location?.column ?? 0) + 1 - (line === 1 ? prefixLength : 0));
    const lineText = source.split('\n')[line - 1] ?? '';
    throw new CellSyntaxError(first.text, line, column, lineText);
  }
}

/**
 * Jupyter's is_complete: 'incomplete' when the cell ends inside an unclosed construct (the
 * console would wait for another line), 'invalid' for any other syntax error.
 */
export function completeness(source: string): 'complete' | 'incomplete' | 'invalid' {
  try {
    transformSync(source, { loader: 'ts', logLevel: 'silent' });
    return 'complete';
  } catch (e) {
    const errors = (e as { errors?: { text: string }[] }).errors ?? [];
    return errors.some((x) => /end of file/i.test(x.text)) ? 'incomplete' : 'invalid';
  }
}
