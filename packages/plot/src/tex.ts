/**
 * Math in labels through MathJax (TeX → SVG paths), loaded only when asked for with `useTeX()`:
 * figures that never call it never load it. Without it, `$…$` reads the built-in TeX subset.
 */
import { ValueError } from './errors.js';

/** One formula as SVG paths: the inner SVG (units of 1/1000 em, origin on the baseline), and its box in em. */
export interface TexBox {
  svg: string;
  width: number;
  ascent: number;
  descent: number;
}

type Convert = (tex: string) => TexBox;

/** The parts of MathJax's modules used here (they are loaded by name at run time). */
type MathJaxModules = [
  { mathjax: { document(html: string, o: object): { convert(tex: string, o: object): unknown } } },
  { TeX: new (o: object) => object },
  { SVG: new (o: object) => object },
  { liteAdaptor: () => { outerHTML(node: unknown): string } },
  { RegisterHTMLHandler: (adaptor: unknown) => void },
  { AllPackages: string[] },
];

let convert: Convert | null = null;
const cache = new Map<string, TexBox>();

/** The formula rendered by MathJax, or null when `useTeX()` has not been called (cached per source). */
export function texBox(tex: string): TexBox | null {
  if (!convert) return null;
  let box = cache.get(tex);
  if (!box) {
    box = convert(tex);
    cache.set(tex, box);
  }
  return box;
}

/** Reads MathJax's `<svg … viewBox="x y w h">inner</svg>` into a TexBox. */
export function parseMathJaxSVG(svg: string): TexBox {
  const open = /<svg\b[^>]*>/.exec(svg);
  const vb = /viewBox="([-\d.e]+) ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)"/.exec(open?.[0] ?? '');
  if (!open || !vb) throw new ValueError('useTeX: MathJax returned no SVG');
  const minY = Number(vb[2]);
  const h = Number(vb[4]);
  const inner = svg.slice(open.index + open[0].length, svg.lastIndexOf('</svg>'));
  return { svg: inner, width: Number(vb[3]) / 1000, ascent: -minY / 1000, descent: (h + minY) / 1000 };
}

/**
 * Renders `$…$` in every later label with MathJax (its TeX input, SVG output as paths, no DOM),
 * matplotlib's `usetex` in spirit: fractions, roots, integrals, matrices, any TeX MathJax reads.
 * Loads the optional `mathjax-full` package on first call (install it beside @stride/plot); about a
 * second to load, then milliseconds per formula. `useTeX(false)` goes back to the built-in subset.
 *
 * @example
 * ```ts
 * // await useTeX();
 * // ax.setTitle('$\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}$');
 * ```
 */
export async function useTeX(enable = true): Promise<void> {
  if (typeof enable !== 'boolean') throw new ValueError(`useTeX: enable must be a boolean, got ${String(enable)}`);
  cache.clear();
  if (!enable) {
    convert = null;
    return;
  }
  if (convert) return;
  const spec = 'mathjax-full/js/';
  let mods: unknown[];
  try {
    mods = await Promise.all(
      [
        'mathjax.js',
        'input/tex.js',
        'output/svg.js',
        'adaptors/liteAdaptor.js',
        'handlers/html.js',
        'input/tex/AllPackages.js',
      ].map((m) => import(/* @vite-ignore */ spec + m)),
    );
  } catch {
    throw new ValueError('useTeX: the optional package mathjax-full is not installed (npm install mathjax-full)');
  }
  const [{ mathjax }, { TeX }, { SVG }, { liteAdaptor }, { RegisterHTMLHandler }, { AllPackages }] =
    mods as unknown as MathJaxModules;
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  const doc = mathjax.document('', {
    InputJax: new TeX({ packages: AllPackages }),
    OutputJax: new SVG({ fontCache: 'none' }),
  });
  convert = (tex) => parseMathJaxSVG(adaptor.outerHTML(doc.convert(tex, { display: false })));
}
