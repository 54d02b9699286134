/**
 * configparser against CPython 3.11: the expected object below was generated
 * by running the same calls in python3 (each error as `Name: message`).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { configparser } from "./index.js";
import { outcome } from "./test-support.js";

const PYTHON = {"sections": ["web", "db"], "defaults": [["base", "/srv"], ["port", "80"]], "options": ["host", "url", "multi", "flag", "ratio", "bad", "syntax", "empty", "base", "port"], "get": ["http://example.org:80/", "first\nsecond\n\nthird", "example.org", "/srv", "http://%(host)s:%(port)s/", ""], "conv": [5432, 2.5, true], "errors": ["InterpolationMissingOptionError: Bad value substitution: option 'bad' in section 'web' contains an interpolation key 'nope' which is not a valid option name. Raw value: '%(nope)s'", "InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%'", "NoSectionError: No section: 'nope'", "NoOptionError: No option 'missing' in section: 'web'", "ValueError: invalid literal for int() with base 10: 'example.org'", "ValueError: could not convert string to float: 'example.org'", "ValueError: Not a boolean: example.org", "DuplicateSectionError: Section 'web' already exists", "ValueError: Invalid section name: 'DEFAULT'", "KeyError: 'zzz'"], "fallback": ["fb", null, 7], "vars": "http://v.example:80/", "has": [true, false, true, false, false, true], "items": [[["base", "/srv"], ["port", "5432"]], ["DEFAULT", "web", "db"]], "proxy": [true, true, false, ["host", "url", "multi", "flag", "ratio", "bad", "syntax", "empty", "base", "port"], 10, "example.org", null, "d", null, 80, "<Section: web>", "web", "KeyError: 'nope'", true, true, false, ["DEFAULT", "web", "db"], 3], "set": ["ValueError: invalid interpolation syntax in '50%' at position 2", "NoSectionError: No section: 'zz'", true, false, true, false], "write": "[DEFAULT]\nd = 0\n\n[a]\nx = 1\ny = two\n\tlines\n\n[DEFAULT]\nd=0\n\n[a]\nx=1\ny=two\n\tlines\n\n", "parse": ["MissingSectionHeaderError: File contains no section headers.\nfile: '<string>', line: 1\n'x = 1\\n'", "DuplicateSectionError: While reading from '<string>' [line  3]: section 'a' already exists", "DuplicateOptionError: While reading from '<string>' [line  3]: option 'x' in section 'a' already exists", [["a", [["x", "1"], ["y", "2"]]]], "ParsingError: Source contains parsing errors: '<string>'\n\t[line  2]: 'novalue\\n'\n\t[line  3]: '= v\\n'", [["a", [["novalue", null], ["k", "v"]]]], [["a", [["k", "v"], ["j", "w;x"]]]], [["a", [["k", "v"]]]], "ParsingError: Source contains parsing errors: '<string>'\n\t[line  4]: '  more\\n'", [["a", [["k", "1\n\nmore"]]]], [], [[" spaced ", [["k", "1"]]]]], "extended": ["/home/bob/app", "$5", "InterpolationMissingOptionError: Bad value substitution: option 'bad' in section 'app' contains an interpolation key 'common:nope' which is not a valid option name. Raw value: '${common:nope}'", "InterpolationSyntaxError: More than one ':' found: ''", "InterpolationSyntaxError: '$' must be followed by '$' or '{', found: '$x'"], "depth": "InterpolationDepthError: Recursion limit exceeded in value substitution: option 'x' in section 'a' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '%(y)s'", "raw": "%(y)s", "nointerp": "100%", "ctor_defaults": [["alpha", "1"], ["beta", "b"]], "errclass": [true, true, true, true], "read": [["a.ini"], "v"], "read_file_err": "ParsingError: Source contains parsing errors: '<???>'\n\t[line  2]: 'k\\n'"};

const TEXT = `# comment
[DEFAULT]
Base = /srv
port = 80

[web]
Host = example.org
url = http://%(host)s:%(port)s/
multi = first
    second

    third
flag = Yes
ratio = 2.5
bad = %(nope)s
syntax = 100%
empty =

[db]
port = 5432
; another comment
`;

class Buffer {
  text = "";
  write(s: string): number {
    this.text += s;
    return s.length;
  }
}

const p = new configparser.ConfigParser();
p.read_string(TEXT);

test("sections, defaults, options, get with interpolation and multi-line values", () => {
  expect(p.sections()).toEqual(PYTHON.sections);
  expect([...p.defaults()]).toEqual(PYTHON.defaults);
  expect(p.options("web")).toEqual(PYTHON.options);
  expect([p.get("web", "url"), p.get("web", "multi"), p.get("web", "HOST"), p.get("db", "base"), p.get("web", "url", { raw: true }), p.get("web", "empty")]).toEqual(PYTHON.get);
  expect([p.getint("db", "port"), p.getfloat("web", "ratio"), p.getboolean("web", "flag")]).toEqual(PYTHON.conv);
});

test("errors carry Python's messages", () => {
  expect([
    outcome(() => p.get("web", "bad")),
    outcome(() => p.get("web", "syntax")),
    outcome(() => p.get("nope", "x")),
    outcome(() => p.get("web", "missing")),
    outcome(() => p.getint("web", "host")),
    outcome(() => p.getfloat("web", "host")),
    outcome(() => p.getboolean("web", "host")),
    outcome(() => p.add_section("web")),
    outcome(() => p.add_section("DEFAULT")),
    outcome(() => p.__getitem__("zzz")),
  ]).toEqual(PYTHON.errors);
});

test("fallback, vars, has_*, items", () => {
  expect([p.get("web", "missing", { fallback: "fb" }), p.get("nope", "x", { fallback: null }), p.getint("web", "missing", { fallback: 7 })]).toEqual(PYTHON.fallback);
  expect(p.get("web", "url", { vars: new Map([["HOST", "v.example"]]) })).toBe(PYTHON.vars);
  expect([p.has_section("web"), p.has_section("DEFAULT"), p.has_option("web", "base"), p.has_option("web", "nope"), p.has_option("nope", "x"), p.has_option(null, "port")]).toEqual(PYTHON.has);
  expect([p.items("db"), p.items().map(([k]) => k)]).toEqual(PYTHON.items);
});

test("section proxies", () => {
  const sec = p.__getitem__("web");
  expect([
    sec.__contains__("host"),
    sec.__contains__("HOST"),
    sec.__contains__("nope"),
    [...sec],
    sec.__len__(),
    sec.__getitem__("host"),
    sec.get("nope"),
    sec.get("nope", "d"),
    sec.getint("nope"),
    sec.getint("port"),
    sec.__repr__(),
    sec.name,
    outcome(() => sec.__getitem__("nope")),
    p.__contains__("web"),
    p.__contains__("DEFAULT"),
    p.__contains__("x"),
    [...p],
    p.__len__(),
  ]).toEqual(PYTHON.proxy);
});

test("set, remove_option, remove_section", () => {
  const q = new configparser.ConfigParser();
  q.read_string(TEXT);
  q.add_section("new");
  q.set("new", "Key", "v1");
  q.__getitem__("new").__setitem__("other", "o");
  expect([
    outcome(() => q.set("new", "k", "50%")),
    outcome(() => q.set("zz", "k", "v")),
    q.remove_option("new", "key"),
    q.remove_option("new", "key"),
    q.remove_section("new"),
    q.remove_section("new"),
  ]).toEqual(PYTHON.set);
});

test("write", () => {
  const buf = new Buffer();
  const w = new configparser.ConfigParser();
  w.read_string("[a]\nx = 1\ny = two\n  lines\n[DEFAULT]\nd = 0\n");
  w.write(buf);
  w.write(buf, false);
  expect(buf.text).toBe(PYTHON.write);
});

function parse(text: string, options: configparser.ParserOptions = {}) {
  return outcome(() => {
    const q = new configparser.ConfigParser(null, options);
    q.read_string(text);
    return q.sections().map((s) => [s, q.items(s, { raw: true })]);
  });
}

test("parsing options and parse errors", () => {
  expect([
    parse("x = 1\n"),
    parse("[a]\nx=1\n[a]\n"),
    parse("[a]\nx=1\nX=2\n"),
    parse("[a]\nx=1\n[a]\ny=2\n", { strict: false }),
    parse("[a]\nnovalue\n= v\nok = 1\n"),
    parse("[a]\nnovalue\nk: v\n", { allow_no_value: true }),
    parse("[a]\nk = v ; c\nj = w;x\n", { inline_comment_prefixes: [";"] }),
    parse("[a]\nk -> v\n", { delimiters: ["->"] }),
    parse("[a]\nk = 1\n\n  more\n", { empty_lines_in_values: false }),
    parse("[a]\nk = 1\n\n  more\n"),
    parse("[top]\nk=1\n", { default_section: "top" }),
    parse("[ spaced ] trailing\nk=1\n"),
  ]).toEqual(PYTHON.parse);
});

test("ExtendedInterpolation, depth limit, RawConfigParser, interpolation=None", () => {
  const e = new configparser.ConfigParser(null, { interpolation: new configparser.ExtendedInterpolation() });
  e.read_string("[common]\nhome = /home/${user}\nuser = bob\n[app]\npath = ${common:home}/app\ncost = $$5\nbad = ${common:nope}\nbad2 = ${a:b:c}\nbad3 = $x\n");
  expect([e.get("app", "path"), e.get("app", "cost"), outcome(() => e.get("app", "bad")), outcome(() => e.get("app", "bad2")), outcome(() => e.get("app", "bad3"))]).toEqual(PYTHON.extended);
  const d = new configparser.ConfigParser();
  d.read_string("[a]\nx = %(y)s\ny = %(x)s\n");
  expect(outcome(() => d.get("a", "x"))).toBe(PYTHON.depth);
  const r = new configparser.RawConfigParser();
  r.read_string("[a]\nx = %(y)s\n");
  expect(r.get("a", "x")).toBe(PYTHON.raw);
  const n = new configparser.ConfigParser(null, { interpolation: null });
  n.read_string("[a]\nx = 100%\n");
  expect(n.get("a", "x")).toBe(PYTHON.nointerp);
  const dd = new configparser.ConfigParser(new Map<string, unknown>([["Alpha", 1], ["beta", "b"]]));
  expect([...dd.defaults()]).toEqual(PYTHON.ctor_defaults);
  const classes = [configparser.NoSectionError, configparser.ParsingError, configparser.MissingSectionHeaderError, configparser.InterpolationMissingOptionError];
  expect(classes.map((c) => c.prototype instanceof configparser.Error)).toEqual(PYTHON.errclass);
});

test("read skips missing files; read_file reports parsing errors", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cfg-"));
  const file = path.join(tmp, "a.ini");
  fs.writeFileSync(file, "[f]\nk = v\r\n");
  const f = new configparser.ConfigParser();
  const got = f.read([file, path.join(tmp, "missing.ini")]);
  expect([got.map((x) => path.basename(x)), f.get("f", "k")]).toEqual(PYTHON.read);
  expect(outcome(() => new configparser.ConfigParser().read_file(["[a]\n", "k\n"]))).toBe(PYTHON.read_file_err);
  fs.rmSync(tmp, { recursive: true });
});
