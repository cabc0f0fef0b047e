/**
 * The iterator types and iteration builtins that CPython keeps in the builtins module: zip, map, filter,
 * and the functions sorted, sum, all, any and iter.
 * CPython 3.12: Python/bltinmodule.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE } from "./object.js";

/** CPython 3.12: Python/bltinmodule.c (PyZip_Type, PyMap_Type, PyFilter_Type) */
export const PyZip_Type: PyTypeObject = _PyType_NewStatic("zip", {
  tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc:
    "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.",
});
export const PyMap_Type: PyTypeObject = _PyType_NewStatic("map", {
  tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.",
});
export const PyFilter_Type: PyTypeObject = _PyType_NewStatic("filter", {
  tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.",
});

/** Next item of an iterator; undefined at exhaustion (a StopIteration thrown by tp_iternext counts as exhaustion). */
function next(it: PyObject): PyObject | undefined {
  try {
    return Py_TYPE(it).tp_iternext!(it);
  } catch (e) {
    if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_StopIteration)) return undefined;
    throw e;
  }
}

// ---- zip ----

/** CPython 3.12: Python/bltinmodule.c (zipobject) */
export class PyZipObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public ittuple: PyObject[],
    public strict: boolean,
  ) {
    super(type);
  }
}
/** CPython 3.12: Python/bltinmodule.c (zip_new) */
function zip_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  let strict = false;
  if (kwds !== null) {
    // PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip", {"strict"})
    const n = (kwds as PyDictObject).size;
    if (n > 1) PyErr_RaiseFormat(PyExc_TypeError, `zip() takes at most 1 keyword argument (${n} given)`);
    for (const [k, v] of (kwds as PyDictObject).entries()) {
      const name = (k as PyUnicodeObject).value;
      if (name !== "strict") PyErr_RaiseFormat(PyExc_TypeError, `'${name}' is an invalid keyword argument for zip()`);
      strict = PyObject_IsTrue(v);
    }
  }
  const argv = (args as PyTupleObject).ob_item;
  const its: PyObject[] = [];
  for (let i = 0; i < argv.length; i++) its.push(PyObject_GetIter(argv[i]));
  return new PyZipObject(type, its, strict);
}
/** CPython 3.12: Python/bltinmodule.c (zip_next) */
function zip_next(o: PyObject): PyObject | undefined {
  const lz = o as PyZipObject;
  const tuplesize = lz.ittuple.length;
  if (tuplesize === 0) return undefined;
  const result: PyObject[] = new Array(tuplesize);
  let i = 0;
  for (; i < tuplesize; i++) {
    const it = lz.ittuple[i];
    const item = lz.strict ? next(it) : Py_TYPE(it).tp_iternext!(it);
    if (item === undefined) {
      if (lz.strict) break;
      return undefined;
    }
    result[i] = item;
  }
  if (i === tuplesize) return _PyTuple_FromArray(result);
  // strict: check that every argument is exhausted at once.
  if (i) {
    const plural = i === 1 ? " " : "s 1-";
    PyErr_RaiseFormat(PyExc_ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
  }
  for (i = 1; i < tuplesize; i++) {
    const item = next(lz.ittuple[i]);
    if (item !== undefined) {
      const plural = i === 1 ? " " : "s 1-";
      PyErr_RaiseFormat(PyExc_ValueError, `zip() argument ${i + 1} is longer than argument${plural}${i}`);
    }
  }
  return undefined;
}
/** CPython 3.12: Python/bltinmodule.c (zip_reduce, zip_setstate) */
function zip_reduce(self: PyObject | null): PyObject {
  const lz = self as PyZipObject;
  const its = _PyTuple_FromArray(lz.ittuple.slice());
  if (lz.strict) return _PyTuple_FromArray([Py_TYPE(lz), its, Py_True]);
  return _PyTuple_FromArray([Py_TYPE(lz), its]);
}
function zip_setstate(self: PyObject | null, state: PyObject): PyObject {
  (self as PyZipObject).strict = PyObject_IsTrue(state);
  return Py_None;
}

// ---- map ----

/** CPython 3.12: Python/bltinmodule.c (mapobject) */
export class PyMapObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public func: PyObject,
    public iters: PyObject[],
  ) {
    super(type);
  }
}
/** CPython 3.12: Python/bltinmodule.c (map_new, map_vectorcall) */
function map_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (type === PyMap_Type || type.tp_init === PyMap_Type.tp_init) _PyArg_NoKeywords("map", kwds);
  const argv = (args as PyTupleObject).ob_item;
  if (argv.length < 2) PyErr_RaiseFormat(PyExc_TypeError, "map() must have at least two arguments.");
  const iters: PyObject[] = [];
  for (let i = 1; i < argv.length; i++) iters.push(PyObject_GetIter(argv[i]));
  return new PyMapObject(type, argv[0], iters);
}
/** CPython 3.12: Python/bltinmodule.c (map_next) */
function map_next(o: PyObject): PyObject | undefined {
  const lz = o as PyMapObject;
  const n = lz.iters.length;
  const stack: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const it = lz.iters[i];
    const val = Py_TYPE(it).tp_iternext!(it);
    if (val === undefined) return undefined;
    stack[i] = val;
  }
  return PyObject_Vectorcall(lz.func, stack, 0, n, null);
}
function map_reduce(self: PyObject | null): PyObject {
  const lz = self as PyMapObject;
  return _PyTuple_FromArray([Py_TYPE(lz), _PyTuple_FromArray([lz.func, ...lz.iters])]);
}

