// String literals: CPython 3.12's Parser/string_parser.c (decode_unicode_with_escapes,
// decode_bytes_with_escapes, _PyPegen_parse_string, _PyPegen_decode_string) with the escape decoders of
// Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal) and Objects/bytesobject.c
// (_PyBytes_DecodeEscape), including their error messages and positions.
//
// Invalid escape sequences only warn in CPython 3.12 (SyntaxWarning); Typhon records nothing for now.

import type { Parser, Token } from "./pegen.js";
import { RAISE_SYNTAX_ERROR, RAISE_SYNTAX_ERROR_KNOWN_LOCATION } from "./pegen_errors.js";
import { ALIASES, ALPHA, GAPS, NAMES, RANGES, WORDS } from "./unicode_names.js";
import { unicodeDecodeErrorMessage, utf8FirstError } from "./tokenizer.js";

/**
 * The UnicodeDecodeError CPython raises for the (not UTF-8) bytes `body` of a string literal: decoded as a
 * whole when `raw` (no escape processing), else run by run of non-ASCII bytes (decode_utf8 of string_parser.c).
 */
export function invalidUtf8Error(body: Uint8Array, raw: boolean): StringDecodeError | null {
  if (raw) {
    const e = utf8FirstError(body, 0, body.length);
    return e && new StringDecodeError("unicode error", unicodeDecodeErrorMessage("utf-8", body, 0, e));
  }
  let i = 0;
  while (i < body.length) {
    if (body[i]! < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < body.length && body[j]! >= 0x80) j++;
    const e = utf8FirstError(body, i, j);
    if (e) return new StringDecodeError("unicode error", unicodeDecodeErrorMessage("utf-8", body, i, e));
    i = j;
  }
  return null;
}

/** A decoding error (UnicodeDecodeError or ValueError) that pegen turns into "(unicode error) ..." */
export class StringDecodeError extends Error {
  constructor(
    readonly errtype: "unicode error" | "value error",
    message: string,
  ) {
    super(message);
  }
}

/** \N{name} lookup (unicodedata.lookup semantics, without aliases for sequences); pluggable. */
let unicodeNameLookup: (name: string) => number | null = defaultNameLookup;

/** Install the Unicode character name database used for \N{...} escapes (returns the code point or null). */
export function setUnicodeNameLookup(fn: (name: string) => number | null): void {
  unicodeNameLookup = fn;
}

let nameTable: Map<string, number> | null = null;

/** Decode unicode_names.ts (see scripts/gen-unicode-names.py) into a name -> code point map. */
function buildNameTable(): Map<string, number> {
  const map = new Map<string, number>();
  const words = WORDS.split(" ");
  const alpha = new Int32Array(128).fill(-1);
  for (let i = 0; i < ALPHA.length; i++) alpha[ALPHA.charCodeAt(i)] = i;
  const gaps = new Map<number, number>();
  for (const g of GAPS.split(",")) {
    const k = g.indexOf(":");
    gaps.set(parseInt(g.slice(0, k), 16), parseInt(g.slice(k + 1), 16));
  }
  let prev: string[] = [];
  let cp = -1;
  let entry = 0;
  let i = 0;
  const n = NAMES.length;
  while (i < n) {
    const shared = alpha[NAMES.charCodeAt(i++)]!;
    const ws = prev.slice(0, shared);
    while (NAMES.charCodeAt(i) !== 0x20) {
      const a = alpha[NAMES.charCodeAt(i++)]!;
      let idx: number;
      if (a < 50) idx = a;
      else if (a < 80) idx = 50 + (a - 50) * 90 + alpha[NAMES.charCodeAt(i++)]!;
      else {
        const b = alpha[NAMES.charCodeAt(i++)]!;
        const c = alpha[NAMES.charCodeAt(i++)]!;
        idx = 50 + 30 * 90 + (a - 80) * 8100 + b * 90 + c;
      }
      ws.push(words[idx]!);
    }
    i++;
    const g = gaps.get(entry);
    cp = g !== undefined ? g : cp + 1;
    map.set(ws.join(" "), cp);
    prev = ws;
    entry++;
  }
  for (const [alias, c] of ALIASES) map.set(alias, c);
  return map;
}

