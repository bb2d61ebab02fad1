/**
 * Approximate minimum degree ordering of a symmetric pattern (Amestoy, Davis & Duff, "An
 * approximate minimum degree ordering algorithm", SIAM J. Matrix Anal. Appl. 17(4), 1996).
 *
 * The elimination runs on the quotient graph: an eliminated node becomes an *element* standing
 * for the clique its elimination creates, so memory never exceeds the original graph plus one
 * list per element. Each step picks a variable of least approximate external degree, forms its
 * element Lp from its variable neighbours and the elements it touches (which are absorbed), and
 * updates the degree of every variable in Lp with the bound of the paper:
 *
 *   d(i) = min(nleft − |i|, d_old(i) + |Lp \ i|, |A_i \ i| + |Lp \ i| + Σ_{e ∈ E_i, e ≠ p} |L_e \ Lp|)
 *
 * where |L_e \ Lp| comes from one pass over Lp (the `w` counters). Also as in the paper:
 * element absorption (aggressive: an element whose variables all lie in Lp is absorbed), mass
 * elimination (a variable whose only neighbour is the new element is eliminated with it),
 * supervariables found by hashing (indistinguishable variables are merged and carry a weight), and
 * dense nodes (degree above `dense`) set aside and ordered last.
 */

import { transpose } from './pattern.js';

const VARIABLE = 0;
const ELEMENT = 1;
const GONE = 2; // an absorbed element, a merged (non-principal) or an eliminated variable

/** A growable pool of int32 lists: each list is a block [start, start + len) with a capacity. */
class Pool {
  data: Int32Array;
  top = 0;
  constructor(size: number) {
    this.data = new Int32Array(Math.max(size, 16));
  }
  /** Reserves a block of `cap` slots; returns its start. */
  alloc(cap: number): number {
    if (this.top + cap > this.data.length) {
      const grown = new Int32Array(Math.max(2 * this.data.length, this.top + cap));
      grown.set(this.data.subarray(0, this.top));
      this.data = grown;
    }
    const s = this.top;
    this.top += cap;
    return s;
  }
}

/**
 * Orders the n nodes of a symmetric pattern given as compressed columns (both triangles; the
 * diagonal and duplicates are ignored). Returns `perm` with `perm[k]` = the node eliminated k-th.
 *
 * @param dense - nodes with more neighbours than this are ordered last; default `max(16, 10√n)`.
 */
export function amdOrder(n: number, ptr: Int32Array, idx: Int32Array, dense?: number): Int32Array {
  return minimumDegree(n, ptr, idx, null, dense ?? Math.max(16, 10 * Math.sqrt(n)));
}

/**
 * Column ordering of an m×n matrix A (CSC pattern) for partial-pivoting LU: minimum degree on
 * the graph of AᵀA without forming it, as COLAMD does (Davis, Gilbert, Larimore & Ng 2004): the
 * quotient graph starts with one element per row of A holding the columns of that row. Rows with
 * more than `max(16, 10√n)` entries are left out; columns with more entries than that go last.
 */
export function colamdOrder(m: number, n: number, ptr: Int32Array, idx: Int32Array): Int32Array {
  const rows = transpose(m, n, ptr, idx, null);
  return minimumDegree(n, ptr, idx, { m, ptr: rows.ptr, idx: rows.idx }, Math.max(16, 10 * Math.sqrt(n)));
}

/**
 * The elimination itself. Without `rows`, (ptr, idx) is the symmetric adjacency of the n
 * variables; with `rows`, (ptr, idx) lists the rows of each column and every row of `rows`
 * becomes an initial element (node n + r) holding its columns.
 */
