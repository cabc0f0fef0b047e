/**
 * int (and bool). An int is a JS `number` while it is a safe integer and a JS `bigint` beyond; instances of int
 * subclasses (bool included) are `PyLongObject`s holding the value in `long_value`.
 * CPython 3.12: Objects/longobject.c, Objects/boolobject.c
 */
import {
  PyBaseObject,
  PyObject,
  PyTypeObject,
  Py_TYPE,
  _PyType_NewStatic,
  _Py_SetIntType,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_LONG_SUBCLASS,
  Py_TPFLAGS_IMMUTABLETYPE,
  Py_LT,
  Py_LE,
  Py_EQ,
  Py_NE,
  Py_GT,
  Py_GE,
} from "./object.js";
import { Py_NotImplemented } from "./noneobject.js";
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_ZeroDivisionError, PyExc_ValueError, PyExc_OverflowError, PyExc_TypeError } from "./exceptions.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PyFloat_FromDouble } from "./floatobject.js";

/** CPython 3.12: Objects/longobject.c (PyLong_Type) */
export const PyLong_Type: PyTypeObject = _PyType_NewStatic("int", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc:
    "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4",
});
_Py_SetIntType(PyLong_Type);

/** Boxed ints: instances of int subclasses, and bool. */
export class PyLongObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public long_value: number | bigint,
  ) {
    super(type);
  }
}

/** CPython 3.12: Objects/boolobject.c (PyBool_Type) */
export const PyBool_Type: PyTypeObject = _PyType_NewStatic("bool", {
  tp_base: PyLong_Type,
  tp_flags: Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc:
    "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.",
});

/** CPython 3.12: Include/boolobject.h */
export class PyBoolObject extends PyLongObject {}

/** CPython 3.12: Include/boolobject.h (Py_True, Py_False) */
export const Py_True: PyObject = new PyBoolObject(PyBool_Type, 1);
export const Py_False: PyObject = new PyBoolObject(PyBool_Type, 0);

