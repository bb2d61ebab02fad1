// The notebook front end: cells in CodeMirror 6, outputs inline, a kernel over a WebSocket,
// Jupyter's keyboard habits, autosave, and a reactive mode that marks (or re-runs) the cells
// reading a name when the cell defining it runs again.
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { javascript, javascriptLanguage } from '@codemirror/lang-javascript';
import { Prec } from '@codemirror/state';
import { hoverTooltip, keymap } from '@codemirror/view';
import { EditorView, basicSetup } from 'codemirror';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import './style.css';
import { type Cell, type Notebook, type Output, newCellId, sourceText } from '../notebook/ipynb.js';
import { renderMarkdown, renderOutput, scopeSvgIds } from '../notebook/render.js';

type CellType = 'code' | 'markdown' | 'raw';
interface UICell {
  id: string;
  type: CellType;
  root: HTMLElement;
  prompt: HTMLElement;
  editor: EditorView;
  rendered: HTMLElement;
  outputsEl: HTMLElement;
  outputs: Output[];
  count: number | null;
  metadata: Record<string, unknown>;
  /** Ran before, and a name it reads changed since (or its source changed). */
  stale: boolean;
  defines: string[];
  uses: string[];
  editing: boolean;
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const notebookEl = $('notebook');
const math = (tex: string, displayMode: boolean): string =>
  katex.renderToString(tex, { displayMode, throwOnError: false, output: 'html' });

let path = '';
let nbMeta: Record<string, unknown> = {};
let nbMinor = 5;
let cells: UICell[] = [];
let selected: UICell | null = null;
let ws: WebSocket | null = null;
let reqId = 0;
const pendingRuns = new Map<string, (status: string) => void>();
const pendingRequests = new Map<number, (m: Record<string, unknown>) => void>();
let dirty = false;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let lastKey = '';

// ---- kernel connection ---------------------------------------------------------------------------
function setKernelState(state: string): void {
  const el = $('kernel-state');
  el.dataset['state'] = state;
  el.textContent = `kernel ${state}`;
}

function connect(): void {
  // Runs waiting on the old socket will never hear 'done': end them, so a Run all stops there.
  for (const resolve of pendingRuns.values()) resolve('aborted');
  pendingRuns.clear();
  ws?.close();
  const proto = location.protocol === 'https:' ? 'wss' : 'ws';
  const socket = new WebSocket(`${proto}://${location.host}/api/kernel?path=${encodeURIComponent(path)}`);
  ws = socket;
  socket.onmessage = (ev) => onKernelMessage(JSON.parse(String(ev.data)) as Record<string, unknown>);
  socket.onclose = () => {
    if (ws === socket) setKernelState('disconnected');
  };
}

function request(m: Record<string, unknown>): Promise<Record<string, unknown>> {
  const id = ++reqId;
  return new Promise((resolve) => {
    pendingRequests.set(id, resolve);
    ws?.send(JSON.stringify({ ...m, reqId: id }));
    setTimeout(() => {
      if (pendingRequests.delete(id)) resolve({});
    }, 3000);
  });
}

function onKernelMessage(m: Record<string, unknown>): void {
  const cell = cells.find((c) => c.id === m['cellId']);
  switch (m['type']) {
    case 'status':
      setKernelState(String(m['state']));
      if (m['state'] === 'restarted') {
        for (const c of cells) markStale(c, c.count !== null);
      }
      break;
    case 'queued':
      if (cell) {
        cell.root.classList.add('running');
        cell.prompt.textContent = '[*]';
      }
      break;
    case 'output':
      if (cell) addOutput(cell, m['output'] as Output);
      break;
    case 'done': {
      if (cell) {
        cell.root.classList.remove('running');
        cell.count = Number(m['executionCount']);
        cell.prompt.textContent = `[${cell.count}]`;
        cell.root.dataset['status'] = String(m['status']);
        cell.root.dataset['ms'] = String(Math.round(Number(m['ms'])));
        cell.defines = m['defines'] as string[];
        cell.uses = m['uses'] as string[];
        markStale(cell, false);
        changed();
      }
      const resolve = pendingRuns.get(String(m['cellId']));
      pendingRuns.delete(String(m['cellId']));
      resolve?.(String(m['status']));
      break;
    }
    case 'interrupted':
      break;
    default: {
      const resolve = pendingRequests.get(Number(m['reqId']));
      pendingRequests.delete(Number(m['reqId']));
      resolve?.(m);
    }
  }
}

// ---- outputs -------------------------------------------------------------------------------------
function addOutput(cell: UICell, o: Output): void {
  const last = cell.outputs[cell.outputs.length - 1];
  if (o.output_type === 'stream' && last?.output_type === 'stream' && last.name === o.name) {
    last.text = sourceText(last.text) + sourceText(o.text);
    const el = cell.outputsEl.lastElementChild;
    if (el) el.outerHTML = renderOutput(last, math);
    return;
  }
  cell.outputs.push(o);
  cell.outputsEl.insertAdjacentHTML('beforeend', renderOutput(o, math));
  wireFigures(cell.outputsEl);
}

function renderOutputs(cell: UICell): void {
  cell.outputsEl.innerHTML = cell.outputs.map((o) => renderOutput(o, math)).join('');
  wireFigures(cell.outputsEl);
}

// ---- cells ---------------------------------------------------------------------------------------
function markStale(cell: UICell, stale: boolean): void {
  cell.stale = stale;
  cell.root.classList.toggle('stale', stale);
}

// ---- live figures --------------------------------------------------------------------------------
// A figure shown by the kernel carries `data-stride-figure`: the kernel still holds it, so a drag
// pans it, the wheel zooms it (once the figure was clicked, so scrolling the page still scrolls),
// a double-click resets it and hovering reads out the nearest point — the kernel moves the limits
// and sends the redrawn SVG. Gestures are queued one at a time per figure (moves coalesce).
type FigureGesture =
  | { action: 'wheel'; x: number; y: number; deltaY: number }
  | { action: 'dragStart' | 'dragMove' | 'readout'; x: number; y: number }
  | { action: 'dragEnd' | 'reset' };

function wireFigures(root: HTMLElement): void {
  for (const holder of Array.from(root.querySelectorAll<HTMLElement>('.out-svg'))) {
    const id = holder.querySelector('svg')?.getAttribute('data-stride-figure');
    if (id && holder.dataset['live'] === undefined) liveFigure(holder, id);
  }
}

function liveFigure(holder: HTMLElement, id: string): void {
  holder.dataset['live'] = 'on';
  holder.title = 'drag to pan · click, then scroll to zoom · double-click to reset';
  const tip = document.createElement('div');
  tip.className = 'fig-tip';
  tip.hidden = true;
  holder.append(tip);
  const queue: FigureGesture[] = [];
  let busy = false;
  let dragging = false;
  let active = false;
  const off = (): boolean => holder.dataset['live'] !== 'on';
  const at = (e: MouseEvent): [number, number] => {
    const svg = holder.querySelector('svg') as SVGSVGElement;
    const r = svg.getBoundingClientRect();
    const w = svg.viewBox.baseVal?.width || r.width;
    const k = w / (r.width || 1);
    return [(e.clientX - r.left) * k, (e.clientY - r.top) * k];
  };
  const pump = async (): Promise<void> => {
    if (busy || queue.length === 0) return;
    busy = true;
    const g = queue.shift() as FigureGesture;
    const r = await request({ type: 'figure', figure: id, ...g });
    busy = false;
    if (r['known'] !== true) {
      holder.dataset['live'] = 'off';
      holder.title = '';
      tip.hidden = true;
      queue.length = 0;
      return;
    }
    if (typeof r['svg'] === 'string') {
      const old = holder.querySelector('svg');
      const box = document.createElement('div');
      box.innerHTML = scopeSvgIds(r['svg']);
      const svg = box.querySelector('svg');
      if (old && svg) old.replaceWith(svg);
      holder.dataset['views'] = String(Number(holder.dataset['views'] ?? 0) + 1);
    }
    if (g.action === 'readout') {
      const text = typeof r['readout'] === 'string' ? r['readout'] : null;
      tip.hidden = text === null || dragging;
      if (text !== null) tip.textContent = text;
    }
    void pump();
  };
  const push = (g: FigureGesture): void => {
    if (off()) return;
    const last = queue[queue.length - 1];
    if (last?.action === 'wheel' && g.action === 'wheel') last.deltaY += g.deltaY;
    else if (last !== undefined && last.action === g.action && (g.action === 'dragMove' || g.action === 'readout')) {
      queue[queue.length - 1] = g;
    } else queue.push(g);
    void pump();
  };
  holder.addEventListener(
    'wheel',
    (e) => {
      if (off() || !(active || e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      const [x, y] = at(e);
      push({ action: 'wheel', x, y, deltaY: e.deltaY });
    },
    { passive: false },
  );
  holder.addEventListener('pointerdown', (e) => {
    if (off() || e.button !== 0) return;
    active = true;
    dragging = true;
    tip.hidden = true;
    holder.setPointerCapture?.(e.pointerId);
    const [x, y] = at(e);
    push({ action: 'dragStart', x, y });
  });
  holder.addEventListener('pointermove', (e) => {
    if (off()) return;
    const [x, y] = at(e);
    tip.style.left = `${e.clientX - holder.getBoundingClientRect().left + 12}px`;
    tip.style.top = `${e.clientY - holder.getBoundingClientRect().top + 12}px`;
    push(dragging ? { action: 'dragMove', x, y } : { action: 'readout', x, y });
  });
  const end = (): void => {
    if (!dragging) return;
    dragging = false;
    push({ action: 'dragEnd' });
  };
  holder.addEventListener('pointerup', end);
  holder.addEventListener('pointercancel', end);
  holder.addEventListener('pointerleave', () => {
    active = false;
    tip.hidden = true;
  });
  holder.addEventListener('dblclick', () => push({ action: 'reset' }));
}

function renderMarkdownCell(cell: UICell): void {
  cell.rendered.innerHTML =
    renderMarkdown(cell.editor.state.doc.toString(), math) || '<p class="empty">(empty text cell)</p>';
  cell.editing = false;
  cell.root.classList.remove('editing');
}

/** The code cells' sources and this cell's index among them (for the type service). */
function codeCells(cell: UICell): { cells: string[]; cell: number } {
  const code = cells.filter((c) => c.type === 'code');
  return { cells: code.map((c) => c.editor.state.doc.toString()), cell: code.indexOf(cell) };
}

/** Completions: names from TypeScript's view of the notebook, then the kernel's live names. */
function kernelCompletion(cell: UICell) {
  return (context: CompletionContext): Promise<CompletionResult | null> | null => {
    const word = context.matchBefore(/[\w$]*/);
    const afterDot = word !== null && context.state.sliceDoc(word.from - 1, word.from) === '.';
    if (word === null || (word.from === word.to && !context.explicit && !afterDot)) return null;
    const code = context.state.doc.toString();
    return request({ type: 'complete', code, cursor: context.pos, ...codeCells(cell) }).then((r) => {
      const types = (r['types'] as { label: string; kind: string }[] | undefined) ?? [];
      const live = (r['matches'] as string[] | undefined) ?? [];
      const seen = new Set(types.map((t) => t.label));
      const fn = (kind: string): string => (kind === 'method' || kind === 'function' ? 'function' : 'variable');
      const options = [
        ...types.map((t) => ({ label: t.label, type: fn(t.kind), detail: t.kind })),
        ...live.filter((l) => !seen.has(l)).map((label) => ({ label, type: 'variable' })),
      ];
      return options.length === 0 ? null : { from: word.from, options };
    });
  };
}

/** Hover: TypeScript's type of the name under the pointer. */
function typeHover(cell: UICell) {
  return hoverTooltip(async (_view, pos) => {
    const r = await request({ type: 'hover', cursor: pos, ...codeCells(cell) });
    const text = r['text'];
    if (typeof text !== 'string' || text === '') return null;
    return {
      pos,
      create: () => {
        const dom = document.createElement('pre');
        dom.className = 'type-hover';
        dom.textContent = text;
        return { dom };
      },
    };
  });
}

/** Starts async work from a key binding (which must answer `true`: handled). */
const launch = (work: Promise<unknown>): boolean => {
  void work;
  return true;
};

function makeCell(type: CellType, source: string, id = newCellId()): UICell {
  const root = document.createElement('div');
  root.className = `cell cell-${type}`;
  root.dataset['id'] = id;
  const prompt = document.createElement('div');
  prompt.className = 'prompt';
  const body = document.createElement('div');
  body.className = 'cell-body';
  const editorEl = document.createElement('div');
  editorEl.className = 'editor';
  const rendered = document.createElement('div');
  rendered.className = 'rendered';
  const outputsEl = document.createElement('div');
  outputsEl.className = 'outputs';
  body.append(editorEl, rendered, outputsEl);
  root.append(prompt, body);
  const cell: UICell = {
    id,
    type,
    root,
    prompt,
    rendered,
    outputsEl,
    outputs: [],
    count: null,
    metadata: {},
    stale: false,
    defines: [],
    uses: [],
    editing: false,
    editor: undefined as unknown as EditorView,
  };
  const keys = Prec.highest(
    keymap.of([
      { key: 'Shift-Enter', run: () => launch(runAndAdvance(cell)) },
      { key: 'Mod-Enter', run: () => launch(runCell(cell)) },
      {
        key: 'Escape',
        run: () => {
          if (cell.type === 'markdown') renderMarkdownCell(cell);
          cell.editor.contentDOM.blur();
          select(cell);
          return true;
        },
      },
      { key: 'Mod-s', run: () => launch(save()) },
    ]),
  );
  const extensions = [keys, basicSetup, EditorView.lineWrapping];
  if (type === 'code') {
    extensions.push(
      javascript({ typescript: true }),
      javascriptLanguage.data.of({ autocomplete: kernelCompletion(cell) }),
    );
    extensions.push(typeHover(cell));
    extensions.push(autocompletion({ activateOnTyping: true }));
  }
  extensions.push(
    EditorView.updateListener.of((u) => {
      if (u.docChanged) {
        if (cell.count !== null && cell.type === 'code') markStale(cell, true);
        changed();
        scheduleAnalysis();
      }
      if (u.focusChanged && u.view.hasFocus) select(cell, false);
    }),
  );
  cell.editor = new EditorView({ doc: source, parent: editorEl, extensions });
  root.addEventListener('mousedown', () => select(cell, false));
  rendered.addEventListener('dblclick', () => editCell(cell));
  if (type === 'markdown') renderMarkdownCell(cell);
  else if (type === 'code') prompt.textContent = '[ ]';
  return cell;
}

function insertCell(cell: UICell, index: number): void {
  const before = cells[index];
  if (before) notebookEl.insertBefore(cell.root, before.root);
  else notebookEl.append(cell.root);
  cells.splice(index, 0, cell);
  changed();
}

function select(cell: UICell, blurEditor = true): void {
  if (selected && selected !== cell) selected.root.classList.remove('selected');
  selected = cell;
  cell.root.classList.add('selected');
  if (blurEditor) (document.activeElement as HTMLElement | null)?.blur();
}

function editCell(cell: UICell): void {
  select(cell, false);
  if (cell.type === 'markdown') {
    cell.editing = true;
    cell.root.classList.add('editing');
  }
  cell.editor.focus();
}

function replaceType(cell: UICell, type: CellType): void {
  if (cell.type === type) return;
  const index = cells.indexOf(cell);
  const fresh = makeCell(type, cell.editor.state.doc.toString(), cell.id);
  cell.root.replaceWith(fresh.root);
  cells[index] = fresh;
  select(fresh);
  changed();
}

function deleteCell(cell: UICell): void {
  const index = cells.indexOf(cell);
  cell.root.remove();
  cells.splice(index, 1);
  if (cells.length === 0) insertCell(makeCell('code', ''), 0);
  const next = cells[Math.min(index, cells.length - 1)];
  if (next) select(next);
  changed();
}

// ---- running -------------------------------------------------------------------------------------
async function runCell(cell: UICell, reactive = true): Promise<string> {
  if (cell.type === 'markdown') {
    renderMarkdownCell(cell);
    return 'ok';
  }
  if (cell.type !== 'code') return 'ok';
  if (ws === null || ws.readyState !== WebSocket.OPEN) return 'error';
  cell.outputs = [];
  renderOutputs(cell);
  cell.root.classList.add('running');
  cell.prompt.textContent = '[*]';
  const done = new Promise<string>((resolve) => pendingRuns.set(cell.id, resolve));
  ws.send(JSON.stringify({ type: 'execute', cellId: cell.id, code: cell.editor.state.doc.toString() }));
  const status = await done;
  if (status === 'ok' && reactive) await react(cell);
  return status;
}

/** Cells that (transitively) read a name `cell` defines, in notebook order. */
function dependents(cell: UICell): UICell[] {
  const out = new Set<UICell>();
  const frontier = [cell];
  while (frontier.length > 0) {
    const c = frontier.pop() as UICell;
    const names = new Set(c.defines);
    for (const d of cells) {
      if (d === cell || out.has(d) || d.type !== 'code') continue;
      if (d.uses.some((n) => names.has(n))) {
        out.add(d);
        frontier.push(d);
      }
    }
  }
  return cells.filter((c) => out.has(c));
}

async function react(cell: UICell): Promise<void> {
  const mode = ($('reactive') as HTMLSelectElement).value;
  if (mode === 'off') return;
  const deps = dependents(cell);
  if (mode === 'stale') {
    for (const d of deps) if (d.count !== null || d.outputs.length > 0) markStale(d, true);
    return;
  }
  for (const d of deps) {
    if ((await runCell(d, false)) !== 'ok') break;
  }
}

async function runAndAdvance(cell: UICell): Promise<void> {
  const index = cells.indexOf(cell);
  let next = cells[index + 1];
  if (next === undefined) {
    next = makeCell('code', '');
    insertCell(next, index + 1);
  }
  if (next.type === 'markdown') select(next);
  else editCell(next);
  await runCell(cell);
}

async function runAll(): Promise<void> {
  for (const c of [...cells]) {
    if ((await runCell(c, false)) !== 'ok') break;
  }
}

function interrupt(): void {
  ws?.send(JSON.stringify({ type: 'interrupt' }));
}

function restart(): Promise<void> {
  ws?.send(JSON.stringify({ type: 'restart' }));
  for (const c of cells) {
    if (c.type !== 'code') continue;
    c.root.classList.remove('running');
    if (c.count !== null) markStale(c, true);
  }
  return new Promise((resolve) => setTimeout(resolve, 300));
}

// ---- analysis (reactive graph) -------------------------------------------------------------------
let analysisTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleAnalysis(): void {
  clearTimeout(analysisTimer);
  analysisTimer = setTimeout(() => void analyze(), 400);
}
async function analyze(): Promise<void> {
  const code = cells.filter((c) => c.type === 'code');
  const r = await request({
    type: 'analyze',
    cells: code.map((c) => ({ id: c.id, code: c.editor.state.doc.toString() })),
  });
  for (const a of (r['cells'] as { id: string; defines: string[]; uses: string[] }[] | undefined) ?? []) {
    const c = cells.find((x) => x.id === a.id);
    if (c) {
      c.defines = a.defines;
      c.uses = a.uses;
      c.root.title = a.defines.length > 0 ? `defines ${a.defines.join(', ')}` : '';
    }
  }
}

// ---- files ---------------------------------------------------------------------------------------
function toNotebook(): Notebook {
  const out: Cell[] = cells.map((c) => {
    const source = c.editor.state.doc.toString();
    if (c.type === 'code') {
      return {
        cell_type: 'code',
        id: c.id,
        source,
        metadata: c.metadata,
        outputs: c.outputs,
        execution_count: c.count,
      };
    }
    return { cell_type: c.type, id: c.id, source, metadata: c.metadata };
  });
  return { nbformat: 4, nbformat_minor: nbMinor, metadata: nbMeta, cells: out };
}

function changed(): void {
  dirty = true;
  $('save-state').textContent = 'unsaved';
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void save(), 1500);
}

async function save(): Promise<void> {
  if (!path) return;
  clearTimeout(saveTimer);
  const res = await fetch(`/api/notebook?path=${encodeURIComponent(path)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(toNotebook()),
  });
  dirty = !res.ok;
  $('save-state').textContent = res.ok ? 'saved' : `save failed (${res.status})`;
}

async function open(p: string): Promise<void> {
  if (dirty) await save();
  path = p;
  location.hash = `path=${encodeURIComponent(p)}`;
  $('nb-name').textContent = p;
  ($('export') as HTMLAnchorElement).href = `/api/export?path=${encodeURIComponent(p)}`;
  const nb = (await (await fetch(`/api/notebook?path=${encodeURIComponent(p)}`)).json()) as Notebook;
  nbMeta = nb.metadata;
  nbMinor = nb.nbformat_minor;
  notebookEl.innerHTML = '';
  cells = [];
  for (const c of nb.cells) {
    const cell = makeCell(c.cell_type, sourceText(c.source), c.id);
    cell.metadata = c.metadata;
    if (c.cell_type === 'code') {
      cell.outputs = c.outputs;
      cell.count = c.execution_count;
      cell.prompt.textContent = `[${c.execution_count ?? ' '}]`;
      renderOutputs(cell);
    }
    cells.push(cell);
    notebookEl.append(cell.root);
  }
  if (cells.length === 0) insertCell(makeCell('code', ''), 0);
  dirty = false;
  $('save-state').textContent = 'saved';
  for (const li of Array.from(document.querySelectorAll<HTMLElement>('#file-list li'))) {
    li.classList.toggle('current', li.dataset['path'] === p);
  }
  if (cells[0]) select(cells[0]);
  setKernelState('starting');
  connect();
  await new Promise<void>((resolve) => ws?.addEventListener('open', () => resolve(), { once: true }));
  void analyze();
}

async function loadFiles(): Promise<string[]> {
  const { files } = (await (await fetch('/api/files')).json()) as { files: string[] };
  const list = $('file-list');
  list.innerHTML = '';
  for (const f of files) {
    const li = document.createElement('li');
    li.textContent = f;
    li.dataset['path'] = f;
    li.addEventListener('click', () => {
      if (f !== path) void open(f);
    });
    list.append(li);
  }
  return files;
}

// ---- keyboard (command mode) ---------------------------------------------------------------------
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 's') {
    e.preventDefault();
    void save();
    return;
  }
  const inEditor = (e.target as HTMLElement).closest?.('.cm-editor') !== null;
  if (inEditor || selected === null || e.target instanceof HTMLSelectElement) return;
  const cell = selected;
  const index = cells.indexOf(cell);
  const key = e.key;
  const twice = lastKey === key;
  lastKey = key;
  if (key === 'Enter' && e.shiftKey) void runAndAdvance(cell);
  else if (key === 'Enter' && (e.ctrlKey || e.metaKey)) void runCell(cell);
  else if (key === 'Enter') editCell(cell);
  else if (key === 'a') insertAndSelect(index);
  else if (key === 'b') insertAndSelect(index + 1);
  else if (key === 'd' && twice) {
    deleteCell(cell);
    lastKey = '';
  } else if (key === 'm') replaceType(cell, 'markdown');
  else if (key === 'y') replaceType(cell, 'code');
  else if (key === 'ArrowUp' || key === 'k') select(cells[Math.max(0, index - 1)] as UICell);
  else if (key === 'ArrowDown' || key === 'j') select(cells[Math.min(cells.length - 1, index + 1)] as UICell);
  else if (key === 'i' && twice) {
    interrupt();
    lastKey = '';
  } else if (key === '0' && twice) {
    void restart();
    lastKey = '';
  } else return;
  e.preventDefault();
});

function insertAndSelect(index: number, type: CellType = 'code'): void {
  const cell = makeCell(type, '');
  insertCell(cell, index);
  select(cell);
}

$('run-cell').addEventListener('click', () => selected && void runAndAdvance(selected));
$('run-all').addEventListener('click', () => void runAll());
$('interrupt').addEventListener('click', interrupt);
$('restart').addEventListener('click', () => void restart());
$('restart-run').addEventListener('click', () => void restart().then(runAll));
$('add-code').addEventListener('click', () => insertAndSelect(selected ? cells.indexOf(selected) + 1 : cells.length));
$('add-md').addEventListener('click', () =>
  insertAndSelect(selected ? cells.indexOf(selected) + 1 : cells.length, 'markdown'),
);
$('save').addEventListener('click', () => void save());
window.addEventListener('beforeunload', () => {
  if (dirty) void save();
});

const files = await loadFiles();
const fromHash = new URLSearchParams(location.hash.slice(1)).get('path');
const first = fromHash && files.includes(fromHash) ? fromHash : files[0];
if (first) await open(first);
document.body.dataset['ready'] = 'true';
