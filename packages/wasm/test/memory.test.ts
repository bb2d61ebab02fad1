// Heap helpers: WasmBuffer, scopes, xerbla handling, growth, and no leaks over long loops.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DisposedError,
  HeapScope,
  isStrideError,
  LapackArgumentError,
  type LapackModule,
  loadLapack,
  runtimeBuffer,
  runtimeStats,
  WasmBuffer,
  WasmError,
  WasmMemoryError,
  withHeapScope,
} from '../src/index.js';

let lapack: LapackModule;
beforeAll(async () => {
  lapack = await loadLapack();
});

describe('loadLapack', () => {
  it('loadLapack() twice returns the same module', async () => {
    expect(await loadLapack()).toBe(lapack);
  });

  it('exports the routines @stride/linalg needs in all four precisions', () => {
    const families = [
      'gemm',
      'gemv',
      'trsm',
      'syrk',
      'axpy',
      'scal',
      'gesv',
      'getrf',
      'getri',
      'getrs',
      'gecon',
      'gesdd',
      'gesvd',
      'geev',
      'geqrf',
      'potrf',
      'potrs',
      'potri',
      'trtrs',
      'gelsd',
      'gelsy',
      'lange',
      'lacpy',
    ];
    const missing: string[] = [];
    for (const p of ['s', 'd', 'c', 'z']) for (const f of families) if (!lapack.hasRoutine(p + f)) missing.push(p + f);
    for (const r of [
      'sdot',
      'ddot',
      'snrm2',
      'dnrm2',
      'scnrm2',
      'dznrm2',
      'cherk',
      'zherk',
      'ssyevd',
      'dsyevd',
      'cheevd',
      'zheevd',
      'ssyev',
      'dsyev',
      'cheev',
      'zheev',
      'sorgqr',
      'dorgqr',
      'cungqr',
      'zungqr',
    ]) {
      if (!lapack.hasRoutine(r)) missing.push(r);
    }
    expect(missing).toEqual([]);
  });

  it('routine("nope") throws a WasmError naming the routine', () => {
    expect(() => lapack.routine('nope')).toThrow(/exports no routine 'nope_'/);
  });
});

