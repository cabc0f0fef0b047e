// The PEG parser core: CPython 3.12's Parser/pegen.c (token buffer, memoisation, token matching,
// NAME/NUMBER/STRING tokens, lookaheads, forced tokens, the two-pass driver) and Parser/peg_api.c.

import * as ast from "./ast.js";
import {
  ASYNC,
  AWAIT,
  DEDENT,
  ENDMARKER,
  ERRORTOKEN,
  FSTRING_MIDDLE,
  NAME,
  NEWLINE,
  NUMBER,
  STRING,
  TYPE_IGNORE,
} from "./token.js";
import { createParserTokenizer, decodeUtf8, Tokenizer, TokenizerError, utf8FirstError, type Token as RawToken } from "./tokenizer.js";
import {
  ParserMemoryError,
  ParserSyntaxError,
  RAISE_ERROR_KNOWN_LOCATION,
  RAISE_SYNTAX_ERROR,
  RAISE_SYNTAX_ERROR_KNOWN_LOCATION,
  _Pypegen_set_syntax_error,
  isSyntaxErrorType,
  tokenizerError,
} from "./pegen_errors.js";
import { parsenumber, IntMaxStrDigitsError } from "./numbers.js";

const ASCII_CHARS: readonly string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

/** Maximum nesting of rule calls (MAXSTACK of Parser/parser.c). */
export const MAXSTACK = 6000;

/** A token as the parser keeps it (Parser/pegen.h Token). Columns are UTF-8 byte offsets. */
export class Token {
  /** memoised rule results at this token (linked list, newest first) */
  declare memo: Memo | null;
  /** the Name node of a NAME token, made on first use */
  declare name: ast.Name | null;
  /** the bytes of a STRING / FSTRING_MIDDLE token that is not valid UTF-8, else null */
  declare raw: Uint8Array | null;
  constructor(
    public type: number,
    /** the token's text (PyBytes_AS_STRING(t->bytes)) */
    public string: string,
    public level: number,
    public lineno: number,
    public col_offset: number,
    public end_lineno: number,
    public end_col_offset: number,
    /** f-string debug expression text carried by the token ending `{expr=`, else null */
    public metadata: string | null,
  ) {
    this.memo = null;
    this.name = null;
    this.raw = null;
  }
}

/** A memo entry (Parser/pegen.h Memo). */
export class Memo {
  constructor(
    public type: number,
    public node: unknown,
    public mark: number,
    public next: Memo | null,
  ) {}
}

export type StartRule = "file" | "interactive" | "eval" | "func_type" | "fstring";

export interface ParserFlags {
  /** PyCF_TYPE_COMMENTS: produce TYPE_COMMENT tokens and type_ignores */
  type_comments?: boolean;
  /** feature_version minor number (ast.parse(feature_version=(3, N))); default: 12 */
  feature_version?: number;
  /** CO_FUTURE_BARRY_AS_BDFL */
  barry_as_bdfl?: boolean;
  /** PyCF_ALLOW_INCOMPLETE_INPUT */
  allow_incomplete_input?: boolean;
  /** PyCF_DONT_IMPLY_DEDENT */
  dont_imply_dedent?: boolean;
}

/** struct Parser of Parser/pegen.h. */
export class Parser {
  readonly tokens: Token[] = [];
  mark = 0;
  fill = 0;
  level = 0;
  call_invalid_rules = 0;
  in_raw_rule = 0;
  parsing_started = 0;
  known_err_token: Token | null = null;
  readonly type_ignore_comments: { lineno: number; tag: string }[] = [];
  readonly feature_version: number;
  readonly barry_as_bdfl: boolean;
  readonly allow_incomplete_input: boolean;
  readonly dont_imply_dedent: boolean;
  keywords: ReadonlyMap<string, number>;
  soft_keywords: readonly string[];
  /** p->starting_lineno / starting_col_offset (used when parsing f-string expressions separately; 0 here) */
  starting_lineno = 0;
  starting_col_offset = 0;

  constructor(
    readonly tok: Tokenizer,
    readonly start_rule: StartRule,
    readonly filename: string,
    flags: ParserFlags,
    keywords: ReadonlyMap<string, number>,
    soft_keywords: readonly string[],
  ) {
    this.feature_version = flags.feature_version ?? 12;
    this.barry_as_bdfl = !!flags.barry_as_bdfl;
    this.allow_incomplete_input = !!flags.allow_incomplete_input;
    this.dont_imply_dedent = !!flags.dont_imply_dedent;
    this.keywords = keywords;
    this.soft_keywords = soft_keywords;
  }

