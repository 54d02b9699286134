import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./re";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "module functions and a compiled pattern with named groups",
      code: `
        import re
        LINE = re.compile(r"^(?P<ip>\\S+) \\S+ \\S+ \\[(?P<ts>[^\\]]+)\\] \\"(?P<req>[^\\"]*)\\" (?P<status>\\d{3})$")
        m = LINE.match('10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200')
        print(m.group("ip"), m.group("status"), m["ts"], m.span("req"), m.groups())
        print(m.group(), m.lastindex, m.lastgroup)
        print(re.sub(r"(\\w+)@(\\w+)", r"\\2 at \\g<1>", "bob@host and amy@box"))
        print(re.subn(r"x*", "-", "abxd"))
        print(re.split(r"(,)\\s*", "a, b,c"), re.split(r"\\W+", "Words, words."))
        print(re.findall(r"(\\w)=(\\d)", "a=1 b=2"), re.findall(r"\\d+", "a1b22"))
        print(re.escape("1.2.3 [x]"), re.fullmatch(r"\\d+", "12a"))
        print(re.search(r"end$", "the end\\n").end(), re.search(r"^b", "a\\nb", re.M).start())
        print(re.search(r"(?i)ERROR", "an error").group(0), re.compile(r"\\d", re.IGNORECASE))
        print(re.search(r"\\bcat\\b", "concat cat").span(), re.match(r"\\d+", "٣4").group())
      `,
      output: `
        import { type ReMatch, re, str } from "@py2ts/runtime";

        const LINE = re.compile(
          '^(?P<ip>\\\\S+) \\\\S+ \\\\S+ \\\\[(?P<ts>[^\\\\]]+)\\\\] \\\\"(?P<req>[^\\\\"]*)\\\\" (?P<status>\\\\d{3})$',
        );
        const m: null | ReMatch = LINE.match(
          '10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.0" 200',
        );
        console.log(
          \`\${str(m!.group("ip"))} \${str(m!.group("status"))} \${str(m!.group("ts"))} \${str(m!.span("req"), "tuple[int, int]")} \${str(m!.groups(), "tuple[None | str, ...]")}\`,
        );
        console.log(\`\${m!.group()} \${str(m!.lastindex)} \${str(m!.lastgroup)}\`);
        console.log(\`\${re.sub("(\\\\w+)@(\\\\w+)", "\\\\2 at \\\\g<1>", "bob@host and amy@box")}\`);
        console.log(\`\${str(re.subn("x*", "-", "abxd"), "tuple[str, int]")}\`);
        console.log(\`\${str(re.split("(,)\\\\s*", "a, b,c"))} \${str(re.split("\\\\W+", "Words, words."))}\`);
        console.log(
          \`\${str(re.findall("(\\\\w)=(\\\\d)", "a=1 b=2"), "list[tuple[str, str]]")} \${str(re.findall("\\\\d+", "a1b22"))}\`,
        );
        console.log(\`\${re.escape("1.2.3 [x]")} \${str(re.fullmatch("\\\\d+", "12a"))}\`);
        console.log(\`\${re.search("end$", "the end\\n")!.end()} \${re.search("^b", "a\\nb", re.M)!.start()}\`);
        console.log(
          \`\${re.search("(?i)ERROR", "an error")!.group(0)} \${str(re.compile("\\\\d", re.IGNORECASE))}\`,
        );
        console.log(
          \`\${str(re.search("\\\\bcat\\\\b", "concat cat")!.span(), "tuple[int, int]")} \${re.match("\\\\d+", "٣4")!.group()}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [
    { code: `import re\nre.compile(r"(?i:abc)d")`, errors: [{ messageId: "unsupportedPattern", line: 2 }] },
    { code: `import re\nre.search(b"x+", b"xx")`, errors: [{ messageId: "bytesPattern", line: 2 }] },
    { code: `import re\nre.sub("a", "b", "c", flags=re.I, foo=1)`, errors: [{ messageId: "unbindable", line: 2 }] },
  ],
  ignores: [{ code: `x = "re"\nprint(x)` }],
});
