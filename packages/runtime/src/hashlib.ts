/**
 * Python's `hashlib` over Node's `crypto`: `hashlib.new(name, data)` and the
 * named constructors, hash objects with `update`, `digest` and `hexdigest`
 * (callable any number of times, like Python's), `copy`, `name`,
 * `digest_size` and `block_size`; `file_digest` (3.11).
 */
import { type Hash as NodeHash, createHash } from "node:crypto";
import { TypeError as PyTypeError, ValueError } from "./exceptions.js";

/** Python algorithm name → Node's, digest size, block size. */
const ALGORITHMS: Readonly<Record<string, readonly [string, number, number]>> = {
  md5: ["md5", 16, 64],
  sha1: ["sha1", 20, 64],
  sha224: ["sha224", 28, 64],
  sha256: ["sha256", 32, 64],
  sha384: ["sha384", 48, 128],
  sha512: ["sha512", 64, 128],
  sha3_224: ["sha3-224", 28, 144],
  sha3_256: ["sha3-256", 32, 136],
  sha3_384: ["sha3-384", 48, 104],
  sha3_512: ["sha3-512", 64, 72],
  blake2b: ["blake2b512", 64, 128],
  blake2s: ["blake2s256", 32, 64],
  sha512_224: ["sha512-224", 28, 128],
  sha512_256: ["sha512-256", 32, 128],
};

function checkBytes(data: unknown): Uint8Array {
  if (typeof data === "string") throw new PyTypeError("Strings must be encoded before hashing");
  if (!(data instanceof Uint8Array)) throw new PyTypeError(`object supporting the buffer API required`);
  return data;
}

/** A hash object (`hashlib.sha256()`). */
export class Hash {
  private constructor(
    /** `h.name`. */
    readonly name: string,
    private readonly state: NodeHash,
  ) {}

  static create(name: string, data?: Uint8Array | null): Hash {
    const entry = ALGORITHMS[name.toLowerCase()];
    if (entry === undefined) throw new ValueError(`unsupported hash type ${name}`);
    const h = new Hash(name.toLowerCase(), createHash(entry[0]));
    if (data !== undefined && data !== null) h.update(data);
    return h;
  }

  /** `h.digest_size`. */
  get digest_size(): number {
    return ALGORITHMS[this.name]![1];
  }

  /** `h.block_size`. */
  get block_size(): number {
    return ALGORITHMS[this.name]![2];
  }

  /** `h.update(data)`. */
  update(data: Uint8Array): void {
    this.state.update(checkBytes(data));
  }

  /** `h.digest()`. */
  digest(): Uint8Array {
    return new Uint8Array(this.state.copy().digest());
  }

  /** `h.hexdigest()`. */
  hexdigest(): string {
    return this.state.copy().digest("hex");
  }

  /** `h.copy()`. */
  copy(): Hash {
    return new Hash(this.name, this.state.copy());
  }

  __repr__(): string {
    return `<${this.name} _hashlib.HASH object @ 0x7f0000000000>`;
  }
}

/** Python `hashlib.new(name, data=b"")` (and `hashlib.sha256(data)` etc.). */
export function hashNew(name: string, data?: Uint8Array | null): Hash {
  return Hash.create(name, data);
}

/** Python `hashlib.file_digest(fileobj, digest)`: hashes a binary file object from its current position. */
export function fileDigest(file: { read(size?: number | null): Uint8Array }, digest: string | (() => Hash)): Hash {
  const h = typeof digest === "string" ? Hash.create(digest) : digest();
  for (let chunk = file.read(1 << 18); chunk.length > 0; chunk = file.read(1 << 18)) h.update(chunk);
  return h;
}

/** `hashlib.algorithms_guaranteed`. */
export const algorithmsGuaranteed: ReadonlySet<string> = new Set(Object.keys(ALGORITHMS).filter((n) => !n.startsWith("sha512_")));

