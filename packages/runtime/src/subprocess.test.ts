import { BaseException, FileNotFoundError } from "./exceptions.js";
import { Popen } from "./popen.js";
import { repr } from "./repr.js";
import { CalledProcessError, DEVNULL, PIPE, STDOUT, TimeoutExpired, call, checkCall, checkOutput, getoutput, getstatusoutput, run } from "./subprocess.js";

function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof BaseException) return `${e.name}: ${e.message}`;
    throw e;
  }
}

// Expected values printed by CPython 3.11.7.
describe("subprocess", () => {
  test("run: capture in bytes and text (universal newlines)", () => {
    expect(repr(run(["echo", "hi"], { capture_output: true }))).toBe("CompletedProcess(args=['echo', 'hi'], returncode=0, stdout=b'hi\\n', stderr=b'')");
    expect(repr(run(["sh", "-c", 'printf "a\r\nb"; echo err >&2; exit 3'], { capture_output: true, text: true }))).toBe(
      "CompletedProcess(args=['sh', '-c', 'printf \"a\\r\\nb\"; echo err >&2; exit 3'], returncode=3, stdout='a\\nb', stderr='err\\n')",
    );
    expect(repr(run("echo $0", { shell: true, stdout: PIPE, stderr: STDOUT }))).toBe("CompletedProcess(args='echo $0', returncode=0, stdout=b'/bin/sh\\n')");
    expect(repr(run(["cat"], { input: "x\n", text: true, capture_output: true }))).toBe("CompletedProcess(args=['cat'], returncode=0, stdout='x\\n', stderr='')");
    expect(repr(run(["cat"], { input: Buffer.from("x\n"), capture_output: true }))).toBe("CompletedProcess(args=['cat'], returncode=0, stdout=b'x\\n', stderr=b'')");
    expect(run(["sh", "-c", "echo out; echo err >&2; echo out2"], { stdout: PIPE, stderr: STDOUT, text: true }).stdout).toBe("out\nerr\nout2\n");
    expect(run(["true"], { stdout: DEVNULL }).stdout).toBeNull();
  });

  test("errors: check, signals, timeouts, missing programs and directories", () => {
    const e = outcome(() => run(["false"], { check: true }));
    expect(e).toBe("CalledProcessError: Command '['false']' returned non-zero exit status 1.");
    try {
      run(["false"], { check: true });
    } catch (err) {
      expect(err).toBeInstanceOf(CalledProcessError);
      expect(repr(err)).toBe("CalledProcessError(1, ['false'])");
    }
    expect(outcome(() => run(["sh", "-c", "kill -9 $$"], { check: true }))).toBe("CalledProcessError: Command '['sh', '-c', 'kill -9 $$']' died with <Signals.SIGKILL: 9>.");
    expect(outcome(() => run(["sleep", "2"], { timeout: 0.5 }))).toBe("TimeoutExpired: Command '['sleep', '2']' timed out after 0.5 seconds");
    expect(() => run(["sleep", "2"], { timeout: 0.2 })).toThrow(TimeoutExpired);
    expect(outcome(() => run(["nosuchcmd-py2ts"]))).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'nosuchcmd-py2ts'");
    expect(() => run(["nosuchcmd-py2ts"])).toThrow(FileNotFoundError);
    expect(outcome(() => run(["ls"], { cwd: "/nonexistent" }))).toBe("FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent'");
  });

  test("call, check_call, check_output, getoutput, getstatusoutput", () => {
    expect(repr(checkOutput(["echo", "x"]))).toBe("b'x\\n'");
    expect(checkOutput<string>(["echo", "x"], { text: true })).toBe("x\n");
    expect([call(["true"]), checkCall(["true"]), call(["false"])]).toEqual([0, 0, 1]);
    expect(getoutput("echo hi; echo there")).toBe("hi\nthere");
    expect(getstatusoutput("exit 2")).toEqual([2, ""]);
  });
});


// Expected values printed by CPython 3.11.7.
describe("subprocess.Popen (run on first use)", () => {
  test("communicate, pipelines, stdin pipes, kill before use, reading stdout", () => {
    const p = new Popen<string, string>(["sh", "-c", "echo out; echo err >&2; exit 2"], { stdout: PIPE, stderr: PIPE, text: true });
    expect([...p.communicate(), p.returncode]).toEqual(["out\n", "err\n", 2]);
    const p1 = new Popen(["printf", "b\\na\\n"], { stdout: PIPE });
    const p2 = new Popen<Uint8Array>(["sort"], { stdin: p1.stdout, stdout: PIPE });
    expect([repr(p2.communicate()[0]), p2.wait()]).toEqual(["b'a\\nb\\n'", 0]);
    const p3 = new Popen<string, null>(["cat"], { stdin: PIPE, stdout: PIPE, text: true });
    expect(p3.communicate("hi\n")).toEqual(["hi\n", null]);
    const p4 = new Popen(["sleep", "5"]);
    p4.kill();
    expect(p4.wait()).toBe(-9);
    const p5 = new Popen(["printf", "x\\ny\\n"], { stdout: PIPE, text: true });
    expect([[...(p5.stdout as Iterable<unknown>)], p5.wait()]).toEqual([["x\n", "y\n"], 0]);
  });
});
