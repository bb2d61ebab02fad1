// A JavaScript system's worker process: loads one adapter (one library), then answers the
// runner's requests over the IPC channel. One process per library keeps JIT and GC state apart.
// @ts-check
import { readFileSync, writeFileSync } from 'node:fs';
import { pkgVersion } from './pkg.js';
import { measure } from './timing.js';

const adapterPath = process.argv[2];
if (!adapterPath || !process.send) {
  console.error('usage: (forked by the runner) node worker.js <adapter module path>');
  process.exit(2);
}

/** @param {any} msg */
const reply = (msg) => process.send?.(msg);

/** @type {import('./types.js').Adapter} */
let adapter;
/** @type {any} */
let lib;
/** @type {{ impl: import('./types.js').OpImpl, state: any, out?: any } | null} */
let current = null;

/**
 * @param {{ path: string, dtype: 'float64' | 'int32', shape: number[] }} d
 * @returns {import('./types.js').Input}
 */
function readInput(d) {
  const buf = readFileSync(d.path);
  // copy into a fresh, aligned ArrayBuffer
  const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const data = d.dtype === 'int32' ? new Int32Array(ab) : new Float64Array(ab);
  return { data, shape: d.shape, dtype: d.dtype };
}

/** @param {unknown} e */
const errText = (e) =>
  ((e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0] ?? '').slice(0, 300);

/** @param {any} msg */
async function handle(msg) {
  switch (msg.cmd) {
    case 'hello': {
      const mod = await import(/** @type {string} */ (adapterPath));
      adapter = mod.default;
      const base = {
        id: adapter.id,
        label: adapter.label,
        precision: adapter.precision,
        packages: adapter.packages,
        versions: Object.fromEntries((adapter.packages ?? []).map((p) => [p, pkgVersion(p)])),
        notes: adapter.notes,
      };
      try {
        lib = await adapter.load();
      } catch (e) {
        return { ...base, ok: false, reason: errText(e) };
      }
      let info = {};
      try {
        info = adapter.info?.(lib) ?? {};
      } catch (e) {
        info = { infoError: errText(e) };
      }
      return { ...base, ok: true, info, ops: Object.keys(adapter.ops), na: adapter.na ?? {} };
    }
    case 'setup': {
      current = null;
      const make = adapter.ops[msg.op];
      if (!make) return { na: adapter.na?.[msg.op] ?? 'not implemented by this library' };
      /** @type {Record<string, import('./types.js').Input>} */
      const inputs = {};
      for (const [k, d] of Object.entries(msg.inputs)) inputs[k] = readInput(/** @type {any} */ (d));
      /** @type {import('./types.js').OpImpl} */
      let impl;
      try {
        impl = make(lib);
      } catch (e) {
        // an adapter throws NotAvailable-style errors from make() when a needed export is missing
        return { na: errText(e).replace(/^\w*Error: /, '') };
      }
      const state = await impl.setup(/** @type {any} */ (inputs), msg.params);
      current = { impl, state };
      return { ok: true, note: impl.note };
    }
    case 'measure': {
      if (!current) throw new Error('measure before setup');
      const c = current;
      if (c.out !== undefined) c.impl.dispose?.(c.out);
      const r = await measure(() => c.impl.run(c.state), c.impl.dispose, msg.opts);
      c.out = r.out;
      return { times: r.times, single: r.single };
    }
    case 'result': {
      if (!current || current.out === undefined) throw new Error('result before measure');
      let v = await current.impl.result(current.out, current.state);
      if (typeof v === 'number') v = [v];
      const f = Float64Array.from(/** @type {ArrayLike<number>} */ (v));
      writeFileSync(msg.path, new Uint8Array(f.buffer, f.byteOffset, f.byteLength));
      return { ok: true, length: f.length };
    }
    case 'teardown': {
      if (current) {
        if (current.out !== undefined) current.impl.dispose?.(current.out);
        current.impl.teardown?.(current.state);
      }
      current = null;
      // collect now: memory a library frees only through finalizers (wasm heaps) must not carry
      // over into the next case
      /** @type {any} */ (globalThis).gc?.();
      await new Promise((r) => setTimeout(r, 20)); // finalizers run in a later task
      return { ok: true };
    }
    case 'exit':
      process.exit(0);
      break;
    default:
      throw new Error(`unknown command ${msg.cmd}`);
  }
}

process.on('message', (/** @type {any} */ msg) => {
  handle(msg).then(
    (r) => reply({ seq: msg.seq, ...r }),
    (e) => reply({ seq: msg.seq, error: errText(e), stack: e instanceof Error ? e.stack?.slice(0, 2000) : undefined }),
  );
});
process.on('disconnect', () => process.exit(0));
