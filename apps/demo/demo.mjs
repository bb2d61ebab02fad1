// Stride demo: exercises every package that exists and prints what it computes.
// Run with `bash scripts/demo.sh` from the repository root (it builds the packages first).
import * as protocol from '@stride/protocol';
import * as nd from '@stride/ndarray';

const section = (title) => console.log(`\n\x1b[1m── ${title} ${'─'.repeat(Math.max(0, 66 - title.length))}\x1b[0m`);
const show = (label, value) => console.log(`${label}\n${String(value)}`);
const has = (mod, ...names) => names.every((n) => typeof mod[n] === 'function' || typeof mod[n] === 'object');

section('@stride/protocol: a plug-in array, read without a copy');
const storage = new Float64Array([1, 2, 3, 4, 5, 6]);
const plugin = { [protocol.ARRAY_KEY]: () => protocol.describe(storage, [2, 3]) };
const viewed = nd.asarray(plugin);
show('asarray(pluginObject) shares its Float64Array:', viewed);
console.log('same buffer:', viewed.data === storage);

section('@stride/ndarray: creation and printing');
show('linspace(0, 1, 5):', nd.linspace(0, 1, 5));
show('eye(3, 4, { k: 1 }):', nd.eye(3, 4, { k: 1 }));
show('arange(24).reshape-like view of 2x3x4 ints:', new nd.NDArray('int32', nd.arange(24).data, [2, 3, 4]));
show(
  'a transposed view (no copy):',
  nd.array([
    [1.5, 2],
    [3, 4],
  ]).T,
);

if (has(nd, 'add', 'multiply', 'sqrt')) {
  section('@stride/ndarray: ufuncs with broadcasting and NumPy type promotion');
  const a = nd.arange(3, { dtype: 'float64' });
  const b = nd.array([[10], [20]]);
  show('add(arange(3.), [[10], [20]]):', nd.add(a, b));
  show('sqrt([1, 4, 9]) (int32 -> float64):', nd.sqrt([1, 4, 9]));
  show('multiply(int8 [100, 50], 3) wraps like NumPy:', nd.multiply(nd.array([100, 50], { dtype: 'int8' }), 3));
}
if (has(nd, 'sum', 'mean', 'std')) {
  section('@stride/ndarray: reductions');
  const m = nd.array(
    [
      [1, 2, 3],
      [4, 5, 6],
    ],
    { dtype: 'float64' },
  );
  console.log('sum(m) =', nd.sum(m), ' mean(m) =', nd.mean(m), ' std(m) =', nd.std(m));
  show('sum(m, { axis: 0 }):', nd.sum(m, { axis: 0 }));
}
if (has(nd, 'sort', 'unique')) {
  section('@stride/ndarray: sorting and sets');
  show('sort([3, NaN, 1, -Inf]):', nd.sort(nd.array([3, Number.NaN, 1, Number.NEGATIVE_INFINITY])));
  show('unique([3, 1, 3, 2, 1]):', nd.unique([3, 1, 3, 2, 1]));
}
if (has(nd, 'index', 'einsum')) {
  section('@stride/ndarray: indexing, views and einsum');
  const g = nd.arange(12).reshape(3, 4);
  show("g = arange(12).reshape(3, 4); g.index(':', '::-2') (a view):", g.index(':', '::-2'));
  show('g.index([0, 2], [1, 3]) (fancy, a copy):', g.index([0, 2], [1, 3]));
  show('g.index(nd.greater(g, 8)) (boolean mask):', g.index(nd.greater(g, 8)));
  show("einsum('ij,kj->ik', g, g):", nd.einsum('ij,kj->ik', g, g));
}
if (has(nd, 'random')) {
  section('@stride/ndarray: random (bit-identical to NumPy default_rng)');
  const rng = nd.random.defaultRng(42);
  show('defaultRng(42).random(3):', rng.random(3));
  show('defaultRng(42) then integers(0, 100, 5):', nd.random.defaultRng(42).integers(0, 100, 5));
}
if (has(nd, 'npy')) {
  section('@stride/ndarray: .npy round trip');
  const bytes = nd.npy.save(nd.linspace(0, 1, 3));
  console.log(`npy.save(linspace(0, 1, 3)) -> ${bytes.length} bytes; load ->`, String(nd.npy.load(bytes)));
}

if (has(nd, 'tidy', 'heapStats')) {
  section('@stride/ndarray: large arrays in the wasm heap, SIMD128 kernels');
  const rng = nd.random.defaultRng(1);
  const [a, b, c] = [rng.random(1_000_000), rng.random(1_000_000), rng.random(1_000_000)];
  const time = (f, reps = 20) => {
    f();
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) f();
    return (performance.now() - t0) / reps;
  };
  const before = nd.heapStats().bytesInUse;
  const fma = time(() => nd.tidy(() => nd.add(nd.multiply(a, b), c)).dispose());
  const total = time(() => nd.sum(a));
  const masked = time(() => nd.tidy(() => a.index(nd.greater(a, 0.5))).dispose());
  console.log(`a*b+c on 1e6 float64 (tidy frees the product): ${fma.toFixed(2)} ms`);
  console.log(`sum of 1e6: ${total.toFixed(2)} ms;  a[a > 0.5]: ${masked.toFixed(2)} ms`);
  console.log('heap back to where it was after the loops:', nd.heapStats().bytesInUse === before);
}

let linalg = null;
try {
  linalg = await import('@stride/linalg');
} catch {
  // not built yet
}
if (linalg) {
  section('@stride/linalg: LAPACK in WebAssembly');
  const A = nd.array(
    [
      [4, 1],
      [1, 3],
    ],
    { dtype: 'float64' },
  );
  show('solve([[4, 1], [1, 3]], [1, 2]):', linalg.solve(A, nd.array([1, 2], { dtype: 'float64' })));
  show('eigh(A).w:', linalg.eigh(A).w);
  console.log('det(A) =', linalg.det(A));
  const { s } = linalg.svd(
    nd.array(
      [
        [3, 0],
        [0, 4],
        [0, 0],
      ],
      { dtype: 'float64' },
    ),
  );
  show('svd([[3, 0], [0, 4], [0, 0]]).s:', s);
  const n = 512;
  const rng = nd.random.defaultRng(0);
  const X = rng.standardNormal([n, n]);
  const Y = rng.standardNormal([n, n]);
  nd.matmul(X, Y);
  const t0 = performance.now();
  nd.matmul(X, Y);
  const ms = performance.now() - t0;
  console.log(
    `matmul ${n}x${n} float64 through the OpenBLAS backend: ${ms.toFixed(1)} ms (${((2 * n ** 3) / ms / 1e6).toFixed(1)} GFLOP/s)`,
  );
}
console.log('\nDemo finished.');
