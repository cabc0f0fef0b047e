/**
 * slice objects, the slice-index protocol (PySlice_Unpack, PySlice_AdjustIndices), and the subscript helpers
 * str and bytes use for indexing by int or slice.
 * CPython 3.12: Objects/sliceobject.c, Objects/unicodeobject.c (unicode_subscript), Objects/bytesobject.c
 * (bytes_subscript)
 *
 * Py_ssize_t is a JS safe integer here: PY_SSIZE_T_MAX = 2**53 - 1 (PyNumber_AsSsize_t clamps to it).
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_EQ, Py_LE, Py_GE } from "./object.js";

/** CPython 3.12: Objects/sliceobject.c (PySlice_Type) */
export const PySlice_Type: PyTypeObject = _PyType_NewStatic("slice", {
  tp_doc: "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
});

export const PY_SSIZE_T_MAX = Number.MAX_SAFE_INTEGER;
export const PY_SSIZE_T_MIN = -Number.MAX_SAFE_INTEGER - 1;

/** CPython 3.12: Include/cpython/sliceobject.h (PySliceObject) */
export class PySliceObject extends PyBaseObject {
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
  ) {
    super(PySlice_Type);
  }
}

/** CPython 3.12: Objects/sliceobject.c (PySlice_New); null means None. */
export function PySlice_New(start: PyObject | null, stop: PyObject | null, step: PyObject | null): PySliceObject {
  return new PySliceObject(start ?? Py_None, stop ?? Py_None, step ?? Py_None);
}
/** CPython 3.12: Include/sliceobject.h (PySlice_Check) */
export function PySlice_Check(o: PyObject): o is PySliceObject {
  return typeof o === "object" && o.ob_type === PySlice_Type;
}

/**
 * CPython 3.12: Python/ceval.c (_PyEval_SliceIndex): an index-like value clamped to the Py_ssize_t range;
 * `undefined` for None.
 */
