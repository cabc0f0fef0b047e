/**
 * str. The text is a JS string (UTF-16; astral characters as surrogate pairs); the code-point length and the
 * hash are computed once and cached, as CPython caches the hash.
 * CPython 3.12: Objects/unicodeobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_UNICODE_SUBCLASS, Py_TPFLAGS_IMMUTABLETYPE, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from "./object.js";

/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_Type) */
export const PyUnicode_Type: PyTypeObject = _PyType_NewStatic("str", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_UNICODE_SUBCLASS | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc:
    "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
});

/** CPython 3.12: Include/cpython/unicodeobject.h */
export class PyUnicodeObject extends PyBaseObject {
  /** Cached hash; -1 until computed (as CPython's `hash` field). */
  hash = -1;
  /** Code-point length; -1 until computed. */
  _length = -1;
  constructor(
    type: PyTypeObject,
    public value: string,
  ) {
    super(type);
  }
}

/** CPython 3.12: Objects/unicodeobject.c */
export function PyUnicode_FromString(s: string): PyUnicodeObject {
  return new PyUnicodeObject(PyUnicode_Type, s);
}

const interned = new Map<string, PyUnicodeObject>();
/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_InternFromString) */
export function PyUnicode_InternFromString(s: string): PyUnicodeObject {
  let o = interned.get(s);
  if (o === undefined) {
    o = new PyUnicodeObject(PyUnicode_Type, s);
    interned.set(s, o);
  }
  return o;
}
/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_InternInPlace), returning the interned object. */
export function PyUnicode_InternInPlace(o: PyUnicodeObject): PyUnicodeObject {
  if (o.ob_type !== PyUnicode_Type) return o;
  const prior = interned.get(o.value);
  if (prior !== undefined) return prior;
  interned.set(o.value, o);
  return o;
}
/** `&_Py_ID(name)`: the interned str for an identifier. */
export function _Py_ID(name: string): PyUnicodeObject {
  return PyUnicode_InternFromString(name);
}

/** CPython 3.12: Include/unicodeobject.h */
export function PyUnicode_Check(o: PyObject): o is PyUnicodeObject {
  return typeof o === "object" && (o.ob_type.tp_flags & Py_TPFLAGS_UNICODE_SUBCLASS) !== 0;
}
export function PyUnicode_CheckExact(o: PyObject): o is PyUnicodeObject {
  return typeof o === "object" && o.ob_type === PyUnicode_Type;
}
/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_AsUTF8): here, the JS string. */
export function PyUnicode_AsUTF8(o: PyObject): string {
  return (o as PyUnicodeObject).value;
}

/** Code-point length. CPython 3.12: Objects/unicodeobject.c (PyUnicode_GET_LENGTH) */
export function PyUnicode_GET_LENGTH(o: PyUnicodeObject): number {
  let n = o._length;
  if (n < 0) {
    const s = o.value;
    n = s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          n--;
          i++;
        }
      }
    }
    o._length = n;
  }
  return n;
}

/**
 * The str hash: FNV-1a over UTF-16 code units mixed to 53 bits. CPython's str hash is SipHash with a random
 * per-process key, so no program can depend on its values; Typhon's is fixed unless PyConfig sets a seed.
 */
export function unicode_hash(o: PyObject): number {
  const u = o as PyUnicodeObject;
  let h = u.hash;
  if (h !== -1) return h;
  const s = u.value;
  let h1 = 0x811c9dc5 ^ hashSeed;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h1 >>> 15);
  }
  h = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
  if (h >= 2 ** 52) h -= 2 ** 53;
  if (h === -1) h = -2;
  u.hash = h;
  return h;
}
let hashSeed = 0;
export function _PyUnicode_SetHashSeed(seed: number): void {
  hashSeed = seed | 0;
}

