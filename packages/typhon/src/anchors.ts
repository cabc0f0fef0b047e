/**
 * Caret anchors for traceback lines (`~~^~~` under a binary operation, `~^^^` under a subscript), computed by
 * parsing the highlighted segment as 3.12's traceback module does. Lives here because it needs the parser;
 * the runtime reaches it through `_PyTraceback_SetAnchorsHook`.
 * CPython 3.12: Lib/traceback.py (_extract_caret_anchors_from_line_segment)
 */
import type { CaretAnchors } from "@typhon/runtime";
import { _PyUnicode_EncodeUTF8, _PyUnicode_DecodeUTF8 } from "@typhon/runtime";
import { _PyParser_ASTFromString, NodeKind } from "@typhon/compiler";

/** traceback._byte_offset_to_character_offset */
function normalize(segment: string, offset: number): number {
  return [..._PyUnicode_DecodeUTF8(_PyUnicode_EncodeUTF8(segment).slice(0, offset))].length;
}
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

export function _PyTraceback_CaretAnchors(segment: string): CaretAnchors | null {
  let tree;
  try {
    tree = _PyParser_ASTFromString(segment, "<unknown>", "exec") as unknown as { body: { _kind: number; value: any }[] };
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const stmt = tree.body[0];
  if (stmt._kind !== NodeKind.Expr) return null;
  const expr = stmt.value;
  const chars = [...segment];
  if (expr._kind === NodeKind.BinOp) {
    const opStart = normalize(segment, expr.left.end_col_offset);
    const opEnd = normalize(segment, expr.right.col_offset);
    const operator = chars.slice(opStart, opEnd).join("");
    const operatorOffset = operator.length - operator.trimStart().length;
    let left = expr.left.end_col_offset + operatorOffset;
    let right = left + 1;
    if (operatorOffset + 1 < operator.length && !isSpace(operator[operatorOffset + 1])) right += 1;
    while (left < chars.length && (isSpace(chars[left]) || chars[left] === ")" || chars[left] === "#")) {
      left += 1;
      right += 1;
    }
    return { left_end_offset: normalize(segment, left), right_start_offset: normalize(segment, right), primary_char: "~", secondary_char: "^" };
  }
  if (expr._kind === NodeKind.Subscript) {
    let left = normalize(segment, expr.value.end_col_offset);
    let right = normalize(segment, expr.slice.end_col_offset + 1);
    while (left < chars.length && (isSpace(chars[left]) || chars[left] !== "[")) left += 1;
    while (right < chars.length && (isSpace(chars[right]) || chars[right] !== "]")) right += 1;
    if (right < chars.length) right += 1;
    return { left_end_offset: left, right_start_offset: right, primary_char: "~", secondary_char: "^" };
  }
  return null;
}
