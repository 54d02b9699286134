import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./configparser";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "read_string, sections, getters with fallback, interpolation, section proxies",
      code: `
        import configparser
        cfg = configparser.ConfigParser()
        cfg.read_string("[DEFAULT]\\nbase = /srv\\n[web]\\nPort = 8080\\nroot = %(base)s/www\\non = yes\\nmulti = a\\n  b\\n")
        print(cfg.sections(), cfg.has_section("web"), cfg.has_option("web", "base"))
        print(cfg.get("web", "root"), cfg.get("web", "root", raw=True), cfg.getint("web", "port") + 1)
        print(cfg.getboolean("web", "on"), cfg.getfloat("web", "missing", fallback=0.5), cfg.get("nope", "x", fallback=None))
        print(cfg.get("web", "root", vars={"base": "/opt"}), repr(cfg.get("web", "multi")))
        sec = cfg["web"]
        print("port" in sec, "nope" in sec, sec["port"], sec.get("nope"), sec.get("nope", "d"), sec.getint("port"))
        print(list(sec), len(sec), list(cfg), "web" in cfg, cfg.items("web"))
        for name in cfg:
            print(name, cfg[name].name)
        print(dict(cfg.defaults()), sorted(cfg.options("web")))
      `,
      output: `
        import { configparser, contains, len, repr, sorted, str } from "@py2ts/runtime";

        const cfg = new configparser.ConfigParser();
        cfg.read_string(
          "[DEFAULT]\\nbase = /srv\\n[web]\\nPort = 8080\\nroot = %(base)s/www\\non = yes\\nmulti = a\\n  b\\n",
        );
        console.log(
          \`\${str(cfg.sections())} \${cfg.has_section("web") ? "True" : "False"} \${cfg.has_option("web", "base") ? "True" : "False"}\`,
        );
        console.log(
          \`\${cfg.get("web", "root")} \${cfg.get("web", "root", { raw: true })} \${cfg.getint("web", "port") + 1}\`,
        );
        console.log(
          \`\${cfg.getboolean("web", "on") ? "True" : "False"} \${str(cfg.getfloat("web", "missing", { fallback: 0.5 }), "float")} \${str(cfg.get("nope", "x", { fallback: null }))}\`,
        );
        console.log(
          \`\${cfg.get("web", "root", { vars: new Map([["base", "/opt"]]) })} \${repr(cfg.get("web", "multi"))}\`,
        );
        const sec = cfg.__getitem__("web");
        console.log(
          \`\${contains(sec, "port") ? "True" : "False"} \${contains(sec, "nope") ? "True" : "False"} \${str(sec.__getitem__("port"))} \${str(sec.get("nope"))} \${str(sec.get("nope", "d"))} \${str(sec.getint("port"))}\`,
        );
        console.log(
          \`\${str([...sec])} \${len(sec)} \${str([...cfg])} \${contains(cfg, "web") ? "True" : "False"} \${str(cfg.items("web"), "list[tuple[str, str]]")}\`,
        );
        for (const name of cfg) {
          console.log(\`\${name} \${cfg.__getitem__(name).name}\`);
        }
        console.log(\`\${str(new Map(cfg.defaults().entries()))} \${str(sorted(cfg.options("web")))}\`);
      `,
      exec: true,
    },
    {
      name: "errors with CPython's messages, all deriving from configparser.Error",
      code: `
        import configparser
        cfg = configparser.ConfigParser()
        cfg.read_string("[a]\\nx = %(nope)s\\ny = 100%\\n")
        for section, option in [("a", "x"), ("a", "y"), ("b", "x"), ("a", "z")]:
            try:
                cfg.get(section, option)
            except configparser.Error as exc:
                print(type(exc).__name__, "|", exc)
        for text in ["k = v\\n", "[a]\\n[a]\\n", "[a]\\nk=1\\nk=2\\n", "[a]\\nbogus\\n"]:
            try:
                configparser.ConfigParser().read_string(text)
            except configparser.Error as exc:
                print(type(exc).__name__, "|", exc)
        try:
            cfg.add_section("a")
        except configparser.DuplicateSectionError as exc:
            print(exc.section, exc)
        try:
            cfg["zz"]
        except KeyError as exc:
            print("KeyError", exc)
        try:
            cfg.getint("a", "y", raw=True)
        except ValueError as exc:
            print(exc)
      `,
      output: `
        import { KeyError, ValueError, configparser, str, toPyException, typeName } from "@py2ts/runtime";

        const cfg = new configparser.ConfigParser();
        cfg.read_string("[a]\\nx = %(nope)s\\ny = 100%\\n");
        for (const [section, option] of [
          ["a", "x"] as const,
          ["a", "y"] as const,
          ["b", "x"] as const,
          ["a", "z"] as const,
        ]) {
          try {
            cfg.get(section, option);
          } catch (error) {
            const exc_1 = toPyException(error);
            if (exc_1 instanceof configparser.Error) {
              const exc = exc_1;
              console.log(\`\${str(typeName(exc))} | \${str(exc)}\`);
            } else {
              throw exc_1;
            }
          }
        }
        for (const text of ["k = v\\n", "[a]\\n[a]\\n", "[a]\\nk=1\\nk=2\\n", "[a]\\nbogus\\n"]) {
          try {
            new configparser.ConfigParser().read_string(text);
          } catch (error_1) {
            const exc_2 = toPyException(error_1);
            if (exc_2 instanceof configparser.Error) {
              const exc = exc_2;
              console.log(\`\${str(typeName(exc))} | \${str(exc)}\`);
            } else {
              throw exc_2;
            }
          }
        }
        try {
          cfg.add_section("a");
        } catch (error_2) {
          const exc_3 = toPyException(error_2);
          if (exc_3 instanceof configparser.DuplicateSectionError) {
            const exc = exc_3;
            console.log(\`\${str(exc.section)} \${str(exc)}\`);
          } else {
            throw exc_3;
          }
        }
        try {
          cfg.__getitem__("zz");
        } catch (error_3) {
          const exc_4 = toPyException(error_3);
          if (exc_4 instanceof KeyError) {
            const exc = exc_4;
            console.log(\`KeyError \${str(exc)}\`);
          } else {
            throw exc_4;
          }
        }
        try {
          cfg.getint("a", "y", { raw: true });
        } catch (error_4) {
          const exc_5 = toPyException(error_4);
          if (exc_5 instanceof ValueError) {
            const exc = exc_5;
            console.log(\`\${str(exc)}\`);
          } else {
            throw exc_5;
          }
        }
      `,
      exec: true,
    },
    {
      name: "constructor options, ExtendedInterpolation, set/remove and write",
      code: `
        import configparser
        import sys
        cfg = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation(), allow_no_value=True, inline_comment_prefixes=("#",))
        cfg.read_string("[paths]\\nhome = /home/\${user}  # comment\\nuser = bob\\nflag\\n[app]\\nlog = \${paths:home}/log\\n")
        print(cfg.get("app", "log"), cfg.get("paths", "flag"))
        cfg.add_section("new")
        cfg.set("new", "Key", "v")
        cfg["new"]["other"] = "o"
        print(cfg.remove_option("new", "key"), cfg.remove_section("app"), cfg.remove_section("app"))
        cfg.write(sys.stdout)
        raw = configparser.RawConfigParser(defaults={"a": "1"}, delimiters=("->",))
        raw.read_string("[s]\\nk -> %(a)s\\n")
        raw.write(sys.stdout, space_around_delimiters=False)
        print(configparser.DEFAULTSECT, raw.read(["/nonexistent/x.ini"]))
      `,
      output: `
        import { configparser, setItem, stdout, str } from "@py2ts/runtime";

        const cfg = new configparser.ConfigParser(null, {
          allow_no_value: true,
          inline_comment_prefixes: ["#"] as const,
          interpolation: new configparser.ExtendedInterpolation(),
        });
        cfg.read_string(
          "[paths]\\nhome = /home/\${user}  # comment\\nuser = bob\\nflag\\n[app]\\nlog = \${paths:home}/log\\n",
        );
        console.log(\`\${str(cfg.get("app", "log"))} \${str(cfg.get("paths", "flag"))}\`);
        cfg.add_section("new");
        cfg.set("new", "Key", "v");
        setItem(cfg.__getitem__("new"), "other", "o");
        console.log(
          \`\${cfg.remove_option("new", "key") ? "True" : "False"} \${cfg.remove_section("app") ? "True" : "False"} \${cfg.remove_section("app") ? "True" : "False"}\`,
        );
        cfg.write(stdout);
        const raw = new configparser.RawConfigParser(new Map([["a", "1"]]), {
          delimiters: ["->"] as const,
        });
        raw.read_string("[s]\\nk -> %(a)s\\n");
        raw.write(stdout, false);
        console.log(\`\${configparser.DEFAULTSECT} \${str(raw.read(["/nonexistent/x.ini"]))}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "dict_type and converters have no equivalent",
      code: `
        import configparser
        a = configparser.ConfigParser(dict_type=dict)
        b = configparser.ConfigParser(converters={"list": str.split})
      `,
      errors: [
        { messageId: "unsupportedArgument", line: 2 },
        { messageId: "unsupportedArgument", line: 3 },
      ],
    },
    {
      name: "names of the module that are not ported",
      code: `
        import configparser
        i = configparser.LegacyInterpolation()
      `,
      errors: [{ messageId: "unmappedName", line: 2 }],
    },
  ],
  ignores: [{ code: `configparser = {"a": 1}\nprint(configparser["a"])` }],
});
