import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./builtin-iteration";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "iter with a sentinel reads chunks until the sentinel",
      code: `
        lines = iter(["a", "b", "STOP", "c"])
        print(list(iter(lambda: next(lines), "STOP")))
        chunks = iter([b"0123", b"4567", b"89", b"", b"x"])
        print([len(c) for c in iter(lambda: next(chunks), b"")])
      `,
      output: `
        import { iter, iterUntil, next, str } from "@py2ts/runtime";

        const lines = iter(["a", "b", "STOP", "c"]);
        console.log(\`\${str([...iterUntil(() => next(lines), "STOP")])}\`);
        const chunks = iter([
          new Uint8Array([48, 49, 50, 51]),
          new Uint8Array([52, 53, 54, 55]),
          new Uint8Array([56, 57]),
          new Uint8Array(),
          new Uint8Array([120]),
        ]);
        console.log(
          \`\${str(
            (() => {
              const result: number[] = [];
              for (const c of iterUntil(() => next(chunks), new Uint8Array())) {
                result.push(c.length);
              }
              return result;
            })(),
          )}\`,
        );
      `,
      exec: true,
    },
    {
      name: "dict items passed to helpers are key-value pairs",
      code: `
        hits = {"a": 3, "b": 7, "c": 5}
        best = max(hits.items(), key=lambda kv: kv[1])
        print(best, min(hits.items()), sorted(hits.items(), key=lambda kv: -kv[1]))
        for i, (k, v) in enumerate(hits.items()):
            print(i, k, v)
        for (k, v), n in zip(hits.items(), range(2)):
            print(k, v, n)
        print(list(hits.items()), dict(reversed(list(hits.items()))))
        last_key, (last_value) = next(reversed(hits.items()))
        print(last_key, last_value, list(reversed(hits.keys())), [v for v in reversed(hits.values())])
      `,
      output: `
        import { at, enumerate, max, min, next, range, sorted, str, zip } from "@py2ts/runtime";

        const hits: Map<string, number> = new Map([
          ["a", 3],
          ["b", 7],
          ["c", 5],
        ]);
        const best = max(hits.entries(), { key: (kv: readonly [string, number]) => at(kv, 1, "tuple") });
        console.log(
          \`\${str(best, "tuple[str, int]")} \${str(min(hits.entries()), "tuple[str, int]")} \${str(
            sorted(hits.entries(), { key: (kv: readonly [string, number]) => -at(kv, 1, "tuple") }),
            "list[tuple[str, int]]",
          )}\`,
        );
        for (const [i, [k, v]] of enumerate(hits.entries())) {
          console.log(\`\${i} \${k} \${v}\`);
        }
        for (const [[k, v], n] of zip(hits.entries(), range(2))) {
          console.log(\`\${k} \${v} \${n}\`);
        }
        console.log(
          \`\${str([...hits.entries()], "list[tuple[str, int]]")} \${str(new Map([...[...hits.entries()]].reverse()))}\`,
        );
        const [last_key, last_value] = next([...hits.entries()].reverse().values());
        console.log(
          \`\${last_key} \${last_value} \${str([...[...hits.keys()].reverse().values()])} \${str(
            (() => {
              const result: number[] = [];
              for (const v of [...hits.values()].reverse().values()) {
                result.push(v);
              }
              return result;
            })(),
          )}\`,
        );
      `,
      exec: true,
    },
    {
      name: "range, enumerate, zip, reversed",
      code: `
        words = ["a", "b", "c"]
        print(list(range(2, 10, 3)), list(enumerate(words, 1)), list(zip(words, range(3))), list(reversed(words)), list(zip(*[[1, 2], [3, 4]])))
      `,
      output: `
        import { enumerate, range, str, zip } from "@py2ts/runtime";

        const words: string[] = ["a", "b", "c"];
        console.log(
          \`\${str([...range(2, 10, 3)])} \${str([...enumerate(words, 1)], "list[tuple[int, str]]")} \${str([...zip(words, range(3))], "list[tuple[str, int]]")} \${str([...[...words].reverse()])} \${str(
            [
              ...zip(
                ...[
                  [1, 2],
                  [3, 4],
                ],
              ),
            ],
            "list[tuple[list[int]]]",
          )}\`,
        );
      `,
      exec: true,
    },
    {
      name: "sorted, min, max with key and reverse",
      code: `
        words = ["pear", "Fig", "apple"]
        counts = {"x": 3, "y": 1}
        print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), min(words, key=len), max(3, 7, 5), max([], default=0), sorted(counts, key=counts.get))
      `,
      output: `
        import { dictGet, len, max, min, sorted, str } from "@py2ts/runtime";

        const words: string[] = ["pear", "Fig", "apple"];
        const counts: Map<string, number> = new Map([
          ["x", 3],
          ["y", 1],
        ]);
        console.log(
          \`\${str(sorted(words))} \${str(sorted(words, { key: (item: string) => item.toLowerCase() }))} \${str(sorted(words, { key: (item_1: string) => len(item_1), reverse: true }))} \${min(words, { key: (item_2: string) => len(item_2) })} \${Math.max(3, 7, 5)} \${max([], { default: 0 })} \${str(sorted(counts, { key: (item_3) => dictGet(counts, item_3) }))}\`,
        );
      `,
      exec: true,
    },
    {
      name: "sum, any, all",
      code: `
        xs = [1, 2, 3]
        print(sum(xs), sum(x * x for x in xs), sum([0.1] * 3), any(x > 2 for x in xs), all([]), any([0, ""]))
      `,
      output: `
        import { all, any as any_1, repeat, str, sum } from "@py2ts/runtime";

        const xs: number[] = [1, 2, 3];
        console.log(
          \`\${sum(xs)} \${sum(xs.map((x) => x * x))} \${str(sum(repeat([0.1], 3)), "float")} \${xs.some((x) => x > 2) ? "True" : "False"} \${all([]) ? "True" : "False"} \${any_1([0, ""]) ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "list, tuple, set, dict constructors",
      code: `
        d = {"b": 1, "a": 2}
        print(list("ab"), list(d), tuple([1, 2]), sorted(set([3, 1, 3])), dict(d), dict([("k", 1)]), dict(x=1, y=2), list())
      `,
      output: `
        import { sorted, str } from "@py2ts/runtime";

        const d: Map<string, number> = new Map([
          ["b", 1],
          ["a", 2],
        ]);
        console.log(
          \`\${str([..."ab"])} \${str([...d.keys()])} \${str([...[1, 2]], "tuple[int, ...]")} \${str(sorted(new Set([3, 1, 3])))} \${str(new Map(d.entries()))} \${str(new Map([["k", 1] as const]))} \${str(
            new Map([
              ["x", 1],
              ["y", 2],
            ]),
          )} \${str([])}\`,
        );
      `,
      exec: true,
    },
    {
      name: "map and filter",
      code: `
        xs = ["1", "", "3"]
        print(list(map(int, filter(None, xs))), list(map(len, xs)), list(filter(str.isdigit, xs)))
      `,
      output: `
        import { int, isdigit, len, str } from "@py2ts/runtime";

        const xs: string[] = ["1", "", "3"];
        console.log(
          \`\${str([...[...xs.filter((item) => item !== "")].map((item_1: string) => int(item_1))])} \${str([...xs.map((item_2: string) => len(item_2))])} \${str([...xs.filter((item_3) => ((item_4: string) => isdigit(item_4))(item_3))])}\`,
        );
      `,
      exec: true,
    },
    {
      name: "iter and next",
      code: `
        it = iter([1, 2])
        print(next(it), next(it), next(it, "done"))
      `,
      output: `
        import { iter, next, str } from "@py2ts/runtime";

        const it = iter([1, 2]);
        console.log(\`\${next(it)} \${next(it)} \${str(next(it, "done"))}\`);
      `,
      exec: true,
    },
    {
      name: "slice objects",
      code: `
        lst = list(range(10))
        s = "abcdefghij"
        sl = slice(1, None, 2)
        print(lst[sl], s[sl], sl.start, sl.stop, sl.step, slice(-3, None).indices(10))
        print(slice(None, None, -1).indices(5), slice(2, 100).indices(7), slice(1, 2), lst[slice(3)])
      `,
      output: `
        import { Slice, range, slice, str } from "@py2ts/runtime";

        const lst: number[] = [...range(10)];
        const s = "abcdefghij";
        const sl = new Slice(1, null, 2);
        console.log(
          \`\${str(slice(lst, sl.start, sl.stop, sl.step))} \${slice(s, sl.start, sl.stop, sl.step)} \${str(sl.start)} \${str(sl.stop)} \${str(sl.step)} \${str(new Slice(-3, null).indices(10), "tuple[int, int, int]")}\`,
        );
        console.log(
          \`\${str(new Slice(null, null, -1).indices(5), "tuple[int, int, int]")} \${str(new Slice(2, 100).indices(7), "tuple[int, int, int]")} \${str(new Slice(1, 2))} \${str(((seq, slice_1) => slice(seq, slice_1.start, slice_1.stop, slice_1.step))(lst, new Slice(3)))}\`,
        );
      `,
      exec: true,
    },
  ],
});
