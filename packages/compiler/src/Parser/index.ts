// Public API of Typhon's parser (CPython 3.12's Parser/peg_api.c, Parser/pegen.c _PyPegen_run_parser_from_string).

import * as ast from "./ast.js";
import { createParser, _PyPegen_run_parser, type ParserFlags, type StartRule } from "./pegen.js";
import { START_RULES, reserved_keywords, soft_keywords } from "./parser.js";

export * as ast from "./ast.js";
export { NodeKind } from "./ast.js";
export { astDump, type DumpOptions } from "./ast_dump.js";
export { ParserSyntaxError, ParserMemoryError, type ParserErrorType } from "./pegen_errors.js";
export type { ParserFlags } from "./pegen.js";
export { setUnicodeNameLookup } from "./string_parser.js";

export type ParseMode = "exec" | "eval" | "single" | "func_type";

const START: Record<ParseMode, StartRule> = {
  exec: "file",
  eval: "eval",
  single: "interactive",
  func_type: "func_type",
};

/**
 * _PyParser_ASTFromString: parse `source` (a str, or bytes decoded per PEP 263 like compile() does) into the
 * AST of the given mode (ast.Module / ast.Expression / ast.Interactive / ast.FunctionType).
 * Throws ParserSyntaxError (SyntaxError, IndentationError, TabError) or ParserMemoryError.
 */
export function _PyParser_ASTFromString(
  source: string | Uint8Array,
  filename: string,
  mode: ParseMode,
  flags: ParserFlags = {},
): ast.mod {
  const start_rule = START[mode];
  if (start_rule === undefined) throw new Error(`invalid parse mode ${mode}`);
  const p = createParser(source, filename, start_rule, flags, reserved_keywords, soft_keywords);
  return _PyPegen_run_parser(p, START_RULES[start_rule as keyof typeof START_RULES]) as ast.mod;
}
