/**
 * bytes. CPython 3.12: Objects/bytesobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, _PyType_NewStatic, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_BYTES_SUBCLASS, Py_TPFLAGS_IMMUTABLETYPE, Py_EQ, Py_NE } from "./object.js";

/** CPython 3.12: Objects/bytesobject.c (PyBytes_Type) */
export const PyBytes_Type: PyTypeObject = _PyType_NewStatic("bytes", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BYTES_SUBCLASS | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer",
});

/** CPython 3.12: Include/cpython/bytesobject.h */
export class PyBytesObject extends PyBaseObject {
  hash = -1;
  constructor(
    type: PyTypeObject,
    public ob_sval: Uint8Array,
  ) {
    super(type);
  }
}
/** CPython 3.12: Objects/bytesobject.c (PyBytes_FromStringAndSize) over a byte array (taken over). */
export function PyBytes_FromStringAndSize(data: Uint8Array): PyBytesObject {
  return new PyBytesObject(PyBytes_Type, data);
}
export function PyBytes_Check(o: PyObject): o is PyBytesObject {
  return typeof o === "object" && (o.ob_type.tp_flags & Py_TPFLAGS_BYTES_SUBCLASS) !== 0;
}
export function PyBytes_AsUint8Array(o: PyObject): Uint8Array {
  return (o as PyBytesObject).ob_sval;
}

/** CPython 3.12: Objects/bytesobject.c (PyBytes_Repr) */
export function _PyBytes_Repr(data: Uint8Array, prefix = "b"): string {
  let quote = "'";
  let hasSingle = false;
  let hasDouble = false;
  for (const c of data) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  if (hasSingle && !hasDouble) quote = '"';
  let out = prefix + quote;
  for (const c of data) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
function bytes_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(_PyBytes_Repr((o as PyBytesObject).ob_sval));
}
function bytes_hash(o: PyObject): number {
  const b = o as PyBytesObject;
  if (b.hash !== -1) return b.hash;
  let h1 = 0x811c9dc5;
  for (const c of b.ob_sval) h1 = Math.imul(h1 ^ c, 0x01000193);
  b.hash = h1 === -1 ? -2 : h1;
  return b.hash;
}
function bytes_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!PyBytes_Check(b)) return Py_NotImplemented;
  const x = (a as PyBytesObject).ob_sval;
  const y = b.ob_sval;
  let c = 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n && c === 0; i++) c = x[i] - y[i];
  if (c === 0) c = x.length - y.length;
  if (op === Py_EQ) return c === 0 ? Py_True : Py_False;
  if (op === Py_NE) return c !== 0 ? Py_True : Py_False;
  return compareSizes(c, op);
}
function bytes_length(o: PyObject): number {
  return (o as PyBytesObject).ob_sval.length;
}
function bytes_item(o: PyObject, i: number): PyObject {
  const d = (o as PyBytesObject).ob_sval;
  if (i < 0 || i >= d.length) PyErr_RaiseFormat(PyExc_IndexError, "index out of range");
  return d[i];
}
function bytes_concat(a: PyObject, b: PyObject): PyObject {
  if (!PyBytes_Check(b)) PyErr_RaiseFormat(PyExc_TypeError, `can't concat ${Py_TYPE(b).tp_name} to bytes`);
  const x = (a as PyBytesObject).ob_sval;
  const r = new Uint8Array(x.length + b.ob_sval.length);
  r.set(x);
  r.set(b.ob_sval, x.length);
  return PyBytes_FromStringAndSize(r);
}

/** CPython 3.12: Objects/bytesobject.c (bytes_repeat) */
function bytes_repeat(a: PyObject, n: number): PyObject {
  const src = (a as PyBytesObject).ob_sval;
  if (n <= 0 || src.length === 0) return PyBytes_FromStringAndSize(new Uint8Array(0));
  if (src.length * n > 0x7fffffff) PyErr_NoMemory();
  const out = new Uint8Array(src.length * n);
  for (let i = 0; i < n; i++) out.set(src, i * src.length);
  return PyBytes_FromStringAndSize(out);
}
import { PyErr_NoMemory } from "../Python/errors.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { Py_NotImplemented } from "./noneobject.js";
import { Py_True, Py_False } from "./longobject.js";
import { compareSizes } from "./tupleobject.js";
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_IndexError, PyExc_TypeError } from "./exceptions.js";
import { Py_TYPE } from "./object.js";
Object.assign(PyBytes_Type, {
  tp_repr: bytes_repr,
  tp_hash: bytes_hash,
  tp_richcompare: bytes_richcompare,
  sq_length: bytes_length,
  sq_item: bytes_item,
  sq_concat: bytes_concat,
  sq_repeat: bytes_repeat,
  mp_length: bytes_length,
  mp_subscript: (o: PyObject, item: PyObject) => _PyBytes_Subscript(o, item),
});
import { _PyBytes_Subscript } from "./sliceobject.js";
