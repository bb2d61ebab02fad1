/** rcParams-like theme defaults: matplotlib's default look and a dark theme, in points at the figure's dpi. */
import { argumentError, isPlainObject } from '@stride/ndarray';
import { DEFAULT_CYCLE } from './color.js';
import { unknownName } from './errors.js';

/** Every setting a figure reads when it is created; sizes are in points (1/72 inch). */
export interface Theme {
  /** Figure size in inches and its resolution (pixels per inch). */
  figsize: [number, number];
  dpi: number;
  facecolor: string;
  axesFacecolor: string;
  edgecolor: string;
  textColor: string;
  labelColor: string;
  tickColor: string;
  gridColor: string;
  gridAlpha: number;
  gridLinewidth: number;
  fontSize: number;
  titleSize: number;
  labelSize: number;
  tickLabelSize: number;
  legendFontSize: number;
  suptitleSize: number;
  linewidth: number;
  markersize: number;
  axesLinewidth: number;
  tickMajorSize: number;
  tickMinorSize: number;
  tickMajorWidth: number;
  tickMinorWidth: number;
  tickPad: number;
  labelPad: number;
  titlePad: number;
  tickDirection: 'out' | 'in' | 'inout';
  cycle: readonly string[];
  cmap: string;
  margin: number;
  legendFacecolor: string;
  legendEdgecolor: string;
  legendFrameAlpha: number;
  /** subplot parameters in figure fractions (matplotlib's figure.subplot.*) */
  subplot: { left: number; right: number; bottom: number; top: number; wspace: number; hspace: number };
  fontFamily: string;
}

/**
 * matplotlib's default style (rcParams of matplotlib 3.x).
 *
 * @example
 * ```ts
 * DEFAULT_THEME.figsize; // [6.4, 4.8]
 * ```
 */
export const DEFAULT_THEME: Readonly<Theme> = Object.freeze({
  figsize: [6.4, 4.8],
  dpi: 100,
  facecolor: 'white',
  axesFacecolor: 'white',
  edgecolor: 'black',
  textColor: 'black',
  labelColor: 'black',
  tickColor: 'black',
  gridColor: '#b0b0b0',
  gridAlpha: 1,
  gridLinewidth: 0.8,
  fontSize: 10,
  titleSize: 12,
  labelSize: 10,
  tickLabelSize: 10,
  legendFontSize: 10,
  suptitleSize: 12,
  linewidth: 1.5,
  markersize: 6,
  axesLinewidth: 0.8,
  tickMajorSize: 3.5,
  tickMinorSize: 2,
  tickMajorWidth: 0.8,
  tickMinorWidth: 0.6,
  tickPad: 3.5,
  labelPad: 4,
  titlePad: 6,
  tickDirection: 'out',
  cycle: DEFAULT_CYCLE,
  cmap: 'viridis',
  margin: 0.05,
  legendFacecolor: 'white',
  legendEdgecolor: '#cccccc',
  legendFrameAlpha: 0.8,
  subplot: { left: 0.125, right: 0.9, bottom: 0.11, top: 0.88, wspace: 0.2, hspace: 0.2 },
  fontFamily: 'DejaVu Sans',
}) as Theme;

/**
 * A dark theme in the spirit of matplotlib's `dark_background` style.
 *
 * @example
 * ```ts
 * DARK_THEME.textColor; // "white"
 * ```
 */
export const DARK_THEME: Readonly<Theme> = Object.freeze({
  ...DEFAULT_THEME,
  facecolor: '#000000',
  axesFacecolor: '#000000',
  edgecolor: 'white',
  textColor: 'white',
  labelColor: 'white',
  tickColor: 'white',
  gridColor: 'white',
  gridAlpha: 0.3,
  legendFacecolor: '#000000',
  legendEdgecolor: '#666666',
  cycle: ['#8dd3c7', '#feffb3', '#bfbbd9', '#fa8174', '#81b1d2', '#fdb462', '#b3de69', '#bc82bd', '#ccebc4', '#ffed6f'],
}) as Theme;

const THEMES: Record<string, Readonly<Theme>> = { default: DEFAULT_THEME, dark: DARK_THEME };

/**
 * The defaults new figures take (matplotlib's `rcParams`). Change a field, or call {@link useTheme},
 * before creating a figure; figures keep the theme they were created with.
 *
 * @example
 * ```ts
 * rcParams.linewidth; // 1.5
 * ```
 */
export const rcParams: Theme = { ...DEFAULT_THEME, subplot: { ...DEFAULT_THEME.subplot } };

/**
 * Replaces {@link rcParams} with a named theme (`'default'` or `'dark'`) plus overrides, like
 * `plt.style.use`. Returns the new settings.
 *
 * @param name - `'default'` or `'dark'`, or an object of overrides on top of the default theme
 * @param overrides - fields to change after the named theme is applied
 * @returns the active settings
 * @throws ValueError for an unknown theme name, TypeError for an unknown field
 *
 * @example
 * ```ts
 * useTheme('dark').facecolor; // "#000000"
 * useTheme('default').facecolor; // "white"
 * ```
 */
export function useTheme(name: 'default' | 'dark' | Partial<Theme>, overrides: Partial<Theme> = {}): Theme {
  let base: Readonly<Theme>;
  if (typeof name === 'string') {
    const t = THEMES[name];
    if (t === undefined) throw unknownName('useTheme', 'theme', name, Object.keys(THEMES));
    base = t;
  } else if (isPlainObject(name)) {
    base = DEFAULT_THEME;
    overrides = { ...(name as Partial<Theme>), ...overrides };
  } else {
    throw argumentError('useTheme', 'name', '"default", "dark" or an object of settings', name);
  }
  const next = resolveTheme(base, overrides, 'useTheme');
  Object.assign(rcParams, next);
  return rcParams;
}

/** A full theme from a base and checked overrides (unknown keys are an error). */
export function resolveTheme(base: Readonly<Theme>, overrides: Partial<Theme> | undefined, fn: string): Theme {
  const out: Theme = { ...base, subplot: { ...base.subplot } };
  if (overrides === undefined) return out;
  if (!isPlainObject(overrides)) throw argumentError(fn, 'theme', 'an object of settings', overrides);
  for (const [k, v] of Object.entries(overrides)) {
    if (!Object.hasOwn(DEFAULT_THEME, k)) throw unknownName(fn, 'theme setting', k, Object.keys(DEFAULT_THEME));
    if (v === undefined) continue;
    const expected = typeof (DEFAULT_THEME as unknown as Record<string, unknown>)[k];
    if (typeof v !== expected) throw argumentError(fn, k, `a ${expected}`, v);
    (out as unknown as Record<string, unknown>)[k] = k === 'subplot' ? { ...base.subplot, ...(v as object) } : v;
  }
  return out;
}
