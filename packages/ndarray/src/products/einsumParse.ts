/** Parses and checks einsum subscripts against operand shapes: labels per axis, output labels, index lengths. */
import { ShapeError, ValueError } from '../errors.js';

/** Labels are character codes for letters; the broadcast axes of '...' get `ELLIPSIS + j`. */
const ELLIPSIS = 1000;

/** A checked einsum: the label of every operand axis, the output labels and each label's length. */
export interface EinsumSpec {
  /** Per operand, the label of each axis (a label repeats for a diagonal). */
  readonly inputs: readonly (readonly number[])[];
  /** Labels of the output axes, in order. */
  readonly output: readonly number[];
  /** The broadcast length of every label. */
  readonly sizes: ReadonlyMap<number, number>;
}

interface Term {
  labels: number[];
  /** Index in `labels` where '...' stands, or -1. */
  ellipsis: number;
}

/** The way messages name a label. */
export function labelName(label: number): string {
  return label >= ELLIPSIS ? '...' : String.fromCharCode(label);
}

/**
 * Parses `subscripts` ("ij,jk->ik", implicit "ij,jk", with '...' and spaces) for operands of the
 * given shapes. Implicit output: the '...' axes, then the letters used exactly once, in ASCII order.
 *
 * @throws {ValueError} for malformed subscripts or subscripts that do not fit the operands.
 * @throws {ShapeError} when one index has different lengths (other than 1) in different places.
 */
export function parseEinsum(subscripts: string, shapes: readonly (readonly number[])[]): EinsumSpec {
  if (typeof subscripts !== 'string') throw new ValueError('einsum: subscripts must be a string');
  if (shapes.length === 0) throw new ValueError('einsum: at least one operand is required');
  const s = subscripts.replace(/\s+/g, '');
  const arrow = s.indexOf('->');
  const lhs = arrow < 0 ? s : s.slice(0, arrow);
  const rhs = arrow < 0 ? null : s.slice(arrow + 2);
  if (rhs?.includes('->')) {
    throw new ValueError(`einsum: subscripts '${subscripts}' contain more than one '->'`);
  }
  const termStrs = lhs.split(',');
  if (termStrs.length !== shapes.length) {
    throw new ValueError(
      `einsum: subscripts '${subscripts}' name ${termStrs.length} operand(s) but ${shapes.length} were given`,
    );
  }
  const terms = termStrs.map((t, i) => parseTerm(t, `operand ${i}`));

  // Each operand's rank against its subscripts; E = the widest '...'.
  let ell = 0;
  const ellDims = terms.map((t, i) => {
    const nd = (shapes[i] as readonly number[]).length;
    const nl = t.labels.length;
    if (t.ellipsis < 0 && nd !== nl) {
      throw new ValueError(`einsum: operand ${i} has ${nd} dimensions but subscripts '${termStrs[i]}' give ${nl}`);
    }
    if (t.ellipsis >= 0 && nd < nl) {
      throw new ValueError(
        `einsum: operand ${i} has ${nd} dimensions but subscripts '${termStrs[i]}' give at least ${nl}`,
      );
    }
    const e = t.ellipsis < 0 ? 0 : nd - nl;
    ell = Math.max(ell, e);
    return e;
  });
  const inputs = terms.map((t, i) => expand(t, ellDims[i] as number, ell));

  // Lengths: a diagonal needs equal lengths; across operands a length of 1 broadcasts.
  const sizes = new Map<number, number>();
  const setBy = new Map<number, number>();
  inputs.forEach((labels, i) => {
    const shape = shapes[i] as readonly number[];
    const own = new Map<number, number>();
    labels.forEach((l, ax) => {
      const d = shape[ax] as number;
      const o = own.get(l);
      if (o !== undefined && o !== d) {
        throw new ShapeError(`einsum: operand ${i} repeats index '${labelName(l)}' over axes of lengths ${o} and ${d}`);
      }
      own.set(l, d);
      const g = sizes.get(l);
      if (g === undefined || (g === 1 && d !== 1)) {
        sizes.set(l, d);
        setBy.set(l, i);
      } else if (d !== 1 && d !== g) {
        throw new ShapeError(
          `einsum: index '${labelName(l)}' has length ${g} in operand ${setBy.get(l)} but ${d} in operand ${i} (shapes ${shapes.map((x) => `[${x.join(', ')}]`).join(', ')})`,
        );
      }
    });
  });

  let output: number[];
  if (rhs === null) {
    const counts = new Map<number, number>();
    for (const labels of inputs) for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
    const letters = [...counts.keys()].filter((l) => l < ELLIPSIS && counts.get(l) === 1).sort((x, y) => x - y);
    output = [...Array.from({ length: ell }, (_, j) => ELLIPSIS + j), ...letters];
  } else {
    const t = parseTerm(rhs, 'the output');
    const seen = new Set<number>();
    for (const l of t.labels) {
      if (seen.has(l)) throw new ValueError(`einsum: output subscript '${labelName(l)}' appears more than once`);
      if (!sizes.has(l)) {
        throw new ValueError(`einsum: output subscript '${labelName(l)}' does not appear in any operand's subscripts`);
      }
      seen.add(l);
    }
    if (t.ellipsis < 0 && ell > 0) {
      throw new ValueError(
        `einsum: the operands' '...' cover ${ell} dimension(s) but the output subscripts '${rhs}' have no '...' to hold them`,
      );
    }
    output = expand(t, ell, ell);
  }
  return { inputs, output, sizes };
}

function parseTerm(term: string, where: string): Term {
  const labels: number[] = [];
  let ellipsis = -1;
  for (let i = 0; i < term.length; i++) {
    const ch = term[i] as string;
    if (/[A-Za-z]/.test(ch)) {
      labels.push(ch.charCodeAt(0));
    } else if (ch === '.') {
      if (!term.startsWith('...', i)) {
        throw new ValueError(
          `einsum: subscripts '${term}' of ${where} contain a '.' that is not part of an ellipsis ('...')`,
        );
      }
      if (ellipsis >= 0) throw new ValueError(`einsum: subscripts '${term}' of ${where} contain more than one '...'`);
      ellipsis = labels.length;
      i += 2;
    } else {
      throw new ValueError(`einsum: invalid subscript '${ch}' in '${term}' of ${where}: subscripts must be letters`);
    }
  }
  return { labels, ellipsis };
}

/** The term's labels with its '...' replaced by the last `count` of the `width` broadcast labels. */
function expand(t: Term, count: number, width: number): number[] {
  if (t.ellipsis < 0) return t.labels;
  const dots = Array.from({ length: count }, (_, j) => ELLIPSIS + width - count + j);
  return [...t.labels.slice(0, t.ellipsis), ...dots, ...t.labels.slice(t.ellipsis)];
}
