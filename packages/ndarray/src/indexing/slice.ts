/** Slice strings (`'start:stop:step'`) and Python's slice-bound normalisation. */
import { IndexError, ValueError } from '../errors.js';

/** A parsed slice: `null` parts take their defaults (like Python's `slice(None)`). */
export interface SliceSpec {
  readonly start: number | null;
  readonly stop: number | null;
  readonly step: number | null;
}

/** A slice resolved against an axis length: the first index, the step and how many elements it selects. */
export interface ResolvedSlice {
  readonly start: number;
  readonly step: number;
  readonly length: number;
}

const PART = /^\s*([+-]?\d+)?\s*$/;

/**
 * Parses `'start:stop:step'` (each part optional: `':'`, `'::-1'`, `'1:'`, `'-2:'`) into a
 * {@link SliceSpec}; `null` when `s` is not a slice string.
 *
 * @example
 * ```ts
 * parseSlice('1::2'); // { start: 1, stop: null, step: 2 }
 * parseSlice('3');    // null
 * ```
 */
export function parseSlice(s: string): SliceSpec | null {
  // The same few slice strings recur in loops: parse each once (the specs are frozen).
  const hit = SLICES.get(s);
  if (hit !== undefined) return hit;
  const spec = parseSliceText(s);
  if (SLICES.size >= 1024) SLICES.clear();
  SLICES.set(s, spec);
  return spec;
}

const SLICES = new Map<string, SliceSpec | null>();

function parseSliceText(s: string): SliceSpec | null {
  const parts = s.split(':');
  if (parts.length < 2 || parts.length > 3) return null;
  const vals: (number | null)[] = [];
  for (const p of parts) {
    const m = PART.exec(p);
    if (m === null) return null;
    vals.push(m[1] === undefined ? null : Number(m[1]));
  }
  return Object.freeze({ start: vals[0] ?? null, stop: vals[1] ?? null, step: vals[2] ?? null });
}

/**
 * Parses a slice string, throwing an IndexError naming the string when it is malformed.
 *
 * @example
 * ```ts
 * sliceOf('::-1'); // { start: null, stop: null, step: -1 }
 * ```
 */
export function sliceOf(s: string, op: string): SliceSpec {
  const spec = parseSlice(s);
  if (spec === null) {
    throw new IndexError(
      `${op}: invalid slice string ${JSON.stringify(s)} (expected 'start:stop:step' with integer parts)`,
    );
  }
  return spec;
}

/**
 * Resolves a slice against an axis of length `n` exactly as Python does (negative bounds count
 * from the end, out-of-range bounds clamp; a zero step is a ValueError).
 *
 * @example
 * ```ts
 * resolveSlice({ start: null, stop: null, step: -2 }, 5); // { start: 4, step: -2, length: 3 }
 * ```
 */
export function resolveSlice(spec: SliceSpec, n: number): ResolvedSlice {
  const step = spec.step ?? 1;
  if (step === 0) throw new ValueError('slice step cannot be zero');
  let start: number;
  let stop: number;
  if (step > 0) {
    start = clampBound(spec.start, n, 0, 0, n);
    stop = clampBound(spec.stop, n, n, 0, n);
    const length = stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return { start, step, length };
  }
  start = clampBound(spec.start, n, n - 1, -1, n - 1);
  stop = clampBound(spec.stop, n, -1, -1, n - 1);
  const length = start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return { start, step, length };
}

function clampBound(v: number | null, n: number, dflt: number, lo: number, hi: number): number {
  if (v === null) return dflt;
  let x = v < 0 ? v + n : v;
  if (x < lo) x = lo;
  if (x > hi) x = hi;
  return x;
}
