/**
 * String formatting: the format mini-language (`format()`, `__format__` of str/int/float/complex/object, f-string
 * FORMAT_VALUE via PyObject_Format), `str.format`/`str.format_map`, and printf-style `str % args`; plus the
 * float-to-decimal conversions they rest on (PyOS_double_to_string over a correctly rounded `_Py_dg_dtoa`).
 *
 * CPython 3.12: Python/formatter_unicode.c, Objects/stringlib/unicode_format.h, Objects/unicodeobject.c
 * (PyUnicode_Format), Python/pystrtod.c (PyOS_double_to_string, format_float_short), Python/dtoa.c (_Py_dg_dtoa),
 * Objects/floatobject.c (float___format__, float___round__), Objects/longobject.c (int___format__, int___round__),
 * Objects/complexobject.c (complex___format__), Objects/typeobject.c (object___format__), Objects/abstract.c
 * (PyObject_Format).
 */
import { PyObject, PyTypeObject, Py_TYPE, PyBaseObject_Type, type PyMethodDefLike } from "./object.js";

// =====================================================================================================
// Decimal conversion of doubles (CPython 3.12: Python/dtoa.c, _Py_dg_dtoa modes 0, 2 and 3)
// =====================================================================================================

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** The number of binary digits after the point in finite nonzero |x| (0 for integers). */
function fracBits(x: number): number {
  f64[0] = x;
  const lo = u32[0];
  const hi = u32[1];
  const bexp = (hi >>> 20) & 0x7ff;
  const lsb = (bexp === 0 ? 1 : bexp) - 1075;
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else {
    const h = bexp === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000;
    tz = 63 - Math.clz32(h & -h);
  }
  const e = lsb + tz;
  return e >= 0 ? 0 : -e;
}
/** |x| = M * 2**E exactly (x finite, nonzero). */
function decompose(x: number): [bigint, number] {
  f64[0] = x;
  const lo = u32[0];
  const hi = u32[1];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp !== 0) m |= 1n << 52n;
  return [m, (bexp === 0 ? 1 : bexp) - 1075];
}
const BIG10: bigint[] = [];
function pow10n(k: number): bigint {
  if (k < 64) {
    let v = BIG10[k];
    if (v === undefined) BIG10[k] = v = 10n ** BigInt(k);
    return v;
  }
  return 10n ** BigInt(k);
}
/** round-half-even(M * 2**E * 10**q). */
function scaledRound(m: bigint, e: number, q: number): bigint {
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (q >= 0) num *= pow10n(q);
  else den *= pow10n(-q);
  let quo = num / den;
  const twice = 2n * (num - quo * den);
  if (twice > den || (twice === den && (quo & 1n) === 1n)) quo += 1n;
  return quo;
}
/** floor(log10(|x|)) exactly, for x = M * 2**E. */
function floorLog10(x: number, m: bigint, e: number): number {
  // sign of M*2**E - 10**k
  const cmp = (k: number): number => {
    let a = m;
    let b = 1n;
    if (e >= 0) a <<= BigInt(e);
    else b <<= BigInt(-e);
    let p = 1n;
    let q = 1n;
    if (k >= 0) p = pow10n(k);
    else q = pow10n(-k);
    const l = a * q;
    const r = p * b;
    return l < r ? -1 : l > r ? 1 : 0;
  };
  let k = Math.floor(Math.log10(x));
  while (cmp(k) < 0) k--;
  while (cmp(k + 1) >= 0) k++;
  return k;
}
/** Could rounding |x| to `p` digits after the decimal point (p < 0: to a multiple of 10**-p) hit an exact tie? */
function maybeTie(x: number, p: number): boolean {
  if (p >= 0) return fracBits(x) === p + 1;
  if (fracBits(x) !== 0) return false;
  if (x >= 2 ** 53) return true; // let the exact path decide
  if (-p > 22) return false;
  return x % 10 ** -p === 5 * 10 ** (-p - 1);
}

/** The result of `_Py_dg_dtoa`: the significant digits without trailing zeros, and the decimal point position. */
export interface DtoaResult {
  digits: string;
  decpt: number;
  sign: boolean;
}
function stripZeros(d: string): string {
  let n = d.length;
  while (n > 0 && d.charCodeAt(n - 1) === 48) n--;
  return d.slice(0, n);
}
/**
 * CPython 3.12: Python/dtoa.c (_Py_dg_dtoa) for finite `d`: mode 0 the shortest string that round-trips; mode 2
 * `ndigits` significant digits (ndigits >= 1); mode 3 `ndigits` digits after the decimal point (may be negative).
 * Rounding is correct (round-half-even on the exact binary value). A result that rounds to zero in mode 3 has no
 * digits and decpt = -ndigits, as in dtoa.c.
 */
export function _Py_dg_dtoa(d: number, mode: 0 | 2 | 3, ndigits: number): DtoaResult {
  const sign = d < 0 || Object.is(d, -0);
  const x = Math.abs(d);
  if (x === 0) return { digits: "0", decpt: 1, sign };
  if (mode === 0) {
    const s = x.toExponential();
    const ep = s.indexOf("e");
    return { digits: s.slice(0, ep).replace(".", ""), decpt: Number(s.slice(ep + 1)) + 1, sign };
  }
  if (mode === 2) {
    if (ndigits <= 101) {
      const s = x.toExponential(ndigits - 1);
      const ep = s.indexOf("e");
      const er = Number(s.slice(ep + 1));
      if (!maybeTie(x, ndigits - 1 - er) && !maybeTie(x, ndigits - er)) {
        return { digits: stripZeros(s.slice(0, ep).replace(".", "")), decpt: er + 1, sign };
      }
    }
    const [m, e] = decompose(x);
    let k = floorLog10(x, m, e);
    let n = scaledRound(m, e, ndigits - 1 - k);
    if (n >= pow10n(ndigits)) {
      n /= 10n;
      k++;
    }
    return { digits: stripZeros(n.toString()), decpt: k + 1, sign };
  }
  if (ndigits >= 0 && ndigits <= 100 && x < 1e21 && !maybeTie(x, ndigits)) {
    const s = x.toFixed(ndigits);
    const dot = s.indexOf(".");
    const intLen = dot < 0 ? s.length : dot;
    let all = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
    let decpt = intLen;
    let i = 0;
    while (i < all.length && all.charCodeAt(i) === 48) i++;
    decpt -= i;
    all = stripZeros(all.slice(i));
    if (all === "") return { digits: "", decpt: -ndigits, sign };
    return { digits: all, decpt, sign };
  }
  const [m, e] = decompose(x);
  const n = scaledRound(m, e, ndigits);
  if (n === 0n) return { digits: "", decpt: -ndigits, sign };
  const s = n.toString();
  return { digits: stripZeros(s), decpt: s.length - ndigits, sign };
}

/** Flags of PyOS_double_to_string. CPython 3.12: Include/pystrtod.h */
export const Py_DTSF_SIGN = 0x01;
export const Py_DTSF_ADD_DOT_0 = 0x02;
export const Py_DTSF_ALT = 0x04;
export const Py_DTSF_NO_NEG_0 = 0x08;

/** CPython 3.12: Python/pystrtod.c (format_float_short) */
function format_float_short(
  d: number,
  format_code: string,
  mode: 0 | 2 | 3,
  precision: number,
  always_add_sign: boolean,
  add_dot_0_if_integer: boolean,
  use_alt_formatting: boolean,
  no_negative_zero: boolean,
  upper: boolean,
): string {
  if (!Number.isFinite(d)) {
    const nan = Number.isNaN(d);
    let p = !nan && d < 0 ? "-" : always_add_sign ? "+" : "";
    p += nan ? (upper ? "NAN" : "nan") : upper ? "INF" : "inf";
    return p;
  }
  const r = _Py_dg_dtoa(d, mode, precision);
  const digits = r.digits;
  let sign = r.sign;
  let decpt = r.decpt;
  const digits_len = digits.length;
  if (no_negative_zero && sign && (digits_len === 0 || (digits_len === 1 && digits === "0"))) sign = false;

  let vdigits_end = digits_len;
  let use_exp = false;
  switch (format_code) {
    case "e":
      use_exp = true;
      vdigits_end = precision;
      break;
    case "f":
      vdigits_end = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (add_dot_0_if_integer ? precision - 1 : precision)) use_exp = true;
      if (use_alt_formatting) vdigits_end = precision;
      break;
    case "r":
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  let exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0_if_integer) vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  let p = sign ? "-" : always_add_sign ? "+" : "";
  if (decpt <= 0) {
    p += "0".repeat(decpt - vdigits_start) + "." + "0".repeat(-decpt);
  } else {
    p += "0".repeat(-vdigits_start);
  }
  if (0 < decpt && decpt <= digits_len) {
    p += digits.slice(0, decpt) + "." + digits.slice(decpt);
  } else {
    p += digits;
  }
  if (digits_len < decpt) {
    p += "0".repeat(decpt - digits_len) + "." + "0".repeat(vdigits_end - decpt);
  } else {
    p += "0".repeat(vdigits_end - digits_len);
  }
  if (p.charCodeAt(p.length - 1) === 46 && !use_alt_formatting) p = p.slice(0, -1);
  if (use_exp) {
    const a = Math.abs(exp);
    p += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
  }
  return p;
}

