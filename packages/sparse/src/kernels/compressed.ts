/**
 * Kernels of the compressed (CSR/CSC) and coordinate formats: tight loops over raw typed arrays.
 *
 * Everything here is written for CSR; CSC runs the same loops with the axes swapped (the CSC
 * arrays of A are the CSR arrays of Aᵀ). `lanes` is 2 for complex data (re, im interleaved),
 * 1 otherwise. No validation: the API layer (src/formats) checks and allocates.
 */

/** The typed arrays sparse data may live in (no BigInt storage). */
export type Values =
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array;

/**
 * Counting sort of coordinates into compressed form (SciPy's coo_tocsr): row `major[k]`,
 * column `minor[k]`. Duplicates are kept, in input order within each row.
 */
export function cooToCompressed(
  nMajor: number,
  nnz: number,
  major: Int32Array,
  minor: Int32Array,
  vals: Values,
  lanes: number,
  indptr: Int32Array,
  indices: Int32Array,
  outVals: Values,
): void {
  indptr.fill(0);
  for (let k = 0; k < nnz; k++) indptr[major[k]! + 1]!++;
  for (let i = 0; i < nMajor; i++) indptr[i + 1]! += indptr[i]!;
  const next = indptr.slice(0, nMajor);
  if (lanes === 1) {
    for (let k = 0; k < nnz; k++) {
      const p = next[major[k]!]!++;
      indices[p] = minor[k]!;
      outVals[p] = vals[k]!;
    }
  } else {
    for (let k = 0; k < nnz; k++) {
      const p = next[major[k]!]!++;
      indices[p] = minor[k]!;
      outVals[2 * p] = vals[2 * k]!;
      outVals[2 * p + 1] = vals[2 * k + 1]!;
    }
  }
}

/**
 * The compressed form along the other axis (SciPy's csr_tocsc): a counting sort by minor
 * index. Output indices come out sorted within each major slice; duplicates are kept.
 */
export function transposeCompressed(
  nMajor: number,
  nMinor: number,
  indptr: Int32Array,
  indices: Int32Array,
  vals: Values,
  lanes: number,
  outPtr: Int32Array,
  outIdx: Int32Array,
  outVals: Values,
): void {
  const nnz = indptr[nMajor]!;
  outPtr.fill(0);
  for (let k = 0; k < nnz; k++) outPtr[indices[k]! + 1]!++;
  for (let j = 0; j < nMinor; j++) outPtr[j + 1]! += outPtr[j]!;
  const next = outPtr.slice(0, nMinor);
  for (let i = 0; i < nMajor; i++) {
    const end = indptr[i + 1]!;
    if (lanes === 1) {
      for (let k = indptr[i]!; k < end; k++) {
        const p = next[indices[k]!]!++;
        outIdx[p] = i;
        outVals[p] = vals[k]!;
      }
    } else {
      for (let k = indptr[i]!; k < end; k++) {
        const p = next[indices[k]!]!++;
        outIdx[p] = i;
        outVals[2 * p] = vals[2 * k]!;
        outVals[2 * p + 1] = vals[2 * k + 1]!;
      }
    }
  }
}

/** Whether the indices of every major slice are strictly increasing (sorted and no duplicates: `strict`) or non-decreasing. */
export function indicesSorted(nMajor: number, indptr: Int32Array, indices: Int32Array, strict: boolean): boolean {
  for (let i = 0; i < nMajor; i++) {
    const end = indptr[i + 1]!;
    for (let k = indptr[i]! + 1; k < end; k++) {
      const d = indices[k]! - indices[k - 1]!;
      if (d < 0 || (strict && d === 0)) return false;
    }
  }
  return true;
}

