// The benchmark cases, in report order. Add a case: a module here + its entry below + an
// implementation in python/bench.py (the reference) and in whichever adapters support it.
// @ts-check
import fma from './ufunc-fma.js';
import sum from './reduce-sum.js';
import sort from './sort.js';
import addT from './ufunc-add-transposed.js';
import matmul from './linalg-matmul.js';
import solve from './linalg-solve.js';
import inv from './linalg-inv.js';
import eigh from './linalg-eigh.js';
import svd from './linalg-svd.js';
import fft from './fft.js';
import rfft from './rfft.js';
import fftPrime from './fft-prime.js';
import fft2 from './fft2.js';
import lfilter from './signal-lfilter.js';
import fftconvolve from './signal-fftconvolve.js';
import welch from './signal-welch.js';
import normCdf from './stats-norm-cdf.js';
import mannwhitneyu from './stats-mannwhitneyu.js';
import tPpf from './stats-t-ppf.js';
import gammainc from './special-gammainc.js';
import csrMatvec from './sparse-csr-matvec.js';
import spgemm from './sparse-spgemm.js';
import eigsh from './sparse-eigsh.js';
import eigshLargest from './sparse-eigsh-largest.js';
import svds from './sparse-svds.js';
import spsolve from './sparse-spsolve.js';
import small from './overhead-small.js';
import plotRender from './plot-render.js';

/** @type {import('../types.js').CaseDef[]} */
export const CASES = [
  fma,
  sum,
  sort,
  addT,
  matmul,
  solve,
  inv,
  eigh,
  svd,
  fft,
  rfft,
  fftPrime,
  fft2,
  lfilter,
  fftconvolve,
  welch,
  normCdf,
  mannwhitneyu,
  tPpf,
  gammainc,
  csrMatvec,
  spgemm,
  eigsh,
  eigshLargest,
  svds,
  spsolve,
  small,
  plotRender,
];

/**
 * @typedef {{ id: string, def: import('../types.js').CaseDef, params: import('../types.js').Params }} CaseRun
 */

/**
 * Expands cases into sized runs and keeps those matching the filter (case-insensitive substrings,
 * comma-separated, or a /regex/).
 * @param {{ quick: boolean, filter?: string | undefined }} opts
 * @returns {CaseRun[]}
 */
export function selectCases({ quick, filter }) {
  /** @type {(id: string) => boolean} */
  let keep = () => true;
  if (filter) {
    const m = /^\/(.*)\/([a-z]*)$/.exec(filter);
    if (m) {
      const re = new RegExp(m[1] ?? '', m[2] || 'i');
      keep = (id) => re.test(id);
    } else {
      const parts = filter
        .toLowerCase()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      keep = (id) => parts.some((p) => id.toLowerCase().includes(p));
    }
  }
  /** @type {CaseRun[]} */
  const out = [];
  for (const def of CASES) {
    for (const params of quick ? def.sizes.quick : def.sizes.full) {
      const id = def.name(params);
      if (keep(id)) out.push({ id, def, params });
    }
  }
  return out;
}