describe('xerbla', () => {
  it('dgesv with n = -1 records DGESV argument 1 and the module stays usable', () => {
    lapack.resetXerbla();
    withHeapScope(lapack, (s) => {
      const info = s.i32(1);
      lapack.routine('dgesv')(
        s.int(-1),
        s.int(1),
        s.f64(1).ptr,
        s.int(1),
        s.i32(1).ptr,
        s.f64(1).ptr,
        s.int(1),
        info.ptr,
      );
      expect(info.i32()[0]).toBe(-1);
    });
    expect(lapack.xerblaInfo()).toEqual({ routine: 'DGESV', argument: 1 });
    let caught: unknown;
    try {
      lapack.checkXerbla();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(LapackArgumentError);
    expect(isStrideError(caught)).toBe(true);
    expect((caught as LapackArgumentError).message).toBe('DGESV: argument 1 had an illegal value');
    expect(lapack.xerblaInfo()).toBeUndefined();

    // Same module, a correct call right after.
    const x = withHeapScope(lapack, (s) => {
      const b = s.f64([2]);
      lapack.routine('dgesv')(
        s.int(1),
        s.int(1),
        s.f64([4]).ptr,
        s.int(1),
        s.i32(1).ptr,
        b.ptr,
        s.int(1),
        s.i32(1).ptr,
      );
      return b.f64()[0];
    });
    expect(x).toBe(0.5);
  });

  it('OpenBLAS dgemm with a bad transa records DGEMM argument 1 instead of aborting', () => {
    lapack.resetXerbla();
    withHeapScope(lapack, (s) => {
      const a = s.f64(4);
      lapack.routine('dgemm')(
        s.char('Q'),
        s.char('N'),
        s.int(2),
        s.int(2),
        s.int(2),
        s.double(1),
        a.ptr,
        s.int(2),
        a.ptr,
        s.int(2),
        s.double(0),
        s.f64(4).ptr,
        s.int(2),
      );
    });
    expect(lapack.xerblaInfo()).toEqual({ routine: 'DGEMM', argument: 1 });
    lapack.resetXerbla();
  });

  it('dgeqrf with lda < m records DGEQRF argument 4', () => {
    lapack.resetXerbla();
    withHeapScope(lapack, (s) => {
      const info = s.i32(1);
      lapack.routine('dgeqrf')(
        s.int(3),
        s.int(2),
        s.f64(6).ptr,
        s.int(1),
        s.f64(2).ptr,
        s.f64(64).ptr,
        s.int(64),
        info.ptr,
      );
      expect(info.i32()[0]).toBe(-4);
    });
    expect(() => lapack.checkXerbla()).toThrow('DGEQRF: argument 4 had an illegal value');
  });
});

describe('WasmBuffer', () => {
  it('WasmBuffer.fromF64([1, 2, 3]) round-trips and is 8-byte aligned', () => {
    using b = WasmBuffer.fromF64(lapack, [1, 2, 3]);
    expect(Array.from(b.f64())).toEqual([1, 2, 3]);
    expect(b.ptr % 8).toBe(0);
    expect(b.byteLength).toBe(24);
  });

  it('the one memory never grows: views taken before a large allocation stay attached', () => {
    using small = WasmBuffer.fromF64(lapack, [42]);
    const view = small.f64();
    const before = lapack.heapUsage().memoryBytes;
    using big = new WasmBuffer(lapack, 64 << 20);
    expect(lapack.heapUsage().memoryBytes).toBe(before);
    expect(view[0]).toBe(42);
    expect(small.f64()[0]).toBe(42);
    big.u8()[big.byteLength - 1] = 7;
    expect(big.u8()[big.byteLength - 1]).toBe(7);
  });

  it('dispose() frees once; using the buffer afterwards throws DisposedError', () => {
    const b = new WasmBuffer(lapack, 16);
    b.dispose();
    b.dispose();
    expect(b.disposed).toBe(true);
    expect(() => b.f64()).toThrow(DisposedError);
  });

  it('an impossible allocation throws WasmMemoryError and the module stays usable', () => {
    expect(() => new WasmBuffer(lapack, 2 ** 33)).toThrow(WasmMemoryError);
    expect(() => lapack.malloc(-1)).toThrow(WasmMemoryError);
    using ok = WasmBuffer.fromI32(lapack, [5]);
    expect(ok.i32()[0]).toBe(5);
  });
});

describe('heap usage', () => {
  it('10^4 alloc/free calls return the heap to its baseline', () => {
    // Warm up OpenBLAS's lazily allocated work buffer so it is part of the baseline.
    withHeapScope(lapack, (s) => {
      const a = s.f64([1, 0, 0, 1]);
      lapack.routine('dgemm')(
        s.char('N'),
        s.char('N'),
        s.int(2),
        s.int(2),
        s.int(2),
        s.double(1),
        a.ptr,
        s.int(2),
        a.ptr,
        s.int(2),
        s.double(0),
        s.f64(4).ptr,
        s.int(2),
      );
    });
    const baseline = lapack.heapUsage().inUse;
    for (let i = 0; i < 10_000; i++) {
      const b = new WasmBuffer(lapack, 8 + (i % 97) * 8);
      b.f64()[0] = i;
      b.dispose();
    }
    expect(lapack.heapUsage().inUse).toBe(baseline);
  });

  it('withHeapScope frees everything even when the body throws', () => {
    const baseline = lapack.heapUsage().inUse;
    for (let i = 0; i < 1000; i++) {
      expect(() =>
        withHeapScope(lapack, (s) => {
          s.f64(100);
          s.int(3);
          s.char('N');
          throw new Error('boom');
        }),
      ).toThrow('boom');
    }
    for (let i = 0; i < 1000; i++) {
      withHeapScope(lapack, (s) => {
        const b = s.f64([4, 2, 2, 3]);
        lapack.routine('dpotrf')(s.char('L'), s.int(2), b.ptr, s.int(2), s.i32(1).ptr);
      });
    }
    expect(lapack.heapUsage().inUse).toBe(baseline);
  });
});

describe('HeapScope without a module (the scratch scope linalg builds its frames on)', () => {
  it('hands out raw blocks for C arguments and frees them all at the end', () => {
    const before = runtimeStats().bytesInUse;
    const s = new HeapScope();
    const pi = s.int(7);
    const pd = s.double(2.5);
    const pf = s.float(1.5);
    const pc = s.char('U');
    const p = s.bytes(1000);
    const buf = runtimeBuffer() as ArrayBuffer;
    expect(new Int32Array(buf, pi, 1)[0]).toBe(7);
    expect(new Float64Array(buf, pd, 1)[0]).toBe(2.5);
    expect(new Float32Array(buf, pf, 1)[0]).toBe(1.5);
    expect(new Uint8Array(buf, pc, 2)).toEqual(new Uint8Array([85, 0]));
    expect(p % 64).toBe(0);
    expect(runtimeStats().bytesInUse).toBeGreaterThan(before);
    s.dispose();
    expect(runtimeStats().bytesInUse).toBe(before);
    s.dispose(); // twice is harmless
    expect(runtimeStats().bytesInUse).toBe(before);
  });

  it('refuses WasmBuffers without the module, with a marked error', () => {
    const s = new HeapScope();
    expect(() => s.alloc(8)).toThrow(WasmError);
    expect(() => s.f64([1, 2])).toThrow(/HeapScope: WasmBuffers need the module/);
    s.dispose();
  });
});
