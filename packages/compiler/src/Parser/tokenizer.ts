// The CPython 3.12.7 tokenizer (Parser/tokenizer.c), ported to TypeScript.
//
// Two front-ends share one core state machine (class Tokenizer), exactly as in CPython:
//  * parser mode: what the PEG parser sees (compile()/exec of a str or bytes source): no COMMENT/NL tokens,
//    exact operator types, ASYNC/AWAIT, positions in UTF-8 bytes, errors converted the way
//    Parser/pegen_errors.c converts them (see Tokenizer.error);
//  * tokenize-module mode (`extra_tokens`, as Lib/tokenize.py drives _tokenize.TokenizerIter in 3.12): COMMENT,
//    NL, ENCODING, character columns, and the exact text `python -c "tokenize..."` prints (see
//    tokenizeForTokenizeModule).
//
// The core works on one flat UTF-8 byte buffer (Uint8Array) with integer indices standing for the C pointers
// (buf, cur, inp, start, line_start, multi_line_start, ...). It is iterative (no recursion per token), linear,
// and allocates no per-character strings.

import {
  ASYNC,
  AWAIT,
  COMMENT,
  DEDENT,
  ENCODING,
  ENDMARKER,
  ERRORTOKEN,
  EXACT_TOKEN_TYPES,
  FSTRING_END,
  FSTRING_MIDDLE,
  FSTRING_START,
  INDENT,
  NAME,
  NEWLINE,
  NL,
  NUMBER,
  OP,
  STRING,
  TYPE_COMMENT,
  TYPE_IGNORE,
  oneChar,
  threeChars,
  tok_name,
  twoChars,
} from "./token.js";

// ---------------------------------------------------------------------------------------------------------------
// Constants (Parser/tokenizer.h, Include/errcode.h)

export const MAXINDENT = 100; /* Max indentation level */
export const MAXLEVEL = 200; /* Max parentheses level */
export const MAXFSTRINGLEVEL = 150; /* Max f-string nesting level */
export const MAX_EXPR_NESTING = 3;
const TABSIZE = 8;
const ALTTABSIZE = 1;
const EOF = -1;

export const E_OK = 10; /* No error */
export const E_EOF = 11; /* End Of File */
export const E_INTR = 12; /* Interrupted */
export const E_TOKEN = 13; /* Bad token */
export const E_SYNTAX = 14; /* Syntax error */
export const E_NOMEM = 15; /* Ran out of memory */
export const E_DONE = 16; /* Parsing complete */
export const E_ERROR = 17; /* Execution error */
export const E_TABSPACE = 18; /* Inconsistent mixing of tabs and spaces */
export const E_OVERFLOW = 19; /* Node had too many children */
export const E_TOODEEP = 20; /* Too many indentation levels */
export const E_DEDENT = 21; /* No matching outer block for dedent */
export const E_DECODE = 22; /* Error in decoding into Unicode */
export const E_EOFS = 23; /* EOF in triple-quoted string */
export const E_EOLS = 24; /* EOL in single-quoted string */
export const E_LINECONT = 25; /* Unexpected characters after a line continuation */
export const E_BADSINGLE = 27; /* Ill-formed single statement input */
export const E_INTERACT_STOP = 28; /* Interactive mode stopped tokenization */
export const E_COLUMNOVERFLOW = 29; /* Column offset overflow */

const TOK_REGULAR_MODE = 0;
const TOK_FSTRING_MODE = 1;

// Character classes, indexed by (c & 511) so that EOF (-1) maps to 511 (no class).
const CT_ID_START = 1;
const CT_ID_CHAR = 2;
const CT_DIGIT = 4;
const CT_XDIGIT = 8;
const CT_ALNUM = 16;
const CT = new Uint8Array(512);
for (let c = 0; c < 256; c++) {
  let f = 0;
  const lower = c >= 0x61 && c <= 0x7a;
  const upper = c >= 0x41 && c <= 0x5a;
  const digit = c >= 0x30 && c <= 0x39;
  if (lower || upper || c === 0x5f || c >= 128) f |= CT_ID_START | CT_ID_CHAR;
  if (digit) f |= CT_ID_CHAR | CT_DIGIT | CT_XDIGIT | CT_ALNUM;
  if (lower || upper) f |= CT_ALNUM;
  if ((c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)) f |= CT_XDIGIT;
  CT[c] = f;
}
const isdigit = (c: number): boolean => (CT[c & 511]! & CT_DIGIT) !== 0;
const isxdigit = (c: number): boolean => (CT[c & 511]! & CT_XDIGIT) !== 0;
const isIdStart = (c: number): boolean => (CT[c & 511]! & CT_ID_START) !== 0;
const isIdChar = (c: number): boolean => (CT[c & 511]! & CT_ID_CHAR) !== 0;
const isalnum = (c: number): boolean => (CT[c & 511]! & CT_ALNUM) !== 0;

// ---------------------------------------------------------------------------------------------------------------
// Unicode helpers

const PRINTABLE_RE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const XID_START_RE = /^\p{XID_Start}$/u;
const XID_CONTINUE_RE = /^\p{XID_Continue}$/u;

/** Py_UNICODE_ISPRINTABLE (approximated with the Unicode general categories of the JS engine). */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa1) return false; // U+007F..U+009F are Cc, U+00A0 is Zs
  return PRINTABLE_RE.test(String.fromCodePoint(cp));
}

/** str.isspace() of Python for one code point. */
export function pyIsSpace(cp: number): boolean {
  return (
    (cp >= 9 && cp <= 13) ||
    (cp >= 0x1c && cp <= 0x20) ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

const utf8Lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/** Decode data[start:end] as UTF-8 with errors="replace" (like PyUnicode_DecodeUTF8(..., "replace")). */
export function decodeUtf8(data: Uint8Array, start: number, end: number): string {
  if (end <= start) return "";
  if (end - start <= 24) {
    let s = "";
    for (let i = start; i < end; i++) {
      const c = data[i]!;
      if (c >= 0x80) return utf8Lenient.decode(data.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8Lenient.decode(data.subarray(start, end));
}

/** Number of code points in a JS string. */
function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** Number of characters of data[start:end] decoded as UTF-8 with errors="replace". */
function charCount(data: Uint8Array, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = data[i]!;
    if (c < 0x80) n++;
    else return n + cpLength(decodeUtf8(data, i, end));
  }
  return n;
}

/** _PyPegen_byte_offset_to_character_offset_line: walk UTF-8 lead bytes from `from` to `to`. */
function leadByteChars(data: Uint8Array, from: number, to: number): number {
  let len = 0;
  let i = from;
  while (i < to) {
    const ch = i >= 0 && i < data.length ? data[i]! : 0;
    if (ch < 0x80) i += 1;
    else if ((ch & 0xe0) === 0xc0) i += 2;
    else if ((ch & 0xf0) === 0xe0) i += 3;
    else if ((ch & 0xf8) === 0xf0) i += 4;
    else return -1;
    len++;
  }
  return len;
}

/** _PyPegen_byte_offset_to_character_offset: character offset of a (1-based) byte offset into `line`. */
export function byteOffsetToCharacterOffset(line: string, colOffset: number): number {
  const bytes = utf8Encoder.encode(line);
  const len = bytes.length;
  if (colOffset > len + 1) colOffset = len + 1;
  if (colOffset <= 0) return 0;
  if (colOffset === len + 1) return cpLength(line) + 1; // decodes the terminating NUL too
  return cpLength(utf8Lenient.decode(bytes.subarray(0, colOffset)));
}

export interface Utf8DecodeError {
  start: number;
  end: number;
  reason: string;
}

/** Find the first error of CPython's strict UTF-8 decoder in data[start:end] (positions relative to start). */
export function utf8FirstError(data: Uint8Array, start: number, end: number): Utf8DecodeError | null {
  let i = start;
  const cont = (b: number) => b >= 0x80 && b < 0xc0;
  while (i < end) {
    const c = data[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const rel = i - start;
    if (c < 0xc2 || c > 0xf4) return { start: rel, end: rel + 1, reason: "invalid start byte" };
    const need = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
    for (let k = 1; k <= need; k++) {
      if (i + k >= end) return { start: rel, end: end - start, reason: "unexpected end of data" };
      const b = data[i + k]!;
      let ok = cont(b);
      if (ok && k === 1) {
        if (c === 0xe0) ok = b >= 0xa0;
        else if (c === 0xed) ok = b < 0xa0;
        else if (c === 0xf0) ok = b >= 0x90;
        else if (c === 0xf4) ok = b < 0x90;
      }
      if (!ok) return { start: rel, end: rel + k, reason: "invalid continuation byte" };
    }
    i += need + 1;
  }
  return null;
}

/** str(UnicodeDecodeError) as CPython formats it. */
export function unicodeDecodeErrorMessage(
  encoding: string,
  data: Uint8Array,
  base: number,
  e: Utf8DecodeError
): string {
  if (e.end - e.start === 1) {
    const b = data[base + e.start]!;
    return `'${encoding}' codec can't decode byte 0x${b.toString(16).padStart(2, "0")} in position ${e.start}: ${
      e.reason
    }`;
  }
  return `'${encoding}' codec can't decode bytes in position ${e.start}-${e.end - 1}: ${e.reason}`;
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0");
}

/** repr() of a Python str. */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  let runStart = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    let cp = s.charCodeAt(i);
    let width = 1;
    if (cp >= 0x20 && cp < 0x7f && cp !== 0x5c && cp !== 0x27 && cp !== 0x22) {
      i++;
      continue;
    }
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
        width = 2;
      }
    }
    let esc: string | null = null;
    if (cp === 0x5c) esc = "\\\\";
    else if (cp === 0x27 || cp === 0x22) esc = String.fromCharCode(cp) === q ? "\\" + q : null;
    else if (cp === 9) esc = "\\t";
    else if (cp === 10) esc = "\\n";
    else if (cp === 13) esc = "\\r";
    else if (cp < 0x20 || cp === 0x7f) esc = "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp >= 0x80 && !isPrintable(cp)) {
      if (cp <= 0xff) esc = "\\x" + cp.toString(16).padStart(2, "0");
      else if (cp <= 0xffff) esc = "\\u" + cp.toString(16).padStart(4, "0");
      else esc = "\\U" + cp.toString(16).padStart(8, "0");
    }
    if (esc !== null) {
      out += s.slice(runStart, i) + esc;
      runStart = i + width;
    }
    i += width;
  }
  return out + s.slice(runStart) + q;
}

// ---------------------------------------------------------------------------------------------------------------
// Errors

export type PyErrorType = "SyntaxError" | "IndentationError" | "TabError" | "UnicodeDecodeError" | "SystemError";

/**
 * A SyntaxError (or IndentationError / TabError) as CPython would raise it. `offset` and `end_offset` are 1-based
 * CHARACTER columns, as in SyntaxError.offset (except where CPython itself reports bytes, e.g. the "leading zeros"
 * error); lineno/offset are null where CPython gives None.
 */
export class TokenizerError extends Error {
  readonly pyType: PyErrorType;
  readonly msg: string;
  readonly lineno: number | null;
  readonly offset: number | null;
  readonly end_lineno: number | null;
  readonly end_offset: number | null;
  /** SyntaxError.text: the source line (without a guarantee of a trailing newline), or null. */
  readonly text: string | null;
  readonly filename: string;
  constructor(
    pyType: PyErrorType,
    msg: string,
    lineno: number | null,
    offset: number | null,
    end_lineno: number | null,
    end_offset: number | null,
    text: string | null = null,
    filename = "<string>"
  ) {
    super(msg);
    this.name = pyType;
    this.pyType = pyType;
    this.msg = msg;
    this.lineno = lineno;
    this.offset = offset;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
    this.text = text;
    this.filename = filename;
  }
}

export interface TokenizerWarning {
  category: "SyntaxWarning" | "DeprecationWarning";
  message: string;
  lineno: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

/**
 * One token. Positions are UTF-8 byte offsets: `start`/`end` index Tokenizer.data (-1 when the token has no text,
 * e.g. INDENT/DEDENT/ENDMARKER in parser mode), lineno is 1-based, col_offset/end_col_offset are byte columns
 * (-1 when the token has no text), exactly as CPython's `struct token`.
 */
export interface Token {
  type: number;
  start: number;
  end: number;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** Parenthesis nesting level when the token was produced. */
  level: number;
  /** For the '=', '!', ':' and '}' tokens ending an f-string `{expr=}` debug expression: the expression text. */
  metadata: string | null;
}

interface TokMode {
  kind: number;
  quote: number;
  quoteSize: number;
  raw: boolean;
  start: number; // f_string_start
  multiLineStart: number; // f_string_multi_line_start
  lineStart: number; // f_string_line_start (a line number)
  curlyDepth: number; // curly_bracket_depth
  exprStartDepth: number; // curly_bracket_expr_start_depth
  debug: boolean;
  inFormatSpec: boolean;
  // last_expr_buffer: the bytes copied from the input after the '{' that starts an expression (to the end of the
  // tokenizer buffer), plus, in readline mode, the lines read later while this mode is on top of the stack.
  // Kept as [from, to) ranges of `data`.
  exprSegs: number[] | null; // null: no last_expr_buffer
  exprSize: number; // last_expr_size
  lastExprEnd: number; // last_expr_end: -1, or the length of the buffer tail from the expression's terminator
}

function newMode(): TokMode {
  return {
    kind: TOK_REGULAR_MODE,
    quote: 0,
    quoteSize: 0,
    raw: false,
    start: 0,
    multiLineStart: 0,
    lineStart: 0,
    curlyDepth: 0,
    exprStartDepth: 0,
    debug: false,
    inFormatSpec: false,
    exprSegs: null,
    exprSize: 0,
    lastExprEnd: -1,
  };
}

export interface TokenizerOptions {
  /** tokenize-module mode (_tokenize.TokenizerIter(extra_tokens=True)): COMMENT/NL tokens, lenient numbers, no
   * identifier validation; uses readline buffer semantics. */
  extraTokens?: boolean;
  /** Emit TYPE_COMMENT / TYPE_IGNORE tokens (ast.parse(type_comments=True)). */
  typeComments?: boolean;
  /** Readline-driven buffer semantics (as _tokenize uses); defaults to extraTokens. */
  readline?: boolean;
  /** The buffer had a newline appended (the source did not end with one): enables implicit_newline. */
  implicitNewlineAdded?: boolean;
  /** Text encoding recorded for the source (tok->encoding). */
  encoding?: string | null;
  filename?: string;
  /** Called for each SyntaxWarning the tokenizer issues; return true to turn it into a SyntaxError (-Werror). */
  onWarning?: (w: TokenizerWarning) => boolean | void;
  /**
   * Whether `filename` names a readable file holding this source: pegen then takes the text of an error line
   * from the file (_PyErr_ProgramDecodedTextObject) instead of the tokenizer buffers, which changes character
   * offsets in some multi-line cases. Default: true unless the filename looks like "<string>".
   */
  sourceFileExists?: boolean;
  /** The original source bytes (for the file-line lookup above); defaults to the buffer. */
  originalSource?: Uint8Array;
  /** `python3 FILE` semantics (_PyTokenizer_FromFile): lines without a declared encoding must be valid UTF-8. */
  fileMode?: boolean;
}

/**
 * The tokenizer state machine (struct tok_state + tok_get). Feed it a prepared UTF-8 buffer; for Python sources
 * use createParserTokenizer() or tokenizeModuleTokens() which prepare the buffer like CPython does.
 *
 * Parser usage: `const t = tok.getToken(); if (t.type === ERRORTOKEN) throw tok.error!;`
 */
export class Tokenizer {
  /** The UTF-8 source buffer; Token.start/end index it. */
  readonly data: Uint8Array;
  private readonly end: number;
  private readonly firstNul: number;
  readonly extraTokens: boolean;
  readonly typeComments: boolean;
  private readonly readlineMode: boolean;
  private readonly implicitNewlineAdded: boolean;
  readonly filename: string;
  encoding: string | null;
  private readonly onWarning: ((w: TokenizerWarning) => boolean | void) | undefined;
  private readonly sourceFileExists: boolean;
  private readonly originalSource: Uint8Array;
  private readonly fileMode: boolean;

