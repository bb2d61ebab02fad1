/** Text in an Axes and annotations with arrows. */
import { argumentError, is, signature } from '@stride/ndarray';
import type { Axes } from '../axes.js';
import { Annotation, type ArrowProps, type Coords, TextArtist, type TextProps } from '../artists/text.js';
import type { Color } from '../color.js';

/** Options of `text`. */
export interface TextOptions {
  fontsize?: number;
  color?: Color;
  ha?: 'left' | 'center' | 'right';
  va?: 'baseline' | 'top' | 'center' | 'bottom';
  rotation?: number;
  /** 'axes' places (x, y) in fractions of the axes box (matplotlib's transform=ax.transAxes) */
  transform?: Coords;
  fontweight?: 'normal' | 'bold';
  zorder?: number;
}

const textChecks = {
  fontsize: is.finite,
  color: is.any,
  ha: is.oneOf('left', 'center', 'right'),
  va: is.oneOf('baseline', 'top', 'center', 'bottom'),
  rotation: is.finite,
  transform: is.oneOf('data', 'axes'),
  fontweight: is.oneOf('normal', 'bold'),
  zorder: is.finite,
};

function textProps(ax: Axes, o: TextOptions): TextProps {
  const theme = ax.figure.theme;
  return {
    size: (o.fontsize ?? theme.fontSize) * (ax.figure.dpi / 72),
    color: ax.rgba(o.color ?? theme.textColor),
    ha: o.ha ?? 'left',
    va: o.va ?? 'baseline',
    rotation: o.rotation ?? 0,
    coords: o.transform ?? 'data',
    zorder: o.zorder ?? 3,
    weight: o.fontweight ?? 'normal',
  };
}

export function text(ax: Axes, x: unknown, y: unknown, s: unknown, rest: unknown[]): TextArtist {
  const fn = 'text';
  const xv = is.finite(x, fn, 'x');
  const yv = is.finite(y, fn, 'y');
  if (typeof s !== 'string') throw argumentError(fn, 's', 'a string', s);
  const o = signature<TextOptions>(fn, [], textChecks)(rest);
  return ax.add(new TextArtist(xv, yv, s, textProps(ax, o)));
}

/** Options of `annotate`. */
export interface AnnotateOptions extends TextOptions {
  xytext?: [number, number];
  xycoords?: Coords;
  textcoords?: Coords | 'offset points';
  arrowprops?: { arrowstyle?: ArrowProps['style']; color?: Color; lw?: number; linewidth?: number; shrink?: number };
}

export function annotate(ax: Axes, s: unknown, xy: unknown, rest: unknown[]): Annotation {
  const fn = 'annotate';
  if (typeof s !== 'string') throw argumentError(fn, 'text', 'a string', s);
  const pair = (v: unknown, name: string): [number, number] => {
    const a = is.arrayOf(is.finite)(v, fn, name);
    if (a.length !== 2) throw argumentError(fn, name, 'a pair [x, y] of finite numbers', v);
    return [a[0] as number, a[1] as number];
  };
  const p = pair(xy, 'xy');
  const o = signature<AnnotateOptions>(fn, ['xytext'], {
    ...textChecks,
    xytext: is.any,
    xycoords: is.oneOf('data', 'axes'),
    textcoords: is.oneOf('data', 'axes', 'offset points'),
    arrowprops: is.any,
  })(rest);
  const xytext = o.xytext !== undefined ? pair(o.xytext, 'xytext') : p;
  let arrow: ArrowProps | null = null;
  if (o.arrowprops !== undefined) {
    const ap = signature<NonNullable<AnnotateOptions['arrowprops']>>(`${fn} arrowprops`, [], {
      arrowstyle: is.oneOf('-', '->', '-|>', '<-', '<->', 'simple'),
      color: is.any,
      lw: is.finite,
      linewidth: is.finite,
      shrink: is.finite,
    })([o.arrowprops]);
    const pt = ax.figure.dpi / 72;
    arrow = {
      style: ap.arrowstyle ?? '-|>',
      color: ax.rgba(ap.color ?? ax.figure.theme.textColor),
      width: (ap.lw ?? ap.linewidth ?? 1) * pt,
      shrink: (ap.shrink ?? 0) * pt,
    };
  }
  const props = textProps(ax, { ha: 'center', va: 'center', ...o });
  if (o.xytext === undefined) {
    props.ha = o.ha ?? 'left';
    props.va = o.va ?? 'baseline';
  }
  return ax.add(new Annotation(s, p, xytext, props, arrow, o.xycoords ?? 'data', o.textcoords ?? o.xycoords ?? 'data'));
}