function minimumDegree(
  n: number,
  ptr: Int32Array,
  idx: Int32Array,
  rows: { m: number; ptr: Int32Array; idx: Int32Array } | null,
  denseLimit: number,
): Int32Array {
  const perm = new Int32Array(n);
  if (n === 0) return perm;
  const m = rows ? rows.m : 0;
  const N = n + m; // variables 0..n-1, initial row elements n..n+m-1

  const kind = new Uint8Array(N);
  const nv = new Int32Array(n).fill(1); // supervariable weights
  const deg = new Int32Array(n);
  // Variable lists A_i (only shrink: kept in one array in place) ...
  const adj = new Int32Array(rows ? 0 : ptr[n]!);
  const aStart = new Int32Array(n);
  const aLen = new Int32Array(n);
  // ... element lists E_i (grow by one per step: blocks in a pool, moved when full) ...
  const el = new Pool(4 * n + (rows ? ptr[n]! : 0));
  const eStart = new Int32Array(n);
  const eLen = new Int32Array(n);
  const eCap = new Int32Array(n);
  // ... and the variables L_e of each element (written once).
  const ev = new Pool(ptr[n]! + n);
  const vStart = new Int32Array(N);
  const vLen = new Int32Array(N);
  const elemW = new Int32Array(N);
  const w = new Float64Array(N); // |L_e \ Lp| + wflg for elements touched this step
  let wflg = 1;
  const mark = new Int32Array(n); // mark[i] === stamp: i ∈ Lp (or is p)
  let stamp = 0;
  const mark2 = new Int32Array(N); // supervariable comparison
  let stamp2 = 0;
  const memNext = new Int32Array(n).fill(-1); // members of a supervariable, as linked lists
  const memTail = new Int32Array(n);
  for (let i = 0; i < n; i++) memTail[i] = i;

  // Dense nodes leave the graph and are ordered at the end.
  const isDense = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    let d = 0;
    for (let p = ptr[j]!; p < ptr[j + 1]!; p++) if (rows || idx[p] !== j) d++;
    if (d > denseLimit) isDense[j] = 1;
  }
  let live = 0;
  if (!rows) {
    for (let j = 0; j < n; j++) {
      aStart[j] = ptr[j]!;
      eCap[j] = 4;
      eStart[j] = el.alloc(4);
      if (isDense[j]) {
        kind[j] = GONE;
        continue;
      }
      live++;
      stamp++;
      mark[j] = stamp;
      let len = 0;
      const s0 = ptr[j]!;
      for (let p = s0; p < ptr[j + 1]!; p++) {
        const i = idx[p]!;
        if (isDense[i] || mark[i] === stamp) continue;
        mark[i] = stamp;
        adj[s0 + len++] = i;
      }
      aLen[j] = len;
      deg[j] = len;
    }
  } else {
    // Row elements: the columns of each row that is not dense; then each column's rows.
    const rowLive = new Uint8Array(m);
    for (let r = 0; r < m; r++) {
      const e = n + r;
      const r0 = rows.ptr[r]!;
      const r1 = rows.ptr[r + 1]!;
      if (r1 - r0 > denseLimit || r1 === r0) {
        kind[e] = GONE;
        continue;
      }
      const vs = ev.alloc(r1 - r0);
      let len = 0;
      stamp++;
      for (let p = r0; p < r1; p++) {
        const j = rows.idx[p]!;
        if (isDense[j] || mark[j] === stamp) continue;
        mark[j] = stamp;
        ev.data[vs + len++] = j;
      }
      vStart[e] = vs;
      vLen[e] = len;
      elemW[e] = len;
      kind[e] = ELEMENT;
      rowLive[r] = 1;
    }
    for (let j = 0; j < n; j++) {
      const c0 = ptr[j]!;
      const c1 = ptr[j + 1]!;
      eCap[j] = c1 - c0 + 4;
      eStart[j] = el.alloc(eCap[j]!);
      if (isDense[j]) {
        kind[j] = GONE;
        continue;
      }
      live++;
      stamp++;
      mark[j] = stamp;
      let len = 0;
      let d = 0;
      for (let p = c0; p < c1; p++) {
        const r = idx[p]!;
        if (!rowLive[r] || mark2[n + r] === j + 1) continue;
        mark2[n + r] = j + 1;
        el.data[eStart[j]! + len++] = n + r;
        // The exact initial degree: the other columns of j's rows.
        for (let u = vStart[n + r]!, ue = u + vLen[n + r]!; u < ue; u++) {
          const k = ev.data[u]!;
          if (mark[k] === stamp) continue;
          mark[k] = stamp;
          d++;
        }
      }
      eLen[j] = len;
      deg[j] = d;
    }
    mark2.fill(0);
  }

  // Degree buckets: doubly linked lists of variables by approximate degree.
  const head = new Int32Array(n + 1).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  const insert = (i: number, d: number): void => {
    const h = head[d]!;
    next[i] = h;
    prev[i] = -1;
    if (h >= 0) prev[h] = i;
    head[d] = i;
  };
  const remove = (i: number): void => {
    const a = prev[i]!;
    const b = next[i]!;
    if (a >= 0) next[a] = b;
    else head[deg[i]!] = b;
    if (b >= 0) prev[b] = a;
  };
  let mindeg = n;
  for (let j = 0; j < n; j++) {
    if (kind[j] !== VARIABLE) continue;
    insert(j, deg[j]!);
    if (deg[j]! < mindeg) mindeg = deg[j]!;
  }

  let k = 0; // next position of perm
  const emit = (s: number): void => {
    for (let i = s; i >= 0; i = memNext[i]!) perm[k++] = i;
  };
  let eliminated = 0; // weighted count of eliminated variables
  const Lp = new Int32Array(n);
  const touched = new Int32Array(N);
  const degA = new Int32Array(n);
  const degE = new Int32Array(n);
  const hashHead = new Int32Array(n).fill(-1);
  const hashNext = new Int32Array(n);
  const hashBucket = new Int32Array(n);

  while (eliminated < live) {
    while (head[mindeg]! < 0) mindeg++;
    const p = head[mindeg]!;
    remove(p);
    stamp++;
    mark[p] = stamp;
    // Lp: the variables adjacent to p directly or through the elements p touches.
    let nLp = 0;
    let wLp = 0;
    for (let t = aStart[p]!, e = t + aLen[p]!; t < e; t++) {
      const j = adj[t]!;
      if (kind[j] !== VARIABLE || mark[j] === stamp) continue;
      mark[j] = stamp;
      Lp[nLp++] = j;
      wLp += nv[j]!;
    }
    {
      const E = el.data;
      for (let t = eStart[p]!, end = t + eLen[p]!; t < end; t++) {
        const e = E[t]!;
        if (kind[e] !== ELEMENT) continue;
        const V = ev.data;
        for (let u = vStart[e]!, ue = u + vLen[e]!; u < ue; u++) {
          const j = V[u]!;
          if (kind[j] !== VARIABLE || mark[j] === stamp) continue;
          mark[j] = stamp;
          Lp[nLp++] = j;
          wLp += nv[j]!;
        }
        kind[e] = GONE;
      }
    }
    kind[p] = ELEMENT;
    aLen[p] = 0;
    eLen[p] = 0;
    emit(p);
    eliminated += nv[p]!;
    for (let t = 0; t < nLp; t++) remove(Lp[t]!);

    // w[e] − wflg = |L_e \ Lp| for every element e adjacent to Lp.
    let nTouched = 0;
    {
      const E = el.data;
      for (let t = 0; t < nLp; t++) {
        const i = Lp[t]!;
        const wi = nv[i]!;
        for (let u = eStart[i]!, ue = u + eLen[i]!; u < ue; u++) {
          const e = E[u]!;
          if (kind[e] !== ELEMENT) continue;
          if (w[e]! < wflg) {
            w[e] = elemW[e]! + wflg;
            touched[nTouched++] = e;
          }
          w[e]! -= wi;
        }
      }
    }
    for (let t = 0; t < nTouched; t++) {
      const e = touched[t]!;
      // Aggressive absorption: L_e ⊆ Lp.
      if (w[e] === wflg) kind[e] = GONE;
    }

    // Prune the lists of Lp's variables in place, gather their degree terms, mass-eliminate.
    let keep = 0;
    for (let t = 0; t < nLp; t++) {
      const i = Lp[t]!;
      let E = el.data;
      const es = eStart[i]!;
      let dE = 0;
      let h = p;
      let ne = 0;
      for (let u = es, ue = es + eLen[i]!; u < ue; u++) {
        const e = E[u]!;
        if (kind[e] !== ELEMENT) continue;
        E[es + ne++] = e;
        dE += w[e]! - wflg;
        h += e;
      }
      if (ne === eCap[i]) {
        // Full: move the list to a block twice the size.
        const cap = 2 * eCap[i]!;
        const s2 = el.alloc(cap);
        E = el.data;
        E.copyWithin(s2, es, es + ne);
        eStart[i] = s2;
        eCap[i] = cap;
      }
      E[eStart[i]! + ne] = p;
      eLen[i] = ne + 1;
      const as = aStart[i]!;
      let dA = 0;
      let na = 0;
      for (let u = as, ue = as + aLen[i]!; u < ue; u++) {
        const j = adj[u]!;
        if (kind[j] !== VARIABLE || mark[j] === stamp) continue;
        adj[as + na++] = j;
        dA += nv[j]!;
        h += j;
      }
      aLen[i] = na;
      if (ne === 0 && na === 0) {
        // Mass elimination: i is adjacent to the new element only.
        kind[i] = GONE;
        emit(i);
        eliminated += nv[i]!;
        wLp -= nv[i]!;
        continue;
      }
      degA[i] = dA;
      degE[i] = dE;
      // Hash buckets (linked through hashNext) for the supervariable search.
      const bucket = h % n;
      hashBucket[i] = bucket;
      hashNext[i] = hashHead[bucket]!;
      hashHead[bucket] = i;
      Lp[keep++] = i;
    }
    nLp = keep;

    // Supervariables: variables of Lp with equal element and variable lists are merged.
    for (let t = 0; t < nLp; t++) {
      const bucket = hashBucket[Lp[t]!]!;
      if (hashHead[bucket]! < 0) continue; // bucket already searched
      const E = el.data;
      for (let i = hashHead[bucket]!; i >= 0; i = hashNext[i]!) {
        if (kind[i] !== VARIABLE) continue;
        const ei = eStart[i]!;
        const ne = eLen[i]!;
        const ai = aStart[i]!;
        const na = aLen[i]!;
        let marked = false;
        for (let j = hashNext[i]!; j >= 0; j = hashNext[j]!) {
          if (kind[j] !== VARIABLE) continue;
          // Lp was pruned from both adjacency lists, so i and j cannot name each other.
          if (eLen[j] !== ne || aLen[j] !== na) continue;
          if (!marked) {
            stamp2++;
            for (let u = ei; u < ei + ne; u++) mark2[E[u]!] = stamp2;
            for (let u = ai; u < ai + na; u++) mark2[adj[u]!] = stamp2;
            marked = true;
          }
          let same = true;
          for (let u = eStart[j]!, ue = u + ne; u < ue; u++) {
            if (mark2[E[u]!] !== stamp2) {
              same = false;
              break;
            }
          }
          if (same) {
            for (let u = aStart[j]!, ue = u + na; u < ue; u++) {
              if (mark2[adj[u]!] !== stamp2) {
                same = false;
                break;
              }
            }
          }
          if (!same) continue;
          // j joins i.
          nv[i]! += nv[j]!;
          kind[j] = GONE;
          memNext[memTail[i]!] = j;
          memTail[i] = memTail[j]!;
        }
      }
      hashHead[bucket] = -1;
    }

    // New approximate degrees, and the variable list of the new element.
    const nleft = live - eliminated;
    const vs = ev.alloc(nLp);
    const V = ev.data;
    let nv2 = 0;
    for (let t = 0; t < nLp; t++) {
      const i = Lp[t]!;
      if (kind[i] !== VARIABLE) continue;
      V[vs + nv2++] = i;
      const ext = wLp - nv[i]!;
      let d = degA[i]! + degE[i]! + ext;
      const bound = deg[i]! + ext;
      if (bound < d) d = bound;
      if (nleft - nv[i]! < d) d = nleft - nv[i]!;
      if (d < 0) d = 0;
      deg[i] = d;
      insert(i, d);
      if (d < mindeg) mindeg = d;
    }
    vStart[p] = vs;
    vLen[p] = nv2;
    elemW[p] = wLp;
    wflg += n + 1;
  }
  for (let j = 0; j < n; j++) if (isDense[j]) perm[k++] = j;
  return perm;
}
