/**
 * Writes src/reduce/kernels.generated.ts: the dtype-specialised inner loops of the reductions.
 *
 * V8 keeps one type feedback per function, so a loop shared by Float64Array and Int8Array turns
 * polymorphic and several times slower; each storage type therefore gets its own copy of every
 * loop. The copies are written here from one template per loop family, never by hand.
 *
 * Run: `node --experimental-strip-types scripts/gen-reduce.ts` (Node >= 22.6), or
 * `UPDATE_GENERATED=1 npx vitest run test/reduce.generated.test.ts`, which also checks in CI that
 * the committed file matches this generator.
 */
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT, byName, generatedHeader, writeGenerated } from './codegen.js';

/** A storage type: the TypedArray a dtype family lives in. */
interface Storage {
  /** Suffix of the generated names. */
  key: string;
  /** TypedArray class. */
  ta: string;
  /** float: may hold NaN; int: plain numbers; big: bigint values. */
  kind: 'float' | 'int' | 'big';
  /** Whether arithmetic in this storage's own precision needs Math.fround. */
  f32: boolean;
}

/** The storage of a dtype, from the generators' one dtype table. */
function storage(name: string): Storage {
  const d = byName(name);
  const kind = d.cls === 'float' || d.cls === 'big' ? d.cls : 'int';
  return { key: d.key, ta: d.arr, kind, f32: d.f32 };
}

const F64 = storage('float64');
const F32 = storage('float32');
const INTS: Storage[] = ['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32'].map(storage);
const BIGS: Storage[] = ['int64', 'uint64'].map(storage);
const FLOATS = [F64, F32];
const NUMS = [F64, F32, ...INTS];
const ALL = [...NUMS, ...BIGS];

/** Rounds an expression to the storage's precision (float32: Math.fround). */
function rounder(f32: boolean): (e: string) => string {
  return f32 ? (e) => `fr(${e})` : (e) => `(${e})`;
}

// ---------------------------------------------------------------------------------------------
// Real pairwise summation: 8 interleaved partial sums over leaves of at most 128 elements, split
// in halves (rounded down to a multiple of 8) above that, sequential below 8 elements.
// `load(k)` yields the value of element k (k an index expression into x).

function pairwise(name: string, params: string, args: string, load: (k: string) => string, f32: boolean): string {
  const R = rounder(f32);
  const acc = (r: string, k: string) => `${r} = ${R(`${r} + ${load(k)}`)};`;
  const body8 = (j: string, s: (t: number) => string) =>
    [0, 1, 2, 3, 4, 5, 6, 7].map((t) => acc(`r${t}`, `${j}${s(t)}`)).join(' ');
  return `export function ${name}(n: number, x: XTYPE, ix: number, sx: number${params}): number {
  if (n < 8) {
    let s = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) s = ${R(`s + ${load('j')}`)};
    return s;
  }
  if (n <= 128) {
    let r0 = ${load('ix')};
    let r1 = ${load('ix + sx')};
    let r2 = ${load('ix + 2 * sx')};
    let r3 = ${load('ix + 3 * sx')};
    let r4 = ${load('ix + 4 * sx')};
    let r5 = ${load('ix + 5 * sx')};
    let r6 = ${load('ix + 6 * sx')};
    let r7 = ${load('ix + 7 * sx')};
    const nm = n - (n % 8);
    if (sx === 1) {
      for (let j = ix + 8, e = ix + nm; j < e; j += 8) {
        ${body8('j', (t) => (t === 0 ? '' : ` + ${t}`))}
      }
    } else {
      for (let i = 8, j = ix + 8 * sx; i < nm; i += 8, j += 8 * sx) {
        ${body8('j', (t) => (t === 0 ? '' : t === 1 ? ' + sx' : ` + ${t} * sx`))}
      }
    }
    let res = ${R(`${R(`${R('r0 + r1')} + ${R('r2 + r3')}`)} + ${R(`${R('r4 + r5')} + ${R('r6 + r7')}`)}`)};
    for (let i = nm, j = ix + nm * sx; i < n; i++, j += sx) res = ${R(`res + ${load('j')}`)};
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return ${R(`${name}(n2, x, ix, sx${args}) + ${name}(n - n2, x, ix + n2 * sx, sx${args})`)};
}
`;
}

/** Complex pairwise summation over interleaved (re, im): 4 complex partial sums per leaf of 64. */
function cpairwise(name: string, f32: boolean, nan: boolean): string {
  const R = rounder(f32);
  const re = (k: string) => (nan ? `nzr(x, ${k})` : `x[2 * (${k})]!`);
  const im = (k: string) => (nan ? `nzi(x, ${k})` : `x[2 * (${k}) + 1]!`);
  const lines: string[] = [];
  for (let t = 0; t < 4; t++) {
    const k = t === 0 ? 'j' : t === 1 ? 'j + sx' : `j + ${t} * sx`;
    lines.push(`r${2 * t} = ${R(`r${2 * t} + ${re(k)}`)}; r${2 * t + 1} = ${R(`r${2 * t + 1} + ${im(k)}`)};`);
  }
  return `/** Complex pairwise sum of n elements; the result is left in CRES[0], CRES[1]. */
export function ${name}(n: number, x: Float${f32 ? 32 : 64}Array, ix: number, sx: number): void {
  if (n < 4) {
    let sr = -0;
    let si = -0;
    for (let i = 0, j = ix; i < n; i++, j += sx) {
      sr = ${R(`sr + ${re('j')}`)};
      si = ${R(`si + ${im('j')}`)};
    }
    CRES[0] = sr;
    CRES[1] = si;
    return;
  }
  if (n <= 64) {
    let r0 = ${re('ix')};
    let r1 = ${im('ix')};
    let r2 = ${re('ix + sx')};
    let r3 = ${im('ix + sx')};
    let r4 = ${re('ix + 2 * sx')};
    let r5 = ${im('ix + 2 * sx')};
    let r6 = ${re('ix + 3 * sx')};
    let r7 = ${im('ix + 3 * sx')};
    const m = n - (n % 4);
    for (let i = 4, j = ix + 4 * sx; i < m; i += 4, j += 4 * sx) {
      ${lines.join('\n      ')}
    }
    let rr = ${R(`${R('r0 + r2')} + ${R('r4 + r6')}`)};
    let ri = ${R(`${R('r1 + r3')} + ${R('r5 + r7')}`)};
    for (let i = m, j = ix + m * sx; i < n; i++, j += sx) {
      rr = ${R(`rr + ${re('j')}`)};
      ri = ${R(`ri + ${im('j')}`)};
    }
    CRES[0] = rr;
    CRES[1] = ri;
    return;
  }
  let n2 = n - (n % 8);
  n2 = n2 / 2;
  ${name}(n2, x, ix, sx);
  const lr = CRES[0]!;
  const li = CRES[1]!;
  ${name}(n - n2, x, ix + n2 * sx, sx);
  CRES[0] = ${R('lr + CRES[0]!')};
  CRES[1] = ${R('li + CRES[1]!')};
}
`;
}

