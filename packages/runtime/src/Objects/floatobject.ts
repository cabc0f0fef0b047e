/**
 * float. CPython 3.12: Objects/floatobject.c, Python/pystrtod.c (repr), Python/pyhash.c (_Py_HashDouble)
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_IMMUTABLETYPE, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE, PyType_IsSubtype } from "./object.js";
import { Py_NotImplemented, Py_None } from "./noneobject.js";
import { Py_True, Py_False, PyLong_Check, _PyLong_Value, PyLong_FromNumber, long_hash } from "./longobject.js";
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_ZeroDivisionError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { PyUnicode_FromString, PyUnicode_Check } from "./unicodeobject.js";
import { PyTupleObject, _PyTuple_FromArray } from "./tupleobject.js";

/** CPython 3.12: Objects/floatobject.c (PyFloat_Type) */
export const PyFloat_Type: PyTypeObject = _PyType_NewStatic("float", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc: "Convert a string or number to a floating point number, if possible.",
});

/** CPython 3.12: Include/cpython/floatobject.h */
export class PyFloatObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public ob_fval: number,
  ) {
    super(type);
  }
}

/** CPython 3.12: Objects/floatobject.c */
export function PyFloat_FromDouble(v: number): PyObject {
  return new PyFloatObject(PyFloat_Type, v);
}
export function PyFloat_Check(o: PyObject): o is PyFloatObject {
  return typeof o === "object" && (o.ob_type === PyFloat_Type || PyType_IsSubtype(o.ob_type, PyFloat_Type));
}
export function PyFloat_CheckExact(o: PyObject): o is PyFloatObject {
  return typeof o === "object" && o.ob_type === PyFloat_Type;
}
/** CPython 3.12: Objects/floatobject.c (PyFloat_AsDouble) */
export function PyFloat_AsDouble(o: PyObject): number {
  if (typeof o === "number") return o;
  if (PyFloat_Check(o)) return o.ob_fval;
  if (PyLong_Check(o)) {
    const v = _PyLong_Value(o);
    if (typeof v === "number") return v;
    const d = Number(v);
    if (!Number.isFinite(d)) PyErr_RaiseFormat(PyExc_OverflowError, "int too large to convert to float");
    return d;
  }
  const f = Py_TYPE(o).nb_float;
  if (f !== null) return (f(o) as PyFloatObject).ob_fval;
  const idx = Py_TYPE(o).nb_index;
  if (idx !== null) return PyFloat_AsDouble(idx(o));
  PyErr_RaiseFormat(PyExc_TypeError, `must be real number, not ${Py_TYPE(o).tp_name}`);
}

/**
 * The shortest repr that round-trips, in CPython's layout: exponent form when the decimal point position is
 * below -4 or above 16, at least two exponent digits, ".0" added to integral values.
 * CPython 3.12: Python/pystrtod.c (format_float_short with 'r')
 */
export function _Py_dg_repr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const e = Math.abs(x).toExponential(); // shortest round-trip digits: "d.ddde±n"
  const epos = e.indexOf("e");
  const digits = e.slice(0, epos).replace(".", "");
  const exp = Number(e.slice(epos + 1));
  const decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
    if (decpt >= digits.length) return sign + digits + "0".repeat(decpt - digits.length) + ".0";
    return sign + digits.slice(0, decpt) + "." + digits.slice(decpt);
  }
  const mant = digits.length === 1 ? digits : digits[0] + "." + digits.slice(1);
  const ee = exp < 0 ? "-" + String(-exp).padStart(2, "0") : "+" + String(exp).padStart(2, "0");
  return sign + mant + "e" + ee;
}

function float_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(_Py_dg_repr((o as PyFloatObject).ob_fval));
}

