import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./named-tuples";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "typing.NamedTuple classes are tuples with named fields",
      code: `
        from typing import NamedTuple

        class Point(NamedTuple):
            x: int
            y: int = 0

            def norm(self):
                return abs(self.x) + abs(self.y)

        p = Point(3, 4)
        q = Point(1)
        a, b = p
        print(p, q, p.x, p[1], p.norm(), len(p), p == (3, 4), a + b)
        print(p._asdict(), p._replace(y=9), sorted([Point(2, 1), Point(1, 5)]))
      `,
      output: `
        import { NamedTuple, at, eq, len, sorted, str, unpack } from "@py2ts/runtime";

        class Point extends NamedTuple<number> {
          static _fields: readonly string[] = ["x", "y"];
          constructor(x: number, y: number = 0) {
            super();
            this.push(x, y);
          }
          get x(): number {
            return this[0] as number;
          }
          get y(): number {
            return this[1] as number;
          }
          norm(): number {
            return Math.abs(this.x) + Math.abs(this.y);
          }
        }

        const p = new Point(3, 4);
        const q = new Point(1);
        const [a, b] = unpack(p, 2);
        console.log(
          \`\${str(p)} \${str(q)} \${p.x} \${at(p, 1)} \${p.norm()} \${len(p)} \${eq(p, [3, 4] as const) ? "True" : "False"} \${a + b}\`,
        );
        console.log(
          \`\${str(p._asdict())} \${str(p._replace(new Map<string, unknown>([["y", 9]])))} \${str(sorted([new Point(2, 1), new Point(1, 5)]))}\`,
        );
      `,
      exec: true,
    },
  ],
});
