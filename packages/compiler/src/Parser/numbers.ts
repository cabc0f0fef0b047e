// Number literals: parsenumber() of CPython 3.12's Parser/pegen.c (int, float, complex; underscores),
// with PyLong_FromString's limit on decimal digits (sys.int_info.default_max_str_digits = 4300).

import { PyComplex_FromDoubles, PyFloat_FromDouble, type PyObject } from "@typhon/runtime";

/** ValueError of PyLong_FromString when a decimal literal has too many digits. */
export class IntMaxStrDigitsError extends Error {}

export const MAX_STR_DIGITS = 4300;

function normInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** The Python value of a NUMBER token (a valid literal, as the tokenizer guarantees). */
export function parsenumber(s: string): PyObject {
  if (s.includes("_")) s = s.replace(/_/g, "");
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) {
    // imaginary: PyOS_string_to_double on the digits
    return PyComplex_FromDoubles(0, Number(s.slice(0, -1)));
  }
  const c0 = s.charCodeAt(0);
  if (c0 === 0x30 && s.length > 1) {
    const c1 = s.charCodeAt(1) | 0x20;
    if (c1 === 0x78 || c1 === 0x6f || c1 === 0x62) return normInt(BigInt(s)); // 0x 0o 0b
  }
  // decimal integer?
  let isInt = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) {
      isInt = false;
      break;
    }
  }
  if (isInt) {
    if (s.length <= 15) return Number(s);
    const digits = s.length;
    if (digits > MAX_STR_DIGITS) {
      throw new IntMaxStrDigitsError(
        `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
    return normInt(BigInt(s));
  }
  return PyFloat_FromDouble(Number(s));
}
