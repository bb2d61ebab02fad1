// Code written plainly versus inside tidy: 100 x `a * 2 + 1` on 1e6 float64, each way in its own
// process (so one's heap and RSS do not colour the next), next to NumPy and to plain typed-array
// loops that allocate their results the same way (fresh Float64Arrays) or reuse two buffers:
//   node bench/kernels/plain-loop.mjs            # all rows
//   node bench/kernels/plain-loop.mjs <row>      # one row, in this process (what the driver runs)
// Reports the best of 5 runs in ms and the peak RSS growth. Uses the built @stride/ndarray dist.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const N = 1e6;
const ITERS = 100;
const RUNS = 5;

const rows = {
  'stride tidy (heap input)': async (np) => {
    const a = np.arange(N).astype('float64');
    return () => {
      for (let i = 0; i < ITERS; i++) np.tidy(() => a.multiply(2).add(1).data[7]);
    };
  },
  'stride plain (heap input)': async (np) => {
    const a = np.arange(N).astype('float64');
    return () => {
      let b;
      for (let i = 0; i < ITERS; i++) b = a.multiply(2).add(1);
      return b.data[7];
    };
  },
  'stride plain, wrapped Float64Array input': async (np) => {
    const a = np.asarray(Float64Array.from({ length: N }, (_, i) => i));
    return () => {
      let b;
      for (let i = 0; i < ITERS; i++) b = a.multiply(2).add(1);
      return b.data[7];
    };
  },
  'stride plain, async loop (a task per iteration)': async (np) => {
    const a = np.arange(N).astype('float64');
    return async () => {
      let b;
      for (let i = 0; i < ITERS; i++) {
        b = a.multiply(2).add(1);
        await new Promise((r) => setImmediate(r));
      }
      return b.data[7];
    };
  },
  'JS loops, fresh Float64Arrays': async () => {
    const a = Float64Array.from({ length: N }, (_, i) => i);
    return () => {
      let b;
      for (let i = 0; i < ITERS; i++) {
        const t = new Float64Array(N);
        for (let j = 0; j < N; j++) t[j] = a[j] * 2;
        b = new Float64Array(N);
        for (let j = 0; j < N; j++) b[j] = t[j] + 1;
      }
      return b[7];
    };
  },
  'JS loops, two reused buffers': async () => {
    const a = Float64Array.from({ length: N }, (_, i) => i);
    const t = new Float64Array(N);
    const b = new Float64Array(N);
    return () => {
      for (let i = 0; i < ITERS; i++) {
        for (let j = 0; j < N; j++) t[j] = a[j] * 2;
        for (let j = 0; j < N; j++) b[j] = t[j] + 1;
      }
      return b[7];
    };
  },
};

async function runRow(name) {
  const np = await import('@stride/ndarray');
  const f = await rows[name](np);
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    await f();
    best = Math.min(best, performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
    await new Promise((res) => setTimeout(res, 0));
  }
  console.log(JSON.stringify({ name, ms: best, rssMiB: (peak - rss0) / 2 ** 20 }));
}

function numpy() {
  const py = process.env.STRIDE_BENCH_PYTHON || 'python3';
  const code = `
import numpy as np, time
a = np.arange(${N}, dtype=np.float64)
best = 1e9
for r in range(${RUNS}):
    t = time.perf_counter()
    for i in range(${ITERS}): b = a * 2 + 1
    best = min(best, time.perf_counter() - t)
print(best * 1e3)`;
  const r = spawnSync(py, ['-c', code], { encoding: 'utf8', env: { ...process.env, OMP_NUM_THREADS: '1' } });
  return r.status === 0 ? Number(r.stdout.trim()) : Number.NaN;
}

const only = process.argv[2];
if (only !== undefined) {
  await runRow(only);
} else {
  const np = numpy();
  console.log(`${ITERS} x a * 2 + 1 on ${N} float64, best of ${RUNS}; NumPy 1-thread: ${np.toFixed(1)} ms`);
  const me = fileURLToPath(import.meta.url);
  let tidy = Number.NaN;
  for (const name of Object.keys(rows)) {
    const r = spawnSync(process.execPath, [me, name], { encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.status !== 0 || !line.startsWith('{')) {
      console.log(`${name}: failed\n${r.stderr}`);
      continue;
    }
    const { ms, rssMiB } = JSON.parse(line);
    if (name.startsWith('stride tidy')) tidy = ms;
    console.log(
      `${name.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / np).toFixed(2).padStart(6)}x NumPy  ${(ms / tidy).toFixed(2).padStart(6)}x tidy  RSS +${rssMiB.toFixed(0)} MiB`,
    );
  }
}
