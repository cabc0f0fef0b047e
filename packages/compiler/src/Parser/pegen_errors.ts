// Syntax error reporting of the PEG parser: CPython 3.12's Parser/pegen_errors.c and the RAISE_* macros
// of Parser/pegen.h.
//
// Errors are JS exceptions: where CPython sets an exception and p->error_indicator and lets every rule
// return NULL, Typhon throws and the exception unwinds the rule functions. _PyPegen_run_parser catches it.

import { byteOffsetToCharacterOffset, decodeUtf8, TokenizerError, type PyErrorType } from "./tokenizer.js";
import type { Parser, Token } from "./pegen.js";
import { ENDMARKER, ERRORTOKEN, INDENT, DEDENT } from "./token.js";
import { E_DONE, E_OK, E_EOF } from "./tokenizer.js";

/**
 * "SyntaxError" | "IndentationError" | "TabError", or an exception CPython lets through unconverted
 * ("UnicodeDecodeError" from the tokenizer or a format spec's escapes, "ValueError").
 */
export type ParserErrorType = PyErrorType | "ValueError";

/** SyntaxError or one of its subclasses (the errors pegen's second pass and error reporting handle). */
export function isSyntaxErrorType(t: ParserErrorType): boolean {
  return t === "SyntaxError" || t === "IndentationError" || t === "TabError";
}

/**
 * A SyntaxError (or IndentationError / TabError) raised by the parser or the tokenizer, with the attributes
 * CPython's SyntaxError has: lineno, offset, end_lineno, end_offset (1-based character columns as CPython
 * computes them; null where CPython gives None), text (the source line) and filename.
 */
export class ParserSyntaxError extends Error {
  readonly pyType: ParserErrorType;
  readonly msg: string;
  readonly filename: string;
  readonly lineno: number | null;
  readonly offset: number | null;
  readonly end_lineno: number | null;
  readonly end_offset: number | null;
  readonly text: string | null;
  constructor(
    pyType: ParserErrorType,
    msg: string,
    filename: string,
    lineno: number | null,
    offset: number | null,
    end_lineno: number | null,
    end_offset: number | null,
    text: string | null,
  ) {
    super(msg);
    this.name = pyType;
    this.pyType = pyType;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
    this.text = text;
  }

  static fromTokenizerError(e: TokenizerError, filename: string): ParserSyntaxError {
    return new ParserSyntaxError(e.pyType, e.msg, filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text);
  }
}

/**
 * MemoryError("Parser stack overflowed - Python source too complex to parse"), raised when the parser nests
 * deeper than MAXSTACK rule calls (or, in Typhon, when the JS stack runs out first).
 */
export class ParserMemoryError extends Error {
  readonly pyType = "MemoryError" as const;
  constructor(msg = "Parser stack overflowed - Python source too complex to parse") {
    super(msg);
    this.name = "MemoryError";
  }
}

/** CURRENT_POS of pegen.h: the end position is the tokenizer's current position. */
export const CURRENT_POS = -5;

/** Python's PyUnicode_FromFormat for the directives the grammar and the helpers use (%s %U %d %c %R %S %%). */
export function formatMessage(fmt: string, args: readonly unknown[]): string {
  if (args.length === 0 && !fmt.includes("%%")) return fmt;
  let i = 0;
  return fmt.replace(/%(%|s|U|d|i|c|R|S|zd|ld)/g, (_m, d: string) => {
    if (d === "%") return "%";
    const a = args[i++];
    if (d === "c") return typeof a === "number" ? String.fromCodePoint(a) : String(a);
    return String(a);
  });
}

/** The text of source line `lineno` (1-based) without its newline, as get_error_line_from_tokenizer_buffers. */
function errorLineFromBuffers(p: Parser, lineno: number): string {
  const data = p.tok.data;
  let pos = 0;
  const bufEnd = p.tok.inp;
  for (let i = 0; i < lineno - 1; i++) {
    const nl = data.indexOf(10, pos);
    if (nl < 0 || nl + 1 > bufEnd) break;
    pos = nl + 1;
  }
  let nl = data.indexOf(10, pos);
  if (nl < 0) nl = data.length;
  return decodeUtf8(data, pos, nl);
}

