import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./enum-classes";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "flags combined with | & keep their Flag type",
      code: `
        from enum import Flag, auto
        class Perm(Flag):
            R = auto()
            W = auto()
            X = auto()
        rw = Perm.R | Perm.W
        print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw.value, Perm(7), Perm(0), bool(Perm(0)), (rw & Perm.W) == Perm.W)
      `,
      output: `
        import {
          AUTO,
          Flag,
          binaryOp,
          contains,
          enumLookup,
          enumMember,
          repr,
          str,
          truthy,
        } from "@py2ts/runtime";

        class Perm extends Flag {
          static readonly R: Perm = enumMember(Perm, "R", AUTO);
          static readonly W: Perm = enumMember(Perm, "W", AUTO);
          static readonly X: Perm = enumMember(Perm, "X", AUTO);
          declare readonly value: number;
        }
        const rw = binaryOp("|", Perm.R, Perm.W) as Perm;
        console.log(
          \`\${str(rw)} \${repr(rw)} \${contains(rw, Perm.R) ? "True" : "False"} \${contains(rw, Perm.X) ? "True" : "False"} \${rw.value} \${str(enumLookup(Perm, 7))} \${str(enumLookup(Perm, 0))} \${truthy(enumLookup(Perm, 0)) ? "True" : "False"} \${(binaryOp("&", rw, Perm.W) as Perm) === Perm.W ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "members, lookups, iteration, len and membership",
      code: `
        from enum import Enum, IntEnum, auto, unique

        @unique
        class Severity(Enum):
            DEBUG = 10
            ERROR = 40

            @property
            def label(self):
                return self.name.lower()

        class Color(Enum):
            RED = auto()
            GREEN = auto()

        class Status(IntEnum):
            OK = 200

        print(Severity.ERROR, repr(Severity.ERROR), Severity.ERROR.label, Severity(10), Severity["ERROR"])
        print(len(Severity), Severity.DEBUG in Severity, [c.value for c in Color], Status.OK, repr(Status.OK))
        try:
            Severity(99)
        except ValueError as e:
            print("ValueError:", e)
      `,
      output: `
        import {
          AUTO,
          Enum,
          IntEnum,
          ValueError,
          enumByName,
          enumLookup,
          enumMember,
          enumMembers,
          enumUnique,
          repr,
          str,
          toPyException,
        } from "@py2ts/runtime";

        class Severity extends Enum {
          static readonly DEBUG: Severity = enumMember(Severity, "DEBUG", 10);
          static readonly ERROR: Severity = enumMember(Severity, "ERROR", 40);
          declare readonly value: number;
          get label(): string {
            return this.name.toLowerCase();
          }
        }
        enumUnique(Severity, ["DEBUG", "ERROR"]);

        class Color extends Enum {
          static readonly RED: Color = enumMember(Color, "RED", AUTO);
          static readonly GREEN: Color = enumMember(Color, "GREEN", AUTO);
          declare readonly value: number;
        }

        class Status extends IntEnum {
          static readonly OK: Status = enumMember(Status, "OK", 200);
          declare readonly value: number;
        }

        console.log(
          \`\${str(Severity.ERROR)} \${repr(Severity.ERROR)} \${Severity.ERROR.label} \${str(enumLookup(Severity, 10))} \${str(enumByName(Severity, "ERROR"))}\`,
        );
        console.log(
          \`\${enumMembers(Severity).length} \${enumMembers(Severity).includes(Severity.DEBUG) ? "True" : "False"} \${str(
            (() => {
              const result: number[] = [];
              for (const c of enumMembers(Color)) {
                result.push(c.value);
              }
              return result;
            })(),
          )} \${str(Status.OK)} \${repr(Status.OK)}\`,
        );
        try {
          enumLookup(Severity, 99);
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof ValueError) {
            const e = exc;
            console.log(\`ValueError: \${str(e)}\`);
          } else {
            throw exc;
          }
        }
      `,
      exec: true,
    },
  ],
});
