/**
 * The sequence iterator used for objects with __getitem__ but no __iter__, and the callable iterator of
 * iter(callable, sentinel).
 * CPython 3.12: Objects/iterobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_EQ } from "./object.js";

/** CPython 3.12: Objects/iterobject.c (PySeqIter_Type, PyCallIter_Type) */
export const PySeqIter_Type: PyTypeObject = _PyType_NewStatic("iterator");
export const PyCallIter_Type: PyTypeObject = _PyType_NewStatic("callable_iterator");

export class PySeqIterObject extends PyBaseObject {
  it_index = 0;
  constructor(public it_seq: PyObject | null) {
    super(PySeqIter_Type);
  }
}
/** CPython 3.12: Objects/iterobject.c (PySeqIter_New) */
export function PySeqIter_New(seq: PyObject): PyObject {
  return new PySeqIterObject(seq);
}
/** CPython 3.12: Objects/iterobject.c (iter_iternext) */
function iter_iternext(o: PyObject): PyObject | undefined {
  const it = o as PySeqIterObject;
  const seq = it.it_seq;
  if (seq === null) return undefined;
  try {
    const r = PySequence_GetItem(seq, it.it_index);
    it.it_index++;
    return r;
  } catch (e) {
    if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_IndexError) || PyErr_GivenExceptionMatches(e as PyObject, PyExc_StopIteration)) {
      it.it_seq = null;
      return undefined;
    }
    throw e;
  }
}
/** CPython 3.12: Objects/iterobject.c (iter_len) */
function iter_len(self: PyObject | null): PyObject {
  const it = self as PySeqIterObject;
  if (it.it_seq !== null) {
    const t = Py_TYPE(it.it_seq);
    if (t.sq_length === null && t.mp_length === null) return Py_NotImplemented;
    const len = PySequence_Size(it.it_seq) - it.it_index;
    if (len >= 0) return len;
  }
  return 0;
}
/** CPython 3.12: Objects/iterobject.c (iter_reduce) */
function iter_reduce(self: PyObject | null): PyObject {
  const it = self as PySeqIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_seq !== null) return _PyTuple_FromArray([iter, _PyTuple_FromArray([it.it_seq]), it.it_index]);
  return _PyTuple_FromArray([iter, _PyTuple_FromArray([_PyTuple_FromArray([])])]);
}
/** CPython 3.12: Objects/iterobject.c (iter_setstate) */
function iter_setstate(self: PyObject | null, state: PyObject): PyObject {
  const it = self as PySeqIterObject;
  let index = PyNumber_AsSsize_t(state, null);
  if (it.it_seq !== null) {
    if (index < 0) index = 0;
    it.it_index = index;
  }
  return Py_None;
}

/** CPython 3.12: Objects/iterobject.c (calliterobject) */
export class PyCallIterObject extends PyBaseObject {
  constructor(
    public it_callable: PyObject | null,
    public it_sentinel: PyObject | null,
  ) {
    super(PyCallIter_Type);
  }
}
/** CPython 3.12: Objects/iterobject.c (PyCallIter_New) */
export function PyCallIter_New(callable: PyObject, sentinel: PyObject): PyObject {
  return new PyCallIterObject(callable, sentinel);
}
/** CPython 3.12: Objects/iterobject.c (calliter_iternext) */
function calliter_iternext(o: PyObject): PyObject | undefined {
  const it = o as PyCallIterObject;
  const callable = it.it_callable;
  if (callable === null) return undefined;
  let result: PyObject;
  try {
    result = PyObject_CallNoArgs(callable);
  } catch (e) {
    if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_StopIteration)) {
      it.it_callable = null;
      it.it_sentinel = null;
      return undefined;
    }
    throw e;
  }
  if (it.it_sentinel !== null && PyObject_RichCompareBool(it.it_sentinel, result, Py_EQ)) {
    it.it_callable = null;
    it.it_sentinel = null;
    return undefined;
  }
  return result;
}
/** CPython 3.12: Objects/iterobject.c (calliter_reduce) */
function calliter_reduce(self: PyObject | null): PyObject {
  const it = self as PyCallIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_callable !== null && it.it_sentinel !== null) return _PyTuple_FromArray([iter, _PyTuple_FromArray([it.it_callable, it.it_sentinel])]);
  return _PyTuple_FromArray([iter, _PyTuple_FromArray([_PyTuple_FromArray([])])]);
}

// ---- str iterators (CPython 3.12: Objects/unicodeobject.c, unicodeiter_*). Wired by unicodeobject.ts. ----

/** CPython 3.12: Objects/unicodeobject.c (PyUnicodeIter_Type, _PyUnicodeASCIIIter_Type) */
export const PyUnicodeIter_Type: PyTypeObject = _PyType_NewStatic("str_iterator");
export const _PyUnicodeASCIIIter_Type: PyTypeObject = _PyType_NewStatic("str_ascii_iterator");

