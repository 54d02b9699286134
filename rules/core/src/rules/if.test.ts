import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./if";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "if/elif/else chains with Python truthiness",
      code: `
        def grade(score):
            if score >= 90:
                return "A"
            elif score >= 80:
                return "B"
            else:
                return "C"


        for s in [95, 85, 50]:
            print(s, grade(s))
        names = ["a"]
        if names:
            print("some names")
        count = 0
        if not count:
            print("zero")
      `,
      output: `
        function grade(score: number): string {
          if (score >= 90) {
            return "A";
          } else if (score >= 80) {
            return "B";
          } else {
            return "C";
          }
        }

        for (const s of [95, 85, 50]) {
          console.log(\`\${s} \${grade(s)}\`);
        }
        const names: string[] = ["a"];
        if (names.length > 0) {
          console.log("some names");
        }
        const count = 0;
        if (!(count !== 0)) {
          console.log("zero");
        }
      `,
      exec: true,
    },
    {
      name: "the __main__ entry check",
      code: `
        def main():
            print("running")


        if __name__ == "__main__":
            main()
      `,
      output: `
        import { isMain } from "@py2ts/runtime";

        function main(): void {
          console.log("running");
        }

        if (isMain(import.meta.url)) {
          main();
        }
      `,
      exec: true,
    },
  ],
  ignores: [
    {
      name: "a __name__ compared with another string is not the entry check",
      code: `
        print(1)
      `,
    },
  ],
});
