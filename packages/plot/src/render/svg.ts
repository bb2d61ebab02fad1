/** The SVG writer: a Renderer that accumulates deterministic SVG text (numbers rounded, ids numbered in drawing order). */
import { pathRound } from 'd3-path';
import { zlibSync } from 'fflate';
import { type RGBA, toHex } from '../color.js';
import { TEXT_ASCENT, TEXT_DESCENT, type TextRun, advanceEm } from '../text.js';
import type { MarkerSpec, PathContext, PathStyle, Rect, Renderer, TextStyle } from './renderer.js';

/** Rounds to 2 decimals and drops trailing zeros, so the same figure always gives the same bytes. */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Rounds to 6 significant decimals (scale factors, where 2 decimals are too coarse). */
function num4(v: number): string {
  return String(Math.round(v * 1e6) / 1e6);
}

/** Escapes text for SVG content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function paint(kind: 'fill' | 'stroke', c: RGBA | null | undefined): string {
  if (!c || c[3] === 0) return ` ${kind}="none"`;
  const a = c[3] < 1 ? ` ${kind}-opacity="${num(c[3] * 1000) === '0' ? 0 : Math.round(c[3] * 1000) / 1000}"` : '';
  return ` ${kind}="${toHex(c)}"${a}`;
}

function styleAttrs(s: PathStyle): string {
  let out = paint('fill', s.fill) + paint('stroke', s.stroke);
  if (s.crisp) out += ' shape-rendering="crispEdges"';
  if (s.stroke && s.stroke[3] > 0) {
    out += ` stroke-width="${num(s.lineWidth ?? 1)}"`;
    if (s.dash?.length) out += ` stroke-dasharray="${s.dash.map(num).join(' ')}"`;
    if (s.lineCap && s.lineCap !== 'butt') out += ` stroke-linecap="${s.lineCap}"`;
    if (s.lineJoin && s.lineJoin !== 'miter') out += ` stroke-linejoin="${s.lineJoin}"`;
  }
  return out;
}

/** The y of the baseline for a text box aligned at `y`. */
export function baselineY(y: number, size: number, baseline: TextStyle['baseline']): number {
  switch (baseline) {
    case 'top':
      return y + TEXT_ASCENT * size;
    case 'center':
      return y + ((TEXT_ASCENT - TEXT_DESCENT) * size) / 2;
    case 'bottom':
      return y - TEXT_DESCENT * size;
    default:
      return y;
  }
}

/** Minimal PNG encoder (RGBA, 8-bit, no filter) for raster images embedded in SVG. */
export function encodePNG(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Uint8Array {
  const raw = new Uint8Array((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const idat = zlibSync(raw, { level: 6 });
  const chunks: Uint8Array[] = [Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)];
  const ihdr = new Uint8Array(13);
  const dv = new DataView(ihdr.buffer);
  dv.setUint32(0, width);
  dv.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  chunks.push(chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0)));
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

let CRC_TABLE: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function base64(bytes: Uint8Array): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let s = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    s += A[n >> 18]! + A[(n >> 12) & 63]! + A[(n >> 6) & 63]! + A[n & 63]!;
  }
  if (i < bytes.length) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8);
    s += `${A[n >> 18]! + A[(n >> 12) & 63]! + (i + 1 < bytes.length ? A[(n >> 6) & 63]! : '=')}=`;
  }
  return s;
}

/** Accumulates SVG elements; `toString(width, height, background)` gives the document. */
export class SVGRenderer implements Renderer {
  private readonly parts: string[] = [];
  private readonly defs: string[] = [];
  private readonly markerIds = new Map<string, string>();
  private clipCount = 0;
  private imageCount = 0;

  constructor(private readonly fontFamily: string) {}

  path(build: (ctx: PathContext) => void, style: PathStyle): void {
    const p = pathRound(2);
    build(p as unknown as PathContext);
    const d = p.toString();
    if (d === '') return;
    this.parts.push(`<path d="${d}"${styleAttrs(style)}/>`);
  }

