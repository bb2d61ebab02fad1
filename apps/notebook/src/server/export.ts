// A notebook as one static HTML page (sources and outputs, no kernel needed to read it).
import { escapeHtml } from '../notebook/html.js';
import { type Notebook, sourceText } from '../notebook/ipynb.js';
import { renderMarkdown, renderOutput } from '../notebook/render.js';

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1d2330}
pre{background:#f5f6f8;padding:.6em .8em;border-radius:4px;overflow:auto;font:13px/1.45 ui-monospace,monospace}
.cell{margin:1em 0}.prompt{color:#8a93a6;font:12px ui-monospace,monospace}.out-error{background:#fdecec;color:#8a1c1c}
.out-svg svg{max-width:100%;height:auto}table.stride-table{border-collapse:collapse}table.stride-table td,table.stride-table th{border:1px solid #ddd;padding:2px 8px}`;

/**
 * The whole notebook as a self-contained HTML page. Math in markdown is rendered by KaTeX as
 * MathML, which browsers draw with no stylesheet or font files, so the page stays one file.
 */
export async function exportHtml(nb: Notebook, title: string): Promise<string> {
  const { default: katex } = await import('katex');
  const math = (tex: string, displayMode: boolean): string =>
    katex.renderToString(tex, { displayMode, output: 'mathml', throwOnError: false });
  const body = nb.cells
    .map((c) => {
      if (c.cell_type === 'markdown') return `<div class="cell md">${renderMarkdown(sourceText(c.source), math)}</div>`;
      if (c.cell_type !== 'code') return `<div class="cell raw"><pre>${escapeHtml(sourceText(c.source))}</pre></div>`;
      const count = c.execution_count ?? ' ';
      const outputs = c.outputs.map((o) => renderOutput(o, math)).join('\n');
      return `<div class="cell code"><div class="prompt">In [${count}]:</div><pre class="src">${escapeHtml(sourceText(c.source))}</pre>${outputs}</div>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>\n`;
}