/**
 * CPython 3.12: Python/pystrtod.c (PyOS_double_to_string): `format_code` one of e E f F g G r; flags Py_DTSF_*.
 */
export function PyOS_double_to_string(val: number, format_code: string, precision: number, flags: number): string {
  // Fast paths for the common fixed and exponent forms: the host's correctly rounded conversions give the final
  // digits whenever the value is not an exact tie (ties round half-even here, half-up in the host).
  if (Number.isFinite(val) && precision <= 100 && val !== 0) {
    const ax = Math.abs(val);
    const neg = val < 0;
    if ((format_code === "f" || format_code === "F") && ax < 1e21 && !maybeTie(ax, precision)) {
      let s = ax.toFixed(precision);
      if (precision === 0 && flags & Py_DTSF_ALT) s += ".";
      const showNeg = neg && !(flags & Py_DTSF_NO_NEG_0 && /^[0.]*$/.test(s));
      return (showNeg ? "-" : flags & Py_DTSF_SIGN ? "+" : "") + s;
    }
    if (format_code === "e" || format_code === "E") {
      const t = ax.toExponential(precision);
      const ep = t.indexOf("e");
      const er = Number(t.slice(ep + 1));
      if (!maybeTie(ax, precision - er) && !maybeTie(ax, precision + 1 - er)) {
        let m = t.slice(0, ep);
        if (precision === 0 && flags & Py_DTSF_ALT) m += ".";
        const a = er < 0 ? -er : er;
        const showNeg = neg && !(flags & Py_DTSF_NO_NEG_0 && /^[0.]*$/.test(m));
        return (showNeg ? "-" : flags & Py_DTSF_SIGN ? "+" : "") + m + (format_code === "E" ? "E" : "e") + (er < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
      }
    }
  }
  let mode: 0 | 2 | 3;
  let upper = false;
  let code = format_code;
  switch (format_code) {
    case "E":
    case "e":
      upper = format_code === "E";
      code = "e";
      mode = 2;
      precision++;
      break;
    case "F":
    case "f":
      upper = format_code === "F";
      code = "f";
      mode = 3;
      break;
    case "G":
    case "g":
      upper = format_code === "G";
      code = "g";
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case "r":
      mode = 0;
      if (precision !== 0) PyErr_RaiseFormat(PyExc_SystemError, "bad argument to internal function");
      break;
    default:
      PyErr_RaiseFormat(PyExc_SystemError, "bad argument to internal function");
  }
  return format_float_short(
    val,
    code,
    mode,
    precision,
    (flags & Py_DTSF_SIGN) !== 0,
    (flags & Py_DTSF_ADD_DOT_0) !== 0,
    (flags & Py_DTSF_ALT) !== 0,
    (flags & Py_DTSF_NO_NEG_0) !== 0,
    upper,
  );
}

// =====================================================================================================
// The format specification mini-language (CPython 3.12: Python/formatter_unicode.c)
// =====================================================================================================

/** Locale types. LT_NO_LOCALE must be zero. */
const LT_NO_LOCALE = 0;
const LT_DEFAULT_LOCALE = 1;
const LT_UNDERSCORE_LOCALE = 2;
const LT_UNDER_FOUR_LOCALE = 3;
const LT_CURRENT_LOCALE = 4;

interface InternalFormatSpec {
  fill_char: string;
  align: string;
  alternate: boolean;
  no_neg_0: boolean;
  sign: string;
  width: number;
  thousands_separators: number;
  precision: number;
  type: string;
}

/** "'c'" for a printable ASCII presentation type, else "'\\xNN'". */
function charRepr(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? `'${c}'` : `'\\x${cp.toString(16)}'`;
}
/** CPython 3.12: Python/formatter_unicode.c (unknown_presentation_type) */
function unknown_presentation_type(type: string, type_name: string): never {
  PyErr_RaiseFormat(PyExc_ValueError, `Unknown format code ${charRepr(type)} for object of type '${type_name}'`);
}
/** CPython 3.12: Python/formatter_unicode.c (invalid_thousands_separator_type) */
function invalid_thousands_separator_type(specifier: number, type: string): never {
  const sep = specifier === LT_DEFAULT_LOCALE ? "," : "_";
  PyErr_RaiseFormat(PyExc_ValueError, `Cannot specify '${sep}' with ${charRepr(type)}.`);
}
function invalid_comma_and_underscore(): never {
  PyErr_RaiseFormat(PyExc_ValueError, "Cannot specify both ',' and '_'.");
}

/** The value of a decimal digit character (category Nd), or -1. CPython 3.12: Py_UNICODE_TODECIMAL */
export function _PyUnicode_ToDecimalDigit(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128 || !Py_UNICODE_ISDECIMAL(cp)) return -1;
  // Nd characters come in contiguous runs of ten, 0 to 9.
  let start = cp;
  while (Py_UNICODE_ISDECIMAL(start - 1)) start--;
  return (cp - start) % 10;
}

/** The code points of a str (a format spec is short). */
function codePoints(s: string): string[] {
  return Array.from(s);
}
/** CPython 3.12: Python/formatter_unicode.c (get_integer): [value, number of digits consumed, new pos]. */
function get_integer(spec: string[], pos: number, end: number): [number, number, number] {
  let acc = 0;
  let n = 0;
  let big: bigint | null = null;
  for (; pos < end; pos++, n++) {
    const d = _PyUnicode_ToDecimalDigit(spec[pos].codePointAt(0)!);
    if (d < 0) break;
    if (big !== null || acc > 1e15) {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > 0x7fffffffffffffffn) PyErr_RaiseFormat(PyExc_ValueError, "Too many decimal digits in format string");
    } else acc = acc * 10 + d;
  }
  return [big !== null ? Number(big) : acc, n, pos];
}
function is_alignment_token(c: string | undefined): boolean {
  return c === "<" || c === ">" || c === "=" || c === "^";
}
function is_sign_element(c: string | undefined): boolean {
  return c === " " || c === "+" || c === "-";
}

/** Parsed specs by default type/alignment and text (a spec that parses does not depend on the object). */
const specCache = new Map<string, InternalFormatSpec>();
/** CPython 3.12: Python/formatter_unicode.c (parse_internal_render_format_spec), memoized. The result is shared:
 * callers must not modify it. */
function parse_internal_render_format_spec(obj: PyObject, specStr: string, default_type: string, default_align: string): InternalFormatSpec {
  const key = default_type + default_align + specStr;
  let f = specCache.get(key);
  if (f === undefined) {
    f = parse_spec_uncached(obj, specStr, default_type, default_align);
    if (specCache.size > 2000) specCache.clear();
    specCache.set(key, f);
  }
  return f;
}
function parse_spec_uncached(obj: PyObject, specStr: string, default_type: string, default_align: string): InternalFormatSpec {
  const spec = codePoints(specStr);
  const end = spec.length;
  let pos = 0;
  const format: InternalFormatSpec = {
    fill_char: " ",
    align: default_align,
    alternate: false,
    no_neg_0: false,
    sign: "",
    width: -1,
    thousands_separators: LT_NO_LOCALE,
    precision: -1,
    type: default_type,
  };
  let align_specified = false;
  let fill_char_specified = false;
  if (end - pos >= 2 && is_alignment_token(spec[pos + 1])) {
    format.align = spec[pos + 1];
    format.fill_char = spec[pos];
    fill_char_specified = true;
    align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment_token(spec[pos])) {
    format.align = spec[pos];
    align_specified = true;
    ++pos;
  }
  if (end - pos >= 1 && is_sign_element(spec[pos])) {
    format.sign = spec[pos];
    ++pos;
  }
  if (end - pos >= 1 && spec[pos] === "z") {
    format.no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && spec[pos] === "#") {
    format.alternate = true;
    ++pos;
  }
  if (!fill_char_specified && end - pos >= 1 && spec[pos] === "0") {
    format.fill_char = "0";
    if (!align_specified && default_align === ">") format.align = "=";
    ++pos;
  }
  let consumed: number;
  [format.width, consumed, pos] = get_integer(spec, pos, end);
  if (consumed === 0) format.width = -1;
  if (end - pos && spec[pos] === ",") {
    format.thousands_separators = LT_DEFAULT_LOCALE;
    ++pos;
  }
  if (end - pos && spec[pos] === "_") {
    if (format.thousands_separators !== LT_NO_LOCALE) invalid_comma_and_underscore();
    format.thousands_separators = LT_UNDERSCORE_LOCALE;
    ++pos;
  }
  if (end - pos && spec[pos] === ",") {
    if (format.thousands_separators === LT_UNDERSCORE_LOCALE) invalid_comma_and_underscore();
  }
  if (end - pos && spec[pos] === ".") {
    ++pos;
    [format.precision, consumed, pos] = get_integer(spec, pos, end);
    if (consumed === 0) PyErr_RaiseFormat(PyExc_ValueError, "Format specifier missing precision");
  }
  if (end - pos > 1) {
    PyErr_RaiseFormat(PyExc_ValueError, `Invalid format specifier '${specStr}' for object of type '${Py_TYPE(obj).tp_name}'`);
  }
  if (end - pos === 1) {
    format.type = spec[pos];
    ++pos;
  }
  if (format.thousands_separators) {
    switch (format.type) {
      case "d": case "e": case "f": case "g": case "E": case "G": case "%": case "F": case "":
        break;
      case "b": case "o": case "x": case "X":
        if (format.thousands_separators !== LT_UNDERSCORE_LOCALE) invalid_thousands_separator_type(format.thousands_separators, format.type);
        format.thousands_separators = LT_UNDER_FOUR_LOCALE;
        break;
      default:
        invalid_thousands_separator_type(format.thousands_separators, format.type);
    }
  }
  return format;
}

