import { defineRule } from "@py2ts/core";
import { PATHLIB_VALUES } from "../declarations/pathlib";
import { type TranslateBuilder, mapDeclared } from "../shared/declared-mappings";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";

const seconds = (clock: "Date" | "performance"): TranslateBuilder => () => (_args, h) =>
  h.b.binary("/", h.b.call(h.b.member(h.b.id(clock), "now"), []), h.b.num(1000));

const calls = mapDeclared(PATHLIB_VALUES, {
  "time.time": seconds("Date"),
  "time.monotonic": seconds("performance"),
  "time.perf_counter": seconds("performance"),
  "time.sleep": () => (args, h) => h.b.call(h.runtime("sleep"), [args.required("secs")]),
});

/**
 * `time`: `time()` is `Date.now() / 1000` (milliseconds resolution, where
 * Python has microseconds), `monotonic()`/`perf_counter()` are
 * `performance.now() / 1000` (only differences of them are meaningful, as in
 * Python), and `sleep(s)` blocks like Python's (the runtime's `sleep`, no
 * timers, no async). Formatting and struct_time functions (`strftime`,
 * `localtime`) are reported as not mapped.
 */
export default defineRule({
  meta: {
    id: "stdlib/time",
    description: "Translate time.time, time.sleep and the clocks",
    messages: { ...FILES_OS_MESSAGES },
  },
  create: (ctx) => moduleVisitors(ctx, { modules: ["time"], calls, values: { "time.sleep": ({ runtime }) => runtime("sleep") } }, { unbindable: "unbindable", unmappedName: "unmappedName" }),
});
