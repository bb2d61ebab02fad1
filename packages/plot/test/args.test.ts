// Wrong-style argument sweep over the exports (conventions §2): wrong types, unknown options and
// names, NaN, empty and mismatched inputs give a typed error naming the function and parameter.
import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  figure,
  getCmap,
  parseFmt,
  ShapeError,
  subplots,
  toRGBA,
  useTheme,
  ValueError,
} from '../src/index.js';

const ax = () => subplots().ax;

describe('wrong-style arguments', () => {
  const typeErrors: [string, () => unknown, RegExp][] = [
    ['plot with an unknown option', () => ax().plot([1, 2], { colour: 'r' } as never), /plot: unknown option "colour"/],
    [
      'plot with a string linewidth',
      () => ax().plot([1, 2], { linewidth: '2' as unknown as number }),
      /plot: linewidth must be a finite number/,
    ],
    ['plot with a boolean as y', () => ax().plot(true as unknown as number[]), /plot: x must be an array/],
    [
      'scatter with an unknown option',
      () => ax().scatter([1], [1], { size: 3 } as never),
      /scatter: unknown option "size"/,
    ],
    ['bar with a string width', () => ax().bar([1], [1], 'wide' as never), /bar: width must be/],
    [
      'hist with a bad histtype',
      () => ax().hist([1, 2], { histtype: 'line' as never }),
      /hist: histtype must be one of "bar", "step", "stepfilled"/,
    ],
    ['setTitle with a number', () => ax().setTitle(3 as unknown as string), /setTitle: label must be a string/],
    ['setXlim with a string', () => ax().setXlim('0' as unknown as number), /setXlim: left must be a finite number/],
    ['setXlim with NaN', () => ax().setXlim(Number.NaN, 1), /setXlim: left must be a finite number, got NaN/],
    ['grid with an unknown axis', () => ax().grid(true, { axis: 'z' as never }), /grid: axis must be one of/],
    ['legend with a bad ncol', () => ax().legend({ ncol: 0 }), /legend: ncol must be a positive integer/],
    ['text with a string x', () => ax().text('1' as unknown as number, 0, 'a'), /text: x must be a finite number/],
    ['figure with an unknown option', () => figure({ size: [1, 2] } as never), /figure: unknown option "size"/],
    ['subplots with 0 rows', () => subplots(0, 1), /subplots: nrows must be a positive integer/],
    [
      'subplots with a bad sharex',
      () => subplots(1, 2, { sharex: 'both' as never }),
      /subplots: sharex must be a boolean or one of/,
    ],
    ['toRGBA with a number', () => toRGBA(3 as never), /color: color must be a colour name/],
    ['getCmap with a number', () => getCmap(3 as never), /getCmap: cmap must be a colormap name/],
    ['useTheme with a number', () => useTheme(3 as never), /useTheme: name must be/],
    ['annotate with a bad xy', () => ax().annotate('a', [1] as never), /annotate: xy must be a pair/],
    [
      'imshow with an unknown option',
      () => ax().imshow([[1]], { interp: 'nearest' } as never),
      /imshow: unknown option "interp"/,
    ],
    [
      'imshow with a bad origin',
      () => ax().imshow([[1]], { origin: 'top' as never }),
      /imshow: origin must be one of "upper", "lower"/,
    ],
    ['pcolormesh with two arrays', () => ax().pcolormesh([1], [[1]]), /pcolormesh: arguments must be 1 or 3 arrays/],
    [
      'colorbar with a bad orientation',
      () => ax().colorbar({ cmap: undefined } as never, { orientation: 'up' as never }),
      /colorbar: orientation must be one of/,
    ],
    [
      'boxplot with a string whis',
      () => ax().boxplot([[1, 2]], { whis: 'x' as never }),
      /boxplot: whis must be a finite number/,
    ],
  ];
  for (const [what, call, message] of typeErrors) {
    it(`${what} throws a TypeError naming it`, () => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });
  }

  const valueErrors: [string, () => unknown, RegExp][] = [
    [
      'plot with an unknown marker',
      () => ax().plot([1, 2], { marker: 'Q' }),
      /plot: unknown marker "Q" \(valid: .*\., ,, o, v/,
    ],
    [
      'plot with an unknown line style',
      () => ax().plot([1, 2], { linestyle: '~~' }),
      /plot: unknown linestyle "~~" \(valid: -, solid, --/,
    ],
    ['plot with an unknown colour', () => ax().plot([1, 2], { color: 'blurple' }), /unknown colour "blurple"/],
    ['plot with a bad format string', () => ax().plot([1, 2], 'r-Q'), /plot: unknown format string "r-Q"/],
    [
      'imshow-style unknown colormap',
      () => ax().scatter([1], [1], { c: [1], cmap: 'virdis' }),
      /scatter: unknown colormap "virdis" \(valid: viridis/,
    ],
    [
      'setXscale with an unknown scale',
      () => ax().setXscale('logit' as never),
      /setXscale: unknown scale "logit" \(valid: linear, log, symlog, time\)/,
    ],
    [
      'legend with an unknown location',
      () => ax().legend({ loc: 'top' as never }),
      /legend: unknown legend location "top"/,
    ],
    ['setXlim with equal ends', () => ax().setXlim(1, 1), /setXlim: left and right are equal/],
    [
      'errorbar with negative errors',
      () => ax().errorbar([1, 2], [1, 2], { yerr: [-1, 1] }),
      /errorbar: yerr must not contain negative values/,
    ],
    ['figure with a negative width', () => figure({ width: -5 }), /figure: width and height must be positive/],
    ['addSubplot with index 5 of 4', () => figure().addSubplot(2, 2, 5), /addSubplot: index must be in 1..4, got 5/],
    ['parseFmt with two colours', () => parseFmt('rg', 'plot'), /plot: unknown format string "rg"/],
    [
      'imshow with an unknown colormap',
      () => ax().imshow([[1]], { cmap: 'jet2' }),
      /imshow: unknown colormap "jet2" \(valid: viridis/,
    ],
    [
      'contour with decreasing levels',
      () =>
        ax().contour(
          [
            [0, 1],
            [1, 2],
          ],
          { levels: [2, 1] },
        ),
      /contour: levels must be increasing/,
    ],
    ['pie with a negative wedge', () => ax().pie([1, -1]), /pie: wedge sizes must be finite and non-negative/],
    [
      'contour of all-NaN data',
      () =>
        ax().contour([
          [Number.NaN, Number.NaN],
          [Number.NaN, Number.NaN],
        ]),
      /contour: Z has no finite values/,
    ],
  ];
  for (const [what, call, message] of valueErrors) {
    it(`${what} throws a ValueError listing the valid names`, () => {
      expect(call).toThrow(ValueError);
      expect(call).toThrow(message);
    });
  }

  const shapeErrors: [string, () => unknown, RegExp][] = [
    [
      'plot with mismatched x and y',
      () => ax().plot([1, 2, 3], [1, 2]),
      /plot: x and y must have the same length, got 3 and 2/,
    ],
    ['scatter with mismatched x and y', () => ax().scatter([1, 2], [1]), /scatter: x and y must have the same length/],
    [
      'bar with mismatched heights',
      () => ax().bar([1, 2, 3], [1, 2]),
      /bar: height must be a scalar or have length 3, got 2/,
    ],
    [
      'scatter with c of the wrong length',
      () => ax().scatter([1, 2], [1, 2], { c: [1, 2, 3] }),
      /scatter: c must have one value per point \(2\), got 3/,
    ],
    [
      'errorbar with yerr of the wrong shape',
      () => ax().errorbar([1, 2], [1, 2], { yerr: [1, 2, 3] }),
      /errorbar: yerr must be a scalar, shape \[2\] or \[2, 2\]/,
    ],
    ['plot with 3-D y', () => ax().plot([[[1]]]), /plot: y must be 1-D or 2-D/],
    ['imshow of 1-D data', () => ax().imshow([1, 2, 3]), /imshow: X must be 2-D \(values\) or 3-D/],
    ['contour of a 1 × 3 grid', () => ax().contour([[1, 2, 3]]), /contour: Z must be at least 2 × 2/],
    [
      'quiver with mismatched U and V',
      () => ax().quiver([0, 1], [0, 1], [1], [1, 2]),
      /quiver: X, Y, U and V must have the same length/,
    ],
  ];
  for (const [what, call, message] of shapeErrors) {
    it(`${what} throws a ShapeError`, () => {
      expect(call).toThrow(ShapeError);
      expect(call).toThrow(message);
    });
  }

  it('empty data draws an empty axes with default limits (like matplotlib)', () => {
    const a = ax();
    a.plot([], []);
    expect(a.getXlim()).toEqual([0, 1]);
    expect(() => a.figure.toSVG()).not.toThrow();
  });

  it('all-NaN data draws nothing and keeps default limits', () => {
    const a = ax();
    a.plot([Number.NaN, Number.NaN]);
    expect(a.getYlim()).toEqual([0, 1]);
    expect(() => a.figure.toSVG()).not.toThrow();
  });

  it('a failed call leaves the axes usable and unchanged', () => {
    const a = ax();
    expect(() => a.plot([1, 2, 3], [1, 2])).toThrow(ShapeError);
    expect(a.artists.length).toBe(0);
    a.plot([1, 2]);
    expect(a.artists.length).toBe(1);
  });
});
