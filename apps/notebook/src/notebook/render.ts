// Outputs and markdown as HTML strings: the browser front end and the static HTML export share
// these, so a notebook looks the same in both.
import MarkdownIt from 'markdown-it';
import { escapeHtml } from './html.js';
import { type Output, sourceText } from './ipynb.js';

/** Renders TeX (`$...$` inline, `$$...$$` display) to HTML; the front end plugs KaTeX in here. */
export type MathRenderer = (tex: string, displayMode: boolean) => string;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/**
 * Markdown to HTML (markdown-it, raw HTML off). Math is cut out before markdown sees it (so `_`
 * and `*` inside TeX stay TeX) and put back rendered by `math`, or as escaped TeX without one.
 */
export function renderMarkdown(source: string, math?: MathRenderer): string {
  const pieces: string[] = [];
  const hold = (html: string): string => {
    pieces.push(html);
    return `\uE000${pieces.length - 1}\uE001`;
  };
  const tex = (t: string, display: boolean): string =>
    hold(math ? math(t, display) : `<code class="tex">${escapeHtml(display ? `$$${t}$$` : `$${t}$`)}</code>`);
  const cut = source
    .replace(/\$\$([\s\S]+?)\$\$/g, (_, t: string) => tex(t.trim(), true))
    .replace(/(^|[^\\$])\$([^$\n]+?)\$/g, (_, before: string, t: string) => before + tex(t, false));
  return md.render(cut).replace(/\uE000(\d+)\uE001/g, (_, i: string) => pieces[Number(i)] ?? '');
}

const text = (v: string | string[] | undefined): string => (v === undefined ? '' : sourceText(v));

let svgCount = 0;
/**
 * Gives an SVG's ids (clip paths, markers, images) a prefix of their own, with every reference to
 * them (`url(#id)`, `href="#id"`): several figures inline in one page would otherwise share ids
 * such as a clip path's and draw with each other's clipping.
 */
export function scopeSvgIds(svg: string, prefix = `s${++svgCount}-`): string {
  const ids = new Set(Array.from(svg.matchAll(/\sid="([^"]+)"/g), (m) => m[1] as string));
  if (ids.size === 0) return svg;
  const scoped = (id: string): string => (ids.has(id) ? prefix + id : id);
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_, a: string, id: string) => `${a}${scoped(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${scoped(id)})`)
    .replace(/((?:xlink:)?href=")#([^"]+)"/g, (_, a: string, id: string) => `${a}#${scoped(id)}"`);
}

/** Strips ANSI colour codes (tracebacks from other kernels carry them). */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const plain = (s: string): string => s.replace(ANSI, '');

/** One output as HTML (the richest form the bundle has, as Jupyter chooses). */
export function renderOutput(o: Output, math?: MathRenderer): string {
  if (o.output_type === 'stream') {
    return `<pre class="out-stream ${o.name}">${escapeHtml(text(o.text))}</pre>`;
  }
  if (o.output_type === 'error') {
    return `<pre class="out-error">${escapeHtml(plain(o.traceback.join('\n') || `${o.ename}: ${o.evalue}`))}</pre>`;
  }
  const data = o.data as Record<string, string | string[]>;
  if (data['image/svg+xml'] !== undefined)
    return `<div class="out-svg">${scopeSvgIds(text(data['image/svg+xml']))}</div>`;
  if (data['image/png'] !== undefined) {
    return `<div class="out-png"><img alt="figure" src="data:image/png;base64,${text(data['image/png']).replace(/\s/g, '')}"></div>`;
  }
  if (data['text/html'] !== undefined) return `<div class="out-html">${text(data['text/html'])}</div>`;
  if (data['text/markdown'] !== undefined)
    return `<div class="out-md">${renderMarkdown(text(data['text/markdown']), math)}</div>`;
  return `<pre class="out-text">${escapeHtml(text(data['text/plain']))}</pre>`;
}
