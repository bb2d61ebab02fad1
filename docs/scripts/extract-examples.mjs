// Finds the ```ts fences of every exported declaration's TSDoc @example in packages/*/src and turns
// each into a runnable function body whose `// value` comments become checks (used by test/examples.test.ts).
// Run it directly for a summary: `node scripts/extract-examples.mjs [--json]`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Source files whose examples are collected: packages/<pkg>/src/**.ts minus generated files and tests. */
function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test' && entry.name !== '__tests__' && entry.name !== 'node_modules')
        out.push(...sourceFiles(path));
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.d.ts') &&
      !entry.name.endsWith('.generated.ts') &&
      !/\.(test|spec|bench)\.ts$/.test(entry.name)
    ) {
      out.push(path);
    }
  }
  return out.sort();
}

const hasExport = (node) => (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0;

function nameOf(node) {
  if (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) || ts.isPrivateIdentifier(node.name)))
    return node.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return undefined;
}

/** The raw text of the /** comment right before `node`, or undefined. */
function docComment(text, node) {
  const ranges = ts.getLeadingCommentRanges(text, node.pos) ?? [];
  const last = ranges.at(-1);
  if (!last || last.kind !== ts.SyntaxKind.MultiLineCommentTrivia) return undefined;
  const raw = text.slice(last.pos, last.end);
  return raw.startsWith('/**') ? { raw, pos: last.pos } : undefined;
}

/** Exported declarations (and the members of exported classes, interfaces and object constants) with their docs. */
function documented(sf) {
  const found = [];
  const visitMembers = (owner, members) => {
    for (const m of members) {
      const name = nameOf(m);
      if (name === undefined || ts.isPrivateIdentifier(m.name ?? m)) continue;
      if (m.modifiers?.some((x) => x.kind === ts.SyntaxKind.PrivateKeyword)) continue;
      found.push({ node: m, symbol: `${owner}.${name}` });
    }
  };
  for (const st of sf.statements) {
    if (!hasExport(st)) continue;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) continue;
        // The doc comment sits before the statement, not the declarator.
        found.push({ node: st.declarationList.declarations.length === 1 ? st : d, symbol: d.name.text });
        let init = d.initializer;
        while (init && (ts.isCallExpression(init) || ts.isAsExpression(init) || ts.isSatisfiesExpression(init)))
          init = ts.isCallExpression(init) ? init.arguments[0] : init.expression;
        if (init && ts.isObjectLiteralExpression(init)) visitMembers(d.name.text, init.properties);
      }
      continue;
    }
    const name = nameOf(st) ?? 'default';
    found.push({ node: st, symbol: name });
    if (ts.isClassDeclaration(st) || ts.isInterfaceDeclaration(st)) visitMembers(name, st.members);
    if (ts.isModuleDeclaration(st) && st.body && ts.isModuleBlock(st.body)) {
      for (const inner of st.body.statements) {
        if (!hasExport(inner)) continue;
        const innerName = ts.isVariableStatement(inner)
          ? inner.declarationList.declarations.map((d) => d.name.getText(sf)).join(',')
          : nameOf(inner);
        found.push({ node: inner, symbol: `${name}.${innerName}` });
      }
    }
  }
  return found;
}

/** The ```ts fences inside the @example sections of one doc comment, with their line offsets. */
function examplesIn(raw) {
  const lines = raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\*( ?)/, ''));
  const out = [];
  let inExample = false;
  let fence = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      if (/^\s*```\s*$/.test(line)) {
        out.push({ code: fence.lines.join('\n'), line: fence.start });
        fence = null;
      } else {
        fence.lines.push(line.slice(Math.min(fence.indent, line.length - line.trimStart().length)));
      }
      continue;
    }
    const tag = /^\s*@(\w+)/.exec(line);
    if (tag) inExample = tag[1] === 'example';
    const open = /^(\s*)```(ts|typescript|js|javascript)\s*$/.exec(line);
    if (inExample && open) fence = { lines: [], start: i + 1, indent: open[1].length };
  }
  return out;
}

/**
 * Every example: `{ package, file, symbol, code, line, name }` where `file` is repo-relative,
 * `line` is the 1-based line of the fence's first code line and `name` is the test name.
 */
export function extractExamples(root = repoRoot) {
  const examples = [];
  const packagesDir = join(root, 'packages');
  for (const pkg of readdirSync(packagesDir).sort()) {
    const srcDir = join(packagesDir, pkg, 'src');
    let files;
    try {
      files = sourceFiles(srcDir);
    } catch {
      continue;
    }
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const seen = new Set();
      for (const { node, symbol } of documented(sf)) {
        const doc = docComment(text, node);
        if (!doc || seen.has(doc.pos)) continue;
        seen.add(doc.pos);
        const docLine = sf.getLineAndCharacterOfPosition(doc.pos).line + 1;
        for (const ex of examplesIn(doc.raw)) {
          examples.push({
            package: pkg,
            file: relative(root, path).split(sep).join('/'),
            symbol,
            code: ex.code,
            line: docLine + ex.line,
          });
        }
      }
    }
  }
  const counts = new Map();
  for (const ex of examples) {
    const base = `${ex.package}: ${ex.symbol} example`;
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    ex.name = n === 1 ? base : `${base} ${n}`;
  }
  return examples;
}