/** Sorts the indices (and values with them) of each major slice in place; stable. */
export function sortCompressed(
  nMajor: number,
  indptr: Int32Array,
  indices: Int32Array,
  vals: Values,
  lanes: number,
): void {
  let order: number[] = [];
  for (let i = 0; i < nMajor; i++) {
    const start = indptr[i]!;
    const end = indptr[i + 1]!;
    let sorted = true;
    for (let k = start + 1; k < end; k++) {
      if (indices[k]! < indices[k - 1]!) {
        sorted = false;
        break;
      }
    }
    if (sorted) continue;
    const len = end - start;
    if (len <= 24) {
      // insertion sort, moving values along
      for (let k = start + 1; k < end; k++) {
        const j0 = indices[k]!;
        const v0 = vals[lanes * k]!;
        const v1 = lanes === 2 ? vals[2 * k + 1]! : 0;
        let m = k - 1;
        while (m >= start && indices[m]! > j0) {
          indices[m + 1] = indices[m]!;
          if (lanes === 1) vals[m + 1] = vals[m]!;
          else {
            vals[2 * m + 2] = vals[2 * m]!;
            vals[2 * m + 3] = vals[2 * m + 1]!;
          }
          m--;
        }
        indices[m + 1] = j0;
        if (lanes === 1) vals[m + 1] = v0;
        else {
          vals[2 * m + 2] = v0;
          vals[2 * m + 3] = v1;
        }
      }
      continue;
    }
    if (order.length < len) order = new Array<number>(len);
    for (let k = 0; k < len; k++) order[k] = start + k;
    const o = order.slice(0, len).sort((a, b) => indices[a]! - indices[b]! || a - b);
    const idx = indices.slice(start, end);
    const v = vals.slice(lanes * start, lanes * end);
    for (let k = 0; k < len; k++) {
      const src = o[k]! - start;
      indices[start + k] = idx[src]!;
      if (lanes === 1) vals[start + k] = v[src]!;
      else {
        vals[2 * (start + k)] = v[2 * src]!;
        vals[2 * (start + k) + 1] = v[2 * src + 1]!;
      }
    }
  }
}

/**
 * Sums adjacent duplicates of sorted slices in place (SciPy's csr_sum_duplicates: sums that
 * come out zero are kept). Rewrites `indptr`; returns the new number of stored entries.
 */
export function sumDuplicatesCompressed(
  nMajor: number,
  indptr: Int32Array,
  indices: Int32Array,
  vals: Values,
  lanes: number,
): number {
  let nnz = 0;
  let rowEnd = 0;
  for (let i = 0; i < nMajor; i++) {
    let k = rowEnd;
    rowEnd = indptr[i + 1]!;
    while (k < rowEnd) {
      const j = indices[k]!;
      let x = vals[lanes * k]!;
      let y = lanes === 2 ? vals[lanes * k + 1]! : 0;
      k++;
      while (k < rowEnd && indices[k] === j) {
        x += vals[lanes * k]!;
        if (lanes === 2) y += vals[lanes * k + 1]!;
        k++;
      }
      indices[nnz] = j;
      vals[lanes * nnz] = x;
      if (lanes === 2) vals[lanes * nnz + 1] = y;
      nnz++;
    }
    indptr[i + 1] = nnz;
  }
  return nnz;
}

/** Removes stored zeros in place (complex: both parts zero). Rewrites `indptr`; returns the new count. */
export function eliminateZerosCompressed(
  nMajor: number,
  indptr: Int32Array,
  indices: Int32Array,
  vals: Values,
  lanes: number,
): number {
  let nnz = 0;
  let rowEnd = 0;
  for (let i = 0; i < nMajor; i++) {
    let k = rowEnd;
    rowEnd = indptr[i + 1]!;
    for (; k < rowEnd; k++) {
      if (lanes === 1) {
        const x = vals[k]!;
        if (x !== 0) {
          indices[nnz] = indices[k]!;
          vals[nnz] = x;
          nnz++;
        }
      } else {
        const x = vals[2 * k]!;
        const y = vals[2 * k + 1]!;
        if (x !== 0 || y !== 0) {
          indices[nnz] = indices[k]!;
          vals[2 * nnz] = x;
          vals[2 * nnz + 1] = y;
          nnz++;
        }
      }
    }
    indptr[i + 1] = nnz;
  }
  return nnz;
}

/** y = A x for real CSR A (y overwritten). */
export function csrMatvec(
  nRow: number,
  indptr: Int32Array,
  indices: Int32Array,
  vals: Float64Array | Float32Array,
  x: Float64Array | Float32Array,
  y: Float64Array | Float32Array,
): void {
  let k = indptr[0]!;
  for (let i = 0; i < nRow; i++) {
    const end = indptr[i + 1]!;
    // Two accumulators, summed in the order of the native kernel (native/kernels.c), so both give
    // the same bits.
    let s0 = 0;
    let s1 = 0;
    for (; k + 1 < end; k += 2) {
      s0 += vals[k]! * x[indices[k]!]!;
      s1 += vals[k + 1]! * x[indices[k + 1]!]!;
    }
    if (k < end) {
      s0 += vals[k]! * x[indices[k]!]!;
      k++;
    }
    y[i] = s0 + s1;
  }
}

