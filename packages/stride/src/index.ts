/**
 * stride — every Stride package behind one import.
 *
 * NumPy's array functions sit at top level (`st.linspace`, `st.sum`, `st.random`), each further
 * package is a namespace: `st.linalg` (numpy.linalg + scipy.linalg), `st.plot` (matplotlib-style
 * figures), `st.special` (scipy.special), `st.stats` (scipy.stats distributions,
 * descriptive statistics, hypothesis tests), `st.signal` (scipy.signal) and `st.fft` (numpy.fft +
 * scipy.fft), `st.sparse` (scipy.sparse with its solvers, eigensolvers and csgraph). Re-exports only: a bundler keeps what a program uses
 * (each package declares its own side effects; `@stride/linalg` loads its WebAssembly module when
 * it is first imported).
 *
 * @example
 * ```ts
 * import * as st from 'stride';
 * const a = st.array([[4, 1], [2, 3]]);
 * st.linalg.det(a); // 10
 * ```
 * @packageDocumentation
 */
export * from '@stride/ndarray';
export * as linalg from '@stride/linalg';
export * as plot from '@stride/plot';
export * as special from '@stride/special';
export * as stats from '@stride/stats';
export * as signal from '@stride/signal';
export { fft } from '@stride/signal';
export * as sparse from '@stride/sparse';
