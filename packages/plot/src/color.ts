/** Colour specifications as matplotlib reads them ('C0', 'tab:blue', 'r', '#1f77b4', '0.5', [r, g, b, a]) → RGBA. */
import { argumentError } from '@stride/ndarray';
import { unknownName } from './errors.js';
import { NAMED_COLORS } from './generated/colors.generated.js';

/** A colour: a name (`'red'`, `'tab:orange'`, `'C1'`, `'k'`), hex (`'#ff000080'`), a grey level string (`'0.7'`), or `[r, g, b]` / `[r, g, b, a]` in 0..1. */
export type Color = string | readonly [number, number, number] | readonly [number, number, number, number];

/** RGBA with channels in 0..1. */
export type RGBA = [number, number, number, number];

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

function parseHex(h: string): RGBA {
  let s = h.slice(1);
  if (s.length <= 4) s = [...s].map((c) => c + c).join('');
  const v = (i: number) => Number.parseInt(s.slice(i, i + 2), 16) / 255;
  return [v(0), v(2), v(4), s.length === 8 ? v(6) : 1];
}

/**
 * Converts a colour specification to RGBA in 0..1. `'C0'`…`'C9'` index the colour cycle given
 * (the theme's by default); `alpha`, when given, replaces the colour's own alpha.
 *
 * @param c - the colour
 * @param alpha - optional alpha override
 * @param cycle - the colour cycle `'CN'` refers to
 * @returns `[r, g, b, a]`
 * @throws ValueError for an unknown colour name, TypeError for a value of the wrong type
 *
 * @example
 * ```ts
 * toRGBA('red');          // [1, 0, 0, 1]
 * toRGBA('#00ff0080')[3]; // 0.5019607843137255
 * toRGBA('0.5');          // [0.5, 0.5, 0.5, 1]
 * toRGBA([0, 0, 1], 0.25); // [0, 0, 1, 0.25]
 * ```
 */
export function toRGBA(c: Color, alpha?: number | null, cycle: readonly string[] = DEFAULT_CYCLE): RGBA {
  const out = parse(c, cycle);
  if (alpha !== undefined && alpha !== null) out[3] = alpha;
  return out;
}

/**
 * matplotlib's default colour cycle (tab10).
 *
 * @example
 * ```ts
 * DEFAULT_CYCLE[0]; // "#1f77b4"
 * ```
 */
export const DEFAULT_CYCLE: readonly string[] = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

function parse(c: Color, cycle: readonly string[]): RGBA {
  if (typeof c === 'string') {
    const s = c.trim();
    if (HEX.test(s)) return parseHex(s);
    const lower = s.toLowerCase();
    if (lower === 'none' || lower === 'transparent') return [0, 0, 0, 0];
    const named = NAMED_COLORS[lower] ?? NAMED_COLORS[s];
    if (named !== undefined) return parseHex(named);
    if (/^c\d+$/i.test(s)) {
      const k = Number(s.slice(1));
      return parse(cycle[k % cycle.length] as string, cycle);
    }
    if (/^\d*\.?\d+$/.test(s)) {
      const g = Number(s);
      if (g >= 0 && g <= 1) return [g, g, g, 1];
    }
    throw unknownName('color', 'colour', c, [
      'a CSS or matplotlib colour name',
      "'C0'…'C9'",
      "'#rrggbb[aa]'",
      "a grey level '0'…'1'",
    ]);
  }
  if (
    Array.isArray(c) &&
    (c.length === 3 || c.length === 4) &&
    c.every((v) => typeof v === 'number' && v >= 0 && v <= 1)
  ) {
    return [c[0] as number, c[1] as number, c[2] as number, c.length === 4 ? (c[3] as number) : 1];
  }
  throw argumentError('color', 'color', 'a colour name, hex string, or [r, g, b(, a)] in 0..1', c);
}

/** `rgb(…)`-free hex for SVG (`#rrggbb`), alpha written separately as an opacity. */
export function toHex(rgba: RGBA): string {
  const h = (v: number) =>
    Math.round(Math.min(1, Math.max(0, v)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(rgba[0])}${h(rgba[1])}${h(rgba[2])}`;
}

/** True when the value reads as a colour (used to tell a colour from an array of values). */
export function isColor(c: unknown, cycle: readonly string[] = DEFAULT_CYCLE): c is Color {
  try {
    parse(c as Color, cycle);
    return true;
  } catch {
    return false;
  }
}