/** _PyPegen_raise_error_known_location. `col_offset`/`end_col_offset` are 1-based byte offsets. */
export function _PyPegen_raise_error_known_location(
  p: Parser,
  errtype: ParserErrorType,
  lineno: number,
  col_offset: number,
  end_lineno: number,
  end_col_offset: number,
  msg: string,
): never {
  const tok = p.tok;
  if (end_lineno === CURRENT_POS) end_lineno = tok.lineno;
  if (end_col_offset === CURRENT_POS) end_col_offset = tok.cur - tok.lineStart;

  let error_line: string;
  if (tok.lineno <= lineno && tok.inp > tok.buf) error_line = decodeUtf8(tok.data, tok.buf, tok.inp);
  else error_line = errorLineFromBuffers(p, lineno);

  // CPython 3.12.7 converts the byte offsets to character offsets within the error line for every source
  // (3.12.1 skipped the conversion for bytes without a coding declaration)
  const col_number = byteOffsetToCharacterOffset(error_line, col_offset);
  let end_col_number = end_col_offset;
  if (end_col_number > 0) end_col_number = byteOffsetToCharacterOffset(error_line, end_col_number);
  throw new ParserSyntaxError(errtype, msg, p.filename, lineno, col_number, end_lineno, end_col_number, error_line);
}

/** _PyPegen_raise_error: an error at the last token read (or the next token, when use_mark is set). */
export function _PyPegen_raise_error(p: Parser, errtype: ParserErrorType, use_mark: boolean, msg: string): never {
  if (p.fill === 0) _PyPegen_raise_error_known_location(p, errtype, 0, 0, 0, -1, msg);
  if (use_mark && p.mark === p.fill) p.fill_token();
  const t = p.known_err_token !== null ? p.known_err_token : p.tokens[use_mark ? p.mark : p.fill - 1]!;
  let col_offset: number;
  let end_col_offset = -1;
  if (t.col_offset === -1) {
    if (p.tok.cur === p.tok.buf) col_offset = 0;
    else col_offset = p.tok.cur - p.tok.lineStart;
  } else {
    col_offset = t.col_offset + 1;
  }
  if (t.end_col_offset !== -1) end_col_offset = t.end_col_offset + 1;
  _PyPegen_raise_error_known_location(p, errtype, t.lineno, col_offset, t.end_lineno, end_col_offset, msg);
}

/** RAISE_ERROR_KNOWN_LOCATION of pegen.h: 0-based byte columns (or CURRENT_POS). */
export function RAISE_ERROR_KNOWN_LOCATION(
  p: Parser,
  errtype: ParserErrorType,
  lineno: number,
  col_offset: number,
  end_lineno: number,
  end_col_offset: number,
  msg: string,
  ...args: unknown[]
): never {
  const _col_offset = col_offset === CURRENT_POS ? CURRENT_POS : col_offset + 1;
  const _end_col_offset = end_col_offset === CURRENT_POS ? CURRENT_POS : end_col_offset + 1;
  _PyPegen_raise_error_known_location(p, errtype, lineno, _col_offset, end_lineno, _end_col_offset, formatMessage(msg, args));
}

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export function RAISE_SYNTAX_ERROR(p: Parser, msg: string, ...args: unknown[]): never {
  _PyPegen_raise_error(p, "SyntaxError", false, formatMessage(msg, args));
}
export function RAISE_INDENTATION_ERROR(p: Parser, msg: string, ...args: unknown[]): never {
  _PyPegen_raise_error(p, "IndentationError", false, formatMessage(msg, args));
}
export function RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN(p: Parser, msg: string, ...args: unknown[]): never {
  _PyPegen_raise_error(p, "SyntaxError", true, formatMessage(msg, args));
}
export function RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p: Parser, a: Located, msg: string, ...args: unknown[]): never {
  RAISE_ERROR_KNOWN_LOCATION(p, "SyntaxError", a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg, ...args);
}
export function RAISE_SYNTAX_ERROR_KNOWN_RANGE(p: Parser, a: Located, b: Located, msg: string, ...args: unknown[]): never {
  RAISE_ERROR_KNOWN_LOCATION(p, "SyntaxError", a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg, ...args);
}
export function RAISE_SYNTAX_ERROR_STARTING_FROM(p: Parser, a: Located, msg: string, ...args: unknown[]): never {
  RAISE_ERROR_KNOWN_LOCATION(p, "SyntaxError", a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS, msg, ...args);
}