// ---- filter ----

/** CPython 3.12: Python/bltinmodule.c (filterobject) */
export class PyFilterObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public func: PyObject,
    public it: PyObject,
  ) {
    super(type);
  }
}
/** CPython 3.12: Python/bltinmodule.c (filter_new, filter_vectorcall) */
function filter_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (type === PyFilter_Type || type.tp_init === PyFilter_Type.tp_init) _PyArg_NoKeywords("filter", kwds);
  const argv = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional("filter", argv.length, 2, 2);
  return new PyFilterObject(type, argv[0], PyObject_GetIter(argv[1]));
}
/** CPython 3.12: Python/bltinmodule.c (filter_next) */
function filter_next(o: PyObject): PyObject | undefined {
  const lz = o as PyFilterObject;
  const it = lz.it;
  const checktrue = lz.func === Py_None || lz.func === PyBool_Type;
  const iternext = Py_TYPE(it).tp_iternext!;
  for (;;) {
    const item = iternext(it);
    if (item === undefined) return undefined;
    const ok = checktrue ? PyObject_IsTrue(item) : PyObject_IsTrue(PyObject_CallOneArg(lz.func, item));
    if (ok) return item;
  }
}
function filter_reduce(self: PyObject | null): PyObject {
  const lz = self as PyFilterObject;
  return _PyTuple_FromArray([Py_TYPE(lz), _PyTuple_FromArray([lz.func, lz.it])]);
}

// ---- Builtin functions ----

/** CPython 3.12: Python/bltinmodule.c (builtin_sorted): sorted(iterable, /, *, key=None, reverse=False) */
export function builtin_sorted(_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  _PyArg_CheckPositional("sorted", nargs, 1, 1);
  const newlist = PySequence_List(args[0]);
  const callable = PyObject_GetAttr(newlist, _Py_ID("sort"));
  // Keyword arguments go to list.sort(), which checks them.
  PyObject_Vectorcall(callable, args, 1, 0, kwnames);
  return newlist;
}

