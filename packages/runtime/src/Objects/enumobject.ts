/**
 * enumerate and reversed.
 * CPython 3.12: Objects/enumobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE } from "./object.js";

/** CPython 3.12: Objects/enumobject.c (PyEnum_Type, PyReversed_Type) */
export const PyEnum_Type: PyTypeObject = _PyType_NewStatic("enumerate", {
  tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc:
    "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
});
export const PyReversed_Type: PyTypeObject = _PyType_NewStatic("reversed", {
  tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "Return a reverse iterator over the values of the given sequence.",
});

type Int = number | bigint;

/** CPython 3.12: Objects/enumobject.c (enumobject): the count is an int of any size. */
export class PyEnumObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public en_index: Int,
    public en_sit: PyObject,
  ) {
    super(type);
  }
}

/** CPython 3.12: Objects/enumobject.c (enum_new_impl) */
function enum_new_impl(type: PyTypeObject, iterable: PyObject, start: PyObject | undefined): PyObject {
  const index = start === undefined ? 0 : _PyLong_Value(PyNumber_Index(start));
  return new PyEnumObject(type, index, PyObject_GetIter(iterable));
}
function check_keyword(name: PyObject, expected: string): void {
  if ((name as PyUnicodeObject).value !== expected) {
    PyErr_RaiseFormat(PyExc_TypeError, `'${(name as PyUnicodeObject).value}' is an invalid keyword argument for enumerate()`);
  }
}
/**
 * CPython 3.12: Objects/enumobject.c (enum_vectorcall for enumerate itself; enum_new, Argument Clinic's
 * `enumerate(iterable, start=0)`, for subclasses).
 */
function enum_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  const argv = (args as PyTupleObject).ob_item;
  const nargs = argv.length;
  const kw = kwds === null ? [] : [...(kwds as PyDictObject).entries()];
  if (type !== PyEnum_Type) {
    const kwnames = kw.length === 0 ? null : _PyTuple_FromArray(kw.map(([k]) => k));
    const a = _PyArg_UnpackKeywords("enumerate", [...argv, ...kw.map(([, v]) => v)], nargs, kwnames, ["iterable", "start"], 0, 1, 2);
    return enum_new_impl(type, a[0]!, a[1]);
  }
  const nkwargs = kw.length;
  if (nargs + nkwargs === 2) {
    if (nkwargs === 1) {
      check_keyword(kw[0][0], "start");
      return enum_new_impl(type, argv[0], kw[0][1]);
    }
    if (nkwargs === 2) {
      if ((kw[0][0] as PyUnicodeObject).value === "start") {
        check_keyword(kw[1][0], "iterable");
        return enum_new_impl(type, kw[1][1], kw[0][1]);
      }
      check_keyword(kw[0][0], "iterable");
      check_keyword(kw[1][0], "start");
      return enum_new_impl(type, kw[0][1], kw[1][1]);
    }
    return enum_new_impl(type, argv[0], argv[1]);
  }
  if (nargs + nkwargs === 1) {
    if (nkwargs === 1) {
      check_keyword(kw[0][0], "iterable");
      return enum_new_impl(type, kw[0][1], undefined);
    }
    return enum_new_impl(type, argv[0], undefined);
  }
  if (nargs === 0) PyErr_RaiseFormat(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
  PyErr_RaiseFormat(PyExc_TypeError, `enumerate() takes at most 2 arguments (${nargs + nkwargs} given)`);
}
/** CPython 3.12: Objects/enumobject.c (enum_next, enum_next_long) */
function enum_next(o: PyObject): PyObject | undefined {
  const en = o as PyEnumObject;
  const it = en.en_sit;
  const next_item = Py_TYPE(it).tp_iternext!(it);
  if (next_item === undefined) return undefined;
  const index = en.en_index;
  if (typeof index === "number" && index < Number.MAX_SAFE_INTEGER) en.en_index = index + 1;
  else en.en_index = PyLong_FromBigInt(BigInt(index) + 1n);
  return _PyTuple_FromArray([index, next_item]);
}
/** CPython 3.12: Objects/enumobject.c (enum_reduce) */
function enum_reduce(self: PyObject | null): PyObject {
  const en = self as PyEnumObject;
  return _PyTuple_FromArray([Py_TYPE(en), _PyTuple_FromArray([en.en_sit, en.en_index])]);
}