  // pointers (indices into data)
  buf = 0;
  cur = 0;
  inp = 0;
  start = -1;
  lineStart = 0;
  multiLineStart = 0;
  // state
  lineno = 0;
  firstLineno = 0;
  startingColOffset = -1;
  done = E_OK;
  atbol = 1;
  pendin = 0;
  indent = 0;
  readonly indstack: number[] = [0];
  readonly altindstack: number[] = [0];
  level = 0;
  readonly parenstack: number[] = [];
  readonly parenlinenostack: number[] = [];
  readonly parencolstack: number[] = [];
  contLine = 0;
  commentNewline = 0;
  implicitNewline = 0;
  decodingErred = 0;
  private readonly modes: TokMode[] = [newMode()];
  modeIndex = 0;
  private metadata: string | null = null;
  private decodeErrorMessage: string | null = null;

  /**
   * The error of the last ERRORTOKEN, converted as the PEG parser reports it when the ERRORTOKEN reaches
   * _PyPegen_fill_token (tokenizer_error / raise_decode_error of Parser/pegen_errors.c).
   */
  error: TokenizerError | null = null;
  /**
   * True when the tokenizer itself raised an exception (PyErr_Occurred() after _PyTokenizer_Get: syntaxerror()
   * messages and, for E_DECODE, a UnicodeDecodeError); false when the ERRORTOKEN only carries a `done` code
   * (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT) that pegen turns into an exception itself.
   * _PyPegen_tokenize_full_source_to_check_for_errors only lets the former replace a parser error.
   */
  errorIsException = false;
  /** The raw pending exception when errorIsException (UnicodeDecodeError for E_DECODE, else == error). */
  exception: TokenizerError | null = null;
  /** The SyntaxError set by the tokenizer itself (syntaxerror()), before any conversion. */
  private rawError: TokenizerError | null = null;
  /** Another exception set by the tokenizer (a failing f-string debug text: UnicodeDecodeError, SystemError). */
  private otherError: TokenizerError | null = null;
  readonly warnings: TokenizerWarning[] = [];

  constructor(data: Uint8Array, options: TokenizerOptions = {}) {
    this.data = data;
    this.end = data.length;
    this.firstNul = data.indexOf(0);
    this.extraTokens = !!options.extraTokens;
    this.typeComments = !!options.typeComments;
    this.readlineMode = options.readline ?? this.extraTokens;
    this.implicitNewlineAdded = !!options.implicitNewlineAdded;
    this.filename = options.filename ?? "<string>";
    this.encoding = options.encoding ?? null;
    this.onWarning = options.onWarning;
    this.sourceFileExists = options.sourceFileExists ?? !/^<.*>$/.test(this.filename);
    this.originalSource = options.originalSource ?? data;
    this.fileMode = !!options.fileMode;
  }

  /** Parser-facing alias of the f-string mode stack depth (tok_mode_stack_index). */
  get tokModeStackIndex(): number {
    return this.modeIndex;
  }

  /** Decode a token's text. */
  text(t: Token): string {
    return t.start < 0 || t.end < 0 ? "" : decodeUtf8(this.data, t.start, t.end);
  }