/** y += A x for real CSC A (the scatter form). */
export function cscMatvec(
  nCol: number,
  indptr: Int32Array,
  indices: Int32Array,
  vals: Float64Array | Float32Array,
  x: Float64Array | Float32Array,
  y: Float64Array | Float32Array,
): void {
  for (let j = 0; j < nCol; j++) {
    const xj = x[j]!;
    const end = indptr[j + 1]!;
    for (let k = indptr[j]!; k < end; k++) y[indices[k]!]! += vals[k]! * xj;
  }
}

/** Y = A X for real CSR A and C-order X (n × nVec), Y (m × nVec) overwritten. */
export function csrMatmat(
  nRow: number,
  nVec: number,
  indptr: Int32Array,
  indices: Int32Array,
  vals: Float64Array | Float32Array,
  x: Float64Array | Float32Array,
  y: Float64Array | Float32Array,
): void {
  y.fill(0, 0, nRow * nVec);
  for (let i = 0; i < nRow; i++) {
    const yo = i * nVec;
    const end = indptr[i + 1]!;
    for (let k = indptr[i]!; k < end; k++) {
      const a = vals[k]!;
      const xo = indices[k]! * nVec;
      for (let c = 0; c < nVec; c++) y[yo + c]! += a * x[xo + c]!;
    }
  }
}

/** Y += A X for real CSC A and C-order X (n × nVec), Y (m × nVec). */
export function cscMatmat(
  nCol: number,
  nVec: number,
  indptr: Int32Array,
  indices: Int32Array,
  vals: Float64Array | Float32Array,
  x: Float64Array | Float32Array,
  y: Float64Array | Float32Array,
): void {
  for (let j = 0; j < nCol; j++) {
    const xo = j * nVec;
    const end = indptr[j + 1]!;
    for (let k = indptr[j]!; k < end; k++) {
      const a = vals[k]!;
      const yo = indices[k]! * nVec;
      for (let c = 0; c < nVec; c++) y[yo + c]! += a * x[xo + c]!;
    }
  }
}

/**
 * Y += A X for complex data (interleaved), A compressed along rows (`csr` true) or columns,
 * X C-order (n × nVec) and Y (m × nVec), both complex interleaved.
 */
export function complexMatmat(
  csr: boolean,
  nMajor: number,
  nVec: number,
  indptr: Int32Array,
  indices: Int32Array,
  vals: Float64Array | Float32Array,
  x: Float64Array | Float32Array,
  y: Float64Array | Float32Array,
): void {
  for (let i = 0; i < nMajor; i++) {
    const end = indptr[i + 1]!;
    for (let k = indptr[i]!; k < end; k++) {
      const ar = vals[2 * k]!;
      const ai = vals[2 * k + 1]!;
      const j = indices[k]!;
      const xo = 2 * (csr ? j : i) * nVec;
      const yo = 2 * (csr ? i : j) * nVec;
      for (let c = 0; c < nVec; c++) {
        const xr = x[xo + 2 * c]!;
        const xi = x[xo + 2 * c + 1]!;
        y[yo + 2 * c]! += ar * xr - ai * xi;
        y[yo + 2 * c + 1]! += ar * xi + ai * xr;
      }
    }
  }
}

/**
 * Upper bound pass of Gustavson's SpGEMM: the number of entries of each row of C = A B
 * (exact: distinct columns), written as C's indptr. Returns nnz(C).
 */
export function spgemmCount(
  nRow: number,
  nCol: number,
  ap: Int32Array,
  aj: Int32Array,
  bp: Int32Array,
  bj: Int32Array,
  cp: Int32Array,
): number {
  const mask = new Int32Array(nCol).fill(-1);
  let nnz = 0;
  cp[0] = 0;
  for (let i = 0; i < nRow; i++) {
    const aEnd = ap[i + 1]!;
    for (let ka = ap[i]!; ka < aEnd; ka++) {
      const j = aj[ka]!;
      const bEnd = bp[j + 1]!;
      for (let kb = bp[j]!; kb < bEnd; kb++) {
        const c = bj[kb]!;
        if (mask[c] !== i) {
          mask[c] = i;
          nnz++;
        }
      }
    }
    cp[i + 1] = nnz;
    if (nnz > 0x7fffffff) throw new RangeError('sparse matrix product has more than 2**31 - 1 stored entries');
  }
  return nnz;
}

/**
 * Second pass of Gustavson's SpGEMM (real): fills C's indices and values, columns of a row in
 * the order they are first reached (unsorted). Entries that sum to exactly zero are dropped, as
 * SciPy's product does; `cp` (the bounds from {@link spgemmCount}) is rewritten with the row
 * pointer of what is kept. Returns nnz(C).
 */