// ---------------------------------------------------------------------------------------------
// Expected values written in comments.

// `NDArray int32 [1, 2]` and `Float64Array [0, 8]` (how Node prints them) are written as __tag(...) calls.
const TAG = /\b(NDArray|(?:Big)?(?:Int|Uint|Float)(?:8|16|32|64)(?:Clamped)?Array)\s+(?:([a-z]\w*)\s+)?(?=\[)/g;

function rewriteTags(text) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    if (m.index < last) continue;
    // Find the bracket closing the one after the tag.
    let depth = 0;
    let end = -1;
    for (let i = m.index + m[0].length; i < text.length; i++) {
      if (text[i] === '[') depth++;
      else if (text[i] === ']' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) return text;
    out += `${text.slice(last, m.index)}__tag('${m[1]}', ${m[2] ? `'${m[2]}'` : 'null'}, ${text.slice(m.index + m[0].length, end + 1)})`;
    last = end + 1;
  }
  return out + text.slice(last);
}

const MATH_CONSTANTS = ['PI', 'E', 'LN2', 'LN10', 'LOG2E', 'LOG10E', 'SQRT2', 'SQRT1_2'];
const isMathConstant = (n) =>
  ts.isPropertyAccessExpression(n) &&
  ts.isIdentifier(n.expression) &&
  n.expression.text === 'Math' &&
  MATH_CONSTANTS.includes(n.name.text);

const isValueNode = (n) => {
  if (ts.isParenthesizedExpression(n)) return isValueNode(n.expression);
  if (isMathConstant(n)) return true;
  if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === '__tag')
    return n.arguments.length === 3 && ts.isArrayLiteralExpression(n.arguments[2]) && isValueNode(n.arguments[2]);
  if (ts.isNumericLiteral(n) || ts.isBigIntLiteral(n) || ts.isStringLiteral(n)) return true;
  if (ts.isNoSubstitutionTemplateLiteral(n)) return true;
  if (n.kind === ts.SyntaxKind.TrueKeyword || n.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (n.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(n)) return ['undefined', 'NaN', 'Infinity'].includes(n.text);
  if (ts.isPrefixUnaryExpression(n))
    return (
      (n.operator === ts.SyntaxKind.MinusToken || n.operator === ts.SyntaxKind.PlusToken) &&
      (ts.isNumericLiteral(n.operand) ||
        ts.isBigIntLiteral(n.operand) ||
        (ts.isIdentifier(n.operand) && n.operand.text === 'Infinity'))
    );
  if (ts.isArrayLiteralExpression(n)) return n.elements.every((e) => !ts.isOmittedExpression(e) && isValueNode(e));
  if (ts.isObjectLiteralExpression(n))
    return n.properties.every(
      (p) =>
        ts.isPropertyAssignment(p) &&
        (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)) &&
        isValueNode(p.initializer),
    );
  return false;
};

/** Significant digits of a decimal literal: 16 or more means it was printed in full (compare exactly). */
function significantDigits(lit) {
  const mantissa = lit.toLowerCase().split('e')[0].replace('.', '').replace(/_/g, '');
  return mantissa.replace(/^0+/, '').length;
}

/**
 * Spec of a literal value: { kind: 'number', value, exact } | { kind: 'bigint', value } |
 * { kind: 'string', value } | { kind: 'array', items } | { kind: 'object', entries } | { kind: 'other', value }.
 */
