/** Types of bundle-size.mjs (see there). */
import type { Metafile } from 'esbuild';

export interface BundleCase {
  name: string;
  code: string;
}
export interface BundleSize {
  name: string;
  min: number;
  gzip: number;
  metafile: Metafile;
}
export declare const CASES: readonly BundleCase[];
export declare const TARGETS: Readonly<Record<string, number>>;
export declare const CEILINGS: Readonly<Record<string, number>>;
export declare function measure(c: BundleCase): Promise<BundleSize>;
export declare function cycles(metafile: Pick<Metafile, 'inputs'>): string[][];
