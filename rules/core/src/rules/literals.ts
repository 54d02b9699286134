import { defineRule } from "@py2ts/core";

/** Number, string, boolean and None literals. */
export default defineRule({
  meta: {
    id: "core/literals",
    description: "Translate int, float, str, bool and None literals",
    messages: {
      unsafeInteger: {
        code: "PY2TS3001",
        severity: "warning",
        text: "integer literal {raw} exceeds 2**53 and loses precision as a JavaScript number",
      },
    },
  },
  create: (ctx) => ({
    IntLit(path) {
      path.replaceWith(ctx.at(path.node).num(path.node.value));
    },
    FloatLit(path) {
      path.replaceWith(ctx.at(path.node).num(path.node.value));
    },
    StrLit(path) {
      path.replaceWith(ctx.at(path.node).str(path.node.value));
    },
    BoolLit(path) {
      path.replaceWith(ctx.at(path.node).bool(path.node.value));
    },
    NoneLit(path) {
      path.replaceWith(ctx.at(path.node).null());
    },
  }),
});