  markers(
    spec: MarkerSpec,
    xs: ArrayLike<number>,
    ys: ArrayLike<number>,
    style: PathStyle,
    colors?: readonly RGBA[] | null,
    scales?: ArrayLike<number> | null,
  ): void {
    let id = this.markerIds.get(spec.key);
    if (id === undefined) {
      id = `m${this.markerIds.size}`;
      this.markerIds.set(spec.key, id);
      const p = pathRound(3);
      spec.build(p as unknown as PathContext);
      this.defs.push(`<path id="${id}" d="${p.toString()}"/>`);
    }
    const out: string[] = [`<g${styleAttrs(style)}>`];
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const y = ys[i] as number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const c = colors ? colors[i % colors.length] : undefined;
      const s = scales ? (scales[i % scales.length] as number) : 1;
      const fill = c ? (spec.filled ? paint('fill', c) : paint('stroke', c)) : '';
      if (s === 1) out.push(`<use href="#${id}" x="${num(x)}" y="${num(y)}"${fill}/>`);
      else
        out.push(
          `<use href="#${id}" transform="translate(${num(x)} ${num(y)}) scale(${Math.round(s * 1000) / 1000})"${fill}/>`,
        );
    }
    out.push('</g>');
    this.parts.push(out.join(''));
  }

  text(x: number, y: number, runs: TextRun[], style: TextStyle): void {
    const by = baselineY(0, style.size, style.baseline);
    const rot = style.rotation ? ` transform="rotate(${num(-style.rotation)} ${num(x)} ${num(y)})"` : '';
    const weight = style.weight === 'bold' ? ' font-weight="bold"' : '';
    if (runs.some((r) => r.tex)) {
      // formulas from MathJax are paths: lay the runs out one after another along the baseline
      const size = style.size;
      const widths = runs.map((r) => (r.tex ? r.tex.width : advanceEm(r.text) * r.scale) * size);
      const total = widths.reduce((a, b) => a + b, 0);
      let cx = x - (style.anchor === 'middle' ? total / 2 : style.anchor === 'end' ? total : 0);
      const base = y + by;
      const hex = toHex(style.color);
      const body = runs.map((r, i) => {
        const at = cx;
        cx += widths[i] as number;
        if (r.tex) {
          return `<g transform="translate(${num(at)} ${num(base)}) scale(${num4(size / 1000)})"${paint('fill', style.color)}>${r.tex.svg.replace(/currentColor/g, hex)}</g>`;
        }
        const attrs =
          (r.shift !== 0 ? ` dy="${num(-r.shift * size)}"` : '') +
          (r.scale !== 1 ? ` font-size="${num(size * r.scale)}"` : '') +
          (r.italic ? ' font-style="oblique"' : '');
        return `<text x="${num(at)}" y="${num(base)}" font-size="${num(size)}" xml:space="preserve"${weight}${paint('fill', style.color)}><tspan${attrs}>${escapeXml(r.text)}</tspan></text>`;
      });
      this.parts.push(`<g${rot}>${body.join('')}</g>`);
      return;
    }
    let body: string;
    if (runs.length === 1 && runs[0]!.scale === 1 && runs[0]!.shift === 0 && !runs[0]!.italic) {
      body = escapeXml(runs[0]!.text);
    } else {
      let prevShift = 0;
      body = runs
        .map((r) => {
          const dy = -(r.shift - prevShift) * style.size;
          prevShift = r.shift;
          const attrs =
            (dy !== 0 ? ` dy="${num(dy)}"` : '') +
            (r.scale !== 1 ? ` font-size="${num(style.size * r.scale)}"` : '') +
            (r.italic ? ' font-style="oblique"' : '');
          return `<tspan${attrs}>${escapeXml(r.text)}</tspan>`;
        })
        .join('');
    }
    const anchor = style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
    this.parts.push(
      `<text x="${num(x)}" y="${num(y + by)}" font-size="${num(style.size)}"${anchor}${weight}${paint('fill', style.color)}${rot}>${body}</text>`,
    );
  }

  image(rect: Rect, rgba: Uint8ClampedArray, width: number, height: number, smooth: boolean): void {
    const png = encodePNG(rgba, width, height);
    const id = `img${this.imageCount++}`;
    this.parts.push(
      `<image id="${id}" x="${num(rect.x)}" y="${num(rect.y)}" width="${num(rect.width)}" height="${num(rect.height)}" preserveAspectRatio="none"${smooth ? '' : ' image-rendering="optimizeSpeed" style="image-rendering:pixelated"'} href="data:image/png;base64,${base64(png)}"/>`,
    );
  }

  clip(rect: Rect, draw: () => void): void {
    const id = `c${this.clipCount++}`;
    this.defs.push(
      `<clipPath id="${id}"><rect x="${num(rect.x)}" y="${num(rect.y)}" width="${num(rect.width)}" height="${num(rect.height)}"/></clipPath>`,
    );
    this.parts.push(`<g clip-path="url(#${id})">`);
    draw();
    this.parts.push('</g>');
  }

  /** Adds raw SVG (already escaped), e.g. a group opening tag. */
  raw(s: string): void {
    this.parts.push(s);
  }

  toString(width: number, height: number, title = 'figure'): string {
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-label="${escapeXml(title)}" font-family="${escapeXml(this.fontFamily)}, DejaVu Sans, Bitstream Vera Sans, sans-serif">`,
      `<title>${escapeXml(title)}</title>`,
      this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '',
      ...this.parts,
      '</svg>\n',
    ]
      .filter((s) => s !== '')
      .join('\n');
  }
}
