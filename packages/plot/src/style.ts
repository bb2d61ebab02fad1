/** Markers, line styles and matplotlib's format strings ('r--o'): names checked against their lists. */
import { symbol, symbolCircle, symbolCross, symbolSquare, symbolStar, symbolWye } from 'd3-shape';
import { unknownName } from './errors.js';
import type { MarkerSpec, PathContext } from './render/renderer.js';

/** matplotlib's marker codes. */
export type MarkerName =
  | '.'
  | ','
  | 'o'
  | 'v'
  | '^'
  | '<'
  | '>'
  | '1'
  | '2'
  | '3'
  | '4'
  | '8'
  | 's'
  | 'p'
  | 'P'
  | '*'
  | 'h'
  | 'H'
  | '+'
  | 'x'
  | 'X'
  | 'D'
  | 'd'
  | '|'
  | '_'
  | 'none'
  | '';

/** matplotlib's line styles (names and short codes). */
export type LineStyle = '-' | '--' | '-.' | ':' | 'solid' | 'dashed' | 'dashdot' | 'dotted' | 'none' | '' | ' ';

const polygon =
  (n: number, rot = 0, r = 0.5) =>
  (ctx: PathContext) => {
    for (let i = 0; i < n; i++) {
      const a = rot + (2 * Math.PI * i) / n;
      const x = r * Math.sin(a);
      const y = -r * Math.cos(a);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.closePath();
  };

/** d3-shape symbols sized by area; marker sizes are a width, so the area is derived per shape. */
const d3sym = (type: Parameters<typeof symbol>[0], areaPerWidth2: number) => (ctx: PathContext) => {
  symbol(type, areaPerWidth2).context(ctx as unknown as CanvasRenderingContext2D)();
};

/** Unit-width marker outlines (width 1, centred); `filled` false for line-only markers. */
const MARKERS: Record<string, { build: (ctx: PathContext) => void; filled: boolean; scale?: number }> = {
  '.': { build: d3sym(symbolCircle, Math.PI / 4), filled: true, scale: 0.5 },
  ',': { build: (c) => c.rect(-0.5, -0.5, 1, 1), filled: true, scale: 1 / 6 },
  o: { build: d3sym(symbolCircle, Math.PI / 4), filled: true },
  v: { build: polygon(3, Math.PI), filled: true },
  '^': { build: polygon(3), filled: true },
  '<': { build: polygon(3, -Math.PI / 2), filled: true },
  '>': { build: polygon(3, Math.PI / 2), filled: true },
  '8': { build: polygon(8, Math.PI / 8), filled: true },
  s: { build: d3sym(symbolSquare, 1), filled: true },
  p: { build: polygon(5), filled: true },
  P: { build: d3sym(symbolCross, 5 / 9), filled: true },
  '*': { build: d3sym(symbolStar, 0.3), filled: true, scale: 1.4 },
  h: { build: polygon(6), filled: true },
  H: { build: polygon(6, Math.PI / 6), filled: true },
  D: { build: polygon(4, 0, 0.5), filled: true },
  d: {
    build: (c) => {
      c.moveTo(0, -0.5);
      c.lineTo(0.3, 0);
      c.lineTo(0, 0.5);
      c.lineTo(-0.3, 0);
      c.closePath();
    },
    filled: true,
  },
  X: {
    build: (c) => {
      const a = 0.5;
      const b = 0.18;
      const pts = [
        [-a + b, -a],
        [0, -b],
        [a - b, -a],
        [a, -a + b],
        [b, 0],
        [a, a - b],
        [a - b, a],
        [0, b],
        [-a + b, a],
        [-a, a - b],
        [-b, 0],
        [-a, -a + b],
      ];
      pts.forEach(([x, y], i) => {
        if (i) c.lineTo(x as number, y as number);
        else c.moveTo(x as number, y as number);
      });
      c.closePath();
    },
    filled: true,
  },
  '+': {
    build: (c) => {
      c.moveTo(-0.5, 0);
      c.lineTo(0.5, 0);
      c.moveTo(0, -0.5);
      c.lineTo(0, 0.5);
    },
    filled: false,
  },
  x: {
    build: (c) => {
      c.moveTo(-0.5, -0.5);
      c.lineTo(0.5, 0.5);
      c.moveTo(-0.5, 0.5);
      c.lineTo(0.5, -0.5);
    },
    filled: false,
  },
  '|': {
    build: (c) => {
      c.moveTo(0, -0.5);
      c.lineTo(0, 0.5);
    },
    filled: false,
  },
  _: {
    build: (c) => {
      c.moveTo(-0.5, 0);
      c.lineTo(0.5, 0);
    },
    filled: false,
  },
  '1': { build: d3sym(symbolWye, 0.25), filled: false },
  '2': { build: (c) => tri(c, Math.PI), filled: false },
  '3': { build: (c) => tri(c, Math.PI / 2), filled: false },
  '4': { build: (c) => tri(c, -Math.PI / 2), filled: false },
};

function tri(c: PathContext, rot: number): void {
  for (let i = 0; i < 3; i++) {
    const a = rot + (2 * Math.PI * i) / 3;
    c.moveTo(0, 0);
    c.lineTo(0.5 * Math.sin(a), -0.5 * Math.cos(a));
  }
}

/**
 * The valid marker codes.
 *
 * @example
 * ```ts
 * MARKER_NAMES.includes('D'); // true
 * ```
 */
export const MARKER_NAMES: readonly string[] = Object.keys(MARKERS);

/** True for a known marker code or 'none'/''. */
export function isMarker(m: string): boolean {
  return m === 'none' || m === '' || Object.hasOwn(MARKERS, m);
}

/**
 * A marker shape scaled to `sizePx` pixels wide, ready for a Renderer; `null` for `'none'`/`''`.
 *
 * @example
 * ```ts
 * markerSpec('o', 8, 'plot')?.filled; // true
 * markerSpec('x', 8, 'plot')?.filled; // false
 * ```
 */
export function markerSpec(name: string, sizePx: number, fn: string): MarkerSpec | null {
  if (name === 'none' || name === '') return null;
  const m = MARKERS[name];
  if (m === undefined) throw unknownName(fn, 'marker', name, MARKER_NAMES);
  const s = sizePx * (m.scale ?? 1);
  return {
    key: `${name}:${Math.round(s * 1000)}`,
    filled: m.filled,
    build: (ctx) => {
      const scaled: PathContext = {
        moveTo: (x, y) => ctx.moveTo(x * s, y * s),
        lineTo: (x, y) => ctx.lineTo(x * s, y * s),
        closePath: () => ctx.closePath(),
        bezierCurveTo: (a, b, c2, d, x, y) => ctx.bezierCurveTo(a * s, b * s, c2 * s, d * s, x * s, y * s),
        quadraticCurveTo: (a, b, x, y) => ctx.quadraticCurveTo(a * s, b * s, x * s, y * s),
        arc: (x, y, r, a0, a1, ccw) => ctx.arc(x * s, y * s, r * s, a0, a1, ccw),
        arcTo: (a, b, c2, d, r) => ctx.arcTo(a * s, b * s, c2 * s, d * s, r * s),
        rect: (x, y, w, h) => ctx.rect(x * s, y * s, w * s, h * s),
      };
      m.build(scaled);
    },
  };
}

const DASHES: Record<string, readonly number[] | null> = {
  '-': null,
  solid: null,
  '--': [3.7, 1.6],
  dashed: [3.7, 1.6],
  '-.': [6.4, 1.6, 1, 1.6],
  dashdot: [6.4, 1.6, 1, 1.6],
  ':': [1, 1.65],
  dotted: [1, 1.65],
};

/**
 * The valid line style names.
 *
 * @example
 * ```ts
 * LINESTYLE_NAMES.includes('-.'); // true
 * ```
 */
export const LINESTYLE_NAMES: readonly string[] = [...Object.keys(DASHES), 'none'];

/**
 * The dash pattern of a line style, in multiples of the line width (matplotlib scales dashes with
 * the width); `null` for solid, `'none'` for no line.
 *
 * @example
 * ```ts
 * dashPattern('--', 'plot'); // [3.7, 1.6]
 * dashPattern('-', 'plot');  // null
 * ```
 */
export function dashPattern(ls: string, fn: string): readonly number[] | null | 'none' {
  if (ls === 'none' || ls === '' || ls === ' ' || ls === 'None') return 'none';
  if (!Object.hasOwn(DASHES, ls)) throw unknownName(fn, 'linestyle', ls, LINESTYLE_NAMES);
  return DASHES[ls] as readonly number[] | null;
}

/** What a format string says: colour, marker and line style, each optional. */
export interface FormatSpec {
  color?: string;
  marker?: string;
  linestyle?: string;
}

const FMT_COLORS = 'bgrcmykw';

/**
 * Parses matplotlib's `fmt` shorthand (`'r--o'`, `'k.'`, `'C2:'`, `'^'`): a colour letter or `CN`,
 * a marker code, a line style — in any order. A marker alone means no line, as in matplotlib.
 *
 * @throws ValueError naming the part that is not a colour, marker or line style
 *
 * @example
 * ```ts
 * parseFmt('r--o', 'plot'); // { color: "r", linestyle: "--", marker: "o" }
 * parseFmt('k.', 'plot');   // { color: "k", marker: ".", linestyle: "none" }
 * ```
 */
export function parseFmt(fmt: string, fn: string): FormatSpec {
  const out: FormatSpec = {};
  let i = 0;
  while (i < fmt.length) {
    const two = fmt.slice(i, i + 2);
    const c = fmt[i] as string;
    if (two === '--' || two === '-.') {
      if (out.linestyle !== undefined) throw badFmt(fmt, fn);
      out.linestyle = two;
      i += 2;
    } else if (c === '-' || c === ':') {
      if (out.linestyle !== undefined) throw badFmt(fmt, fn);
      out.linestyle = c;
      i++;
    } else if (c === 'C' && /\d/.test(fmt[i + 1] ?? '')) {
      if (out.color !== undefined) throw badFmt(fmt, fn);
      let j = i + 1;
      while (/\d/.test(fmt[j] ?? '')) j++;
      out.color = fmt.slice(i, j);
      i = j;
    } else if (FMT_COLORS.includes(c)) {
      if (out.color !== undefined) throw badFmt(fmt, fn);
      out.color = c;
      i++;
    } else if (Object.hasOwn(MARKERS, c)) {
      if (out.marker !== undefined) throw badFmt(fmt, fn);
      out.marker = c;
      i++;
    } else {
      throw badFmt(fmt, fn);
    }
  }
  if (out.marker !== undefined && out.linestyle === undefined) out.linestyle = 'none';
  return out;
}

function badFmt(fmt: string, fn: string) {
  return unknownName(fn, 'format string', fmt, [
    'colour letters b g r c m y k w or C0…C9',
    `markers ${MARKER_NAMES.join(' ')}`,
    'line styles - -- -. :',
  ]);
}
