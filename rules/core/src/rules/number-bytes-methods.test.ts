import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./number-bytes-methods";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "bytes literals, bytes() and methods",
      code: `
        data = b"hi\\x00"
        print(data, len(data), data.decode(), data.hex(), bytes([104, 105]), bytes("caf\\u00e9", "utf-8"), b"")
      `,
      output: `
        import { str } from "@py2ts/runtime";

        const data = new Uint8Array([104, 105, 0]);
        console.log(
          \`\${str(data)} \${data.length} \${new TextDecoder("utf-8", { fatal: true }).decode(data)} \${Buffer.from(data).toString("hex")} \${str(new Uint8Array([104, 105]))} \${str(new TextEncoder().encode("café"))} \${str(new Uint8Array())}\`,
        );
      `,
      exec: true,
    },
    {
      name: "int and float methods",
      code: `
        n = 255
        x = 2.0
        print(n.bit_length(), (1024).bit_length(), n.bit_count(), x.is_integer(), (2.5).is_integer())
      `,
      output: `
        import { intBitCount, intBitLength } from "@py2ts/runtime";

        const n = 255;
        const x = 2;
        console.log(
          \`\${intBitLength(n)} \${intBitLength(1024)} \${intBitCount(n)} \${Number.isInteger(x) ? "True" : "False"} \${Number.isInteger(2.5) ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "float.hex, as_integer_ratio and float.fromhex",
      code: `
        print(float.fromhex("0x1.8p1"), (0.5).as_integer_ratio(), (0.1).hex(), (3).as_integer_ratio())
      `,
      output: `
        import { asIntegerRatio, floatFromHex, floatHex, str } from "@py2ts/runtime";

        console.log(
          \`\${str(floatFromHex("0x1.8p1"), "float")} \${str(asIntegerRatio(0.5), "tuple[int, int]")} \${floatHex(0.1)} \${str([Number(3), 1], "tuple[int, int]")}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "other encodings",
      code: `
        print(b"x".decode("latin-1"))
      `,
      errors: [{ messageId: "unsupportedMethod", line: 1 }],
    },
    {
      name: "unsupported bytes() sources",
      code: `
        print(bytes(3))
      `,
      errors: [{ messageId: "unsupportedBytes", line: 1 }],
    },
  ],
});
