import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./container-methods";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "list methods",
      code: `
        xs = [3, 1, 2]
        xs.append(4)
        xs.extend(range(2))
        xs.insert(0, 9)
        last = xs.pop()
        xs.remove(1)
        first = xs.pop(0)
        print(xs, last, xs.index(2), xs.count(9), first)
        xs.sort(reverse=True)
        ys = xs.copy()
        ys.reverse()
        print(xs, ys)
        xs.sort(key=lambda v: -v)
        xs.clear()
        print(xs)
      `,
      output: `
        import { count, extend, index, insert, pop, range, remove, sortList, str } from "@py2ts/runtime";

        const xs: number[] = [3, 1, 2];
        xs.push(4);
        extend(xs, range(2));
        insert(xs, 0, 9);
        const last = pop(xs);
        remove(xs, 1);
        const first = pop(xs, 0);
        console.log(\`\${str(xs)} \${last} \${index(xs, 2)} \${count(xs, 9)} \${first}\`);
        sortList(xs, { reverse: true });
        const ys = xs.slice();
        ys.reverse();
        console.log(\`\${str(xs)} \${str(ys)}\`);
        sortList(xs, { key: (v: number) => -v });
        xs.splice(0);
        console.log(\`\${str(xs)}\`);
      `,
      exec: true,
    },
    {
      name: "dict methods",
      code: `
        d = {"a": 1}
        print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("b", 2), list(d.keys()), list(d.values()), list(d.items()))
        d.update({"c": 3}, e=5)
        print(d.pop("a"), d.pop("zz", None), d.popitem(), d, dict.fromkeys("xy", 0))
      `,
      output: `
        import { dictGet, dictPop, fromkeys, popitem, setdefault, str, update } from "@py2ts/runtime";

        const d: Map<string, number> = new Map([["a", 1]]);
        console.log(
          \`\${str(dictGet(d, "a"))} \${str(dictGet(d, "z"))} \${dictGet(d, "z", 0)} \${setdefault(d, "b", 2)} \${str([...d.keys()])} \${str([...d.values()])} \${str([...d.entries()], "list[tuple[str, int]]")}\`,
        );
        update(d, new Map([["c", 3]]), { e: 5 });
        console.log(
          \`\${dictPop(d, "a")} \${str(dictPop(d, "zz", null))} \${str(popitem(d), "tuple[str, int]")} \${str(d)} \${str(fromkeys("xy", 0))}\`,
        );
      `,
      exec: true,
    },
    {
      name: "set methods",
      code: `
        s = {1, 2}
        s.add(3)
        s.discard(7)
        s.remove(1)
        s.update([5], (6,))
        print(s, s.union({9}), s.intersection([2, 3]), s.difference({2}), s.issubset({2, 3, 5, 6, 8}), s.isdisjoint({0}))
      `,
      output: `
        import {
          difference,
          intersection,
          isDisjoint,
          isSubset,
          iterate,
          setDiscard,
          setRemove,
          setUpdate,
          str,
          union,
        } from "@py2ts/runtime";

        const s: Set<number> = new Set([1, 2]);
        s.add(3);
        setDiscard(s, 7);
        setRemove(s, 1);
        setUpdate(s, [5], [6] as const);
        console.log(
          \`\${str(s)} \${str(union(s, iterate(new Set([9]))))} \${str(intersection(s, [2, 3]))} \${str(difference(s, iterate(new Set([2]))))} \${isSubset(s, new Set([2, 3, 5, 6, 8])) ? "True" : "False"} \${isDisjoint(s, new Set([0])) ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "errors like Python",
      code: `
        xs = [1]
        xs.remove(5)
      `,
      output: `
        import { remove } from "@py2ts/runtime";

        const xs: number[] = [1];
        remove(xs, 5);
      `,
      exec: true,
    },
    {
      name: "a union receiver is translated for the member that has the method",
      code: `
        orig = [1, [2, 3]]
        cp = orig[:]
        cp[1].append(4)
        print(orig)
      `,
      output: `
        import { at, str } from "@py2ts/runtime";

        const orig: (number | number[])[] = [1, [2, 3]];
        const cp = orig.slice();
        // py2ts PY2TS3305: 'cp[1]' may hold other types than list[int]; the method is translated for list[int] only
        (at(cp, 1) as number[]).push(4);
        console.log(\`\${str(orig)}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "methods that are not translated",
      code: `
        d = {"a": 1}
        print(d.__sizeof__())
      `,
      errors: [{ messageId: "unsupportedMethod", line: 2 }],
    },
    {
      name: "union receivers are reported",
      code: `
        orig = [1, [2, 3]]
        orig[1].append(4)
      `,
      errors: [{ messageId: "unionReceiver", line: 2 }],
    },
  ],
});
