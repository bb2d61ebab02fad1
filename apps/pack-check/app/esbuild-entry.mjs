// The esbuild page's entry: locate the wasm first, then run the same script as Node and Vite.
import './lapack-wasm-esbuild.mjs';
import './main.mjs';