/** Both operands as doubles, or null for NotImplemented (CPython: CONVERT_TO_DOUBLE). */
function toDouble(o: PyObject): number | null {
  if (typeof o === "number") return o;
  if (typeof o === "bigint") {
    const d = Number(o);
    if (!Number.isFinite(d)) PyErr_RaiseFormat(PyExc_OverflowError, "int too large to convert to float");
    return d;
  }
  if (PyFloat_Check(o)) return o.ob_fval;
  if (PyLong_Check(o)) return toDouble(_PyLong_Value(o));
  return null;
}

function fbin(f: (a: number, b: number) => number) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = toDouble(a);
    const y = toDouble(b);
    if (x === null || y === null) return Py_NotImplemented;
    return PyFloat_FromDouble(f(x, y));
  };
}
export const float_add = fbin((a, b) => a + b);
export const float_sub = fbin((a, b) => a - b);
export const float_mul = fbin((a, b) => a * b);
export const float_div = fbin((a, b) => {
  if (b === 0) PyErr_RaiseFormat(PyExc_ZeroDivisionError, "float division by zero");
  return a / b;
});
/** CPython 3.12: Objects/floatobject.c (float_rem) */
function _float_mod(vx: number, wx: number): number {
  if (wx === 0) PyErr_RaiseFormat(PyExc_ZeroDivisionError, "float modulo");
  let mod = vx % wx;
  if (mod) {
    if (wx < 0 !== mod < 0) mod += wx;
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  return mod;
}
export const float_rem = fbin(_float_mod);
/** CPython 3.12: Objects/floatobject.c (_float_div_mod) */
function _float_div_mod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx; // copysign(0.0, vx / wx)
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}
export const float_floor_div = fbin((a, b) => {
  if (b === 0) PyErr_RaiseFormat(PyExc_ZeroDivisionError, "float floor division by zero");
  return _float_div_mod(a, b)[0];
});
export function float_divmod(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a);
  const y = toDouble(b);
  if (x === null || y === null) return Py_NotImplemented;
  if (y === 0) PyErr_RaiseFormat(PyExc_ZeroDivisionError, "float divmod()");
  const [d, m] = _float_div_mod(x, y);
  return _PyTuple_FromArray([PyFloat_FromDouble(d), PyFloat_FromDouble(m)]);
}
/** CPython 3.12: Objects/floatobject.c (float_pow) */
export function float_pow(a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (c !== Py_None) PyErr_RaiseFormat(PyExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  const iv = toDouble(a);
  const iw = toDouble(b);
  if (iv === null || iw === null) return Py_NotImplemented;
  if (iw === 0) return PyFloat_FromDouble(1.0);
  if (Number.isNaN(iv)) return PyFloat_FromDouble(iw === 0 ? 1.0 : iv);
  if (Number.isNaN(iw)) return PyFloat_FromDouble(iv === 1.0 ? 1.0 : iw);
  if (iv === 0) {
    if (iw < 0) PyErr_RaiseFormat(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
  }
  if (iv < 0 && iw !== Math.floor(iw) && Number.isFinite(iw)) {
    // Negative base with a non-integral exponent yields a complex number.
    return complexPow(iv, iw);
  }
  if (iv === -1 && !Number.isFinite(iw)) return PyFloat_FromDouble(1.0);
  const r = _Py_pow(iv, iw);
  if (!Number.isFinite(r) && Number.isFinite(iv) && Number.isFinite(iw)) {
    PyErr_RaiseFormat(PyExc_OverflowError, "(34, 'Numerical result out of range')");
  }
  return PyFloat_FromDouble(r);
}
/**
 * pow(x, y) correctly rounded where V8's Math.pow is not (it can be 1 ulp off, e.g. 10.0 ** -5): integral
 * exponents are computed exactly with bigints and rounded once; y == 2 and y == 0.5 use the exactly rounded
 * x*x and sqrt. CPython relies on the C library's pow, which is correctly rounded on glibc.
 */
export function _Py_pow(x: number, y: number): number {
  if (y === 2) return x * x;
  if (y === 0.5 && x > 0 && x !== Infinity) return Math.sqrt(x);
  if (!Number.isInteger(y) || !Number.isFinite(x) || x === 0 || Math.abs(y) > 1100 || y === 1 || y === 0) return Math.pow(x, y);
  const [m, e] = frexp(x);
  // x = mant * 2**exp with mant an odd integer.
  let mant = BigInt(Math.round(m * 2 ** 53));
  let exp = e - 53;
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp++;
  }
  const n = Math.abs(y);
  const neg = mant < 0n && n % 2 === 1;
  if (mant < 0n) mant = -mant;
  const p = mant ** BigInt(n);
  const e2 = exp * n;
  let r: number;
  if (y > 0) {
    // p * 2**e2: Number(p) rounds once; scaling by a power of two is exact unless the result is subnormal.
    if (e2 >= 0) r = _PyLong_TrueDivideBig(p << BigInt(e2), 1n);
    else r = _PyLong_TrueDivideBig(p, 1n << BigInt(-e2));
  } else {
    r = e2 <= 0 ? _PyLong_TrueDivideBig(1n << BigInt(-e2), p) : _PyLong_TrueDivideBig(1n, p << BigInt(e2));
  }
  return neg ? -r : r;
}
import { _PyLong_TrueDivideBig } from "./longobject.js";

let complexPow: (a: number, b: number) => PyObject = () => {
  PyErr_RaiseFormat(PyExc_ValueError, "complex exponentiation is not available");
};
export function _PyFloat_SetComplexPow(f: (a: number, b: number) => PyObject): void {
  complexPow = f;
}

function float_neg(a: PyObject): PyObject {
  return PyFloat_FromDouble(-(a as PyFloatObject).ob_fval);
}
function float_pos(a: PyObject): PyObject {
  return PyFloat_FromDouble((a as PyFloatObject).ob_fval);
}
function float_abs(a: PyObject): PyObject {
  return PyFloat_FromDouble(Math.abs((a as PyFloatObject).ob_fval));
}
function float_bool(a: PyObject): boolean {
  return (a as PyFloatObject).ob_fval !== 0;
}
/** CPython 3.12: Objects/floatobject.c (float___trunc___impl) */
function float_int(a: PyObject): PyObject {
  return PyLong_FromNumber((a as PyFloatObject).ob_fval);
}
function float_float(a: PyObject): PyObject {
  return PyFloat_CheckExact(a) ? a : PyFloat_FromDouble((a as PyFloatObject).ob_fval);
}

/** CPython 3.12: Objects/floatobject.c (float_richcompare), exact against big ints. */
export function float_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const i = (a as PyFloatObject).ob_fval;
  let j: number;
  if (PyFloat_Check(b)) j = b.ob_fval;
  else if (PyLong_Check(b)) {
    const v = _PyLong_Value(b);
    if (typeof v === "bigint" && Number.isFinite(i)) {
      // Compare exactly: an integral double converts to bigint without loss.
      const fi = Math.floor(i);
      const bi = BigInt(fi);
      let c = bi < v ? -1 : bi > v ? 1 : 0;
      if (c === 0 && i !== fi) c = 1;
      return cmpResult(c, op);
    }
    j = Number(v);
  } else return Py_NotImplemented;
  let r: boolean;
  switch (op) {
    case Py_LT: r = i < j; break;
    case Py_LE: r = i <= j; break;
    case Py_EQ: r = i === j; break;
    case Py_NE: r = i !== j; break;
    case Py_GT: r = i > j; break;
    default: r = i >= j; break;
  }
  return r ? Py_True : Py_False;
}
function cmpResult(c: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case Py_LT: r = c < 0; break;
    case Py_LE: r = c <= 0; break;
    case Py_EQ: r = c === 0; break;
    case Py_NE: r = c !== 0; break;
    case Py_GT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return r ? Py_True : Py_False;
}