// Hangul syllables (CPython's Modules/unicodedata.c: find_syllable over the jamo short names)
const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

function findSyllable(s: string, pos: number, table: string[]): [number, number] {
  let len = -1;
  let best = -1;
  for (let i = 0; i < table.length; i++) {
    const j = table[i]!;
    if (j.length > len && s.startsWith(j, pos)) {
      len = j.length;
      best = i;
    }
  }
  return [best, best < 0 ? pos : pos + len];
}

function defaultNameLookup(name: string): number | null {
  const n = name.toUpperCase();
  if (n.startsWith("HANGUL SYLLABLE ")) {
    let pos = 16;
    const [l, p1] = findSyllable(n, pos, JAMO_L);
    const [v, p2] = findSyllable(n, (pos = p1), JAMO_V);
    const [t, p3] = findSyllable(n, (pos = p2), JAMO_T);
    if (l !== -1 && v !== -1 && t !== -1 && p3 === n.length) return 0xac00 + (l * 21 + v) * 28 + t;
    return null;
  }
  const dash = n.lastIndexOf("-");
  if (dash > 0) {
    const prefix = n.slice(0, dash);
    const hex = n.slice(dash + 1);
    if (/^[0-9A-F]{4,5}$/.test(hex)) {
      const cp = parseInt(hex, 16);
      for (const [p, a, b] of RANGES) if (p === prefix && cp >= a && cp <= b) return cp;
    }
  }
  if (nameTable === null) nameTable = buildNameTable();
  return nameTable.get(n) ?? null;
}