  /**
   * _PyErr_ProgramDecodedTextObject: line `lineno` as read back from the source file (universal newlines, at most
   * 999 bytes, a BOM skipped on line 1, decoded with errors="replace"), or null past the end of the file.
   */
  private fileLine(lineno: number): string | null {
    if (lineno < 1) return null;
    const src = this.originalSource;
    let pos = 0;
    for (let l = 1; l < lineno; l++) {
      let i = pos;
      while (i < src.length && src[i] !== 10 && src[i] !== 13) i++;
      if (i >= src.length) return null;
      pos = src[i] === 13 && src[i + 1] === 10 ? i + 2 : i + 1;
    }
    if (pos >= src.length) return null;
    let e = pos;
    while (e < src.length && src[e] !== 10 && src[e] !== 13) e++;
    const hasNl = e < src.length;
    let bytes: Uint8Array = hasNl ? Uint8Array.from([...src.subarray(pos, e), 10]) : src.subarray(pos, e);
    if (bytes.length > 999) bytes = bytes.subarray(0, 999);
    if (lineno === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (this.encoding !== null && this.encoding !== "utf-8" && src !== this.data) {
      return decodeBytes(bytes, this.encoding, false);
    }
    return decodeUtf8(bytes, 0, bytes.length);
  }

  /** get_error_line_from_tokenizer_buffers: line `lineno` of the buffer, without its newline. */
  private bufferLine(lineno: number): string {
    let pos = 0;
    for (let l = 1; l < lineno; l++) {
      const nl = this.data.indexOf(10, pos);
      if (nl < 0 || nl + 1 > this.inp) break;
      pos = nl + 1;
    }
    const nl = this.data.indexOf(10, pos);
    return decodeUtf8(this.data, pos, nl < 0 ? this.end : nl);
  }

  /** The text of a (1-based) source line of the buffer, including its newline, decoded with errors="replace". */
  lineText(lineno: number): string {
    let pos = 0;
    for (let l = 1; l < lineno; l++) {
      const nl = this.data.indexOf(10, pos);
      if (nl < 0) return "";
      pos = nl + 1;
    }
    if (pos >= this.end) return "";
    const nl = this.data.indexOf(10, pos);
    return decodeUtf8(this.data, pos, nl < 0 ? this.end : nl + 1);
  }

  // ---- reading -------------------------------------------------------------------------------------------------

  private nextc(): number {
    if (this.cur !== this.inp) return this.data[this.cur++]!;
    return this.nextcSlow();
  }

  private nextcSlow(): number {
    for (;;) {
      if (this.cur !== this.inp) return this.data[this.cur++]!;
      if (this.done !== E_OK) return EOF;
      const rc = this.readlineMode ? this.underflowReadline() : this.underflowString();
      if (!rc) {
        this.cur = this.inp;
        return EOF;
      }
      this.lineStart = this.cur;
      if (this.firstNul >= 0 && this.firstNul >= this.lineStart && this.firstNul < this.inp) {
        this.syntaxError("source code cannot contain null bytes");
        this.cur = this.inp;
        return EOF;
      }
    }
  }

  /** tok_underflow_string */
  private underflowString(): boolean {
    if (this.inp >= this.end) {
      this.done = E_EOF;
      return false;
    }
    const nl = this.data.indexOf(10, this.inp);
    const e = nl < 0 ? this.end : nl + 1;
    if (this.start < 0) this.buf = this.cur;
    this.lineStart = this.cur;
    this.lineno++;
    this.inp = e;
    if (this.fileMode && this.encoding === null) {
      // tok_underflow_file + ensure_utf8: without a BOM or coding cookie every line must be valid UTF-8.
      const bad = utf8FirstError(this.data, this.lineStart, e);
      if (bad) {
        const b = this.data[this.lineStart + bad.start]!;
        this.rawError = new TokenizerError(
          "SyntaxError",
          `Non-UTF-8 code starting with '\\x${b.toString(16).padStart(2, "0")}' in file ${this.filename} on line ` +
            `${this.lineno}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
          null,
          null,
          null,
          null,
          null,
          this.filename
        );
        this.decodingErred = 1;
        this.done = E_DECODE;
        return false;
      }
    }
    return true;
  }

  /** tok_underflow_readline */
  private underflowReadline(): boolean {
    if (this.start < 0 && this.modeIndex === 0) {
      this.buf = this.inp; // tok->cur = tok->inp = tok->buf: the next line is read into a fresh buffer
    }
    if (this.inp >= this.end) {
      this.done = E_EOF;
      return false;
    }
    const nl = this.data.indexOf(10, this.inp);
    const e = nl < 0 ? this.end : nl + 1;
    this.implicitNewline = e === this.end && this.implicitNewlineAdded ? 1 : 0;
    this.inp = e;
    this.lineStart = this.cur;
    if (this.modeIndex > 0) this.updateFstringExpr(this.modes[this.modeIndex]!, 0);
    this.lineno++;
    return true;
  }

  private backup(c: number): void {
    if (c !== EOF) {
      if (--this.cur < 0) throw new Error("tokenizer beginning of buffer");
    }
  }

  // ---- errors --------------------------------------------------------------------------------------------------

  /** _syntaxerror_range: col/endCol are -1 to compute them from line_start..cur. */
  private syntaxErrorRange(msg: string, col: number, endCol: number): number {
    if (this.done === E_ERROR) return ERRORTOKEN;
    if (col === -1) col = charCount(this.data, this.lineStart, Math.max(this.cur, this.lineStart));
    if (endCol === -1) endCol = col;
    // strcspn(line_start, "\n") on a C string: stops at a newline or a NUL byte
    let nl = this.lineStart;
    while (nl < this.end && this.data[nl] !== 10 && this.data[nl] !== 0) nl++;
    const text = decodeUtf8(this.data, this.lineStart, nl);
    this.rawError = new TokenizerError("SyntaxError", msg, this.lineno, col, this.lineno, endCol, text, this.filename);
    this.done = E_ERROR;
    return ERRORTOKEN;
  }

  private syntaxError(msg: string): number {
    return this.syntaxErrorRange(msg, -1, -1);
  }

  private indentError(): number {
    this.done = E_TABSPACE;
    this.cur = this.inp;
    return ERRORTOKEN;
  }

  /** parser_warn / warn_invalid_escape_sequence: returns true when the warning became an error. */
  private warn(msg: string): boolean {
    const w: TokenizerWarning = { category: "SyntaxWarning", message: msg, lineno: this.lineno };
    this.warnings.push(w);
    if (this.onWarning && this.onWarning(w) === true) {
      this.syntaxError(msg);
      return true;
    }
    return false;
  }

  // ---- tokens --------------------------------------------------------------------------------------------------

  private mk(type: number, pStart: number, pEnd: number): Token {
    let col = -1;
    let endCol = -1;
    if (pStart !== -1 && pEnd !== -1) {
      col = this.startingColOffset;
      endCol = this.cur - this.lineStart;
    }
    return {
      type,
      start: pStart,
      end: pEnd,
      lineno: type === STRING || type === FSTRING_MIDDLE ? this.firstLineno : this.lineno,
      col_offset: col,
      end_lineno: this.lineno,
      end_col_offset: endCol,
      level: this.level,
      metadata: this.metadata,
    };
  }

  private err(): Token {
    return this.mk(ERRORTOKEN, -1, -1);
  }

  /**
   * _PyTokenizer_Get: the next token. On ERRORTOKEN, `error` holds the exception the PEG parser raises
   * (and `errorIsException` tells whether the tokenizer raised it itself).
   */
  getToken(): Token {
    this.metadata = null;
    const mode = this.modes[this.modeIndex]!;
    const t = mode.kind === TOK_REGULAR_MODE ? this.getNormal(mode) : this.getFString(mode);
    if (this.decodingErred) {
      t.type = ERRORTOKEN;
      this.done = E_DECODE;
    }
    if (t.type === ERRORTOKEN) this.setParserError();
    return t;
  }

  /** tok_continuation_line */
  private continuationLine(): number {
    let c = this.nextc();
    if (c === 13) c = this.nextc();
    if (c !== 10) {
      this.done = E_LINECONT;
      return -1;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = E_EOF;
      this.cur = this.inp;
      return -1;
    }
    this.backup(c);
    return c;
  }

  /** lookahead */
  private lookahead(test: string): boolean {
    let s = 0;
    for (;;) {
      const c = this.nextc();
      let res = false;
      if (s === test.length) {
        res = !isIdChar(c);
      } else if (c === test.charCodeAt(s)) {
        s++;
        continue;
      }
      this.backup(c);
      while (s !== 0) this.backup(test.charCodeAt(--s));
      return res;
    }
  }

  /** verify_end_of_number */
  private verifyEndOfNumber(c: number, kind: string): boolean {
    if (this.extraTokens) return true;
    let r = false;
    if (c === 0x61) r = this.lookahead("nd");
    else if (c === 0x65) r = this.lookahead("lse");
    else if (c === 0x66) r = this.lookahead("or");
    else if (c === 0x69) {
      const c2 = this.nextc();
      if (c2 === 0x66 || c2 === 0x6e || c2 === 0x73) r = true;
      this.backup(c2);
    } else if (c === 0x6f) r = this.lookahead("r");
    else if (c === 0x6e) r = this.lookahead("ot");
    if (r) {
      this.backup(c);
      if (this.warn(`invalid ${kind} literal`)) return false;
      this.nextc();
    } else if (c >= 0 && c < 128 && isIdChar(c)) {
      this.backup(c);
      this.syntaxError(`invalid ${kind} literal`);
      return false;
    }
    return true;
  }

  /** verify_identifier (PEP 3131) */
  private verifyIdentifier(): boolean {
    if (this.extraTokens) return true;
    const start = this.start;
    const e = utf8FirstError(this.data, start, this.cur);
    if (e) {
      this.decodeErrorMessage = unicodeDecodeErrorMessage("utf-8", this.data, start, e);
      this.done = E_DECODE;
      return false;
    }
    const s = decodeUtf8(this.data, start, this.cur);
    const cps = Array.from(s);
    let invalid = 0;
    const first = cps[0]!;
    if (first === "_" || XID_START_RE.test(first)) {
      invalid = 1;
      while (invalid < cps.length && XID_CONTINUE_RE.test(cps[invalid]!)) invalid++;
    }
    if (invalid < cps.length) {
      const ch = cps[invalid]!;
      const cp = ch.codePointAt(0)!;
      if (invalid + 1 < cps.length) {
        this.cur = start + utf8Encoder.encode(cps.slice(0, invalid + 1).join("")).length;
      }
      if (isPrintable(cp)) this.syntaxError(`invalid character '${ch}' (U+${hex4(cp)})`);
      else this.syntaxError(`invalid non-printable character U+${hex4(cp)}`);
      return false;
    }
    return true;
  }

  /** tok_decimal_tail: returns the next char, or 0 after an error. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isdigit(c));
      if (c !== 0x5f) break;
      c = this.nextc();
      if (!isdigit(c)) {
        this.backup(c);
        this.syntaxError("invalid decimal literal");
        return 0;
      }
    }
    return c;
  }

  // ---- f-string expression buffers ----------------------------------------------------------------------------

  /**
   * update_fstring_expr for '{', '}', '!', ':' and 0 (a new line read while an f-string is on top of the mode
   * stack; readline mode only). strlen() on the C buffer runs to its end: the end of the whole input in string
   * mode, the end of the lines read so far (inp) in readline mode.
   */
  private updateFstringExpr(mode: TokMode, c: number): void {
    const bufEnd = this.readlineMode ? this.inp : this.end;
    if (c === 0) {
      if (mode.exprSegs === null || mode.lastExprEnd >= 0) return;
      mode.exprSegs.push(this.cur, bufEnd);
      mode.exprSize += bufEnd - this.cur;
    } else if (c === 0x7b) {
      mode.exprSegs = [this.cur, bufEnd];
      mode.exprSize = bufEnd - this.cur;
      mode.lastExprEnd = -1;
    } else if (mode.lastExprEnd === -1) {
      // (3.12.7 keeps the first terminator: a later ':' or '}' of the same expression does not move the end)
      mode.lastExprEnd = bufEnd - this.start;
    }
  }

  /** set_fstring_expr: record the debug text of `{expr=}` on the current token; false (with an exception) on error. */
  private setFstringExpr(mode: TokMode): boolean {
    if (!mode.debug || this.metadata !== null) return true;
    const n = mode.exprSize - mode.lastExprEnd;
    if (n < 0) {
      // Possible in readline mode, where the buffer misses the lines read while a nested f-string was on top.
      this.otherError = new TokenizerError(
        "SystemError",
        "Negative size passed to PyUnicode_New",
        null,
        null,
        null,
        null
      );
      return false;
    }
    const data = this.data;
    const segs = mode.exprSegs ?? [];
    const raw = new Uint8Array(n);
    let k = 0;
    for (let i = 0; i < segs.length && k < n; i += 2) {
      const take = Math.min(segs[i + 1]! - segs[i]!, n - k);
      raw.set(data.subarray(segs[i]!, segs[i]! + take), k);
      k += take;
    }
    let bytes: Uint8Array = raw;
    if (raw.indexOf(0x23) >= 0) {
      // Strip comments: skip from '#' to (but not including) the newline.
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        if (raw[i] === 0x23) {
          while (i < n && raw[i] !== 0) {
            if (raw[i] === 10) {
              out.push(10);
              break;
            }
            i++;
          }
        } else {
          out.push(raw[i]!);
        }
      }
      bytes = Uint8Array.from(out);
    }
    const e = utf8FirstError(bytes, 0, bytes.length);
    if (e) {
      this.otherError = new TokenizerError(
        "UnicodeDecodeError",
        unicodeDecodeErrorMessage("utf-8", bytes, 0, e),
        null,
        null,
        null,
        null
      );
      return false;
    }
    this.metadata = decodeUtf8(bytes, 0, bytes.length);
    return true;
  }

  // ---- regular mode --------------------------------------------------------------------------------------------

  /** tok_get_normal_mode */
  private getNormal(mode: TokMode): Token {
    const data = this.data;
    let c = 0;
    let blankline = 0;
    nextline: for (;;) {
      this.start = -1;
      this.startingColOffset = -1;
      blankline = 0;

      /* Get indentation level */
      if (this.atbol) {
        let col = 0;
        let altcol = 0;
        this.atbol = 0;
        let contLineCol = 0;
        for (;;) {
          c = this.nextc();
          if (c === 0x20) {
            col++;
            altcol++;
          } else if (c === 9) {
            col = (((col / TABSIZE) | 0) + 1) * TABSIZE;
            altcol = (((altcol / ALTTABSIZE) | 0) + 1) * ALTTABSIZE;
          } else if (c === 12) {
            col = altcol = 0; /* Control-L (formfeed): for Emacs users */
          } else if (c === 0x5c) {
            // Indentation cannot be split over multiple physical lines using backslashes: the first
            // backslash found determines the level of indentation of whatever comes next.
            contLineCol = contLineCol ? contLineCol : col;
            if ((c = this.continuationLine()) === -1) return this.err();
          } else {
            break;
          }
        }
        this.backup(c);
        if (c === 0x23 || c === 10 || c === 13) {
          /* Lines with only whitespace and/or comments shouldn't affect the indentation */
          blankline = 1;
        }
        if (!blankline && this.level === 0) {
          col = contLineCol ? contLineCol : col;
          altcol = contLineCol ? contLineCol : altcol;
          const ind = this.indent;
          if (col === this.indstack[ind]) {
            /* No change */
            if (altcol !== this.altindstack[ind]) {
              this.indentError();
              return this.err();
            }
          } else if (col > this.indstack[ind]!) {
            /* Indent -- always one */
            if (ind + 1 >= MAXINDENT) {
              this.done = E_TOODEEP;
              this.cur = this.inp;
              return this.err();
            }
            if (altcol <= this.altindstack[ind]!) {
              this.indentError();
              return this.err();
            }
            this.pendin++;
            this.indent = ind + 1;
            this.indstack[ind + 1] = col;
            this.altindstack[ind + 1] = altcol;
          } /* col < tok->indstack[tok->indent] */ else {
            /* Dedent -- any number, must be consistent */
            while (this.indent > 0 && col < this.indstack[this.indent]!) {
              this.pendin--;
              this.indent--;
            }
            if (col !== this.indstack[this.indent]) {
              this.done = E_DEDENT;
              this.cur = this.inp;
              return this.err();
            }
            if (altcol !== this.altindstack[this.indent]) {
              this.indentError();
              return this.err();
            }
          }
        }
      }

      this.start = this.cur;
      this.startingColOffset = this.cur - this.lineStart;

      /* Return pending indents/dedents */
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.extraTokens ? this.mk(DEDENT, this.cur, this.cur) : this.mk(DEDENT, -1, -1);
        } else {
          this.pendin--;
          return this.extraTokens ? this.mk(INDENT, this.buf, this.cur) : this.mk(INDENT, -1, -1);
        }
      }

      /* Peek ahead at the next character */
      c = this.nextc();
      this.backup(c);

      again: for (;;) {
        this.start = -1;
        /* Skip spaces */
        do {
          c = this.nextc();
        } while (c === 0x20 || c === 9 || c === 12);

        /* Set start of current token */
        this.start = this.cur - 1;
        this.startingColOffset = this.cur - this.lineStart - 1;

        /* Skip comment, unless it's a type comment */
        if (c === 0x23) {
          // Fast path: the comment ends at the next '\n' or '\r' of the current line.
          let i = this.cur;
          const inp = this.inp;
          while (i < inp) {
            const b = data[i]!;
            if (b === 10 || b === 13) break;
            i++;
          }
          this.cur = i;
          c = this.nextc();
          while (c !== EOF && c !== 10 && c !== 13) c = this.nextc();

          if (this.typeComments) {
            const tc = this.typeComment(c, blankline);
            if (tc) return tc;
          }
          if (this.extraTokens) {
            const p = this.start;
            this.backup(c); /* don't eat the newline or EOF */
            this.commentNewline = blankline;
            return this.mk(COMMENT, p, this.cur);
          }
        }

        if (this.done === E_INTERACT_STOP) return this.mk(ENDMARKER, -1, -1);

        /* Check for EOF and errors now */
        if (c === EOF) {
          if (this.level) return this.err();
          return this.done === E_EOF ? this.mk(ENDMARKER, -1, -1) : this.err();
        }

        /* Identifier (most frequent token!) */
        if (isIdStart(c)) {
          /* Process the various legal combinations of b"", r"", u"", and f"". */
          let sawB = false;
          let sawR = false;
          let sawU = false;
          let sawF = false;
          for (;;) {
            if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
            /* Since this is a backwards compatibility support literal we don't
               want to support it in arbitrary order like byte literals. */ else if (
              !(sawB || sawU || sawR || sawF) &&
              (c === 0x75 || c === 0x55)
            )
              sawU = true;
            /* ur"" and ru"" are not supported */ else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
            else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
            else break;
            c = this.nextc();
            if (c === 0x22 || c === 0x27) {
              return sawF ? this.fstringStart(c) : this.stringLiteral(c);
            }
          }
          let nonascii = false;
          // Fast path over ASCII identifier characters of the current line.
          if (c >= 0 && c < 128 && isIdChar(c)) {
            let i = this.cur;
            const inp = this.inp;
            while (i < inp) {
              const b = data[i]!;
              if (b >= 128 || !isIdChar(b)) break;
              i++;
            }
            this.cur = i;
            c = this.nextc();
          }
          while (isIdChar(c)) {
            if (c >= 128) nonascii = true;
            c = this.nextc();
          }
          this.backup(c);
          if (nonascii && !this.verifyIdentifier()) return this.err();
          const ps = this.start;
          const pe = this.cur;
          /* async/await: always recognized since Python 3.7 */
          if (pe - ps === 5 && data[ps] === 0x61) {
            if (data[ps + 1] === 0x73 && data[ps + 2] === 0x79 && data[ps + 3] === 0x6e && data[ps + 4] === 0x63) {
              return this.mk(ASYNC, ps, pe);
            }
            if (data[ps + 1] === 0x77 && data[ps + 2] === 0x61 && data[ps + 3] === 0x69 && data[ps + 4] === 0x74) {
              return this.mk(AWAIT, ps, pe);
            }
          }
          return this.mk(NAME, ps, pe);
        }

        if (c === 13) c = this.nextc();

        /* Newline */
        if (c === 10) {
          this.atbol = 1;
          if (blankline || this.level > 0) {
            if (this.extraTokens) {
              if (this.commentNewline) this.commentNewline = 0;
              return this.mk(NL, this.start, this.cur);
            }
            continue nextline;
          }
          if (this.commentNewline && this.extraTokens) {
            this.commentNewline = 0;
            return this.mk(NL, this.start, this.cur);
          }
          this.contLine = 0;
          return this.mk(NEWLINE, this.start, this.cur - 1); /* Leave '\n' out of the string */
        }

        /* Period or number starting with period? */
        if (c === 0x2e) {
          c = this.nextc();
          if (isdigit(c)) {
            return this.number(c, true);
          } else if (c === 0x2e) {
            c = this.nextc();
            if (c === 0x2e) return this.mk(OP_ELLIPSIS, this.start, this.cur);
            this.backup(c);
            this.backup(0x2e);
          } else {
            this.backup(c);
          }
          return this.mk(OP_DOT, this.start, this.cur);
        }

        /* Number */
        if (isdigit(c)) return this.number(c, false);

        /* f_string_quote (reached by falling through) */
        if (c === 0x22 || c === 0x27) {
          const s0 = this.start >= 0 ? data[this.start]! | 0x20 : 0;
          if (s0 === 0x66 || s0 === 0x72) return this.fstringStart(c);
          /* String */
          return this.stringLiteral(c);
        }

        /* Line continuation */
        if (c === 0x5c) {
          if ((c = this.continuationLine()) === -1) return this.err();
          this.contLine = 1;
          continue again; /* Read next line */
        }
        break;
      }

      /* Punctuation character */
      const isPunctuation = c === 0x3a || c === 0x7d || c === 0x21 || c === 0x7b;
      if (isPunctuation && this.modeIndex > 0 && mode.exprStartDepth >= 0) {
        /* This code block gets executed before the curly_bracket_depth is incremented
         * by the `{` case, so for ensuring that we are on the 0th level, we need
         * to adjust it manually */
        const cursor = mode.curlyDepth - (c !== 0x7b ? 1 : 0);
        const cursorInFormatWithDebug = cursor === 1 && (mode.debug || mode.inFormatSpec);
        const cursorValid = cursor === 0 || cursorInFormatWithDebug;
        if (cursorValid) this.updateFstringExpr(mode, c);
        if (cursorValid && c !== 0x7b && !this.setFstringExpr(mode)) return this.err();
        if (c === 0x3a && cursor === mode.exprStartDepth) {
          mode.kind = TOK_FSTRING_MODE;
          mode.inFormatSpec = true;
          return this.mk(oneChar(c), this.start, this.cur);
        }
      }

      /* Check for two-character token */
      {
        const c2 = this.nextc();
        let currentToken = twoChars(c, c2);
        if (currentToken !== OP) {
          const c3 = this.nextc();
          const currentToken3 = threeChars(c, c2, c3);
          if (currentToken3 !== OP) currentToken = currentToken3;
          else this.backup(c3);
          return this.mk(currentToken, this.start, this.cur);
        }
        this.backup(c2);
      }

      /* Keep track of parentheses nesting level */
      switch (c) {
        case 0x28: // (
        case 0x5b: // [
        case 0x7b: // {
          if (this.level >= MAXLEVEL) {
            this.syntaxError("too many nested parentheses");
            return this.err();
          }
          this.parenstack[this.level] = c;
          this.parenlinenostack[this.level] = this.lineno;
          this.parencolstack[this.level] = this.start - this.lineStart;
          this.level++;
          if (this.modeIndex > 0) mode.curlyDepth++;
          break;
        case 0x29: // )
        case 0x5d: // ]
        case 0x7d: {
          // }
          if (this.modeIndex > 0 && !mode.curlyDepth && c === 0x7d) {
            this.syntaxError("f-string: single '}' is not allowed");
            return this.err();
          }
          if (!this.extraTokens && !this.level) {
            this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
            return this.err();
          }
          if (this.level > 0) {
            this.level--;
            const opening = this.parenstack[this.level]!;
            if (
              !this.extraTokens &&
              !(
                (opening === 0x28 && c === 0x29) ||
                (opening === 0x5b && c === 0x5d) ||
                (opening === 0x7b && c === 0x7d)
              )
            ) {
              /* If the opening bracket belongs to an f-string's expression
                 part (e.g. f"{)}") and the closing bracket is an arbitrary
                 nested expression, then instead of matching a different
                 syntactical construct with it; we'll throw an unmatched
                 parentheses error. */
              if (this.modeIndex > 0 && opening === 0x7b) {
                const previousBracket = mode.curlyDepth - 1;
                if (previousBracket === mode.exprStartDepth) {
                  this.syntaxError(`f-string: unmatched '${String.fromCharCode(c)}'`);
                  return this.err();
                }
              }
              if (this.parenlinenostack[this.level] !== this.lineno) {
                this.syntaxError(
                  `closing parenthesis '${String.fromCharCode(
                    c
                  )}' does not match opening parenthesis '${String.fromCharCode(opening)}' on line ${
                    this.parenlinenostack[this.level]
                  }`
                );
              } else {
                this.syntaxError(
                  `closing parenthesis '${String.fromCharCode(
                    c
                  )}' does not match opening parenthesis '${String.fromCharCode(opening)}'`
                );
              }
              return this.err();
            }
          }
          if (this.modeIndex > 0) {
            mode.curlyDepth--;
            if (mode.curlyDepth < 0) {
              this.syntaxError(`f-string: unmatched '${String.fromCharCode(c)}'`);
              return this.err();
            }
            if (c === 0x7d && mode.curlyDepth === mode.exprStartDepth) {
              mode.exprStartDepth--;
              mode.kind = TOK_FSTRING_MODE;
              mode.inFormatSpec = false;
              mode.debug = false;
            }
          }
          break;
        }
        default:
          break;
      }

      if (!isPrintable(c)) {
        this.syntaxError(`invalid non-printable character U+${hex4(c)}`);
        return this.err();
      }

      if (c === 0x3d && mode.exprStartDepth >= 0) mode.debug = true;

      /* Punctuation character */
      return this.mk(oneChar(c), this.start, this.cur);
    }
  }

  /** The type-comment part of the comment branch; returns null when the comment is not a type comment. */
  private typeComment(c: number, blankline: number): Token | null {
    const data = this.data;
    const prefix = "# type: ";
    let p = this.start;
    let currentStartingColOffset = this.startingColOffset;
    let k = 0;
    while (k < prefix.length && p < this.cur) {
      const pc = prefix.charCodeAt(k);
      if (pc === 0x20) {
        while (data[p] === 0x20 || data[p] === 9) {
          p++;
          currentStartingColOffset++;
        }
      } else if (pc === data[p]) {
        p++;
        currentStartingColOffset++;
      } else {
        break;
      }
      k++;
    }
    /* This is a type comment if we matched all of type_comment_prefix. */
    if (k < prefix.length) return null;
    const ignoreEnd = p + 6;
    const ignoreEndColOffset = currentStartingColOffset + 6;
    this.backup(c); /* don't eat the newline or EOF */
    const typeStart = p;
    /* A TYPE_IGNORE is "type: ignore" followed by the end of the token
     * or anything ASCII and non-alphanumeric. */
    const isTypeIgnore =
      this.cur >= ignoreEnd &&
      data[p] === 0x69 &&
      data[p + 1] === 0x67 &&
      data[p + 2] === 0x6e &&
      data[p + 3] === 0x6f &&
      data[p + 4] === 0x72 &&
      data[p + 5] === 0x65 &&
      !(this.cur > ignoreEnd && (data[ignoreEnd]! >= 128 || isalnum(data[ignoreEnd]!)));
    const mkTC = (type: number, ps: number, pe: number, col: number): Token => ({
      type,
      start: ps,
      end: pe,
      lineno: this.lineno,
      col_offset: col,
      end_lineno: this.lineno,
      end_col_offset: this.cur - this.lineStart,
      level: this.level,
      metadata: null,
    });
    if (isTypeIgnore) {
      const pe = this.cur;
      /* If this type ignore is the only thing on the line, consume the newline also. */
      if (blankline) {
        this.nextc();
        this.atbol = 1;
      }
      return mkTC(TYPE_IGNORE, ignoreEnd, pe, ignoreEndColOffset);
    }
    return mkTC(TYPE_COMMENT, typeStart, this.cur, currentStartingColOffset);
  }

  /** The number part of tok_get_normal_mode; `c` is the first digit (or the digit after '.' when fromDot). */
  private number(c: number, fromDot: boolean): Token {
    const PH_FRACTION = 1;
    const PH_AFTER_FRACTION = 2;
    const PH_EXPONENT = 3;
    const PH_IMAGINARY = 4;
    const PH_END = 5;
    let phase = fromDot ? PH_FRACTION : 0;
    if (phase === 0) {
      if (c === 0x30) {
        /* Hex, octal or binary -- maybe. */
        c = this.nextc();
        if (c === 0x78 || c === 0x58) {
          /* Hex */
          c = this.nextc();
          do {
            if (c === 0x5f) c = this.nextc();
            if (!isxdigit(c)) {
              this.backup(c);
              this.syntaxError("invalid hexadecimal literal");
              return this.err();
            }
            do {
              c = this.nextc();
            } while (isxdigit(c));
          } while (c === 0x5f);
          if (!this.verifyEndOfNumber(c, "hexadecimal")) return this.err();
          phase = PH_END;
        } else if (c === 0x6f || c === 0x4f) {
          /* Octal */
          c = this.nextc();
          do {
            if (c === 0x5f) c = this.nextc();
            if (c < 0x30 || c >= 0x38) {
              if (isdigit(c)) {
                this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
              } else {
                this.backup(c);
                this.syntaxError("invalid octal literal");
              }
              return this.err();
            }
            do {
              c = this.nextc();
            } while (c >= 0x30 && c < 0x38);
          } while (c === 0x5f);
          if (isdigit(c)) {
            this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            return this.err();
          }
          if (!this.verifyEndOfNumber(c, "octal")) return this.err();
          phase = PH_END;
        } else if (c === 0x62 || c === 0x42) {
          /* Binary */
          c = this.nextc();
          do {
            if (c === 0x5f) c = this.nextc();
            if (c !== 0x30 && c !== 0x31) {
              if (isdigit(c)) {
                this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
              } else {
                this.backup(c);
                this.syntaxError("invalid binary literal");
              }
              return this.err();
            }
            do {
              c = this.nextc();
            } while (c === 0x30 || c === 0x31);
          } while (c === 0x5f);
          if (isdigit(c)) {
            this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            return this.err();
          }
          if (!this.verifyEndOfNumber(c, "binary")) return this.err();
          phase = PH_END;
        } else {
          let nonzero = false;
          /* maybe old-style octal; c is first char of it */
          /* in any case, allow '0' as a literal */
          for (;;) {
            if (c === 0x5f) {
              c = this.nextc();
              if (!isdigit(c)) {
                this.backup(c);
                this.syntaxError("invalid decimal literal");
                return this.err();
              }
            }
            if (c !== 0x30) break;
            c = this.nextc();
          }
          const zerosEnd = this.cur;
          if (isdigit(c)) {
            nonzero = true;
            c = this.decimalTail();
            if (c === 0) return this.err();
          }
          if (c === 0x2e) {
            c = this.nextc();
            phase = PH_FRACTION;
          } else if (c === 0x65 || c === 0x45) {
            phase = PH_EXPONENT;
          } else if (c === 0x6a || c === 0x4a) {
            phase = PH_IMAGINARY;
          } else if (nonzero && !this.extraTokens) {
            /* Old-style octal: now disallowed. */
            this.backup(c);
            this.syntaxErrorRange(
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
              this.start + 1 - this.lineStart,
              zerosEnd - this.lineStart
            );
            return this.err();
          } else {
            if (!this.verifyEndOfNumber(c, "decimal")) return this.err();
            phase = PH_END;
          }
        }
      } else {
        /* Decimal */
        c = this.decimalTail();
        if (c === 0) return this.err();
        if (c === 0x2e) {
          c = this.nextc();
          phase = PH_FRACTION;
        } else {
          phase = PH_AFTER_FRACTION;
        }
      }
    }
    if (phase === PH_FRACTION) {
      /* Fraction */
      if (isdigit(c)) {
        c = this.decimalTail();
        if (c === 0) return this.err();
      }
      phase = PH_AFTER_FRACTION;
    }
    if (phase === PH_AFTER_FRACTION) {
      if (c === 0x65 || c === 0x45) phase = PH_EXPONENT;
      else if (c === 0x6a || c === 0x4a) phase = PH_IMAGINARY;
      else {
        if (!this.verifyEndOfNumber(c, "decimal")) return this.err();
        phase = PH_END;
      }
    }
    if (phase === PH_EXPONENT) {
      const e = c;
      /* Exponent part */
      c = this.nextc();
      if (c === 0x2b || c === 0x2d) {
        c = this.nextc();
        if (!isdigit(c)) {
          this.backup(c);
          this.syntaxError("invalid decimal literal");
          return this.err();
        }
      } else if (!isdigit(c)) {
        this.backup(c);
        if (!this.verifyEndOfNumber(e, "decimal")) return this.err();
        this.backup(e);
        return this.mk(NUMBER, this.start, this.cur);
      }
      c = this.decimalTail();
      if (c === 0) return this.err();
      if (c === 0x6a || c === 0x4a) phase = PH_IMAGINARY;
      else {
        if (!this.verifyEndOfNumber(c, "decimal")) return this.err();
        phase = PH_END;
      }
    }
    if (phase === PH_IMAGINARY) {
      /* Imaginary part */
      c = this.nextc();
      if (!this.verifyEndOfNumber(c, "imaginary")) return this.err();
    }
    this.backup(c);
    return this.mk(NUMBER, this.start, this.cur);
  }

  /** f_string_quote: an f-string (or rf-string) prefix followed by a quote. */
  private fstringStart(c: number): Token {
    const data = this.data;
    const quote = c;
    let quoteSize = 1; /* 1 or 3 */
    /* Nodes of type STRING, especially multi line strings must be handled differently in order to get both
       the starting line number and the column offset right. (cf. issue 16806) */
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    /* Find the quote size and start of string */
    const afterQuote = this.nextc();
    if (afterQuote === quote) {
      const afterAfterQuote = this.nextc();
      if (afterAfterQuote === quote) {
        quoteSize = 3;
      } else {
        this.backup(afterAfterQuote);
        this.backup(afterQuote);
      }
    }
    if (afterQuote !== quote) this.backup(afterQuote);
    const ps = this.start;
    const pe = this.cur;
    if (this.modeIndex + 1 >= MAXFSTRINGLEVEL) {
      this.syntaxError("too many nested f-strings");
      return this.err();
    }
    this.modeIndex++;
    let m = this.modes[this.modeIndex];
    if (!m) {
      m = newMode();
      this.modes[this.modeIndex] = m;
    }
    m.kind = TOK_FSTRING_MODE;
    m.quote = quote;
    m.quoteSize = quoteSize;
    m.start = this.start;
    m.multiLineStart = this.lineStart;
    m.lineStart = this.lineno;
    m.exprSegs = null;
    m.exprSize = 0;
    m.lastExprEnd = -1;
    m.debug = false;
    // (in_format_spec is not reset here in CPython either: a reused stack slot keeps its old value)
    const s0 = data[this.start]! | 0x20;
    m.raw = s0 === 0x66 ? (data[this.start + 1]! | 0x20) === 0x72 : true;
    m.curlyDepth = 0;
    m.exprStartDepth = -1;
    return this.mk(FSTRING_START, ps, pe);
  }

  /** letter_quote: a (possibly prefixed) string literal; `c` is the opening quote. */
  private stringLiteral(c: number): Token {
    const data = this.data;
    const quote = c;
    let quoteSize = 1; /* 1 or 3 */
    let endQuoteSize = 0;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    /* Find the quote size and start of string */
    c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; /* empty string found */
    }
    if (c !== quote) this.backup(c);

    /* Get rest of string */
    while (endQuoteSize !== quoteSize) {
      // Fast path: skip bytes that cannot end or escape the string, within the current line.
      if (endQuoteSize === 0) {
        let i = this.cur;
        const inp = this.inp;
        while (i < inp) {
          const b = data[i]!;
          if (b === quote || b === 0x5c || b === 10) break;
          i++;
        }
        this.cur = i;
      }
      c = this.nextc();
      if (this.done === E_ERROR) return this.err();
      if (this.done === E_DECODE) break;
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        // shift the tok_state's location into the start of string, and report the error from the initial quote
        this.cur = this.start + 1;
        this.lineStart = this.multiLineStart;
        const startLine = this.lineno;
        this.lineno = this.firstLineno;
        if (this.modeIndex > 0) {
          /* When we are in an f-string, before raising the unterminated string literal error, check whether
           * does the initial quote matches with f-strings quotes and if it is, then this must be a missing '}'
           * token so raise the proper error */
          const m = this.modes[this.modeIndex]!;
          if (m.quote === quote && m.quoteSize === quoteSize) {
            this.syntaxError("f-string: expecting '}'");
            return this.err();
          }
        }
        if (quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted string literal (detected at line ${startLine})`);
          if (c !== 10) this.done = E_EOFS;
          return this.err();
        } else {
          this.syntaxError(`unterminated string literal (detected at line ${startLine})`);
          if (c !== 10) this.done = E_EOLS;
          return this.err();
        }
      }
      if (c === quote) {
        endQuoteSize += 1;
      } else {
        endQuoteSize = 0;
        if (c === 0x5c) {
          c = this.nextc(); /* skip escaped char */
          if (c === 13) c = this.nextc();
        }
      }
    }
    return this.mk(STRING, this.start, this.cur);
  }

  // ---- f-string mode -------------------------------------------------------------------------------------------

  /** tok_get_fstring_mode */
  private getFString(current: TokMode): Token {
    let endQuoteSize = 0;
    let unicodeEscape = false;

    this.start = this.cur;
    this.firstLineno = this.lineno;
    this.startingColOffset = this.cur - this.lineStart;

    // If we start with a bracket, we defer to the normal mode as there is nothing for us to tokenize before it.
    const startChar = this.nextc();
    if (startChar === 0x7b) {
      const peek1 = this.nextc();
      this.backup(peek1);
      this.backup(startChar);
      if (peek1 !== 0x7b) {
        current.exprStartDepth++;
        if (current.exprStartDepth >= MAX_EXPR_NESTING) {
          this.syntaxError("f-string: expressions nested too deeply");
          return this.err();
        }
        this.modes[this.modeIndex]!.kind = TOK_REGULAR_MODE;
        return this.getNormal(current);
      }
    } else {
      this.backup(startChar);
    }

    // Check if we are at the end of the string
    let atEnd = true;
    for (let i = 0; i < current.quoteSize; i++) {
      const q = this.nextc();
      if (q !== current.quote) {
        this.backup(q);
        atEnd = false;
        break;
      }
    }
    if (atEnd) {
      current.exprSegs = null;
      current.exprSize = 0;
      current.lastExprEnd = -1;
      const ps = this.start;
      const pe = this.cur;
      this.modeIndex--;
      return this.mk(FSTRING_END, ps, pe);
    }

    // f_string_middle:
    this.multiLineStart = this.lineStart;
    while (endQuoteSize !== current.quoteSize) {
      const c = this.nextc();
      if (this.done === E_ERROR || this.done === E_DECODE) return this.err();
      const inFormatSpec = current.inFormatSpec && current.exprStartDepth >= 0;

      if (c === EOF || (current.quoteSize === 1 && c === 10)) {
        if (this.decodingErred) return this.err();

        // If we are in a format spec and we found a newline, it means that the format spec ends here and we
        // should return to the regular mode.
        if (inFormatSpec && c === 10) {
          this.backup(c);
          this.modes[this.modeIndex]!.kind = TOK_REGULAR_MODE;
          current.inFormatSpec = false;
          return this.mk(FSTRING_MIDDLE, this.start, this.cur);
        }

        // shift the tok_state's location into the start of string, and report the error from the initial quote
        this.cur = current.start + 1;
        this.lineStart = current.multiLineStart;
        const startLine = this.lineno;
        this.lineno = this.modes[this.modeIndex]!.lineStart;
        if (current.quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted f-string literal (detected at line ${startLine})`);
          if (c !== 10) this.done = E_EOFS;
          return this.err();
        } else {
          this.syntaxError(`unterminated f-string literal (detected at line ${startLine})`);
          return this.err();
        }
      }

      if (c === current.quote) {
        endQuoteSize += 1;
        continue;
      } else {
        endQuoteSize = 0;
      }

      if (c === 0x7b) {
        this.updateFstringExpr(current, c);
        const peek = this.nextc();
        if (peek !== 0x7b || inFormatSpec) {
          this.backup(peek);
          this.backup(c);
          current.exprStartDepth++;
          if (current.exprStartDepth >= MAX_EXPR_NESTING) {
            this.syntaxError("f-string: expressions nested too deeply");
            return this.err();
          }
          this.modes[this.modeIndex]!.kind = TOK_REGULAR_MODE;
          current.inFormatSpec = false;
          return this.mk(FSTRING_MIDDLE, this.start, this.cur);
        }
        return this.mk(FSTRING_MIDDLE, this.start, this.cur - 1);
      } else if (c === 0x7d) {
        if (unicodeEscape) return this.mk(FSTRING_MIDDLE, this.start, this.cur);
        const peek = this.nextc();
        // The tokenizer can only be in the format spec if we have already completed the expression scanning
        // (indicated by the end of the expression being set) and we are not at the top level of the bracket
        // stack (-1 is the top level). Since format specifiers can't legally use double brackets, we can bypass
        // it here.
        if (peek === 0x7d && !inFormatSpec && current.curlyDepth === 0) {
          return this.mk(FSTRING_MIDDLE, this.start, this.cur - 1);
        }
        this.backup(peek);
        this.backup(c);
        this.modes[this.modeIndex]!.kind = TOK_REGULAR_MODE;
        return this.mk(FSTRING_MIDDLE, this.start, this.cur);
      } else if (c === 0x5c) {
        let peek = this.nextc();
        if (peek === 13) peek = this.nextc();
        // Special case when the backslash is right before a curly brace. We have to restore and return the
        // control back to the loop for the next iteration.
        if (peek === 0x7b || peek === 0x7d) {
          if (!current.raw) {
            if (this.warn(`invalid escape sequence '\\${String.fromCharCode(peek)}'`)) return this.err();
          }
          this.backup(peek);
          continue;
        }
        if (!current.raw) {
          if (peek === 0x4e) {
            /* Handle named unicode escapes (\N{BULLET}) */
            peek = this.nextc();
            if (peek === 0x7b) unicodeEscape = true;
            else this.backup(peek);
          }
        } /* else { skip the escaped character } */
      }
    }

    // Backup the f-string quotes to emit a final FSTRING_MIDDLE and add the quotes to the FSTRING_END in the
    // next tokenizer iteration.
    for (let i = 0; i < current.quoteSize; i++) this.backup(current.quote);
    return this.mk(FSTRING_MIDDLE, this.start, this.cur);
  }

  // ---- error conversion (Parser/pegen_errors.c) ----------------------------------------------------------------

  /** Fill `error` for an ERRORTOKEN the way pegen's _Pypegen_tokenizer_error / raise_decode_error do. */
  private setParserError(): void {
    if (this.rawError || this.otherError) {
      this.error = this.rawError ?? this.otherError;
      this.exception = this.error;
      this.errorIsException = true;
      return;
    }
    this.errorIsException = false;
    this.exception = null;
    let pyType: PyErrorType = "SyntaxError";
    let msg: string;
    let colOffset = -1;
    switch (this.done) {
      case E_DECODE:
        this.errorIsException = true;
        this.exception = new TokenizerError(
          "UnicodeDecodeError",
          this.decodeErrorMessage ?? "unknown error",
          null,
          null,
          null,
          null,
          null,
          this.filename
        );
        this.error = this.raiseAtLastToken(
          "SyntaxError",
          `(unicode error) ${this.decodeErrorMessage ?? "unknown error"}`
        );
        return;
      case E_TOKEN:
        msg = "invalid token";
        break;
      case E_EOF:
        if (this.level) {
          this.error = this.unclosedParenthesesError();
        } else {
          this.error = this.raiseAtLastToken("SyntaxError", "unexpected EOF while parsing");
        }
        return;
      case E_DEDENT:
        this.error = this.raiseAtLastToken("IndentationError", "unindent does not match any outer indentation level");
        return;
      case E_TABSPACE:
        pyType = "TabError";
        msg = "inconsistent use of tabs and spaces in indentation";
        break;
      case E_TOODEEP:
        pyType = "IndentationError";
        msg = "too many levels of indentation";
        break;
      case E_LINECONT:
        colOffset = this.cur - this.buf - 1;
        msg = "unexpected character after line continuation character";
        break;
      default:
        msg = "unknown parsing error";
    }
    this.error = this.raiseKnownLocation(pyType, msg, this.lineno, colOffset >= 0 ? colOffset + 1 : 1, this.lineno, 0);
  }

  /** raise_unclosed_parentheses_error */
  unclosedParenthesesError(): TokenizerError {
    const lineno = this.parenlinenostack[this.level - 1]!;
    const col = this.parencolstack[this.level - 1]!;
    return this.raiseKnownLocation(
      "SyntaxError",
      `'${String.fromCharCode(this.parenstack[this.level - 1]!)}' was never closed`,
      lineno,
      col + 1,
      lineno,
      0
    );
  }

  /** _PyPegen_raise_error when the last token is the ERRORTOKEN just produced (no text: col_offset == -1). */
  private raiseAtLastToken(pyType: PyErrorType, msg: string): TokenizerError {
    const col = this.cur === this.buf ? 0 : this.cur - this.lineStart;
    return this.raiseKnownLocation(pyType, msg, this.lineno, col, this.lineno, -1);
  }

  /**
   * _PyPegen_raise_error_known_location: `col`/`endCol` are already-adjusted byte offsets (col_offset + 1 as
   * RAISE_ERROR_KNOWN_LOCATION passes them); they are converted to character offsets within the error line.
   */
  raiseKnownLocation(
    pyType: PyErrorType,
    msg: string,
    lineno: number,
    col: number,
    endLineno: number,
    endCol: number
  ): TokenizerError {
    let errorLine = this.sourceFileExists ? this.fileLine(lineno) : null;
    if (errorLine === null) {
      if (this.lineno <= lineno && this.inp > this.buf) errorLine = decodeUtf8(this.data, this.buf, this.inp);
      else errorLine = this.bufferLine(lineno);
    }
    const text = errorLine;
    const colNumber = byteOffsetToCharacterOffset(errorLine, col);
    let endColNumber = endCol;
    if (endColNumber > 0) endColNumber = byteOffsetToCharacterOffset(errorLine, endCol);
    return new TokenizerError(pyType, msg, lineno, colNumber, endLineno, endColNumber, text, this.filename);
  }

  /** The raw state needed by the tokenize-module front-end (tokenizeriter_next). */
  get rawSyntaxError(): TokenizerError | null {
    return this.rawError;
  }
}

