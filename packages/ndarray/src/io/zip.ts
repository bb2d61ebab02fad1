/**
 * A strict ZIP reader for `.npz` archives: walks the central directory itself (so duplicate names,
 * encryption, impossible sizes and CRC errors are caught) and leaves DEFLATE to fflate.
 */
import { Inflate } from 'fflate';
import { ValueError } from '../errors.js';

/**
 * One member of a ZIP archive, as its central directory describes it.
 *
 * @example
 * ```ts
 * const bytes = npz.save({ a: zeros([2]) });
 * readZipEntries(bytes).map((e) => `${e.name}: ${e.size} bytes`); // ['a.npy: 144 bytes']
 * ```
 */
export interface ZipEntry {
  /** The member's file name. */
  readonly name: string;
  /** Compression method: 0 stored, 8 deflated. */
  readonly method: number;
  /** CRC-32 of the uncompressed data. */
  readonly crc32: number;
  /** Bytes of stored (compressed) data. */
  readonly compressedSize: number;
  /** Bytes of data once uncompressed, as declared. */
  readonly size: number;
  /** Offset of the member's compressed data in the archive. */
  readonly dataOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
// DEFLATE codes at most 258 bytes per 2 bits, so no stream expands more than 1032-fold.
const MAX_DEFLATE_RATIO = 1032;

// Names without the UTF-8 flag are CP437 (the ZIP default); its upper half, in order.
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

let crcTable: Uint32Array | undefined;

/**
 * CRC-32 (the ZIP/PNG polynomial) of some bytes.
 *
 * @example
 * ```ts
 * crc32(new TextEncoder().encode('123456789')).toString(16); // 'cbf43926'
 * ```
 */
export function crc32(bytes: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const t = crcTable;
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (t[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function decodeName(raw: Uint8Array, utf8: boolean, where: string): string {
  if (utf8) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      throw new ValueError(`${where}: a member name flagged UTF-8 is not valid UTF-8`);
    }
  }
  let s = '';
  for (const b of raw) s += b < 0x80 ? String.fromCharCode(b) : (CP437_HIGH[b - 0x80] as string);
  return s;
}

/**
 * Lists the members of a ZIP archive from its central directory (ZIP64 included), checking that
 * every record lies inside the input, that no name repeats, and that no member is encrypted.
 *
 * @param bytes - the archive.
 * @param where - prefix for error messages.
 * @returns the members in directory order.
 * @throws {ValueError} when the bytes are not a well-formed ZIP archive.
 * @example
 * ```ts
 * import { zipSync } from 'fflate';
 * readZipEntries(zipSync({ 'a.npy': saveNpy(zeros([2])) })).map((e) => e.name); // ['a.npy']
 * ```
 */
export function readZipEntries(bytes: Uint8Array, where = 'readZipEntries'): ZipEntry[] {
  const n = bytes.length;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (p: number): number => dv.getUint16(p, true);
  const u32 = (p: number): number => dv.getUint32(p, true);
  const u64 = (p: number, what: string): number => {
    const v = u32(p) + u32(p + 4) * 2 ** 32;
    if (!Number.isSafeInteger(v)) throw new ValueError(`${where}: ZIP64 ${what} ${v} is too large`);
    return v;
  };
  const notZip = (why: string): never => {
    throw new ValueError(`${where}: not a valid zip archive: ${why}`);
  };

  // The end-of-central-directory record: 22 bytes plus a comment of up to 65535 bytes.
  let eocd = -1;
  for (let p = n - 22; p >= 0 && p >= n - 22 - 0xffff; p--) {
    if (u32(p) === SIG_EOCD && p + 22 + u16(p + 20) <= n) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) notZip('no end-of-central-directory record');
  if (u16(eocd + 4) !== 0 || u16(eocd + 6) !== 0) notZip('multi-disk archives are not supported');
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  const loc = eocd - 20;
  if (loc >= 0 && u32(loc) === SIG_EOCD64_LOCATOR) {
    const rec = u64(loc + 8, 'directory offset');
    if (rec + 56 > n || u32(rec) !== SIG_EOCD64) notZip('bad ZIP64 end-of-central-directory record');
    count = u64(rec + 32, 'entry count');
    cdSize = u64(rec + 40, 'directory size');
    cdOffset = u64(rec + 48, 'directory offset');
  }
  if (cdOffset + cdSize > n)
    notZip(`central directory [${cdOffset}, ${cdOffset + cdSize}) lies past the end (${n} bytes)`);
  // Each central record takes at least 46 bytes, which bounds a lying entry count.
  if (count * 46 > cdSize) notZip(`${count} entries cannot fit a ${cdSize}-byte central directory`);

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cdOffset + cdSize || u32(p) !== SIG_CENTRAL) notZip(`bad central directory record ${i}`);
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const crc = u32(p + 16);
    let compressedSize = u32(p + 20);
    let size = u32(p + 24);
    const nameLen = u16(p + 28);
    const extraLen = u16(p + 30);
    const commentLen = u16(p + 32);
    let local = u32(p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > cdOffset + cdSize) notZip(`central directory record ${i} runs past the directory`);
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0, where);
    // ZIP64: the extra field holds the 64-bit values whose 32-bit slots are saturated, in this order.
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = u16(e);
      const len = u16(e + 2);
      if (e + 4 + len > p + 46 + nameLen + extraLen)
        notZip(`member ${JSON.stringify(name)} has a malformed extra field`);
      if (id === 0x0001) {
        let q = e + 4;
        const take = (what: string): number => {
          if (q + 8 > e + 4 + len) notZip(`member ${JSON.stringify(name)} has a short ZIP64 extra field`);
          const v = u64(q, what);
          q += 8;
          return v;
        };
        if (size === 0xffffffff) size = take('size');
        if (compressedSize === 0xffffffff) compressedSize = take('compressed size');
        if (local === 0xffffffff) local = take('offset');
      }
      e += 4 + len;
    }
    p = end;
    if (seen.has(name)) throw new ValueError(`${where}: duplicate member name ${JSON.stringify(name)} in the archive`);
    seen.add(name);
    if (flags & 0x1) throw new ValueError(`${where}: member ${JSON.stringify(name)} is encrypted`);
    if (local + 30 > n || u32(local) !== SIG_LOCAL)
      notZip(`member ${JSON.stringify(name)} has no local header at ${local}`);
    const dataOffset = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataOffset + compressedSize > n) {
      throw new ValueError(
        `${where}: member ${JSON.stringify(name)} is truncated: ${compressedSize} bytes declared at offset ${dataOffset}, archive has ${n}`,
      );
    }
    entries.push({ name, method, crc32: crc, compressedSize, size, dataOffset });
  }
  return entries;
}

