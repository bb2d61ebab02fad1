// Tests of .npy/.npz I/O against NumPy's own files (test/fixtures/io, from scripts/gen_io_fixtures.py).
// Every numeric comparison is exact (0 ulps): the files carry bit patterns, not computed values.
import { readFileSync } from 'node:fs';
import { DTYPES, type DType, cStrides, fStrides } from '@stride/protocol';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DTypeError, ValueError } from '../src/errors.js';
import { crc32, readZipEntries } from '../src/io/zip.js';
import { loadNpy, npy, npz, readNpyHeader, saveNpy } from '../src/io/index.js';
import { NDArray } from '../src/ndarray.js';
import { decode, type Enc } from '../../../test/fixtures.js';

const FIXTURES = new URL('./fixtures/io/', import.meta.url);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

/** A manifest array: the shared fixture encoding. */
interface Expected extends Enc {
  dtype: DType;
}
interface Manifest {
  npy: Record<string, Expected & { fortran_order: boolean; save: string }>;
  npz: Record<string, Record<string, Expected>>;
  unsupported: Record<string, string>;
  views: Record<string, { base: string; expr: string; shape: number[]; strides: number[]; offset: number }>;
}
const manifest = JSON.parse(readFileSync(new URL('manifest.json', FIXTURES), 'utf8')) as Manifest;

/** Elements in C order as TypedArray slot values (complex: re, im pairs), read through the strides. */
function slotsInCOrder(a: NDArray): (number | bigint)[] {
  const lanes = DTYPES[a.dtype].lanes;
  const out: (number | bigint)[] = [];
  const idx = new Array<number>(a.ndim).fill(0);
  const data = a.data;
  for (let n = 0; n < a.size; n++) {
    let k = a.offset;
    for (let ax = 0; ax < a.ndim; ax++) k += (idx[ax] as number) * (a.strides[ax] as number);
    for (let l = 0; l < lanes; l++) out.push(data[k * lanes + l] as number | bigint);
    for (let ax = a.ndim - 1; ax >= 0; ax--) {
      idx[ax] = (idx[ax] as number) + 1;
      if ((idx[ax] as number) < (a.shape[ax] as number)) break;
      idx[ax] = 0;
    }
  }
  return out;
}

function expectArray(a: NDArray, e: Expected): void {
  expect(a.dtype).toBe(e.dtype);
  expect([...a.shape]).toEqual(e.shape);
  const want = Array.from(decode(e).data as ArrayLike<number | bigint>);
  const got = slotsInCOrder(a);
  expect(got.length).toBe(want.length);
  // Object.is tells NaN from NaN-free values and -0 from 0.
  for (let i = 0; i < want.length; i++) {
    if (!Object.is(got[i], want[i])) expect.fail(`element slot ${i}: got ${String(got[i])}, want ${String(want[i])}`);
  }
}

