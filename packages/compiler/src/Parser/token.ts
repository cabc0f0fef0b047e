// Token types of CPython 3.12 (Grammar/Tokens, Lib/token.py, Include/internal/pycore_token.h).
// The numbers and names are exactly those of CPython 3.12.7.

export const ENDMARKER = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const LPAR = 7;
export const RPAR = 8;
export const LSQB = 9;
export const RSQB = 10;
export const COLON = 11;
export const COMMA = 12;
export const SEMI = 13;
export const PLUS = 14;
export const MINUS = 15;
export const STAR = 16;
export const SLASH = 17;
export const VBAR = 18;
export const AMPER = 19;
export const LESS = 20;
export const GREATER = 21;
export const EQUAL = 22;
export const DOT = 23;
export const PERCENT = 24;
export const LBRACE = 25;
export const RBRACE = 26;
export const EQEQUAL = 27;
export const NOTEQUAL = 28;
export const LESSEQUAL = 29;
export const GREATEREQUAL = 30;
export const TILDE = 31;
export const CIRCUMFLEX = 32;
export const LEFTSHIFT = 33;
export const RIGHTSHIFT = 34;
export const DOUBLESTAR = 35;
export const PLUSEQUAL = 36;
export const MINEQUAL = 37;
export const STAREQUAL = 38;
export const SLASHEQUAL = 39;
export const PERCENTEQUAL = 40;
export const AMPEREQUAL = 41;
export const VBAREQUAL = 42;
export const CIRCUMFLEXEQUAL = 43;
export const LEFTSHIFTEQUAL = 44;
export const RIGHTSHIFTEQUAL = 45;
export const DOUBLESTAREQUAL = 46;
export const DOUBLESLASH = 47;
export const DOUBLESLASHEQUAL = 48;
export const AT = 49;
export const ATEQUAL = 50;
export const RARROW = 51;
export const ELLIPSIS = 52;
export const COLONEQUAL = 53;
export const EXCLAMATION = 54;
export const OP = 55;
export const AWAIT = 56;
export const ASYNC = 57;
export const TYPE_IGNORE = 58;
export const TYPE_COMMENT = 59;
export const SOFT_KEYWORD = 60;
export const FSTRING_START = 61;
export const FSTRING_MIDDLE = 62;
export const FSTRING_END = 63;
export const COMMENT = 64;
export const NL = 65;
// These aren't used by the C tokenizer but are needed for tokenize.py
export const ERRORTOKEN = 66;
export const ENCODING = 67;
export const N_TOKENS = 68;
// Special definitions for cooperation with parser
export const NT_OFFSET = 256;

/** tok_name as in Lib/token.py: number -> name. */
export const tok_name: Readonly<Record<number, string>> = Object.freeze({
  0: "ENDMARKER",
  1: "NAME",
  2: "NUMBER",
  3: "STRING",
  4: "NEWLINE",
  5: "INDENT",
  6: "DEDENT",
  7: "LPAR",
  8: "RPAR",
  9: "LSQB",
  10: "RSQB",
  11: "COLON",
  12: "COMMA",
  13: "SEMI",
  14: "PLUS",
  15: "MINUS",
  16: "STAR",
  17: "SLASH",
  18: "VBAR",
  19: "AMPER",
  20: "LESS",
  21: "GREATER",
  22: "EQUAL",
  23: "DOT",
  24: "PERCENT",
  25: "LBRACE",
  26: "RBRACE",
  27: "EQEQUAL",
  28: "NOTEQUAL",
  29: "LESSEQUAL",
  30: "GREATEREQUAL",
  31: "TILDE",
  32: "CIRCUMFLEX",
  33: "LEFTSHIFT",
  34: "RIGHTSHIFT",
  35: "DOUBLESTAR",
  36: "PLUSEQUAL",
  37: "MINEQUAL",
  38: "STAREQUAL",
  39: "SLASHEQUAL",
  40: "PERCENTEQUAL",
  41: "AMPEREQUAL",
  42: "VBAREQUAL",
  43: "CIRCUMFLEXEQUAL",
  44: "LEFTSHIFTEQUAL",
  45: "RIGHTSHIFTEQUAL",
  46: "DOUBLESTAREQUAL",
  47: "DOUBLESLASH",
  48: "DOUBLESLASHEQUAL",
  49: "AT",
  50: "ATEQUAL",
  51: "RARROW",
  52: "ELLIPSIS",
  53: "COLONEQUAL",
  54: "EXCLAMATION",
  55: "OP",
  56: "AWAIT",
  57: "ASYNC",
  58: "TYPE_IGNORE",
  59: "TYPE_COMMENT",
  60: "SOFT_KEYWORD",
  61: "FSTRING_START",
  62: "FSTRING_MIDDLE",
  63: "FSTRING_END",
  64: "COMMENT",
  65: "NL",
  66: "ERRORTOKEN",
  67: "ENCODING",
  68: "N_TOKENS",
  256: "NT_OFFSET",
});

