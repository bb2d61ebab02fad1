// Notebooks as Jupyter stores them: nbformat 4.5 JSON (.ipynb). What we write validates with
// nbformat's own schema; notebooks written by Jupyter (sources as line lists, older minor
// versions without cell ids) read back unchanged in meaning.
import type { MimeBundle } from '../kernel/display.js';
import type { ErrorContent } from '../kernel/messages.js';

export type Output =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: string | string[] }
  | { output_type: 'display_data'; data: MimeBundle; metadata: Record<string, unknown> }
  | {
      output_type: 'execute_result';
      execution_count: number | null;
      data: MimeBundle;
      metadata: Record<string, unknown>;
    }
  | ({ output_type: 'error' } & ErrorContent);

export interface CodeCell {
  cell_type: 'code';
  id: string;
  source: string | string[];
  metadata: Record<string, unknown>;
  outputs: Output[];
  execution_count: number | null;
}
export interface TextCell {
  cell_type: 'markdown' | 'raw';
  id: string;
  source: string | string[];
  metadata: Record<string, unknown>;
  attachments?: Record<string, unknown>;
}
export type Cell = CodeCell | TextCell;

export interface Notebook {
  nbformat: 4;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: Cell[];
}

export const KERNELSPEC_METADATA = {
  kernelspec: { name: 'stride', display_name: 'Stride (TypeScript)', language: 'typescript' },
  language_info: { name: 'typescript', file_extension: '.ts', mimetype: 'text/typescript' },
};

/** A fresh cell id (nbformat 4.5: 1-64 of [a-zA-Z0-9-_]). */
export const newCellId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');

/** A cell's source as one string (Jupyter may store a list of lines). */
export const sourceText = (s: string | string[]): string => (Array.isArray(s) ? s.join('') : s);

/** Splits text the way Jupyter stores it: lines keeping their '\n'. */
export function toLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length === 1 && lines[0] === '' ? [] : lines;
}

/** An empty notebook with the Stride kernel's metadata. */
export function emptyNotebook(): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: structuredClone(KERNELSPEC_METADATA),
    cells: [{ cell_type: 'code', id: newCellId(), source: '', metadata: {}, outputs: [], execution_count: null }],
  };
}

/** Parses and normalizes an .ipynb (gives every cell an id; upgrades 4.x to 4.5). */
export function parseNotebook(text: string): Notebook {
  const nb = JSON.parse(text) as Partial<Notebook>;
  if (nb.nbformat !== 4 || !Array.isArray(nb.cells)) {
    throw new Error(`not an nbformat 4 notebook (nbformat ${String(nb.nbformat)})`);
  }
  const seen = new Set<string>();
  const cells = nb.cells.map((c) => {
    let id = typeof c.id === 'string' && /^[a-zA-Z0-9-_]{1,64}$/.test(c.id) && !seen.has(c.id) ? c.id : newCellId();
    while (seen.has(id)) id = newCellId();
    seen.add(id);
    const base = { ...c, id, metadata: c.metadata ?? {}, source: c.source ?? '' };
    if (c.cell_type === 'code') {
      return {
        ...base,
        outputs: (c as CodeCell).outputs ?? [],
        execution_count: (c as CodeCell).execution_count ?? null,
      } as CodeCell;
    }
    return base as TextCell;
  });
  return { nbformat: 4, nbformat_minor: Math.max(5, nb.nbformat_minor ?? 5), metadata: nb.metadata ?? {}, cells };
}

/** Serializes as Jupyter does: sources and multi-line text as line lists, 1-space indent, final newline. */
export function serializeNotebook(nb: Notebook): string {
  const lines = (s: string | string[]): string[] => toLines(sourceText(s));
  const bundle = (d: MimeBundle): Record<string, string | string[]> =>
    Object.fromEntries(
      Object.entries(d).map(([k, v]) => [k, k.startsWith('image/') && k !== 'image/svg+xml' ? v : lines(v)]),
    );
  const cells = nb.cells.map((c) => {
    if (c.cell_type !== 'code') return { ...c, source: lines(c.source) };
    const outputs = c.outputs.map((o) => {
      if (o.output_type === 'stream') return { ...o, text: lines(o.text) };
      if (o.output_type === 'display_data' || o.output_type === 'execute_result') return { ...o, data: bundle(o.data) };
      return o;
    });
    return { ...c, source: lines(c.source), outputs };
  });
  const metadata = { ...nb.metadata };
  if (metadata['kernelspec'] === undefined) Object.assign(metadata, structuredClone(KERNELSPEC_METADATA));
  return `${JSON.stringify({ cells, metadata, nbformat: 4, nbformat_minor: nb.nbformat_minor }, null, 1)}\n`;
}

/** Adds text to a cell's outputs, merging with a stream of the same name right before it. */
export function appendStream(outputs: Output[], name: 'stdout' | 'stderr', text: string): void {
  const last = outputs[outputs.length - 1];
  if (last?.output_type === 'stream' && last.name === name) last.text = sourceText(last.text) + text;
  else outputs.push({ output_type: 'stream', name, text });
}
