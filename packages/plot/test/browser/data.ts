// Data of the Chromium test pages: a random walk over x in [0, 1) beside a normal cloud, seeded.
import { random } from '@stride/ndarray';

export function walkAndCloud(n: number, seed: number) {
  const rng = random.defaultRng(seed);
  const x = new Float64Array(n).map((_, i) => i / n);
  const walk = rng.standardNormal(n).data as Float64Array;
  for (let i = 1; i < n; i++) walk[i] = (walk[i - 1] as number) + (walk[i] as number);
  return { x, walk, cx: rng.standardNormal(n), cy: rng.standardNormal(n) };
}
