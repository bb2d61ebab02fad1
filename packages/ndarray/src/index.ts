/**
 * @stride/ndarray — NumPy's ndarray for TypeScript.
 *
 * The functions (from `./lean.js`) and the NDArray methods, which `./methods.js` attaches to
 * `NDArray.prototype` when this entry loads (the package's one import-time effect, declared in
 * `sideEffects`). Bundles that want only some functions import `@stride/ndarray/lean`.
 * @packageDocumentation
 */
import './methods.js';

export * from './lean.js';
export type { NDArrayMethods } from './methods.js';