/** EXACT_TOKEN_TYPES of Lib/token.py: operator string -> exact token type. */
export const EXACT_TOKEN_TYPES: Readonly<Record<string, number>> = Object.freeze({
  "!": EXCLAMATION,
  "!=": NOTEQUAL,
  "%": PERCENT,
  "%=": PERCENTEQUAL,
  "&": AMPER,
  "&=": AMPEREQUAL,
  "(": LPAR,
  ")": RPAR,
  "*": STAR,
  "**": DOUBLESTAR,
  "**=": DOUBLESTAREQUAL,
  "*=": STAREQUAL,
  "+": PLUS,
  "+=": PLUSEQUAL,
  ",": COMMA,
  "-": MINUS,
  "-=": MINEQUAL,
  "->": RARROW,
  ".": DOT,
  "...": ELLIPSIS,
  "/": SLASH,
  "//": DOUBLESLASH,
  "//=": DOUBLESLASHEQUAL,
  "/=": SLASHEQUAL,
  ":": COLON,
  ":=": COLONEQUAL,
  ";": SEMI,
  "<": LESS,
  "<<": LEFTSHIFT,
  "<<=": LEFTSHIFTEQUAL,
  "<=": LESSEQUAL,
  "=": EQUAL,
  "==": EQEQUAL,
  ">": GREATER,
  ">=": GREATEREQUAL,
  ">>": RIGHTSHIFT,
  ">>=": RIGHTSHIFTEQUAL,
  "@": AT,
  "@=": ATEQUAL,
  "[": LSQB,
  "]": RSQB,
  "^": CIRCUMFLEX,
  "^=": CIRCUMFLEXEQUAL,
  "{": LBRACE,
  "|": VBAR,
  "|=": VBAREQUAL,
  "}": RBRACE,
  "~": TILDE,
});

export function ISTERMINAL(x: number): boolean {
  return x < NT_OFFSET;
}
export function ISNONTERMINAL(x: number): boolean {
  return x >= NT_OFFSET;
}
export function ISEOF(x: number): boolean {
  return x === ENDMARKER;
}
/** ISSTRINGLIT of pycore_token.h (3.12): STRING or FSTRING_MIDDLE. */
export function ISSTRINGLIT(x: number): boolean {
  return x === STRING || x === FSTRING_MIDDLE;
}

