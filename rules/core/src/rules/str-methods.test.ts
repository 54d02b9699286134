import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./str-methods";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "split, strip, join",
      code: `
        line = "  a b\\t c  "
        csv = "x,y,,z"
        print(line.split(), csv.split(","), csv.split(",", 1), line.strip(), "xxhixx".strip("x"), "-".join(["a", "b"]), ", ".join(str(n) for n in range(3)), "a\\nb\\r\\nc".splitlines())
      `,
      output: `
        import { range, split, splitlines, str, strip } from "@py2ts/runtime";

        const line = "  a b\\t c  ";
        const csv = "x,y,,z";
        console.log(
          \`\${str(split(line))} \${str(csv.split(","))} \${str(split(csv, ",", 1))} \${strip(line)} \${strip("xxhixx", "x")} \${["a", "b"].join("-")} \${(() => {
            const result: string[] = [];
            for (const n of range(3)) {
              result.push(String(n));
            }
            return result;
          })().join(", ")} \${str(splitlines("a\\nb\\r\\nc"))}\`,
        );
      `,
      exec: true,
    },
    {
      name: "case, search and padding",
      code: `
        s = "Hello World"
        print(s.upper(), s.lower(), s.title(), s.startswith("He"), s.endswith(("x", "ld")), s.find("o"), s.rfind("o"), s.count("l"), s.replace("l", "L", 2), s.ljust(13, "."), s.center(15, "*"), "7".zfill(3), s.isdigit())
      `,
      output: `
        import {
          center,
          endswith,
          find,
          isdigit,
          ljust,
          replace,
          rfind,
          stringCount,
          title,
          zfill,
        } from "@py2ts/runtime";

        const s = "Hello World";
        console.log(
          \`\${s.toUpperCase()} \${s.toLowerCase()} \${title(s)} \${s.startsWith("He") ? "True" : "False"} \${endswith(s, ["x", "ld"] as const) ? "True" : "False"} \${find(s, "o")} \${rfind(s, "o")} \${stringCount(s, "l")} \${replace(s, "l", "L", 2)} \${ljust(s, 13, ".")} \${center(s, 15, "*")} \${zfill("7", 3)} \${isdigit(s) ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "str.format",
      code: `
        name = "db"
        print("{} is {:>6.2f}%".format(name, 99.5), "{0}-{0}".format(name), "{n}!".format(n=name), "{:,}".format(1234567))
      `,
      output: `
        import { strFormat } from "@py2ts/runtime";

        const name = "db";
        console.log(
          \`\${strFormat("{} is {:>6.2f}%", [name, 99.5], {}, { args: [undefined, "float"] })} \${strFormat("{0}-{0}", [name])} \${strFormat("{n}!", [], { n: name })} \${strFormat("{:,}", [1234567])}\`,
        );
      `,
      exec: true,
    },
    {
      name: "partition and encode",
      code: `
        key, _, value = "a=b=c".partition("=")
        print(key, value, "caf\\u00e9".encode())
      `,
      output: `
        import { partition, str } from "@py2ts/runtime";

        const [key, _, value] = partition("a=b=c", "=");
        console.log(\`\${key} \${value} \${str(new TextEncoder().encode("café"))}\`);
      `,
      exec: true,
    },
    {
      name: "str.format with *args and **mapping",
      code: `
        ctx = {"host": "web", "port": 80}
        args = [1, 2]
        print("{host}:{port}".format(**ctx), "{}-{}".format(*args), "{0} {x}".format(*args, x=3, **{"y": 1}))
      `,
      output: `
        import { strFormat } from "@py2ts/runtime";

        const ctx: Map<string, number | string> = new Map<string, number | string>([
          ["host", "web"],
          ["port", 80],
        ]);
        const args: number[] = [1, 2];
        console.log(
          \`\${strFormat("{host}:{port}", [], ctx)} \${strFormat("{}-{}", [...args], new Map<string, unknown>([]))} \${strFormat("{0} {x}", [...args], new Map<string, unknown>([["x", 3], ...new Map([["y", 1]]).entries()]))}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "encodings other than UTF-8",
      code: `
        print("x".encode("latin-1"))
      `,
      errors: [{ messageId: "unsupportedMethod", line: 1 }],
    },
    {
      name: "methods that are not translated",
      code: `
        print("x".maketrans("a", "b"))
      `,
      errors: [{ messageId: "unsupportedMethod", line: 1 }],
    },
  ],
});