export function spgemmFill(
  nRow: number,
  nCol: number,
  ap: Int32Array,
  aj: Int32Array,
  ax: Float64Array | Float32Array,
  bp: Int32Array,
  bj: Int32Array,
  bx: Float64Array | Float32Array,
  cp: Int32Array,
  cj: Int32Array,
  cx: Float64Array | Float32Array,
): number {
  // pos[c]: where column c of the current row lives in C, or -1 (reset at the end of each row)
  const pos = new Int32Array(nCol).fill(-1);
  let nnz = 0;
  cp[0] = 0;
  for (let i = 0; i < nRow; i++) {
    const rowStart = nnz;
    const aEnd = ap[i + 1]!;
    for (let ka = ap[i]!; ka < aEnd; ka++) {
      const j = aj[ka]!;
      const a = ax[ka]!;
      const bEnd = bp[j + 1]!;
      for (let kb = bp[j]!; kb < bEnd; kb++) {
        const c = bj[kb]!;
        const p = pos[c]!;
        if (p < 0) {
          pos[c] = nnz;
          cj[nnz] = c;
          cx[nnz] = a * bx[kb]!;
          nnz++;
        } else {
          cx[p]! += a * bx[kb]!;
        }
      }
    }
    let w = rowStart;
    for (let p = rowStart; p < nnz; p++) {
      const c = cj[p]!;
      pos[c] = -1;
      if (cx[p] !== 0) {
        cj[w] = c;
        cx[w] = cx[p]!;
        w++;
      }
    }
    nnz = w;
    cp[i + 1] = nnz;
  }
  return nnz;
}

/** {@link spgemmFill} for complex (interleaved) values. */
export function spgemmFillComplex(
  nRow: number,
  nCol: number,
  ap: Int32Array,
  aj: Int32Array,
  ax: Float64Array | Float32Array,
  bp: Int32Array,
  bj: Int32Array,
  bx: Float64Array | Float32Array,
  cp: Int32Array,
  cj: Int32Array,
  cx: Float64Array | Float32Array,
): number {
  const pos = new Int32Array(nCol).fill(-1);
  let nnz = 0;
  cp[0] = 0;
  for (let i = 0; i < nRow; i++) {
    const rowStart = nnz;
    const aEnd = ap[i + 1]!;
    for (let ka = ap[i]!; ka < aEnd; ka++) {
      const j = aj[ka]!;
      const ar = ax[2 * ka]!;
      const ai = ax[2 * ka + 1]!;
      const bEnd = bp[j + 1]!;
      for (let kb = bp[j]!; kb < bEnd; kb++) {
        const c = bj[kb]!;
        const br = bx[2 * kb]!;
        const bi = bx[2 * kb + 1]!;
        let p = pos[c]!;
        if (p < 0) {
          p = nnz++;
          pos[c] = p;
          cj[p] = c;
          cx[2 * p] = 0;
          cx[2 * p + 1] = 0;
        }
        cx[2 * p]! += ar * br - ai * bi;
        cx[2 * p + 1]! += ar * bi + ai * br;
      }
    }
    let w = rowStart;
    for (let p = rowStart; p < nnz; p++) {
      const c = cj[p]!;
      pos[c] = -1;
      if (cx[2 * p] !== 0 || cx[2 * p + 1] !== 0) {
        cj[w] = c;
        cx[2 * w] = cx[2 * p]!;
        cx[2 * w + 1] = cx[2 * p + 1]!;
        w++;
      }
    }
    nnz = w;
    cp[i + 1] = nnz;
  }
  return nnz;
}

/**
 * Adds the entries of a compressed matrix into a dense C-order buffer (`csr`: rows are the major
 * axis; else columns). Duplicates add up, as in SciPy's toarray.
 */
export function compressedToDense(
  csr: boolean,
  nMajor: number,
  nCols: number,
  indptr: Int32Array,
  indices: Int32Array,
  vals: Values,
  lanes: number,
  out: Values,
): void {
  for (let i = 0; i < nMajor; i++) {
    const end = indptr[i + 1]!;
    for (let k = indptr[i]!; k < end; k++) {
      const j = indices[k]!;
      const p = csr ? i * nCols + j : j * nCols + i;
      if (lanes === 1) out[p]! += vals[k]!;
      else {
        out[2 * p]! += vals[2 * k]!;
        out[2 * p + 1]! += vals[2 * k + 1]!;
      }
    }
  }
}