/** raise_unclosed_parentheses_error */
export function raise_unclosed_parentheses_error(p: Parser): never {
  const tok = p.tok;
  const error_lineno = tok.parenlinenostack[tok.level - 1]!;
  const error_col = tok.parencolstack[tok.level - 1]!;
  RAISE_ERROR_KNOWN_LOCATION(
    p,
    "SyntaxError",
    error_lineno,
    error_col,
    error_lineno,
    -1,
    "'%c' was never closed",
    tok.parenstack[tok.level - 1]!,
  );
}

/** The tokenizer's error for its last ERRORTOKEN, as a ParserSyntaxError. */
export function tokenizerError(p: Parser): ParserSyntaxError {
  const e = p.tok.error;
  if (e === null) return new ParserSyntaxError("SyntaxError", "unknown parsing error", p.filename, null, null, null, null, null);
  return ParserSyntaxError.fromTokenizerError(e, p.filename);
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors: after a parser error, tokenize the rest of the source;
 * a tokenizer error found there replaces the parser's error (except inside f-strings); an unclosed bracket
 * opened on an earlier line than the error replaces it too.
 */
export function _PyPegen_tokenize_full_source_to_check_for_errors(p: Parser, current: unknown): unknown {
  const current_token: Token = p.known_err_token !== null ? p.known_err_token : p.tokens[p.fill - 1]!;
  const current_err_line = current_token.lineno;
  let replaced: unknown = null;
  for (;;) {
    const t = p.tok.getToken();
    if (t.type === ERRORTOKEN) {
      if (p.tok.errorIsException) {
        replaced = tokenizerError(p);
        break;
      }
      if (p.tok.level !== 0) {
        const error_lineno = p.tok.parenlinenostack[p.tok.level - 1]!;
        if (current_err_line > error_lineno) {
          try {
            raise_unclosed_parentheses_error(p);
          } catch (e) {
            replaced = e;
          }
        }
      }
      break;
    }
    if (t.type === ENDMARKER) break;
  }
  // If we're in an f-string, we want the syntax error in the expression part to propagate, so that
  // tokenizer errors (like expecting '}') that happen afterwards do not swallow it.
  if (replaced !== null && p.tok.tokModeStackIndex <= 0) return replaced;
  return current;
}

function caught(f: () => never): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
}

/**
 * _Pypegen_set_syntax_error: the error to report after the second (error) pass failed. `pending` is the
 * exception raised during the parse, if any.
 */
export function _Pypegen_set_syntax_error(p: Parser, last_token: Token, pending: unknown): unknown {
  // Existing syntax error
  if (pending !== null) {
    // Prioritize tokenizer errors to custom syntax errors raised on the second phase only if the errors
    // come from the parser.
    const is_tok_ok = p.tok.done === E_DONE || p.tok.done === E_OK;
    if (is_tok_ok && pending instanceof ParserSyntaxError && isSyntaxErrorType(pending.pyType)) {
      return _PyPegen_tokenize_full_source_to_check_for_errors(p, pending);
    }
    return pending;
  }
  // Initialization error
  if (p.fill === 0) return caught(() => RAISE_SYNTAX_ERROR(p, "error at start before reading any input"));
  // Parser encountered EOF (End of File) unexpectedtly
  if (last_token.type === ERRORTOKEN && p.tok.done === E_EOF) {
    if (p.tok.level) return caught(() => raise_unclosed_parentheses_error(p));
    return caught(() => RAISE_SYNTAX_ERROR(p, "unexpected EOF while parsing"));
  }
  // Indentation error in the tokenizer
  if (last_token.type === INDENT || last_token.type === DEDENT) {
    return caught(() => RAISE_INDENTATION_ERROR(p, last_token.type === INDENT ? "unexpected indent" : "unexpected unindent"));
  }
  // Unknown error (generic case). Use the last token we found on the first pass to avoid reporting
  // incorrect locations for generic syntax errors just because we reached further away when trying to
  // find specific syntax errors in the second pass.
  const e = caught(() =>
    RAISE_ERROR_KNOWN_LOCATION(
      p,
      "SyntaxError",
      last_token.lineno,
      last_token.col_offset,
      last_token.end_lineno,
      last_token.end_col_offset,
      "invalid syntax",
    ),
  );
  // _PyPegen_tokenize_full_source_to_check_for_errors will override the existing generic SyntaxError we
  // just raised if errors are found.
  return _PyPegen_tokenize_full_source_to_check_for_errors(p, e);
}
