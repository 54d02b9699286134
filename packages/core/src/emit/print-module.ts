/**
 * Prints a generated module: imports, then statements, through the
 * TypeScript printer; blank lines and diagnostic markers survive as comments
 * that are resolved after printing.
 */
import { ts } from "ts-morph";
import type { Node, TsSourceFile } from "../ir/nodes";
import type { ImportSpec } from "./module-imports";
import { BLANK_LINE_MARKER, type MarkerComment, TypeScriptAstBuilder } from "./typescript-ast";

const f = ts.factory;

function importDeclaration(spec: ImportSpec): ts.ImportDeclaration[] {
  const out: ts.ImportDeclaration[] = [];
  const specifier = f.createStringLiteral(spec.module);
  if (spec.namespace) {
    out.push(
      f.createImportDeclaration(undefined, f.createImportClause(undefined, undefined, f.createNamespaceImport(f.createIdentifier(spec.namespace))), specifier),
    );
  }
  if (spec.defaultName || spec.named.length > 0) {
    const named = spec.named.length
      ? f.createNamedImports(
          spec.named.map((n) =>
            f.createImportSpecifier(n.typeOnly, n.local !== n.name ? f.createIdentifier(n.name) : undefined, f.createIdentifier(n.local)),
          ),
        )
      : undefined;
    out.push(
      f.createImportDeclaration(
        undefined,
        f.createImportClause(undefined, spec.defaultName ? f.createIdentifier(spec.defaultName) : undefined, named),
        specifier,
      ),
    );
  }
  if (out.length === 0) out.push(f.createImportDeclaration(undefined, undefined, specifier));
  return out;
}

export interface PrintedModule {
  text: string;
  /** Diagnostic markers in output order. */
  markers: MarkerComment[];
}

export function printModule(
  file: TsSourceFile,
  imports: readonly ImportSpec[],
  markerOf: (node: Node) => MarkerComment[],
): PrintedModule {
  const builder = new TypeScriptAstBuilder(markerOf);
  const statements: ts.Statement[] = [];
  for (const spec of imports) statements.push(...importDeclaration(spec));
  const body = builder.statements(file.statements);
  if (statements.length > 0 && body[0]) {
    // the blank line after the imports goes before the statement's own comments and JSDoc
    const own = ts.getSyntheticLeadingComments(body[0]) ?? [];
    ts.setSyntheticLeadingComments(body[0], [{ kind: ts.SyntaxKind.MultiLineCommentTrivia, text: BLANK_LINE_MARKER, hasTrailingNewLine: true, pos: -1, end: -1 }, ...own]);
  }
  statements.push(...body);
  if (file.leadingDoc !== null && statements[0]) {
    const doc = file.leadingDoc.replace(/\*\//g, "*\\/").split("\n").map((l) => ` * ${l}`.trimEnd()).join("\n");
    ts.addSyntheticLeadingComment(statements[0], ts.SyntaxKind.MultiLineCommentTrivia, `*\n${doc}\n `, true);
  }
  const source = f.createSourceFile(statements, f.createToken(ts.SyntaxKind.EndOfFileToken), ts.NodeFlags.None);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false, neverAsciiEscape: true } as ts.PrinterOptions);
  const printed = printer.printFile(source);
  const marker = new RegExp(`^[ \\t]*/\\*${BLANK_LINE_MARKER}\\*/[ \\t]*\\n`, "gm");
  const text = printed.replace(marker, "\n").replace(new RegExp(`/\\*${BLANK_LINE_MARKER}\\*/`, "g"), "");
  return { text, markers: builder.markers };
}
