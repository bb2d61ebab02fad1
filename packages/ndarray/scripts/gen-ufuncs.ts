/**
 * Writes src/ufunc/loops/<family>.generated.ts: one monomorphic kernel per (ufunc, loop
 * signature) plus the per-ufunc loop tables the type resolver searches (in NumPy's `ufunc.types`
 * order), one file per ufunc family module (arithmetic, comparison, ...) so that a module loads
 * only its own loops, and loops/casts.generated.ts with the conversion kernels of the engine.
 *
 * Run from packages/ndarray: `node --experimental-strip-types scripts/gen-ufuncs.ts` (Node >= 22.6), or on any
 * Node `UPDATE_GENERATED=1 npx vitest run test/ufunc.generated.test.ts` (the test also checks the committed
 * files are current).
 */
import {
  type Cls,
  type DTypeInfo as D,
  DTYPE_TABLE as DTS,
  PACKAGE_ROOT,
  byCode as dt,
  generatedHeader,
  importUsed,
  indent as ind,
  valType,
  writeGenerated,
} from './codegen.js';

/**
 * What an op computes for one loop: a real expression (optionally after `pre` statements), or the
 * two parts of a complex result.
 */
type Out = string | { pre: string; e: string } | { pre?: string; re: string; im: string };
/** Value names: real inputs are `x` / `y`; complex inputs are `xr, xi` / `yr, yi`. */
type Body = (ins: D[], out: D) => Out | null;

interface Op {
  /** Name of the exported loop table (`ADD_LOOPS`). */
  table: string;
  /** Kernel name prefix. */
  prefix: string;
  nin: 1 | 2;
  /** NumPy's loop signatures restricted to Stride's dtypes, e.g. `dd->d`. */
  sigs: string[];
  body: Body;
  /** Unroll the contiguous loops (cheap element ops whose cost is loop overhead). */
  unroll?: boolean;
  /** The heap kernel (src/core/heap-codes.ts) serving a loop, as source text, or null. */
  heap?: (ins: D[], out: D) => string | null;
}

// ---- which loops the heap's SIMD kernels serve -----------------------------------------------------

const isF = (d: D | undefined): boolean => d?.name === 'float64' || d?.name === 'float32';
/** Binary arithmetic: float32/float64, plus int32 and complex128 where the kernels have them. */
function heapArith(code: string, intsAndComplex: boolean): Op['heap'] {
  return ([a, b], o) => {
    if (a?.name !== b?.name || a?.name !== o.name) return null;
    if (isF(a)) return `{ kind: 'float', op: ${code} }`;
    if (!intsAndComplex) return null;
    if (a?.name === 'int32') return `{ kind: 'i32', op: ${code} }`;
    if (a?.name === 'complex128') return `{ kind: 'c128', op: ${code} }`;
    return null;
  };
}
/** Float comparisons to bool. */
function heapCompare(code: string): Op['heap'] {
  return ([a, b], o) => {
    if (a?.name !== b?.name || o.name !== 'bool') return null;
    if (a?.name === 'float64') return `{ kind: 'cmp64', op: ${code} }`;
    if (a?.name === 'float32') return `{ kind: 'cmp32', op: ${code} }`;
    return null;
  };
}
/** Float unary ops of the same dtype in and out. */
function heapUnary(code: string): Op['heap'] {
  return ([a], o) => (isF(a) && a?.name === o.name ? `{ kind: 'unary', op: ${code} }` : null);
}
/** Float predicates to bool. */
function heapPredicate(code: string): Op['heap'] {
  return ([a], o) => (isF(a) && o.name === 'bool' ? `{ kind: 'predicate', op: ${code} }` : null);
}
/** Names of heap-codes.ts a generated module may use. */
const HEAP_CODE_NAMES = [
  'C_EQ',
  'C_GE',
  'C_GT',
  'C_LE',
  'C_LT',
  'C_NE',
  'OP_ADD',
  'OP_DIV',
  'OP_MAX',
  'OP_MIN',
  'OP_MUL',
  'OP_SUB',
  'P_ISFINITE',
  'P_ISINF',
  'P_ISNAN',
  'U_ABS',
  'U_CEIL',
  'U_FLOOR',
  'U_NEG',
  'U_RECIP',
  'U_RINT',
  'U_SQRT',
  'U_SQUARE',
  'U_TRUNC',
];

const REAL = '?bBhHiIqQfd';
const ALL = '?bBhHiIqQfdFD';
const homo2 = (codes: string, out?: string): string[] => [...codes].map((c) => `${c}${c}->${out ?? c}`);
const homo1 = (codes: string, out?: string): string[] => [...codes].map((c) => `${c}->${out ?? c}`);
const cmpSigs = [...homo2('?bBhHiIqQ', '?'), 'qQ->?', 'Qq->?', ...homo2('fdFD', '?')];

// ---- per-op bodies -------------------------------------------------------------------------------

function arith(op: '+' | '-'): Body {
  return ([a]) => {
    const d = a as D;
    if (d.cls === 'complex') return { re: `xr ${op} yr`, im: `xi ${op} yi` };
    if (d.cls === 'bool') return op === '+' ? 'x | y' : null;
    return `x ${op} y`;
  };
}

const multiply: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'complex') return { re: 'xr * yr - xi * yi', im: 'xr * yi + xi * yr' };
  if (d.cls === 'bool') return 'x & y';
  if (d.cls === 'int' && d.bits === 32) return 'Math.imul(x, y)';
  return 'x * y';
};

const divide: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'complex') return { pre: 'cdiv(xr, xi, yr, yi);', re: 'R[0] as number', im: 'R[1] as number' };
  return 'x / y';
};