/** CPython 3.12: Python/formatter_unicode.c (calc_padding): [left padding, right padding]. */
function calc_padding(nchars: number, width: number, align: string): [number, number] {
  const total = width >= 0 && width > nchars ? width : nchars;
  let left: number;
  if (align === ">") left = total - nchars;
  else if (align === "^") left = Math.floor((total - nchars) / 2);
  else left = 0;
  return [left, total - nchars - left];
}
function repeatFill(fill: string, n: number): string {
  if (n <= 0) return "";
  if (n > 0x1fffffe8) PyErr_NoMemory();
  return fill.repeat(n);
}

interface LocaleInfo {
  decimal_point: string;
  thousands_sep: string;
  /** Group size, repeated; 0 for no grouping. */
  grouping: number;
}
/** CPython 3.12: Python/formatter_unicode.c (get_locale_info); the current locale is the C locale. */
function get_locale_info(type: number): LocaleInfo {
  switch (type) {
    case LT_DEFAULT_LOCALE:
      return { decimal_point: ".", thousands_sep: ",", grouping: 3 };
    case LT_UNDERSCORE_LOCALE:
      return { decimal_point: ".", thousands_sep: "_", grouping: 3 };
    case LT_UNDER_FOUR_LOCALE:
      return { decimal_point: ".", thousands_sep: "_", grouping: 4 };
    default:
      return { decimal_point: ".", thousands_sep: "", grouping: 0 };
  }
}
/**
 * CPython 3.12: Objects/unicodeobject.c (_PyUnicode_InsertThousandsGrouping): `digits` with separators inserted
 * every `grouping` digits from the right, left-padded with zeros (grouped too) to at least `min_width` chars.
 */
function insertThousandsGrouping(digits: string, min_width: number, locale: LocaleInfo): string {
  let remaining = digits.length;
  const parts: string[] = [];
  const sep = locale.thousands_sep;
  let use_separator = false;
  let loop_broken = false;
  let pos = digits.length;
  const take = (l: number) => {
    const n_zeros = Math.max(0, l - remaining);
    const n_chars = Math.max(0, Math.min(remaining, l));
    const chunk = "0".repeat(n_zeros) + digits.slice(pos - n_chars, pos);
    pos -= n_chars;
    parts.push(use_separator ? chunk + sep : chunk);
    remaining -= n_chars;
  };
  if (locale.grouping > 0) {
    const g = locale.grouping;
    for (;;) {
      const l = Math.min(g, Math.max(Math.max(remaining, min_width), 1));
      take(l);
      use_separator = true;
      min_width -= l;
      if (remaining <= 0 && min_width <= 0) {
        loop_broken = true;
        break;
      }
      min_width -= sep.length;
    }
  }
  if (!loop_broken) take(Math.max(Math.max(remaining, min_width), 1));
  return parts.reverse().join("");
}

/**
 * CPython 3.12: Python/formatter_unicode.c (calc_number_widths + fill_number): lay out
 * <lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>.
 * `digits` is the integer part, `remainder` everything after the decimal point (or the exponent, or 'c''s char).
 */