const HASH_BITS = 61n;
const HASH_MODULUS = (1n << 61n) - 1n;
/** CPython 3.12: Python/pyhash.c (_Py_HashDouble); NaN hashes by identity. */
export function _Py_HashDouble(inst: PyObject, v: number): number {
  if (Number.isInteger(v) && Number.isSafeInteger(v)) return long_hash(v + 0);
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) return _Py_HashPointerOf(inst);
    return v > 0 ? 314159 : -314159;
  }
  let [m, e] = frexp(v);
  let sign = 1n;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & HASH_MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const eb = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << eb) & HASH_MODULUS) | (x >> (HASH_BITS - eb));
  x = x * sign;
  if (x === -1n) x = -2n;
  return Number(x);
}
/** C's frexp: v = m * 2**e with 0.5 <= |m| < 1. */
export function frexp(v: number): [number, number] {
  if (v === 0 || !Number.isFinite(v)) return [v, 0];
  let e = 0;
  let m = v;
  // Scale subnormals into the normal range first (2**-1074 * 2**64 is normal).
  if (Math.abs(m) < 2.2250738585072014e-308) {
    m *= 18446744073709551616;
    e -= 64;
  }
  const k = Math.floor(Math.log2(Math.abs(m))) + 1;
  m = m * Math.pow(2, -k);
  e += k;
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}
let _Py_HashPointerOf: (o: PyObject) => number = () => 0;
export function _PyFloat_SetPointerHash(f: (o: PyObject) => number): void {
  _Py_HashPointerOf = f;
}
function float_hash(o: PyObject): number {
  return _Py_HashDouble(o, (o as PyFloatObject).ob_fval);
}