const OP_DOT = oneChar(0x2e);
const OP_ELLIPSIS = threeChars(0x2e, 0x2e, 0x2e);

// ---------------------------------------------------------------------------------------------------------------
// Encodings (PEP 263)

// Python's encodings.aliases (normalized alias -> codec module), for codec lookup.
const ALIASES_RAW =
  "646:ascii ansi_x3.4_1968:ascii ansi_x3_4_1968:ascii ansi_x3.4_1986:ascii cp367:ascii csascii:ascii ibm367:ascii " +
  "iso646_us:ascii iso_646.irv_1991:ascii iso_ir_6:ascii us:ascii us_ascii:ascii base64:base64_codec base_64:base64_codec " +
  "big5_tw:big5 csbig5:big5 big5_hkscs:big5hkscs hkscs:big5hkscs bz2:bz2_codec 037:cp037 csibm037:cp037 " +
  "ebcdic_cp_ca:cp037 ebcdic_cp_nl:cp037 ebcdic_cp_us:cp037 ebcdic_cp_wt:cp037 ibm037:cp037 ibm039:cp037 1026:cp1026 " +
  "csibm1026:cp1026 ibm1026:cp1026 1125:cp1125 ibm1125:cp1125 cp866u:cp1125 ruscii:cp1125 1140:cp1140 ibm1140:cp1140 " +
  "1250:cp1250 windows_1250:cp1250 1251:cp1251 windows_1251:cp1251 1252:cp1252 windows_1252:cp1252 1253:cp1253 " +
  "windows_1253:cp1253 1254:cp1254 windows_1254:cp1254 1255:cp1255 windows_1255:cp1255 1256:cp1256 windows_1256:cp1256 " +
  "1257:cp1257 windows_1257:cp1257 1258:cp1258 windows_1258:cp1258 273:cp273 ibm273:cp273 csibm273:cp273 424:cp424 " +
  "csibm424:cp424 ebcdic_cp_he:cp424 ibm424:cp424 437:cp437 cspc8codepage437:cp437 ibm437:cp437 500:cp500 csibm500:cp500 " +
  "ebcdic_cp_be:cp500 ebcdic_cp_ch:cp500 ibm500:cp500 775:cp775 cspc775baltic:cp775 ibm775:cp775 850:cp850 " +
  "cspc850multilingual:cp850 ibm850:cp850 852:cp852 cspcp852:cp852 ibm852:cp852 855:cp855 csibm855:cp855 ibm855:cp855 " +
  "857:cp857 csibm857:cp857 ibm857:cp857 858:cp858 csibm858:cp858 ibm858:cp858 860:cp860 csibm860:cp860 ibm860:cp860 " +
  "861:cp861 cp_is:cp861 csibm861:cp861 ibm861:cp861 862:cp862 cspc862latinhebrew:cp862 ibm862:cp862 863:cp863 " +
  "csibm863:cp863 ibm863:cp863 864:cp864 csibm864:cp864 ibm864:cp864 865:cp865 csibm865:cp865 ibm865:cp865 866:cp866 " +
  "csibm866:cp866 ibm866:cp866 869:cp869 cp_gr:cp869 csibm869:cp869 ibm869:cp869 932:cp932 ms932:cp932 mskanji:cp932 " +
  "ms_kanji:cp932 949:cp949 ms949:cp949 uhc:cp949 950:cp950 ms950:cp950 jisx0213:euc_jis_2004 eucjis2004:euc_jis_2004 " +
  "euc_jis2004:euc_jis_2004 eucjisx0213:euc_jisx0213 eucjp:euc_jp ujis:euc_jp u_jis:euc_jp euckr:euc_kr korean:euc_kr " +
  "ksc5601:euc_kr ks_c_5601:euc_kr ks_c_5601_1987:euc_kr ksx1001:euc_kr ks_x_1001:euc_kr gb18030_2000:gb18030 " +
  "chinese:gb2312 csiso58gb231280:gb2312 euc_cn:gb2312 euccn:gb2312 eucgb2312_cn:gb2312 gb2312_1980:gb2312 " +
  "gb2312_80:gb2312 iso_ir_58:gb2312 936:gbk cp936:gbk ms936:gbk hex:hex_codec roman8:hp_roman8 r8:hp_roman8 " +
  "csHPRoman8:hp_roman8 cp1051:hp_roman8 ibm1051:hp_roman8 hzgb:hz hz_gb:hz hz_gb_2312:hz csiso2022jp:iso2022_jp " +
  "iso2022jp:iso2022_jp iso_2022_jp:iso2022_jp iso2022jp_1:iso2022_jp_1 iso_2022_jp_1:iso2022_jp_1 " +
  "iso2022jp_2:iso2022_jp_2 iso_2022_jp_2:iso2022_jp_2 iso_2022_jp_2004:iso2022_jp_2004 " +
  "iso2022jp_2004:iso2022_jp_2004 iso2022jp_3:iso2022_jp_3 iso_2022_jp_3:iso2022_jp_3 iso2022jp_ext:iso2022_jp_ext " +
  "iso_2022_jp_ext:iso2022_jp_ext csiso2022kr:iso2022_kr iso2022kr:iso2022_kr iso_2022_kr:iso2022_kr " +
  "csisolatin6:iso8859_10 iso_8859_10:iso8859_10 iso_8859_10_1992:iso8859_10 iso_ir_157:iso8859_10 l6:iso8859_10 " +
  "latin6:iso8859_10 thai:iso8859_11 iso_8859_11:iso8859_11 iso_8859_11_2001:iso8859_11 iso_8859_13:iso8859_13 " +
  "l7:iso8859_13 latin7:iso8859_13 iso_8859_14:iso8859_14 iso_8859_14_1998:iso8859_14 iso_celtic:iso8859_14 " +
  "iso_ir_199:iso8859_14 l8:iso8859_14 latin8:iso8859_14 iso_8859_15:iso8859_15 l9:iso8859_15 latin9:iso8859_15 " +
  "iso_8859_16:iso8859_16 iso_8859_16_2001:iso8859_16 iso_ir_226:iso8859_16 l10:iso8859_16 latin10:iso8859_16 " +
  "csisolatin2:iso8859_2 iso_8859_2:iso8859_2 iso_8859_2_1987:iso8859_2 iso_ir_101:iso8859_2 l2:iso8859_2 " +
  "latin2:iso8859_2 csisolatin3:iso8859_3 iso_8859_3:iso8859_3 iso_8859_3_1988:iso8859_3 iso_ir_109:iso8859_3 " +
  "l3:iso8859_3 latin3:iso8859_3 csisolatin4:iso8859_4 iso_8859_4:iso8859_4 iso_8859_4_1988:iso8859_4 " +
  "iso_ir_110:iso8859_4 l4:iso8859_4 latin4:iso8859_4 csisolatincyrillic:iso8859_5 cyrillic:iso8859_5 " +
  "iso_8859_5:iso8859_5 iso_8859_5_1988:iso8859_5 iso_ir_144:iso8859_5 arabic:iso8859_6 asmo_708:iso8859_6 " +
  "csisolatinarabic:iso8859_6 ecma_114:iso8859_6 iso_8859_6:iso8859_6 iso_8859_6_1987:iso8859_6 iso_ir_127:iso8859_6 " +
  "csisolatingreek:iso8859_7 ecma_118:iso8859_7 elot_928:iso8859_7 greek:iso8859_7 greek8:iso8859_7 " +
  "iso_8859_7:iso8859_7 iso_8859_7_1987:iso8859_7 iso_ir_126:iso8859_7 csisolatinhebrew:iso8859_8 hebrew:iso8859_8 " +
  "iso_8859_8:iso8859_8 iso_8859_8_1988:iso8859_8 iso_ir_138:iso8859_8 csisolatin5:iso8859_9 iso_8859_9:iso8859_9 " +
  "iso_8859_9_1989:iso8859_9 iso_ir_148:iso8859_9 l5:iso8859_9 latin5:iso8859_9 cp1361:johab ms1361:johab " +
  "cskoi8r:koi8_r kz_1048:kz1048 rk1048:kz1048 strk1048_2002:kz1048 8859:latin_1 cp819:latin_1 csisolatin1:latin_1 " +
  "ibm819:latin_1 iso8859:latin_1 iso8859_1:latin_1 iso_8859_1:latin_1 iso_8859_1_1987:latin_1 iso_ir_100:latin_1 " +
  "l1:latin_1 latin:latin_1 latin1:latin_1 maccyrillic:mac_cyrillic macgreek:mac_greek maciceland:mac_iceland " +
  "maccentraleurope:mac_latin2 mac_centeuro:mac_latin2 maclatin2:mac_latin2 macintosh:mac_roman macroman:mac_roman " +
  "macturkish:mac_turkish ansi:mbcs dbcs:mbcs csptcp154:ptcp154 pt154:ptcp154 cp154:ptcp154 cyrillic_asian:ptcp154 " +
  "quopri:quopri_codec quoted_printable:quopri_codec quotedprintable:quopri_codec rot13:rot_13 csshiftjis:shift_jis " +
  "shiftjis:shift_jis sjis:shift_jis s_jis:shift_jis shiftjis2004:shift_jis_2004 sjis_2004:shift_jis_2004 " +
  "s_jis_2004:shift_jis_2004 shiftjisx0213:shift_jisx0213 sjisx0213:shift_jisx0213 s_jisx0213:shift_jisx0213 " +
  "tis620:tis_620 tis_620_0:tis_620 tis_620_2529_0:tis_620 tis_620_2529_1:tis_620 iso_ir_166:tis_620 u16:utf_16 " +
  "utf16:utf_16 unicodebigunmarked:utf_16_be utf_16be:utf_16_be unicodelittleunmarked:utf_16_le utf_16le:utf_16_le " +
  "u32:utf_32 utf32:utf_32 utf_32be:utf_32_be utf_32le:utf_32_le u7:utf_7 utf7:utf_7 unicode_1_1_utf_7:utf_7 " +
  "u8:utf_8 utf:utf_8 utf8:utf_8 utf8_ucs2:utf_8 utf8_ucs4:utf_8 cp65001:utf_8 uu:uu_codec zip:zlib_codec zlib:zlib_codec " +
  "x_mac_japanese:shift_jis x_mac_korean:euc_kr x_mac_simp_chinese:gb2312 x_mac_trad_chinese:big5";

