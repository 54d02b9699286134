/**
 * A port of CPython 3.11's `list.sort` (Objects/listobject.c: natural runs,
 * binary insertion up to `minrun`, galloping merges, powersort merge
 * policy). It performs the very same sequence of `<` comparisons as CPython,
 * so results agree even for inconsistent orderings (NaN), comparison side
 * effects and the operands named in a `TypeError` from a failed comparison;
 * after such an error the list is left in the same partial order as CPython.
 *
 * `keys[i]` is the sort key of `values[i]`; with `values` null the keys are
 * the values. Both arrays are sorted in place.
 */

type Less = (a: unknown, b: unknown) => boolean;

const MIN_GALLOP = 7;

interface Run {
  base: number;
  len: number;
  power: number;
}

class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];

  constructor(
    readonly keys: unknown[],
    readonly values: unknown[] | null,
    readonly lt: Less,
  ) {}
}

/** Moves `n` items (keys and values) from `sk/sv[si..]` to `dk/dv[di..]`, handling overlap (memcpy/memmove). */
function moveItems(
  dk: unknown[],
  dv: unknown[] | null,
  di: number,
  sk: unknown[],
  sv: unknown[] | null,
  si: number,
  n: number,
): void {
  if (n <= 0) return;
  if (dk === sk) dk.copyWithin(di, si, si + n);
  else copy(dk, di, sk, si, n);
  if (dv !== null && sv !== null) {
    if (dv === sv) dv.copyWithin(di, si, si + n);
    else copy(dv, di, sv, si, n);
  }
}

function copy(dst: unknown[], di: number, src: unknown[], si: number, n: number): void {
  for (let k = 0; k < n; k++) dst[di + k] = src[si + k];
}