/** A C-contiguous NDArray holding a manifest array. */
const build = (e: Expected): NDArray => decode(e);

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A hand-made .npy file: magic, version, length field, header text (padded like NumPy), data. */
function npyFile(
  header: string,
  data: Uint8Array = new Uint8Array(0),
  opts: { version?: number; length?: number } = {},
): Uint8Array {
  const version = opts.version ?? 1;
  const lenBytes = version === 1 ? 2 : 4;
  const body = version === 3 ? new TextEncoder().encode(header) : ascii(header);
  const pad = 64 - ((8 + lenBytes + body.length + 1) % 64);
  const hlen = body.length + pad + 1;
  const out = new Uint8Array(8 + lenBytes + hlen + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const dv = new DataView(out.buffer);
  if (lenBytes === 2) dv.setUint16(8, opts.length ?? hlen, true);
  else dv.setUint32(8, opts.length ?? hlen, true);
  out.set(body, 8 + lenBytes);
  out.fill(0x20, 8 + lenBytes + body.length, 8 + lenBytes + hlen - 1);
  out[8 + lenBytes + hlen - 1] = 0x0a;
  out.set(data, 8 + lenBytes + hlen);
  return out;
}

const f8 = (...xs: number[]): Uint8Array => new Uint8Array(new Float64Array(xs).buffer);

function expectThrow(f: () => unknown, cls: typeof ValueError | typeof DTypeError, message: RegExp | string): void {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a throw').toBeInstanceOf(cls);
  if (typeof message === 'string') expect((err as Error).message).toBe(message);
  else expect((err as Error).message).toMatch(message);
}

describe('npy.load reads every NumPy fixture', () => {
  for (const [name, e] of Object.entries(manifest.npy)) {
    it(`npy.load(${name}) gives dtype ${e.dtype}, shape [${e.shape.join(', ')}] and the stored values`, () => {
      const bytes = fixture(name);
      const a = npy.load(bytes);
      expectArray(a, e);
      expect([...a.strides]).toEqual(e.fortran_order ? fStrides(e.shape) : cStrides(e.shape));
      expect(a.offset).toBe(0);
      expect(a.data.buffer).not.toBe(bytes.buffer);
    });
  }
});

describe('npy.save is byte-identical to np.save', () => {
  for (const [name, e] of Object.entries(manifest.npy)) {
    it(`npy.save(npy.load(${name})) equals NumPy's ${e.save}`, () => {
      expect(npy.save(npy.load(fixture(name)))).toEqual(fixture(e.save));
    });
  }
  for (const [name, v] of Object.entries(manifest.views)) {
    it(`npy.save(base${v.expr}) equals np.save of the same view (${name})`, () => {
      const base = npy.load(fixture(v.base));
      const view = new NDArray(base.dtype, base.data, v.shape, v.strides, v.offset);
      expect(npy.save(view)).toEqual(fixture(name));
    });
  }
  it('npy.save(a, {fortranOrder: true}) of a C array equals np.save(np.asfortranarray(a))', () => {
    const c = npy.load(fixture('c_2d_int32.npy'));
    expect(npy.save(c, { fortranOrder: true })).toEqual(fixture('f_2d_int32.npy'));
  });
  it('npy.save(a, {fortranOrder: false}) of a Fortran array equals np.save(np.ascontiguousarray(a))', () => {
    const f = npy.load(fixture('f_2d_int32.npy'));
    expect(f.strides).toEqual([1, 2]);
    expect(npy.save(f, { fortranOrder: false })).toEqual(fixture('c_2d_int32.npy'));
  });
  it('npy.save of a 1-D array with a negative stride gathers it in order', () => {
    const a = new NDArray('int16', new Int16Array([1, 2, 3, 4, 5]), [3], [-2], 4);
    expect([...npy.load(npy.save(a)).data]).toEqual([5, 3, 1]);
  });
});

describe('npy.save / npy.load round trip for every dtype', () => {
  const byDType = Object.entries(manifest.npy).filter(([n]) => /^[a-z0-9]+\.npy$/.test(n) && !n.startsWith('view'));
  it('covers all 13 dtypes', () => {
    expect(new Set(byDType.map(([, e]) => e.dtype)).size).toBe(13);
  });
  for (const [name, e] of byDType) {
    it(`npy.save of a ${e.dtype} array parses back with the same values`, () => {
      const a = build(e);
      const bytes = npy.save(a);
      const h = readNpyHeader(bytes);
      expect(h.dtype).toBe(e.dtype);
      expect(h.version).toEqual([1, 0]);
      expect(h.dataOffset % 64).toBe(0);
      expect(h.dataBytes).toBe(a.size * DTYPES[e.dtype].itemSize);
      expectArray(npy.load(bytes), e);
      expect(bytes).toEqual(fixture(name));
    });
  }
  it('npy.save of a 0-d array with fortranOrder: true still loads as the scalar', () => {
    const a = new NDArray('float64', new Float64Array([2.5]), []);
    const back = npy.load(npy.save(a, { fortranOrder: true }));
    expect(back.shape).toEqual([]);
    expect(back.data[0]).toBe(2.5);
  });
  it('npy.save writes format 2.0 when the header outgrows 64 KiB', () => {
    const shape = new Array<number>(25_000).fill(1);
    const a = new NDArray('float64', new Float64Array([7]), shape);
    const bytes = npy.save(a);
    const h = readNpyHeader(bytes);
    expect(h.version).toEqual([2, 0]);
    expect(h.dataOffset % 64).toBe(0);
    expect(bytes.length).toBe(h.dataOffset + 8);
    const back = npy.load(bytes);
    expect(back.shape.length).toBe(25_000);
    expect(back.data[0]).toBe(7);
  });
  it('npy.save normalises bool storage to 0/1', () => {
    const a = new NDArray('bool', new Uint8Array([0, 2, 255]), [3]);
    expect([...npy.load(npy.save(a)).data]).toEqual([0, 1, 1]);
  });
});

describe('npy.load input handling', () => {
  const bytes = fixture('float64.npy');
  const e = manifest.npy['float64.npy'] as Expected;
  it('npy.load accepts an ArrayBuffer', () => {
    expectArray(npy.load(bytes.slice().buffer), e);
  });
  it('npy.load copies from an unaligned offset into an aligned buffer', () => {
    const big = new Uint8Array(bytes.length + 3);
    big.set(bytes, 3);
    const a = npy.load(big.subarray(3));
    expectArray(a, e);
    expect(a.data.byteOffset % 8).toBe(0);
  });
  it('npy.load does not alias its input (a Node Buffer included)', () => {
    const buf = readFileSync(new URL('int32.npy', FIXTURES));
    const a = npy.load(buf);
    buf.fill(0);
    expectArray(a, manifest.npy['int32.npy'] as Expected);
  });
  it('npy.load normalises bool bytes other than 0/1 to 1', () => {
    const f = npyFile("{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }", new Uint8Array([0, 2, 255]));
    expect([...npy.load(f).data]).toEqual([0, 1, 1]);
  });
  it("npy.load accepts a Python 2 header with 'L' suffixes, double quotes and no trailing comma", () => {
    const f = npyFile('{"descr": "<f8", "shape": (2L,), "fortran_order": False}', f8(1, 2));
    expect([...npy.load(f).data]).toEqual([1, 2]);
  });
  it("npy.load reads '>' data of every byte width into native order", () => {
    const f = npyFile("{'descr': '>u2', 'fortran_order': False, 'shape': (2,), }", new Uint8Array([1, 2, 0xff, 0]));
    expect([...npy.load(f).data]).toEqual([0x0102, 0xff00]);
  });
  it('npy.readHeader describes a file without reading its data', () => {
    const h = npy.readHeader(fixture('f_3d_be_float32.npy'));
    expect(h).toMatchObject({
      descr: '>f4',
      dtype: 'float32',
      littleEndian: false,
      fortranOrder: true,
      shape: [2, 3, 4],
    });
    expect(npy.readHeader(fixture('v2_float64.npy')).version).toEqual([2, 0]);
    expect(npy.readHeader(fixture('v3_int16.npy')).version).toEqual([3, 0]);
  });
  it('npy.load(a non-bytes value) is a ValueError', () => {
    expectThrow(
      () => loadNpy('abc' as unknown as Uint8Array),
      ValueError,
      'npy.load: expected a Uint8Array or ArrayBuffer, got String',
    );
  });
  it('npy.save(a non-array) is a ValueError', () => {
    expectThrow(() => saveNpy({} as NDArray), ValueError, 'npy.save: expected an NDArray, got Object');
  });
});

describe('npy.load refuses unsupported dtypes with DTypeError naming the descr', () => {
  for (const [name, descr] of Object.entries(manifest.unsupported)) {
    it(`npy.load(${name}) throws DTypeError for ${descr}`, () => {
      let err: unknown;
      try {
        npy.load(fixture(name));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DTypeError);
      expect((err as Error).message).toContain(`unsupported dtype descr ${descr}`);
    });
  }
  it('names what an unsupported descr is', () => {
    expectThrow(
      () => npy.load(fixture('unsupported_f2.npy')),
      DTypeError,
      "npy.load: unsupported dtype descr '<f2' (float16)",
    );
    expectThrow(
      () => npy.load(fixture('unsupported_struct.npy')),
      DTypeError,
      "npy.load: unsupported dtype descr [('x', '<i4'), ('y', '<f8')] (structured dtypes are not supported)",
    );
  });
  it('an unknown descr or a non-string descr is a DTypeError', () => {
    expectThrow(
      () => npy.load(npyFile("{'descr': '<x4', 'fortran_order': False, 'shape': (), }", new Uint8Array(4))),
      DTypeError,
      "npy.load: unsupported dtype descr '<x4'",
    );
    expectThrow(
      () => npy.load(npyFile("{'descr': 8, 'fortran_order': False, 'shape': (), }")),
      DTypeError,
      'npy.load: unsupported dtype descr 8',
    );
  });
});

describe('npy.load rejects malformed input with ValueError', () => {
  const good = fixture('float64.npy');
  const hdr = (shape: string, descr = '<f8', fortran = 'False'): string =>
    `{'descr': '${descr}', 'fortran_order': ${fortran}, 'shape': ${shape}, }`;

  it('bad magic', () => {
    expectThrow(
      () => npy.load(ascii('PK\x03\x04 this is a zip, not npy')),
      ValueError,
      'npy.load: not a .npy file: the magic string is not \\x93NUMPY (got bytes 50 4b 03 04 20 74)',
    );
  });
  it('input shorter than the preamble', () => {
    expectThrow(
      () => npy.load(good.subarray(0, 9)),
      ValueError,
      'npy.load: input of 9 bytes is too short to be a .npy file',
    );
    expectThrow(
      () => npy.load(npyFile(hdr('()'), new Uint8Array(0), { version: 2 }).subarray(0, 11)),
      ValueError,
      /too short for a version 2.0 header/,
    );
  });
  it('unknown version', () => {
    const v4 = good.slice();
    v4[6] = 4;
    expectThrow(
      () => npy.load(v4),
      ValueError,
      'npy.load: unsupported .npy format version 4.0 (expected 1.0, 2.0 or 3.0)',
    );
    const v11 = good.slice();
    v11[7] = 1;
    expectThrow(() => npy.load(v11), ValueError, /version 1\.1/);
  });
  it('header length beyond the file', () => {
    expectThrow(
      () => npy.load(npyFile(hdr('(1,)'), f8(1), { length: 0xffff })),
      ValueError,
      'npy.load: header length 65535 extends past the end of the input (126 bytes follow the length field)',
    );
    expectThrow(
      () => npy.load(npyFile(hdr('(1,)'), f8(1), { version: 2, length: 0xfffffff0 })),
      ValueError,
      /header length 4294967280 extends past the end/,
    );
    expectThrow(
      () => npy.load(good.subarray(0, 50)),
      ValueError,
      /header length 118 extends past the end of the input \(40 bytes/,
    );
  });
  it('header that is not a dict', () => {
    expectThrow(
      () => npy.load(npyFile("['descr', '<f8']")),
      ValueError,
      "npy.load: header is not a dictionary: ['descr', '<f8']",
    );
  });
  it('header with missing, extra or repeated keys', () => {
    expectThrow(
      () => npy.load(npyFile("{'descr': '<f8', 'shape': (1,)}", f8(1))),
      ValueError,
      "npy.load: header is missing the key 'fortran_order'",
    );
    expectThrow(
      () => npy.load(npyFile('{}')),
      ValueError,
      "npy.load: header is missing the keys 'descr', 'fortran_order', 'shape'",
    );
    expectThrow(
      () => npy.load(npyFile("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'x': 1}", f8(1))),
      ValueError,
      "npy.load: header does not contain the correct keys: ['descr', 'fortran_order', 'shape', 'x'] (expected 'descr', 'fortran_order', 'shape' once each)",
    );
    expectThrow(
      () => npy.load(npyFile("{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': ()}", f8(1))),
      ValueError,
      /correct keys: \['descr', 'descr'/,
    );
  });
  it('header that is not a literal (nothing is evaluated)', () => {
    expectThrow(
      () => npy.load(npyFile("{'descr': __import__('os').system('echo hi'), 'fortran_order': False, 'shape': ()}")),
      ValueError,
      /^npy\.load: cannot parse header at position 10: expected a number in "\{'descr': __import__/,
    );
    expectThrow(
      () => npy.load(npyFile("{'descr': '<f8'")),
      ValueError,
      /cannot parse header at position 54: expected ',' or '\}' in "\{'descr': '<f8' +\\n"$/,
    );
    expectThrow(() => npy.load(npyFile("{'descr': '<f8}")), ValueError, /unterminated string/);
    expectThrow(() => npy.load(npyFile(`${hdr('(1,)')} trailing`)), ValueError, /unexpected text after the literal/);
    expectThrow(() => npy.load(npyFile('['.repeat(5000))), ValueError, /nesting deeper than 32/);
  });
  it('shape that is not a tuple of integers', () => {
    expectThrow(
      () => npy.load(npyFile(hdr('[2]'), f8(1, 2))),
      ValueError,
      'npy.load: shape is not a tuple of integers: [2]',
    );
    expectThrow(
      () => npy.load(npyFile(hdr('(2)'), f8(1, 2))),
      ValueError,
      'npy.load: shape is not a tuple of integers: 2',
    );
    expectThrow(
      () => npy.load(npyFile(hdr('(2.0,)'), f8(1, 2))),
      ValueError,
      'npy.load: shape is not a tuple of integers: (2.0,)',
    );
    expectThrow(
      () => npy.load(npyFile(hdr('(1e15,)'))),
      ValueError,
      /shape is not a tuple of integers: \(1000000000000000\.0,\)/,
    );
    expectThrow(
      () => npy.load(npyFile(hdr("('2',)"), f8(1, 2))),
      ValueError,
      "npy.load: shape is not a tuple of integers: ('2',)",
    );
  });
  it('fortran_order that is not a bool', () => {
    expectThrow(
      () => npy.load(npyFile(hdr('(1,)', '<f8', '0'), f8(1))),
      ValueError,
      'npy.load: fortran_order is not a bool: 0',
    );
  });
  it('negative dimensions', () => {
    expectThrow(
      () => npy.load(npyFile(hdr('(-1, 3)'))),
      ValueError,
      'npy.load: shape (-1, 3) has a negative dimension -1',
    );
  });
  it('a lying header: more elements than bytes (checked before allocating)', () => {
    expectThrow(
      () => npy.load(npyFile(hdr('(100,)'), f8(1))),
      ValueError,
      "npy.load: data is truncated or the header lies: shape (100,) of '<f8' needs 800 bytes but only 8 follow the header",
    );
    expectThrow(
      () => npy.load(npyFile(hdr('(1000000, 1000000, 1000)'))),
      ValueError,
      /shape \(1000000, 1000000, 1000\) of '<f8' needs 8000000000000000 bytes but only 0 follow/,
    );
  });
  it('absurd shapes beyond 2^53 bytes', () => {
    expectThrow(
      () => npy.load(npyFile(hdr('(1099511627776, 1099511627776)'))),
      ValueError,
      "npy.load: shape (1099511627776, 1099511627776) of '<f8' describes 1.2089258196146292e+24 elements, more than can be addressed",
    );
    expectThrow(
      () => npy.load(npyFile(hdr('(100000000000000000000,)'))),
      ValueError,
      'npy.load: shape (100000000000000000000,) has a dimension 100000000000000000000 too large to address',
    );
    expectThrow(() => npy.load(npyFile(hdr('(1125899906842624,)', '<c16'))), ValueError, /more than can be addressed/);
  });
  it('a lying header: fewer elements than bytes', () => {
    expectThrow(
      () => npy.load(npyFile(hdr('(1,)'), f8(1, 2))),
      ValueError,
      "npy.load: 8 unexpected bytes after the data: shape (1,) of '<f8' needs 8 bytes but 16 follow the header",
    );
    expectThrow(
      () => npy.load(npyFile(hdr('(0, 3)'), f8(1))),
      ValueError,
      /8 unexpected bytes after the data: shape \(0, 3\)/,
    );
  });
  it('truncated data', () => {
    expectThrow(
      () => npy.load(good.subarray(0, good.length - 1)),
      ValueError,
      "npy.load: data is truncated or the header lies: shape (2, 5) of '<f8' needs 80 bytes but only 79 follow the header",
    );
  });
  it('a version 3.0 header that is not UTF-8', () => {
    const f = npyFile(hdr('()'), f8(1), { version: 3 });
    f[13] = 0xff;
    expectThrow(() => npy.load(f), ValueError, 'npy.load: version 3.0 header is not valid UTF-8');
  });
});

describe('npz.load reads NumPy archives', () => {
  for (const [name, members] of Object.entries(manifest.npz)) {
    it(`npz.load(${name}) gives ${Object.keys(members).join(', ')}`, () => {
      const r = npz.load(fixture(name));
      expect(Object.keys(r)).toEqual(Object.keys(members));
      for (const [key, e] of Object.entries(members)) expectArray(r[key] as NDArray, e);
    });
  }
  it('npz.load keeps a Fortran-order member in Fortran strides', () => {
    expect(npz.load(fixture('npz_deflated.npz')).fortran?.strides).toEqual([1, 2]);
  });
});

describe('npz.save writes archives that load back', () => {
  const members = manifest.npz['npz_stored.npz'] as Record<string, Expected>;
  const record = Object.fromEntries(Object.entries(members).map(([k, e]) => [k, build(e)]));
  for (const compress of [false, true]) {
    it(`npz.save(record, {compress: ${compress}}) round-trips every member`, () => {
      const bytes = npz.save(record, { compress });
      const entries = readZipEntries(bytes);
      expect(entries.map((x) => x.name)).toEqual(Object.keys(members).map((k) => `${k}.npy`));
      expect(entries.every((x) => x.method === (compress ? 8 : 0))).toBe(true);
      const back = npz.load(bytes);
      for (const [key, e] of Object.entries(members)) expectArray(back[key] as NDArray, e);
    });
  }
  it('npz.save stores each member as npy.save writes it', () => {
    const a = record.a as NDArray;
    const bytes = npz.save({ a });
    const [entry] = readZipEntries(bytes);
    expect(bytes.subarray(entry?.dataOffset, (entry?.dataOffset ?? 0) + (entry?.size ?? 0))).toEqual(npy.save(a));
  });
  it('npz.save is deterministic (fixed timestamps)', () => {
    expect(npz.save(record, { compress: true })).toEqual(npz.save(record, { compress: true }));
  });
  it('npz.save of no arrays is an empty archive', () => {
    expect(npz.load(npz.save({}))).toEqual({});
  });
  it('npz.save keeps a "__proto__" key as data', () => {
    const a = record.scalar as NDArray;
    const back = npz.load(npz.save({ ['__proto__']: a }));
    expect(Object.keys(back)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });
  it('npz.save rejects values that are not arrays', () => {
    expectThrow(() => npz.save({ a: [1, 2] as unknown as NDArray }), ValueError, 'npz.save: "a" is not an NDArray');
    expectThrow(
      () => npz.save(record.a as unknown as Record<string, NDArray>),
      ValueError,
      'npz.save: expected an object mapping names to arrays',
    );
  });
});

// Locates the central-directory record of a member by scanning for its signature and name.
function centralRecord(zip: Uint8Array, name: string): number {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let p = 0; p + 46 <= zip.length; p++) {
    if (dv.getUint32(p, true) !== 0x02014b50) continue;
    const n = dv.getUint16(p + 28, true);
    if (String.fromCharCode(...zip.subarray(p + 46, p + 46 + n)) === name) return p;
  }
  throw new Error(`no central record for ${name}`);
}

describe('npz.load rejects malformed archives with ValueError', () => {
  const a = npy.save(new NDArray('float64', new Float64Array([1, 2, 3]), [3]));
  const stored = (): Uint8Array => zipSync({ 'a.npy': [a, { level: 0 }], 'b.npy': [a, { level: 0 }] });
  const patch32 = (zip: Uint8Array, at: number, v: number): void =>
    new DataView(zip.buffer, zip.byteOffset).setUint32(at, v, true);

  it('input that is not a zip', () => {
    expectThrow(
      () => npz.load(fixture('float64.npy')),
      ValueError,
      'npz.load: not a valid zip archive: no end-of-central-directory record',
    );
    expectThrow(() => npz.load(new Uint8Array(3)), ValueError, /no end-of-central-directory record/);
  });
  it('a truncated archive', () => {
    const z = fixture('npz_stored.npz');
    expectThrow(() => npz.load(z.subarray(0, z.length - 30)), ValueError, /not a valid zip archive/);
    const cut = z.slice();
    // Keep the directory but claim it lies further out than the file reaches.
    const dv = new DataView(cut.buffer);
    dv.setUint32(cut.length - 6, z.length, true);
    expectThrow(() => npz.load(cut), ValueError, /central directory \[\d+, \d+\) lies past the end/);
  });
  it('a member that is not .npy names the member', () => {
    expectThrow(
      () => npz.load(fixture('bad_member.npz')),
      ValueError,
      'npz.load: member "notes.txt" is not a .npy file (no \\x93NUMPY magic)',
    );
  });
  it('a member whose .npy is broken names the member', () => {
    const z = zipSync({ 'x.npy': [a.subarray(0, a.length - 8), { level: 0 }] });
    expectThrow(() => npz.load(z), ValueError, /^npz\.load: member "x\.npy": data is truncated or the header lies/);
  });
  it('duplicate member names (as Python zipfile writes them)', () => {
    expectThrow(
      () => npz.load(fixture('bad_duplicate.npz')),
      ValueError,
      'npz.load: duplicate member name "a.npy" in the archive',
    );
  });
  it('two members that map to one key', () => {
    const z = zipSync({ a: [a, { level: 0 }], 'a.npy': [a, { level: 0 }] });
    expectThrow(() => npz.load(z), ValueError, 'npz.load: two members map to the key "a"');
  });
  it('a declared size that does not match a stored member', () => {
    const z = stored();
    patch32(z, centralRecord(z, 'b.npy') + 24, a.length + 1);
    expectThrow(
      () => npz.load(z),
      ValueError,
      `npz.load: member "b.npy" declares ${a.length + 1} bytes but stores ${a.length} uncompressed bytes`,
    );
  });
  it('a zip-bomb-like declared size is refused before allocating', () => {
    const z = zipSync({ 'a.npy': [a, { level: 6 }] });
    const rec = centralRecord(z, 'a.npy');
    const csize = new DataView(z.buffer).getUint32(rec + 20, true);
    patch32(z, rec + 24, 0xfffffff0);
    expectThrow(
      () => npz.load(z),
      ValueError,
      `npz.load: member "a.npy" declares 4294967280 bytes from ${csize} compressed bytes, more than DEFLATE can produce`,
    );
  });
  it('a deflated member that inflates to more or less than declared', () => {
    const big = zipSync({ 'a.npy': [a, { level: 6 }] });
    patch32(big, centralRecord(big, 'a.npy') + 24, a.length - 8);
    expectThrow(
      () => npz.load(big),
      ValueError,
      `npz.load: member "a.npy" declares ${a.length - 8} bytes but inflates to more`,
    );
    const small = zipSync({ 'a.npy': [a, { level: 6 }] });
    patch32(small, centralRecord(small, 'a.npy') + 24, a.length + 8);
    expectThrow(
      () => npz.load(small),
      ValueError,
      `npz.load: member "a.npy" declares ${a.length + 8} bytes but inflates to ${a.length}`,
    );
  });
  it('corrupt member data fails the CRC check', () => {
    const z = stored();
    const e = readZipEntries(z).find((x) => x.name === 'a.npy');
    const at = (e?.dataOffset ?? 0) + 130;
    z[at] = (z[at] as number) ^ 0xff;
    expectThrow(
      () => npz.load(z),
      ValueError,
      /^npz\.load: member "a\.npy" fails its CRC-32 check \(stored [0-9a-f]{8}, computed [0-9a-f]{8}\)$/,
    );
  });
  it('corrupt DEFLATE data', () => {
    const z = zipSync({ 'a.npy': [a, { level: 6 }] });
    const e = readZipEntries(z)[0];
    z.fill(0xff, e?.dataOffset, (e?.dataOffset ?? 0) + 4);
    expectThrow(
      () => npz.load(z),
      ValueError,
      /^npz\.load: member "a\.npy" (has corrupt DEFLATE data|declares \d+ bytes but inflates|fails its CRC)/,
    );
  });
  it('an unsupported compression method or an encrypted member', () => {
    const z = stored();
    new DataView(z.buffer).setUint16(centralRecord(z, 'a.npy') + 10, 12, true);
    expectThrow(() => npz.load(z), ValueError, 'npz.load: member "a.npy" uses unsupported compression method 12');
    const enc = stored();
    new DataView(enc.buffer).setUint16(centralRecord(enc, 'b.npy') + 8, 1, true);
    expectThrow(() => npz.load(enc), ValueError, 'npz.load: member "b.npy" is encrypted');
  });
  it('a member offset or size pointing outside the archive', () => {
    const z = stored();
    patch32(z, centralRecord(z, 'b.npy') + 42, z.length + 100);
    expectThrow(() => npz.load(z), ValueError, /not a valid zip archive: member "b\.npy" has no local header/);
    const t = stored();
    const rec = centralRecord(t, 'b.npy');
    patch32(t, rec + 20, 0x7fffffff);
    patch32(t, rec + 24, 0x7fffffff);
    expectThrow(() => npz.load(t), ValueError, /member "b\.npy" is truncated: 2147483647 bytes declared/);
  });
  it('a lying entry count', () => {
    const z = stored();
    new DataView(z.buffer).setUint16(z.length - 12, 60000, true);
    expectThrow(() => npz.load(z), ValueError, /60000 entries cannot fit a \d+-byte central directory/);
  });
});

describe('crc32', () => {
  it('crc32("123456789") is the standard check value cbf43926', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
  });
});
