// Runner-side handles on worker processes: a uniform request/reply interface over Node IPC
// (JavaScript systems) and JSON lines on stdio (Python systems), with timeouts and restarts.
// @ts-check
import { fork, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BENCH_PY } from './systems/index.js';

const WORKER_JS = fileURLToPath(new URL('./worker.js', import.meta.url));
const TAIL = 2000;

export class WorkerError extends Error {
  /** @param {string} message @param {'timeout' | 'exit' | 'error'} kind */
  constructor(message, kind) {
    super(message);
    this.name = 'WorkerError';
    this.kind = kind;
  }
}

export class WorkerHandle {
  /** @param {import('./systems/index.js').SystemSpec} spec */
  constructor(spec) {
    this.spec = spec;
    /** @type {import('node:child_process').ChildProcess | null} */
    this.proc = null;
    this.seq = 0;
    /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
    this.pending = new Map();
    this.stderr = '';
  }

  get alive() {
    return this.proc !== null && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  start() {
    const { spec } = this;
    /** @type {NodeJS.ProcessEnv} */
    const env = { ...process.env };
    for (const [k, v] of Object.entries(spec.env ?? {})) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    this.stderr = '';
    if (spec.kind === 'node') {
      this.proc = fork(WORKER_JS, [spec.adapter ?? ''], {
        env,
        execArgv: ['--max-old-space-size=8192', '--expose-gc'],
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        serialization: 'json',
      });
      this.proc.on('message', (/** @type {any} */ m) => this.#settle(m));
      this.proc.stdout?.on('data', (d) => this.#tail(d));
    } else {
      this.proc = spawn(spec.python ?? 'python3', [...(spec.pyArgs ?? []), BENCH_PY], {
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const rl = createInterface({ input: /** @type {import('node:stream').Readable} */ (this.proc.stdout) });
      rl.on('line', (line) => {
        try {
          this.#settle(JSON.parse(line));
        } catch {
          this.#tail(`${line}\n`);
        }
      });
    }
    this.proc.stderr?.on('data', (d) => this.#tail(d));
    const proc = this.proc;
    proc.on('error', (e) => this.#failAll(new WorkerError(`cannot start: ${e.message}`, 'error')));
    proc.on('exit', (code, signal) => {
      if (this.proc === proc) this.proc = null;
      const why = signal ? `signal ${signal}` : `code ${code}`;
      const tail = this.lastStderr();
      this.#failAll(new WorkerError(`worker exited (${why})${tail ? `: ${tail}` : ''}`, 'exit'));
    });
  }

  /** @param {string | Buffer} d */
  #tail(d) {
    this.stderr = (this.stderr + String(d)).slice(-TAIL);
  }

  lastStderr() {
    const lines = this.stderr.trim().split('\n').filter(Boolean);
    return (lines[lines.length - 1] ?? '').slice(0, 300);
  }

  /** @param {any} m */
  #settle(m) {
    const p = this.pending.get(m?.seq);
    if (!p) return;
    this.pending.delete(m.seq);
    if (m.error) p.reject(new WorkerError(m.error, 'error'));
    else p.resolve(m);
  }

  /** @param {Error} e */
  #failAll(e) {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(e);
  }

  /**
   * @param {Record<string, unknown>} msg
   * @param {number} timeoutMs  the worker is killed when it has not answered by then
   * @returns {Promise<any>}
   */
  request(msg, timeoutMs) {
    if (!this.alive) this.start();
    const seq = ++this.seq;
    const proc = /** @type {import('node:child_process').ChildProcess} */ (this.proc);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        this.kill();
        reject(new WorkerError(`no answer within ${Math.round(timeoutMs / 1000)} s`, 'timeout'));
      }, timeoutMs);
      this.pending.set(seq, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      const full = { ...msg, seq };
      if (this.spec.kind === 'node') proc.send?.(full);
      else proc.stdin?.write(`${JSON.stringify(full)}\n`);
    });
  }

  kill() {
    const p = this.proc;
    this.proc = null;
    if (p && p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  }

  async close() {
    if (!this.alive) return;
    const p = this.proc;
    try {
      if (this.spec.kind === 'node') p?.send?.({ cmd: 'exit', seq: 0 });
      else p?.stdin?.end(`${JSON.stringify({ cmd: 'exit', seq: 0 })}\n`);
    } catch {}
    await new Promise((r) => {
      const t = setTimeout(() => {
        this.kill();
        r(undefined);
      }, 2000);
      p?.once('exit', () => {
        clearTimeout(t);
        r(undefined);
      });
    });
  }
}