/** CPython 3.12: Objects/boolobject.c */
export function PyBool_FromLong(ok: number | boolean): PyObject {
  return ok ? Py_True : Py_False;
}
/** CPython 3.12: Include/boolobject.h */
export function PyBool_Check(o: PyObject): boolean {
  return o === Py_True || o === Py_False;
}
export function Py_IsTrue(o: PyObject): boolean {
  return o === Py_True;
}
export function Py_IsFalse(o: PyObject): boolean {
  return o === Py_False;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const BIG_MAX_SAFE = BigInt(MAX_SAFE);
const BIG_MIN_SAFE = -BIG_MAX_SAFE;

/** Normalise a bigint to Typhon's int representation (a number inside the safe range). */
export function PyLong_FromBigInt(b: bigint): number | bigint {
  return b <= BIG_MAX_SAFE && b >= BIG_MIN_SAFE ? Number(b) : b;
}

/** CPython 3.12: Objects/longobject.c (PyLong_FromLong / PyLong_FromDouble for integral values) */
export function PyLong_FromNumber(n: number): number | bigint {
  if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
  if (!Number.isFinite(n)) {
    if (Number.isNaN(n)) PyErr_RaiseFormat(PyExc_ValueError, "cannot convert float NaN to integer");
    PyErr_RaiseFormat(PyExc_OverflowError, "cannot convert float infinity to integer");
  }
  return PyLong_FromBigInt(BigInt(Math.trunc(n)));
}

/** CPython 3.12: Objects/longobject.c (PyLong_FromLong) */
export function PyLong_FromLong(n: number): PyObject {
  return PyLong_FromNumber(n);
}

/** CPython 3.12: Include/longobject.h (PyLong_Check) */
export function PyLong_Check(o: PyObject): boolean {
  return typeof o !== "object" || (o.ob_type.tp_flags & Py_TPFLAGS_LONG_SUBCLASS) !== 0;
}
/** CPython 3.12: Include/longobject.h (PyLong_CheckExact) */
export function PyLong_CheckExact(o: PyObject): o is number | bigint {
  return typeof o !== "object";
}

/** The integer value of an int or int-subclass instance. The caller has checked PyLong_Check. */
export function _PyLong_Value(o: PyObject): number | bigint {
  return typeof o === "object" ? (o as PyLongObject).long_value : o;
}
function big(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** CPython 3.12: Objects/longobject.c (PyLong_AsLong, raising OverflowError outside the JS safe range). */
export function PyLong_AsLong(o: PyObject): number {
  const v = _PyLong_Value(o);
  if (typeof v === "number") return v;
  PyErr_RaiseFormat(PyExc_OverflowError, "Python int too large to convert to C long");
}

/** CPython 3.12: Objects/longobject.c (PyLong_AsDouble) */
export function PyLong_AsDouble(o: PyObject): number {
  const v = _PyLong_Value(o);
  if (typeof v === "number") return v;
  const d = Number(v);
  if (!Number.isFinite(d)) PyErr_RaiseFormat(PyExc_OverflowError, "int too large to convert to float");
  return d;
}

/** `a` and `b` when both are ints, else NotImplemented (CPython: CHECK_BINOP). */
function binop(
  a: PyObject,
  b: PyObject,
  small: (x: number, y: number) => number | bigint,
  large: (x: bigint, y: bigint) => number | bigint,
): PyObject {
  if (typeof a === "number" && typeof b === "number") return small(a, b);
  if (!PyLong_Check(a) || !PyLong_Check(b)) return Py_NotImplemented;
  const x = _PyLong_Value(a);
  const y = _PyLong_Value(b);
  if (typeof x === "number" && typeof y === "number") return small(x, y);
  return large(big(x), big(y));
}

const addBig = (x: bigint, y: bigint) => PyLong_FromBigInt(x + y);
const subBig = (x: bigint, y: bigint) => PyLong_FromBigInt(x - y);
const mulBig = (x: bigint, y: bigint) => PyLong_FromBigInt(x * y);

/** CPython 3.12: Objects/longobject.c (long_add) */
export function long_add(a: PyObject, b: PyObject): PyObject {
  return binop(a, b, (x, y) => {
    const r = x + y;
    return r <= MAX_SAFE && r >= -MAX_SAFE ? r : addBig(BigInt(x), BigInt(y));
  }, addBig);
}
/** CPython 3.12: Objects/longobject.c (long_sub) */
export function long_sub(a: PyObject, b: PyObject): PyObject {
  return binop(a, b, (x, y) => {
    const r = x - y;
    return r <= MAX_SAFE && r >= -MAX_SAFE ? r : subBig(BigInt(x), BigInt(y));
  }, subBig);
}
/** CPython 3.12: Objects/longobject.c (long_mul) */
export function long_mul(a: PyObject, b: PyObject): PyObject {
  return binop(a, b, (x, y) => {
    const r = x * y;
    // A product that is a safe integer is exact; `+ 0` turns -0 into 0.
    return r <= MAX_SAFE && r >= -MAX_SAFE ? r + 0 : mulBig(BigInt(x), BigInt(y));
  }, mulBig);
}

function zeroDivision(): never {
  PyErr_RaiseFormat(PyExc_ZeroDivisionError, "integer division or modulo by zero");
}

function floordivSmall(x: number, y: number): number {
  if (y === 0) zeroDivision();
  const r = x % y; // exact for integers
  let q = (x - r) / y; // exact: x - r is a multiple of y
  if (r !== 0 && r < 0 !== y < 0) q -= 1;
  return q + 0;
}
function floordivBig(x: bigint, y: bigint): number | bigint {
  if (y === 0n) zeroDivision();
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return PyLong_FromBigInt(q);
}
function moduloByZero(): never {
  PyErr_RaiseFormat(PyExc_ZeroDivisionError, "integer modulo by zero");
}
function modSmall(x: number, y: number): number {
  if (y === 0) moduloByZero();
  let r = x % y;
  if (r !== 0 && r < 0 !== y < 0) r += y;
  return r + 0;
}
function modBig(x: bigint, y: bigint): number | bigint {
  if (y === 0n) moduloByZero();
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return PyLong_FromBigInt(r);
}
/** CPython 3.12: Objects/longobject.c (long_div) */
export function long_div(a: PyObject, b: PyObject): PyObject {
  return binop(a, b, floordivSmall, floordivBig);
}
/** CPython 3.12: Objects/longobject.c (long_mod) */
export function long_mod(a: PyObject, b: PyObject): PyObject {
  return binop(a, b, modSmall, modBig);
}
/** CPython 3.12: Objects/longobject.c (long_divmod) */
export function long_divmod(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return Py_NotImplemented;
  return _PyTuple_FromArray([long_div(a, b), long_mod(a, b)]);
}

/** CPython 3.12: Objects/longobject.c (long_true_divide): correctly rounded. */
export function long_true_divide(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return Py_NotImplemented;
  const x = _PyLong_Value(a);
  const y = _PyLong_Value(b);
  if (y === 0 || y === 0n) PyErr_RaiseFormat(PyExc_ZeroDivisionError, "division by zero");
  if (typeof x === "number" && typeof y === "number") return PyFloat_FromDouble(x / y);
  return PyFloat_FromDouble(bigTrueDivide(big(x), big(y)));
}

/** Correctly rounded bigint / bigint (round-half-even), as CPython's long_true_divide; Infinity on overflow. */
export function _PyLong_TrueDivideBig(x: bigint, y: bigint): number {
  try {
    return bigTrueDivide(x, y);
  } catch {
    return x < 0n !== y < 0n ? -Infinity : Infinity;
  }
}
function bigTrueDivide(x: bigint, y: bigint): number {
  const neg = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return neg ? -0 : 0;
  const xb = x.toString(2).length;
  const yb = y.toString(2).length;
  // The quotient is below 2**(xb - yb + 1); scale so it carries at least 55 bits, but never finer than 2**-1076.
  const s = Math.min(55 - (xb - yb), 1076);
  const n = s >= 0 ? x << BigInt(s) : x;
  const d = s >= 0 ? y : y << BigInt(-s);
  const q = n / d;
  const sticky = n % d !== 0n;
  const qb = q.toString(2).length;
  // The result's unit in the last place, 2**u: 53 significant bits, or the subnormal floor 2**-1074.
  const u = Math.max(qb - 1 - s - 52, -1074);
  const drop = u + s;
  let mant: bigint;
  if (drop <= 0) {
    mant = q << BigInt(-drop);
  } else {
    mant = q >> BigInt(drop);
    const rest = q - (mant << BigInt(drop));
    const half = 1n << BigInt(drop - 1);
    if (rest > half || (rest === half && (sticky || (mant & 1n) === 1n))) mant += 1n;
    else if (rest === half && !sticky && (mant & 1n) === 0n) {
      /* tie: keep even */
    }
  }
  let result = Number(mant) * pow2(u);
  if (!Number.isFinite(result)) {
    PyErr_RaiseFormat(PyExc_OverflowError, "integer division result too large for a float");
  }
  return neg ? -result : result;
}
/** 2**e exactly, for -1074 <= e <= 1023 (Math.pow cannot build 2**-1074 in one step on every engine). */
function pow2(e: number): number {
  if (e < -1022) return Math.pow(2, e + 1022) * Math.pow(2, -1022);
  if (e > 1023) return Infinity;
  return Math.pow(2, e);
}

/** CPython 3.12: Objects/longobject.c (long_pow), without the modulus form yet for negative exponents. */
export function long_pow(a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return Py_NotImplemented;
  const x = _PyLong_Value(a);
  const y = _PyLong_Value(b);
  if (c !== Py_None_ref()) {
    if (!PyLong_Check(c)) return Py_NotImplemented;
    let m = big(_PyLong_Value(c));
    if (m === 0n) PyErr_RaiseFormat(PyExc_ValueError, "pow() 3rd argument cannot be 0");
    let e = big(y);
    let base = big(x);
    const negMod = m < 0n;
    if (negMod) m = -m;
    if (e < 0n) {
      base = modInverse(base, m);
      e = -e;
    }
    let r = m === 1n ? 0n : 1n;
    base = ((base % m) + m) % m;
    while (e > 0n) {
      if (e & 1n) r = (r * base) % m;
      base = (base * base) % m;
      e >>= 1n;
    }
    if (negMod && r !== 0n) r -= m;
    return PyLong_FromBigInt(r);
  }
  if (y < 0) {
    if (x === 0) PyErr_RaiseFormat(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return PyFloat_FromDouble(Math.pow(Number(x), Number(y)));
  }
  if (y === 0) return 1;
  if (y === 1) return x;
  if (typeof x === "number" && y === 2) {
    const r = x * x;
    if (r <= MAX_SAFE) return r;
  }
  return PyLong_FromBigInt(big(x) ** big(y));
}

function modInverse(a: bigint, m: bigint): bigint {
  let [old_r, r] = [((a % m) + m) % m, m];
  let [old_s, s] = [1n, 0n];
  while (r !== 0n) {
    const q = old_r / r;
    [old_r, r] = [r, old_r - q * r];
    [old_s, s] = [s, old_s - q * s];
  }
  if (old_r !== 1n) PyErr_RaiseFormat(PyExc_ValueError, "base is not invertible for the given modulus");
  return ((old_s % m) + m) % m;
}

function negativeShift(): never {
  PyErr_RaiseFormat(PyExc_ValueError, "negative shift count");
}
/** CPython 3.12: Objects/longobject.c (long_lshift) */
export function long_lshift(a: PyObject, b: PyObject): PyObject {
  return binop(
    a,
    b,
    (x, y) => {
      if (y < 0) negativeShift();
      if (x === 0) return 0;
      const r = x * Math.pow(2, y);
      return r <= MAX_SAFE && r >= -MAX_SAFE ? r : PyLong_FromBigInt(BigInt(x) << BigInt(y));
    },
    (x, y) => {
      if (y < 0n) negativeShift();
      if (x === 0n) return 0;
      return PyLong_FromBigInt(x << y);
    },
  );
}
/** CPython 3.12: Objects/longobject.c (long_rshift) */
export function long_rshift(a: PyObject, b: PyObject): PyObject {
  return binop(
    a,
    b,
    (x, y) => {
      if (y < 0) negativeShift();
      return Math.floor(x / Math.pow(2, Math.min(y, 1100))) + 0;
    },
    (x, y) => {
      if (y < 0n) negativeShift();
      return PyLong_FromBigInt(x >> y);
    },
  );
}
const I32 = 0x7fffffff;
function bitop(a: PyObject, b: PyObject, small: (x: number, y: number) => number, large: (x: bigint, y: bigint) => bigint): PyObject {
  return binop(
    a,
    b,
    (x, y) => (x <= I32 && x >= -I32 - 1 && y <= I32 && y >= -I32 - 1 ? small(x, y) : PyLong_FromBigInt(large(BigInt(x), BigInt(y)))),
    (x, y) => PyLong_FromBigInt(large(x, y)),
  );
}
/** CPython 3.12: Objects/longobject.c (long_and, long_or, long_xor) */
export function long_and(a: PyObject, b: PyObject): PyObject {
  return bitop(a, b, (x, y) => x & y, (x, y) => x & y);
}
export function long_or(a: PyObject, b: PyObject): PyObject {
  return bitop(a, b, (x, y) => x | y, (x, y) => x | y);
}
export function long_xor(a: PyObject, b: PyObject): PyObject {
  return bitop(a, b, (x, y) => x ^ y, (x, y) => x ^ y);
}

/** CPython 3.12: Objects/longobject.c (long_neg, long_pos, long_abs, long_invert, long_bool) */
export function long_neg(a: PyObject): PyObject {
  const v = _PyLong_Value(a);
  return typeof v === "number" ? 0 - v : PyLong_FromBigInt(-v);
}
export function long_pos(a: PyObject): PyObject {
  return _PyLong_Value(a);
}
export function long_abs(a: PyObject): PyObject {
  const v = _PyLong_Value(a);
  return typeof v === "number" ? Math.abs(v) : PyLong_FromBigInt(v < 0n ? -v : v);
}
export function long_invert(a: PyObject): PyObject {
  const v = _PyLong_Value(a);
  return typeof v === "number" ? -v - 1 : PyLong_FromBigInt(-v - 1n);
}
export function long_bool(a: PyObject): boolean {
  const v = _PyLong_Value(a);
  return v !== 0 && v !== 0n;
}

/** CPython 3.12: Objects/longobject.c (long_richcompare) */
export function long_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return Py_NotImplemented;
  const x = _PyLong_Value(a);
  const y = _PyLong_Value(b);
  switch (op) {
    case Py_LT: return x < y ? Py_True : Py_False;
    case Py_LE: return x <= y ? Py_True : Py_False;
    case Py_EQ: return x == y ? Py_True : Py_False; // eslint-disable-line eqeqeq -- number == bigint compares values
    case Py_NE: return x != y ? Py_True : Py_False; // eslint-disable-line eqeqeq
    case Py_GT: return x > y ? Py_True : Py_False;
    case Py_GE: return x >= y ? Py_True : Py_False;
  }
  return Py_NotImplemented;
}

/** _PyHASH_MODULUS = 2**61 - 1. CPython 3.12: Include/cpython/pyhash.h */
const HASH_MODULUS = (1n << 61n) - 1n;
/** CPython 3.12: Objects/longobject.c (long_hash) */
export function long_hash(a: PyObject): number {
  const v = _PyLong_Value(a);
  if (typeof v === "number") return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  // Hashes beyond 2**53 are kept as doubles; exact `hash()` of such ints goes through _PyLong_HashExact.
  return Number(h);
}
/** The exact CPython hash of an int as a Python int (for `hash()`). */
export function _PyLong_HashExact(a: PyObject): number | bigint {
  const v = _PyLong_Value(a);
  if (typeof v === "number") return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return PyLong_FromBigInt(h);
}

/** CPython 3.12: Objects/longobject.c (long_to_decimal_string) */
export function long_repr(a: PyObject): PyObject {
  return PyUnicode_FromString(_PyLong_Format(a));
}
export function _PyLong_Format(a: PyObject): string {
  const v = _PyLong_Value(a);
  if (typeof v === "number") return String(v);
  const s = v.toString();
  const max = _Py_int_max_str_digits;
  if (max > 0 && s.length - (v < 0n ? 1 : 0) > max) {
    PyErr_RaiseFormat(
      PyExc_ValueError,
      `Exceeds the limit (${max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}
/** sys.set_int_max_str_digits (CPython 3.12: _PY_LONG_DEFAULT_MAX_STR_DIGITS = 4300; 0 disables the limit). */
export let _Py_int_max_str_digits = 4300;
export function _PyLong_SetMaxStrDigits(n: number): void {
  _Py_int_max_str_digits = n;
}

/** CPython 3.12: Objects/longobject.c (long_float) */
export function long_float(a: PyObject): PyObject {
  return PyFloat_FromDouble(PyLong_AsDouble(a));
}
/** CPython 3.12: Objects/longobject.c (long_long): int(x) of an int subclass gives an exact int. */
export function long_long(a: PyObject): PyObject {
  return _PyLong_Value(a);
}

/** CPython 3.12: Objects/longobject.c (long_new) — int(), int(x), int(s, base) for the common forms. */
export function long_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  const argv = (args as PyTupleObject).ob_item;
  let v: number | bigint;
  if (argv.length === 0) v = 0;
  else if (argv.length > 2) {
    PyErr_RaiseFormat(PyExc_TypeError, `int() takes at most 2 arguments (${argv.length} given)`);
  } else {
    const x = argv[0];
    if (argv.length === 2) {
      const base = PyLong_AsLong(argv[1]);
      if (!PyUnicode_Check(x)) PyErr_RaiseFormat(PyExc_TypeError, "int() can't convert non-string with explicit base");
      v = PyLong_FromUnicodeObject(x, base);
    } else {
      v = _PyLong_Value(PyNumber_Long(x));
    }
  }
  void kwds;
  return type === PyLong_Type ? v : new PyLongObject(type, v);
}

/** CPython 3.12: Objects/longobject.c (PyLong_FromUnicodeObject / PyLong_FromString) */
export function PyLong_FromUnicodeObject(s: PyObject, base: number): number | bigint {
  const text = (s as unknown as { value: string }).value;
  const r = _PyLong_FromString(text, base);
  if (r === null) {
    PyErr_RaiseFormat(PyExc_ValueError, `invalid literal for int() with base ${base}: ${PyUnicode_AsUTF8(PyObject_Repr(s))}`);
  }
  return r;
}

/** Parses an int literal as int(s, base) accepts it; null when invalid. */
export function _PyLong_FromString(text: string, base: number): number | bigint | null {
  let s = text.trim();
  let neg = false;
  if (s.startsWith("-")) {
    neg = true;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  if (base !== 0 && (base < 2 || base > 36)) {
    PyErr_RaiseFormat(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  const lower = s.toLowerCase();
  let b = base;
  if (base === 0 || base === 16 || base === 8 || base === 2) {
    const p = lower.slice(0, 2);
    const pref = p === "0x" ? 16 : p === "0o" ? 8 : p === "0b" ? 2 : 0;
    if (pref !== 0 && (base === 0 || base === pref)) {
      b = pref;
      s = s.slice(2);
      if (s.startsWith("_")) s = s.slice(1);
    } else if (base === 0) {
      b = 10;
      if (/^0+(_?0)*$/.test(s)) return 0;
      if (s.startsWith("0")) return null;
    }
  }
  if (s.length === 0 || s.startsWith("_") || s.endsWith("_") || s.includes("__")) return null;
  s = s.replace(/_/g, "");
  const max = _Py_int_max_str_digits;
  if (max > 0 && (b & (b - 1)) !== 0 && s.length > max) {
    PyErr_RaiseFormat(
      PyExc_ValueError,
      `Exceeds the limit (${max} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let r = 0n;
  const bb = BigInt(b);
  for (const ch of s.toLowerCase()) {
    const c = ch.charCodeAt(0);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : 99;
    if (d >= b) return null;
    r = r * bb + BigInt(d);
  }
  return PyLong_FromBigInt(neg ? -r : r);
}

// Call-time imports (module cycle: these modules use int at call time too).
import { PyTupleObject, _PyTuple_FromArray } from "./tupleobject.js";
import { Py_None } from "./noneobject.js";
import { PyUnicode_Check, PyUnicode_AsUTF8 } from "./unicodeobject.js";
import { PyNumber_Long, PyObject_Repr } from "./abstract.js";
function Py_None_ref(): PyObject {
  return Py_None;
}

Object.assign(PyLong_Type, {
  tp_repr: long_repr,
  tp_hash: long_hash,
  tp_richcompare: long_richcompare,
  tp_new: long_new,
  nb_add: long_add,
  nb_subtract: long_sub,
  nb_multiply: long_mul,
  nb_remainder: long_mod,
  nb_divmod: long_divmod,
  nb_power: long_pow,
  nb_negative: long_neg,
  nb_positive: long_pos,
  nb_absolute: long_abs,
  nb_bool: long_bool,
  nb_invert: long_invert,
  nb_lshift: long_lshift,
  nb_rshift: long_rshift,
  nb_and: long_and,
  nb_xor: long_xor,
  nb_or: long_or,
  nb_int: long_long,
  nb_float: long_float,
  nb_floor_divide: long_div,
  nb_true_divide: long_true_divide,
  nb_index: long_long,
});

/** CPython 3.12: Objects/boolobject.c (bool_repr, bool_new, bool_and/or/xor) */
function bool_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(o === Py_True ? "True" : "False");
}
function bool_new(_type: PyTypeObject, args: PyObject, _kwds: PyObject | null): PyObject {
  const argv = (args as PyTupleObject).ob_item;
  if (argv.length > 1) PyErr_RaiseFormat(PyExc_TypeError, `bool expected at most 1 argument, got ${argv.length}`);
  return argv.length === 0 ? Py_False : PyBool_FromLong(PyObject_IsTrue(argv[0]));
}
function boolBinop(f: (a: PyObject, b: PyObject) => PyObject, g: (x: boolean, y: boolean) => boolean) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (PyBool_Check(a) && PyBool_Check(b)) return PyBool_FromLong(g(a === Py_True, b === Py_True));
    return f(a, b);
  };
}
import { PyObject_IsTrue } from "./abstract.js";
Object.assign(PyBool_Type, {
  tp_repr: bool_repr,
  tp_new: bool_new,
  nb_and: boolBinop(long_and, (x, y) => x && y),
  nb_or: boolBinop(long_or, (x, y) => x || y),
  nb_xor: boolBinop(long_xor, (x, y) => x !== y),
});