// Codec modules of the encodings package that provide getregentry() (mbcs/oem only exist on Windows).
const CODEC_MODULES = new Set(
  (
    "ascii base64_codec big5 big5hkscs bz2_codec charmap cp037 cp1006 cp1026 cp1125 cp1140 cp1250 cp1251 cp1252 cp1253 " +
    "cp1254 cp1255 cp1256 cp1257 cp1258 cp273 cp424 cp437 cp500 cp720 cp737 cp775 cp850 cp852 cp855 cp856 cp857 cp858 " +
    "cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 cp875 cp932 cp949 cp950 euc_jis_2004 euc_jisx0213 euc_jp " +
    "euc_kr gb18030 gb2312 gbk hex_codec hp_roman8 hz idna iso2022_jp iso2022_jp_1 iso2022_jp_2 iso2022_jp_2004 " +
    "iso2022_jp_3 iso2022_jp_ext iso2022_kr iso8859_1 iso8859_10 iso8859_11 iso8859_13 iso8859_14 iso8859_15 iso8859_16 " +
    "iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8 iso8859_9 johab koi8_r koi8_t koi8_u kz1048 " +
    "latin_1 mac_arabic mac_croatian mac_cyrillic mac_farsi mac_greek mac_iceland mac_latin2 mac_roman mac_romanian " +
    "mac_turkish palmos ptcp154 punycode quopri_codec raw_unicode_escape rot_13 shift_jis shift_jis_2004 shift_jisx0213 " +
    "tis_620 undefined unicode_escape utf_16 utf_16_be utf_16_le utf_32 utf_32_be utf_32_le utf_7 utf_8 utf_8_sig " +
    "uu_codec zlib_codec"
  ).split(" ")
);

