// The computations the page runs in the browser; the test runs the very same function in Node and
// compares the two. Everything returned is plain JSON (numbers, strings, nested arrays).
import * as nd from '@stride/ndarray';
import { type NDArray, array, arrayRepr, arrayStr, eye, linspace, random } from '@stride/ndarray';
import { det, eigh, heapBytesInUse, matmul, solve, svd } from '@stride/linalg';

/** A nested array of numbers, as `NDArray.toArray()` gives for float64 arrays. */
export type Nested = number | Nested[];

export interface Results {
  /** NumPy-style printing. */
  printing: { linspace: string; eye: string; str: string; solveRepr: string };
  /** `add` (a ufunc) on broadcast operands, or null when @stride/ndarray does not export `add` yet. */
  add: Nested | null;
  /** 2-D product through OpenBLAS dgemm (the BLAS backend @stride/linalg installs). */
  matmul: Nested;
  solve: { a: Nested; b: Nested; x: Nested };
  det: number;
  eigh: { a: Nested; w: Nested; v: Nested };
  svd: { a: Nested; u: Nested; s: Nested; vh: Nested };
  /** `random.defaultRng(42).random(3)`: NumPy's PCG64 stream. */
  random: Nested;
  /** The wasm heap returned to its baseline after the calls above. */
  heapBalanced: boolean;
  /** Large arrays in the ndarray heap through the SIMD128 kernels (null: the package has none). */
  ndHeap: { active: boolean; sum: number; addT: number; mulScalar: number; sqrt: number } | null;
}

const values = (a: NDArray): Nested => a.toArray() as Nested;

/** Runs every check and returns JSON-able results. */
export function compute(): Results {
  // The first LAPACK call makes OpenBLAS allocate its work buffer once (it stays): warm up first.
  solve([[1]], [1]).dispose();
  const heapBefore = heapBytesInUse();
  // LAPACK's results are arrays in the one runtime heap (no copy out), so they hold heap memory
  // while alive: tidy frees them once their values have been read out as JSON.
  const lapack = nd.tidy(lapackChecks);
  return { ...lapack, heapBalanced: heapBytesInUse() === heapBefore, ndHeap: ndHeapChecks() };
}

/** Printing, ufuncs, LAPACK and random, as JSON values (every array made here is freed by the caller's tidy). */
function lapackChecks(): Omit<Results, 'heapBalanced' | 'ndHeap'> {
  const a = array([
    [4, 1, 2],
    [1, 3, 0],
    [2, 0, 5],
  ]);
  const b = array([1, 2, 3]);
  const x = solve(a, b);

  const sym = array([
    [2, -1, 0, 0],
    [-1, 2, -1, 0],
    [0, -1, 2, -1],
    [0, 0, -1, 2],
  ]);
  const { w, v } = eigh(sym);

  const rect = array([
    [1, 2],
    [3, 4],
    [5, 6],
  ]);
  const { u, s, vh } = svd(rect);

  // `add` is looked up at run time: it is only used where the package exports it.
  const add = (nd as unknown as Record<string, unknown>)['add'] as
    | ((x1: nd.ArrayInput, x2: nd.ArrayInput) => NDArray)
    | undefined;

  const d = det(a);
  if (typeof d !== 'number') throw new Error(`det of a real 3x3 matrix should be a number, got ${String(d)}`);

  return {
    printing: {
      linspace: arrayRepr(linspace(0, 1, 5)),
      eye: arrayRepr(eye(3)),
      str: arrayStr(
        array([
          [1.5, 2],
          [-3, 4.25],
        ]),
      ),
      solveRepr: arrayRepr(x),
    },
    add: typeof add === 'function' ? values(add(array([[1], [2]]), array([10, 20, 30]))) : null,
    matmul: values(matmul(rect.T, rect)),
    solve: { a: values(a), b: values(b), x: values(x) },
    det: d,
    eigh: { a: values(sym), w: values(w), v: values(v) },
    svd: { a: values(rect), u: values(u), s: values(s), vh: values(vh) },
    random: values(random.defaultRng(42).random(3)),
  };
}

/** Sums of kernel results on arrays large enough for the ndarray heap (same numbers as Node). */
function ndHeapChecks(): Results['ndHeap'] {
  const lib = nd as unknown as Record<string, unknown>;
  if (typeof lib['tidy'] !== 'function' || typeof lib['heapStats'] !== 'function') return null;
  const rng = random.defaultRng(7);
  const a = rng.random([300, 400]);
  const b = rng.random([400, 300]);
  const num = (v: unknown): number => v as number;
  const r = nd.tidy(() => ({
    sum: num(nd.sum(a)),
    addT: num(nd.sum(nd.add(a, b.T))),
    mulScalar: num(nd.sum(nd.multiply(a, 2.5))),
    sqrt: num(nd.sum(nd.sqrt(a))),
  }));
  return { active: nd.heapStats().active, ...r };
}