  /** _PyPegen_fill_token: read the next token into the buffer. Throws on tokenizer errors. */
  fill_token(): void {
    const tok = this.tok;
    let t: RawToken = tok.getToken();
    // Record and skip '# type: ignore' comments
    while (t.type === TYPE_IGNORE) {
      const tag = tok.text(t);
      this.type_ignore_comments.push({ lineno: t.lineno, tag });
      t = tok.getToken();
    }
    let type = t.type;
    // If we have reached the end and we are in single input mode we need to insert a newline and reset
    // the parsing
    if (this.start_rule === "interactive" && type === ENDMARKER && this.parsing_started) {
      type = NEWLINE; /* Add an extra newline */
      this.parsing_started = 0;
      if (tok.indent && !this.dont_imply_dedent) {
        tok.pendin = -tok.indent;
        tok.indent = 0;
      }
    } else {
      this.parsing_started = 1;
    }
    let text: string;
    const start = t.start;
    if (start < 0 || t.end < 0) text = "";
    else if (t.end - start === 1 && tok.data[start]! < 0x80) text = ASCII_CHARS[tok.data[start]!]!;
    else text = decodeUtf8(tok.data, start, t.end);
    if (type === NAME || type === ASYNC || type === AWAIT) {
      // hard keywords are 2 to 8 characters long
      const kw = text.length >= 2 && text.length <= 8 ? this.keywords.get(text) : undefined;
      type = kw !== undefined ? kw : NAME;
    }
    const token = new Token(type, text, t.level, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, t.metadata);
    // A string literal that is not valid UTF-8 (possible in a bytes source without coding declaration)
    // keeps its bytes: decoding it raises CPython's UnicodeDecodeError (string_parser.ts).
    if ((type === STRING || type === FSTRING_MIDDLE) && text.indexOf("\ufffd") >= 0 && utf8FirstError(tok.data, t.start, t.end) !== null) {
      token.raw = tok.data.slice(t.start, t.end);
    }
    this.tokens.push(token);
    this.fill += 1;
    if (type === ERRORTOKEN) throw tokenizerError(this);
  }

  /** Type of the token at the mark (reading it if needed). */
  peek_type(): number {
    if (this.mark === this.fill) this.fill_token();
    return this.tokens[this.mark]!.type;
  }

  /** _PyPegen_expect_token */
  expect_token(type: number): Token | null {
    if (this.mark === this.fill) this.fill_token();
    const t = this.tokens[this.mark]!;
    if (t.type !== type) return null;
    this.mark += 1;
    return t;
  }

  /** _PyPegen_insert_memo */
  insert_memo(mark: number, type: number, node: unknown): void {
    const t = this.tokens[mark]!;
    t.memo = new Memo(type, node, this.mark, t.memo);
  }

  /** _PyPegen_update_memo */
  update_memo(mark: number, type: number, node: unknown): void {
    for (let m = this.tokens[mark]!.memo; m !== null; m = m.next) {
      if (m.type === type) {
        m.node = node;
        m.mark = this.mark;
        return;
      }
    }
    this.insert_memo(mark, type, node);
  }

  /** Drop the memo entries of tokens [from, to) (see the statement loop in parser.ts). */
  forget_memo(from: number, to: number): void {
    const tokens = this.tokens;
    for (let i = from; i < to; i++) tokens[i]!.memo = null;
  }

  /** _PyPegen_get_last_nonnwhitespace_token */
  get_last_nonnwhitespace_token(): Token | null {
    let token: Token | null = null;
    for (let m = this.mark - 1; m >= 0; m--) {
      token = this.tokens[m]!;
      if (token.type !== ENDMARKER && (token.type < NEWLINE || token.type > DEDENT)) break;
    }
    return token;
  }
}

/** _Pypegen_stack_overflow */
export function _Pypegen_stack_overflow(_p: Parser): never {
  throw new ParserMemoryError();
}

/* ------------------------------------------------------------------ tokens */

/** _PyPegen_new_identifier: NFKC-normalize non-ASCII identifiers. */
export function _PyPegen_new_identifier(_p: Parser, n: string): string {
  for (let i = 0; i < n.length; i++) {
    if (n.charCodeAt(i) >= 128) return n.normalize("NFKC");
  }
  return n;
}

