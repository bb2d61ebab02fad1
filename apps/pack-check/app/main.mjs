// The user's script of the pack test: plain JavaScript that a fresh app writes after
// `npm install @stride/ndarray @stride/linalg`. It runs as is in Node and, bundled, in a browser;
// it checks its own results against NumPy's (numbers below from NumPy 2.4) and reports them.
import { add, array, arrayRepr, heapReady, linspace, sum } from '@stride/ndarray';
import { det, eigvalsh, inv, matmul, solve } from '@stride/linalg';

const a = array([
  [4, 1, 2],
  [1, 3, 0],
  [2, 0, 5],
]);
const b = array([1, 2, 3]);
// Large arrays (64 KiB and more) live in the WebAssembly heap once its kernels (kernels.wasm,
// beside the package's modules; fetched in a browser) are ready.
const heap = await heapReady();
const big = linspace(0, 1, 20001);

const results = {
  solve: solve(a, b).toArray(),
  det: det(a),
  eigvalsh: eigvalsh(a).toArray(),
  inv: inv(a).toArray(),
  matmul: matmul(a, a).toArray(),
  linspace: arrayRepr(linspace(0, 1, 5)),
  heap,
  bigSum: sum(add(big, big)),
};

const expected = {
  solve: [-0.3023255813953489, 0.7674418604651163, 0.7209302325581396],
  det: 43.000000000000014,
  eigvalsh: [1.8548973087995775, 3.476023602918134, 6.669079088282287],
  inv: [
    [0.3488372093023256, -0.11627906976744187, -0.13953488372093023],
    [-0.11627906976744187, 0.372093023255814, 0.04651162790697675],
    [-0.13953488372093023, 0.04651162790697675, 0.2558139534883721],
  ],
  matmul: [
    [21, 7, 18],
    [7, 10, 2],
    [18, 2, 29],
  ],
  linspace: 'array([0.  , 0.25, 0.5 , 0.75, 1.  ])',
  heap: true,
  bigSum: 20001,
};

/** Every place where `actual` differs from `wanted` (numbers: by more than 1e-12 relative). */
function mismatches(actual, wanted, path = '') {
  if (typeof wanted === 'number') {
    const ok = typeof actual === 'number' && Math.abs(actual - wanted) <= 1e-12 * Math.max(1, Math.abs(wanted));
    return ok ? [] : [`${path}: got ${actual}, NumPy gives ${wanted}`];
  }
  if (Array.isArray(wanted)) {
    if (!Array.isArray(actual) || actual.length !== wanted.length) return [`${path}: got ${JSON.stringify(actual)}`];
    return wanted.flatMap((w, i) => mismatches(actual[i], w, `${path}[${i}]`));
  }
  if (typeof wanted === 'object')
    return Object.keys(wanted).flatMap((k) => mismatches(actual[k], wanted[k], `${path}.${k}`));
  return actual === wanted ? [] : [`${path}: got ${JSON.stringify(actual)}, NumPy gives ${JSON.stringify(wanted)}`];
}

const problems = mismatches(results, expected);
const report = { ok: problems.length === 0, problems, results };

if (typeof document === 'undefined') {
  console.log(JSON.stringify(report));
  if (!report.ok) process.exitCode = 1;
} else {
  const out = document.getElementById('out');
  out.textContent = JSON.stringify(report);
  out.dataset.state = report.ok ? 'done' : 'failed';
}