/** CPython 3.12: Objects/floatobject.c (float_new_impl) — float(), float(x), float(str) */
function float_new(type: PyTypeObject, args: PyObject, _kwds: PyObject | null): PyObject {
  const argv = (args as PyTupleObject).ob_item;
  let v = 0;
  if (argv.length > 1) PyErr_RaiseFormat(PyExc_TypeError, `float expected at most 1 argument, got ${argv.length}`);
  if (argv.length === 1) {
    const x = argv[0];
    if (PyUnicode_Check(x)) v = PyFloat_FromString(x.value);
    else v = PyFloat_AsDouble(x);
  }
  return type === PyFloat_Type ? PyFloat_FromDouble(v) : new PyFloatObject(type, v);
}

/** CPython 3.12: Objects/floatobject.c (PyFloat_FromString via _Py_string_to_number_with_underscores) */
export function PyFloat_FromString(text: string): number {
  const s = text.trim();
  const m = /^[+-]?((\d(_?\d)*)?\.?(\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?|inf(inity)?|nan)$/i.exec(s);
  if (m && s !== "" && /\d|inf|nan/i.test(s) && !/^[+-]?\.?([eE]|$)/.test(s)) {
    const clean = s.replace(/_/g, "").toLowerCase();
    if (clean.endsWith("inf") || clean.endsWith("infinity")) return clean.startsWith("-") ? -Infinity : Infinity;
    if (clean.endsWith("nan")) return NaN;
    const d = Number(clean);
    if (!Number.isNaN(d)) return d;
  }
  PyErr_RaiseFormat(PyExc_ValueError, `could not convert string to float: ${reprOf(text)}`);
}
function reprOf(s: string): string {
  return PyUnicode_AsUTF8(PyObject_Repr(PyUnicode_FromString(s)));
}
import { PyObject_Repr } from "./abstract.js";
import { PyUnicode_AsUTF8 } from "./unicodeobject.js";

Object.assign(PyFloat_Type, {
  tp_repr: float_repr,
  tp_hash: float_hash,
  tp_richcompare: float_richcompare,
  tp_new: float_new,
  nb_add: float_add,
  nb_subtract: float_sub,
  nb_multiply: float_mul,
  nb_remainder: float_rem,
  nb_divmod: float_divmod,
  nb_power: float_pow,
  nb_negative: float_neg,
  nb_positive: float_pos,
  nb_absolute: float_abs,
  nb_bool: float_bool,
  nb_int: float_int,
  nb_float: float_float,
  nb_floor_divide: float_floor_div,
  nb_true_divide: float_div,
});
