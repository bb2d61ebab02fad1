/** Text without a DOM: DejaVu Sans metrics for measuring, and a TeX subset (`$\alpha^2$`) laid out as runs. */
import {
  FONT_ADVANCES,
  FONT_ASCENT,
  FONT_DESCENT,
  FONT_KERNING,
  FONT_MISSING_ADVANCE,
  FONT_UNITS_PER_EM,
} from './generated/font.generated.js';
import { type TexBox, texBox } from './tex.js';

const ADVANCE = new Map<number, number>();
for (let i = 0; i < FONT_ADVANCES.length; i += 2)
  ADVANCE.set(FONT_ADVANCES[i] as number, FONT_ADVANCES[i + 1] as number);

/** One piece of a laid-out string: its text, its size relative to the font size, its baseline shift (em, up positive). */
export interface TextRun {
  /** the text; for a MathJax formula, its TeX source (what a canvas draws with the built-in subset) */
  text: string;
  /** a formula rendered by MathJax (after `useTeX()`) */
  tex?: TexBox;
  scale: number;
  shift: number;
  italic: boolean;
}

/** The part of a line above the baseline and below it, as fractions of the font size (digits' height, the font's descent). */
export const TEXT_ASCENT = 0.76;
export const TEXT_DESCENT = -FONT_DESCENT / FONT_UNITS_PER_EM;
/** A full line's height in em (the font's ascent + descent): the spacing of multi-line text. */
export const LINE_HEIGHT = (FONT_ASCENT - FONT_DESCENT) / FONT_UNITS_PER_EM;

/** Advance width of a plain string in em, with the font's kerning. */
export function advanceEm(s: string): number {
  let w = 0;
  let prev = -1;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    w += ADVANCE.get(cp) ?? FONT_MISSING_ADVANCE;
    if (prev >= 0 && prev < 0x7f && cp < 0x7f) w += FONT_KERNING[`${prev},${cp}`] ?? 0;
    prev = cp;
  }
  return w / FONT_UNITS_PER_EM;
}

const SYMBOLS: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Upsilon: 'Υ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  pm: '±',
  mp: '∓',
  times: '×',
  cdot: '·',
  div: '÷',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  ne: '≠',
  approx: '≈',
  sim: '∼',
  equiv: '≡',
  propto: '∝',
  infty: '∞',
  partial: '∂',
  nabla: '∇',
  sum: '∑',
  prod: '∏',
  int: '∫',
  sqrt: '√',
  circ: '∘',
  degree: '°',
  rightarrow: '→',
  to: '→',
  leftarrow: '←',
  Rightarrow: '⇒',
  in: '∈',
  notin: '∉',
  subset: '⊂',
  cup: '∪',
  cap: '∩',
  forall: '∀',
  exists: '∃',
  ell: 'ℓ',
  hbar: 'ħ',
  AA: 'Å',
  langle: '⟨',
  rangle: '⟩',
  ldots: '…',
  cdots: '⋯',
  prime: '′',
  minus: '−',
  '%': '%',
  $: '$',
  '{': '{',
  '}': '}',
  _: '_',
  '#': '#',
  '&': '&',
  ',': '\u2009',
  ';': '\u2005',
  quad: '\u2003',
  ' ': ' ',
  '!': '',
};

/** The runs of a formula by the built-in TeX subset (what a canvas draws for a MathJax formula). */
export function subsetRuns(tex: string): TextRun[] {
  const runs: TextRun[] = [];
  parseMath(tex, 1, 0, runs);
  return runs;
}

/**
 * Lays out a label: plain text stays one run; `$…$` segments read a TeX subset (Greek letters and
 * common symbols by `\name`, `^` and `_` with a character or a `{group}`, `\mathrm{…}`), with
 * variables in italic as TeX sets them.
 */
export function layoutText(s: string): TextRun[] {
  const runs: TextRun[] = [];
  const parts = s.split(/(?<!\\)\$/);
  // An odd number of parts means balanced dollars; otherwise the text is taken literally.
  if (parts.length % 2 === 0) return [{ text: s, scale: 1, shift: 0, italic: false }];
  parts.forEach((p, i) => {
    if (p === '') return;
    if (i % 2 === 0) push(runs, { text: p.replace(/\\\$/g, '$'), scale: 1, shift: 0, italic: false });
    else {
      const tex = texBox(p);
      if (tex) runs.push({ text: p, scale: 1, shift: 0, italic: false, tex });
      else parseMath(p, 1, 0, runs);
    }
  });
  return runs.length ? runs : [{ text: '', scale: 1, shift: 0, italic: false }];
}

function push(runs: TextRun[], r: TextRun): void {
  const last = runs[runs.length - 1];
  if (last && !last.tex && last.scale === r.scale && last.shift === r.shift && last.italic === r.italic)
    last.text += r.text;
  else if (r.text !== '') runs.push(r);
}

function parseMath(src: string, scale: number, shift: number, runs: TextRun[], roman = false): void {
  let i = 0;
  const group = (): string => {
    if (src[i] === '{') {
      let depth = 0;
      const start = i;
      for (; i < src.length; i++) {
        if (src[i] === '{') depth++;
        else if (src[i] === '}' && --depth === 0) break;
      }
      i++;
      return src.slice(start + 1, i - 1);
    }
    if (src[i] === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(src.slice(i));
      const tok = m ? m[0] : '\\';
      i += tok.length;
      return tok;
    }
    return src[i++] ?? '';
  };
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '^' || c === '_') {
      i++;
      const g = group();
      parseMath(g, scale * 0.7, shift + (c === '^' ? 0.45 : -0.2) * scale, runs, roman);
    } else if (c === '{') {
      parseMath(group(), scale, shift, runs, roman);
    } else if (c === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(src.slice(i));
      const name = m ? (m[1] as string) : '';
      i += name.length + 1;
      if (name === 'mathrm' || name === 'rm' || name === 'text' || name === 'mathregular') {
        parseMath(group(), scale, shift, runs, true);
      } else if (name === 'mathit') {
        parseMath(group(), scale, shift, runs, false);
      } else if (name === 'frac') {
        const a = group();
        const b = group();
        parseMath(`${a}/${b}`, scale, shift, runs, roman);
      } else {
        push(runs, { text: SYMBOLS[name] ?? name, scale, shift, italic: false });
      }
    } else if (c === ' ') {
      i++;
    } else {
      i++;
      const text = c === '-' ? '−' : c;
      push(runs, { text, scale, shift, italic: !roman && /[A-Za-z]/.test(c) });
    }
  }
}

/** Measured extent of a label in pixels: width, height above the baseline, depth below it. */
export interface TextExtent {
  width: number;
  ascent: number;
  descent: number;
}

/** Measures a label (runs from {@link layoutText}, or a plain string) at a font size in pixels. */
export function measureText(s: string | TextRun[], sizePx: number): TextExtent {
  const runs = typeof s === 'string' ? layoutText(s) : s;
  let width = 0;
  let ascent = TEXT_ASCENT * sizePx;
  let descent = TEXT_DESCENT * sizePx;
  for (const r of runs) {
    if (r.tex) {
      width += r.tex.width * sizePx;
      ascent = Math.max(ascent, r.tex.ascent * sizePx);
      descent = Math.max(descent, r.tex.descent * sizePx);
      continue;
    }
    width += advanceEm(r.text) * r.scale * sizePx;
    ascent = Math.max(ascent, (r.shift + TEXT_ASCENT * r.scale) * sizePx);
    descent = Math.max(descent, (TEXT_DESCENT * r.scale - r.shift) * sizePx);
  }
  return { width, ascent, descent };
}
