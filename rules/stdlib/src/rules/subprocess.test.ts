import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./subprocess";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "run with captured text, bytes and nothing; check_output; call",
      code: `
        import shlex
        import subprocess
        argv = shlex.split("sh -c 'echo out; echo err >&2; exit 3'")
        proc = subprocess.run(argv, capture_output=True, text=True)
        print(proc.returncode, proc.stdout, proc.stderr)
        raw = subprocess.run(shlex.split("echo x"), stdout=subprocess.PIPE)
        print(raw.stdout, raw.stderr)
        print(subprocess.check_output(shlex.split("echo y"), text=True))
        print(subprocess.call(shlex.split("false")))
      `,
      output: `
        import { PIPE, checkOutput, shlexSplit, str, subprocessCall, subprocessRun } from "@py2ts/runtime";

        const argv = shlexSplit("sh -c 'echo out; echo err >&2; exit 3'");
        const proc = subprocessRun<string, string>(argv, { capture_output: true, text: true });
        console.log(\`\${proc.returncode} \${proc.stdout} \${proc.stderr}\`);
        const raw = subprocessRun<Uint8Array, null>(shlexSplit("echo x"), { stdout: PIPE });
        console.log(\`\${str(raw.stdout)} None\`);
        console.log(\`\${checkOutput<string>(shlexSplit("echo y"), { text: true })}\`);
        console.log(\`\${subprocessCall(shlexSplit("false"))}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "shell=True keeps the shell",
      code: `
        import subprocess
        subprocess.run("ls | wc -l", shell=True)
      `,
      errors: [{ messageId: "shell", line: 2 }],
    },
    {
      name: "computed capture options leave the output type open",
      code: `
        import subprocess
        capture = True
        proc = subprocess.run("ls", capture_output=capture)
      `,
      errors: [{ messageId: "dynamicOutput", line: 3 }],
    },
    {
      name: "Popen runs synchronously",
      code: `
        import subprocess
        p = subprocess.Popen("ls", stdout=subprocess.PIPE, text=True)
        out, err = p.communicate()
      `,
      errors: [{ messageId: "synchronousPopen", line: 2 }],
    },
    {
      name: "an unmapped function",
      code: `
        import subprocess
        l = subprocess.list2cmdline("ls")
      `,
      errors: [{ messageId: "unmappedName", line: 2 }],
    },
    {
      name: "options run() does not take",
      code: `
        import subprocess
        subprocess.run("ls", start_new_session=True)
      `,
      errors: [{ messageId: "unbindable", line: 2 }],
    },
  ],
});
