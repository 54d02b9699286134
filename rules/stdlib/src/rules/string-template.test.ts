import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./string-template";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "substitute with a mapping and keywords, safe_substitute, identifiers, errors",
      code: `
        import string
        t = string.Template("Hello $name, \${greeting}! $$5")
        print(t.substitute({"name": "Ann", "greeting": "hi"}))
        print(t.substitute(name="Bo", greeting="yo"))
        print(t.substitute({"name": "Ann", "greeting": "hi"}, name="Kw"))
        print(t.safe_substitute({"name": "Ann"}), t.get_identifiers(), t.is_valid(), t.template)
        try:
            t.substitute({"name": "x"})
        except KeyError as exc:
            print("KeyError", exc)
        try:
            string.Template("a\\nb $ c").substitute()
        except ValueError as exc:
            print(exc)
        print(string.capwords(" hello  world "), string.digits, string.ascii_lowercase)
      `,
      output: `
        import {
          KeyError,
          StringTemplate,
          ValueError,
          str,
          stringConstants,
          toPyException,
        } from "@py2ts/runtime";

        const t = new StringTemplate("Hello $name, \${greeting}! $$5");
        console.log(
          \`\${t.substitute(
            new Map([
              ["name", "Ann"],
              ["greeting", "hi"],
            ]),
          )}\`,
        );
        console.log(\`\${t.substitute(undefined, { name: "Bo", greeting: "yo" })}\`);
        console.log(
          \`\${t.substitute(
            new Map([
              ["name", "Ann"],
              ["greeting", "hi"],
            ]),
            { name: "Kw" },
          )}\`,
        );
        console.log(
          \`\${t.safe_substitute(new Map([["name", "Ann"]]))} \${str(t.get_identifiers())} \${t.is_valid() ? "True" : "False"} \${t.template}\`,
        );
        try {
          t.substitute(new Map([["name", "x"]]));
        } catch (error) {
          const exc_1 = toPyException(error);
          if (exc_1 instanceof KeyError) {
            const exc = exc_1;
            console.log(\`KeyError \${str(exc)}\`);
          } else {
            throw exc_1;
          }
        }
        try {
          new StringTemplate("a\\nb $ c").substitute();
        } catch (error_1) {
          const exc_2 = toPyException(error_1);
          if (exc_2 instanceof ValueError) {
            const exc = exc_2;
            console.log(\`\${str(exc)}\`);
          } else {
            throw exc_2;
          }
        }
        console.log(
          \`\${stringConstants.capwords(" hello  world ")} \${stringConstants.digits} \${stringConstants.ascii_lowercase}\`,
        );
      `,
      exec: true,
    },
    {
      name: "a subclass overrides idpattern and delimiter as class attributes",
      code: `
        from string import Template
        class Dashed(Template):
            idpattern = r"(?a:[_a-z][_a-z0-9-]*)"
        class Percent(Template):
            delimiter = "%"
            def shout(self, **kws):
                return self.substitute(kws, extra="!").upper()
        d = Dashed("\${client-ip} $host-name")
        print(d.substitute({"client-ip": "10.0.0.1", "host-name": "web"}), d.get_identifiers(), d.template)
        print(Percent("%who likes %%").shout(who="tim"))
      `,
      output: `
        import { StringTemplate, str } from "@py2ts/runtime";

        class Dashed extends StringTemplate {}
        Dashed.prototype.idpattern = "(?a:[_a-z][_a-z0-9-]*)";
        class Percent extends StringTemplate {
          shout(kws: Map<string, string> = new Map()): string {
            return this.substitute(kws, { extra: "!" }).toUpperCase();
          }
        }
        Percent.prototype.delimiter = "%";
        const d = new Dashed("\${client-ip} $host-name");
        console.log(
          \`\${d.substitute(
            new Map([
              ["client-ip", "10.0.0.1"],
              ["host-name", "web"],
            ]),
          )} \${str(d.get_identifiers())} \${d.template}\`,
        );
        console.log(\`\${new Percent("%who likes %%").shout(new Map([["who", "tim"]]))}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "keywords forwarded with ** cannot be bound statically",
      code: `
        from string import Template
        def fill(t, **kws):
            return Template(t).substitute(**kws)
      `,
      errors: [{ messageId: "unbindable", line: 3 }],
    },
    {
      name: "string.Formatter is not ported",
      code: `
        import string
        f = string.Formatter()
      `,
      errors: [{ messageId: "unmappedName", line: 2 }],
    },
  ],
  ignores: [{ code: `string = "x"\nprint(string.upper())` }],
});
