import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./hashlib";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "constructors, incremental updates, hexdigest",
      code: `
        import hashlib
        fh = open("data.bin", "wb")
        fh.write(open("data.bin", "rb").read())
        fh.close()
        h = hashlib.sha256()
        h.update(open("data.bin", "rb").read())
        other = hashlib.new("md5", open("data.bin", "rb").read())
        print(h.hexdigest(), other.hexdigest(), h.name, h.digest_size)
      `,
      output: `
        import { hashNew, openBinary } from "@py2ts/runtime";

        const fh = openBinary("data.bin", "wb");
        fh.write(openBinary("data.bin", "rb").read());
        fh.close();
        const h = hashNew("sha256");
        h.update(openBinary("data.bin", "rb").read());
        const other = hashNew("md5", openBinary("data.bin", "rb").read());
        console.log(\`\${h.hexdigest()} \${other.hexdigest()} \${h.name} \${h.digest_size}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "key derivation is not mapped",
      code: `
        import hashlib
        k = hashlib.pbkdf2_hmac("sha256", b"", b"", 1)
      `,
      errors: [{ messageId: "unmappedName", line: 2 }],
    },
  ],
});
