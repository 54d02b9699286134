import { AttributeError, Exception, KeyError, LookupError, ValueError } from "./exceptions.js";
import { getAttribute, issubclass, setAttribute, totalOrdering } from "./classes.js";
import { ge, gt, le, lt } from "./comparison.js";

class OpsError extends Exception {}
class ConfigError extends OpsError {}

describe("issubclass", () => {
  // python3: issubclass(KeyError, LookupError) -> True; issubclass(ValueError, LookupError) -> False
  it("follows the built-in hierarchy", () => {
    expect(issubclass(KeyError, LookupError)).toBe(true);
    expect(issubclass(ValueError, LookupError)).toBe(false);
    expect(issubclass(ValueError, ValueError)).toBe(true);
  });
  it("follows user classes and tuples of classes", () => {
    expect(issubclass(ConfigError, OpsError)).toBe(true);
    expect(issubclass(OpsError, ConfigError)).toBe(false);
    expect(issubclass(ConfigError, KeyError, Exception)).toBe(true);
  });
});

class Config {
  values = new Map<string, number>([["port", 8000]]);
  __getattr__(name: string): number {
    const v = this.values.get(name);
    if (v === undefined) throw new KeyError(name);
    return v;
  }
}
class Plain {
  x = 1;
  get(): number {
    return this.x;
  }
}

describe("setAttribute", () => {
  // python3: p = Plain(); p.tag = 't'; p.tag -> 't'; a class's __setattr__ sees every store
  it("stores on the object or through __setattr__", () => {
    const p = new Plain();
    setAttribute(p, "tag", "t");
    expect(getAttribute(p, "tag")).toBe("t");
    const seen: string[] = [];
    class Audited {
      __setattr__(name: string, value: unknown): void {
        seen.push(`${name}=${String(value)}`);
      }
    }
    const audited = new Audited();
    setAttribute(audited, "port", 80);
    expect(seen).toEqual(["port=80"]);
    expect("port" in audited).toBe(false);
  });
});

describe("getAttribute", () => {
  // python3: class Plain: ...; Plain().missing -> AttributeError: 'Plain' object has no attribute 'missing'
  it("raises AttributeError like Python", () => {
    expect(() => getAttribute(new Plain(), "missing")).toThrow(AttributeError);
    expect(() => getAttribute(new Plain(), "missing")).toThrow("'Plain' object has no attribute 'missing'");
  });
  it("reads properties, binds methods and falls back to __getattr__", () => {
    const p = new Plain();
    expect(getAttribute(p, "x")).toBe(1);
    expect((getAttribute(p, "get") as () => number)()).toBe(1);
    expect(getAttribute(new Config(), "port")).toBe(8000);
  });
});

class Version {
  constructor(readonly n: number) {}
  __eq__(other: unknown): boolean {
    return other instanceof Version && other.n === this.n;
  }
  __lt__(other: Version): boolean {
    return this.n < other.n;
  }
}
totalOrdering(Version);

describe("totalOrdering", () => {
  // python3 with @total_ordering: V(1) <= V(1) True, V(2) > V(1) True, V(1) >= V(2) False
  it("derives the missing comparisons from __lt__ and __eq__", () => {
    expect(le(new Version(1), new Version(1))).toBe(true);
    expect(gt(new Version(2), new Version(1))).toBe(true);
    expect(ge(new Version(1), new Version(2))).toBe(false);
    expect(lt(new Version(1), new Version(2))).toBe(true);
  });
});