/** Unicode "printable" per CPython's Py_UNICODE_ISPRINTABLE (not Cc Cf Cs Co Cn Zl Zp Zs, except space). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
export function Py_UNICODE_ISPRINTABLE(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp < 0x7f) return cp > 0x20;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/** CPython 3.12: Objects/unicodeobject.c (unicode_repr) */
export function _PyUnicode_Repr(s: string): string {
  let quote = "'";
  if (s.includes("'") && !s.includes('"')) quote = '"';
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (cp === quote.charCodeAt(0) || cp === 0x5c) out += "\\" + String.fromCharCode(cp);
    else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x7f) out += String.fromCharCode(cp);
    else if (Py_UNICODE_ISPRINTABLE(cp)) out += String.fromCodePoint(cp);
    else if (cp <= 0xff) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp <= 0xffff) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out + quote;
}
function unicode_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(_PyUnicode_Repr((o as PyUnicodeObject).value));
}
function unicode_str(o: PyObject): PyObject {
  return PyUnicode_CheckExact(o) ? o : PyUnicode_FromString((o as PyUnicodeObject).value);
}

/** Compare by code points (JS `<` compares UTF-16 units, which differs only when surrogates are involved). */
export function _PyUnicode_Compare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1; // a surrogate (astral) outranks any BMP unit above U+DFFF
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
function unicode_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!PyUnicode_Check(b)) return Py_NotImplemented;
  const x = (a as PyUnicodeObject).value;
  const y = b.value;
  if (op === Py_EQ) return x === y ? Py_True : Py_False;
  if (op === Py_NE) return x !== y ? Py_True : Py_False;
  const c = _PyUnicode_Compare(x, y);
  let r: boolean;
  switch (op) {
    case Py_LT: r = c < 0; break;
    case Py_LE: r = c <= 0; break;
    case Py_GT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  void Py_GE;
  return r ? Py_True : Py_False;
}

/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_Concat) */
export function PyUnicode_Concat(a: PyObject, b: PyObject): PyObject {
  if (!PyUnicode_Check(b)) {
    PyErr_RaiseFormat(PyExc_TypeError, `can only concatenate str (not "${Py_TYPE(b).tp_name}") to str`);
  }
  return PyUnicode_FromString((a as PyUnicodeObject).value + b.value);
}
function unicode_length(o: PyObject): number {
  return PyUnicode_GET_LENGTH(o as PyUnicodeObject);
}
function unicode_repeat(o: PyObject, n: number): PyObject {
  const s = (o as PyUnicodeObject).value;
  if (n <= 0 || s.length === 0) return PyUnicode_FromString("");
  if (s.length * n > 0x1fffffe8) PyErr_RaiseFormat(PyExc_MemoryError, "");
  return PyUnicode_FromString(s.repeat(n));
}
function unicode_contains(o: PyObject, sub: PyObject): boolean {
  if (!PyUnicode_Check(sub)) {
    PyErr_RaiseFormat(PyExc_TypeError, `'in <string>' requires string as left operand, not ${Py_TYPE(sub).tp_name}`);
  }
  return (o as PyUnicodeObject).value.includes(sub.value);
}
function unicode_bool(o: PyObject): boolean {
  return (o as PyUnicodeObject).value.length !== 0;
}
function unicode_new(type: PyTypeObject, args: PyObject, _kwds: PyObject | null): PyObject {
  const argv = (args as PyTupleObject).ob_item;
  const s = argv.length === 0 ? "" : PyUnicode_AsUTF8(PyObject_Str(argv[0]));
  return type === PyUnicode_Type ? PyUnicode_FromString(s) : new PyUnicodeObject(type, s);
}

import { Py_NotImplemented } from "./noneobject.js";
import { Py_True, Py_False } from "./longobject.js";
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_MemoryError } from "./exceptions.js";
import { PyObject_Str } from "./abstract.js";
import type { PyTupleObject } from "./tupleobject.js";

Object.assign(PyUnicode_Type, {
  tp_repr: unicode_repr,
  tp_str: unicode_str,
  tp_hash: unicode_hash,
  tp_richcompare: unicode_richcompare,
  tp_new: unicode_new,
  nb_bool: unicode_bool,
  sq_length: unicode_length,
  sq_concat: PyUnicode_Concat,
  sq_repeat: unicode_repeat,
  sq_contains: unicode_contains,
  mp_length: unicode_length,
});
