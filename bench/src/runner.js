// Runs the selected cases on every system, interleaved, checks each result against NumPy's and
// collects medians into one results object (written as JSON and rendered as tables).
// @ts-check
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectCases } from './cases/index.js';
import { check } from './check.js';
import { fmtErr, fmtGflops, fmtRatio, fmtTime } from './format.js';
import { machineInfo } from './machine.js';
import { Rng, seedOf } from './rng.js';
import { allSystems, pythonExists } from './systems/index.js';
import { WorkerHandle } from './workers.js';

/**
 * @typedef {object} RunOptions
 * @property {boolean} quick
 * @property {string} [filter]
 * @property {string} [systems]   comma-separated system ids (prefixes) to keep
 * @property {number} [rounds]
 * @property {(line: string) => void} [log]
 */

/**
 * @typedef {'ok' | 'wrong' | 'na' | 'notyet' | 'error' | 'timeout' | 'unchecked'} Status
 * @typedef {object} Cell
 * @property {Status} status
 * @property {number} [medianMs]
 * @property {number} [minMs]
 * @property {number} [spreadPct]   median absolute deviation, % of the median
 * @property {number} [reps]
 * @property {number[][]} [rounds]   raw times (ms) per round
 * @property {boolean} [single]     one run only (too slow to repeat)
 * @property {number | null} [relErr]
 * @property {string} [reason]
 * @property {string} [note]
 */

export const PROFILES = {
  full: {
    rounds: 3,
    measure: { warmupMs: 100, warmupRuns: 2, targetMs: 300, minReps: 3, maxReps: 100, slowMs: 1000, maxSingleMs: 5000 },
    timeoutMs: 60_000,
  },
  quick: {
    rounds: 1,
    measure: { warmupMs: 0, warmupRuns: 1, targetMs: 20, minReps: 2, maxReps: 5, slowMs: 200, maxSingleMs: 1000 },
    timeoutMs: 60_000,
  },
};

/** @param {number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** @param {unknown} e */
const msgOf = (e) => (e instanceof Error ? e.message : String(e));

/**
 * @param {RunOptions} opts
 */
