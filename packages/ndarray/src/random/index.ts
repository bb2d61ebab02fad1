/** `random`: NumPy's Generator / PCG64 / SeedSequence, producing NumPy's streams bit for bit. */
export { defaultRng, Generator } from './generator.js';
export type {
  ChoiceOptions,
  FloatOptions,
  IntegerDType,
  IntegerScalar,
  IntegersOptions,
  RngSeed,
  Size,
} from './generator.js';
export { PCG64 } from './pcg64.js';
export type { PCG64State } from './pcg64.js';
export { SeedSequence } from './seedSequence.js';
export type { SeedInput, SeedSequenceOptions } from './seedSequence.js';
export type { BitGenerator } from './bitGenerator.js';
