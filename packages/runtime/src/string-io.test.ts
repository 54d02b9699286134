import { BaseException } from "./exceptions.js";
import { BytesIO, StringIO } from "./string-io.js";

// Expected values printed by CPython 3.11.7.
describe("io.StringIO and io.BytesIO", () => {
  test("StringIO reads, writes, seeks and pads like Python", () => {
    const s = new StringIO("a\nb");
    expect([s.read(1), s.readline(), s.tell()]).toEqual(["a", "\n", 2]);
    s.seek(0, 2);
    s.write("c\r\nd");
    expect(s.getvalue()).toBe("a\nbc\r\nd");
    s.seek(10);
    s.write("x");
    expect(s.getvalue()).toBe("a\nbc\r\nd\u0000\u0000\u0000x");
    expect(new StringIO("a\r\nb\rc", null).readlines()).toEqual(["a\n", "b\n", "c"]);
    expect([...new StringIO("a\r\nb\rc", "")]).toEqual(["a\r\n", "b\r", "c"]);
    try {
      new StringIO().write(Buffer.from("x") as unknown as string);
    } catch (e) {
      expect(e instanceof BaseException && `${e.name}: ${e.message}`).toBe("TypeError: string argument expected, got 'bytes'");
    }
  });

  test("BytesIO", () => {
    const b = new BytesIO(Buffer.from("ab\ncd"));
    expect([Buffer.from(b.readline()).toString(), Buffer.from(b.read()).toString(), b.tell()]).toEqual(["ab\n", "cd", 5]);
    b.seek(0);
    b.write(Buffer.from("X"));
    expect(Buffer.from(b.getvalue()).toString()).toBe("Xb\ncd");
  });
});