const floorDivide: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'int') return d.signed ? 'floorDivInt(x, y)' : '(y === 0 ? 0 : Math.floor(x / y))';
  if (d.cls === 'big') return d.signed ? 'floorDivBig(x, y)' : '(y === 0n ? 0n : x / y)';
  if (d.cls === 'float') return d.f32 ? 'floorDivF32(x, y)' : 'floorDivF64(x, y)';
  return null;
};

const remainder: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'int') return d.signed ? 'modInt(x, y)' : '(y === 0 ? 0 : x % y)';
  if (d.cls === 'big') return d.signed ? 'modBig(x, y)' : '(y === 0n ? 0n : x % y)';
  if (d.cls === 'float') return d.f32 ? 'modF32(x, y)' : 'modF64(x, y)';
  return null;
};

const fmod: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'int') return '(y === 0 ? 0 : x % y)';
  if (d.cls === 'big') return '(y === 0n ? 0n : x % y)';
  if (d.cls === 'float') return 'x % y';
  return null;
};

const power: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'int') return 'powInt(x, y)';
  if (d.cls === 'big') return d.signed ? 'powBig(x, y)' : 'powBigU(x, y)';
  if (d.cls === 'float') return 'powFloat(x, y)';
  if (d.cls === 'complex') return { pre: 'cpow(xr, xi, yr, yi);', re: 'R[0] as number', im: 'R[1] as number' };
  return null;
};

const floatOnly2 =
  (expr: string): Body =>
  ([a]) =>
    (a as D).cls === 'float' ? expr : null;

const anyNaN = (p: string): string => `(${p}r !== ${p}r || ${p}i !== ${p}i)`;
/** Picks x or y by a condition; complex results select both parts. */
function pick(cond: string): { pre: string; re: string; im: string } {
  return { pre: `const t = ${cond};`, re: 't ? xr : yr', im: 't ? xi : yi' };
}

/*
 * Branch-free predicates on doubles. V8 compiles `<`, `<=`, `>`, `>=` to a single flag move, but
 * `===` / `!==` on doubles to a parity-checking branch that mispredicts on mixed data, so equality
 * and NaN tests are spelled with ordered comparisons (all false for NaN).
 */
const isNaNF = (v: string): string => `(+(${v} <= ${v}) ^ 1)`;
const eqF = (a: string, b: string): string => `(+(${a} <= ${b}) & +(${a} >= ${b}))`;
const isZeroF = (v: string): string => eqF(v, '0');

/**
 * Branch-free selection of x (cond 1) or y (cond 0): data-dependent branches mispredict on half of
 * random inputs, so floats pick through a 2-slot scratch indexed by the condition and integers
 * use a bit mask. Exact for every value (NaN payloads and signed zeros included).
 */
function select(d: D, cond: string): Out {
  if (d.cls === 'float') return { pre: 'S[0] = y; S[1] = x;', e: `S[${cond}] as number` };
  if (d.cls === 'int') return `y ^ ((x ^ y) & -(${cond}))`;
  return `(${cond} ? x : y)`;
}

function extremum(kind: 'max' | 'min' | 'fmax' | 'fmin'): Body {
  return ([a]) => {
    const d = a as D;
    const gt = kind === 'max' || kind === 'fmax';
    if (d.cls === 'bool') return gt ? 'x | y' : 'x & y';
    if (d.cls === 'int' || d.cls === 'big') return select(d, gt ? '+(x > y)' : '+(x < y)');
    if (d.cls === 'float') {
      // maximum/minimum propagate NaN from either side; fmax/fmin prefer the non-NaN one.
      if (kind === 'max') return select(d, `(+(x > y) | ${isNaNF('x')})`);
      if (kind === 'min') return select(d, `(+(x < y) | ${isNaNF('x')})`);
      if (kind === 'fmax') return select(d, `(+(x >= y) | ${isNaNF('y')})`);
      return select(d, `(+(x <= y) | ${isNaNF('y')})`);
    }
    const lex = gt ? '(xr > yr || (xr === yr && xi >= yi))' : '(xr < yr || (xr === yr && xi <= yi))';
    if (kind === 'max' || kind === 'min') return pick(`${anyNaN('x')} || (!${anyNaN('y')} && ${lex})`);
    return pick(`${anyNaN('y')} || (!${anyNaN('x')} && ${lex})`);
  };
}

/** The two passes of clip: max(x, lo) then min(x, hi), NaN from any operand propagating. */
function clipPass(kind: 'lo' | 'hi'): Body {
  return ([a]) => {
    const d = a as D;
    if (d.cls === 'float') return select(d, `(+(x ${kind === 'lo' ? '>=' : '<='} y) | ${isNaNF('x')})`);
    if (d.cls === 'complex') return extremum(kind === 'lo' ? 'max' : 'min')([d], d);
    return select(d, kind === 'lo' ? '+(x >= y)' : '+(x <= y)');
  };
}

function compare(op: '<' | '<=' | '>' | '>=' | '===' | '!=='): Body {
  return ([a]) => {
    const d = a as D;
    // +(bool) compiles to a flag move, not a branch (a ternary mispredicts on random data).
    if (d.cls === 'float') {
      if (op === '===') return eqF('x', 'y');
      if (op === '!==') return `(${eqF('x', 'y')} ^ 1)`;
    }
    if (d.cls !== 'complex') return `+(x ${op} y)`;
    if (op === '===') return `(${eqF('xr', 'yr')} & ${eqF('xi', 'yi')})`;
    if (op === '!==') return `((${eqF('xr', 'yr')} & ${eqF('xi', 'yi')}) ^ 1)`;
    const strict = op === '<' || op === '>' ? op : op === '<=' ? '<' : '>';
    // Lexicographic like NumPy, and false whenever any part is NaN.
    return `((xr ${strict} yr ? xi === xi && yi === yi : xr === yr && xi ${op} yi) ? 1 : 0)`;
  };
}

