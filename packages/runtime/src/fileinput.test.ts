import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// The module reads sys.argv and stdin: run a script in a child process and compare with CPython's output.
const PYTHON = `import fileinput
for line in fileinput.input():
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), line.rstrip())
`;
const TS = `import { fileinput, fileinputFilename, fileinputLineno, fileinputFilelineno, fileinputIsfirstline, fileinputIsstdin } from "${path.resolve(__dirname, "index.ts")}";
const py = (b: boolean) => (b ? "True" : "False");
for (const line of fileinput()) {
  console.log([fileinputFilename(), fileinputLineno(), fileinputFilelineno(), py(fileinputIsfirstline()), py(fileinputIsstdin()), line.trimEnd()].join(" "));
}
`;

describe("fileinput", () => {
  test("files from argv, '-' is stdin, line numbers across files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-fileinput-"));
    try {
      fs.writeFileSync(path.join(dir, "f1.txt"), "a\nb\n");
      fs.writeFileSync(path.join(dir, "f2.txt"), "c\n");
      fs.writeFileSync(path.join(dir, "main.py"), PYTHON);
      fs.writeFileSync(path.join(dir, "main.ts"), TS);
      const args = ["f1.txt", "-", "f2.txt"];
      const py = spawnSync("python3", ["main.py", ...args], { cwd: dir, input: "stdin1\n", encoding: "utf8" });
      const ts = spawnSync(process.execPath, ["--import", require.resolve("tsx"), "main.ts", ...args], { cwd: dir, input: "stdin1\n", encoding: "utf8" });
      expect(ts.stderr).toBe("");
      expect(ts.stdout).toBe(py.stdout);
      expect(py.stdout).toContain("<stdin> 3 1 True True stdin1");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
