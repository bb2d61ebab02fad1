// The fixture-case runner shared by the filter, design and resample suites: each case names an
// export, its arguments (arrays encoded) and SciPy's result.
import { readFileSync } from 'node:fs';
import { NDArray } from '@stride/ndarray';
import { describe, expect, it } from 'vitest';
import { type Enc, decode, expectClose } from '../../../test/fixtures.js';
import * as signal from '../src/index.js';

interface Case {
  fn: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  out: Enc | Enc[];
  tol?: number;
}

const isEnc = (v: unknown): v is Enc => typeof v === 'object' && v !== null && 'dtype' in v && 'shape' in v;
const dec = (v: unknown): unknown => (isEnc(v) ? decode(v) : v);
type AnyFn = (...args: unknown[]) => unknown;

function describeArg(v: unknown): string {
  if (isEnc(v)) return `${v.dtype}[${v.shape.join('×')}]`;
  return JSON.stringify(v);
}

/** One `it` per case of a fixture file, under `title`. */
export function runCases(file: string, title: string): void {
  const fx = JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as { cases: Case[] };
  describe(title, () => {
    for (const c of fx.cases) {
      const kw = Object.keys(c.kwargs).length
        ? `, ${Object.entries(c.kwargs)
            .map(([k, v]) => `${k}: ${describeArg(v)}`)
            .join(', ')}`
        : '';
      it(`${c.fn}(${c.args.map(describeArg).join(', ')}${kw})`, () => {
        const f = (signal as unknown as Record<string, AnyFn>)[c.fn] as AnyFn;
        const args = c.args.map(dec);
        const opts = Object.fromEntries(Object.entries(c.kwargs).map(([k, v]) => [k, dec(v)]));
        const r = Object.keys(opts).length ? f(...args, opts) : f(...args);
        const tol = { rtol: c.tol ?? 1e-10, atol: (c.tol ?? 1e-10) * 1e-2 };
        if (Array.isArray(c.out)) {
          const want = c.out.map(decode);
          const got = r instanceof NDArray ? [r] : Object.values(r as Record<string, NDArray>);
          expect(got.length).toBe(want.length);
          got.forEach((g, i) => {
            expect(g.dtype, `part ${i} dtype`).toBe((want[i] as NDArray).dtype);
            expectClose(g, want[i] as NDArray, tol, `part ${i}`);
          });
        } else {
          const want = decode(c.out);
          expect((r as NDArray).dtype).toBe(want.dtype);
          expectClose(r as NDArray, want, tol, c.fn);
        }
      });
    }
  });
}