export function _PyEval_SliceIndex(v: PyObject): number | undefined {
  if (v === Py_None) return undefined;
  if (_PyIndex_Check(v)) return PyNumber_AsSsize_t(v, null);
  PyErr_RaiseFormat(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
}

/** The clamped (start, stop, step) of a slice: PySlice_Unpack's three out-parameters. */
export interface PySliceIndices {
  start: number;
  stop: number;
  step: number;
}

/** CPython 3.12: Objects/sliceobject.c (PySlice_Unpack) */
export function PySlice_Unpack(slice: PyObject): PySliceIndices {
  const r = slice as PySliceObject;
  let step: number;
  if (r.step === Py_None) step = 1;
  else {
    step = _PyEval_SliceIndex(r.step) as number;
    if (step === 0) PyErr_RaiseFormat(PyExc_ValueError, "slice step cannot be zero");
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX;
  }
  const start = r.start === Py_None ? (step < 0 ? PY_SSIZE_T_MAX : 0) : (_PyEval_SliceIndex(r.start) as number);
  const stop = r.stop === Py_None ? (step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX) : (_PyEval_SliceIndex(r.stop) as number);
  return { start, stop, step };
}

/**
 * CPython 3.12: Objects/sliceobject.c (PySlice_AdjustIndices): clamp `s.start`/`s.stop` (updated in place) to
 * a sequence of `length` items and return the slice length.
 */
export function PySlice_AdjustIndices(length: number, s: { start: number; stop: number }, step: number): number {
  if (s.start < 0) {
    s.start += length;
    if (s.start < 0) s.start = step < 0 ? -1 : 0;
  } else if (s.start >= length) {
    s.start = step < 0 ? length - 1 : length;
  }
  if (s.stop < 0) {
    s.stop += length;
    if (s.stop < 0) s.stop = step < 0 ? -1 : 0;
  } else if (s.stop >= length) {
    s.stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (s.stop < s.start) return Math.floor((s.start - s.stop - 1) / -step) + 1;
  } else if (s.start < s.stop) {
    return Math.floor((s.stop - s.start - 1) / step) + 1;
  }
  return 0;
}

/** CPython 3.12: Objects/sliceobject.c (PySlice_GetIndicesEx) */
export function PySlice_GetIndicesEx(slice: PyObject, length: number): PySliceIndices & { slicelength: number } {
  const s = PySlice_Unpack(slice);
  const slicelength = PySlice_AdjustIndices(length, s, s.step);
  return { start: s.start, stop: s.stop, step: s.step, slicelength };
}

/** CPython 3.12: Objects/sliceobject.c (evaluate_slice_index) */
function evaluate_slice_index(v: PyObject): bigint {
  if (_PyIndex_Check(v)) {
    const x = _PyLong_Value(PyNumber_Index(v));
    return typeof x === "bigint" ? x : BigInt(x);
  }
  PyErr_RaiseFormat(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method");
}

/**
 * CPython 3.12: Objects/sliceobject.c (_PySlice_GetLongIndices): start, stop, step for a sequence of `length`
 * items (any int), as slice.indices() computes them.
 */
export function _PySlice_GetLongIndices(self: PySliceObject, length: bigint): [bigint, bigint, bigint] {
  let step: bigint;
  let neg: boolean;
  if (self.step === Py_None) {
    step = 1n;
    neg = false;
  } else {
    step = evaluate_slice_index(self.step);
    if (step === 0n) PyErr_RaiseFormat(PyExc_ValueError, "slice step cannot be zero");
    neg = step < 0n;
  }
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clamp = (v: PyObject, dflt: bigint): bigint => {
    if (v === Py_None) return dflt;
    let x = evaluate_slice_index(v);
    if (x < 0n) {
      x += length;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  const start = clamp(self.start, neg ? upper : lower);
  const stop = clamp(self.stop, neg ? lower : upper);
  return [start, stop, step];
}

/** CPython 3.12: Objects/sliceobject.c (slice_indices) */
function slice_indices(self: PyObject | null, len: PyObject): PyObject {
  const v = _PyLong_Value(PyNumber_Index(len));
  const length = typeof v === "bigint" ? v : BigInt(v);
  if (length < 0n) PyErr_RaiseFormat(PyExc_ValueError, "length should not be negative");
  const [start, stop, step] = _PySlice_GetLongIndices(self as PySliceObject, length);
  return _PyTuple_FromArray([PyLong_FromBigInt(start), PyLong_FromBigInt(stop), PyLong_FromBigInt(step)]);
}

/** CPython 3.12: Objects/sliceobject.c (slice_new) */
function slice_new(_type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  _PyArg_NoKeywords("slice", kwds);
  const argv = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional("slice", argv.length, 1, 3);
  if (argv.length === 1) return PySlice_New(null, argv[0], null);
  return PySlice_New(argv[0], argv[1], argv.length > 2 ? argv[2] : null);
}
/** CPython 3.12: Objects/sliceobject.c (slice_repr) */
function slice_repr(o: PyObject): PyObject {
  const r = o as PySliceObject;
  return PyUnicode_FromString(`slice(${PyObject_Repr(r.start).value}, ${PyObject_Repr(r.stop).value}, ${PyObject_Repr(r.step).value})`);
}
/** CPython 3.12: Objects/sliceobject.c (slice_richcompare) */
function slice_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PySlice_Check(v) || !PySlice_Check(w)) return Py_NotImplemented;
  if (v === w) return op === Py_EQ || op === Py_LE || op === Py_GE ? Py_True : Py_False;
  const t1 = _PyTuple_FromArray([v.start, v.stop, v.step]);
  const t2 = _PyTuple_FromArray([w.start, w.stop, w.step]);
  return PyObject_RichCompare(t1, t2, op);
}
/** CPython 3.12: Objects/sliceobject.c (slice_hash): the tuple hash of (start, stop, step) without the length. */
export function slice_hash_exact(o: PyObject): number | bigint {
  const r = o as PySliceObject;
  const lanes = [_Py_HashExact(r.start), _Py_HashExact(r.stop), _Py_HashExact(r.step)];
  _Py_xxh_init();
  for (const h of lanes) _Py_xxh_lane(h);
  return _Py_xxh_finish(null);
}
export function slice_hash(o: PyObject): number {
  return _Py_HashToNumber(slice_hash_exact(o));
}
function slice_reduce(self: PyObject | null): PyObject {
  const r = self as PySliceObject;
  return _PyTuple_FromArray([Py_TYPE(r), _PyTuple_FromArray([r.start, r.stop, r.step])]);
}

// ---- Subscripts of str and bytes (wired by unicodeobject.ts / bytesobject.ts as their mp_subscript) ----

/** The code points of a str, or null when every UTF-16 unit is one code point (index directly). */
function codePoints(u: PyUnicodeObject): string[] | null {
  return PyUnicode_GET_LENGTH(u) === u.value.length ? null : Array.from(u.value);
}

/**
 * CPython 3.12: Objects/unicodeobject.c (unicode_subscript): `s[i]` by code point (IndexError "string index out
 * of range") and `s[a:b:c]`. Meant as PyUnicode_Type's mp_subscript.
 */
export function _PyUnicode_Subscript(self: PyObject, item: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  if (_PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    const len = PyUnicode_GET_LENGTH(u);
    if (i < 0) i += len;
    if (i < 0 || i >= len) PyErr_RaiseFormat(PyExc_IndexError, "string index out of range");
    const cps = codePoints(u);
    return PyUnicode_FromString(cps === null ? u.value[i] : cps[i]);
  }
  if (PySlice_Check(item)) {
    const s = PySlice_Unpack(item);
    const len = PyUnicode_GET_LENGTH(u);
    const n = PySlice_AdjustIndices(len, s, s.step);
    if (n <= 0) return PyUnicode_FromString("");
    if (s.start === 0 && s.step === 1 && n === len) {
      return u.ob_type === PyUnicode_Type ? u : PyUnicode_FromString(u.value);
    }
    const cps = codePoints(u);
    if (s.step === 1) {
      return PyUnicode_FromString(cps === null ? u.value.slice(s.start, s.start + n) : cps.slice(s.start, s.start + n).join(""));
    }
    let out = "";
    for (let cur = s.start, i = 0; i < n; cur += s.step, i++) out += cps === null ? u.value[cur] : cps[cur];
    return PyUnicode_FromString(out);
  }
  PyErr_RaiseFormat(PyExc_TypeError, `string indices must be integers, not '${Py_TYPE(item).tp_name}'`);
}

/**
 * CPython 3.12: Objects/bytesobject.c (bytes_subscript): `b[i]` (an int; IndexError "index out of range") and
 * `b[a:b:c]`. Meant as PyBytes_Type's mp_subscript.
 */
export function _PyBytes_Subscript(self: PyObject, item: PyObject): PyObject {
  const b = self as PyBytesObject;
  const data = b.ob_sval;
  if (_PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += data.length;
    if (i < 0 || i >= data.length) PyErr_RaiseFormat(PyExc_IndexError, "index out of range");
    return data[i];
  }
  if (PySlice_Check(item)) {
    const s = PySlice_Unpack(item);
    const n = PySlice_AdjustIndices(data.length, s, s.step);
    if (n <= 0) return PyBytes_FromStringAndSize(new Uint8Array(0));
    if (s.start === 0 && s.step === 1 && n === data.length && b.ob_type === PyBytes_Type) return b;
    if (s.step === 1) return PyBytes_FromStringAndSize(data.slice(s.start, s.start + n));
    const out = new Uint8Array(n);
    for (let cur = s.start, i = 0; i < n; cur += s.step, i++) out[i] = data[cur];
    return PyBytes_FromStringAndSize(out);
  }
  PyErr_RaiseFormat(PyExc_TypeError, `byte indices must be integers or slices, not ${Py_TYPE(item).tp_name}`);
}

import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError } from "./exceptions.js";
import { _PyIndex_Check, PyNumber_AsSsize_t, PyNumber_Index, PyObject_Repr, PyObject_RichCompare } from "./abstract.js";
import { _PyLong_Value, PyLong_FromBigInt, Py_True, Py_False } from "./longobject.js";
import {
  PyTupleObject,
  _PyTuple_FromArray,
  _PyArg_NoKeywords,
  _PyArg_CheckPositional,
  _Py_HashExact,
  _Py_HashToNumber,
  _Py_xxh_init,
  _Py_xxh_lane,
  _Py_xxh_finish,
} from "./tupleobject.js";
import { PyUnicode_FromString, PyUnicodeObject, PyUnicode_GET_LENGTH, PyUnicode_Type } from "./unicodeobject.js";
import { PyBytesObject, PyBytes_FromStringAndSize, PyBytes_Type } from "./bytesobject.js";
import { METH_O, METH_NOARGS } from "./methodobject.js";

Object.assign(PySlice_Type, {
  tp_new: slice_new,
  tp_repr: slice_repr,
  tp_richcompare: slice_richcompare,
  tp_hash: slice_hash,
  tp_members: [
    { name: "start", get: (s: PySliceObject) => s.start, readonly: true },
    { name: "stop", get: (s: PySliceObject) => s.stop, readonly: true },
    { name: "step", get: (s: PySliceObject) => s.step, readonly: true },
  ],
  tp_methods: [
    {
      ml_name: "indices",
      ml_meth: slice_indices,
      ml_flags: METH_O,
      ml_doc: "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.",
    },
    { ml_name: "__reduce__", ml_meth: slice_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
  ],
});
