/**
 * The rule engine: ordering, the path API, failure isolation and verify.
 */
import { type Plugin, convertProject, defineRule, orderRules, RuleConfigError } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";

async function convert(code: string, plugins: Plugin[]) {
  const result = await convertProject([{ path: "main.py", bytes: Buffer.from(code) }], { plugins });
  return result.files[0]!;
}

const noop = (id: string, extra: { runsAfter?: string[]; phase?: "early" | "main" | "fallback" } = {}) =>
  defineRule({ meta: { id, description: id, messages: {}, ...extra }, create: () => ({}) });

describe("rule ordering", () => {
  it("orders by phase, then runsAfter, then id", () => {
    const order = orderRules([noop("x/c"), noop("x/a", { runsAfter: ["x/c"] }), noop("x/b", { phase: "early" }), noop("x/z", { phase: "fallback" })]);
    expect(order.map((r) => r.meta.id)).toEqual(["x/b", "x/c", "x/a", "x/z"]);
  });

  it("rejects cycles, duplicate ids and bad codes", () => {
    expect(() => orderRules([noop("x/a", { runsAfter: ["x/b"] }), noop("x/b", { runsAfter: ["x/a"] })])).toThrow(RuleConfigError);
    expect(() => orderRules([noop("x/a"), noop("x/a")])).toThrow(RuleConfigError);
    const badCode = defineRule({
      meta: { id: "x/bad", description: "", messages: { m: { code: "PY2TS2999", severity: "warning", text: "t" } } },
      create: () => ({}),
    });
    expect(() => orderRules([badCode])).toThrow(/must be an error/);
  });
});

describe("rewrite", () => {
  it("isolates a rule that throws: PY2TS9002 and a stub, the file goes on", async () => {
    const crashing = defineRule({
      meta: { id: "aaa/crash", description: "", messages: {} },
      create: () => ({
        Call() {
          throw new Error("boom");
        },
      }),
    });
    const file = await convert("x = 1\nprint(x)\n", [{ name: "t", rules: [crashing] }, rulesCore]);
    expect(file.diagnostics.map((d) => d.code)).toContain("PY2TS9002");
    expect(file.output).toContain('unsupported("PY2TS9002');
    expect(file.output).toContain("const x = 1;");
  });

  it("reports Python nodes no rule translated (PY2TS9001) and stubs them", async () => {
    const only = (ids: string[]) => [{ name: "t", rules: rulesCore.rules.filter((r) => ids.includes(r.meta.id)) }];
    const file = await convert("x = 1\nprint(x)\n", only(["core/module", "core/statements", "core/print", "core/names"]));
    expect(file.diagnostics.map((d) => [d.code, d.span.start.line])).toEqual([["PY2TS9001", 1]]);
    expect(file.output).toContain("// py2ts PY2TS9001: no rule translated this Python assign (Assign)");
    expect(file.output).toContain('unsupported("PY2TS9001: no rule translated this Python assign (Assign)");');
    expect(file.status).toBe("partial");
  });

  it("insertBefore: inserted nodes are visited and comments move to them", async () => {
    const inserter = defineRule({
      meta: { id: "test/insert", description: "", messages: {}, phase: "early" },
      create: (ctx) => ({
        Pass(path) {
          const b = ctx.at(path.node);
          path.insertBefore(b.exprStmt(b.call(b.id("before"), [])));
        },
      }),
    });
    const file = await convert("# keep me\npass\n", [{ name: "t", rules: [inserter] }, rulesCore]);
    expect(file.output).toBe("// keep me\nbefore();\n");
  });

  it("is deterministic", async () => {
    const code = "a = [1, 2]\nb = {'k': a}\nprint(a, b)\n";
    const first = await convert(code, [rulesCore]);
    const second = await convert(code, [rulesCore]);
    expect(first.output).toBe(second.output);
    expect(first.diagnostics).toEqual(second.diagnostics);
  });
});

describe("bad input never crashes", () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ["syntax error", Buffer.from("def f(:\n"), "PY2TS1001"],
    ["Python 2", Buffer.from("print 'x'\n"), "PY2TS1002"],
    ["except X, e", Buffer.from("try:\n    pass\nexcept ValueError, e:\n    pass\n"), "PY2TS1002"],
    ["invalid UTF-8", Buffer.from([0x78, 0x3d, 0x22, 0xff, 0x22, 0x0a]), "PY2TS1003"],
    ["binary", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]), "PY2TS1004"],
    ["unknown coding", Buffer.from("# -*- coding: klingon -*-\nx = 1\n"), "PY2TS1007"],
  ];
  for (const [name, bytes, code] of cases) {
    it(name, async () => {
      const result = await convertProject(
        [
          { path: "bad.py", bytes },
          { path: "good.py", bytes: Buffer.from("x = 1\n") },
        ],
        { plugins: [rulesCore] },
      );
      const bad = result.files.find((f) => f.path === "bad.py")!;
      const good = result.files.find((f) => f.path === "good.py")!;
      expect(bad.status).toBe("failed");
      expect(bad.output).toBeNull();
      expect(bad.diagnostics[0]!.code).toBe(code);
      expect(good.status).toBe("converted");
    });
  }

  it("honours a PEP 263 latin-1 coding cookie", async () => {
    const bytes = Buffer.concat([Buffer.from("# -*- coding: latin-1 -*-\nx = \""), Buffer.from([0xe9]), Buffer.from("\"\nprint(x)\n")]);
    const result = await convertProject([{ path: "l.py", bytes }], { plugins: [rulesCore] });
    expect(result.files[0]!.output).toContain('const x = "é";');
  });

  it("reports files over the size cap", async () => {
    const result = await convertProject([{ path: "big.py", bytes: Buffer.alloc(2048, 0x20) }], { plugins: [rulesCore], maxFileSize: 1024 });
    expect(result.files[0]!.diagnostics[0]!.code).toBe("PY2TS1005");
  });
});