let aliasMap: Map<string, string> | null = null;
function aliases(): Map<string, string> {
  if (!aliasMap) {
    aliasMap = new Map();
    for (const kv of ALIASES_RAW.split(" ")) {
      const i = kv.indexOf(":");
      aliasMap.set(kv.slice(0, i), kv.slice(i + 1)); // (as in aliases.py: "csHPRoman8" can never match)
    }
  }
  return aliasMap;
}

/** _Py_normalize_encoding / encodings.normalize_encoding: lower case, runs of other characters -> '_'. */
function normalizeEncodingName(name: string): string {
  let out = "";
  let punct = false;
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    if ((cp < 128 && isalnum(cp)) || ch === ".") {
      if (punct && out.length > 0) out += "_";
      punct = false;
      out += ch.toLowerCase();
    } else {
      punct = true;
    }
  }
  return out;
}

/** codecs.lookup(name): the codec module name, or null (LookupError). */
export function pyCodecLookup(name: string): string | null {
  const norm = normalizeEncodingName(name);
  const a = aliases();
  const aliased = a.get(norm) ?? a.get(norm.replace(/\./g, "_"));
  for (const mod of aliased !== undefined ? [aliased, norm] : [norm]) {
    if (!mod || mod.includes(".")) continue;
    if (CODEC_MODULES.has(mod)) return mod;
  }
  return null;
}

// WHATWG labels for codecs we decode with TextDecoder.
const WHATWG_LABELS: Record<string, string> = {
  cp1250: "windows-1250",
  cp1251: "windows-1251",
  cp1253: "windows-1253",
  cp1254: "windows-1254",
  cp1255: "windows-1255",
  cp1256: "windows-1256",
  cp1257: "windows-1257",
  cp1258: "windows-1258",
  cp866: "ibm866",
  cp874: "windows-874",
  iso8859_2: "iso-8859-2",
  iso8859_3: "iso-8859-3",
  iso8859_4: "iso-8859-4",
  iso8859_5: "iso-8859-5",
  iso8859_6: "iso-8859-6",
  iso8859_7: "iso-8859-7",
  iso8859_8: "iso-8859-8",
  iso8859_10: "iso-8859-10",
  iso8859_13: "iso-8859-13",
  iso8859_14: "iso-8859-14",
  iso8859_15: "iso-8859-15",
  iso8859_16: "iso-8859-16",
  koi8_r: "koi8-r",
  koi8_u: "koi8-u",
  mac_cyrillic: "x-mac-cyrillic",
  mac_roman: "macintosh",
  shift_jis: "shift_jis",
  cp932: "shift_jis",
  euc_jp: "euc-jp",
  iso2022_jp: "iso-2022-jp",
  gbk: "gbk",
  gb2312: "gbk",
  gb18030: "gb18030",
  big5: "big5",
  euc_kr: "euc-kr",
  cp949: "euc-kr",
  utf_16: "utf-16le",
  utf_16_le: "utf-16le",
  utf_16_be: "utf-16be",
};

class CodecError extends Error {}

// cp1252 bytes 0x80..0x9F (Python's table; U+FFFE marks the undefined bytes). Node's TextDecoder decodes
// windows-1252 as latin-1, so it cannot be used.
const CP1252_HIGH = Array.from(
  "\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe" +
    "\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178"
);

/** bytes.decode(codec, errors) for the codecs we support; throws CodecError (str(UnicodeDecodeError)) if strict. */
export function decodeBytes(bytes: Uint8Array, codec: string, strict: boolean, displayName = codec): string {
  const mod = pyCodecLookup(codec) ?? codec;
  if (mod === "utf_8" || mod === "utf_8_sig") {
    if (strict) {
      const e = utf8FirstError(bytes, 0, bytes.length);
      if (e) throw new CodecError(unicodeDecodeErrorMessage("utf-8", bytes, 0, e));
    }
    return decodeUtf8(bytes, 0, bytes.length);
  }
  if (mod === "latin_1" || mod === "iso8859_1") {
    let s = "";
    for (let i = 0; i < bytes.length; i += 8192) {
      s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 8192)));
    }
    return s;
  }
  if (mod === "ascii") {
    let s = "";
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b >= 0x80) {
        if (strict) {
          throw new CodecError(
            `'ascii' codec can't decode byte 0x${b
              .toString(16)
              .padStart(2, "0")} in position ${i}: ordinal not in range(128)`
          );
        }
        s += "\ufffd";
      } else {
        s += String.fromCharCode(b);
      }
    }
    return s;
  }
  if (mod === "cp1252") {
    let s = "";
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const ch = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
      if (ch === "\ufffe") {
        if (strict) {
          throw new CodecError(
            `'charmap' codec can't decode byte 0x${b.toString(16)} in position ${i}: character maps to <undefined>`
          );
        }
        s += "\ufffd";
      } else {
        s += ch;
      }
    }
    return s;
  }
  const label = WHATWG_LABELS[mod];
  if (label) {
    try {
      return new TextDecoder(label, { fatal: strict, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new CodecError(`'${displayName}' codec can't decode bytes: invalid data`);
    }
  }
  // Unsupported codec: fall back to latin-1 (every byte maps to one character).
  return decodeBytes(bytes, "latin-1", strict);
}

/** get_normal_name of Parser/tokenizer.c */
function getNormalName(s: string): string {
  let buf = "";
  for (let i = 0; i < 12 && i < s.length; i++) {
    const c = s[i]!;
    buf += c === "_" ? "-" : c.toLowerCase();
  }
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8";
  if (
    buf === "latin-1" ||
    buf === "iso-8859-1" ||
    buf === "iso-latin-1" ||
    buf.startsWith("latin-1-") ||
    buf.startsWith("iso-8859-1-") ||
    buf.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1";
  }
  return s;
}

/** get_coding_spec: the coding spec of one line (without its newline), or null; `line` is bytes. */
function getCodingSpec(s: Uint8Array, from: number, size: number): string | null {
  let i = 0;
  for (; i < size - 6; i++) {
    const c = s[from + i]!;
    if (c === 0x23) break;
    if (c !== 0x20 && c !== 9 && c !== 12) return null;
  }
  for (; i < size - 6; i++) {
    const t = from + i;
    if (
      s[t] === 0x63 &&
      s[t + 1] === 0x6f &&
      s[t + 2] === 0x64 &&
      s[t + 3] === 0x69 &&
      s[t + 4] === 0x6e &&
      s[t + 5] === 0x67
    ) {
      let p = t + 6;
      if (s[p] !== 0x3a && s[p] !== 0x3d) continue;
      do {
        p++;
      } while (s[p] === 0x20 || s[p] === 9);
      const begin = p;
      while (p < s.length && (isalnum(s[p]!) || s[p] === 0x2d || s[p] === 0x5f || s[p] === 0x2e)) p++;
      if (begin < p) {
        let r = "";
        for (let k = begin; k < p; k++) r += String.fromCharCode(s[k]!);
        return getNormalName(r);
      }
    }
  }
  return null;
}

/** translate_newlines: "\r\n" and "\r" -> "\n", and (exec input) a final newline if missing. */
function translateNewlines(src: Uint8Array): Uint8Array {
  const n = src.length;
  const needsNl = n > 0 && src[n - 1] !== 10 && src[n - 1] !== 13;
  if (src.indexOf(13) < 0) {
    if (!needsNl) return src;
    const out = new Uint8Array(n + 1);
    out.set(src);
    out[n] = 10;
    return out;
  }
  const out = new Uint8Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = src[i]!;
    if (c === 13) {
      out[j++] = 10;
      if (src[i + 1] === 10) i++;
    } else {
      out[j++] = c;
    }
  }
  if (j > 0 && out[j - 1] !== 10) out[j++] = 10;
  return out.subarray(0, j);
}