/**
 * Inflates a DEFLATE stream but stops once it produces more than `size` bytes, so a member that
 * declares fewer bytes than it holds costs about its declared size, not its real one (a 48 KB
 * stream of 50 MB of zeros declaring 100 bytes stops in ~5 ms instead of ~0.9 s). Input is fed in
 * slices no larger than the remaining budget could come from (DEFLATE expands at most ~1032x),
 * so large honest members still go in large slices. Returns the bytes (one more than `size`
 * when the stream goes on: the caller reports it).
 */
function inflateBounded(raw: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size + 1);
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over) return;
    const room = out.length - total;
    if (chunk.length > room) {
      out.set(chunk.subarray(0, room), total);
      total += room;
      over = true;
      return;
    }
    out.set(chunk, total);
    total += chunk.length;
  });
  let i = 0;
  while (i < raw.length && !over) {
    const step = Math.min(65536, Math.max(64, Math.floor((size + 1 - total) / MAX_DEFLATE_RATIO) + 64));
    const end = Math.min(raw.length, i + step);
    inflater.push(raw.subarray(i, end), end === raw.length);
    i = end;
  }
  return total === out.length ? out : out.subarray(0, total);
}

/**
 * The uncompressed bytes of one member, checked against its declared size and CRC-32. The
 * declared size is vetted before anything is allocated (a stored member must declare its stored
 * size; a deflated one at most 1032 times its compressed size), so a lying directory cannot make
 * this allocate more than the input could really expand to.
 *
 * @throws {ValueError} on an unsupported method, a size that does not match, corrupt DEFLATE
 *   data or a CRC mismatch.
 * @example
 * ```ts
 * import { zipSync } from 'fflate';
 * const zip = zipSync({ 'a.txt': [new TextEncoder().encode('hi'), { level: 6 }] });
 * new TextDecoder().decode(readZipEntry(zip, readZipEntries(zip)[0]!)); // 'hi'
 * ```
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, where = 'readZipEntry'): Uint8Array {
  const name = JSON.stringify(entry.name);
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.size !== entry.compressedSize) {
      throw new ValueError(
        `${where}: member ${name} declares ${entry.size} bytes but stores ${entry.compressedSize} uncompressed bytes`,
      );
    }
    out = raw;
  } else if (entry.method === 8) {
    if (entry.size > entry.compressedSize * MAX_DEFLATE_RATIO + 64) {
      throw new ValueError(
        `${where}: member ${name} declares ${entry.size} bytes from ${entry.compressedSize} compressed bytes, more than DEFLATE can produce`,
      );
    }
    let inflated: Uint8Array;
    try {
      inflated = inflateBounded(raw, entry.size);
    } catch (e) {
      throw new ValueError(`${where}: member ${name} has corrupt DEFLATE data (${(e as Error).message})`);
    }
    if (inflated.length !== entry.size) {
      throw new ValueError(
        `${where}: member ${name} declares ${entry.size} bytes but inflates to ${inflated.length > entry.size ? 'more' : inflated.length}`,
      );
    }
    out = inflated;
  } else {
    throw new ValueError(`${where}: member ${name} uses unsupported compression method ${entry.method}`);
  }
  const crc = crc32(out);
  if (crc !== entry.crc32) {
    throw new ValueError(
      `${where}: member ${name} fails its CRC-32 check (stored ${entry.crc32.toString(16).padStart(8, '0')}, computed ${crc.toString(16).padStart(8, '0')})`,
    );
  }
  return out;
}
