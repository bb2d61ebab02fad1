// Stride as a NumPy user writes it: the `stride-plain` column (see stridePlain in stride.js).
// @ts-check
import { stridePlain } from './stride.js';

export default stridePlain;