/** _PyPegen_name_from_token */
export function _PyPegen_name_from_token(p: Parser, t: Token | null): ast.Name | null {
  if (t === null) return null;
  // Typhon: one Name per NAME token (pegen makes a new one each time a rule matches the token while
  // backtracking; a token ends up at most once in the tree, so sharing is not observable)
  let n = t.name;
  if (n === null) {
    const id = _PyPegen_new_identifier(p, t.string);
    n = t.name = new ast.Name(id, ast.Load.instance, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }
  return n;
}

/** _PyPegen_name_token */
export function _PyPegen_name_token(p: Parser): ast.Name | null {
  if (p.mark === p.fill) p.fill_token();
  const t = p.tokens[p.mark]!;
  if (t.type !== NAME) return null;
  p.mark += 1;
  return _PyPegen_name_from_token(p, t);
}

/** _PyPegen_string_token */
export function _PyPegen_string_token(p: Parser): Token | null {
  return p.expect_token(STRING);
}

/** _PyPegen_soft_keyword_token (note: CPython compares only the token's length, so a prefix matches) */
export function _PyPegen_soft_keyword_token(p: Parser): ast.Name | null {
  const t = p.expect_token(NAME);
  if (t === null) return null;
  const s = t.string;
  for (const keyword of p.soft_keywords) {
    if (keyword.startsWith(s)) return _PyPegen_name_from_token(p, t);
  }
  return null;
}

/** _PyPegen_expect_soft_keyword */
export function _PyPegen_expect_soft_keyword(p: Parser, keyword: string): ast.Name | null {
  if (p.mark === p.fill) p.fill_token();
  const t = p.tokens[p.mark]!;
  if (t.type !== NAME) return null;
  if (t.string !== keyword) return null;
  return _PyPegen_name_token(p);
}

/** `&"kw"` / `!"kw"`: _PyPegen_lookahead_with_string(positive, _PyPegen_expect_soft_keyword, p, kw) */
export function _PyPegen_lookahead_soft_keyword(p: Parser, keyword: string): boolean {
  if (p.mark === p.fill) p.fill_token();
  const t = p.tokens[p.mark]!;
  return t.type === NAME && t.string === keyword;
}

/** _PyPegen_lookahead */
export function _PyPegen_lookahead(positive: number, func: (p: Parser) => unknown, p: Parser): boolean {
  const mark = p.mark;
  const res = func(p);
  p.mark = mark;
  return !!res === !!positive;
}

/** _PyPegen_expect_forced_token */
export function _PyPegen_expect_forced_token(p: Parser, type: number, expected: string): Token {
  if (p.mark === p.fill) p.fill_token();
  const t = p.tokens[p.mark]!;
  if (t.type !== type) {
    RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, t, "expected '%s'", expected);
  }
  p.mark += 1;
  return t;
}

/** _PyPegen_expect_forced_result */
export function _PyPegen_expect_forced_result<T>(p: Parser, result: T | null, expected: string): T {
  if (result === null || result === undefined) RAISE_SYNTAX_ERROR(p, "expected (%s)", expected);
  return result;
}

/** _PyPegen_check_barry_as_flufl: 0 when the NOTEQUAL token is valid, nonzero otherwise. */
export function _PyPegen_check_barry_as_flufl(p: Parser, t: Token): number {
  const tok_str = t.string;
  if (p.barry_as_bdfl && tok_str !== "<>") {
    RAISE_SYNTAX_ERROR(p, "with Barry as BDFL, use '<>' instead of '!='");
  }
  if (!p.barry_as_bdfl) return tok_str === "!=" ? 0 : 1;
  return 0;
}