/** 1 when the value is nonzero (NaN counts; complex: either part), as a number, without branches. */
function truth(d: D, p: string): string {
  if (d.cls === 'complex') return `((${isZeroF(`${p}r`)} & ${isZeroF(`${p}i`)}) ^ 1)`;
  if (d.cls === 'float') return `(${isZeroF(p)} ^ 1)`;
  return d.cls === 'big' ? `+(${p} !== 0n)` : `+(${p} !== 0)`;
}

function logical(op: 'and' | 'or' | 'xor'): Body {
  return ([a, b]) => {
    const x = truth(a as D, 'x');
    const y = truth(b as D, 'y');
    return `${x} ${op === 'and' ? '&' : op === 'or' ? '|' : '^'} ${y}`;
  };
}

const bitwise =
  (op: '&' | '|' | '^'): Body =>
  () =>
    `x ${op} y`;

function shift(dir: 'left' | 'right'): Body {
  return ([a]) => {
    const d = a as D;
    const w = d.bits;
    if (d.cls === 'big') {
      const inRange = d.signed ? `y >= 0n && y < ${w}n` : `y < ${w}n`;
      if (dir === 'left') return `(${inRange} ? x << y : 0n)`;
      return d.signed ? `(${inRange} ? x >> y : x < 0n ? -1n : 0n)` : `(${inRange} ? x >> y : 0n)`;
    }
    const inRange = d.signed ? `y >= 0 && y < ${w}` : `y < ${w}`;
    if (dir === 'left') return `(${inRange} ? x << y : 0)`;
    if (!d.signed) return w === 32 ? `(${inRange} ? x >>> y : 0)` : `(${inRange} ? x >> y : 0)`;
    return `(${inRange} ? x >> y : x < 0 ? -1 : 0)`;
  };
}

// unary bodies

const negative: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'complex') return { re: '-xr', im: '-xi' };
  return d.cls === 'bool' ? null : '-x';
};

const identity: Body = ([a]) => ((a as D).cls === 'complex' ? { re: 'xr', im: 'xi' } : 'x');

const absolute: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'complex') return 'Math.hypot(xr, xi)';
  if (d.cls === 'float') return 'Math.abs(x)';
  if (!d.signed) return 'x';
  return d.cls === 'big' ? '(x < 0n ? -x : x)' : '(x < 0 ? -x : x)';
};

const square: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'complex') return { re: 'xr * xr - xi * xi', im: 'xr * xi + xi * xr' };
  if (d.cls === 'int' && d.bits === 32) return 'Math.imul(x, x)';
  return 'x * x';
};

const reciprocal: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'complex') return { pre: 'crecip(xr, xi);', re: 'R[0] as number', im: 'R[1] as number' };
  if (d.cls === 'float') return '1 / x';
  // Integer 1/x truncates; 1/0 follows NumPy on x86 (C's float->int conversion of inf).
  if (d.cls === 'big') {
    return d.signed
      ? '(x === 0n ? -9223372036854775808n : x === 1n ? 1n : x === -1n ? -1n : 0n)'
      : '(x === 1n ? 1n : 0n)';
  }
  if (!d.signed) return '(x === 1 ? 1 : 0)';
  return d.bits === 32
    ? '(x === 0 ? -2147483648 : x === 1 ? 1 : x === -1 ? -1 : 0)'
    : '(x === 1 ? 1 : x === -1 ? -1 : 0)';
};

/** Complex helpers that take a float32 flag to round intermediates like NumPy's complex64 loop. */
const F32_FLAG = new Set(['clog1p', 'cexp2']);

/** A float function backed by a JS Math function, with a complex helper where NumPy has one. */
function mathFn(real: string, complexHelper?: string): Body {
  return ([a]) => {
    const d = a as D;
    if (d.cls === 'float') return `${real}(x)`;
    if (d.cls === 'complex' && complexHelper !== undefined) {
      const flag = F32_FLAG.has(complexHelper) ? `, ${d.f32}` : '';
      return { pre: `${complexHelper}(xr, xi${flag});`, re: 'R[0] as number', im: 'R[1] as number' };
    }
    return null;
  };
}

function rounding(fn: string): Body {
  return ([a]) => ((a as D).cls === 'float' ? `${fn}(x)` : 'x');
}

const rint: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'complex') return { re: 'rintF(xr)', im: 'rintF(xi)' };
  return 'rintF(x)';
};

const sign: Body = ([a]) => {
  const d = a as D;
  if (d.cls === 'complex') return { pre: 'csign(xr, xi);', re: 'R[0] as number', im: 'R[1] as number' };
  if (d.cls === 'float') return '(x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x)';
  if (d.cls === 'big') return '(x > 0n ? 1n : x < 0n ? -1n : 0n)';
  return '(x > 0 ? 1 : x < 0 ? -1 : 0)';
};

const conjugate: Body = ([a]) => ((a as D).cls === 'complex' ? { re: 'xr', im: '-xi' } : 'x');

function predicate(kind: 'nan' | 'inf' | 'finite'): Body {
  return ([a]) => {
    const d = a as D;
    if (d.cls === 'float') {
      if (kind === 'nan') return isNaNF('x');
      if (kind === 'inf') return '+(Math.abs(x) >= Infinity)';
      return '+(Math.abs(x) < Infinity)';
    }
    if (d.cls === 'complex') {
      if (kind === 'nan') return `(${isNaNF('xr')} | ${isNaNF('xi')})`;
      if (kind === 'inf') return '(+(Math.abs(xr) >= Infinity) | +(Math.abs(xi) >= Infinity))';
      return '(+(Math.abs(xr) < Infinity) & +(Math.abs(xi) < Infinity))';
    }
    return kind === 'finite' ? '1' : '0';
  };
}

const logicalNot: Body = ([a]) => `${truth(a as D, 'x')} ^ 1`;

const invert: Body = ([a]) => ((a as D).cls === 'bool' ? 'x ^ 1' : '~x');

