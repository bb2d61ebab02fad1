// Types of the generated dist-native/stride-lapack.mjs, for type-checking inside this package
// (package.json "imports" maps #stride-lapack here for types and to dist-native at run time).
import type { StrideLapackModuleOptions, StrideLapackRawModule } from '../src/raw.js';

declare function createStrideLapack(options?: StrideLapackModuleOptions): Promise<StrideLapackRawModule>;
export default createStrideLapack;
