/**
 * Python's `os.stat_result`, built from Node's bigint stats so that the
 * float timestamps are computed exactly as CPython does (`sec + nsec * 1e-9`).
 */
import type * as fs from "node:fs";
import { IndexError } from "./exceptions.js";

const NS_PER_SEC = 1_000_000_000n;

/** CPython's float timestamp: `(double)sec + nsec * 1e-9`. */
function seconds(ns: bigint): number {
  let sec = ns / NS_PER_SEC;
  let nsec = ns % NS_PER_SEC;
  if (nsec < 0n) {
    sec -= 1n;
    nsec += NS_PER_SEC;
  }
  return Number(sec) + Number(nsec) * 1e-9;
}

function wholeSeconds(ns: bigint): number {
  const sec = ns / NS_PER_SEC;
  return Number(ns < 0n && ns % NS_PER_SEC !== 0n ? sec - 1n : sec);
}

/** `os.stat_result`: the `st_*` fields; timestamps are float seconds. */
export class StatResult {
  readonly st_mode: number;
  readonly st_ino: number;
  readonly st_dev: number;
  readonly st_nlink: number;
  readonly st_uid: number;
  readonly st_gid: number;
  readonly st_size: number;
  readonly st_atime: number;
  readonly st_mtime: number;
  readonly st_ctime: number;
  readonly st_blocks: number;
  readonly st_blksize: number;
  readonly st_rdev: number;
  private readonly whole: readonly number[];

  constructor(s: fs.BigIntStats) {
    this.st_mode = Number(s.mode);
    this.st_ino = Number(s.ino);
    this.st_dev = Number(s.dev);
    this.st_nlink = Number(s.nlink);
    this.st_uid = Number(s.uid);
    this.st_gid = Number(s.gid);
    this.st_size = Number(s.size);
    this.st_atime = seconds(s.atimeNs);
    this.st_mtime = seconds(s.mtimeNs);
    this.st_ctime = seconds(s.ctimeNs);
    this.st_blocks = Number(s.blocks);
    this.st_blksize = Number(s.blksize);
    this.st_rdev = Number(s.rdev);
    this.whole = [
      this.st_mode, this.st_ino, this.st_dev, this.st_nlink, this.st_uid, this.st_gid, this.st_size,
      wholeSeconds(s.atimeNs), wholeSeconds(s.mtimeNs), wholeSeconds(s.ctimeNs),
    ];
  }

  /** `st[i]`: the tuple view, with whole-second timestamps. */
  __getitem__(i: number): number {
    const value = this.whole[i < 0 ? this.whole.length + i : i];
    if (value === undefined) throw new IndexError("tuple index out of range");
    return value;
  }

  __len__(): number {
    return this.whole.length;
  }

  __repr__(): string {
    const names = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];
    return `os.stat_result(${names.map((n, i) => `${n}=${this.whole[i]}`).join(", ")})`;
  }
}

export function statResult(s: fs.BigIntStats): StatResult {
  return new StatResult(s);
}

/** `stat.S_ISDIR(mode)` and friends, on a `st_mode`. */
export const S_IFMT = 0o170000;
export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;
export const S_IFLNK = 0o120000;