// ---------------------------------------------------------------------------------------------
// Elementwise accumulation of a run into an output run: y[iy + k*sy] = op(y[...], x[ix + k*sx]).

function elementwise(
  name: string,
  xt: string,
  yt: string,
  params: string,
  update: (xv: string, yk: string) => string,
): string {
  return `export function ${name}(n: number, x: ${xt}, ix: number, sx: number, y: ${yt}, iy: number, sy: number${params}): void {
  if (sx === 1 && sy === 1) {
    for (let k = 0; k < n; k++) ${update(`x[ix + k]!`, 'iy + k')}
    return;
  }
  for (let k = 0; k < n; k++, ix += sx, iy += sy) ${update('x[ix]!', 'iy')}
}
`;
}

function complexElementwise(name: string, ft: string, yt: string, params: string, update: string): string {
  return `export function ${name}(n: number, x: ${ft}, ix: number, sx: number, y: ${yt}, iy: number, sy: number${params}): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    ${update}
  }
}
`;
}

/**
 * Eight rows at once: y[iy + k*sy] = op(...op(op(y, row0), row1)..., row7) with rows `rs` apart,
 * the same operations in the same order as eight elementwise passes, with y read and written once.
 */
function rows8(name: string, xt: string, yt: string, combine: (a: string, v: string) => string): string {
  const steps = (at: (r: number) => string) =>
    [0, 1, 2, 3, 4, 5, 6, 7].map((r) => `v = x[${at(r)}]!;\n    a = ${combine('a', 'v')};`).join('\n    ');
  return `export function ${name}(n: number, x: ${xt}, ix: number, sx: number, rs: number, y: ${yt}, iy: number, sy: number): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    let a = y[iy]!;
    let v: number;
    ${steps((r) => (r === 0 ? 'ix' : r === 1 ? 'ix + rs' : `ix + ${r} * rs`))}
    y[iy] = a;
  }
}
`;
}

// ---------------------------------------------------------------------------------------------

function header(): string {
  return `${generatedHeader(
    'gen-reduce.ts',
    'Dtype-specialised inner loops of the reductions, one copy per storage type so that V8 keeps each loop monomorphic (from one template per loop family). Kernels take (n, x, ix, sx, ...) with strides and offsets in elements, never validate and never allocate.',
  )}
import type { TypedArray } from '@stride/protocol';

const fr = Math.fround;

/** A lane kernel: reduces the strided run x[ix + k*sx], k < n, to one value. */
export type Lane<R> = (n: number, x: TypedArray, ix: number, sx: number) => R;
/** A lane kernel with one extra number argument (the mean, for squared deviations). */
export type LaneM<R> = (n: number, x: TypedArray, ix: number, sx: number, m: number) => R;
/** An elementwise kernel: combines the run x[ix + k*sx] into the output run y[iy + k*sy]. */
export type Elementwise = (n: number, x: TypedArray, ix: number, sx: number, y: TypedArray, iy: number, sy: number) => void;
/** An elementwise kernel over eight input rows rs apart (see rows8 in the generator). */
export type Elementwise8 = (n: number, x: TypedArray, ix: number, sx: number, rs: number, y: TypedArray, iy: number, sy: number) => void;
/** An elementwise kernel reading a per-output operand m laid out like y (the mean). */
export type ElementwiseM = (
  n: number,
  x: TypedArray,
  ix: number,
  sx: number,
  y: TypedArray,
  iy: number,
  sy: number,
  m: TypedArray,
) => void;

/** Result slots of the complex lane kernels (re, im), and of the complex folds (index). */
export const CRES: Float64Array = new Float64Array(2);

/** (v - m)^2 in float64. */
function sqd(v: number, m: number): number {
  const d = v - m;
  return d * d;
}
/** (v - m)^2 in float32. */
function sqdf(v: number, m: number): number {
  const d = fr(v - m);
  return fr(d * d);
}
/** NaN as 0 (nansum). */
function nz(v: number): number {
  return v === v ? v : 0;
}
/** NaN as 1 (nanprod). */
function n1(v: number): number {
  return v === v ? v : 1;
}
/** Real part of complex element k, 0 when either part is NaN. */
function nzr(x: Float64Array | Float32Array, k: number): number {
  const r = x[2 * k]!;
  const i = x[2 * k + 1]!;
  return r === r && i === i ? r : 0;
}
/** Imaginary part of complex element k, 0 when either part is NaN. */
function nzi(x: Float64Array | Float32Array, k: number): number {
  const r = x[2 * k]!;
  const i = x[2 * k + 1]!;
  return r === r && i === i ? i : 0;
}
/** |x_k - m|^2 of complex element k in float64, as re^2 + im^2. */
function csqd(x: Float64Array | Float32Array, k: number, mr: number, mi: number): number {
  const dr = x[2 * k]! - mr;
  const di = x[2 * k + 1]! - mi;
  return dr * dr + di * di;
}
/** |x_k - m|^2 of complex element k in float32. */
function csqdf(x: Float64Array | Float32Array, k: number, mr: number, mi: number): number {
  const dr = fr(x[2 * k]! - mr);
  const di = fr(x[2 * k + 1]! - mi);
  return fr(fr(dr * dr) + fr(di * di));
}
/** csqd, 0 for NaN elements (nanvar). */
function ncsqd(x: Float64Array | Float32Array, k: number, mr: number, mi: number): number {
  const r = x[2 * k]!;
  const i = x[2 * k + 1]!;
  if (r !== r || i !== i) return 0;
  const dr = r - mr;
  const di = i - mi;
  return dr * dr + di * di;
}
/** csqdf, 0 for NaN elements (nanvar). */
function ncsqdf(x: Float64Array | Float32Array, k: number, mr: number, mi: number): number {
  const r = x[2 * k]!;
  const i = x[2 * k + 1]!;
  if (r !== r || i !== i) return 0;
  const dr = fr(r - mr);
  const di = fr(i - mi);
  return fr(fr(dr * dr) + fr(di * di));
}
`;
}

