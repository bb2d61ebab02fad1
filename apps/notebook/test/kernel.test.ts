import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kernel } from '../src/kernel/supervisor.js';
import { newKernel, run } from './helpers.js';

describe('kernel', () => {
  let k: Kernel;
  beforeAll(async () => {
    k = newKernel();
    await k.start();
  });
  afterAll(async () => {
    await k.shutdown();
  });

  it('keeps const/let/function/class bindings between cells', async () => {
    expect(
      (await run(k, 'const a: number = 2;\nlet b = 3;\nfunction twice(x: number) { return 2 * x; }\nclass P { v = 7 }'))
        .status,
    ).toBe('ok');
    const r = await run(k, 'b += 1;\ntwice(a) + b + new P().v');
    expect(r.error).toBeNull();
    expect(r.result).toEqual({ 'text/plain': '15' });
  });

  it('destructuring and imports persist; a const cannot be assigned from another cell', async () => {
    await run(k, "const { x, y: [y0, ...rest] } = { x: 1, y: [2, 3, 4] };\nimport { join } from 'node:path';");
    expect((await run(k, 'join(String(x), String(y0), rest.join("+"))')).result).toEqual({ 'text/plain': "'1/2/3+4'" });
    const r = await run(k, 'x = 5');
    expect(r.status).toBe('error');
    expect(r.error?.ename).toBe('TypeError');
  });

  it('re-running a cell redeclares its names (const included)', async () => {
    await run(k, 'const c = 1');
    expect((await run(k, 'const c = 2; c')).result).toEqual({ 'text/plain': '2' });
    // functions defined earlier see the new binding
    await run(k, 'const readC = () => c');
    await run(k, 'const c = 3');
    expect((await run(k, 'readC()')).result).toEqual({ 'text/plain': '3' });
  });

  it('top-level await and streams', async () => {
    const r = await run(
      k,
      'console.log("hello");\nconsole.error("warn");\nawait new Promise((r) => setTimeout(r, 10));\n6 * 7',
    );
    expect(r.stdout).toBe('hello\n');
    expect(r.stderr).toBe('warn\n');
    expect(r.result).toEqual({ 'text/plain': '42' });
  });

  it('a runtime error names the cell line', async () => {
    const r = await run(k, 'const ok = 1;\n\nfunction f() {\n  throw new RangeError("bad value");\n}\nf();');
    expect(r.status).toBe('error');
    expect(r.error?.ename).toBe('RangeError');
    expect(r.error?.evalue).toBe('bad value');
    expect(r.error?.traceback.join('\n')).toMatch(/line 4: throw new RangeError/);
    expect(r.error?.traceback.join('\n')).toMatch(/line 6: f\(\);/);
  });

  it('a syntax error names the line and column', async () => {
    const r = await run(k, 'const a1 = 1;\nconst b1 = (;');
    expect(r.error?.ename).toBe('SyntaxError');
    expect(r.error?.evalue).toMatch(/line 2/);
  });

  it('rich outputs: figures as SVG, records as an HTML table, display()', async () => {
    const fig = await run(
      k,
      'class Fig { toSVG() { return "<svg xmlns=\\"http://www.w3.org/2000/svg\\"></svg>"; } }\nnew Fig()',
    );
    expect(fig.result?.['image/svg+xml']).toContain('<svg');
    const table = await run(k, '[{ a: 1, b: "x" }, { a: 2, b: "y" }]');
    expect(table.result?.['text/html']).toContain('<table');
    const shown = await run(k, 'display(new Fig());\ndisplay.html("<b>hi</b>");\nundefined');
    expect(shown.displays.map((d) => Object.keys(d)[0])).toEqual(['image/svg+xml', 'text/html']);
    expect(shown.result).toBeNull();
  });

  it('interrupts a synchronous infinite loop and keeps the state', async () => {
    await run(k, 'const kept = "still here"');
    const running = run(k, 'while (true) {}');
    await new Promise((r) => setTimeout(r, 300));
    expect(await k.interrupt()).toBe('interrupted');
    const r = await running;
    expect(r.error?.ename).toBe('KeyboardInterrupt');
    expect((await run(k, 'kept')).result).toEqual({ 'text/plain': "'still here'" });
  });

  it('interrupts a cell waiting on a promise', async () => {
    const running = run(k, 'await new Promise(() => {})');
    await new Promise((r) => setTimeout(r, 200));
    expect(await k.interrupt()).toBe('interrupted');
    expect((await running).error?.ename).toBe('KeyboardInterrupt');
  });

  it('restarts the engine when a loop cannot be interrupted (after an await)', async () => {
    const running = run(k, 'await null;\nwhile (true) {}');
    await new Promise((r) => setTimeout(r, 300));
    expect(await k.interrupt()).toBe('restarted');
    expect((await running).error?.evalue).toMatch(/restarted/);
    expect((await run(k, 'typeof kept')).result).toEqual({ 'text/plain': "'undefined'" });
  });

  it('a cell that ends the process reports it, and the next cell gets a fresh engine', async () => {
    const r = await run(k, 'process.exit(3)');
    expect(r.error?.ename).toBe('KernelDied');
    expect((await run(k, '1 + 1')).result).toEqual({ 'text/plain': '2' });
  });

  it('restart clears the state and the execution count', async () => {
    await run(k, 'const gone = 1');
    await k.restart();
    expect(k.executionCount).toBe(0);
    expect((await run(k, 'typeof gone')).result).toEqual({ 'text/plain': "'undefined'" });
  });

  it('completes names from the live scope', async () => {
    await run(k, 'const obj = { alpha: 1, beta: 2 }');
    const c = await k.complete('obj.al', 6);
    expect(c.matches).toEqual(['alpha']);
    expect(c.start).toBe(4);
  });

  it('a @stride/plot figure stays live: a drag moves its limits and the SVG comes back; reset restores it', async () => {
    const code =
      "import * as st from 'stride';\nconst { fig: live, ax: liveAx } = st.plot.subplots({ width: 400, height: 300 });\nliveAx.plot([0, 1, 2], [0, 1, 4], { label: 'sq' });\nlive";
    // Without liveFigures (the headless runner, Jupyter) the SVG is the figure's own, untagged.
    expect((await run(k, code)).result?.['image/svg+xml']).not.toContain('data-stride-figure');
    const lk = newKernel({ liveFigures: true });
    await lk.start();
    try {
      await liveChecks(lk, code);
    } finally {
      await lk.shutdown();
    }
  });
});

async function liveChecks(k: Kernel, code: string): Promise<void> {
  {
    const r = await run(k, code);
    expect(r.error).toBeNull();
    const svg = r.result?.['image/svg+xml'] ?? '';
    const id = /data-stride-figure="([^"]+)"/.exec(svg)?.[1];
    expect(id).toBeTruthy();
    expect(await k.figure(id as string, { action: 'dragStart', x: 200, y: 150 })).toEqual({
      known: true,
      svg: null,
      readout: null,
    });
    const moved = await k.figure(id as string, { action: 'dragMove', x: 260, y: 150 });
    expect(moved.known).toBe(true);
    expect(moved.svg).toContain(`data-stride-figure="${id}"`);
    expect(moved.svg).not.toBe(svg);
    await k.figure(id as string, { action: 'dragEnd' });
    const lim = await run(k, 'liveAx.getXlim()[0] < -0.5');
    expect(lim.result).toEqual({ 'text/plain': 'true' });
    const reset = await k.figure(id as string, { action: 'reset' });
    expect(reset.svg).toBe(svg);
    expect((await k.figure('nope', { action: 'reset' })).known).toBe(false);
  }
}