function scaleBy(c64: string, c32: string): Body {
  return ([a]) => {
    const d = a as D;
    if (d.cls !== 'float') return null;
    return `x * ${d.f32 ? c32 : c64}`;
  };
}

const OPS: Op[] = [
  {
    table: 'ADD',
    prefix: 'add',
    nin: 2,
    sigs: homo2(ALL),
    body: arith('+'),
    unroll: true,
    heap: heapArith('OP_ADD', true),
  },
  {
    table: 'SUBTRACT',
    prefix: 'subtract',
    nin: 2,
    sigs: homo2('bBhHiIqQfdFD'),
    body: arith('-'),
    unroll: true,
    heap: heapArith('OP_SUB', true),
  },
  {
    table: 'MULTIPLY',
    prefix: 'multiply',
    nin: 2,
    sigs: homo2(ALL),
    body: multiply,
    unroll: true,
    heap: heapArith('OP_MUL', true),
  },
  {
    table: 'DIVIDE',
    prefix: 'divide',
    nin: 2,
    sigs: homo2('fdFD'),
    body: divide,
    unroll: true,
    heap: heapArith('OP_DIV', false),
  },
  { table: 'FLOOR_DIVIDE', prefix: 'floorDivide', nin: 2, sigs: homo2('bBhHiIqQfd'), body: floorDivide },
  { table: 'REMAINDER', prefix: 'remainder', nin: 2, sigs: homo2('bBhHiIqQfd'), body: remainder },
  { table: 'FMOD', prefix: 'fmod', nin: 2, sigs: homo2('bBhHiIqQfd'), body: fmod },
  { table: 'POWER', prefix: 'power', nin: 2, sigs: homo2('bBhHiIqQfdFD'), body: power },
  { table: 'ARCTAN2', prefix: 'arctan2', nin: 2, sigs: homo2('fd'), body: floatOnly2('Math.atan2(x, y)') },
  { table: 'HYPOT', prefix: 'hypot', nin: 2, sigs: homo2('fd'), body: floatOnly2('Math.hypot(x, y)') },
  { table: 'COPYSIGN', prefix: 'copysign', nin: 2, sigs: homo2('fd'), body: floatOnly2('copysignF(x, y)') },
  { table: 'HEAVISIDE', prefix: 'heaviside', nin: 2, sigs: homo2('fd'), body: floatOnly2('heavisideF(x, y)') },
  {
    table: 'MAXIMUM',
    prefix: 'maximum',
    nin: 2,
    sigs: homo2(ALL),
    body: extremum('max'),
    unroll: true,
    heap: heapArith('OP_MAX', false),
  },
  {
    table: 'MINIMUM',
    prefix: 'minimum',
    nin: 2,
    sigs: homo2(ALL),
    body: extremum('min'),
    unroll: true,
    heap: heapArith('OP_MIN', false),
  },
  { table: 'FMAX', prefix: 'fmax', nin: 2, sigs: homo2(ALL), body: extremum('fmax'), unroll: true },
  { table: 'FMIN', prefix: 'fmin', nin: 2, sigs: homo2(ALL), body: extremum('fmin'), unroll: true },
  { table: 'CLIP_LO', prefix: 'clipLo', nin: 2, sigs: homo2(ALL), body: clipPass('lo'), unroll: true },
  { table: 'CLIP_HI', prefix: 'clipHi', nin: 2, sigs: homo2(ALL), body: clipPass('hi'), unroll: true },
  {
    table: 'EQUAL',
    prefix: 'equal',
    nin: 2,
    sigs: cmpSigs,
    body: compare('==='),
    unroll: true,
    heap: heapCompare('C_EQ'),
  },
  {
    table: 'NOT_EQUAL',
    prefix: 'notEqual',
    nin: 2,
    sigs: cmpSigs,
    body: compare('!=='),
    unroll: true,
    heap: heapCompare('C_NE'),
  },
  { table: 'LESS', prefix: 'less', nin: 2, sigs: cmpSigs, body: compare('<'), unroll: true, heap: heapCompare('C_LT') },
  {
    table: 'LESS_EQUAL',
    prefix: 'lessEqual',
    nin: 2,
    sigs: cmpSigs,
    body: compare('<='),
    unroll: true,
    heap: heapCompare('C_LE'),
  },
  {
    table: 'GREATER',
    prefix: 'greater',
    nin: 2,
    sigs: cmpSigs,
    body: compare('>'),
    unroll: true,
    heap: heapCompare('C_GT'),
  },
  {
    table: 'GREATER_EQUAL',
    prefix: 'greaterEqual',
    nin: 2,
    sigs: cmpSigs,
    body: compare('>='),
    unroll: true,
    heap: heapCompare('C_GE'),
  },
  { table: 'LOGICAL_AND', prefix: 'logicalAnd', nin: 2, sigs: homo2(ALL, '?'), body: logical('and'), unroll: true },
  { table: 'LOGICAL_OR', prefix: 'logicalOr', nin: 2, sigs: homo2(ALL, '?'), body: logical('or'), unroll: true },
  { table: 'LOGICAL_XOR', prefix: 'logicalXor', nin: 2, sigs: homo2(ALL, '?'), body: logical('xor'), unroll: true },
  { table: 'BITWISE_AND', prefix: 'bitwiseAnd', nin: 2, sigs: homo2('?bBhHiIqQ'), body: bitwise('&'), unroll: true },
  { table: 'BITWISE_OR', prefix: 'bitwiseOr', nin: 2, sigs: homo2('?bBhHiIqQ'), body: bitwise('|'), unroll: true },
  { table: 'BITWISE_XOR', prefix: 'bitwiseXor', nin: 2, sigs: homo2('?bBhHiIqQ'), body: bitwise('^'), unroll: true },
  { table: 'LEFT_SHIFT', prefix: 'leftShift', nin: 2, sigs: homo2('bBhHiIqQ'), body: shift('left'), unroll: true },
  { table: 'RIGHT_SHIFT', prefix: 'rightShift', nin: 2, sigs: homo2('bBhHiIqQ'), body: shift('right'), unroll: true },

  {
    table: 'NEGATIVE',
    prefix: 'negative',
    nin: 1,
    sigs: homo1('bBhHiIqQfdFD'),
    body: negative,
    unroll: true,
    heap: heapUnary('U_NEG'),
  },
  { table: 'POSITIVE', prefix: 'positive', nin: 1, sigs: homo1('bBhHiIqQfdFD'), body: identity, unroll: true },
  {
    table: 'ABSOLUTE',
    prefix: 'absolute',
    nin: 1,
    sigs: [...homo1(REAL), 'F->f', 'D->d'],
    body: absolute,
    unroll: true,
    heap: heapUnary('U_ABS'),
  },
  {
    table: 'SQRT',
    prefix: 'sqrt',
    nin: 1,
    sigs: homo1('fdFD'),
    body: mathFn('Math.sqrt', 'csqrt'),
    unroll: true,
    heap: heapUnary('U_SQRT'),
  },
  { table: 'CBRT', prefix: 'cbrt', nin: 1, sigs: homo1('fd'), body: mathFn('Math.cbrt') },
  {
    table: 'SQUARE',
    prefix: 'square',
    nin: 1,
    sigs: homo1('bBhHiIqQfdFD'),
    body: square,
    unroll: true,
    heap: heapUnary('U_SQUARE'),
  },
  {
    table: 'RECIPROCAL',
    prefix: 'reciprocal',
    nin: 1,
    sigs: homo1('bBhHiIqQfdFD'),
    body: reciprocal,
    unroll: true,
    heap: heapUnary('U_RECIP'),
  },
  { table: 'EXP', prefix: 'exp', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.exp', 'cexp') },
  { table: 'EXP2', prefix: 'exp2', nin: 1, sigs: homo1('fdFD'), body: mathFn('exp2F', 'cexp2') },
  { table: 'EXPM1', prefix: 'expm1', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.expm1', 'cexpm1') },
  { table: 'LOG', prefix: 'log', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.log', 'clog') },
  { table: 'LOG2', prefix: 'log2', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.log2', 'clog2') },
  { table: 'LOG10', prefix: 'log10', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.log10', 'clog10') },
  { table: 'LOG1P', prefix: 'log1p', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.log1p', 'clog1p') },
  { table: 'SIN', prefix: 'sin', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.sin', 'csin') },
  { table: 'COS', prefix: 'cos', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.cos', 'ccos') },
  { table: 'TAN', prefix: 'tan', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.tan', 'ctan') },
  { table: 'ARCSIN', prefix: 'arcsin', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.asin', 'casin') },
  { table: 'ARCCOS', prefix: 'arccos', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.acos', 'cacos') },
  { table: 'ARCTAN', prefix: 'arctan', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.atan', 'catan') },
  { table: 'SINH', prefix: 'sinh', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.sinh', 'csinh') },
  { table: 'COSH', prefix: 'cosh', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.cosh', 'ccosh') },
  { table: 'TANH', prefix: 'tanh', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.tanh', 'ctanh') },
  { table: 'ARCSINH', prefix: 'arcsinh', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.asinh', 'casinh') },
  { table: 'ARCCOSH', prefix: 'arccosh', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.acosh', 'cacosh') },
  { table: 'ARCTANH', prefix: 'arctanh', nin: 1, sigs: homo1('fdFD'), body: mathFn('Math.atanh', 'catanh') },
  {
    table: 'FLOOR',
    prefix: 'floor',
    nin: 1,
    sigs: homo1(REAL),
    body: rounding('Math.floor'),
    unroll: true,
    heap: heapUnary('U_FLOOR'),
  },
  {
    table: 'CEIL',
    prefix: 'ceil',
    nin: 1,
    sigs: homo1(REAL),
    body: rounding('Math.ceil'),
    unroll: true,
    heap: heapUnary('U_CEIL'),
  },
  {
    table: 'TRUNC',
    prefix: 'trunc',
    nin: 1,
    sigs: homo1(REAL),
    body: rounding('Math.trunc'),
    unroll: true,
    heap: heapUnary('U_TRUNC'),
  },
  { table: 'RINT', prefix: 'rint', nin: 1, sigs: homo1('fdFD'), body: rint, unroll: true, heap: heapUnary('U_RINT') },
  { table: 'SIGN', prefix: 'sign', nin: 1, sigs: homo1('bBhHiIqQfdFD'), body: sign, unroll: true },
  { table: 'CONJUGATE', prefix: 'conjugate', nin: 1, sigs: homo1('bBhHiIqQfdFD'), body: conjugate, unroll: true },
  {
    table: 'ISNAN',
    prefix: 'isnan',
    nin: 1,
    sigs: homo1(ALL, '?'),
    body: predicate('nan'),
    unroll: true,
    heap: heapPredicate('P_ISNAN'),
  },
  {
    table: 'ISINF',
    prefix: 'isinf',
    nin: 1,
    sigs: homo1(ALL, '?'),
    body: predicate('inf'),
    unroll: true,
    heap: heapPredicate('P_ISINF'),
  },
  {
    table: 'ISFINITE',
    prefix: 'isfinite',
    nin: 1,
    sigs: homo1(ALL, '?'),
    body: predicate('finite'),
    unroll: true,
    heap: heapPredicate('P_ISFINITE'),
  },
  { table: 'LOGICAL_NOT', prefix: 'logicalNot', nin: 1, sigs: homo1(ALL, '?'), body: logicalNot, unroll: true },
  { table: 'INVERT', prefix: 'invert', nin: 1, sigs: homo1('?bBhHiIqQ'), body: invert, unroll: true },
  {
    table: 'DEG2RAD',
    prefix: 'deg2rad',
    nin: 1,
    sigs: homo1('fd'),
    body: scaleBy('DEG2RAD', 'DEG2RAD32'),
    unroll: true,
  },
  {
    table: 'RAD2DEG',
    prefix: 'rad2deg',
    nin: 1,
    sigs: homo1('fd'),
    body: scaleBy('RAD2DEG', 'RAD2DEG32'),
    unroll: true,
  },
];

// ---- emission ------------------------------------------------------------------------------------

const UNROLL = 8;
/** Runs at least this long are rebased with subarray so the unrolled loop indexes from 0. */
const REBASE_MIN = 64;

/** Loads operand `p` ('x' or 'y') of dtype d from array `arr` at index expression `idx`. */
function load(d: D, p: string, arr: string, idx: string, suffix: string): string {
  if (d.cls === 'complex')
    return `const ${p}r${suffix} = ${arr}[${idx}] as number, ${p}i${suffix} = ${arr}[${idx} + 1] as number;`;
  return `const ${p}${suffix} = ${arr}[${idx}] as ${valType(d)};`;
}

/** Renames the value identifiers x, y, xr, xi, yr, yi, t in an expression by appending a suffix. */
function rename(expr: string, suffix: string): string {
  if (suffix === '') return expr;
  return expr.replace(/\b(xr|xi|yr|yi|x|y|t)\b/g, `$1${suffix}`);
}

/** The statements storing the result at index `idx` of `o`. */
function store(out: Out, od: D, idx: string, suffix: string): string {
  if (typeof out === 'string') return `o[${idx}] = ${rename(out, suffix)};`;
  if ('e' in out) return `${rename(out.pre, suffix)} o[${idx}] = ${rename(out.e, suffix)};`;
  const pre = out.pre === undefined ? '' : `${rename(out.pre, suffix)} `;
  if (od.cls !== 'complex') throw new Error('complex body for a real output');
  return `${pre}o[${idx}] = ${rename(out.re, suffix)}; o[${idx} + 1] = ${rename(out.im, suffix)};`;
}

interface Operand {
  d: D;
  arr: string;
  idx: string;
  step: string;
  p: string;
}

/**
 * One element step. `hoisted` operands were loaded before the loop; `idxOf` gives the index
 * expression of each operand for this lane.
 */
function step(
  ins: Operand[],
  od: D,
  out: Out,
  hoisted: Set<string>,
  idxOf: (o: string) => string,
  suffix: string,
): string[] {
  const lines: string[] = [];
  for (const op of ins) if (!hoisted.has(op.arr)) lines.push(load(op.d, op.p, op.arr, idxOf(op.arr), suffix));
  lines.push(store(out, od, idxOf('o'), suffix));
  // Hoisted values keep their un-suffixed names.
  return lines.map((line) => {
    let s = line;
    for (const h of hoisted) {
      const p = ins.find((o) => o.arr === h)?.p as string;
      s = s.replace(new RegExp(`\\b(${p}r|${p}i|${p})${suffix}\\b`, 'g'), '$1');
    }
    return s;
  });
}

function kernel(op: Op, ins: D[], od: D, out: Out, name: string): string {
  const names = op.nin === 1 ? ['a'] : ['a', 'b'];
  const operands: Operand[] = ins.map((d, k) => ({
    d,
    arr: names[k] as string,
    idx: `i${names[k]}`,
    step: `s${names[k]}`,
    p: k === 0 ? 'x' : 'y',
  }));
  const params = [
    'n: number',
    ...operands.flatMap((o) => [`${o.arr}: ${o.d.arr}`, `${o.idx}: number`, `${o.step}: number`]),
    `o: ${od.arr}`,
    'io: number',
    'so: number',
  ].join(', ');
  const all = [...operands.map((o) => o.arr), 'o'];
  const idxVar = (a: string): string => `i${a}`;
  const stepVar = (a: string): string => `s${a}`;
  const anyComplex = ins.some((d) => d.cls === 'complex') || od.cls === 'complex';
  const hoist = (h: Set<string>): string[] =>
    operands.filter((o) => h.has(o.arr)).map((o) => load(o.d, o.p, o.arr, o.idx, ''));
  const strided = (h: Set<string>): string[] => {
    const moving = all.filter((a) => !h.has(a));
    const inc = moving.map((a) => `${idxVar(a)} += ${stepVar(a)}`).join(', ');
    return [`for (let i = 0; i < n; i++, ${inc}) {`, ...ind(step(operands, od, out, h, (a) => idxVar(a), '')), '}'];
  };
  const body: string[] = [];
  if (anyComplex) {
    // Complex elements take two slots: turn element indices/strides into slot indices/strides.
    for (const o of operands) if (o.d.cls === 'complex') body.push(`${o.idx} *= 2;`, `${o.step} *= 2;`);
    if (od.cls === 'complex') body.push('io *= 2;', 'so *= 2;');
    if (op.nin === 2) {
      for (const o of operands) {
        const h = new Set([o.arr]);
        body.push(`if (${o.step} === 0) {`, ...ind([...hoist(h), ...strided(h), 'return;']), '}');
      }
    }
    body.push(...strided(new Set()));
  } else {
    // Real kernels: a contiguous run (rebased and unrolled for cheap ops), hoisted scalar operands,
    // and the general strided loop. BigInt kernels are bound by BigInt arithmetic: no unrolling.
    const unroll = op.unroll === true && ![...ins, od].some((d) => d.cls === 'big');
    const contiguous = (h: Set<string>): string[] => {
      const moving = all.filter((a) => !h.has(a));
      const cond = moving.map((a) => `${stepVar(a)} === 1`).join(' && ');
      const inner: string[] = [...hoist(h)];
      if (unroll) {
        // Long runs are rebased to index 0 (subarray) so the unrolled body indexes i + k only;
        // short runs at an offset fall through to the strided loop.
        const nonzero = moving.map((a) => `${idxVar(a)} !== 0`).join(' || ');
        const zero = moving.map((a) => `${idxVar(a)} === 0`).join(' && ');
        inner.push(`if (${nonzero}) {`);
        for (const a of moving) inner.push(`  ${a} = ${a}.subarray(${idxVar(a)}, ${idxVar(a)} + n);`);
        inner.push('}');
        const lanes: string[] = [];
        for (let u = 0; u < UNROLL; u++) {
          lanes.push(...step(operands, od, out, h, () => (u === 0 ? 'i' : `i + ${u}`), `${u}`));
        }
        inner.push(
          'let i = 0;',
          `for (const m = n - ${UNROLL - 1}; i < m; i += ${UNROLL}) {`,
          ...ind(lanes),
          '}',
          'for (; i < n; i++) {',
          ...ind(step(operands, od, out, h, () => 'i', '')),
          '}',
          'return;',
        );
        return [`if (${cond} && (n >= ${REBASE_MIN} || (${zero}))) {`, ...ind(inner), '}'];
      }
      inner.push(
        'for (let i = 0; i < n; i++) {',
        ...ind(step(operands, od, out, h, (a) => `${idxVar(a)} + i`, '')),
        '}',
        'return;',
      );
      return [`if (${cond}) {`, ...ind(inner), '}'];
    };
    body.push(...contiguous(new Set()));
    if (op.nin === 2) {
      for (const o of operands) {
        const h = new Set([o.arr]);
        const inner = unroll ? contiguous(h) : [];
        body.push(`if (${o.step} === 0) {`, ...ind([...inner, ...hoist(h), ...strided(h), 'return;']), '}');
      }
    }
    body.push(...strided(new Set()));
  }
  return [`export function ${name}(${params}): void {`, ...ind(body), '}'].join('\n');
}

/**
 * Conversion kernels for the buffered-cast path (an input whose dtype differs from the loop's is
 * converted chunk by chunk into a scratch buffer). One monomorphic function per (from, to) pair,
 * with NumPy's unsafe-cast semantics (the resolver only asks for safe / same_kind casts).
 */
function castKernel(from: D, to: D): string {
  const name = `cast_${from.short}_${to.short}`;
  const params = `n: number, s: ${from.arr}, is: number, ss: number, d: ${to.arr}, id: number, sd: number`;
  const lines: string[] = [];
  const fc = from.cls === 'complex';
  const tc = to.cls === 'complex';
  if (fc) lines.push('is *= 2;', 'ss *= 2;');
  if (tc) lines.push('id *= 2;', 'sd *= 2;');
  const read = fc ? 'const xr = s[is] as number, xi = s[is + 1] as number;' : `const x = s[is] as ${valType(from)};`;
  const re = fc ? 'xr' : 'x';
  let body: string;
  const toReal = (v: string, vd: Cls): string => {
    if (to.cls === 'bool') return vd === 'big' ? `+(${v} !== 0n)` : `+(${v} !== 0)`;
    if (to.cls === 'big') {
      if (vd === 'big') return v;
      if (vd === 'float' || vd === 'complex')
        return `(Number.isFinite(${v}) ? BigInt(Math.trunc(${v})) : -9223372036854775808n)`;
      return `BigInt(${v})`;
    }
    if (vd === 'big') return to.cls === 'float' ? `Number(${v})` : `Number(BigInt.asIntN(32, ${v}))`;
    return v;
  };
  if (tc) {
    const r = from.cls === 'big' ? `Number(${re})` : re;
    body = `d[id] = ${r}; d[id + 1] = ${fc ? 'xi' : '0'};`;
  } else if (fc && to.cls === 'bool') {
    body = 'd[id] = +(xr !== 0) | +(xi !== 0);';
  } else {
    body = `d[id] = ${toReal(re, from.cls)};`;
  }
  if (!fc && !tc && from.cls !== 'big' && to.cls !== 'big') {
    // The buffered path converts contiguous chunks: rebase and unroll like the cheap kernels.
    const lane = (k: number): string[] => {
      const at = k === 0 ? 'i' : `i + ${k}`;
      return [
        `const x${k} = s[${at}] as number;`,
        `d[${at}] = ${body.replace('d[id] = ', '').replace(/\bx\b/g, `x${k}`).replace(/;$/, '')};`,
      ];
    };
    const lanes: string[] = [];
    for (let k = 0; k < 4; k++) lanes.push(...lane(k));
    lines.push(
      'if (ss === 1 && sd === 1) {',
      '  if (is !== 0) s = s.subarray(is, is + n);',
      '  if (id !== 0) d = d.subarray(id, id + n);',
      '  let i = 0;',
      '  for (const m = n - 3; i < m; i += 4) {',
      ...ind(lanes, 2),
      '  }',
      '  for (; i < n; i++) {',
      '    const x = s[i] as number;',
      `    ${body.replace(/\[id\]/, '[i]')}`,
      '  }',
      '  return;',
      '}',
    );
  }
  lines.push(`for (let i = 0; i < n; i++, is += ss, id += sd) {`, `  ${read}`, `  ${body}`, '}');
  return [`export function ${name}(${params}): void {`, ...ind(lines), '}'].join('\n');
}

/** Which family module (src/ufunc/<family>.ts) uses each loop table: one generated file each. */
const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  arithmetic: [
    'ADD',
    'SUBTRACT',
    'MULTIPLY',
    'DIVIDE',
    'FLOOR_DIVIDE',
    'REMAINDER',
    'FMOD',
    'POWER',
    'NEGATIVE',
    'POSITIVE',
    'ABSOLUTE',
    'SQUARE',
    'RECIPROCAL',
  ],
  bitwise: ['BITWISE_AND', 'BITWISE_OR', 'BITWISE_XOR', 'LEFT_SHIFT', 'RIGHT_SHIFT', 'INVERT'],
  comparison: ['EQUAL', 'NOT_EQUAL', 'LESS', 'LESS_EQUAL', 'GREATER', 'GREATER_EQUAL'],
  complex: ['CONJUGATE'],
  exponential: ['SQRT', 'CBRT', 'EXP', 'EXP2', 'EXPM1', 'LOG', 'LOG2', 'LOG10', 'LOG1P'],
  extrema: ['MAXIMUM', 'MINIMUM', 'FMAX', 'FMIN', 'CLIP_LO', 'CLIP_HI'],
  floating: ['COPYSIGN', 'HEAVISIDE', 'ISNAN', 'ISINF', 'ISFINITE', 'SIGN'],
  logical: ['LOGICAL_AND', 'LOGICAL_OR', 'LOGICAL_XOR', 'LOGICAL_NOT'],
  rounding: ['FLOOR', 'CEIL', 'TRUNC', 'RINT'],
  trigonometric: [
    'SIN',
    'COS',
    'TAN',
    'ARCSIN',
    'ARCCOS',
    'ARCTAN',
    'ARCTAN2',
    'HYPOT',
    'SINH',
    'COSH',
    'TANH',
    'ARCSINH',
    'ARCCOSH',
    'ARCTANH',
    'DEG2RAD',
    'RAD2DEG',
  ],
};

/** Where the generated loop files live, relative to the package. */
export const LOOPS_DIR = 'src/ufunc/loops/';

const SCALAR_NAMES = [
  'DEG2RAD',
  'DEG2RAD32',
  'RAD2DEG',
  'RAD2DEG32',
  'S',
  'copysignF',
  'exp2F',
  'floorDivBig',
  'floorDivF32',
  'floorDivF64',
  'floorDivInt',
  'heavisideF',
  'modBig',
  'modF32',
  'modF64',
  'modInt',
  'powBig',
  'powBigU',
  'powFloat',
  'powInt',
  'rintF',
];
const COMPLEX_NAMES = [
  'R',
  'cacos',
  'cacosh',
  'casin',
  'casinh',
  'catan',
  'catanh',
  'ccos',
  'ccosh',
  'cdiv',
  'cexp',
  'cexp2',
  'cexpm1',
  'clog',
  'clog10',
  'clog1p',
  'clog2',
  'cpow',
  'crecip',
  'csign',
  'csin',
  'csinh',
  'csqrt',
  'ctan',
  'ctanh',
];

/** One generated module: header, the imports its body uses, the body. */
function moduleText(doc: string, body: string): string {
  return (
    generatedHeader('gen-ufuncs.ts', doc) +
    importUsed(['Cast', 'Loop1', 'Loop2'], '../types.js', body, true) +
    importUsed(SCALAR_NAMES, '../scalar.js', body) +
    importUsed(COMPLEX_NAMES, '../complexMath.js', body) +
    importUsed(HEAP_CODE_NAMES, '../../core/heap-codes.js', body) +
    '\n' +
    body
  );
}

/** The loops and table of one ufunc. */
function opText(op: Op): string {
  const out: string[] = [];
  const entries: string[] = [];
  for (const sig of op.sigs) {
    const [lhs, rhs] = sig.split('->') as [string, string];
    const ins = [...lhs].map(dt);
    const od = dt(rhs);
    const body = op.body(ins, od);
    if (body === null) throw new Error(`${op.prefix}: no body for ${sig}`);
    const name = `${op.prefix}_${ins.map((d) => d.short).join('_')}`;
    out.push(kernel(op, ins, od, body, name), '');
    const inList = ins.map((d) => `'${d.name}'`).join(', ');
    const heap = op.heap?.(ins, od) ?? null;
    entries.push(`  { in: [${inList}], out: '${od.name}', fn: ${name}${heap === null ? '' : `, heap: ${heap}`} },`);
  }
  const type = op.nin === 1 ? 'Loop1' : 'Loop2';
  out.push(`export const ${op.table}_LOOPS: readonly ${type}[] = [`, ...entries, '];', '');
  return out.join('\n');
}

/** The conversion kernels and their table. */
function castsText(): string {
  const out: string[] = [];
  const casts: string[] = [];
  for (const from of DTS) {
    for (const to of DTS) {
      if (from === to) continue;
      out.push(castKernel(from, to), '');
      casts.push(`  '${from.name}>${to.name}': { fn: cast_${from.short}_${to.short} },`);
    }
  }
  out.push('/** Conversion kernels by `from>to` dtype names. */');
  out.push('export const CASTS: Readonly<Record<string, Cast>> = {', ...casts, '};', '');
  return out.join('\n');
}

/** Every generated loop file: path (relative to the package) -> text. */
export function generate(): Map<string, string> {
  const files = new Map<string, string>();
  const placed = new Set<string>();
  for (const [family, tables] of Object.entries(FAMILIES)) {
    const body = tables
      .map((t) => {
        const op = OPS.find((o) => o.table === t);
        if (op === undefined) throw new Error(`no op for table ${t}`);
        placed.add(t);
        return opText(op);
      })
      .join('\n');
    files.set(
      `${LOOPS_DIR}${family}.generated.ts`,
      moduleText(
        `The ${family} ufuncs' kernels and loop tables. Kernels take (n, a, ia, sa, [b, ib, sb,] o, io, so) in elements and never validate.`,
        body,
      ),
    );
  }
  for (const op of OPS) if (!placed.has(op.table)) throw new Error(`${op.table} belongs to no family`);
  files.set(
    `${LOOPS_DIR}casts.generated.ts`,
    moduleText('Conversion kernels of the buffered-cast path: (n, s, is, ss, d, id, sd) in elements.', castsText()),
  );
  return files;
}

const isMain = process.argv[1] !== undefined && /gen-ufuncs\.[jt]s$/.test(process.argv[1]);
if (isMain) writeGenerated(PACKAGE_ROOT, generate());