export async function runBench(opts) {
  const log = opts.log ?? ((/** @type {string} */ s) => console.log(s));
  const profile = opts.quick ? PROFILES.quick : PROFILES.full;
  const rounds = opts.rounds ?? profile.rounds;
  const cases = selectCases({ quick: opts.quick, filter: opts.filter });
  if (cases.length === 0) throw new Error(`no case matches --filter ${opts.filter}`);

  let specs = allSystems();
  if (opts.systems) {
    const want = opts.systems.split(',').map((s) => s.trim());
    // the reference always runs: every check and ratio needs it
    specs = specs.filter((s) => s.id === 'numpy' || want.some((w) => s.id === w || s.id.startsWith(w)));
  }

  const startedAt = new Date();
  const machine = machineInfo();
  log(`Stride bench (${opts.quick ? 'quick' : 'full'}): ${cases.length} cases x ${specs.length} systems`);
  log(`machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadavg.join(' ')}`);

  // start every worker and ask what it is; a system that cannot load is reported, not fatal
  /** @type {{ spec: import('./systems/index.js').SystemSpec, handle: WorkerHandle, hello: any, available: boolean, reason?: string }[]} */
  const systems = [];
  for (const spec of specs) {
    const handle = new WorkerHandle(spec);
    /** @type {any} */
    let hello = null;
    let reason;
    if (spec.kind === 'python' && spec.python && !pythonExists(spec.python)) {
      reason = `${spec.python} not found`;
    } else {
      try {
        hello = await handle.request({ cmd: 'hello' }, 120_000);
        if (!hello.ok) reason = hello.reason;
      } catch (e) {
        reason = msgOf(e);
        if (spec.kind === 'python' && /No module named 'numpy'/.test(handle.stderr)) reason = 'numpy not installed';
      }
    }
    const available = !reason;
    if (!available) handle.kill();
    systems.push({ spec, handle, hello, available, reason });
    const what = available ? describeHello(spec, hello) : `unavailable: ${reason}`;
    log(`  ${(hello?.label ?? spec.label).padEnd(16)} ${what}`);
  }
  const ref =
    systems.find((s) => s.spec.id === 'numpy' && s.available) ??
    systems.find((s) => s.spec.kind === 'python' && s.available);
  if (!ref) log('  (no NumPy available: results are not checked and no ratios are given)');

  const dir = mkdtempSync(join(tmpdir(), 'stride-bench-'));
  /** @type {any[]} */
  const caseResults = [];
  try {
    for (const [ci, c] of cases.entries()) {
      const t0 = performance.now();
      log(`[${ci + 1}/${cases.length}] ${c.id}`);
      const rng = new Rng(seedOf(c.id));
      const inputs = c.def.inputs(c.params, rng);
      /** @type {Record<string, { path: string, dtype: string, shape: number[] }>} */
      const files = {};
      for (const [name, inp] of Object.entries(inputs)) {
        const path = join(dir, `in-${ci}-${name}.bin`);
        writeFileSync(path, new Uint8Array(inp.data.buffer, inp.data.byteOffset, inp.data.byteLength));
        files[name] = { path, dtype: inp.dtype, shape: inp.shape };
      }

      /** @type {Record<string, Cell>} */
      const cells = {};
      /** @type {typeof systems} */
      const active = [];
      for (const s of systems) {
        if (!s.available) {
          cells[s.spec.id] = { status: 'na', reason: s.reason ?? 'unavailable' };
          continue;
        }
        try {
          await ensureStarted(s);
          const r = await s.handle.request(
            { cmd: 'setup', op: c.def.op, params: c.params, inputs: files },
            profile.timeoutMs,
          );
          if (r.na) {
            const notYet = /^not yet/.test(r.na);
            cells[s.spec.id] = { status: notYet ? 'notyet' : 'na', reason: r.na.replace(/^not yet:\s*/, '') };
          } else {
            cells[s.spec.id] = { status: 'ok', rounds: [], ...(r.note ? { note: r.note } : {}) };
            active.push(s);
          }
        } catch (e) {
          cells[s.spec.id] = failure(e);
        }
      }

      // interleave: every round visits every system, starting one further along each time, so
      // slow drifts of the machine (other jobs, thermal) spread over all systems alike
      const running = new Set(active);
      for (let r = 0; r < rounds; r++) {
        const order = active
          .slice(r % Math.max(1, active.length))
          .concat(active.slice(0, r % Math.max(1, active.length)));
        for (const s of order) {
          if (!running.has(s)) continue;
          const cell = /** @type {Cell} */ (cells[s.spec.id]);
          try {
            const m = await s.handle.request({ cmd: 'measure', opts: profile.measure }, profile.timeoutMs);
            cell.rounds?.push(m.times);
            if (m.single) {
              cell.single = true;
              running.delete(s);
            }
          } catch (e) {
            Object.assign(cell, failure(e));
            running.delete(s);
          }
        }
      }

      // results: the reference first, then everyone is compared with it
      /** @type {Float64Array | null} */
      let refVec = null;
      const ordered = ref && active.includes(ref) ? [ref, ...active.filter((s) => s !== ref)] : active;
      for (const s of ordered) {
        const cell = /** @type {Cell} */ (cells[s.spec.id]);
        if (cell.status !== 'ok') continue;
        const all = (cell.rounds ?? []).flat();
        cell.medianMs = median(all);
        cell.minMs = Math.min(...all);
        cell.reps = all.length;
        cell.spreadPct = (100 * median(all.map((t) => Math.abs(t - (cell.medianMs ?? 0))))) / (cell.medianMs || 1);
        try {
          const path = join(dir, `out-${ci}-${s.spec.id}.bin`);
          await s.handle.request({ cmd: 'result', path }, profile.timeoutMs);
          const buf = readFileSync(path);
          const vec = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
          rmSync(path, { force: true });
          if (s === ref) refVec = vec;
          else if (!refVec) cell.status = 'unchecked';
          else {
            const precision = s.hello?.precision === 'float32' ? 'float32' : 'float64';
            const verdict = check(c.def.op, refVec, vec, c.def.tol[precision]);
            cell.relErr = verdict.relErr;
            if (!verdict.ok) {
              cell.status = 'wrong';
              cell.reason = verdict.reason;
            }
          }
        } catch (e) {
          Object.assign(cell, failure(e));
        }
      }
      for (const s of active) {
        if (s.handle.alive) await s.handle.request({ cmd: 'teardown' }, 60_000).catch(() => {});
      }
      for (const f of Object.values(files)) rmSync(f.path, { force: true });

      const entry = {
        id: c.id,
        op: c.def.op,
        params: c.params,
        flops: c.def.flops?.(c.params) ?? null,
        tol: c.def.tol,
        result: c.def.result,
        results: cells,
      };
      caseResults.push(entry);
      for (const line of caseLines(entry, systems, ref?.spec.id)) log(line);
      log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await Promise.all(systems.map((s) => s.handle.close()));
    rmSync(dir, { recursive: true, force: true });
  }

  const finishedAt = new Date();
  return {
    schema: 1,
    mode: opts.quick ? 'quick' : 'full',
    filter: opts.filter ?? null,
    startedAt: startedAt.toISOString(),
    durationS: Math.round((finishedAt.getTime() - startedAt.getTime()) / 100) / 10,
    rounds,
    profile: profile.measure,
    machine,
    reference: ref?.spec.id ?? null,
    systems: systems.map((s) => ({
      id: s.spec.id,
      label: s.hello?.label ?? s.spec.label,
      kind: s.spec.kind,
      describe: s.spec.describe || s.hello?.notes || '',
      available: s.available,
      reason: s.reason ?? null,
      precision: s.hello?.precision ?? 'float64',
      versions: s.hello?.versions ?? {},
      info: s.hello?.info ?? null,
      blas: s.hello?.blas ?? null,
      env: s.hello?.env ?? null,
      notes: s.spec.kind === 'node' ? (s.hello?.notes ?? null) : null,
    })),
    cases: caseResults,
  };
}

/**
 * A worker that died (timeout, crash) is restarted and re-greeted before its next case.
 * @param {{ handle: WorkerHandle, hello: any }} s
 */
async function ensureStarted(s) {
  if (s.handle.alive) return;
  const hello = await s.handle.request({ cmd: 'hello' }, 120_000);
  if (!hello.ok) throw new Error(hello.reason ?? 'failed to load');
}

/** @param {unknown} e @returns {Cell} */
function failure(e) {
  const kind = /** @type {any} */ (e)?.kind;
  return { status: kind === 'timeout' ? 'timeout' : 'error', reason: msgOf(e) };
}

/** @param {import('./systems/index.js').SystemSpec} spec @param {any} h */
function describeHello(spec, h) {
  if (spec.kind === 'python') {
    const libs = (h.blas?.libraries ?? [])
      .map((/** @type {any} */ l) =>
        `${l.owner ?? ''} ${l.api ?? '?'} ${l.version ?? ''}${l.core ? ` core=${l.core}` : ''}`.trim(),
      )
      .join('; ');
    return `numpy ${h.versions?.numpy}, scipy ${h.versions?.scipy ?? 'missing'}; ${libs || 'BLAS unknown'}`;
  }
  const v = Object.entries(h.versions ?? {})
    .filter(([, ver]) => ver)
    .map(([p, ver]) => `${p}@${ver}`)
    .join(' ');
  const missing = Object.keys(h.info?.missing ?? {});
  const absent = missing.length ? `${v ? '; ' : ''}not importable: ${missing.join(' ')}` : '';
  return `${v || (absent ? '' : 'no library')}${absent}${h.precision === 'float32' ? ' (float32)' : ''}`;
}

/**
 * Progress lines printed after each case: one per measured system, then the rest grouped.
 * @param {any} entry
 * @param {{ spec: { id: string, label: string }, hello: any }[]} systems
 * @param {string | undefined} refId
 */
function caseLines(entry, systems, refId) {
  const refCell = refId ? entry.results[refId] : null;
  const refMs = refCell?.status === 'ok' ? refCell.medianMs : null;
  const lines = [];
  /** @type {Record<string, string[]>} */
  const grouped = {};
  for (const s of systems) {
    const cell = entry.results[s.spec.id];
    const label = s.hello?.label ?? s.spec.label;
    if (!cell) continue;
    if (
      cell.medianMs !== undefined &&
      (cell.status === 'ok' || cell.status === 'unchecked' || cell.status === 'wrong')
    ) {
      const ratio = refMs ? `  ${fmtRatio(cell.medianMs / refMs).padStart(7)}` : '';
      const gf = entry.flops && entry.op === 'linalg/matmul' ? `  ${fmtGflops(entry.flops, cell.medianMs)}` : '';
      const flag =
        cell.status === 'wrong'
          ? `  WRONG: ${cell.reason}`
          : `${cell.single ? '  (1 run)' : ''}${cell.relErr ? `  err ${fmtErr(cell.relErr)}` : ''}`;
      lines.push(
        `  ${label.padEnd(16)} ${fmtTime(cell.medianMs).padStart(9)} ±${(cell.spreadPct ?? 0).toFixed(0)}%${ratio}${gf}${flag}`,
      );
    } else {
      const key = cell.status === 'notyet' ? 'not yet' : cell.status === 'na' ? 'n/a' : cell.status;
      grouped[key] = [...(grouped[key] ?? []), cell.status === 'na' ? label : `${label} (${cell.reason})`];
    }
  }
  for (const [k, v] of Object.entries(grouped)) lines.push(`  ${k}: ${v.join(', ')}`);
  return lines;
}

/**
 * @param {string} path
 * @param {unknown} results
 */
export function writeJson(path, results) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 1)}\n`);
}