function fill_number(
  sign_char: string,
  prefix: string,
  digits: string,
  has_decimal: boolean,
  remainder: string,
  locale: LocaleInfo,
  format: InternalFormatSpec,
  toupper: boolean,
): string {
  let sign = "";
  switch (format.sign) {
    case "+":
      sign = sign_char === "-" ? "-" : "+";
      break;
    case " ":
      sign = sign_char === "-" ? "-" : " ";
      break;
    default:
      if (sign_char === "-") sign = "-";
  }
  const n_decimal = has_decimal ? locale.decimal_point.length : 0;
  const remLen = remainder.length === 0 ? 0 : Array.from(remainder).length;
  const n_non_digit_non_padding = sign.length + prefix.length + n_decimal + remLen;
  const n_min_width = format.fill_char === "0" && format.align === "=" ? format.width - n_non_digit_non_padding : 0;
  let grouped = digits.length === 0 ? "" : insertThousandsGrouping(digits, n_min_width, locale);
  if (toupper) grouped = grouped.toUpperCase();
  const n_padding = format.width - (n_non_digit_non_padding + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (n_padding > 0) {
    switch (format.align) {
      case "<":
        rpad = n_padding;
        break;
      case "^":
        lpad = Math.floor(n_padding / 2);
        rpad = n_padding - lpad;
        break;
      case "=":
        spad = n_padding;
        break;
      default:
        lpad = n_padding;
    }
  }
  const fill = format.fill_char;
  return (
    repeatFill(fill, lpad) +
    sign +
    (toupper ? prefix.toUpperCase() : prefix) +
    repeatFill(fill, spad) +
    grouped +
    (has_decimal ? locale.decimal_point : "") +
    remainder +
    repeatFill(fill, rpad)
  );
}

/** CPython 3.12: Python/formatter_unicode.c (format_string_internal) */
function format_string_internal(value: string, format: InternalFormatSpec): string {
  if (format.sign !== "") {
    if (format.sign === " ") PyErr_RaiseFormat(PyExc_ValueError, "Space not allowed in string format specifier");
    PyErr_RaiseFormat(PyExc_ValueError, "Sign not allowed in string format specifier");
  }
  if (format.no_neg_0) PyErr_RaiseFormat(PyExc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (format.alternate) PyErr_RaiseFormat(PyExc_ValueError, "Alternate form (#) not allowed in string format specifier");
  if (format.align === "=") PyErr_RaiseFormat(PyExc_ValueError, "'=' alignment not allowed in string format specifier");
  const narrow = !hasSurrogates(value);
  let len = narrow ? value.length : Array.from(value).length;
  if ((format.width === -1 || format.width <= len) && (format.precision === -1 || format.precision >= len)) return value;
  let v = value;
  if (format.precision >= 0 && len >= format.precision) {
    len = format.precision;
    v = narrow ? value.slice(0, len) : Array.from(value).slice(0, len).join("");
  }
  const [lpad, rpad] = calc_padding(len, format.width, format.align);
  return repeatFill(format.fill_char, lpad) + v + repeatFill(format.fill_char, rpad);
}
function hasSurrogates(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** The digits of |v| in `base` and whether v is negative (CPython: _PyLong_Format without the prefix). */
function longDigits(v: number | bigint, base: number): [boolean, string] {
  if (base === 10) {
    const s = _PyLong_Format(v);
    return s.charCodeAt(0) === 45 ? [true, s.slice(1)] : [false, s];
  }
  if (typeof v === "number") return [v < 0, Math.abs(v).toString(base)];
  return [v < 0n, (v < 0n ? -v : v).toString(base)];
}

/** CPython 3.12: Python/formatter_unicode.c (format_long_internal) */
function format_long_internal(value: PyObject, format: InternalFormatSpec): string {
  const v = _PyLong_Value(value);
  if (format.precision !== -1) PyErr_RaiseFormat(PyExc_ValueError, "Precision not allowed in integer format specifier");
  if (format.no_neg_0) PyErr_RaiseFormat(PyExc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  let sign_char = "";
  let digits: string;
  let remainder = "";
  let prefix = "";
  if (format.type === "c") {
    if (format.sign !== "") PyErr_RaiseFormat(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (format.alternate) PyErr_RaiseFormat(PyExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
      PyErr_RaiseFormat(PyExc_OverflowError, "Python int too large to convert to C long");
    }
    if (v < 0 || v > 0x10ffff) PyErr_RaiseFormat(PyExc_OverflowError, "%c arg not in range(0x110000)");
    digits = "";
    remainder = String.fromCodePoint(Number(v));
  } else {
    let base = 10;
    let pfx = "";
    switch (format.type) {
      case "b":
        base = 2;
        pfx = "0b";
        break;
      case "o":
        base = 8;
        pfx = "0o";
        break;
      case "x":
      case "X":
        base = 16;
        pfx = "0x";
        break;
    }
    const [neg, mag] = longDigits(v, base);
    if (format.sign !== "+" && format.sign !== " " && format.width === -1 && format.type !== "X" && format.type !== "n" && !format.thousands_separators) {
      return (neg ? "-" : "") + (format.alternate ? pfx : "") + mag;
    }
    if (format.alternate) prefix = pfx;
    if (neg) sign_char = "-";
    digits = mag;
  }
  const locale = get_locale_info(format.type === "n" ? LT_CURRENT_LOCALE : format.thousands_separators);
  return fill_number(sign_char, prefix, digits, false, remainder, locale, format, format.type === "X");
}

/** CPython 3.12: Python/formatter_unicode.c (parse_number): [integer digits, has decimal, remainder]. */
function parse_number(s: string): [string, boolean, string] {
  let pos = 0;
  while (pos < s.length && s.charCodeAt(pos) >= 48 && s.charCodeAt(pos) <= 57) pos++;
  const has_decimal = s.charCodeAt(pos) === 46;
  return [s.slice(0, pos), has_decimal, s.slice(has_decimal ? pos + 1 : pos)];
}

/** CPython 3.12: Python/formatter_unicode.c (format_float_internal) */
function format_float_internal(val: number, format: InternalFormatSpec): string {
  if (format.precision > 2147483647) PyErr_RaiseFormat(PyExc_ValueError, "precision too big");
  let precision = format.precision;
  let default_precision = 6;
  let type = format.type;
  let flags = 0;
  let add_pct = false;
  if (format.alternate) flags |= Py_DTSF_ALT;
  if (format.no_neg_0) flags |= Py_DTSF_NO_NEG_0;
  if (type === "") {
    flags |= Py_DTSF_ADD_DOT_0;
    type = "r";
    default_precision = 0;
  }
  if (type === "n") type = "g";
  if (type === "%") {
    type = "f";
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type === "r") type = "g";
  let buf = PyOS_double_to_string(val, type, precision, flags);
  if (add_pct) buf += "%";
  if (format.sign !== "+" && format.sign !== " " && format.width === -1 && format.type !== "n" && !format.thousands_separators) {
    return buf;
  }
  let sign_char = "";
  if (buf.charCodeAt(0) === 45) {
    sign_char = "-";
    buf = buf.slice(1);
  }
  const [digits, has_decimal, remainder] = parse_number(buf);
  const locale = get_locale_info(format.type === "n" ? LT_CURRENT_LOCALE : format.thousands_separators);
  return fill_number(sign_char, "", digits, has_decimal, remainder, locale, format, false);
}

/** CPython 3.12: Python/formatter_unicode.c (format_complex_internal) */
function format_complex_internal(re: number, im: number, format: InternalFormatSpec): string {
  if (format.precision > 2147483647) PyErr_RaiseFormat(PyExc_ValueError, "precision too big");
  if (format.fill_char === "0") PyErr_RaiseFormat(PyExc_ValueError, "Zero padding is not allowed in complex format specifier");
  if (format.align === "=") PyErr_RaiseFormat(PyExc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
  let precision = format.precision;
  let default_precision = 6;
  let type = format.type;
  let flags = 0;
  let skip_re = false;
  let add_parens = false;
  if (format.alternate) flags |= Py_DTSF_ALT;
  if (format.no_neg_0) flags |= Py_DTSF_NO_NEG_0;
  if (type === "") {
    type = "r";
    default_precision = 0;
    if (re === 0 && !Object.is(re, -0)) skip_re = true;
    else add_parens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = default_precision;
  else if (type === "r") type = "g";
  let re_buf = PyOS_double_to_string(re, type, precision, flags);
  let im_buf = PyOS_double_to_string(im, type, precision, flags);
  let re_sign = "";
  let im_sign = "";
  if (re_buf.charCodeAt(0) === 45) {
    re_sign = "-";
    re_buf = re_buf.slice(1);
  }
  if (im_buf.charCodeAt(0) === 45) {
    im_sign = "-";
    im_buf = im_buf.slice(1);
  }
  const locale = get_locale_info(format.type === "n" ? LT_CURRENT_LOCALE : format.thousands_separators);
  const tmp: InternalFormatSpec = { ...format, fill_char: "\0", align: "<", width: -1 };
  const [rd, rdec, rrem] = parse_number(re_buf);
  const re_str = skip_re ? "" : fill_number(re_sign, "", rd, rdec, rrem, locale, tmp, false);
  if (!skip_re) tmp.sign = "+";
  const [id, idec, irem] = parse_number(im_buf);
  const im_str = fill_number(im_sign, "", id, idec, irem, locale, tmp, false);
  const body = (add_parens ? "(" : "") + re_str + im_str + "j" + (add_parens ? ")" : "");
  const [lpad, rpad] = calc_padding(body.length, format.width, format.align);
  return repeatFill(format.fill_char, lpad) + body + repeatFill(format.fill_char, rpad);
}

/** CPython 3.12: Python/formatter_unicode.c (_PyUnicode_FormatAdvancedWriter) */
export function _PyUnicode_FormatAdvanced(obj: PyUnicodeObject, spec: string): PyObject {
  if (spec.length === 0) return PyUnicode_CheckExact(obj) ? obj : PyObject_Str(obj);
  const format = parse_internal_render_format_spec(obj, spec, "s", "<");
  if (format.type !== "s") unknown_presentation_type(format.type, Py_TYPE(obj).tp_name);
  return PyUnicode_FromString(format_string_internal(obj.value, format));
}
/** CPython 3.12: Python/formatter_unicode.c (_PyLong_FormatAdvancedWriter) */
export function _PyLong_FormatAdvanced(obj: PyObject, spec: string): PyObject {
  if (spec.length === 0) return typeof obj !== "object" ? PyUnicode_FromString(_PyLong_Format(obj)) : PyObject_Str(obj);
  const format = parse_internal_render_format_spec(obj, spec, "d", ">");
  switch (format.type) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      return PyUnicode_FromString(format_long_internal(obj, format));
    case "e": case "E": case "f": case "F": case "g": case "G": case "%":
      return PyUnicode_FromString(format_float_internal(PyFloat_AsDouble(PyNumber_Float(obj)), format));
    default:
      unknown_presentation_type(format.type, Py_TYPE(obj).tp_name);
  }
}
/** CPython 3.12: Python/formatter_unicode.c (_PyFloat_FormatAdvancedWriter) */
export function _PyFloat_FormatAdvanced(obj: PyObject, spec: string): PyObject {
  if (spec.length === 0) return PyObject_Str(obj);
  const format = parse_internal_render_format_spec(obj, spec, "", ">");
  switch (format.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      return PyUnicode_FromString(format_float_internal(PyFloat_AsDouble(obj), format));
    default:
      unknown_presentation_type(format.type, Py_TYPE(obj).tp_name);
  }
}
/** CPython 3.12: Python/formatter_unicode.c (_PyComplex_FormatAdvancedWriter) */
export function _PyComplex_FormatAdvanced(obj: PyObject, spec: string): PyObject {
  if (spec.length === 0) return PyObject_Str(obj);
  const format = parse_internal_render_format_spec(obj, spec, "", ">");
  switch (format.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": {
      const c = obj as PyComplexObject;
      return PyUnicode_FromString(format_complex_internal(c.real, c.imag, format));
    }
    default:
      unknown_presentation_type(format.type, Py_TYPE(obj).tp_name);
  }
}

/** The built-in formatter for an object of exactly type str/int/float/complex, else null. */
function exactFormatter(obj: PyObject): ((o: PyObject, spec: string) => PyObject) | null {
  if (typeof obj !== "object") return _PyLong_FormatAdvanced;
  const t = obj.ob_type;
  if (t === PyUnicode_Type) return _PyUnicode_FormatAdvanced as (o: PyObject, spec: string) => PyObject;
  if (t === PyFloat_Type) return _PyFloat_FormatAdvanced;
  if (t === PyComplex_Type) return _PyComplex_FormatAdvanced;
  return null;
}
/** The formatter CPython's __format__ of `obj`'s nearest built-in base would use, when none is installed. */
function builtinFormatter(obj: PyObject): ((o: PyObject, spec: string) => PyObject) | null {
  if (PyLong_Check(obj)) return _PyLong_FormatAdvanced;
  if (PyUnicode_Check(obj)) return _PyUnicode_FormatAdvanced as (o: PyObject, spec: string) => PyObject;
  if (PyFloat_Check(obj)) return _PyFloat_FormatAdvanced;
  if (PyObject_TypeCheck(obj, PyComplex_Type)) return _PyComplex_FormatAdvanced;
  return null;
}

/** CPython 3.12: Objects/abstract.c (PyObject_Format) */
export function _PyObject_Format(obj: PyObject, format_spec: PyObject | null): PyObject {
  if (format_spec !== null && !PyUnicode_Check(format_spec)) {
    PyErr_RaiseFormat(PyExc_SystemError, `Format specifier must be a string, not ${Py_TYPE(format_spec).tp_name}`);
  }
  const spec = format_spec === null ? "" : (format_spec as PyUnicodeObject).value;
  if (spec.length === 0) {
    if (PyUnicode_CheckExact(obj)) return obj;
    if (typeof obj !== "object") return PyUnicode_FromString(_PyLong_Format(obj));
  }
  // Exact built-in types cannot override __format__: format them directly (as CPython's render_field does).
  const direct = exactFormatter(obj);
  if (direct !== null) return direct(obj, spec);
  const meth = _PyObject_LookupSpecial(obj, "__format__");
  if (meth === undefined) {
    const f = builtinFormatter(obj);
    if (f !== null) return f(obj, spec);
    return object___format__(obj, format_spec ?? PyUnicode_FromString(""));
  }
  const result = PyObject_CallOneArg(meth, format_spec ?? PyUnicode_FromString(""));
  if (!PyUnicode_Check(result)) {
    PyErr_RaiseFormat(PyExc_TypeError, `__format__ must return a str, not ${Py_TYPE(result).tp_name}`);
  }
  return result;
}

function specArg(spec: PyObject): string {
  if (!PyUnicode_Check(spec)) PyErr_RaiseFormat(PyExc_TypeError, `__format__() argument must be str, not ${Py_TYPE(spec).tp_name}`);
  return spec.value;
}
/** CPython 3.12: Objects/typeobject.c (object___format___impl) */
export function object___format__(self: PyObject | null, format_spec: PyObject): PyObject {
  const spec = specArg(format_spec);
  if (spec.length > 0) {
    PyErr_RaiseFormat(PyExc_TypeError, `unsupported format string passed to ${Py_TYPE(self as PyObject).tp_name}.__format__`);
  }
  return PyObject_Str(self as PyObject);
}
/** CPython 3.12: Objects/longobject.c (int___format___impl) */
function int___format__(self: PyObject | null, format_spec: PyObject): PyObject {
  return _PyLong_FormatAdvanced(self as PyObject, specArg(format_spec));
}
/** CPython 3.12: Objects/floatobject.c (float___format___impl) */
function float___format__(self: PyObject | null, format_spec: PyObject): PyObject {
  return _PyFloat_FormatAdvanced(self as PyObject, specArg(format_spec));
}
/** CPython 3.12: Objects/complexobject.c (complex___format___impl) */
function complex___format__(self: PyObject | null, format_spec: PyObject): PyObject {
  return _PyComplex_FormatAdvanced(self as PyObject, specArg(format_spec));
}

// =====================================================================================================
// str.format and str.format_map (CPython 3.12: Objects/stringlib/unicode_format.h)
// =====================================================================================================

const ANS_INIT = 0;
const ANS_AUTO = 1;
const ANS_MANUAL = 2;
interface AutoNumber {
  an_state: number;
  an_field_number: number;
}

/** CPython 3.12: Objects/stringlib/unicode_format.h (get_integer): the value, or -1 if not all decimal digits. */
function fmt_get_integer(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0;
  let big: bigint | null = null;
  for (const ch of s) {
    const d = _PyUnicode_ToDecimalDigit(ch.codePointAt(0)!);
    if (d < 0) return -1;
    if (big !== null || acc > 1e15) {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > 0x7fffffffffffffffn) PyErr_RaiseFormat(PyExc_ValueError, "Too many decimal digits in format string");
    } else acc = acc * 10 + d;
  }
  return big !== null ? Number(big) : acc;
}

/** CPython 3.12: Objects/stringlib/unicode_format.h (field_name_split + FieldNameIterator) */
function field_name_split(field: string, auto_number: AutoNumber | null): [string, number, [boolean, string, number][]] {
  let i = 0;
  while (i < field.length && field[i] !== "." && field[i] !== "[") i++;
  const first = field.slice(0, i);
  let first_idx = fmt_get_integer(first);
  const field_name_is_empty = first.length === 0;
  const using_numeric_index = field_name_is_empty || first_idx !== -1;
  if (auto_number !== null) {
    if (auto_number.an_state === ANS_INIT && using_numeric_index) {
      auto_number.an_state = field_name_is_empty ? ANS_AUTO : ANS_MANUAL;
    }
    if (using_numeric_index) {
      if (auto_number.an_state === ANS_MANUAL) {
        if (field_name_is_empty) {
          PyErr_RaiseFormat(PyExc_ValueError, "cannot switch from manual field specification to automatic field numbering");
        }
      } else if (!field_name_is_empty) {
        PyErr_RaiseFormat(PyExc_ValueError, "cannot switch from automatic field numbering to manual field specification");
      }
    }
    if (field_name_is_empty) first_idx = auto_number.an_field_number++;
  }
  // The rest: a sequence of .attr and [key].
  const rest: [boolean, string, number][] = [];
  while (i < field.length) {
    const c = field[i++];
    let name: string;
    let is_attribute: boolean;
    let idx = -1;
    if (c === ".") {
      is_attribute = true;
      const start = i;
      while (i < field.length && field[i] !== "." && field[i] !== "[") i++;
      name = field.slice(start, i);
    } else if (c === "[") {
      is_attribute = false;
      const close = field.indexOf("]", i);
      if (close < 0) PyErr_RaiseFormat(PyExc_ValueError, "Missing ']' in format string");
      name = field.slice(i, close);
      i = close + 1;
      idx = fmt_get_integer(name);
    } else {
      PyErr_RaiseFormat(PyExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.length === 0) PyErr_RaiseFormat(PyExc_ValueError, "Empty attribute in format string");
    rest.push([is_attribute, name, idx]);
  }
  return [first, first_idx, rest];
}

/** CPython 3.12: Objects/stringlib/unicode_format.h (get_field_object) */
function get_field_object(field: string, args: PyObject[] | null, kwargs: PyObject | null, auto_number: AutoNumber | null): PyObject {
  const [first, index, rest] = field_name_split(field, auto_number);
  let obj: PyObject;
  if (index === -1) {
    const key = PyUnicode_FromString(first);
    if (kwargs === null) _PyErr_SetKeyError(key);
    obj = PyObject_GetItem(kwargs, key);
  } else {
    if (args === null) PyErr_RaiseFormat(PyExc_ValueError, "Format string contains positional fields");
    if (index >= args.length) {
      PyErr_RaiseFormat(PyExc_IndexError, `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = args[index];
  }
  for (const [is_attribute, name, idx] of rest) {
    if (is_attribute) obj = PyObject_GetAttr(obj, PyUnicode_FromString(name));
    else if (idx === -1) obj = PyObject_GetItem(obj, PyUnicode_FromString(name));
    else if (PySequence_Check(obj)) obj = PySequence_GetItem(obj, idx);
    else obj = PyObject_GetItem(obj, idx);
  }
  return obj;
}

/** CPython 3.12: Objects/stringlib/unicode_format.h (do_conversion) */
function do_conversion(obj: PyObject, conversion: string): PyObject {
  switch (conversion) {
    case "r":
      return PyObject_Repr(obj);
    case "s":
      return PyObject_Str(obj);
    case "a":
      return PyUnicode_FromString(_PyUnicode_AsASCIIRepr(obj));
    default: {
      const cp = conversion.codePointAt(0)!;
      if (cp > 32 && cp < 127) PyErr_RaiseFormat(PyExc_ValueError, `Unknown conversion specifier ${conversion}`);
      PyErr_RaiseFormat(PyExc_ValueError, `Unknown conversion specifier \\x${cp.toString(16)}`);
    }
  }
}

/** CPython 3.12: Objects/stringlib/unicode_format.h (render_field) */
function render_field(fieldobj: PyObject, format_spec: string): string {
  const direct = exactFormatter(fieldobj);
  const r = direct !== null ? direct(fieldobj, format_spec) : _PyObject_Format(fieldobj, PyUnicode_FromString(format_spec));
  return (r as PyUnicodeObject).value;
}

/** One step of MarkupIterator: literal text, then optionally a replacement field. */
interface Markup {
  literal: string;
  field_present: boolean;
  field_name: string;
  format_spec: string;
  format_spec_null: boolean;
  conversion: string;
  format_spec_needs_expanding: boolean;
}

/** CPython 3.12: Objects/stringlib/unicode_format.h (MarkupIterator_next + parse_field); null at the end. */
function markup_next(s: string, st: { pos: number; end: number }): Markup | null {
  if (st.pos >= st.end) return null;
  const start = st.pos;
  let c = "";
  let markup_follows = false;
  while (st.pos < st.end) {
    c = s[st.pos++];
    if (c === "{" || c === "}") {
      markup_follows = true;
      break;
    }
  }
  const at_end = st.pos >= st.end;
  let len = st.pos - start;
  if (c === "}" && markup_follows && (at_end || c !== s[st.pos])) {
    PyErr_RaiseFormat(PyExc_ValueError, "Single '}' encountered in format string");
  }
  if (at_end && c === "{" && markup_follows) PyErr_RaiseFormat(PyExc_ValueError, "Single '{' encountered in format string");
  if (!at_end && markup_follows) {
    if (c === s[st.pos]) {
      st.pos++;
      markup_follows = false;
    } else len--;
  }
  const m: Markup = {
    literal: s.slice(start, start + len),
    field_present: false,
    field_name: "",
    format_spec: "",
    format_spec_null: true,
    conversion: "",
    format_spec_needs_expanding: false,
  };
  if (!markup_follows) return m;
  m.field_present = true;
  // parse_field
  const fstart = st.pos;
  c = "";
  let found = false;
  while (st.pos < st.end) {
    c = s[st.pos++];
    if (c === "{") PyErr_RaiseFormat(PyExc_ValueError, "unexpected '{' in field name");
    if (c === "[") {
      for (; st.pos < st.end; st.pos++) if (s[st.pos] === "]") break;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") {
      found = true;
      break;
    }
  }
  if (!found) c = "";
  m.field_name = s.slice(fstart, found ? st.pos - 1 : st.pos);
  if (c === "!" || c === ":") {
    if (c === "!") {
      if (st.pos >= st.end) PyErr_RaiseFormat(PyExc_ValueError, "end of string while looking for conversion specifier");
      const cp = s.codePointAt(st.pos)!;
      m.conversion = String.fromCodePoint(cp);
      st.pos += cp >= 0x10000 ? 2 : 1;
      if (st.pos < st.end) {
        const c2 = s[st.pos++];
        if (c2 === "}") return m;
        if (c2 !== ":") PyErr_RaiseFormat(PyExc_ValueError, "expected ':' after conversion specifier");
      }
    }
    const sstart = st.pos;
    let count = 1;
    while (st.pos < st.end) {
      const c3 = s[st.pos++];
      if (c3 === "{") {
        m.format_spec_needs_expanding = true;
        count++;
      } else if (c3 === "}") {
        count--;
        if (count === 0) {
          m.format_spec = s.slice(sstart, st.pos - 1);
          m.format_spec_null = false;
          return m;
        }
      }
    }
    PyErr_RaiseFormat(PyExc_ValueError, "unmatched '{' in format spec");
  } else if (c !== "}") {
    PyErr_RaiseFormat(PyExc_ValueError, "expected '}' before end of string");
  }
  return m;
}

/** CPython 3.12: Objects/stringlib/unicode_format.h (build_string, do_markup, output_markup) */
function build_string(s: string, args: PyObject[] | null, kwargs: PyObject | null, recursion_depth: number, auto_number: AutoNumber): string {
  if (recursion_depth <= 0) PyErr_RaiseFormat(PyExc_ValueError, "Max string recursion exceeded");
  const st = { pos: 0, end: s.length };
  let out = "";
  for (let m = markup_next(s, st); m !== null; m = markup_next(s, st)) {
    out += m.literal;
    if (!m.field_present) continue;
    let fieldobj = get_field_object(m.field_name, args, kwargs, auto_number);
    if (m.conversion !== "") fieldobj = do_conversion(fieldobj, m.conversion);
    const spec = m.format_spec_needs_expanding ? build_string(m.format_spec, args, kwargs, recursion_depth - 1, auto_number) : m.format_spec;
    out += render_field(fieldobj, spec);
  }
  return out;
}
/** str.format(*args, **kwargs). CPython 3.12: Objects/stringlib/unicode_format.h (do_string_format) */
export function _PyUnicode_FormatMethod(self: PyUnicodeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  let kwargs: PyObject | null = null;
  if (kwnames !== null) {
    const names = (kwnames as PyTupleObject).ob_item;
    if (names.length > 0) {
      kwargs = PyDict_New();
      for (let i = 0; i < names.length; i++) PyDict_SetItem(kwargs, names[i], args[nargs + i]);
    }
  }
  const pos = nargs === args.length ? args : args.slice(0, nargs);
  return PyUnicode_FromString(build_string(self.value, pos, kwargs, 2, { an_state: ANS_INIT, an_field_number: 0 }));
}
/** str.format_map(mapping). CPython 3.12: Objects/stringlib/unicode_format.h (do_string_format_map) */
export function _PyUnicode_FormatMap(self: PyUnicodeObject, mapping: PyObject): PyObject {
  return PyUnicode_FromString(build_string(self.value, null, mapping, 2, { an_state: ANS_INIT, an_field_number: 0 }));
}

/**
 * For the `_string` module (string.Formatter): formatter_parser(s) as a list of
 * (literal, field_name, format_spec, conversion) tuples. CPython 3.12: formatteriter_next.
 */
export function _PyUnicode_FormatterParser(s: string): PyObject[] {
  const st = { pos: 0, end: s.length };
  const out: PyObject[] = [];
  for (let m = markup_next(s, st); m !== null; m = markup_next(s, st)) {
    const lit = PyUnicode_FromString(m.literal);
    if (!m.field_present) {
      out.push(_PyTuple_FromArray([lit, Py_None, Py_None, Py_None]));
      continue;
    }
    const fname = PyUnicode_FromString(m.field_name);
    const fspec = PyUnicode_FromString(m.format_spec);
    const conv = m.conversion === "" ? Py_None : PyUnicode_FromString(m.conversion);
    out.push(_PyTuple_FromArray([lit, fname, fspec, conv]));
  }
  return out;
}
/** For the `_string` module: formatter_field_name_split(name) -> (first, [(is_attr, key), ...]). */
export function _PyUnicode_FormatterFieldNameSplit(s: string): PyObject {
  const [first, first_idx, rest] = field_name_split(s, null);
  const f: PyObject = first_idx !== -1 ? first_idx : PyUnicode_FromString(first);
  const items = rest.map(([is_attr, name, idx]) => _PyTuple_FromArray([is_attr ? Py_True : Py_False, idx !== -1 ? idx : PyUnicode_FromString(name)]));
  return _PyTuple_FromArray([f, PyObject_GetIter(PyList_New(items))]);
}

// =====================================================================================================
// printf-style formatting: str % args (CPython 3.12: Objects/unicodeobject.c, PyUnicode_Format)
// =====================================================================================================

const F_LJUST = 1 << 0;
const F_SIGN = 1 << 1;
const F_BLANK = 1 << 2;
const F_ALT = 1 << 3;
const F_ZERO = 1 << 4;

interface FormatCtx {
  fmt: string;
  pos: number;
  args: PyObject;
  arglen: number;
  argidx: number;
  dict: PyObject | null;
  tuple: PyObject[] | null;
}
interface FormatArg {
  ch: string;
  flags: number;
  width: number;
  prec: number;
  sign: boolean;
}

/** CPython 3.12: Objects/unicodeobject.c (unicode_format_getnextarg) */
function getnextarg(ctx: FormatCtx): PyObject {
  const argidx = ctx.argidx;
  if (argidx < ctx.arglen) {
    ctx.argidx++;
    if (ctx.arglen < 0) return ctx.args;
    return ctx.tuple![argidx];
  }
  PyErr_RaiseFormat(PyExc_TypeError, "not enough arguments for format string");
}

/** CPython 3.12: Objects/unicodeobject.c (_PyUnicode_FormatLong) */
export function _PyUnicode_FormatLong(val: PyObject, alt: boolean, prec: number, type: string): string {
  const v = _PyLong_Value(val);
  const base = type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  const [neg, mag] = longDigits(v, base);
  let digits = mag;
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  let prefix = "";
  if (alt && base !== 10) prefix = type === "o" ? "0o" : "0x";
  let r = (neg ? "-" : "") + prefix + digits;
  if (type === "X") r = r.toUpperCase();
  return r;
}

/** CPython 3.12: Objects/abstract.c (PyNumber_Check) */
function PyNumber_Check(o: PyObject): boolean {
  const t = Py_TYPE(o);
  return t.nb_index !== null || t.nb_int !== null || t.nb_float !== null || PyObject_TypeCheck(o, PyComplex_Type);
}

/** CPython 3.12: Objects/unicodeobject.c (mainformatlong): the digits, or null when written by the fast path. */
function mainformatlong(v: PyObject, arg: FormatArg): string {
  const type = arg.ch;
  const wrongtype = (): never => {
    if (type === "o" || type === "x" || type === "X") {
      PyErr_RaiseFormat(PyExc_TypeError, `%${type} format: an integer is required, not ${Py_TYPE(v).tp_name}`);
    }
    PyErr_RaiseFormat(PyExc_TypeError, `%${type} format: a real number is required, not ${Py_TYPE(v).tp_name}`);
  };
  if (!PyNumber_Check(v)) wrongtype();
  let iobj: PyObject = v;
  if (!PyLong_Check(v)) {
    try {
      iobj = type === "o" || type === "x" || type === "X" ? PyNumber_Index(v) : PyNumber_Long(v);
    } catch (e) {
      if (PyExceptionInstance_Check(e) && PyObject_TypeCheck(e, PyExc_TypeError)) wrongtype();
      throw e;
    }
  }
  return _PyUnicode_FormatLong(iobj, (arg.flags & F_ALT) !== 0, arg.prec, type);
}

/** CPython 3.12: Objects/unicodeobject.c (formatchar) */
function formatchar(v: PyObject): string {
  if (PyUnicode_Check(v)) {
    if (PyUnicode_GET_LENGTH(v) === 1) return v.value;
    PyErr_RaiseFormat(PyExc_TypeError, "%c requires int or char");
  }
  let x: number | bigint;
  try {
    x = _PyLong_Value(PyNumber_Index(v));
  } catch (e) {
    if (PyExceptionInstance_Check(e) && PyObject_TypeCheck(e, PyExc_TypeError)) PyErr_RaiseFormat(PyExc_TypeError, "%c requires int or char");
    throw e;
  }
  if (x < 0 || x > 0x10ffff) PyErr_RaiseFormat(PyExc_OverflowError, "%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(x));
}

/** CPython 3.12: Objects/unicodeobject.c (unicode_format_arg_parse) */
function format_arg_parse(ctx: FormatCtx, arg: FormatArg): void {
  const s = ctx.fmt;
  const n = s.length;
  if (arg.ch === "(") {
    if (ctx.dict === null) PyErr_RaiseFormat(PyExc_TypeError, "format requires a mapping");
    ++ctx.pos;
    const keystart = ctx.pos;
    let pcount = 1;
    while (pcount > 0 && ctx.pos < n) {
      const c = s[ctx.pos];
      if (c === ")") --pcount;
      else if (c === "(") ++pcount;
      ctx.pos++;
    }
    if (pcount > 0) PyErr_RaiseFormat(PyExc_ValueError, "incomplete format key");
    const key = PyUnicode_FromString(s.slice(keystart, ctx.pos - 1));
    ctx.args = PyObject_GetItem(ctx.dict, key);
    ctx.tuple = null;
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  // flags
  let have = false;
  while (ctx.pos < n) {
    arg.ch = s[ctx.pos++];
    have = true;
    if (arg.ch === "-") arg.flags |= F_LJUST;
    else if (arg.ch === "+") arg.flags |= F_SIGN;
    else if (arg.ch === " ") arg.flags |= F_BLANK;
    else if (arg.ch === "#") arg.flags |= F_ALT;
    else if (arg.ch === "0") arg.flags |= F_ZERO;
    else break;
    have = false;
  }
  if (!have) PyErr_RaiseFormat(PyExc_ValueError, "incomplete format");
  // width
  if (arg.ch === "*") {
    const v = getnextarg(ctx);
    if (!PyLong_Check(v)) PyErr_RaiseFormat(PyExc_TypeError, "* wants int");
    arg.width = ssizeFrom(v);
    if (arg.width < 0) {
      arg.flags |= F_LJUST;
      arg.width = -arg.width;
    }
    if (ctx.pos >= n) PyErr_RaiseFormat(PyExc_ValueError, "incomplete format");
    arg.ch = s[ctx.pos++];
  } else if (arg.ch >= "0" && arg.ch <= "9") {
    arg.width = arg.ch.charCodeAt(0) - 48;
    let done = false;
    while (ctx.pos < n) {
      arg.ch = s[ctx.pos++];
      if (arg.ch < "0" || arg.ch > "9") {
        done = true;
        break;
      }
      const d = arg.ch.charCodeAt(0) - 48;
      if (arg.width > (9223372036854775807 - d) / 10) PyErr_RaiseFormat(PyExc_ValueError, "width too big");
      arg.width = arg.width * 10 + d;
    }
    if (!done) PyErr_RaiseFormat(PyExc_ValueError, "incomplete format");
  }
  // precision
  if (arg.ch === ".") {
    arg.prec = 0;
    if (ctx.pos >= n) PyErr_RaiseFormat(PyExc_ValueError, "incomplete format");
    arg.ch = s[ctx.pos++];
    if (arg.ch === "*") {
      const v = getnextarg(ctx);
      if (!PyLong_Check(v)) PyErr_RaiseFormat(PyExc_TypeError, "* wants int");
      const p = _PyLong_Value(v);
      if (typeof p === "bigint" || p > 2147483647 || p < -2147483648) PyErr_RaiseFormat(PyExc_OverflowError, "Python int too large to convert to C int");
      arg.prec = p < 0 ? 0 : p;
      if (ctx.pos >= n) PyErr_RaiseFormat(PyExc_ValueError, "incomplete format");
      arg.ch = s[ctx.pos++];
    } else if (arg.ch >= "0" && arg.ch <= "9") {
      arg.prec = arg.ch.charCodeAt(0) - 48;
      let done = false;
      while (ctx.pos < n) {
        arg.ch = s[ctx.pos++];
        if (arg.ch < "0" || arg.ch > "9") {
          done = true;
          break;
        }
        const d = arg.ch.charCodeAt(0) - 48;
        if (arg.prec > (2147483647 - d) / 10) PyErr_RaiseFormat(PyExc_ValueError, "precision too big");
        arg.prec = arg.prec * 10 + d;
      }
      if (!done) PyErr_RaiseFormat(PyExc_ValueError, "incomplete format");
    }
  }
  // length modifiers
  if (arg.ch === "h" || arg.ch === "l" || arg.ch === "L") {
    if (ctx.pos >= n) PyErr_RaiseFormat(PyExc_ValueError, "incomplete format");
    arg.ch = s[ctx.pos++];
  }
}
function ssizeFrom(v: PyObject): number {
  const x = _PyLong_Value(v);
  if (typeof x === "number") return x;
  if (x > 0x7fffffffffffffffn || x < -0x8000000000000000n) PyErr_RaiseFormat(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return Number(x);
}

/** CPython 3.12: Objects/unicodeobject.c (unicode_format_arg_format): the text, or null when it needs no output step. */
function format_arg_format(ctx: FormatCtx, arg: FormatArg): string {
  const v = getnextarg(ctx);
  switch (arg.ch) {
    case "s":
    case "r":
    case "a":
      if (typeof v !== "object" && arg.ch === "s") return _PyLong_Format(v);
      if (arg.ch === "s") return PyUnicode_CheckExact(v) ? v.value : PyObject_Str(v).value;
      if (arg.ch === "r") return PyObject_Repr(v).value;
      return _PyUnicode_AsASCIIRepr(v);
    case "i":
    case "d":
    case "u":
    case "o":
    case "x":
    case "X": {
      const r = mainformatlong(v, arg);
      arg.sign = true;
      return r;
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      arg.sign = true;
      const x = PyFloat_AsDouble(v);
      return PyOS_double_to_string(x, arg.ch, arg.prec < 0 ? 6 : arg.prec, arg.flags & F_ALT ? Py_DTSF_ALT : 0);
    }
    case "c":
      return formatchar(v);
    default: {
      const cp = ctx.fmt.codePointAt(ctx.pos - 1)!;
      const c = cp >= 31 && cp <= 126 ? String.fromCharCode(cp) : "?";
      const idx = hasSurrogates(ctx.fmt) ? Array.from(ctx.fmt.slice(0, ctx.pos - 1)).length : ctx.pos - 1;
      PyErr_RaiseFormat(PyExc_ValueError, `unsupported format character '${c}' (0x${cp.toString(16)}) at index ${idx}`);
    }
  }
}

/** CPython 3.12: Objects/unicodeobject.c (unicode_format_arg_output) */
function format_arg_output(arg: FormatArg, str: string): string {
  const fill = arg.sign && arg.flags & F_ZERO ? "0" : " ";
  const narrow = !hasSurrogates(str);
  let len = narrow ? str.length : Array.from(str).length;
  if ((arg.width === -1 || arg.width <= len) && (arg.prec === -1 || arg.prec >= len) && !(arg.flags & (F_SIGN | F_BLANK))) {
    return str;
  }
  let body = str;
  if (arg.ch === "s" || arg.ch === "r" || arg.ch === "a") {
    if (arg.prec >= 0 && len > arg.prec) {
      len = arg.prec;
      body = narrow ? str.slice(0, len) : Array.from(str).slice(0, len).join("");
    }
  }
  let signchar = "";
  if (arg.sign) {
    const ch = body[0];
    if (ch === "-" || ch === "+") {
      signchar = ch;
      len--;
      body = body.slice(1);
    } else if (arg.flags & F_SIGN) signchar = "+";
    else if (arg.flags & F_BLANK) signchar = " ";
    else arg.sign = false;
  }
  let width = arg.width;
  if (width < len) width = len;
  let out = "";
  if (arg.sign) {
    if (fill !== " ") out += signchar;
    if (width > len) width--;
  }
  const altPrefix = (arg.flags & F_ALT) !== 0 && (arg.ch === "x" || arg.ch === "X" || arg.ch === "o");
  if (altPrefix) {
    if (fill !== " ") {
      out += body.slice(0, 2);
      body = body.slice(2);
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(arg.flags & F_LJUST)) {
    out += repeatFill(fill, width - len);
    width = len;
  }
  if (fill === " ") {
    if (arg.sign) out += signchar;
    if (altPrefix) {
      out += body.slice(0, 2);
      body = body.slice(2);
    }
  }
  out += body;
  if (width > len) out += repeatFill(" ", width - len);
  return out;
}

/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_Format): `format % args`. */
export function PyUnicode_Format(format: PyObject, args: PyObject): PyObject {
  const fmt = (format as PyUnicodeObject).value;
  const isTuple = PyTuple_Check(args);
  const t = Py_TYPE(args);
  const ctx: FormatCtx = {
    fmt,
    pos: 0,
    args,
    arglen: isTuple ? (args as PyTupleObject).ob_item.length : -1,
    argidx: isTuple ? 0 : -2,
    dict: t.mp_subscript !== null && !isTuple && !PyUnicode_Check(args) ? args : null,
    tuple: isTuple ? (args as PyTupleObject).ob_item : null,
  };
  let out = "";
  const n = fmt.length;
  while (ctx.pos < n) {
    const k = fmt.indexOf("%", ctx.pos);
    if (k < 0) {
      out += ctx.pos === 0 ? fmt : fmt.slice(ctx.pos);
      break;
    }
    out += fmt.slice(ctx.pos, k);
    ctx.pos = k + 1;
    if (ctx.pos >= n) PyErr_RaiseFormat(PyExc_ValueError, "incomplete format");
    if (fmt[ctx.pos] === "%") {
      out += "%";
      ctx.pos++;
      continue;
    }
    const arg: FormatArg = { ch: fmt[ctx.pos], flags: 0, width: -1, prec: -1, sign: false };
    format_arg_parse(ctx, arg);
    const str = format_arg_format(ctx, arg);
    out += format_arg_output(arg, str);
  }
  if (ctx.argidx < ctx.arglen && ctx.dict === null) {
    PyErr_RaiseFormat(PyExc_TypeError, "not all arguments converted during string formatting");
  }
  return PyUnicode_FromString(out);
}

// =====================================================================================================
// round(), __round__, __floor__, __ceil__, __trunc__ of int and float
// =====================================================================================================

/** CPython 3.12: Objects/floatobject.c (double_round): x rounded to ndigits decimal places, correctly. */
export function _Py_double_round(x: number, ndigits: number): number {
  const r = _Py_dg_dtoa(x, 3, ndigits);
  const rounded = Number(`${r.sign ? "-" : ""}0${r.digits}e${r.decpt - r.digits.length}`);
  if (!Number.isFinite(rounded)) PyErr_RaiseFormat(PyExc_OverflowError, "rounded value too large to represent");
  return rounded;
}
/** CPython 3.12: Objects/floatobject.c (float___round___impl) */
export function float___round__(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("__round__", nargs, 0, 1);
  const x = PyFloat_AsDouble(self as PyObject);
  const o_ndigits = nargs > 0 ? args[0] : Py_None;
  if (o_ndigits === Py_None) {
    let rounded = Math.round(x);
    // C's round() rounds half away from zero; Math.round rounds half up. Python wants half-even.
    const fl = Math.floor(x);
    const diff = x - fl;
    rounded = diff > 0.5 ? fl + 1 : diff < 0.5 ? fl : fl % 2 === 0 ? fl : fl + 1;
    if (!Number.isFinite(x)) rounded = x;
    return PyLong_FromNumber(rounded);
  }
  const ndigits = PyNumber_AsSsize_t(o_ndigits, null);
  if (!Number.isFinite(x)) return PyFloat_FromDouble(x);
  if (ndigits > 323) return PyFloat_FromDouble(x);
  if (ndigits < -308) return PyFloat_FromDouble(0.0 * x);
  return PyFloat_FromDouble(_Py_double_round(x, ndigits));
}
/** CPython 3.12: Objects/longobject.c (int___round___impl) */
export function int___round__(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("__round__", nargs, 0, 1);
  const v = _PyLong_Value(self as PyObject);
  if (nargs === 0 || args[0] === Py_None) return v;
  const nd = _PyLong_Value(PyNumber_Index(args[0]));
  if (nd >= 0) return v;
  const b = 10n ** BigInt(-BigInt(nd));
  const a = BigInt(v);
  // divmod_near: quotient rounded half-to-even
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    r += b;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > b || (twice === b && (q & 1n) === 1n)) {
    q += 1n;
    r -= b;
  }
  return PyLong_FromBigInt(a - r);
}
function float___trunc__(self: PyObject | null): PyObject {
  return PyLong_FromNumber(Math.trunc(PyFloat_AsDouble(self as PyObject)));
}
function float___floor__(self: PyObject | null): PyObject {
  return PyLong_FromNumber(Math.floor(PyFloat_AsDouble(self as PyObject)));
}
function float___ceil__(self: PyObject | null): PyObject {
  return PyLong_FromNumber(Math.ceil(PyFloat_AsDouble(self as PyObject)));
}
function int_self(self: PyObject | null): PyObject {
  return _PyLong_Value(self as PyObject);
}

const float_format_methods: PyMethodDefLike[] = [
  { ml_name: "__format__", ml_meth: float___format__, ml_flags: 0x0008, ml_doc: "Formats the float according to format_spec." },
  { ml_name: "__round__", ml_meth: float___round__, ml_flags: 0x0080, ml_doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)." },
  { ml_name: "__trunc__", ml_meth: float___trunc__, ml_flags: 0x0004, ml_doc: "Return the Integral closest to x between 0 and x." },
  { ml_name: "__floor__", ml_meth: float___floor__, ml_flags: 0x0004, ml_doc: "Return the floor as an Integral." },
  { ml_name: "__ceil__", ml_meth: float___ceil__, ml_flags: 0x0004, ml_doc: "Return the ceiling as an Integral." },
];
const int_format_methods: PyMethodDefLike[] = [
  { ml_name: "__format__", ml_meth: int___format__, ml_flags: 0x0008, ml_doc: "Convert to a string according to format_spec." },
  { ml_name: "__round__", ml_meth: int___round__, ml_flags: 0x0080, ml_doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer." },
  { ml_name: "__trunc__", ml_meth: int_self, ml_flags: 0x0004, ml_doc: "Truncating an Integral returns itself." },
  { ml_name: "__floor__", ml_meth: int_self, ml_flags: 0x0004, ml_doc: "Flooring an Integral returns itself." },
  { ml_name: "__ceil__", ml_meth: int_self, ml_flags: 0x0004, ml_doc: "Ceiling of an Integral returns itself." },
];
const complex_format_methods: PyMethodDefLike[] = [
  { ml_name: "__format__", ml_meth: complex___format__, ml_flags: 0x0008, ml_doc: "Convert to a string according to format_spec." },
];
const object_format_methods: PyMethodDefLike[] = [
  { ml_name: "__format__", ml_meth: object___format__, ml_flags: 0x0008, ml_doc: "Default object formatter.\n\nReturn str(self) if format_spec is empty. Raise TypeError otherwise." },
];

/**
 * Give int, float, complex and object their `__format__` (and int/float their `__round__`, `__trunc__`,
 * `__floor__`, `__ceil__`). Call once before the static types are readied (pylifecycle's _PyTypes_InitTypes);
 * types already readied get the descriptors added to their dict. Idempotent.
 */
export function _PyFormat_InitTypes(): void {
  const add = (t: PyTypeObject, defs: PyMethodDefLike[]) => {
    const have = t.tp_methods ?? [];
    const missing = defs.filter((d) => !have.some((h) => h.ml_name === d.ml_name));
    if (missing.length === 0) return;
    if ((t.tp_flags & (1 << 12)) === 0) {
      t.tp_methods = [...have, ...missing];
      return;
    }
    t.tp_methods = [...have, ...missing];
    for (const d of missing) PyDict_SetItem(t.tp_dict, _Py_ID(d.ml_name), PyMethodDescr_New(t, d));
    PyType_Modified(t);
  };
  add(PyBaseObject_Type, object_format_methods);
  add(PyLong_Type, int_format_methods);
  add(PyFloat_Type, float_format_methods);
  add(PyComplex_Type, complex_format_methods);
}

import { PyErr_RaiseFormat, PyErr_NoMemory, PyExceptionInstance_Check, _PyErr_SetKeyError } from "../Python/errors.js";
import { PyExc_ValueError, PyExc_TypeError, PyExc_OverflowError, PyExc_SystemError, PyExc_IndexError } from "./exceptions.js";
import { PyUnicodeObject, PyUnicode_Type, PyUnicode_FromString, PyUnicode_Check, PyUnicode_CheckExact, PyUnicode_GET_LENGTH, Py_UNICODE_ISDECIMAL, _Py_ID } from "./unicodeobject.js";
import { PyLong_Type, PyLong_Check, _PyLong_Value, _PyLong_Format, PyLong_FromNumber, PyLong_FromBigInt, Py_True, Py_False } from "./longobject.js";
import { PyFloat_Type, PyFloat_Check, PyFloat_AsDouble, PyFloat_FromDouble } from "./floatobject.js";
import { PyComplex_Type, PyComplexObject } from "./complexobject.js";
import { Py_None } from "./noneobject.js";
import { PyObject_Str, PyObject_Repr, PyObject_GetAttr, PyObject_GetItem, PyObject_GetIter, PyNumber_Index, PyNumber_Long, PyNumber_AsSsize_t, _PyUnicode_AsASCIIRepr } from "./abstract.js";
import { PyObject_CallOneArg } from "./call.js";
import { PyTupleObject, PyTuple_Check, _PyTuple_FromArray, _PyArg_CheckPositional } from "./tupleobject.js";
import { PyList_New, _PyObject_LookupSpecial } from "./listobject.js";
import { PyDict_New, PyDict_SetItem } from "./dictobject.js";
import { PySequence_Check, PySequence_GetItem } from "./iterobject.js";
import { PyObject_TypeCheck } from "./object.js";
import { PyMethodDescr_New } from "./descrobject.js";
import { PyType_Modified } from "./typeobject.js";

/** CPython 3.12: Objects/abstract.c (PyNumber_Float) for the formatter's int -> float conversion. */
function PyNumber_Float(o: PyObject): PyObject {
  return PyFloat_FromDouble(PyFloat_AsDouble(o));
}
