import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./json";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "except json.JSONDecodeError catches parse errors and exposes msg and pos",
      code: `
        import json


        def parse(text):
            try:
                return json.loads(text)
            except json.JSONDecodeError as e:
                print("bad json:", e.msg, "at", e.pos)
                return None
            except (ValueError, KeyError):
                return 0


        print(parse("{"), parse("[1]"))
      `,
      output: `
        import { KeyError, ValueError, json, str, toPyException } from "@py2ts/runtime";

        // py2ts PY2TS4203: the return type of 'parse' could not be inferred; it is declared as unknown
        function parse(text: string): unknown {
          try {
            return json.loads(text);
          } catch (error) {
            const exc = toPyException(error);
            if (exc instanceof json.JSONDecodeError) {
              const e = exc;
              console.log(\`bad json: \${e.msg} at \${e.pos}\`);
              return null;
            } else if (exc instanceof ValueError || exc instanceof KeyError) {
              return 0;
            } else {
              throw exc;
            }
          }
        }

        console.log(\`\${str(parse("{"))} \${str(parse("[1]"))}\`);
      `,
      exec: true,
    },
    {
      name: "round trip with Python's separators, indent, sort_keys and ensure_ascii",
      code: `
        import json
        doc = json.loads('{"b": [1, 2.5, null, true], "a": {"x": "caf\\\\u00e9 \\\\u2603", "e": {}, "l": []}, "n": -0.0}')
        print(json.dumps(doc))
        print(json.dumps(doc, indent=2, sort_keys=True))
        print(json.dumps(doc, ensure_ascii=False))
        print(json.dumps("tab\\there", indent="\\t"), json.dumps(1e16), json.dumps(2.0))
      `,
      output: `
        import { json } from "@py2ts/runtime";

        // py2ts PY2TS4001: the type of 'doc' could not be inferred; it is declared as unknown
        const doc: unknown = json.loads(
          '{"b": [1, 2.5, null, true], "a": {"x": "caf\\\\u00e9 \\\\u2603", "e": {}, "l": []}, "n": -0.0}',
        );
        console.log(\`\${json.dumps(doc)}\`);
        console.log(\`\${json.dumps(doc, { indent: 2, sort_keys: true })}\`);
        console.log(\`\${json.dumps(doc, { ensure_ascii: false })}\`);
        console.log(
          \`\${json.dumps("tab\\there", { indent: "\\t" })} \${json.dumps(10000000000000000, { hint: "float" })} \${json.dumps(2, { hint: "float" })}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [
    { code: `import json\njson.loads("{}", object_hook=None)`, errors: [{ messageId: "numbersLoseKind", line: 2 }, { messageId: "unbindable", line: 2 }] },
  ],
  ignores: [{ code: `print("json")` }],
});
