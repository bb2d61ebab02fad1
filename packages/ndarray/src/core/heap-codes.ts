/**
 * Operation codes of the heap kernels (native/kernels.c) and the reference a ufunc loop carries to
 * the kernel that serves it. Plain constants with no imports: the generated loop tables
 * (src/ufunc/loops/*.generated.ts) name them, so which loop has a kernel is data fixed at build
 * time, not state that modules fill in when they are imported.
 */

/** Operation codes of the binary kernels. */
export const OP_ADD = 0;
export const OP_SUB = 1;
export const OP_MUL = 2;
export const OP_DIV = 3;
export const OP_MAX = 4;
export const OP_MIN = 5;
/** Operation codes of the comparison kernels. */
export const C_EQ = 0;
export const C_NE = 1;
export const C_LT = 2;
export const C_LE = 3;
export const C_GT = 4;
export const C_GE = 5;
/** Conversion kinds of the `convert` kernel. */
export const V_F64_F32 = 0;
export const V_F32_F64 = 1;
export const V_I32_F64 = 2;
export const V_I32_F32 = 3;
/** Operation codes of the unary kernels. */
export const U_NEG = 0;
export const U_ABS = 1;
export const U_SQRT = 2;
export const U_SQUARE = 3;
export const U_RECIP = 4;
export const U_FLOOR = 5;
export const U_CEIL = 6;
export const U_TRUNC = 7;
export const U_RINT = 8;
/** Operation codes of the predicate kernels. */
export const P_ISNAN = 0;
export const P_ISINF = 1;
export const P_ISFINITE = 2;

/** Kernel families of binary loops: float arithmetic (any 2-axis layout), and int32, complex128
 * arithmetic and float comparisons (one contiguous or broadcast run). */
export type BinaryKind = 'float' | 'i32' | 'c128' | 'cmp64' | 'cmp32';

/** The heap kernel that serves a ufunc loop: a binary family, a unary op or a float predicate. */
export type HeapKernelRef = BinaryKernelRef | { readonly kind: 'unary' | 'predicate'; readonly op: number };

/** The heap kernel of a binary loop. */
export interface BinaryKernelRef {
  readonly kind: BinaryKind;
  readonly op: number;
}

/** Whether a loop's kernel is a binary one. */
export function isBinaryKernel(k: HeapKernelRef): k is BinaryKernelRef {
  return k.kind !== 'unary' && k.kind !== 'predicate';
}
