// The timing loop shared by every JavaScript worker (python/bench.py mirrors it): warm-up, then
// a number of repetitions sized to a time budget; the caller takes medians.
// @ts-check

/**
 * @typedef {object} MeasureOpts
 * @property {number} warmupMs     keep warming up until this much time has passed...
 * @property {number} warmupRuns   ...and at least this many runs were made
 * @property {number} targetMs     aim for this much measured time
 * @property {number} minReps
 * @property {number} maxReps
 * @property {number} maxSingleMs  a first run slower than this is the only run
 * @property {number} slowMs       a first run slower than this: no more warm-up, one repetition
 */

const now = () => performance.now();

/**
 * @param {unknown} v
 * @returns {v is PromiseLike<unknown>}
 */
const isThenable = (v) =>
  v !== null &&
  (typeof v === 'object' || typeof v === 'function') &&
  typeof (/** @type {any} */ (v).then) === 'function';

/**
 * Runs `run` repeatedly; returns per-run times (ms) and the last run's output (kept for the
 * correctness check; earlier outputs are disposed).
 * @param {() => unknown} run
 * @param {((out: any) => void) | undefined} dispose
 * @param {MeasureOpts} o
 * @returns {Promise<{ times: number[], out: unknown, single: boolean }>}
 */
export async function measure(run, dispose, o) {
  const once = async () => {
    const t0 = now();
    let out = run();
    if (isThenable(out)) out = await out;
    return { t: now() - t0, out };
  };
  const drop = (/** @type {unknown} */ out) => {
    if (dispose && out !== undefined) dispose(out);
  };

  // warm-up: lets the JIT tier up and the allocator settle; these times are not kept
  let first = await once();
  if (first.t > o.maxSingleMs) return { times: [first.t], out: first.out, single: true };
  const slow = first.t > o.slowMs;
  const wStart = now();
  let runs = 1;
  let last = first.t;
  while (!slow && (runs < o.warmupRuns || now() - wStart < o.warmupMs)) {
    drop(first.out);
    first = await once();
    last = first.t;
    runs++;
    if (runs > 1000) break;
  }
  // slow calls: one repetition per round; the rounds still give several samples
  const reps = slow ? 1 : Math.max(o.minReps, Math.min(o.maxReps, Math.ceil(o.targetMs / Math.max(last, 1e-3))));
  /** @type {number[]} */
  const times = [];
  let out = first.out;
  for (let i = 0; i < reps; i++) {
    drop(out);
    const r = await once();
    times.push(r.t);
    out = r.out;
  }
  return { times, out, single: false };
}