/** CPython 3.12: Objects/enumobject.c (reversedobject) */
export class PyReversedObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public index: number,
    public seq: PyObject | null,
  ) {
    super(type);
  }
}
/** CPython 3.12: Objects/enumobject.c (reversed_new_impl) */
function reversed_new_impl(type: PyTypeObject, seq: PyObject): PyObject {
  const reversed_meth = _PyObject_LookupSpecial(seq, "__reversed__");
  if (reversed_meth === Py_None) PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(seq).tp_name}' object is not reversible`);
  if (reversed_meth !== undefined) return PyObject_CallNoArgs(reversed_meth);
  if (!PySequence_Check(seq)) PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(seq).tp_name}' object is not reversible`);
  const n = PySequence_Size(seq);
  return new PyReversedObject(type, n - 1, seq);
}
/** CPython 3.12: Objects/enumobject.c (reversed_new, reversed_vectorcall) */
function reversed_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (type === PyReversed_Type || type.tp_init === PyReversed_Type.tp_init) _PyArg_NoKeywords("reversed", kwds);
  const argv = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional("reversed", argv.length, 1, 1);
  return reversed_new_impl(type, argv[0]);
}
/** CPython 3.12: Objects/enumobject.c (reversed_next) */
function reversed_next(o: PyObject): PyObject | undefined {
  const ro = o as PyReversedObject;
  const index = ro.index;
  if (index >= 0 && ro.seq !== null) {
    try {
      const item = PySequence_GetItem(ro.seq, index);
      ro.index--;
      return item;
    } catch (e) {
      if (!PyErr_GivenExceptionMatches(e as PyObject, PyExc_IndexError) && !PyErr_GivenExceptionMatches(e as PyObject, PyExc_StopIteration)) {
        throw e;
      }
    }
  }
  ro.index = -1;
  ro.seq = null;
  return undefined;
}
/** CPython 3.12: Objects/enumobject.c (reversed_len) */
function reversed_len(self: PyObject | null): PyObject {
  const ro = self as PyReversedObject;
  if (ro.seq === null) return 0;
  const seqsize = PySequence_Size(ro.seq);
  const position = ro.index + 1;
  return seqsize < position ? 0 : position;
}
/** CPython 3.12: Objects/enumobject.c (reversed_reduce) */
function reversed_reduce(self: PyObject | null): PyObject {
  const ro = self as PyReversedObject;
  if (ro.seq !== null) return _PyTuple_FromArray([Py_TYPE(ro), _PyTuple_FromArray([ro.seq]), ro.index]);
  return _PyTuple_FromArray([Py_TYPE(ro), _PyTuple_FromArray([_PyTuple_FromArray([])])]);
}
/** CPython 3.12: Objects/enumobject.c (reversed_setstate) */
function reversed_setstate(self: PyObject | null, state: PyObject): PyObject {
  const ro = self as PyReversedObject;
  let index = PyNumber_AsSsize_t(state, null);
  if (ro.seq !== null) {
    const n = PySequence_Size(ro.seq);
    if (index < -1) index = -1;
    else if (index > n - 1) index = n - 1;
    ro.index = index;
  }
  return Py_None;
}

import { PyErr_RaiseFormat, PyErr_GivenExceptionMatches } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_IndexError, PyExc_StopIteration } from "./exceptions.js";
import { Py_None } from "./noneobject.js";
import { PyNumber_Index, PyObject_GetIter, PyNumber_AsSsize_t } from "./abstract.js";
import { _PyLong_Value, PyLong_FromBigInt } from "./longobject.js";
import { PyUnicodeObject } from "./unicodeobject.js";
import { PyTupleObject, _PyTuple_FromArray, _PyArg_UnpackKeywords, _PyArg_NoKeywords, _PyArg_CheckPositional } from "./tupleobject.js";
import { PyDictObject } from "./dictobject.js";
import { _PyObject_LookupSpecial } from "./listobject.js";
import { PyObject_CallNoArgs } from "./call.js";
import { PySequence_Check, PySequence_Size, PySequence_GetItem } from "./iterobject.js";
import { METH_NOARGS, METH_O } from "./methodobject.js";

Object.assign(PyEnum_Type, {
  tp_new: enum_new,
  tp_iter: (o: PyObject) => o,
  tp_iternext: enum_next,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: enum_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." }],
});
Object.assign(PyReversed_Type, {
  tp_new: reversed_new,
  tp_iter: (o: PyObject) => o,
  tp_iternext: reversed_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: reversed_len, ml_flags: METH_NOARGS, ml_doc: "Private method returning an estimate of len(list(it))." },
    { ml_name: "__reduce__", ml_meth: reversed_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
    { ml_name: "__setstate__", ml_meth: reversed_setstate, ml_flags: METH_O, ml_doc: "Set state information for unpickling." },
  ],
});