function reverseRange(a: unknown[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/** Sorts `[lo, hi)` by binary insertion, knowing `[lo, start)` is sorted. */
function binarySort(ms: MergeState, lo: number, hi: number, start: number): void {
  const { keys, values, lt } = ms;
  if (lo === start) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = keys[r];
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, keys[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) keys[p] = keys[p - 1];
    keys[l] = pivot;
    if (values !== null) {
      const pivotValue = values[start];
      for (let p = start; p > l; p--) values[p] = values[p - 1];
      values[l] = pivotValue;
    }
  }
}

/** Length of the run at `lo` (strictly descending runs are reported as such). */
function countRun(ms: MergeState, lo: number, hi: number): [number, boolean] {
  const { keys, lt } = ms;
  lo++;
  if (lo === hi) return [1, false];
  let n = 2;
  if (lt(keys[lo], keys[lo - 1])) {
    for (lo = lo + 1; lo < hi; lo++, n++) {
      if (!lt(keys[lo], keys[lo - 1])) break;
    }
    return [n, true];
  }
  for (lo = lo + 1; lo < hi; lo++, n++) {
    if (lt(keys[lo], keys[lo - 1])) break;
  }
  return [n, false];
}

/** Position of `key` in sorted `a[base..base+n)`, left of equal elements. */
function gallopLeft(lt: Less, key: unknown, a: unknown[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(a[base + hint], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[base + hint + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[base + hint - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Position of `key` in sorted `a[base..base+n)`, right of equal elements. */
function gallopRight(lt: Less, key: unknown, a: unknown[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, a[base + hint])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Merges runs `[pa, pa+na)` and `[pb, pb+nb)` (na <= nb) using a temp copy of the first. */
function mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const { keys, values, lt } = ms;
  const tk = keys.slice(pa, pa + na);
  const tv = values === null ? null : values.slice(pa, pa + na);
  let dest = pa;
  let a = 0; // next item of the first run, in the temp copy
  let b = pb; // next item of the second run, in place
  const takeA = (): void => {
    keys[dest] = tk[a];
    if (values !== null) values[dest] = tv![a];
    dest++;
    a++;
  };
  const takeB = (): void => {
    keys[dest] = keys[b];
    if (values !== null) values[dest] = values[b];
    dest++;
    b++;
  };
  let copyB = false;
  let failed = false;
  let failure: unknown;
  merge: try {
    takeB();
    if (--nb === 0) break merge;
    if (na === 1) {
      copyB = true;
      break merge;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(keys[b], tk[a])) {
          takeB();
          bcount++;
          acount = 0;
          if (--nb === 0) break merge;
          if (bcount >= minGallop) break;
        } else {
          takeA();
          acount++;
          bcount = 0;
          if (--na === 1) {
            copyB = true;
            break merge;
          }
          if (acount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        if (minGallop > 1) minGallop--;
        ms.minGallop = minGallop;
        let k = gallopRight(lt, keys[b], tk, a, na, 0);
        acount = k;
        if (k > 0) {
          moveItems(keys, values, dest, tk, tv, a, k);
          dest += k;
          a += k;
          na -= k;
          if (na === 1) {
            copyB = true;
            break merge;
          }
          if (na === 0) break merge;
        }
        takeB();
        if (--nb === 0) break merge;
        k = gallopLeft(lt, tk[a], keys, b, nb, 0);
        bcount = k;
        if (k > 0) {
          moveItems(keys, values, dest, keys, values, b, k);
          dest += k;
          b += k;
          nb -= k;
          if (nb === 0) break merge;
        }
        takeA();
        if (--na === 1) {
          copyB = true;
          break merge;
        }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } catch (e) {
    failed = true;
    failure = e;
  }
  if (copyB) {
    // The last element of the first run belongs at the end of the merge.
    moveItems(keys, values, dest, keys, values, b, nb);
    keys[dest + nb] = tk[a];
    if (values !== null) values[dest + nb] = tv![a];
    return;
  }
  // Succeed or Fail: what is left of the temp copy goes back in place.
  if (na > 0) moveItems(keys, values, dest, tk, tv, a, na);
  if (failed) throw failure;
}

/** Merges runs `[pa, pa+na)` and `[pb, pb+nb)` (na >= nb) from the right using a temp copy of the second. */
function mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const { keys, values, lt } = ms;
  const tk = keys.slice(pb, pb + nb);
  const tv = values === null ? null : values.slice(pb, pb + nb);
  let dest = pb + nb - 1;
  let a = pa + na - 1; // last item of the first run, in place
  let b = nb - 1; // last item of the second run, in the temp copy
  const takeA = (): void => {
    keys[dest] = keys[a];
    if (values !== null) values[dest] = values[a];
    dest--;
    a--;
  };
  const takeB = (): void => {
    keys[dest] = tk[b];
    if (values !== null) values[dest] = tv![b];
    dest--;
    b--;
  };
  let copyA = false;
  let failed = false;
  let failure: unknown;
  merge: try {
    takeA();
    if (--na === 0) break merge;
    if (nb === 1) {
      copyA = true;
      break merge;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(tk[b], keys[a])) {
          takeA();
          acount++;
          bcount = 0;
          if (--na === 0) break merge;
          if (acount >= minGallop) break;
        } else {
          takeB();
          bcount++;
          acount = 0;
          if (--nb === 1) {
            copyA = true;
            break merge;
          }
          if (bcount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        if (minGallop > 1) minGallop--;
        ms.minGallop = minGallop;
        let k = gallopRight(lt, tk[b], keys, pa, na, na - 1);
        k = na - k;
        acount = k;
        if (k > 0) {
          dest -= k;
          a -= k;
          moveItems(keys, values, dest + 1, keys, values, a + 1, k);
          na -= k;
          if (na === 0) break merge;
        }
        takeB();
        if (--nb === 1) {
          copyA = true;
          break merge;
        }
        k = gallopLeft(lt, keys[a], tk, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k > 0) {
          dest -= k;
          b -= k;
          moveItems(keys, values, dest + 1, tk, tv, b + 1, k);
          nb -= k;
          if (nb === 1) {
            copyA = true;
            break merge;
          }
          if (nb === 0) break merge;
        }
        takeA();
        if (--na === 0) break merge;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } catch (e) {
    failed = true;
    failure = e;
  }
  if (copyA) {
    // The first element of the second run belongs at the front of the merge.
    dest -= na;
    a -= na;
    moveItems(keys, values, dest + 1, keys, values, a + 1, na);
    keys[dest] = tk[b];
    if (values !== null) values[dest] = tv![b];
    return;
  }
  // Succeed or Fail: what is left of the temp copy fills the hole below dest.
  if (nb > 0) moveItems(keys, values, dest - (nb - 1), tk, tv, 0, nb);
  if (failed) throw failure;
}

function mergeAt(ms: MergeState, i: number): void {
  const { keys, lt, pending } = ms;
  let pa = pending[i]!.base;
  let na = pending[i]!.len;
  const pb = pending[i + 1]!.base;
  let nb = pending[i + 1]!.len;
  pending[i]!.len = na + nb;
  if (i === pending.length - 3) pending[i + 1] = pending[i + 2]!;
  pending.pop();
  const k = gallopRight(lt, keys[pb], keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  nb = gallopLeft(lt, keys[pa + na - 1], keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** The powersort "power" of the run boundary between runs [s1, s1+n1) and the next n2 items. */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

function foundNewRun(ms: MergeState, n2: number): void {
  const p = ms.pending;
  if (p.length === 0) return;
  const top = p[p.length - 1]!;
  const power = powerLoop(top.base, top.len, n2, ms.keys.length);
  while (p.length > 1 && p[p.length - 2]!.power > power) mergeAt(ms, p.length - 2);
  p[p.length - 1]!.power = power;
}

function mergeForceCollapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1]!.len < p[n + 1]!.len) n--;
    mergeAt(ms, n);
  }
}

function computeMinRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Sorts `keys` (and `values` alongside) with CPython's algorithm and the given `<`. */
export function timsort(keys: unknown[], values: unknown[] | null, lt: Less): void {
  const total = keys.length;
  if (total < 2) return;
  const ms = new MergeState(keys, values, lt);
  const minrun = computeMinRun(total);
  let lo = 0;
  let remaining = total;
  do {
    let [n, descending] = countRun(ms, lo, lo + remaining);
    if (descending) {
      reverseRange(keys, lo, lo + n);
      if (values !== null) reverseRange(values, lo, lo + n);
    }
    if (n < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      binarySort(ms, lo, lo + force, lo + n);
      n = force;
    }
    foundNewRun(ms, n);
    ms.pending.push({ base: lo, len: n, power: 0 });
    lo += n;
    remaining -= n;
  } while (remaining > 0);
  mergeForceCollapse(ms);
}
