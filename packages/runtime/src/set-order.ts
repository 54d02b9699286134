/**
 * The iteration order of a CPython 3.11 set. A JS `Set` iterates in insertion
 * order, but Python iterates (and prints) a set in hash-table order:
 * `print({5, 3, 1, 4})` shows `{1, 3, 4, 5}`. For sets whose members are
 * numbers (ints, floats, bools: their hashes are deterministic) this module
 * replays CPython's table (`Objects/setobject.c`: linear probing, perturbation,
 * resizing) over the members in insertion order to recover that order.
 * Strings hash randomly per Python process, so sets holding anything else
 * keep insertion order (any order is one Python could have printed).
 */

const MODULUS = (1n << 61n) - 1n;
const TWO_64 = 1n << 64n;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MIN_SIZE = 8;

const view = new DataView(new ArrayBuffer(8));

/** Python's `hash()` of an int or float (`hash(-1) == -2`, `hash(1.5) == 2**60 + 1`), or null if not reproducible. */
export function numberHash(x: number): bigint | null {
  if (x !== x) return null;
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (x === 0) return 0n;
  let h: bigint;
  if (Number.isSafeInteger(x)) {
    h = BigInt(Math.abs(x)) % MODULUS;
  } else {
    view.setFloat64(0, Math.abs(x));
    const high = view.getUint32(0);
    const low = view.getUint32(4);
    const biased = high >>> 20;
    let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
    let exponent: number;
    if (biased === 0) exponent = -1074;
    else {
      mantissa |= 1n << 52n;
      exponent = biased - 1075;
    }
    const e = ((exponent % 61) + 61) % 61;
    h = ((mantissa % MODULUS) << BigInt(e)) % MODULUS;
  }
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

function hashOf(member: unknown): bigint | null {
  if (typeof member === "number") return numberHash(member);
  if (typeof member === "boolean") return member ? 1n : 0n;
  return null;
}

/** Inserts into a table known not to contain the key (CPython `set_insert_clean`). */
function insertClean(table: Array<number | undefined>, hashes: bigint[], mask: number, index: number, hash: bigint): void {
  const maskBig = BigInt(mask);
  let perturb = hash < 0n ? hash + TWO_64 : hash;
  let i = Number(perturb & maskBig);
  for (;;) {
    if (table[i] === undefined) break;
    let found = false;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (table[i + j] === undefined) {
          i += j;
          found = true;
          break;
        }
      }
    }
    if (found) break;
    perturb >>= PERTURB_SHIFT;
    i = Number((BigInt(i) * 5n + 1n + perturb) & maskBig);
  }
  table[i] = index;
  hashes[i] = hash;
}

/**
 * The members of `set` in the order CPython would iterate a set built by
 * adding them in insertion order, or `null` when some member's hash cannot
 * be reproduced (strings, tuples, objects, NaN).
 */
export function pythonSetOrder<T>(set: Iterable<T>): T[] | null {
  const members: T[] = [];
  const memberHashes: bigint[] = [];
  for (const member of set) {
    const h = hashOf(member);
    if (h === null) return null;
    members.push(member);
    memberHashes.push(h);
  }
  if (members.length < 2) return members;
  let mask = MIN_SIZE - 1;
  let table: Array<number | undefined> = new Array<number | undefined>(MIN_SIZE);
  let hashes: bigint[] = new Array<bigint>(MIN_SIZE);
  let fill = 0;
  for (let m = 0; m < members.length; m++) {
    const hash = memberHashes[m]!;
    const value = Number(members[m]);
    // set_add_entry: probe for an equal key or an unused slot.
    const maskBig = BigInt(mask);
    let perturb = hash < 0n ? hash + TWO_64 : hash;
    let i = Number(perturb & maskBig);
    let slot = -1;
    let duplicate = false;
    search: for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const entry = table[i + j];
        if (entry === undefined) {
          slot = i + j;
          break search;
        }
        if (hashes[i + j] === hash && Number(members[entry]) === value) {
          duplicate = true;
          break search;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & maskBig);
    }
    if (duplicate) continue;
    table[slot] = m;
    hashes[slot] = hash;
    fill++;
    if (fill * 5 >= mask * 3) {
      const used = fill;
      const minUsed = used > 50000 ? used * 2 : used * 4;
      let size = MIN_SIZE;
      while (size <= minUsed) size <<= 1;
      const oldTable = table;
      table = new Array<number | undefined>(size);
      hashes = new Array<bigint>(size);
      mask = size - 1;
      for (const entry of oldTable) {
        if (entry !== undefined) insertClean(table, hashes, mask, entry, memberHashes[entry]!);
      }
    }
  }
  const ordered: T[] = [];
  for (const entry of table) if (entry !== undefined) ordered.push(members[entry]!);
  return ordered;
}

/** The members of a set in Python's iteration order (CPython order for numbers, else insertion order). */
export function setItems<T>(set: ReadonlySet<T>): T[] {
  return pythonSetOrder(set) ?? Array.from(set);
}