// One-character operators, indexed by byte value (Parser/token.c: _PyToken_OneChar).
const ONE_CHAR = new Uint8Array(128).fill(OP);
ONE_CHAR[0x21] = EXCLAMATION; // !
ONE_CHAR[0x25] = PERCENT; // %
ONE_CHAR[0x26] = AMPER; // &
ONE_CHAR[0x28] = LPAR; // (
ONE_CHAR[0x29] = RPAR; // )
ONE_CHAR[0x2a] = STAR; // *
ONE_CHAR[0x2b] = PLUS; // +
ONE_CHAR[0x2c] = COMMA; // ,
ONE_CHAR[0x2d] = MINUS; // -
ONE_CHAR[0x2e] = DOT; // .
ONE_CHAR[0x2f] = SLASH; // /
ONE_CHAR[0x3a] = COLON; // :
ONE_CHAR[0x3b] = SEMI; // ;
ONE_CHAR[0x3c] = LESS; // <
ONE_CHAR[0x3d] = EQUAL; // =
ONE_CHAR[0x3e] = GREATER; // >
ONE_CHAR[0x40] = AT; // @
ONE_CHAR[0x5b] = LSQB; // [
ONE_CHAR[0x5d] = RSQB; // ]
ONE_CHAR[0x5e] = CIRCUMFLEX; // ^
ONE_CHAR[0x7b] = LBRACE; // {
ONE_CHAR[0x7c] = VBAR; // |
ONE_CHAR[0x7d] = RBRACE; // }
ONE_CHAR[0x7e] = TILDE; // ~

/** _PyToken_OneChar: the exact type of a one-byte operator, OP if none. */
export function oneChar(c1: number): number {
  return c1 >= 0 && c1 < 128 ? ONE_CHAR[c1]! : OP;
}

/** _PyToken_TwoChars: the exact type of a two-byte operator, OP if none (note "<>" is NOTEQUAL). */
export function twoChars(c1: number, c2: number): number {
  switch (c1) {
    case 0x21: // !
      if (c2 === 0x3d) return NOTEQUAL;
      break;
    case 0x25: // %
      if (c2 === 0x3d) return PERCENTEQUAL;
      break;
    case 0x26: // &
      if (c2 === 0x3d) return AMPEREQUAL;
      break;
    case 0x2a: // *
      if (c2 === 0x2a) return DOUBLESTAR;
      if (c2 === 0x3d) return STAREQUAL;
      break;
    case 0x2b: // +
      if (c2 === 0x3d) return PLUSEQUAL;
      break;
    case 0x2d: // -
      if (c2 === 0x3d) return MINEQUAL;
      if (c2 === 0x3e) return RARROW;
      break;
    case 0x2f: // /
      if (c2 === 0x2f) return DOUBLESLASH;
      if (c2 === 0x3d) return SLASHEQUAL;
      break;
    case 0x3a: // :
      if (c2 === 0x3d) return COLONEQUAL;
      break;
    case 0x3c: // <
      if (c2 === 0x3c) return LEFTSHIFT;
      if (c2 === 0x3d) return LESSEQUAL;
      if (c2 === 0x3e) return NOTEQUAL;
      break;
    case 0x3d: // =
      if (c2 === 0x3d) return EQEQUAL;
      break;
    case 0x3e: // >
      if (c2 === 0x3d) return GREATEREQUAL;
      if (c2 === 0x3e) return RIGHTSHIFT;
      break;
    case 0x40: // @
      if (c2 === 0x3d) return ATEQUAL;
      break;
    case 0x5e: // ^
      if (c2 === 0x3d) return CIRCUMFLEXEQUAL;
      break;
    case 0x7c: // |
      if (c2 === 0x3d) return VBAREQUAL;
      break;
  }
  return OP;
}

/** _PyToken_ThreeChars: the exact type of a three-byte operator, OP if none. */
export function threeChars(c1: number, c2: number, c3: number): number {
  if (c3 === 0x3d) {
    if (c1 === 0x2a && c2 === 0x2a) return DOUBLESTAREQUAL; // **=
    if (c1 === 0x2f && c2 === 0x2f) return DOUBLESLASHEQUAL; // //=
    if (c1 === 0x3c && c2 === 0x3c) return LEFTSHIFTEQUAL; // <<=
    if (c1 === 0x3e && c2 === 0x3e) return RIGHTSHIFTEQUAL; // >>=
  } else if (c1 === 0x2e && c2 === 0x2e && c3 === 0x2e) {
    return ELLIPSIS; // ...
  }
  return OP;
}