function toSpec(n) {
  if (ts.isParenthesizedExpression(n)) return toSpec(n.expression);
  if (isMathConstant(n)) return { kind: 'number', value: Math[n.name.text], exact: true, text: n.getText() };
  if (ts.isCallExpression(n)) {
    const [ctor, dtype, items] = n.arguments;
    return {
      kind: ctor.text === 'NDArray' ? 'ndarray' : 'typed',
      ctor: ctor.text,
      dtype: ts.isStringLiteral(dtype) ? dtype.text : undefined,
      items: toSpec(items),
    };
  }
  if (ts.isNumericLiteral(n)) {
    const raw = n.getText();
    const value = Number(raw.replace(/_/g, ''));
    return { kind: 'number', value, exact: significantDigits(raw) >= 16 || /^0[xob]/i.test(raw), text: raw };
  }
  if (ts.isBigIntLiteral(n)) return { kind: 'bigint', value: BigInt(n.text.slice(0, -1)), text: n.getText() };
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return { kind: 'string', value: n.text };
  if (n.kind === ts.SyntaxKind.TrueKeyword) return { kind: 'other', value: true };
  if (n.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'other', value: false };
  if (n.kind === ts.SyntaxKind.NullKeyword) return { kind: 'other', value: null };
  if (ts.isIdentifier(n)) {
    if (n.text === 'undefined') return { kind: 'other', value: undefined };
    return {
      kind: 'number',
      value: n.text === 'NaN' ? Number.NaN : Number.POSITIVE_INFINITY,
      exact: true,
      text: n.text,
    };
  }
  if (ts.isPrefixUnaryExpression(n)) {
    const inner = toSpec(n.operand);
    if (n.operator === ts.SyntaxKind.PlusToken) return inner;
    return { ...inner, value: -inner.value, text: `-${inner.text}` };
  }
  if (ts.isArrayLiteralExpression(n)) return { kind: 'array', items: n.elements.map(toSpec) };
  return {
    kind: 'object',
    entries: n.properties.map((p) => [ts.isIdentifier(p.name) ? p.name.text : p.name.text, toSpec(p.initializer)]),
  };
}

