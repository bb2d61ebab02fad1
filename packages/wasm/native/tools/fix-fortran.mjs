// Rewrites the few Fortran 90 constructs in LAPACK's fixed-form sources into Fortran 77 that f2c accepts.
//
// Library: fixFortran(source, fileName) -> { text } or { error } when the file uses a construct
// we do not rewrite (the build then leaves that routine out).
// CLI:     node fix-fortran.mjs <in.f> <out.f>   (exit status 3 for such a file)
//
// Handled: RECURSIVE, INTENT(...), "::", CHARACTER(n), EXIT and CYCLE in block DO loops
// (rewritten as GO TO to fresh labels), AIMAG on COMPLEX*16 (z* files), HUGE(ZERO) constants.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export function fixFortran(source, fileName) {
  const name = basename(fileName).toLowerCase();
  const doublePrecision = name.startsWith('d') || name.startsWith('z');
  const lines = source.replace(/\r\n/g, '\n').split('\n');

  const isComment = (l) => /^[cC*!]/.test(l) || /^\s*!/.test(l) || l.trim() === '';
  const isContinuation = (l) => !isComment(l) && l.length > 5 && /^ {5}[^ 0]/.test(l);
  const labelOf = (l) => {
    const m = /^ {0,4}(\d+)\s/.exec(l.slice(0, 6) + ' ');
    return m ? Number(m[1]) : null;
  };

  // Labels already used anywhere in the file, so fresh ones cannot collide.
  const used = new Set();
  for (const l of lines) {
    if (!isComment(l)) {
      const lab = labelOf(l);
      if (lab !== null) used.add(lab);
    }
  }
  let nextLabel = 99990;
  const freshLabel = () => {
    while (used.has(nextLabel)) nextLabel--;
    used.add(nextLabel);
    return nextLabel--;
  };

  // Statement-level rewrites that are local to one line.
  const rewriteLine = (l) => {
    if (isComment(l)) return l;
    let s = l;
    s = s.replace(/\bRECURSIVE\s+/gi, '');
    s = s.replace(/\s*,\s*INTENT\s*\(\s*(IN|OUT|INOUT)\s*\)/gi, '');
    s = s.replace(/::/g, '  ');
    s = s.replace(/\bCHARACTER\s*\(\s*(\d+)\s*\)/gi, 'CHARACTER*$1');
    if (doublePrecision) {
      s = s.replace(/\bAIMAG\s*\(/gi, 'DIMAG(');
      s = s.replace(/\bHUGE\s*\(\s*ZERO\s*\)/gi, '1.7976931348623157D+308');
    } else {
      s = s.replace(/\bHUGE\s*\(\s*ZERO\s*\)/gi, '3.4028235E+38');
    }
    // HUGE is no longer referenced once its only use became a literal.
    if (/^\s+INTRINSIC\b/i.test(s)) {
      s = s.replace(/,\s*HUGE\b/gi, '').replace(/\bHUGE\s*,\s*/gi, '');
    }
    return s;
  };

  const fixed = lines.map(rewriteLine);

  // Block DO tracking for EXIT / CYCLE. Each stack entry remembers the labels it needs.
  const stack = [];
  const insertBefore = new Map(); // line index -> array of lines
  const insertAfter = new Map();
  const push = (map, i, l) => {
    const a = map.get(i);
    if (a) a.push(l);
    else map.set(i, [l]);
  };
  const labelLine = (lab) => `${String(lab).padEnd(5)} CONTINUE`;
  let unsupported = null;

  for (let i = 0; i < fixed.length; i++) {
    const l = fixed[i];
    if (isComment(l)) continue;
    const body = l.slice(6);
    const startsStatement = !isContinuation(l);
    if (startsStatement) {
      const lab = labelOf(l);
      // Labeled DO loops end on a labeled statement; pop them here.
      while (lab !== null && stack.length && stack.at(-1).kind === 'labeled' && stack.at(-1).label === lab) {
        stack.pop();
      }
      if (/^\s*DO\s+\d+/i.test(body)) {
        stack.push({ kind: 'labeled', label: Number(/^\s*DO\s+(\d+)/i.exec(body)[1]) });
      } else if (/^\s*(\w+\s*:\s*)?DO(\s+WHILE\b|\s+[A-Z]\w*\s*=|\s*$)/i.test(body)) {
        stack.push({ kind: 'block', start: i, exitLabel: null, cycleLabel: null });
      } else if (/^\s*END\s*DO\b/i.test(body)) {
        const top = stack.pop();
        if (!top || top.kind !== 'block') {
          unsupported = `END DO without block DO at line ${i + 1}`;
          break;
        }
        if (top.cycleLabel !== null) push(insertBefore, i, labelLine(top.cycleLabel));
        if (top.exitLabel !== null) push(insertAfter, i, labelLine(top.exitLabel));
      }
    }
    // EXIT / CYCLE as a whole statement or as the action of a logical IF (possibly on a continuation).
    const m = /(^|\)\s*|^\s*)\b(EXIT|CYCLE)\s*$/i.exec(body);
    if (m) {
      const top = stack.at(-1);
      const word = m[2].toUpperCase();
      // CYCLE in a labeled DO jumps to its terminal statement; EXIT there would need a label after it.
      const cycleLabeled = top?.kind === 'labeled' && word === 'CYCLE';
      if (!top || (top.kind !== 'block' && !cycleLabeled)) {
        unsupported = `${m[2]} outside a block DO at line ${i + 1}`;
        break;
      }
      let lab;
      if (cycleLabeled) {
        lab = top.label;
      } else if (word === 'EXIT') {
        top.exitLabel ??= freshLabel();
        lab = top.exitLabel;
      } else {
        top.cycleLabel ??= freshLabel();
        lab = top.cycleLabel;
      }
      const head = l.slice(0, 6) + body.slice(0, m.index + m[1].length);
      const replaced = `${head}GO TO ${lab}`;
      if (replaced.length <= 72) {
        fixed[i] = replaced;
      } else {
        fixed[i] = head.trimEnd();
        push(insertAfter, i, `     $   GO TO ${lab}`);
      }
    }
  }

  if (!unsupported && stack.some((e) => e.kind === 'block')) unsupported = 'unterminated block DO';
  if (unsupported) return { error: `${name}: ${unsupported}` };

  const out = [];
  for (let i = 0; i < fixed.length; i++) {
    for (const l of insertBefore.get(i) ?? []) out.push(l);
    out.push(fixed[i]);
    for (const l of insertAfter.get(i) ?? []) out.push(l);
  }
  // f2c needs the last line terminated (a few LAPACK files end without a newline).
  const text = out.join('\n');
  return { text: text.endsWith('\n') ? text : `${text}\n` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [, , inPath, outPath] = process.argv;
  if (!inPath || !outPath) {
    console.error('usage: fix-fortran.mjs <in.f> <out.f>');
    process.exit(2);
  }
  const r = fixFortran(readFileSync(inPath, 'latin1'), inPath);
  if (r.error) {
    console.error(r.error);
    process.exit(3);
  }
  writeFileSync(outPath, r.text, 'latin1');
}
