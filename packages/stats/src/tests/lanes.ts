/**
 * The sample engine of the hypothesis tests: each sample's axis moved last, lanes matched across
 * samples, SciPy's NaN policy applied per lane (a NaN with 'propagate' makes every field of that
 * lane's result NaN, as SciPy's axis/NaN decorator does), then one kernel call per lane.
 */
import { type ArrayInput, is, NDArray, ShapeError, ValueError } from '@stride/ndarray';
import { lanes, type Lanes, type NanPolicy } from '../rows.js';

/** SciPy's `alternative`. */
export const alternativeCheck = is.choice('two-sided', 'less', 'greater');
/** SciPy's `nan_policy`. */
export const nanPolicyCheck = is.choice('propagate', 'omit', 'raise');
/** An integer axis or null (all elements as one sample). */
export const axisCheck = is.nullable(is.axisInt);

function hasNaN(v: Float64Array): boolean {
  for (let k = 0; k < v.length; k++) if (Number.isNaN(v[k] as number)) return true;
  return false;
}

/**
 * What `perLane` needs: the function's name, the samples with their parameter names, the axis,
 * the NaN policy and whether the samples are paired (NaN pairs dropped together, equal lengths).
 */
export interface LaneSpec {
  fn: string;
  names: readonly string[];
  samples: readonly ArrayInput[];
  axis: number | null;
  nanPolicy: NanPolicy;
  paired?: boolean;
}

/** The laid-out samples, checked for matching lane counts. */
function layout(spec: LaneSpec): Lanes[] {
  const { fn, names, samples, axis } = spec;
  const ls = samples.map((s, i) => {
    if (s === undefined || s === null || typeof s === 'string') is.arrayLike(s, fn, names[i] ?? 'samples');
    return lanes(fn, s, axis);
  });
  const first = ls[0] as Lanes;
  for (let i = 1; i < ls.length; i++) {
    const l = ls[i] as Lanes;
    if (l.shape.length !== first.shape.length || l.shape.some((d, j) => d !== first.shape[j]))
      throw new ShapeError(
        `${fn}: ${names[0]} and ${names[i] ?? 'samples'} must have the same shape apart from the axis, got [${first.input.join(', ')}] and [${l.input.join(', ')}]`,
      );
    if (spec.paired && l.length !== first.length)
      throw new ShapeError(
        `${fn}: ${names[0]} and ${names[i] ?? 'samples'} must have the same length along the axis, got shapes [${first.input.join(', ')}] and [${l.input.join(', ')}]`,
      );
  }
  return ls;
}

/** Lane `j` of every sample after the NaN policy; null when a NaN propagates. */
function laneSet(spec: LaneSpec, ls: Lanes[], j: number): Float64Array[] | null {
  const vs = ls.map((l) => l.data.subarray(j * l.length, (j + 1) * l.length));
  const nan = vs.map(hasNaN);
  if (!nan.some(Boolean)) return vs;
  if (spec.nanPolicy === 'raise') throw new ValueError(`${spec.fn}: the input contains NaN (nanPolicy: 'raise')`);
  if (spec.nanPolicy === 'propagate') return null;
  if (!spec.paired) return vs.map((v, i) => (nan[i] ? v.filter((y) => !Number.isNaN(y)) : v));
  const n = (vs[0] as Float64Array).length;
  const keep: number[] = [];
  for (let k = 0; k < n; k++) if (vs.every((v) => !Number.isNaN(v[k] as number))) keep.push(k);
  return vs.map((v) => Float64Array.from(keep, (k) => v[k] as number));
}

/**
 * Runs `kernel` on every lane: numbers for one-dimensional samples, NDArrays of the lanes' shape
 * otherwise, one per field of the kernel's result.
 *
 * @example
 * ```ts
 * perLane({ fn: 'f', names: ['a'], samples: [[[1, 2], [3, 4]]], axis: 0, nanPolicy: 'propagate' },
 *   (v) => ({ statistic: v[0]![0]! })).statistic; // NDArray float64 [1, 2]
 * ```
 */
export function perLane<R extends Record<string, number>>(
  spec: LaneSpec,
  kernel: (lanes: Float64Array[]) => R,
): { [K in keyof R]: number | NDArray } {
  const ls = layout(spec);
  const first = ls[0] as Lanes;
  const results: (R | null)[] = [];
  for (let j = 0; j < first.count; j++) {
    const set = laneSet(spec, ls, j);
    results.push(set === null ? null : kernel(set));
  }
  let keys = Object.keys(results.find((r) => r !== null) ?? {});
  if (keys.length === 0) {
    // every lane propagated a NaN: the field names from a trial on NaN lanes
    try {
      keys = Object.keys(kernel(ls.map(() => new Float64Array([Number.NaN, Number.NaN, Number.NaN]))));
    } catch {
      keys = ['statistic', 'pvalue'];
    }
  }
  const out: Record<string, number | NDArray> = {};
  for (const key of keys) {
    const vals = results.map((r) => (r === null ? Number.NaN : (r[key] as number)));
    out[key] =
      first.shape.length === 0
        ? (vals[0] as number)
        : new NDArray<'float64'>('float64', Float64Array.from(vals), first.shape);
  }
  return out as { [K in keyof R]: number | NDArray };
}

/** The options of a test with an axis and a NaN policy. */
export interface AxisOptions {
  axis?: number | null;
  nanPolicy?: NanPolicy;
}