function hexval(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function decodeErrorMessage(codec: string, buf: string, start: number, end: number, reason: string): string {
  if (end - start === 1) {
    const b = buf.charCodeAt(start);
    return `'${codec}' codec can't decode byte 0x${b.toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
  }
  return `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

export interface EscapeResult {
  value: string;
  /** index in the decoded buffer of the first invalid escape, -1 if none */
  firstInvalidEscape: number;
}

/**
 * _PyUnicode_DecodeUnicodeEscapeInternal over a buffer of byte values (as a JS string of chars < 256).
 * Throws StringDecodeError with CPython's message.
 */
export function decodeUnicodeEscape(s: string): EscapeResult {
  let out = "";
  let firstInvalid = -1;
  const end = s.length;
  let i = 0;
  while (i < end) {
    // fast path: copy a run of non-backslash characters
    const bs = s.indexOf("\\", i);
    if (bs < 0) {
      out += s.slice(i);
      break;
    }
    if (bs > i) out += s.slice(i, bs);
    const startinpos = bs;
    i = bs + 1;
    if (i >= end) {
      throw new StringDecodeError("unicode error", decodeErrorMessage("unicodeescape", s, startinpos, end, "\\ at end of string"));
    }
    const c = s.charCodeAt(i++);
    let message = "";
    let ch = 0;
    let count = 0;
    switch (c) {
      case 0x0a: // \<newline>
        continue;
      case 0x5c:
        out += "\\";
        continue;
      case 0x27:
        out += "'";
        continue;
      case 0x22:
        out += '"';
        continue;
      case 0x62:
        out += "\b";
        continue;
      case 0x66:
        out += "\f";
        continue;
      case 0x74:
        out += "\t";
        continue;
      case 0x6e:
        out += "\n";
        continue;
      case 0x72:
        out += "\r";
        continue;
      case 0x76:
        out += "\v";
        continue;
      case 0x61:
        out += "\x07";
        continue;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        ch = c - 0x30;
        if (i < end && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x37) {
          ch = (ch << 3) + s.charCodeAt(i++) - 0x30;
          if (i < end && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x37) {
            ch = (ch << 3) + s.charCodeAt(i++) - 0x30;
          }
        }
        if (ch > 0o377 && firstInvalid < 0) firstInvalid = startinpos;
        out += String.fromCodePoint(ch);
        continue;
      }
      case 0x78: // x
        count = 2;
        message = "truncated \\xXX escape";
        break;
      case 0x75: // u
        count = 4;
        message = "truncated \\uXXXX escape";
        break;
      case 0x55: // U
        count = 8;
        message = "truncated \\UXXXXXXXX escape";
        break;
      case 0x4e: {
        // \N{name}
        message = "malformed \\N character escape";
        if (i >= end) throw new StringDecodeError("unicode error", decodeErrorMessage("unicodeescape", s, startinpos, end, message));
        if (s.charCodeAt(i) === 0x7b) {
          const nstart = ++i;
          while (i < end && s.charCodeAt(i) !== 0x7d) i++;
          if (i >= end) throw new StringDecodeError("unicode error", decodeErrorMessage("unicodeescape", s, startinpos, end, message));
          const namelen = i - nstart;
          if (namelen) {
            i++;
            const cp = unicodeNameLookup(s.slice(nstart, nstart + namelen));
            if (cp !== null) {
              out += String.fromCodePoint(cp);
              continue;
            }
            message = "unknown Unicode character name";
          }
        }
        throw new StringDecodeError("unicode error", decodeErrorMessage("unicodeescape", s, startinpos, i, message));
      }
      default:
        if (firstInvalid < 0) firstInvalid = i - 1;
        out += "\\" + String.fromCharCode(c);
        continue;
    }
    // hex escapes
    for (ch = 0; count; ++i, --count) {
      if (i >= end) throw new StringDecodeError("unicode error", decodeErrorMessage("unicodeescape", s, startinpos, end, message));
      const v = hexval(s.charCodeAt(i));
      if (v < 0) throw new StringDecodeError("unicode error", decodeErrorMessage("unicodeescape", s, startinpos, i, message));
      ch = ch * 16 + v;
    }
    if (ch > 0x10ffff) {
      throw new StringDecodeError("unicode error", decodeErrorMessage("unicodeescape", s, startinpos, i, "illegal Unicode character"));
    }
    out += String.fromCodePoint(ch);
  }
  return { value: out, firstInvalidEscape: firstInvalid };
}

/** decode_unicode_with_escapes: `body` is the literal's text between the quotes (a JS string). */
export function decode_unicode_with_escapes(_p: Parser, body: string, _t: Token | null): string {
  // Non-ASCII characters become \UXXXXXXXX escapes (and a backslash before one becomes \u005c) so the
  // escape decoder sees ASCII; error positions refer to this buffer, as in CPython.
  let buf = "";
  let ascii = true;
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    buf = body;
  } else {
    const parts: string[] = [];
    let i = 0;
    const n = body.length;
    while (i < n) {
      let c = body.charCodeAt(i);
      if (c === 0x5c) {
        parts.push("\\");
        i++;
        if (i >= n || body.charCodeAt(i) >= 0x80) {
          parts.push("u005c");
          if (i >= n) break;
        }
        c = body.charCodeAt(i);
      }
      if (c >= 0x80) {
        const cp = body.codePointAt(i)!;
        parts.push("\\U" + cp.toString(16).padStart(8, "0"));
        i += cp > 0xffff ? 2 : 1;
      } else {
        parts.push(String.fromCharCode(c));
        i++;
      }
    }
    buf = parts.join("");
  }
  return decodeUnicodeEscape(buf).value;
}

/** _PyBytes_DecodeEscape over the literal's bytes (each char of `s` is a byte, < 0x80). */
export function decode_bytes_with_escapes(_p: Parser, s: string, _t: Token | null): Uint8Array {
  const out = new Uint8Array(s.length);
  let o = 0;
  const end = s.length;
  let i = 0;
  while (i < end) {
    const c0 = s.charCodeAt(i);
    if (c0 !== 0x5c) {
      out[o++] = c0;
      i++;
      continue;
    }
    i++;
    if (i >= end) throw new StringDecodeError("value error", "Trailing \\ in string");
    const c = s.charCodeAt(i++);
    switch (c) {
      case 0x0a:
        break;
      case 0x5c:
        out[o++] = 0x5c;
        break;
      case 0x27:
        out[o++] = 0x27;
        break;
      case 0x22:
        out[o++] = 0x22;
        break;
      case 0x62:
        out[o++] = 8;
        break;
      case 0x66:
        out[o++] = 12;
        break;
      case 0x74:
        out[o++] = 9;
        break;
      case 0x6e:
        out[o++] = 10;
        break;
      case 0x72:
        out[o++] = 13;
        break;
      case 0x76:
        out[o++] = 11;
        break;
      case 0x61:
        out[o++] = 7;
        break;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37: {
        let ch = c - 0x30;
        if (i < end && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x37) {
          ch = (ch << 3) + s.charCodeAt(i++) - 0x30;
          if (i < end && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x37) {
            ch = (ch << 3) + s.charCodeAt(i++) - 0x30;
          }
        }
        out[o++] = ch & 0xff;
        break;
      }
      case 0x78: {
        if (i + 1 < end) {
          const d1 = hexval(s.charCodeAt(i));
          const d2 = hexval(s.charCodeAt(i + 1));
          if (d1 >= 0 && d2 >= 0) {
            out[o++] = (d1 << 4) | d2;
            i += 2;
            break;
          }
        }
        // strict error handling
        throw new StringDecodeError("value error", `invalid \\x escape at position ${i - 2}`);
      }
      default:
        out[o++] = 0x5c;
        i--;
    }
  }
  return out.slice(0, o);
}

/** _PyPegen_decode_string */
export function _PyPegen_decode_string(p: Parser, raw: boolean, s: string, t: Token | null): string {
  if (raw) return s;
  return decode_unicode_with_escapes(p, s, t);
}

export interface ParsedString {
  bytes: boolean;
  str: string | null;
  data: Uint8Array | null;
}

/** _PyPegen_parse_string: the value of a STRING token. Throws StringDecodeError on escape errors. */
export function _PyPegen_parse_string(p: Parser, t: Token): ParsedString {
  const text = t.string;
  let i = 0;
  let quote = text.charCodeAt(0);
  let bytesmode = false;
  let rawmode = false;
  // string prefix
  for (;;) {
    if (quote === 0x62 || quote === 0x42) bytesmode = true;
    else if (quote === 0x72 || quote === 0x52) rawmode = true;
    else if (quote !== 0x75 && quote !== 0x55) break;
    quote = text.charCodeAt(++i);
  }
  let start = i + 1;
  let end = text.length - 1;
  if (end - start >= 4 && text.charCodeAt(start) === quote && text.charCodeAt(start + 1) === quote) {
    start += 2;
    end -= 2;
  }
  const body = text.slice(start, end);
  // Avoid invoking escape decoding routines if possible.
  rawmode = rawmode || body.indexOf("\\") < 0;
  if (t.raw !== null && !bytesmode) {
    // not UTF-8: the token text has replacement characters; the prefix and quotes are ASCII
    const e = invalidUtf8Error(t.raw.subarray(start, t.raw.length - (text.length - end)), rawmode);
    if (e) throw e;
  }
  if (bytesmode) {
    // Disallow non-ASCII characters.
    for (let k = 0; k < body.length; k++) {
      if (body.charCodeAt(k) >= 0x80) RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, t, "bytes can only contain ASCII literal characters");
    }
    if (rawmode) {
      const data = new Uint8Array(body.length);
      for (let k = 0; k < body.length; k++) data[k] = body.charCodeAt(k);
      return { bytes: true, str: null, data };
    }
    return { bytes: true, str: null, data: decode_bytes_with_escapes(p, body, t) };
  }
  return { bytes: false, str: _PyPegen_decode_string(p, rawmode, body, t), data: null };
}

/** _Pypegen_raise_decode_error */
export function _Pypegen_raise_decode_error(p: Parser, e: unknown): never {
  if (e instanceof StringDecodeError) RAISE_SYNTAX_ERROR(p, "(%s) %U", e.errtype, e.message);
  throw e;
}
