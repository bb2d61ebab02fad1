// Rich outputs: a cell's value (or an explicit `display(...)`) becomes a MIME bundle, as Jupyter's
// display_data/execute_result carry it: `text/plain` always, plus `image/svg+xml`, `image/png`
// (base64), `text/html` or `text/markdown` when the value has such a form.
import { inspect } from 'node:util';
import { escapeHtml } from '../notebook/html.js';

/** MIME type → content (`image/png` is base64). */
export type MimeBundle = Record<string, string>;

/** A value that renders itself: `[Symbol.for('stride.display')]()` returns a MIME bundle. */
export const DISPLAY_KEY: unique symbol = Symbol.for('stride.display') as never;
const ARRAY_KEY = Symbol.for('stride.array');

interface FigureLike {
  toSVG(): string;
  toPNG?: () => Promise<Uint8Array> | Uint8Array;
}

const isObject = (v: unknown): v is Record<PropertyKey, unknown> =>
  (typeof v === 'object' && v !== null) || typeof v === 'function';

/** A figure: anything with a `toSVG()` method (what @stride/plot's Figure and Axes offer). */
export function isFigure(v: unknown): v is FigureLike {
  return isObject(v) && typeof v['toSVG'] === 'function';
}

const plain = (v: unknown): string =>
  typeof v === 'string' ? v : inspect(v, { depth: 4, colors: false, maxArrayLength: 100, breakLength: 100 });

/** A table of records (an array of plain objects), or null when `v` is not one. */
export function recordsTable(v: unknown): string | null {
  if (!Array.isArray(v) || v.length === 0 || v.length > 1000) return null;
  if (!v.every((r) => isObject(r) && Object.getPrototypeOf(r) === Object.prototype)) return null;
  const columns = [...new Set(v.flatMap((r) => Object.keys(r as object)))];
  if (columns.length === 0 || columns.length > 50) return null;
  const cell = (x: unknown): string => escapeHtml(typeof x === 'number' ? String(x) : plain(x));
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const rows = v
    .map((r) => `<tr>${columns.map((c) => `<td>${cell((r as Record<string, unknown>)[c])}</td>`).join('')}</tr>`)
    .join('');
  return `<table class="stride-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

const toBase64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** The MIME bundle of a value, or null for `undefined` (a cell with no value shows nothing). */
export function mimeBundle(v: unknown): MimeBundle | null {
  if (v === undefined) return null;
  if (isObject(v) && typeof v[DISPLAY_KEY] === 'function') {
    return (v[DISPLAY_KEY] as () => MimeBundle)();
  }
  if (isFigure(v)) {
    return { 'image/svg+xml': v.toSVG(), 'text/plain': `<${v.constructor?.name ?? 'Figure'}>` };
  }
  if (isObject(v) && typeof v[ARRAY_KEY] === 'function' && typeof v['toString'] === 'function') {
    return { 'text/plain': String(v) };
  }
  const table = recordsTable(v);
  if (table !== null) return { 'text/html': table, 'text/plain': plain(v) };
  return { 'text/plain': typeof v === 'string' ? inspect(v) : plain(v) };
}

/** Options of {@link display}. */
export interface DisplayOptions {
  /** Figures: 'svg' (the default) or 'png' (calls `await fig.toPNG()`). */
  format?: 'svg' | 'png';
}

/** The bundle `display(value, options)` shows (async for PNG figures). */
export async function displayBundle(v: unknown, options: DisplayOptions = {}): Promise<MimeBundle | null> {
  if (options.format === 'png') {
    if (v instanceof Uint8Array) return { 'image/png': toBase64(v), 'text/plain': '<PNG image>' };
    if (isFigure(v) && typeof v.toPNG === 'function') {
      return { 'image/png': toBase64(await v.toPNG()), 'text/plain': `<${v.constructor?.name ?? 'Figure'}>` };
    }
    throw new TypeError(`display: format 'png' needs a figure with toPNG() or PNG bytes, got ${plain(v).slice(0, 60)}`);
  }
  return mimeBundle(v);
}

/** Bundles for the explicit forms: `display.html(s)`, `display.svg(s)`, `display.markdown(s)`. */
export const typed = {
  html: (s: string): MimeBundle => ({ 'text/html': s, 'text/plain': s }),
  svg: (s: string): MimeBundle => ({ 'image/svg+xml': s, 'text/plain': '<SVG image>' }),
  markdown: (s: string): MimeBundle => ({ 'text/markdown': s, 'text/plain': s }),
  table: (rows: readonly object[]): MimeBundle => {
    const html = recordsTable(rows);
    if (html === null) throw new TypeError('display.table: rows must be a non-empty array of plain objects');
    return { 'text/html': html, 'text/plain': plain(rows) };
  },
};