function gen(): string {
  const out: string[] = [header()];
  const table = (title: string, name: string, list: Storage[], prefix: string, type: string) => {
    const entries = list.map((s) => `  ${s.key}: ${prefix}_${s.key},`).join('\n');
    // One deliberate unchecked cast: the caller picks the entry that matches its storage.
    out.push(
      `/** ${title} */\nexport const ${name} = {\n${entries}\n} as unknown as Readonly<Record<${list.map((s) => `'${s.key}'`).join(' | ')}, ${type}>>;\n`,
    );
  };
  const xs = (s: Storage, code: string) => code.replace(/XTYPE/g, s.ta);

  // --- pairwise sums
  out.push('// ---- Pairwise sums (lane mode: one strided run reduced to a value)\n');
  for (const s of NUMS)
    out.push(
      xs(
        s,
        pairwise(`sum_${s.key}`, '', '', (k) => `x[${k}]!`, false),
      ),
    );
  out.push(
    xs(
      F32,
      pairwise('sumf_F32', '', '', (k) => `x[${k}]!`, true),
    ),
  );
  out.push(
    xs(
      F64,
      pairwise('nansum_F64', '', '', (k) => `nz(x[${k}]!)`, false),
    ),
  );
  out.push(
    xs(
      F32,
      pairwise('nansum_F32', '', '', (k) => `nz(x[${k}]!)`, false),
    ),
  );
  out.push(
    xs(
      F32,
      pairwise('nansumf_F32', '', '', (k) => `nz(x[${k}]!)`, true),
    ),
  );
  for (const s of NUMS) {
    out.push(
      xs(
        s,
        pairwise(`sqdev_${s.key}`, ', m: number', ', m', (k) => `sqd(x[${k}]!, m)`, false),
      ),
    );
  }
  out.push(
    xs(
      F32,
      pairwise('sqdevf_F32', ', m: number', ', m', (k) => `sqdf(x[${k}]!, m)`, true),
    ),
  );
  out.push(
    xs(
      F64,
      pairwise('nansqdev_F64', ', m: number', ', m', (k) => `(x[${k}]! === x[${k}]! ? sqd(x[${k}]!, m) : 0)`, false),
    ),
  );
  out.push(
    xs(
      F32,
      pairwise('nansqdev_F32', ', m: number', ', m', (k) => `(x[${k}]! === x[${k}]! ? sqd(x[${k}]!, m) : 0)`, false),
    ),
  );
  out.push(
    xs(
      F32,
      pairwise('nansqdevf_F32', ', m: number', ', m', (k) => `(x[${k}]! === x[${k}]! ? sqdf(x[${k}]!, m) : 0)`, true),
    ),
  );
  table('Pairwise float64 sum of a run, per storage type.', 'SUM', NUMS, 'sum', 'Lane<number>');
  table('Pairwise float64 sum of (x - m)^2 over a run, per storage type.', 'SQDEV', NUMS, 'sqdev', 'LaneM<number>');

  // complex sums: x is the interleaved float storage, indexes count complex elements
  out.push('// ---- Complex pairwise sums\n');
  out.push(cpairwise('csum_C128', false, false));
  out.push(cpairwise('csumf_C64', true, false));
  out.push(cpairwise('cnansum_C128', false, true));
  out.push(cpairwise('cnansumf_C64', true, true));
  const csq = (name: string, fn: string, f32: boolean) =>
    pairwise(name, ', mr: number, mi: number', ', mr, mi', (k) => `${fn}(x, ${k}, mr, mi)`, f32).replace(
      /XTYPE/g,
      f32 ? 'Float32Array' : 'Float64Array',
    );
  out.push(csq('csqdev_C128', 'csqd', false));
  out.push(csq('csqdevf_C64', 'csqdf', true));
  out.push(csq('cnansqdev_C128', 'ncsqd', false));
  out.push(csq('cnansqdevf_C64', 'ncsqdf', true));

  // --- elementwise accumulation (non-last-axis reductions)
  out.push('// ---- Elementwise accumulation (axis mode: a run added into an output run)\n');
  for (const s of NUMS) {
    out.push(elementwise(`acc_${s.key}`, s.ta, 'Float64Array', '', (v, k) => `y[${k}] = y[${k}]! + ${v};`));
  }
  out.push(elementwise('accf_F32', 'Float32Array', 'Float32Array', '', (v, k) => `y[${k}] = y[${k}]! + ${v};`));
  out.push(elementwise('nanacc_F64', 'Float64Array', 'Float64Array', '', (v, k) => `y[${k}] = y[${k}]! + nz(${v});`));
  out.push(elementwise('nanacc_F32', 'Float32Array', 'Float64Array', '', (v, k) => `y[${k}] = y[${k}]! + nz(${v});`));
  out.push(elementwise('nanaccf_F32', 'Float32Array', 'Float32Array', '', (v, k) => `y[${k}] = y[${k}]! + nz(${v});`));
  table('Elementwise float64 accumulation y += x, per storage type.', 'ACC', NUMS, 'acc', 'Elementwise');
  for (const s of NUMS) out.push(rows8(`acc8_${s.key}`, s.ta, 'Float64Array', (a, v) => `${a} + ${v}`));
  out.push(rows8('accf8_F32', 'Float32Array', 'Float32Array', (a, v) => `fr(${a} + ${v})`));
  table('Eight-row elementwise float64 accumulation, per storage type.', 'ACC8', NUMS, 'acc8', 'Elementwise8');
  for (const s of NUMS) {
    out.push(
      elementwise(
        `sqdevacc_${s.key}`,
        s.ta,
        'Float64Array',
        ', m: Float64Array',
        (v, k) => `y[${k}] = y[${k}]! + sqd(${v}, m[${k}]!);`,
      ),
    );
  }
  out.push(
    elementwise(
      'sqdevaccf_F32',
      'Float32Array',
      'Float32Array',
      ', m: Float32Array',
      (v, k) => `y[${k}] = y[${k}]! + sqdf(${v}, m[${k}]!);`,
    ),
  );
  out.push(
    elementwise(
      'nansqdevacc_F64',
      'Float64Array',
      'Float64Array',
      ', m: Float64Array',
      (v, k) => `{ const v = ${v}; if (v === v) y[${k}] = y[${k}]! + sqd(v, m[${k}]!); }`,
    ),
  );
  out.push(
    elementwise(
      'nansqdevacc_F32',
      'Float32Array',
      'Float64Array',
      ', m: Float64Array',
      (v, k) => `{ const v = ${v}; if (v === v) y[${k}] = y[${k}]! + sqd(v, m[${k}]!); }`,
    ),
  );
  out.push(
    elementwise(
      'nansqdevaccf_F32',
      'Float32Array',
      'Float32Array',
      ', m: Float32Array',
      (v, k) => `{ const v = ${v}; if (v === v) y[${k}] = y[${k}]! + sqdf(v, m[${k}]!); }`,
    ),
  );
  table(
    'Elementwise float64 accumulation y += (x - m)^2, per storage type.',
    'SQDEVACC',
    NUMS,
    'sqdevacc',
    'ElementwiseM',
  );
  for (const [name, ft, nan] of [
    ['cacc_C128', 'Float64Array', false],
    ['caccf_C64', 'Float32Array', false],
    ['cnanacc_C128', 'Float64Array', true],
    ['cnanaccf_C64', 'Float32Array', true],
  ] as const) {
    const upd = nan
      ? 'if (xr === xr && xi === xi) { y[2 * iy] = y[2 * iy]! + xr; y[2 * iy + 1] = y[2 * iy + 1]! + xi; }'
      : 'y[2 * iy] = y[2 * iy]! + xr;\n    y[2 * iy + 1] = y[2 * iy + 1]! + xi;';
    out.push(complexElementwise(name, ft, ft, '', upd));
  }
  for (const [name, ft, fn] of [
    ['csqdevacc_C128', 'Float64Array', 'csqd'],
    ['csqdevaccf_C64', 'Float32Array', 'csqdf'],
    ['cnansqdevacc_C128', 'Float64Array', 'ncsqd'],
    ['cnansqdevaccf_C64', 'Float32Array', 'ncsqdf'],
  ] as const) {
    // y is the real output (float64 or float32 storage); m holds the complex means.
    out.push(`export function ${name}(n: number, x: ${ft}, ix: number, sx: number, y: ${ft}, iy: number, sy: number, m: ${ft}): void {
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = y[iy]! + ${fn}(x, ix, m[2 * iy]!, m[2 * iy + 1]!);
}
`);
  }

  // --- products (sequential, like NumPy's multiply.reduce)
  out.push('// ---- Products (sequential)\n');
  for (const [name, ta, f32, nan] of [
    ['prod_F64', 'Float64Array', false, false],
    ['prod_F32', 'Float32Array', false, false],
    ['prodf_F32', 'Float32Array', true, false],
    ['nanprod_F64', 'Float64Array', false, true],
    ['nanprod_F32', 'Float32Array', false, true],
    ['nanprodf_F32', 'Float32Array', true, true],
  ] as const) {
    const R = rounder(f32);
    const v = nan ? 'n1(x[j]!)' : 'x[j]!';
    out.push(`export function ${name}(n: number, x: ${ta}, ix: number, sx: number, p: number): number {
  for (let i = 0, j = ix; i < n; i++, j += sx) p = ${R(`p * ${v}`)};
  return p;
}
`);
  }
  out.push(elementwise('prodacc_F64', 'Float64Array', 'Float64Array', '', (v, k) => `y[${k}] = y[${k}]! * ${v};`));
  out.push(elementwise('prodacc_F32', 'Float32Array', 'Float64Array', '', (v, k) => `y[${k}] = y[${k}]! * ${v};`));
  out.push(elementwise('prodaccf_F32', 'Float32Array', 'Float32Array', '', (v, k) => `y[${k}] = y[${k}]! * ${v};`));
  out.push(
    elementwise('nanprodacc_F64', 'Float64Array', 'Float64Array', '', (v, k) => `y[${k}] = y[${k}]! * n1(${v});`),
  );
  out.push(
    elementwise('nanprodacc_F32', 'Float32Array', 'Float64Array', '', (v, k) => `y[${k}] = y[${k}]! * n1(${v});`),
  );
  out.push(
    elementwise('nanprodaccf_F32', 'Float32Array', 'Float32Array', '', (v, k) => `y[${k}] = y[${k}]! * n1(${v});`),
  );
  for (const [name, ft, f32, nan] of [
    ['cprod_C128', 'Float64Array', false, false],
    ['cprodf_C64', 'Float32Array', true, false],
    ['cnanprod_C128', 'Float64Array', false, true],
    ['cnanprodf_C64', 'Float32Array', true, true],
  ] as const) {
    const R = rounder(f32);
    out.push(`/** Sequential complex product of a run times (pr, pi); the result is left in CRES. */
export function ${name}(n: number, x: ${ft}, ix: number, sx: number, pr: number, pi: number): void {
  for (let i = 0, j = ix; i < n; i++, j += sx) {
    const xr = x[2 * j]!;
    const xi = x[2 * j + 1]!;
    ${nan ? 'if (xr !== xr || xi !== xi) continue;' : ''}
    const r = ${R(`${R('pr * xr')} - ${R('pi * xi')}`)};
    pi = ${R(`${R('pr * xi')} + ${R('pi * xr')}`)};
    pr = r;
  }
  CRES[0] = pr;
  CRES[1] = pi;
}
`);
  }

  for (const [name, ft, f32, nan] of [
    ['cprodacc_C128', 'Float64Array', false, false],
    ['cprodaccf_C64', 'Float32Array', true, false],
    ['cnanprodacc_C128', 'Float64Array', false, true],
    ['cnanprodaccf_C64', 'Float32Array', true, true],
  ] as const) {
    const R = rounder(f32);
    out.push(
      complexElementwise(
        name,
        ft,
        ft,
        '',
        `${nan ? 'if (xr !== xr || xi !== xi) continue;\n    ' : ''}const pr = y[2 * iy]!;
    const pi = y[2 * iy + 1]!;
    y[2 * iy] = ${R(`${R('pr * xr')} - ${R('pi * xi')}`)};
    y[2 * iy + 1] = ${R(`${R('pr * xi')} + ${R('pi * xr')}`)};`,
      ),
    );
  }

  // --- min / max
  out.push('// ---- Minimum / maximum\n');
  for (const s of ALL) {
    const vt = s.kind === 'big' ? 'bigint' : 'number';
    for (const [op, cmp] of [
      ['max', '<'],
      ['min', '>'],
    ] as const) {
      // NaN propagates; on ties the later element wins (matters only for the sign of zero).
      // Contiguous runs use four running extremes (NaN checked per group of four), like NumPy's
      // SIMD loops; the sign of a zero maximum may then differ, as it does between NumPy builds.
      const gt = cmp === '<' ? '>' : '<';
      const fast = `  if (sx === 1 && n >= 16) {
    let m0 = x[ix]!;
    let m1 = x[ix + 1]!;
    let m2 = x[ix + 2]!;
    let m3 = x[ix + 3]!;
    const e = ix + n - (n % 4);
    let j = ix + 4;
    ${s.kind === 'float' ? 'if (m0 === m0 && m1 === m1 && m2 === m2 && m3 === m3) {' : '{'}
      for (; j < e; j += 4) {
        const a = x[j]!;
        const b = x[j + 1]!;
        const c = x[j + 2]!;
        const d = x[j + 3]!;
        if (a ${gt} m0) m0 = a;
        if (b ${gt} m1) m1 = b;
        if (c ${gt} m2) m2 = c;
        if (d ${gt} m3) m3 = d;${s.kind === 'float' ? '\n        if (a !== a || b !== b || c !== c || d !== d) break;' : ''}
      }
      if (j >= e) {
        let m = m1 ${gt} m0 ? m1 : m0;
        const mm = m3 ${gt} m2 ? m3 : m2;
        if (mm ${gt} m) m = mm;
        for (; j < ix + n; j++) {
          const v = x[j]!;${s.kind === 'float' ? '\n          if (v !== v) return v;' : ''}
          if (v ${gt} m) m = v;
        }
        return m;
      }
    }
  }
`;
      const lane =
        s.kind === 'float'
          ? `${fast}  let m = x[ix]!;
  if (m !== m) return m;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (!(v ${cmp} m)) {
      if (v !== v) return v;
      m = v;
    }
  }
  return m;`
          : `${s.kind === 'big' ? '' : fast}  let m = x[ix]!;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v ${gt} m) m = v;
  }
  return m;`;
      out.push(`export function ${op}_${s.key}(n: number, x: ${s.ta}, ix: number, sx: number): ${vt} {\n${lane}\n}\n`);
      const upd =
        s.kind === 'float'
          ? (v: string, k: string) =>
              `{ const v = ${v}; const m = y[${k}]!; if (!(v ${cmp} m) && m === m) y[${k}] = v; }`
          : (v: string, k: string) => `{ const v = ${v}; if (v ${cmp === '<' ? '>' : '<'} y[${k}]!) y[${k}] = v; }`;
      out.push(elementwise(`${op}acc_${s.key}`, s.ta, s.ta, '', upd));
      if (s.kind !== 'big') {
        out.push(
          rows8(`${op}acc8_${s.key}`, s.ta, s.ta, (a, v) =>
            s.kind === 'float'
              ? `!(${v} ${cmp} ${a}) && ${a} === ${a} ? ${v} : ${a}`
              : `${v} ${cmp === '<' ? '>' : '<'} ${a} ? ${v} : ${a}`,
          ),
        );
      }
    }
  }
  for (const s of FLOATS) {
    for (const [op, cmp] of [
      ['fmax', '>'],
      ['fmin', '<'],
    ] as const) {
      out.push(`/** ${op === 'fmax' ? 'Maximum' : 'Minimum'} ignoring NaN; NaN only when every element is NaN. */
export function ${op}_${s.key}(n: number, x: ${s.ta}, ix: number, sx: number): number {
  let m = NaN;
  let k = 0;
  if (sx === 1 && n >= 16) {
    // Four running extremes over a contiguous run (NaN never replaces a number).
    let m0 = NaN;
    let m1 = NaN;
    let m2 = NaN;
    let m3 = NaN;
    for (const e = n - (n % 4); k < e; k += 4) {
      const j = ix + k;
      const a = x[j]!;
      const b = x[j + 1]!;
      const c = x[j + 2]!;
      const d = x[j + 3]!;
      if (a ${cmp} m0 || m0 !== m0) m0 = a;
      if (b ${cmp} m1 || m1 !== m1) m1 = b;
      if (c ${cmp} m2 || m2 !== m2) m2 = c;
      if (d ${cmp} m3 || m3 !== m3) m3 = d;
    }
    m = m0;
    if (m1 ${cmp} m || m !== m) m = m1;
    if (m2 ${cmp} m || m !== m) m = m2;
    if (m3 ${cmp} m || m !== m) m = m3;
  }
  for (let j = ix + k * sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v ${cmp} m || m !== m) m = v;
  }
  return m;
}
`);
      out.push(
        elementwise(
          `${op}acc_${s.key}`,
          s.ta,
          s.ta,
          '',
          (v, k) => `{ const v = ${v}; const m = y[${k}]!; if (v ${cmp} m || m !== m) y[${k}] = v; }`,
        ),
      );
    }
  }
  table('Maximum of a run (NaN propagates), per storage type.', 'MAX', ALL, 'max', 'Lane<number | bigint>');
  table('Minimum of a run (NaN propagates), per storage type.', 'MIN', ALL, 'min', 'Lane<number | bigint>');
  table('Elementwise y = max(y, x) (NaN propagates), per storage type.', 'MAXACC', ALL, 'maxacc', 'Elementwise');
  table('Elementwise y = min(y, x) (NaN propagates), per storage type.', 'MINACC', ALL, 'minacc', 'Elementwise');
  table('Eight-row elementwise maximum, per storage type.', 'MAXACC8', NUMS, 'maxacc8', 'Elementwise8');
  table('Eight-row elementwise minimum, per storage type.', 'MINACC8', NUMS, 'minacc8', 'Elementwise8');

  // complex lexicographic folds: return the index (in run steps) of the winning element
  for (const [ft, key] of [
    ['Float64Array', 'C128'],
    ['Float32Array', 'C64'],
  ] as const) {
    for (const [op, gt] of [
      ['cmax', '>'],
      ['cmin', '<'],
    ] as const) {
      out.push(`/** Lexicographic ${op === 'cmax' ? 'maximum' : 'minimum'} of a complex run as the step index of the first winner; NaN elements win at once. */
export function ${op}_${key}(n: number, x: ${ft}, ix: number, sx: number): number {
  let br = x[2 * ix]!;
  let bi = x[2 * ix + 1]!;
  if (br !== br || bi !== bi) return 0;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const r = x[2 * j]!;
    const i = x[2 * j + 1]!;
    if (r !== r || i !== i) return k;
    if (r ${gt} br || (r === br && i ${gt} bi)) {
      br = r;
      bi = i;
      best = k;
    }
  }
  return best;
}
`);
      out.push(`/** Lexicographic ${op === 'cmax' ? 'maximum' : 'minimum'} ignoring NaN elements; -1 when all are NaN. */
export function ${op === 'cmax' ? 'cnanmax' : 'cnanmin'}_${key}(n: number, x: ${ft}, ix: number, sx: number): number {
  let best = -1;
  let br = 0;
  let bi = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) {
    const r = x[2 * j]!;
    const i = x[2 * j + 1]!;
    if (r !== r || i !== i) continue;
    if (best < 0 || r ${gt} br || (r === br && i ${gt} bi)) {
      br = r;
      bi = i;
      best = k;
    }
  }
  return best;
}
`);
    }
  }

  for (const [ft, key] of [
    ['Float64Array', 'C128'],
    ['Float32Array', 'C64'],
  ] as const) {
    for (const [op, gt] of [
      ['max', '>'],
      ['min', '<'],
    ] as const) {
      // y holds the running winner; a NaN winner stays, a NaN newcomer wins (NumPy's fold).
      out.push(
        complexElementwise(
          `c${op}acc_${key}`,
          ft,
          ft,
          '',
          `const yr = y[2 * iy]!;
    const yi = y[2 * iy + 1]!;
    if (yr !== yr || yi !== yi) continue;
    if (xr !== xr || xi !== xi || xr ${gt} yr || (xr === yr && xi ${gt} yi)) {
      y[2 * iy] = xr;
      y[2 * iy + 1] = xi;
    }`,
        ),
      );
      // NaN newcomers are skipped; a NaN in y means "nothing yet".
      out.push(
        complexElementwise(
          `cnan${op}acc_${key}`,
          ft,
          ft,
          '',
          `if (xr !== xr || xi !== xi) continue;
    const yr = y[2 * iy]!;
    const yi = y[2 * iy + 1]!;
    if (yr !== yr || yi !== yi || xr ${gt} yr || (xr === yr && xi ${gt} yi)) {
      y[2 * iy] = xr;
      y[2 * iy + 1] = xi;
    }`,
        ),
      );
    }
  }

  // --- argmin / argmax (first occurrence; NaN wins at once)
  out.push('// ---- argmin / argmax\n');
  for (const s of ALL) {
    for (const [op, cmp] of [
      ['argmax', '<='],
      ['argmin', '>='],
    ] as const) {
      const body =
        s.kind === 'float'
          ? `  let m = x[ix]!;
  if (m !== m) return 0;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (!(v ${cmp} m)) {
      if (v !== v) return k;
      m = v;
      best = k;
    }
  }
  return best;`
          : `  let m = x[ix]!;
  let best = 0;
  for (let k = 1, j = ix + sx; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v ${cmp === '<=' ? '>' : '<'} m) {
      m = v;
      best = k;
    }
  }
  return best;`;
      out.push(`export function ${op}_${s.key}(n: number, x: ${s.ta}, ix: number, sx: number): number {\n${body}\n}\n`);
    }
  }
  for (const s of FLOATS) {
    for (const [op, cmp] of [
      ['nanargmax', '>'],
      ['nanargmin', '<'],
    ] as const) {
      out.push(`/** First index of the ${op === 'nanargmax' ? 'maximum' : 'minimum'} ignoring NaN; -1 when every element is NaN. */
export function ${op}_${s.key}(n: number, x: ${s.ta}, ix: number, sx: number): number {
  let m = NaN;
  let best = -1;
  for (let k = 0, j = ix; k < n; k++, j += sx) {
    const v = x[j]!;
    if (v ${cmp} m || (best < 0 && v === v)) {
      m = v;
      best = k;
    }
  }
  return best;
}
`);
    }
  }
  table(
    'Index of the first maximum of a run (first NaN wins), per storage type.',
    'ARGMAX',
    ALL,
    'argmax',
    'Lane<number>',
  );
  table(
    'Index of the first minimum of a run (first NaN wins), per storage type.',
    'ARGMIN',
    ALL,
    'argmin',
    'Lane<number>',
  );

  // --- truth tests and counts
  out.push('// ---- any / all / count_nonzero / count of non-NaN\n');
  for (const s of ALL) {
    const zero = s.kind === 'big' ? '0n' : '0';
    out.push(`export function nnz_${s.key}(n: number, x: ${s.ta}, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== ${zero}) c++;
  return c;
}
export function any_${s.key}(n: number, x: ${s.ta}, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! !== ${zero}) return true;
  return false;
}
export function all_${s.key}(n: number, x: ${s.ta}, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === ${zero}) return false;
  return true;
}
`);
    out.push(
      elementwise(
        `nnzacc_${s.key}`,
        s.ta,
        'Float64Array',
        '',
        (v, k) => `if (${v} !== ${zero}) y[${k}] = y[${k}]! + 1;`,
      ),
    );
    out.push(elementwise(`anyacc_${s.key}`, s.ta, 'Uint8Array', '', (v, k) => `if (${v} !== ${zero}) y[${k}] = 1;`));
    out.push(elementwise(`allacc_${s.key}`, s.ta, 'Uint8Array', '', (v, k) => `if (${v} === ${zero}) y[${k}] = 0;`));
  }
  for (const [ft, key] of [
    ['Float64Array', 'C128'],
    ['Float32Array', 'C64'],
  ] as const) {
    out.push(`export function nnz_${key}(n: number, x: ${ft}, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! !== 0 || x[2 * j + 1]! !== 0) c++;
  return c;
}
export function any_${key}(n: number, x: ${ft}, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! !== 0 || x[2 * j + 1]! !== 0) return true;
  return false;
}
export function all_${key}(n: number, x: ${ft}, ix: number, sx: number): boolean {
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! === 0 && x[2 * j + 1]! === 0) return false;
  return true;
}
`);
    out.push(
      complexElementwise(`nnzacc_${key}`, ft, 'Float64Array', '', 'if (xr !== 0 || xi !== 0) y[iy] = y[iy]! + 1;'),
    );
    out.push(complexElementwise(`anyacc_${key}`, ft, 'Uint8Array', '', 'if (xr !== 0 || xi !== 0) y[iy] = 1;'));
    out.push(complexElementwise(`allacc_${key}`, ft, 'Uint8Array', '', 'if (xr === 0 && xi === 0) y[iy] = 0;'));
    out.push(`export function notnan_${key}(n: number, x: ${ft}, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[2 * j]! === x[2 * j]! && x[2 * j + 1]! === x[2 * j + 1]!) c++;
  return c;
}
`);
    out.push(
      complexElementwise(`notnanacc_${key}`, ft, 'Float64Array', '', 'if (xr === xr && xi === xi) y[iy] = y[iy]! + 1;'),
    );
  }
  for (const s of FLOATS) {
    out.push(`export function notnan_${s.key}(n: number, x: ${s.ta}, ix: number, sx: number): number {
  let c = 0;
  for (let k = 0, j = ix; k < n; k++, j += sx) if (x[j]! === x[j]!) c++;
  return c;
}
`);
    out.push(
      elementwise(
        `notnanacc_${s.key}`,
        s.ta,
        'Float64Array',
        '',
        (v, k) => `if (${v} === ${v}) y[${k}] = y[${k}]! + 1;`,
      ),
    );
  }
  const allC = [...ALL, { key: 'C128' } as Storage, { key: 'C64' } as Storage];
  table('Count of nonzero elements of a run, per storage type.', 'NNZ', allC, 'nnz', 'Lane<number>');
  table('Whether any element of a run is nonzero, per storage type.', 'ANY', allC, 'any', 'Lane<boolean>');
  table('Whether every element of a run is nonzero, per storage type.', 'ALL', allC, 'all', 'Lane<boolean>');
  table('Elementwise count of nonzero elements, per storage type.', 'NNZACC', allC, 'nnzacc', 'Elementwise');
  table('Elementwise logical or with x != 0, per storage type.', 'ANYACC', allC, 'anyacc', 'Elementwise');
  table('Elementwise logical and with x != 0, per storage type.', 'ALLACC', allC, 'allacc', 'Elementwise');

  // --- cumulative sums and products along a run
  out.push('// ---- Cumulative sums / products (sequential)\n');
  for (const s of NUMS) {
    out.push(`export function cumsum_${s.key}(n: number, x: ${s.ta}, ix: number, sx: number, y: Float64Array, iy: number, sy: number): void {
  let a = -0;
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a += x[ix]!;
}
`);
  }
  for (const [name, yt, f32, op, nan] of [
    ['cumsumf_F32', 'Float32Array', true, '+', false],
    ['nancumsum_F64', 'Float64Array', false, '+', true],
    ['nancumsum_F32', 'Float64Array', false, '+', true],
    ['nancumsumf_F32', 'Float32Array', true, '+', true],
    ['cumprod_F64', 'Float64Array', false, '*', false],
    ['cumprod_F32', 'Float64Array', false, '*', false],
    ['cumprodf_F32', 'Float32Array', true, '*', false],
    ['nancumprod_F64', 'Float64Array', false, '*', true],
    ['nancumprod_F32', 'Float64Array', false, '*', true],
    ['nancumprodf_F32', 'Float32Array', true, '*', true],
  ] as const) {
    const R = rounder(f32);
    const xt = name.endsWith('F64') ? 'Float64Array' : 'Float32Array';
    const v = nan ? (op === '+' ? 'nz(x[ix]!)' : 'n1(x[ix]!)') : 'x[ix]!';
    out.push(`export function ${name}(n: number, x: ${xt}, ix: number, sx: number, y: ${yt}, iy: number, sy: number): void {
  let a = ${op === '+' ? '-0' : '1'};
  for (let k = 0; k < n; k++, ix += sx, iy += sy) y[iy] = a = ${R(`a ${op} ${v}`)};
}
`);
  }
  table('Running float64 sum of a run into an output run, per storage type.', 'CUMSUM', NUMS, 'cumsum', 'Elementwise');
  for (const [name, ft, f32, op, nan] of [
    ['ccumsum_C128', 'Float64Array', false, '+', false],
    ['ccumsumf_C64', 'Float32Array', true, '+', false],
    ['cnancumsum_C128', 'Float64Array', false, '+', true],
    ['cnancumsumf_C64', 'Float32Array', true, '+', true],
    ['ccumprod_C128', 'Float64Array', false, '*', false],
    ['ccumprodf_C64', 'Float32Array', true, '*', false],
    ['cnancumprod_C128', 'Float64Array', false, '*', true],
    ['cnancumprodf_C64', 'Float32Array', true, '*', true],
  ] as const) {
    const R = rounder(f32);
    const skip = nan ? 'if (xr !== xr || xi !== xi) { y[2 * iy] = ar; y[2 * iy + 1] = ai; continue; }\n    ' : '';
    const step =
      op === '+'
        ? `ar = ${R('ar + xr')};\n    ai = ${R('ai + xi')};`
        : `const r = ${R(`${R('ar * xr')} - ${R('ai * xi')}`)};\n    ai = ${R(`${R('ar * xi')} + ${R('ai * xr')}`)};\n    ar = r;`;
    out.push(`export function ${name}(n: number, x: ${ft}, ix: number, sx: number, y: ${ft}, iy: number, sy: number): void {
  // Sums start from -0 so that the first element passes through unchanged (NumPy starts from it).
  let ar = ${op === '+' ? '-0' : '1'};
  let ai = ${op === '+' ? '-0' : '0'};
  for (let k = 0; k < n; k++, ix += sx, iy += sy) {
    const xr = x[2 * ix]!;
    const xi = x[2 * ix + 1]!;
    ${skip}${step}
    y[2 * iy] = ar;
    y[2 * iy + 1] = ai;
  }
}
`);
  }
  // --- selection (median / quantiles): introselect on a scratch copy of one lane
  out.push('// ---- Selection\n');
  for (const [key, ta] of [
    ['F64', 'Float64Array'],
    ['I64', 'BigInt64Array'],
    ['U64', 'BigUint64Array'],
  ] as const) {
    out.push(`/**
 * Reorders a[lo..hi] (inclusive) so that a[k] holds the value a full sort would put there, with
 * no larger value before it and no smaller value after it. Quickselect with median-of-three
 * pivots and a branch-free partition (random data would mispredict half of the branches of a
 * classic one); runs of values equal to the pivot are split off so duplicates cannot make it
 * quadratic, and after too many rounds the remaining range is sorted. The values must not be NaN.
 */
export function select_${key}(a: ${ta}, lo: number, hi: number, k: number): void {
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
  while (hi - lo > 16) {
    if (budget-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = lo + ((hi - lo) >> 1);
    if (a[mid]! < a[lo]!) {
      const t = a[mid]!;
      a[mid] = a[lo]!;
      a[lo] = t;
    }
    if (a[hi]! < a[lo]!) {
      const t = a[hi]!;
      a[hi] = a[lo]!;
      a[lo] = t;
    }
    if (a[hi]! < a[mid]!) {
      const t = a[hi]!;
      a[hi] = a[mid]!;
      a[mid] = t;
    }
    const p = a[mid]!;
    a[mid] = a[hi]!;
    a[hi] = p;
    // a[lo..s) < p; everything else >= p.
    let s = lo;
    for (let i = lo; i < hi; i++) {
      const v = a[i]!;
      a[i] = a[s]!;
      a[s] = v;
      s += +(v < p);
    }
    a[hi] = a[s]!;
    a[s] = p;
    if (k < s) {
      hi = s - 1;
      continue;
    }
    if (k === s) return;
    let e = s + 1;
    if (s - lo < (hi - lo) >> 3) {
      // Few values below the pivot: gather the copies of it, which may be most of the range.
      for (let i = s + 1; i <= hi; i++) {
        const v = a[i]!;
        a[i] = a[e]!;
        a[e] = v;
        e += +(v === p);
      }
      if (k < e) return;
    }
    lo = e;
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}
`);
  }

  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** The full text of src/reduce/kernels.generated.ts. */
export function generateReduceKernels(): string {
  return gen();
}

/** Where the generated file lives, relative to the package. */
export const GENERATED_FILE = 'src/reduce/kernels.generated.ts';

/** Every generated file of this script: path (relative to the package) -> text. */
export function generate(): Map<string, string> {
  return new Map([[GENERATED_FILE, generateReduceKernels()]]);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeGenerated(PACKAGE_ROOT, generate());
}