/** CPython 3.12: Objects/unicodeobject.c (unicodeiterobject), over the string's code points. */
export class PyUnicodeIterObject extends PyBaseObject {
  it_index = 0;
  constructor(
    type: PyTypeObject,
    public it_seq: PyUnicodeObject | null,
    /** The code points, or null when every UTF-16 unit is one. */
    public cps: string[] | null,
  ) {
    super(type);
  }
}
/** CPython 3.12: Objects/unicodeobject.c (unicode_iter): meant as PyUnicode_Type's tp_iter. */
export function _PyUnicode_Iter(o: PyObject): PyObject {
  const u = o as PyUnicodeObject;
  const s = u.value;
  const ascii = /^[\x00-\x7f]*$/.test(s);
  const cps = PyUnicode_GET_LENGTH(u) === s.length ? null : Array.from(s);
  return new PyUnicodeIterObject(ascii ? _PyUnicodeASCIIIter_Type : PyUnicodeIter_Type, u, cps);
}
/** CPython 3.12: Objects/unicodeobject.c (unicode_getitem): `s[i]` for 0 <= i < len, meant as sq_item. */
export function _PyUnicode_GetItem(o: PyObject, i: number): PyObject {
  const u = o as PyUnicodeObject;
  if (i < 0 || i >= PyUnicode_GET_LENGTH(u)) PyErr_RaiseFormat(PyExc_IndexError, "string index out of range");
  return PyUnicode_FromString(PyUnicode_GET_LENGTH(u) === u.value.length ? u.value[i] : Array.from(u.value)[i]);
}
function unicodeiter_next(o: PyObject): PyObject | undefined {
  const it = o as PyUnicodeIterObject;
  const seq = it.it_seq;
  if (seq === null) return undefined;
  const n = it.cps === null ? seq.value.length : it.cps.length;
  if (it.it_index < n) {
    const i = it.it_index++;
    return PyUnicode_FromString(it.cps === null ? seq.value[i] : it.cps[i]);
  }
  it.it_seq = null;
  return undefined;
}
function unicodeiter_len(self: PyObject | null): PyObject {
  const it = self as PyUnicodeIterObject;
  if (it.it_seq === null) return 0;
  return (it.cps === null ? it.it_seq.value.length : it.cps.length) - it.it_index;
}
function unicodeiter_reduce(self: PyObject | null): PyObject {
  const it = self as PyUnicodeIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_seq !== null) return _PyTuple_FromArray([iter, _PyTuple_FromArray([it.it_seq]), it.it_index]);
  return _PyTuple_FromArray([iter, _PyTuple_FromArray([PyUnicode_FromString("")])]);
}
function unicodeiter_setstate(self: PyObject | null, state: PyObject): PyObject {
  const it = self as PyUnicodeIterObject;
  let index = PyNumber_AsSsize_t(state, null);
  if (it.it_seq !== null) {
    const n = it.cps === null ? it.it_seq.value.length : it.cps.length;
    if (index < 0) index = 0;
    else if (index > n) index = n;
    it.it_index = index;
  }
  return Py_None;
}

/** CPython 3.12: Objects/abstract.c (PySequence_Check) */
export function PySequence_Check(s: PyObject): boolean {
  if (PyDict_Check(s)) return false;
  return Py_TYPE(s).sq_item !== null;
}
/** CPython 3.12: Objects/abstract.c (PySequence_Size) */
export function PySequence_Size(s: PyObject): number {
  const t = Py_TYPE(s);
  if (t.sq_length !== null) return t.sq_length(s);
  if (t.mp_length !== null) PyErr_RaiseFormat(PyExc_TypeError, `${t.tp_name} is not a sequence`);
  PyErr_RaiseFormat(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}
/** CPython 3.12: Objects/abstract.c (PySequence_GetItem) */
export function PySequence_GetItem(s: PyObject, i: number): PyObject {
  const t = Py_TYPE(s);
  if (t.sq_item !== null) {
    if (i < 0 && t.sq_length !== null) i += t.sq_length(s);
    return t.sq_item(s, i);
  }
  if (t.mp_subscript !== null) PyErr_RaiseFormat(PyExc_TypeError, `${t.tp_name} is not a sequence`);
  PyErr_RaiseFormat(PyExc_TypeError, `'${t.tp_name}' object does not support indexing`);
}

import { PyErr_GivenExceptionMatches, PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_IndexError, PyExc_StopIteration, PyExc_TypeError } from "./exceptions.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyNumber_AsSsize_t, PyObject_RichCompareBool } from "./abstract.js";
import { PyObject_CallNoArgs } from "./call.js";
import { _PyTuple_FromArray, _PyEval_GetBuiltin } from "./tupleobject.js";
import { PyDict_Check } from "./dictobject.js";
import { PyUnicodeObject, PyUnicode_FromString, PyUnicode_GET_LENGTH } from "./unicodeobject.js";
import { METH_NOARGS, METH_O } from "./methodobject.js";

Object.assign(PySeqIter_Type, {
  tp_iter: (o: PyObject) => o,
  tp_iternext: iter_iternext,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: iter_len, ml_flags: METH_NOARGS, ml_doc: "Private method returning an estimate of len(list(it))." },
    { ml_name: "__reduce__", ml_meth: iter_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
    { ml_name: "__setstate__", ml_meth: iter_setstate, ml_flags: METH_O, ml_doc: "Set state information for unpickling." },
  ],
});
Object.assign(PyCallIter_Type, {
  tp_iter: (o: PyObject) => o,
  tp_iternext: calliter_iternext,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: calliter_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." }],
});
const unicodeIterSlots = {
  tp_iter: (o: PyObject) => o,
  tp_iternext: unicodeiter_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: unicodeiter_len, ml_flags: METH_NOARGS, ml_doc: "Private method returning an estimate of len(list(it))." },
    { ml_name: "__reduce__", ml_meth: unicodeiter_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
    { ml_name: "__setstate__", ml_meth: unicodeiter_setstate, ml_flags: METH_O, ml_doc: "Set state information for unpickling." },
  ],
};
Object.assign(PyUnicodeIter_Type, unicodeIterSlots);
Object.assign(_PyUnicodeASCIIIter_Type, unicodeIterSlots);