function parseValue(text) {
  const t = text.trim();
  if (t === '' || t.endsWith(',')) return undefined;
  const sf = ts.createSourceFile('v.ts', `(${rewriteTags(t)}\n);`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  if (sf.parseDiagnostics?.length || sf.statements.length !== 1) return undefined;
  const st = sf.statements[0];
  if (!ts.isExpressionStatement(st) || !isValueNode(st.expression)) return undefined;
  return toSpec(st.expression);
}

/** A value alone, or a value followed by a remark: `[7, 7]  (int32)`, `true: singular`, `0.85 = (x >> 8) / 2^24`. */
function valueWithRemark(text) {
  const whole = parseValue(text);
  if (whole) return { spec: whole, text };
  for (let i = text.length - 1; i > 0; i--) {
    if (!/[\s:]/.test(text[i])) continue;
    const rest = text.slice(i).trim();
    if (!/^(\(.*\)|:\s.*|=\s.*|[—–;]\s.*|-\s.*)$/.test(rest)) continue;
    const spec = parseValue(text.slice(0, i));
    if (spec) return { spec, text: text.slice(0, i).trim() };
  }
  return undefined;
}

/**
 * What a trailing `// comment` of an example line asks for: `{ kind: 'value', spec, text, target }`
 * (compare the line's value, or with `// x = value` or `// x is now value` the variable `x` after the line),
 * `{ kind: 'throws', error }` (the line must throw; `error` is a name or undefined) or
 * `{ kind: 'prose' }` (just run the line).
 */
export function classifyComment(comment) {
  const text = comment.replace(/^\/\/\s?/, '').trim();
  const throws =
    /^throws?\b\s*(?:an?\s+)?([A-Z]\w*)?/.exec(text) ?? /^([A-Z]\w*(?:Error|Exception))\s*(?::|$)/.exec(text);
  if (throws) return { kind: 'throws', error: throws[1] };
  if (text.includes('...') || text.includes('…')) return { kind: 'prose' };
  const assign = /^([A-Za-z_$][\w$]*)(?:\s*=(?!=)|\s+is now)\s*(.*)$/.exec(text);
  if (assign) {
    const v = valueWithRemark(assign[2]);
    return v ? { kind: 'value', spec: v.spec, text: `${assign[1]} = ${v.text}`, target: assign[1] } : { kind: 'prose' };
  }
  const v = valueWithRemark(text);
  return v ? { kind: 'value', spec: v.spec, text: v.text } : { kind: 'prose' };
}

// ---------------------------------------------------------------------------------------------
// Turning an example into a function body.

/** Identifier names the example mentions (candidates for auto-import; unused ones are harmless). */
function mentionedNames(sf) {
  const names = new Set();
  const visit = (n) => {
    if (ts.isIdentifier(n)) {
      const p = n.parent;
      const isMemberName =
        (p && ts.isPropertyAccessExpression(p) && p.name === n) ||
        (p && ts.isPropertyAssignment(p) && p.name === n) ||
        (p && ts.isQualifiedName(p) && p.right === n);
      if (!isMemberName) names.add(n.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return names;
}

/**
 * Compiles an example into `{ js, names, checks }`: `js` is JavaScript source for
 * `async function __example(__s, __scope, __import)` where `__scope` holds the auto-imported names and
 * `__s` collects the checks; `checks[k]` describes the k-th checked line.
 */
export function compileExample(code) {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const syntaxErrors = sf.parseDiagnostics ?? [];
  if (syntaxErrors.length) {
    const d = syntaxErrors[0];
    const { line } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
    throw new SyntaxError(`example line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
  const checks = [];
  const edits = [];
  const targets = [];
  for (const st of sf.statements) {
    const stText = code.slice(st.getStart(sf), st.end);
    const line = sf.getLineAndCharacterOfPosition(st.end).line + 1;
    if (ts.isImportDeclaration(st)) {
      // import { a, b as c } from 'x'  ->  const { a, b: c } = await __import('x');
      const from = st.moduleSpecifier.getText(sf);
      const clause = st.importClause;
      const parts = [];
      if (clause && !clause.isTypeOnly) {
        if (clause.name) parts.push(`const ${clause.name.text} = (await __import(${from})).default;`);
        const nb = clause.namedBindings;
        if (nb && ts.isNamespaceImport(nb)) parts.push(`const ${nb.name.text} = await __import(${from});`);
        if (nb && ts.isNamedImports(nb)) {
          const els = nb.elements.filter((e) => !e.isTypeOnly);
          if (els.length)
            parts.push(
              `const { ${els.map((e) => (e.propertyName ? `${e.propertyName.text}: ${e.name.text}` : e.name.text)).join(', ')} } = await __import(${from});`,
            );
        }
      } else if (!clause) parts.push(`await __import(${from});`);
      edits.push({ start: st.getStart(sf), end: st.end, text: parts.join(' ') });
      continue;
    }
    const trailing = ts.getTrailingCommentRanges(code, st.end) ?? [];
    const comment = trailing.find((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia);
    let what = comment ? classifyComment(code.slice(comment.pos, comment.end)) : { kind: 'prose' };
    if (!comment) {
      // A long line may put its value (or the error it throws) alone on the next line.
      const next = /^[ \t]*\r?\n([ \t]*\/\/[^\n]*)/.exec(code.slice(st.end));
      const own = next ? classifyComment(next[1].trim()) : undefined;
      if (own && own.kind !== 'prose') what = own;
    }
    if (what.kind === 'prose') continue;
    const k = checks.length;
    if (what.kind === 'throws') {
      checks.push({ kind: 'throws', error: what.error, line, source: stText });
      edits.push({ start: st.getStart(sf), end: st.end, text: `await __s.throws(${k}, async () => { ${stText} });` });
    } else if (what.target) {
      checks.push({ kind: 'value', spec: what.spec, expected: what.text, line, source: stText });
      edits.push({ start: st.end, end: st.end, text: ` __s.check(${k}, ${what.target});` });
      targets.push(what.target);
    } else if (ts.isExpressionStatement(st)) {
      checks.push({ kind: 'value', spec: what.spec, expected: what.text, line, source: stText });
      const expr = code.slice(st.expression.getStart(sf), st.expression.end);
      edits.push({ start: st.getStart(sf), end: st.end, text: `__s.check(${k}, (${expr}));` });
    } else if (
      ts.isVariableStatement(st) &&
      st.declarationList.declarations.length === 1 &&
      ts.isIdentifier(st.declarationList.declarations[0].name)
    ) {
      checks.push({ kind: 'value', spec: what.spec, expected: what.text, line, source: stText });
      const id = st.declarationList.declarations[0].name.text;
      edits.push({ start: st.end, end: st.end, text: ` __s.check(${k}, ${id});` });
    }
    // Any other statement with a value comment (a destructuring, a loop) just runs.
  }
  let body = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, e.start) + e.text + body.slice(e.end);
  // The example sits in its own block so that its declarations may shadow auto-imported names.
  const wrapped = `async function __example(__s, __scope, __import) {\n{\n${body}\n}\n}`;
  const { outputText } = ts.transpileModule(wrapped, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false },
    reportDiagnostics: false,
  });
  return { js: outputText, names: [...new Set([...mentionedNames(sf), ...targets])], checks };
}

// ---------------------------------------------------------------------------------------------

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const examples = extractExamples();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(examples, null, 2));
  } else {
    let values = 0;
    let throws = 0;
    let bad = 0;
    for (const ex of examples) {
      try {
        const { checks } = compileExample(ex.code);
        values += checks.filter((c) => c.kind === 'value').length;
        throws += checks.filter((c) => c.kind === 'throws').length;
      } catch (e) {
        bad++;
        console.log(`${ex.file}:${ex.line} ${ex.name}: ${e.message}`);
      }
    }
    const perPackage = {};
    for (const ex of examples) perPackage[ex.package] = (perPackage[ex.package] ?? 0) + 1;
    console.log(
      `${examples.length} examples (${Object.entries(perPackage)
        .map(([p, n]) => `${p} ${n}`)
        .join(', ')}); ${values} value lines and ${throws} throwing lines checked; ${bad} do not parse`,
    );
  }
}