/** _PyPegen_number_token */
export function _PyPegen_number_token(p: Parser): ast.Constant | null {
  const t = p.expect_token(NUMBER);
  if (t === null) return null;
  const num_raw = t.string;
  if (p.feature_version < 6 && num_raw.includes("_")) {
    RAISE_SYNTAX_ERROR(p, "Underscores in numeric literals are only supported in Python 3.6 and greater");
  }
  let c;
  try {
    c = parsenumber(num_raw);
  } catch (e) {
    if (e instanceof IntMaxStrDigitsError) {
      RAISE_ERROR_KNOWN_LOCATION(
        p,
        "SyntaxError",
        t.lineno,
        -1,
        t.end_lineno,
        -1,
        "%S - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
        e.message,
      );
    }
    throw e;
  }
  return new ast.Constant(c, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

/* ------------------------------------------------------------------ driver */

function is_end_of_source(p: Parser): boolean {
  const err = p.tok.done;
  // E_EOF, E_EOFS, E_EOLS
  return err === 11 || err === 23 || err === 24;
}

/** bad_single_statement: something other than whitespace and comments follows the statement. */
function bad_single_statement(p: Parser): boolean {
  const data = p.tok.data;
  let cur = p.tok.cur;
  const n = data.length;
  let c = cur < n ? data[cur]! : 0;
  for (;;) {
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c) {
      cur++;
      c = cur < n ? data[cur]! : 0;
    }
    if (!c) return false;
    if (c !== 0x23) return true;
    /* Suck up comment. */
    while (c && c !== 0x0a) {
      cur++;
      c = cur < n ? data[cur]! : 0;
    }
  }
}

function reset_parser_state_for_error_pass(p: Parser): void {
  for (let i = 0; i < p.fill; i++) p.tokens[i]!.memo = null;
  p.mark = 0;
  p.level = 0;
  p.call_invalid_rules = 1;
}

/**
 * Whether an exception escaping the rule functions is the JS engine running out of stack. The generated
 * rule functions need more stack per nesting level than CPython's C functions, so V8's default stack can be
 * exhausted before p.level reaches MAXSTACK; the parser then reports CPython's MemoryError. Besides the
 * RangeError itself, any foreign exception raised while deeply nested counts (an overflow inside a host
 * or module-loader function may surface as another error type); rule functions do not decrement p.level
 * when unwinding, so p.level is the depth at which the exception was raised.
 */
function isJsStackOverflow(e: unknown, p: Parser): boolean {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return true;
  return !(e instanceof ParserSyntaxError) && !(e instanceof ParserMemoryError) && p.level > 500;
}

/**
 * _PyPegen_run_parser: first pass without the invalid_ rules; on failure a second pass with them, then
 * the error CPython reports. Throws ParserSyntaxError / ParserMemoryError.
 */
export function _PyPegen_run_parser(p: Parser, start: (p: Parser) => unknown): unknown {
  let res: unknown = null;
  let pending: unknown = null;
  try {
    res = start(p);
  } catch (e) {
    if (isJsStackOverflow(e, p)) throw new ParserMemoryError();
    if (!(e instanceof ParserSyntaxError) || !isSyntaxErrorType(e.pyType)) throw e;
    pending = e;
    res = null;
  }
  if (res === null || res === undefined) {
    if (p.allow_incomplete_input && is_end_of_source(p)) RAISE_SYNTAX_ERROR(p, "incomplete input");
    // Make a second parser pass. In this pass we activate heavier and slower checks to produce better
    // error messages and more complete diagnostics. Extra "invalid_*" rules will be active during parsing.
    const last_token = p.tokens[p.fill - 1]!;
    if (pending === null) {
      reset_parser_state_for_error_pass(p);
      try {
        start(p);
      } catch (e) {
        if (isJsStackOverflow(e, p)) throw new ParserMemoryError();
        if (!(e instanceof ParserSyntaxError) || !isSyntaxErrorType(e.pyType)) throw e;
        pending = e;
      }
    }
    // Set SyntaxErrors accordingly depending on the parser/tokenizer status at the failure point.
    throw _Pypegen_set_syntax_error(p, last_token, pending);
  }
  if (p.start_rule === "interactive" && bad_single_statement(p)) {
    p.tok.done = 27; // E_BADSINGLE
    RAISE_SYNTAX_ERROR(p, "multiple statements found while compiling a single statement");
  }
  return res;
}


/** Create the tokenizer and parser for a source, as _PyPegen_run_parser_from_string does. */
export function createParser(
  source: string | Uint8Array,
  filename: string,
  start_rule: StartRule,
  flags: ParserFlags,
  keywords: ReadonlyMap<string, number>,
  soft_keywords: readonly string[],
): Parser {
  let tok: Tokenizer;
  try {
    tok = createParserTokenizer(source, { filename, typeComments: !!flags.type_comments });
  } catch (e) {
    if (e instanceof TokenizerError) throw ParserSyntaxError.fromTokenizerError(e, filename);
    throw e;
  }
  return new Parser(tok, start_rule, filename, flags, keywords, soft_keywords);
}