/** A SyntaxError raised while setting up the tokenizer (_PyPegen_raise_tokenizer_init_error: lineno 0, offset -1). */
function initError(msg: string, filename: string): TokenizerError {
  return new TokenizerError("SyntaxError", msg, 0, -1, null, null, null, filename);
}

export interface ParserSourceOptions {
  filename?: string;
  typeComments?: boolean;
  onWarning?: (w: TokenizerWarning) => boolean | void;
  /** See TokenizerOptions.sourceFileExists. */
  sourceFileExists?: boolean;
  /**
   * "string" (default): compile(source) semantics (_PyTokenizer_FromString / FromUTF8). "file": `python3 FILE`
   * semantics (_PyTokenizer_FromFile), which differ only in error messages: null bytes are reported by the
   * tokenizer on their line ("source code cannot contain null bytes"), undeclared non-UTF-8 bytes give
   * "Non-UTF-8 code starting with '\xNN' in file F on line N, ...", and encoding problems read
   * "encoding problem: NAME". Bytes sources only.
   */
  inputKind?: "string" | "file";
}

/**
 * Prepare a source as compile() does (decode_str / _PyTokenizer_FromUTF8) and return a parser-mode tokenizer.
 * A Uint8Array gets PEP 263 processing (BOM, coding cookie on line 1 or 2); a string is taken as already decoded.
 * Throws TokenizerError for the errors CPython raises before tokenizing (null bytes, encoding problems).
 */
export function createParserTokenizer(source: Uint8Array | string, options: ParserSourceOptions = {}): Tokenizer {
  const filename = options.filename ?? "<string>";
  const fileMode = options.inputKind === "file" && typeof source !== "string";
  let data: Uint8Array;
  let encoding: string | null = null;
  if (typeof source === "string") {
    if (source.includes("\0")) {
      throw new TokenizerError("SyntaxError", "source code string cannot contain null bytes", null, null, null, null);
    }
    data = translateNewlines(utf8Encoder.encode(source));
    encoding = "utf-8";
  } else {
    if (!fileMode && source.indexOf(0) >= 0) {
      throw new TokenizerError("SyntaxError", "source code string cannot contain null bytes", null, null, null, null);
    }
    let str = translateNewlines(source);
    /* check_bom */
    if (str[0] === 0xef && str[1] === 0xbb && str[2] === 0xbf) {
      str = str.subarray(3);
      encoding = "utf-8";
    }
    /* check_coding_spec on lines 1 and 2 */
    let enc: string | null = null;
    const nl0 = str.indexOf(10);
    if (nl0 >= 0) {
      const check = (from: number, size: number): "normal" | "continue" => {
        const cs = getCodingSpec(str, from, size);
        if (cs === null) {
          for (let i = 0; i < size; i++) {
            const c = str[from + i]!;
            if (c === 0x23 || c === 10 || c === 13) break;
            if (c !== 0x20 && c !== 9 && c !== 12)
              return "normal"; /* Stop checking coding spec after a line containing anything except a comment. */
          }
          return "continue";
        }
        if (encoding === null) {
          if (cs !== "utf-8") enc = cs;
          encoding = cs;
        } else if (encoding !== cs) {
          throw fileMode
            ? new TokenizerError(
                "SyntaxError",
                `encoding problem: ${cs} with BOM`,
                null,
                null,
                null,
                null,
                null,
                filename
              )
            : initError(`encoding problem: ${cs} with BOM`, filename);
        }
        return "normal";
      };
      const st = check(0, nl0);
      const nl1 = str.indexOf(10, nl0 + 1);
      if (enc === null && st !== "normal" && nl1 >= 0) check(nl0 + 1, nl1 - nl0);
    }
    if (enc !== null) {
      // In file mode, a codec that cannot be found or cannot decode the (small) file makes fp_setreadl fail.
      const encodingProblem = () =>
        new TokenizerError("SyntaxError", `encoding problem: ${enc}`, null, null, null, null, null, filename);
      if (pyCodecLookup(enc) === null)
        throw fileMode ? encodingProblem() : initError(`unknown encoding: ${enc}`, filename);
      let text: string;
      try {
        text = decodeBytes(str, enc, true);
      } catch (e) {
        if (e instanceof CodecError) throw fileMode ? encodingProblem() : initError(e.message, filename);
        throw e;
      }
      str = utf8Encoder.encode(text);
    }
    data = str;
  }
  return new Tokenizer(data, {
    filename,
    encoding,
    typeComments: options.typeComments,
    onWarning: options.onWarning,
    sourceFileExists: options.sourceFileExists,
    originalSource: typeof source === "string" ? data : source,
    fileMode,
  });
}

