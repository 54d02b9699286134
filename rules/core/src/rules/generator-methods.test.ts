import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./generator-methods";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "send, close and StopIteration",
      code: `
        def running_total():
            total = 0
            while True:
                value = yield total
                if value is None:
                    break
                total += value
            return total


        gen = running_total()
        print(gen.send(None), gen.send(10), gen.send(5))
        try:
            gen.send(None)
        except StopIteration as stop:
            print("final", stop.value)
      `,
      output: `
        import { StopIteration, generatorSend, str, toPyException } from "@py2ts/runtime";

        function* running_total(): Generator<number, number, number | null> {
          let total: number = 0;
          while (true) {
            const value: number | null = (yield total) ?? null;
            if (value === null) {
              break;
            }
            total += value;
          }
          return total;
        }

        const gen = running_total();
        console.log(\`\${generatorSend(gen, null)} \${generatorSend(gen, 10)} \${generatorSend(gen, 5)}\`);
        try {
          generatorSend(gen, null);
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof StopIteration) {
            const stop = exc;
            console.log(\`final \${str(stop.value)}\`);
          } else {
            throw exc;
          }
        }
      `,
      exec: true,
    },
  ],
});
