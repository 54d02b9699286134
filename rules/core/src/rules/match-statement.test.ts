import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./match-statement";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "parentheses around one pattern group it, a comma makes a sequence",
      code: `
        for v in [3, (3,), "s"]:
            match v:
                case (3):
                    print("group", v)
                case (x,):
                    print("one-tuple", x)
                case (str() | bytes()) as s:
                    print("text", s)
      `,
      output: `
        import { str } from "@py2ts/runtime";

        // py2ts PY2TS4001: the type of 'x' could not be inferred; it is declared as unknown
        let x!: unknown;
        let s!: Uint8Array | string;
        for (const v of [3, [3] as const, "s"]) {
          match: {
            const subject: unknown = v;
            if (subject === 3) {
              console.log(\`group \${str(v, "int | str | tuple[int]")}\`);
              break match;
            }
            if (Array.isArray(subject) && subject.length === 1) {
              x = subject[0];
              console.log(\`one-tuple \${str(x)}\`);
              break match;
            }
            if (typeof subject === "string" || subject instanceof Uint8Array) {
              s = subject as Uint8Array | string;
              console.log(\`text \${str(s)}\`);
              break match;
            }
          }
        }
      `,
      exec: true,
    },
    {
      name: "sequence, mapping, class and value patterns with guards",
      code: `
        from dataclasses import dataclass

        @dataclass
        class Point:
            x: int
            y: int

        def command(line):
            match line.split():
                case []:
                    return "empty"
                case ["quit" | "exit"]:
                    return "bye"
                case ["restart", *services] if services:
                    return "restart " + ",".join(services)
                case [cmd, *rest]:
                    return "unknown " + cmd
            return "?"

        def event(ev):
            match ev:
                case {"type": "deploy", "version": ver}:
                    return "deploy " + ver
                case {"type": t, **rest}:
                    return "other " + t + " " + str(len(rest))
            return "none"

        def where(p):
            match p:
                case Point(x=0, y=0):
                    return "origin"
                case Point(0, y):
                    return "y axis " + str(y)
                case Point(x, y) if x == y:
                    return "diagonal"
                case _:
                    return "somewhere"

        print(command(""), command("quit"), command("restart a b"), command("deploy x"))
        print(event({"type": "deploy", "version": "2.1"}), event({"type": "audit", "a": "1"}))
        print(where(Point(0, 0)), where(Point(0, 5)), where(Point(2, 2)), where(Point(1, 7)))
      `,
      output: `
        import {
          dataclassEq,
          dataclassRepr,
          finishDataclass,
          join,
          registerDataclass,
          split,
          str,
        } from "@py2ts/runtime";

        class Point {
          declare x: number;
          declare y: number;
          constructor(x: number, y: number) {
            this.x = x;
            this.y = y;
            finishDataclass(this, Point, new.target);
          }
          __repr__(): string {
            return dataclassRepr(this);
          }
          __eq__(other: unknown): boolean | symbol {
            return dataclassEq(this, other);
          }
        }
        registerDataclass(Point, [
          { name: "x", init: true, repr: true, compare: true, hint: null },
          { name: "y", init: true, repr: true, compare: true, hint: null },
        ]);

        function command(line: string): string {
          let services!: unknown[];
          let cmd!: string;
          let rest!: unknown[];
          match: {
            const subject: unknown = split(line);
            if (Array.isArray(subject) && subject.length === 0) {
              return "empty";
              break match;
            }
            if (
              Array.isArray(subject) &&
              subject.length === 1 &&
              (subject[0] === "quit" || subject[0] === "exit")
            ) {
              return "bye";
              break match;
            }
            if (Array.isArray(subject) && subject.length >= 1 && subject[0] === "restart") {
              services = subject.slice(1) as unknown[];
              if (services) {
                return "restart " + join(",", services);
                break match;
              }
            }
            if (Array.isArray(subject) && subject.length >= 1) {
              cmd = subject[0] as string;
              rest = subject.slice(1) as unknown[];
              return "unknown " + cmd;
              break match;
            }
          }
          return "?";
        }

        function event(ev: Map<string, string>): string {
          let ver!: string;
          let t!: string;
          let rest!: Map<unknown, unknown>;
          match_1: {
            const subject_1: unknown = ev;
            if (
              subject_1 instanceof Map &&
              subject_1.has("type") &&
              subject_1.get("type") === "deploy" &&
              subject_1.has("version")
            ) {
              ver = subject_1.get("version") as string;
              return "deploy " + ver;
              break match_1;
            }
            if (subject_1 instanceof Map && subject_1.has("type")) {
              t = subject_1.get("type") as string;
              rest = new Map([...subject_1].filter((entry) => !["type"].includes(entry[0]))) as Map<
                unknown,
                unknown
              >;
              return "other " + t + " " + String(rest.size);
              break match_1;
            }
          }
          return "none";
        }

        function where(p: Point): null | string {
          let y!: number;
          let x!: number;
          match_2: {
            const subject_2: unknown = p;
            if (
              subject_2 instanceof Point &&
              (subject_2 as Point).x === 0 &&
              (subject_2 as Point).y === 0
            ) {
              return "origin";
              break match_2;
            }
            if (subject_2 instanceof Point && (subject_2 as Point).x === 0) {
              y = (subject_2 as Point).y as number;
              return "y axis " + String(y);
              break match_2;
            }
            if (subject_2 instanceof Point) {
              x = (subject_2 as Point).x as number;
              y = (subject_2 as Point).y as number;
              if (x === y) {
                return "diagonal";
                break match_2;
              }
            }
            {
              return "somewhere";
              break match_2;
            }
          }
          return null;
        }

        console.log(\`\${command("")} \${command("quit")} \${command("restart a b")} \${command("deploy x")}\`);
        console.log(
          \`\${event(
            new Map([
              ["type", "deploy"],
              ["version", "2.1"],
            ]),
          )} \${event(
            new Map([
              ["type", "audit"],
              ["a", "1"],
            ]),
          )}\`,
        );
        console.log(
          \`\${str(where(new Point(0, 0)))} \${str(where(new Point(0, 5)))} \${str(where(new Point(2, 2)))} \${str(where(new Point(1, 7)))}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "or-patterns that capture",
      code: `
        v = {"a": 1}
        match v:
            case {"a": x} | {"b": x}:
                print(x)
      `,
      errors: [{ messageId: "orCaptures", line: 3 }],
    },
  ],
});