/** Tokenize a whole source in parser mode; throws the TokenizerError pegen would raise. Mostly for tests/tools. */
export function tokenizeForParser(source: Uint8Array | string, options: ParserSourceOptions = {}): Token[] {
  const tok = createParserTokenizer(source, options);
  const out: Token[] = [];
  for (;;) {
    const t = tok.getToken();
    if (t.type === ERRORTOKEN) throw tok.error!;
    out.push(t);
    if (t.type === ENDMARKER) return out;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The tokenize module (Lib/tokenize.py 3.12 + Python/Python-tokenize.c)

/** A tokenize.TokenInfo (without `line`). Columns are character offsets; `type` is tokenize's (OP for operators). */
export interface PyTokenInfo {
  type: number;
  string: string;
  start: [number, number];
  end: [number, number];
}

/** TokenInfo.exact_type */
export function exactType(t: PyTokenInfo): number {
  if (t.type === OP) {
    const e = EXACT_TOKEN_TYPES[t.string];
    if (e !== undefined) return e;
  }
  return t.type;
}

/** One event of a tokenize run: a token, a warning printed on stderr, or the final exception. */
export type TokenizeEvent =
  | { kind: "token"; token: PyTokenInfo }
  | { kind: "warning"; text: string }
  | { kind: "error"; traceback: string; excType: string; message: string };

const TB_HEAD = "Traceback (most recent call last):\n";
const TB_TOKENS = '  File "<exec>", line 75, in _tokens\n';
const TB_TOKENIZE =
  '  File "/lib/python312.zip/tokenize.py", line 486, in tokenize\n' +
  "    yield from _generate_tokens_from_c_tokenizer(rl_gen.__next__, encoding, extra_tokens=True)\n";
const TB_DETECT =
  '  File "/lib/python312.zip/tokenize.py", line 479, in tokenize\n' +
  "    encoding, consumed = detect_encoding(readline)\n" +
  "                         ^^^^^^^^^^^^^^^^^^^^^^^^^\n";
const TB_FOR_INFO =
  '  File "/lib/python312.zip/tokenize.py", line 576, in _generate_tokens_from_c_tokenizer\n' +
  "    for info in it:\n" +
  "                ^^\n";
const TB_MAKE_TUPLE =
  '  File "/lib/python312.zip/tokenize.py", line 577, in _generate_tokens_from_c_tokenizer\n' +
  "    yield TokenInfo._make(info)\n" +
  "          ^^^^^^^^^^^^^^^^^^^^^\n" +
  '  File "/lib/python312.zip/collections/__init__.py", line 449, in _make\n' +
  "    result = tuple_new(cls, iterable)\n" +
  "             ^^^^^^^^^^^^^^^^^^^^^^^^\n";
/** How many bytes past the empty string's data the walk can go before hitting an invalid UTF-8 lead byte in
 * the reference build (CPython 3.12.7 / Pyodide 0.27.7), measured with the oracle. */
const EMPTY_LINE_WALK_LIMIT = 5;
const TB_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

function findCookieFrame(second: boolean): string {
  return second
    ? '  File "/lib/python312.zip/tokenize.py", line 438, in detect_encoding\n' +
        "    encoding = find_cookie(second)\n" +
        "               ^^^^^^^^^^^^^^^^^^^\n"
    : '  File "/lib/python312.zip/tokenize.py", line 428, in detect_encoding\n' +
        "    encoding = find_cookie(first)\n" +
        "               ^^^^^^^^^^^^^^^^^^\n";
}

/** SyntaxError formatting of traceback.TracebackException._format_syntax_error (3.12). */
function formatSyntaxErrorLines(
  stype: string,
  msg: string,
  filename: string,
  lineno: number | null,
  text: string | null,
  offset: number | null,
  endOffset: number | null
): string {
  let out = "";
  if (lineno !== null) out += `  File "${filename || "<string>"}", line ${lineno}\n`;
  if (text !== null) {
    let rtext = text;
    while (rtext.endsWith("\n")) rtext = rtext.slice(0, -1);
    let k = 0;
    while (k < rtext.length && (rtext[k] === " " || rtext[k] === "\n" || rtext[k] === "\f")) k++;
    const ltext = rtext.slice(k);
    const ltextCps = Array.from(ltext);
    const spaces = cpLength(rtext) - ltextCps.length;
    out += `    ${ltext}\n`;
    if (offset !== null) {
      let endOff = endOffset !== null && endOffset !== 0 ? endOffset : offset;
      if (offset === endOff || endOff === -1) endOff = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOff - 1 - spaces;
      if (colno >= 0) {
        let caretspace = "";
        for (const ch of ltextCps.slice(0, colno)) caretspace += pyIsSpace(ch.codePointAt(0)!) ? ch : " ";
        out += `    ${caretspace}${"^".repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
  }
  out += `${stype}: ${msg || "<no detail available>"}\n`;
  return out;
}

interface Prepared {
  data: Uint8Array;
  implicitNewlineAdded: boolean;
}

/** Decode the lines (readline) of a tokenize run and re-encode them as the UTF-8 buffer of the C tokenizer. */
function prepareTokenizeBuffer(bytes: Uint8Array, encoding: string): Prepared {
  let body: Uint8Array;
  const mod = pyCodecLookup(encoding);
  if ((mod === "utf_8" || mod === null) && utf8FirstError(bytes, 0, bytes.length) === null) {
    body = bytes;
  } else {
    // readline() yields lines split at b"\n"; each is decoded with errors="replace".
    const parts: string[] = [];
    let pos = 0;
    while (pos < bytes.length) {
      const nl = bytes.indexOf(10, pos);
      const e = nl < 0 ? bytes.length : nl + 1;
      parts.push(decodeBytes(bytes.subarray(pos, e), encoding, false));
      pos = e;
    }
    body = utf8Encoder.encode(parts.join(""));
  }
  if (body.length > 0 && body[body.length - 1] !== 10) {
    const out = new Uint8Array(body.length + 1);
    out.set(body);
    out[body.length] = 10;
    return { data: out, implicitNewlineAdded: true };
  }
  return { data: body, implicitNewlineAdded: false };
}

const COOKIE_RE = /^[ \t\f]*#[^\n]*?coding[:=][ \t]*([-\w.]+)/;

/** _get_normal_name of Lib/tokenize.py */
function pyGetNormalName(origEnc: string): string {
  const enc = origEnc.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (enc === "utf-8" || enc.startsWith("utf-8-")) return "utf-8";
  if (
    enc === "latin-1" ||
    enc === "iso-8859-1" ||
    enc === "iso-latin-1" ||
    enc.startsWith("latin-1-") ||
    enc.startsWith("iso-8859-1-") ||
    enc.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1";
  }
  return origEnc;
}

/** blank_re = br'^[ \t\f]*(?:[#\r\n]|$)' */
function isBlankLine(line: Uint8Array): boolean {
  let i = 0;
  while (i < line.length && (line[i] === 0x20 || line[i] === 9 || line[i] === 12)) i++;
  if (i === line.length) return true;
  const c = line[i];
  return c === 0x23 || c === 13 || c === 10;
}

type DetectResult = { encoding: string; body: Uint8Array } | { error: TokenizeEvent & { kind: "error" } };

/** tokenize.detect_encoding() */
function detectEncoding(bytes: Uint8Array, filename: string | null): DetectResult {
  let bomFound = false;
  let body = bytes;
  let dflt = "utf-8";
  const fnRepr = filename === null ? null : pyRepr(filename);
  const syntaxErr = (msg: string, second: boolean, raiseLine: number, inner: string | null): DetectResult => {
    let tb = "";
    if (inner !== null) tb += inner + TB_CONTEXT;
    tb +=
      TB_HEAD +
      TB_TOKENS +
      TB_DETECT +
      findCookieFrame(second) +
      `  File "/lib/python312.zip/tokenize.py", line ${raiseLine}, in find_cookie\n` +
      "    raise SyntaxError(msg)\n" +
      `SyntaxError: ${msg}\n`;
    return { error: { kind: "error", traceback: tb, excType: "SyntaxError", message: msg } };
  };
  const findCookie = (line: Uint8Array, second: boolean): string | null | DetectResult => {
    const e = utf8FirstError(line, 0, line.length);
    if (e) {
      let msg = "invalid or missing encoding declaration";
      if (fnRepr !== null) msg = `${msg} for ${fnRepr}`;
      const inner =
        TB_HEAD +
        '  File "/lib/python312.zip/tokenize.py", line 387, in find_cookie\n' +
        "    line_string = line.decode('utf-8')\n" +
        "                  ^^^^^^^^^^^^^^^^^^^^\n" +
        `UnicodeDecodeError: ${unicodeDecodeErrorMessage("utf-8", line, 0, e)}\n`;
      return syntaxErr(msg, second, 392, inner);
    }
    const lineString = decodeUtf8(line, 0, line.length);
    const m = COOKIE_RE.exec(lineString);
    if (!m) return null;
    let encoding = pyGetNormalName(m[1]!);
    if (pyCodecLookup(encoding) === null) {
      const msg = fnRepr === null ? `unknown encoding: ${encoding}` : `unknown encoding for ${fnRepr}: ${encoding}`;
      const inner =
        TB_HEAD +
        '  File "/lib/python312.zip/tokenize.py", line 399, in find_cookie\n' +
        "    codec = lookup(encoding)\n" +
        "            ^^^^^^^^^^^^^^^^\n" +
        `LookupError: unknown encoding: ${encoding}\n`;
      return syntaxErr(msg, second, 407, inner);
    }
    if (bomFound) {
      if (encoding !== "utf-8") {
        const msg = fnRepr === null ? "encoding problem: utf-8" : `encoding problem for ${fnRepr}: utf-8`;
        return syntaxErr(msg, second, 416, null);
      }
      encoding += "-sig";
    }
    return encoding;
  };
  const lineEnd = (from: number): number => {
    const nl = body.indexOf(10, from);
    return nl < 0 ? body.length : nl + 1;
  };
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    bomFound = true;
    body = body.subarray(3);
    dflt = "utf-8-sig";
  }
  if (body.length === 0) return { encoding: dflt, body };
  const e1 = lineEnd(0);
  const first = body.subarray(0, e1);
  let r = findCookie(first, false);
  if (r !== null && typeof r === "object") return r;
  if (r) return { encoding: r, body };
  if (!isBlankLine(first)) return { encoding: dflt, body };
  if (e1 >= body.length) return { encoding: dflt, body };
  const second = body.subarray(e1, lineEnd(e1));
  r = findCookie(second, true);
  if (r !== null && typeof r === "object") return r;
  if (r) return { encoding: r, body };
  return { encoding: dflt, body };
}

function transformMsg(msg: string): string {
  if (msg.includes("unterminated triple-quoted string literal")) return "EOF in multi-line string";
  return msg;
}

function tokenErrorEvent(msg: string, lineno: number | null, offset: number | null): TokenizeEvent & { kind: "error" } {
  const m = transformMsg(msg);
  const args = `(${pyRepr(m)}, (${lineno === null ? "None" : lineno}, ${offset === null ? "None" : offset}))`;
  const tb =
    TB_HEAD +
    TB_TOKENS +
    TB_TOKENIZE +
    '  File "/lib/python312.zip/tokenize.py", line 582, in _generate_tokens_from_c_tokenizer\n' +
    "    raise TokenError(msg, (e.lineno, e.offset)) from None\n" +
    `tokenize.TokenError: ${args}\n`;
  return { kind: "error", traceback: tb, excType: "tokenize.TokenError", message: args };
}

function reraisedErrorEvent(
  stype: string,
  msg: string,
  lineno: number,
  text: string,
  offset: number
): TokenizeEvent & { kind: "error" } {
  const tb =
    TB_HEAD +
    TB_TOKENS +
    TB_TOKENIZE +
    '  File "/lib/python312.zip/tokenize.py", line 580, in _generate_tokens_from_c_tokenizer\n' +
    "    raise e from None\n" +
    TB_FOR_INFO +
    formatSyntaxErrorLines(stype, msg, "<string>", lineno, text, offset, null);
  return { kind: "error", traceback: tb, excType: stype, message: msg };
}

/**
 * Run tokenize.tokenize(BytesIO(source).readline) as CPython 3.12.7 does, yielding the TokenInfo records, the
 * SyntaxWarnings printed meanwhile, and the exception that ends the run (if any), in order.
 * `filename` is what the readline's file object is named (used in detect_encoding's messages).
 */
export function* tokenizeModuleEvents(source: Uint8Array, filename: string | null = null): Generator<TokenizeEvent> {
  const det = detectEncoding(source, filename);
  if ("error" in det) {
    yield det.error;
    return;
  }
  let encoding = det.encoding;
  if (encoding === "utf-8-sig") encoding = "utf-8";
  yield { kind: "token", token: { type: ENCODING, string: encoding, start: [0, 0], end: [0, 0] } };

  const prep = prepareTokenizeBuffer(det.body, encoding);
  const warnings: string[] = [];
  const tok = new Tokenizer(prep.data, {
    extraTokens: true,
    readline: true,
    implicitNewlineAdded: prep.implicitNewlineAdded,
    encoding,
    onWarning: (w) => {
      warnings.push(`<string>:${w.lineno}: ${w.category}: ${w.message}\n`);
    },
  });
  const data = prep.data;
  // tokenizeriterobject state
  let lastLineno = 0;
  let byteColOffsetDiff = 0;
  let lineBase = 0; // where the cached `line` starts in data
  for (;;) {
    const t = tok.getToken();
    for (const w of warnings) yield { kind: "warning", text: w };
    warnings.length = 0;
    let type = t.type;
    if (type === ERRORTOKEN) {
      yield tokenizeModuleError(tok);
      return;
    }
    const pending = tok.rawSyntaxError;
    if (pending) {
      // The tokenizer set an exception but returned a token (a NUL byte found while reading the indentation
      // of a line produces DEDENTs): CPython builds the tuple anyway and raises SystemError from TokenInfo._make.
      yield {
        kind: "error",
        traceback:
          formatSyntaxErrorLines(
            "SyntaxError",
            pending.msg,
            "<string>",
            pending.lineno,
            pending.text,
            pending.offset,
            pending.end_offset
          ) +
          "\nThe above exception was the direct cause of the following exception:\n\n" +
          TB_HEAD +
          TB_TOKENS +
          TB_TOKENIZE +
          TB_MAKE_TUPLE +
          "SystemError: <built-in method __new__ of type object at 0x313cd0> returned a result with an exception set\n",
        excType: "SystemError",
        message: "returned a result with an exception set",
      };
      return;
    }
    let str = "";
    if (t.start >= 0 && t.end >= 0) {
      // PyUnicode_FromStringAndSize(token.start, ...) is strict: a token cut inside a UTF-8 sequence (after a
      // lone '\r') raises UnicodeDecodeError.
      const e = utf8FirstError(data, t.start, t.end);
      if (e) {
        const msg = unicodeDecodeErrorMessage("utf-8", data, t.start, e);
        yield {
          kind: "error",
          traceback: TB_HEAD + TB_TOKENS + TB_TOKENIZE + TB_FOR_INFO + `UnicodeDecodeError: ${msg}\n`,
          excType: "UnicodeDecodeError",
          message: msg,
        };
        return;
      }
      str = decodeUtf8(data, t.start, t.end);
    }
    const isTrailing = type === ENDMARKER || (type === DEDENT && tok.done === E_EOF);
    if (isTrailing && t.start >= 0 && tok.modeIndex > 0 && t.start - tok.lineStart >= EMPTY_LINE_WALK_LIMIT) {
      // A trailing DEDENT gets `line = ""`, yet CPython still converts its byte offset with
      // _PyPegen_byte_offset_to_character_offset_line(line, 0, byte_offset), walking past the end of the empty
      // string. Only when EOF is hit inside an f-string is the offset non-zero (the readline buffer is not
      // reset); the bytes that follow "" in memory then raise ValueError once the walk reaches them.
      yield {
        kind: "error",
        traceback:
          "ValueError: Invalid UTF-8 sequence\n" +
          "\nThe above exception was the direct cause of the following exception:\n\n" +
          TB_HEAD +
          TB_TOKENS +
          TB_TOKENIZE +
          TB_MAKE_TUPLE +
          "SystemError: <built-in method __new__ of type object at 0x313cd0> returned a result with an exception set\n",
        excType: "SystemError",
        message: "returned a result with an exception set",
      };
      return;
    }
    const isStrLit = type === STRING || type === FSTRING_MIDDLE;
    const lineStart = isStrLit ? tok.multiLineStart : tok.lineStart;
    let lineChanged = true;
    if (isTrailing) {
      lineBase = -1; // the empty line
    } else if (tok.lineno !== lastLineno) {
      lineBase = lineStart;
      byteColOffsetDiff = 0;
    } else {
      lineChanged = false;
    }
    let lineno = isStrLit ? tok.firstLineno : tok.lineno;
    let endLineno = tok.lineno;
    let colOffset = -1;
    let endColOffset = -1;
    let byteOffset = -1;
    if (!isTrailing) {
      if (t.start >= 0 && t.start >= lineStart) {
        byteOffset = t.start - lineStart;
        if (lineChanged) {
          colOffset = leadByteChars(data, lineBase, lineBase + byteOffset);
          byteColOffsetDiff = byteOffset - colOffset;
        } else {
          colOffset = byteOffset - byteColOffsetDiff;
        }
      }
      if (t.end >= 0 && t.end >= tok.lineStart) {
        const endByteOffset = t.end - tok.lineStart;
        if (lineno === endLineno) {
          const tokenColOffset = leadByteChars(data, lineBase + byteOffset, lineBase + endByteOffset);
          endColOffset = colOffset + tokenColOffset;
          byteColOffsetDiff += t.end - t.start - tokenColOffset;
        } else {
          // _PyPegen_byte_offset_to_character_offset_raw(tok->line_start, end_byte_offset)
          const len = tok.inp - tok.lineStart;
          endColOffset =
            endByteOffset > len
              ? charCount(data, tok.lineStart, tok.inp) + 1
              : charCount(data, tok.lineStart, tok.lineStart + endByteOffset);
          byteColOffsetDiff += endByteOffset - endColOffset;
        }
      }
      lastLineno = lineno;
    } else {
      lineno = endLineno = lineno + 1;
      colOffset = endColOffset = 0;
    }
    if (type > DEDENT && type < OP) {
      type = OP;
    } else if (type === ASYNC || type === AWAIT) {
      type = NAME;
    } else if (type === NEWLINE) {
      // With an implicit newline CPython keeps the token text ("" or "\r": its Py_DECREF'd cached singleton).
      if (!tok.implicitNewline) str = data[tok.start] === 13 ? "\r\n" : "\n";
      endColOffset++;
    } else if (type === NL) {
      if (tok.implicitNewline) str = "";
    }
    yield { kind: "token", token: { type, string: str, start: [lineno, colOffset], end: [endLineno, endColOffset] } };
    if (type === ENDMARKER) return;
  }
}

/** _tokenizer_error of Python-tokenize.c + the exception handling of tokenize._generate_tokens_from_c_tokenizer. */
function tokenizeModuleError(tok: Tokenizer): TokenizeEvent & { kind: "error" } {
  const raw = tok.rawSyntaxError;
  if (raw) return tokenErrorEvent(raw.msg, raw.lineno, raw.offset);
  const exc = tok.exception;
  if (exc && exc.pyType !== "SyntaxError") {
    // not a SyntaxError: _generate_tokens_from_c_tokenizer lets it through
    return {
      kind: "error",
      traceback: TB_HEAD + TB_TOKENS + TB_TOKENIZE + TB_FOR_INFO + `${exc.pyType}: ${exc.msg}\n`,
      excType: exc.pyType,
      message: exc.msg,
    };
  }
  let msg: string;
  let stype = "SyntaxError";
  switch (tok.done) {
    case E_TOKEN:
      msg = "invalid token";
      break;
    case E_EOF:
      return tokenErrorEvent("unexpected EOF in multi-line statement", tok.lineno, Math.max(0, tok.inp - tok.buf));
    case E_DEDENT:
      msg = "unindent does not match any outer indentation level";
      stype = "IndentationError";
      break;
    case E_TABSPACE:
      stype = "TabError";
      msg = "inconsistent use of tabs and spaces in indentation";
      break;
    case E_TOODEEP:
      stype = "IndentationError";
      msg = "too many levels of indentation";
      break;
    case E_LINECONT:
      msg = "unexpected character after line continuation character";
      break;
    default:
      msg = "unknown tokenization error";
  }
  // error_line = buf..inp without its final newline; offset = its length in characters + 1
  const errorLine = decodeUtf8(tok.data, tok.buf, Math.max(tok.buf, tok.inp - 1));
  const offset = byteOffsetToCharacterOffset(errorLine, tok.inp - tok.buf);
  if (stype === "SyntaxError") return tokenErrorEvent(msg, tok.lineno, offset);
  return reraisedErrorEvent(stype, msg, tok.lineno, errorLine, offset);
}

/** tokenize.tokenize(): the TokenInfo list, throwing on error (message: the exception line). */
export function tokenizeModuleTokens(source: Uint8Array, filename: string | null = null): PyTokenInfo[] {
  const out: PyTokenInfo[] = [];
  for (const ev of tokenizeModuleEvents(source, filename)) {
    if (ev.kind === "token") out.push(ev.token);
    else if (ev.kind === "error") throw new Error(`${ev.excType}: ${ev.message}`);
  }
  return out;
}

/**
 * Exactly the text the reference prints for
 *   for t in tokenize.tokenize(f.readline): print(tok_name[t.exact_type], repr(t.string), t.start, t.end)
 * including SyntaxWarnings (stderr) and, if tokenizing fails, the traceback.
 */
export function tokenizeForTokenizeModule(source: Uint8Array, filename: string | null = null): string {
  const parts: string[] = [];
  for (const ev of tokenizeModuleEvents(source, filename)) {
    if (ev.kind === "token") {
      const t = ev.token;
      parts.push(
        `${tok_name[exactType(t)]} ${pyRepr(t.string)} (${t.start[0]}, ${t.start[1]}) (${t.end[0]}, ${t.end[1]})\n`
      );
    } else if (ev.kind === "warning") {
      parts.push(ev.text);
    } else {
      parts.push(ev.traceback);
    }
  }
  return parts.join("");
}