/** Whether `o` is a bytearray (the type may not exist yet; CPython: PyByteArray_Check). */
function isByteArray(o: PyObject): boolean {
  return Py_TYPE(o).tp_mro.some((t) => t.tp_name === "bytearray");
}
/** CPython 3.12: Python/bltinmodule.c (builtin_sum_impl): sum(iterable, /, start=0) */
export function builtin_sum(_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords("sum", args, nargs, kwnames, ["iterable", "start"], 1, 1, 2);
  const iter = PyObject_GetIter(a[0]!);
  let result: PyObject;
  if (a[1] === undefined) result = 0;
  else {
    result = a[1];
    if (PyUnicode_Check(result)) PyErr_RaiseFormat(PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (PyBytes_Check(result)) PyErr_RaiseFormat(PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (isByteArray(result)) PyErr_RaiseFormat(PyExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const iternext = Py_TYPE(iter).tp_iternext!;

  // Fast path: exact ints, kept unboxed (CPython keeps a C long; exact JS numbers, then bigints, here).
  if (PyLong_CheckExact(result) && (typeof result === "number" || (result >= LONG_MIN && result <= LONG_MAX))) {
    let i_result: number | bigint = result;
    for (;;) {
      const item = iternext(iter);
      if (item === undefined) return i_result;
      if (PyLong_CheckExact(item) || PyBool_Check(item)) {
        const b = _PyLong_Value(item);
        if (typeof i_result === "number" && typeof b === "number") {
          const r = i_result + b;
          if (r <= MAX_SAFE && r >= -MAX_SAFE) {
            i_result = r;
            continue;
          }
        }
        const r = BigInt(i_result) + BigInt(b);
        if (typeof b === "number" || (b >= LONG_MIN && b <= LONG_MAX)) {
          if (r >= LONG_MIN && r <= LONG_MAX) {
            i_result = PyLong_FromBigInt(r);
            continue;
          }
        }
      }
      // Either overflowed or is not an int: back to objects.
      result = PyNumber_Add(i_result, item);
      break;
    }
  }

  if (PyFloat_CheckExact(result)) {
    let f_result = result.ob_fval;
    let c = 0.0;
    for (;;) {
      const item = iternext(iter);
      if (item === undefined) {
        // Avoid losing the sign on a negative result, and don't let adding the compensation convert an
        // infinite or overflowed sum to a NaN.
        if (c && Number.isFinite(c)) f_result += c;
        return PyFloat_FromDouble(f_result);
      }
      if (PyFloat_CheckExact(item)) {
        // Improved Kahan–Babuška algorithm by Arnold Neumaier.
        const x = item.ob_fval;
        const t = f_result + x;
        if (Math.abs(f_result) >= Math.abs(x)) c += f_result - t + x;
        else c += x - t + f_result;
        f_result = t;
        continue;
      }
      if (PyLong_Check(item)) {
        const v = _PyLong_Value(item);
        if (typeof v === "number" || (v >= LONG_MIN && v <= LONG_MAX)) {
          f_result += Number(v);
          continue;
        }
      }
      // Either overflowed or is not a float: back to objects.
      if (c && Number.isFinite(c)) f_result += c;
      result = PyNumber_Add(PyFloat_FromDouble(f_result), item);
      break;
    }
  }

  for (;;) {
    const item = iternext(iter);
    if (item === undefined) return result;
    result = PyNumber_Add(result, item);
  }
}
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** C long (64-bit): the range of CPython's unboxed fast paths. */
const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);

/** CPython 3.12: Python/bltinmodule.c (builtin_all) */
export function builtin_all(_m: PyObject | null, iterable: PyObject): PyObject {
  const it = PyObject_GetIter(iterable);
  const iternext = Py_TYPE(it).tp_iternext!;
  for (;;) {
    const item = iternext(it);
    if (item === undefined) return Py_True;
    if (!PyObject_IsTrue(item)) return Py_False;
  }
}
/** CPython 3.12: Python/bltinmodule.c (builtin_any) */
export function builtin_any(_m: PyObject | null, iterable: PyObject): PyObject {
  const it = PyObject_GetIter(iterable);
  const iternext = Py_TYPE(it).tp_iternext!;
  for (;;) {
    const item = iternext(it);
    if (item === undefined) return Py_False;
    if (PyObject_IsTrue(item)) return Py_True;
  }
}
/** CPython 3.12: Python/bltinmodule.c (builtin_iter): iter(iterable) or iter(callable, sentinel) */
export function builtin_iter(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("iter", nargs, 1, 2);
  const v = args[0];
  if (nargs === 1) return PyObject_GetIter(v);
  if (Py_TYPE(v).tp_call === null) PyErr_RaiseFormat(PyExc_TypeError, "iter(object, sentinel): object must be callable");
  return PyCallIter_New(v, args[1]);
}

import { PyErr_RaiseFormat, PyErr_GivenExceptionMatches } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_ValueError, PyExc_StopIteration } from "./exceptions.js";
import { Py_None } from "./noneobject.js";
import { Py_True, Py_False, PyBool_Type, PyBool_Check, PyLong_Check, PyLong_CheckExact, _PyLong_Value, PyLong_FromBigInt } from "./longobject.js";
import { PyFloat_CheckExact, PyFloat_FromDouble } from "./floatobject.js";
import { PyUnicode_Check, PyUnicodeObject, _Py_ID } from "./unicodeobject.js";
import { PyBytes_Check } from "./bytesobject.js";
import { PyObject_GetIter, PyObject_IsTrue, PyObject_GetAttr, PyNumber_Add } from "./abstract.js";
import { PyObject_CallOneArg, PyObject_Vectorcall } from "./call.js";
import { PyTupleObject, _PyTuple_FromArray, _PyArg_NoKeywords, _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "./tupleobject.js";
import { PyDictObject } from "./dictobject.js";
import { PySequence_List } from "./listobject.js";
import { PyCallIter_New } from "./iterobject.js";
import { METH_NOARGS, METH_O } from "./methodobject.js";

const reduce_doc = "Return state information for pickling.";
Object.assign(PyZip_Type, {
  tp_new: zip_new,
  tp_iter: (o: PyObject) => o,
  tp_iternext: zip_next,
  tp_methods: [
    { ml_name: "__reduce__", ml_meth: zip_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: zip_setstate, ml_flags: METH_O, ml_doc: "Set state information for unpickling." },
  ],
});
Object.assign(PyMap_Type, {
  tp_new: map_new,
  tp_iter: (o: PyObject) => o,
  tp_iternext: map_next,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: map_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
});
Object.assign(PyFilter_Type, {
  tp_new: filter_new,
  tp_iter: (o: PyObject) => o,
  tp_iternext: filter_next,
  tp_methods: [{ ml_name: "__reduce__", ml_meth: filter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc }],
});
