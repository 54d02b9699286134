/**
 * Attaches source comments to IR statements, so that they survive into the
 * output. A comment on a statement's last line is its trailing comment; any
 * other comment becomes a leading comment of the statement it precedes (or
 * sits inside, when it is within a multi-line expression). Comments after the
 * last statement of a block are kept on a synthetic `pass`.
 */
import { createNode } from "../ir/builders";
import { NODE_DEFINITIONS } from "../ir/definitions";
import type { Node, PyStmt } from "../ir/nodes";
import type { Span } from "../ir/span";

export interface SourceComment {
  text: string;
  span: Span;
}

/** The statement lists directly owned by a statement (bodies of handlers and cases included). */
function ownedStatementLists(node: Node): PyStmt[][] {
  const out: PyStmt[][] = [];
  const fields = NODE_DEFINITIONS[node.kind].fields as Record<string, string>;
  for (const [name, tag] of Object.entries(fields)) {
    const value = (node as unknown as Record<string, unknown>)[name];
    if (tag === "stmt*" && Array.isArray(value)) out.push(value as PyStmt[]);
    else if ((tag === "handler*" || tag === "matchcase*") && Array.isArray(value)) {
      for (const child of value as Node[]) out.push(...ownedStatementLists(child));
    }
  }
  return out;
}

function listRange(list: PyStmt[]): [number, number] | null {
  if (list.length === 0) return null;
  return [list[0]!.span.start.line, list[list.length - 1]!.span.end.line];
}

export function attachComments(body: PyStmt[], comments: SourceComment[]): void {
  attachToList(body, comments);
}

function attachToList(list: PyStmt[], comments: SourceComment[]): void {
  const dangling: SourceComment[] = [];
  for (const comment of comments) {
    const line = comment.span.start.line;
    const owner = list.find((s) => s.span.start.line <= line && line <= s.span.end.line);
    if (owner) {
      const lists = ownedStatementLists(owner).filter((l) => l.length > 0);
      if (lists.length > 0 && line > owner.span.start.line) {
        const containing = lists.find((l) => listRange(l)![0] <= line && line <= listRange(l)![1]);
        const following = lists.find((l) => listRange(l)![0] > line);
        const preceding = [...lists].reverse().find((l) => listRange(l)![1] < line);
        attachToList(containing ?? following ?? preceding ?? lists[0]!, [comment]);
      } else if (lists.length === 0 && line === owner.span.end.line && owner.trailingComment === undefined) {
        owner.trailingComment = comment.text;
      } else {
        (owner.leadingComments ??= []).push(comment.text);
      }
      continue;
    }
    const next = list.find((s) => s.span.start.line > line);
    if (next) (next.leadingComments ??= []).push(comment.text);
    else dangling.push(comment);
  }
  if (dangling.length > 0) {
    const last = dangling[dangling.length - 1]!;
    const pass = createNode("Pass", {}, last.span);
    pass.leadingComments = dangling.map((c) => c.text);
    list.push(pass);
  }
}
