import * as fs from "node:fs";
import { BaseException } from "./exceptions.js";
import { hashNew } from "./hashlib.js";
import { TemporaryDirectory, mkdtemp, namedTemporaryFile } from "./tempfile.js";
import { sleep } from "./time.js";

function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof BaseException) return `${e.name}: ${e.message}`;
    throw e;
  }
}

// Expected values printed by CPython 3.11.7.
describe("hashlib", () => {
  test("digests, incremental updates and copies", () => {
    const h = hashNew("sha256");
    h.update(Buffer.from("abc"));
    expect(h.hexdigest()).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(h.hexdigest()).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const c = h.copy();
    c.update(Buffer.from("d"));
    expect(c.hexdigest()).toBe("88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589");
    expect(hashNew("md5", Buffer.from("")).hexdigest()).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(hashNew("SHA1", Buffer.from("x")).hexdigest()).toBe("11f6ad8ec52a2984abaafd7c3b516503785c2072");
    expect([h.name, h.digest_size, h.block_size, h.digest().length]).toEqual(["sha256", 32, 64, 32]);
    expect(hashNew("blake2b", Buffer.from("a")).hexdigest().length).toBe(128);
    expect(outcome(() => hashNew("nope"))).toBe("ValueError: unsupported hash type nope");
    expect(outcome(() => h.update("text" as unknown as Uint8Array))).toBe("TypeError: Strings must be encoded before hashing");
  });
});

describe("tempfile and time", () => {
  test("mkdtemp, TemporaryDirectory, NamedTemporaryFile", () => {
    const d = mkdtemp("-x", "job-");
    expect(d).toMatch(/\/job-[a-z0-9_]{8}-x$/);
    expect(fs.statSync(d).isDirectory()).toBe(true);
    fs.rmdirSync(d);
    const td = new TemporaryDirectory();
    const name = td.__enter__();
    fs.writeFileSync(`${name}/f`, "x");
    td.__exit__();
    expect(fs.existsSync(name)).toBe(false);
    const f = namedTemporaryFile("w+", { suffix: ".txt" });
    f.write("hello");
    f.seek(0);
    expect([f.read(), String(f.name).endsWith(".txt")]).toEqual(["hello", true]);
    f.close();
    expect(fs.existsSync(String(f.name))).toBe(false);
  });

  test("sleep blocks", () => {
    const start = Date.now();
    sleep(0.05);
    expect(Date.now() - start).toBeGreaterThanOrEqual(45);
    expect(outcome(() => sleep(-1))).toBe("ValueError: sleep length must be non-negative");
  });
});
