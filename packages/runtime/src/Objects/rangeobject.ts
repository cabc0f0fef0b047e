/**
 * range and its iterators. Bounds are ints of any size (JS numbers while safe, bigints beyond).
 * CPython 3.12: Objects/rangeobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_SEQUENCE, Py_EQ, Py_NE } from "./object.js";

/** CPython 3.12: Objects/rangeobject.c (PyRange_Type, PyRangeIter_Type, PyLongRangeIter_Type) */
export const PyRange_Type: PyTypeObject = _PyType_NewStatic("range", {
  tp_flags: Py_TPFLAGS_SEQUENCE,
  tp_doc:
    "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).",
});
export const PyRangeIter_Type: PyTypeObject = _PyType_NewStatic("range_iterator");
export const PyLongRangeIter_Type: PyTypeObject = _PyType_NewStatic("longrange_iterator");

type Int = number | bigint;

/** CPython 3.12: Objects/rangeobject.c (rangeobject) */
export class PyRangeObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public start: Int,
    public stop: Int,
    public step: Int,
    public length: Int,
  ) {
    super(type);
  }
}
export function PyRange_Check(o: PyObject): o is PyRangeObject {
  return typeof o === "object" && o.ob_type === PyRange_Type;
}

// ---- int arithmetic on number | bigint (results normalised: numbers while safe) ----

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
function big(x: Int): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}
function norm(x: bigint): Int {
  return x <= BigInt(MAX_SAFE) && x >= -BigInt(MAX_SAFE) ? Number(x) : x;
}
function add(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) + big(b));
}
function sub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return norm(big(a) - big(b));
}
function mul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  return norm(big(a) * big(b));
}
/** Floor division (Python's //). */
function floordiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b; // exact for integers
    let q = (a - r) / b; // exact: a - r is a multiple of b
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q + 0;
  }
  return norm(fdiv(big(a), big(b)));
}
function fdiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function sign(a: Int): number {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}
/** The exact int value of an index-like object (CPython: PyNumber_Index, which returns an exact int). */
function index(o: PyObject): Int {
  return _PyLong_Value(PyNumber_Index(o));
}

/** CPython 3.12: Objects/rangeobject.c (compute_range_length) */
function compute_range_length(start: Int, stop: Int, step: Int): Int {
  let lo: Int;
  let hi: Int;
  if (sign(step) > 0) {
    lo = start;
    hi = stop;
  } else {
    lo = stop;
    hi = start;
    step = sub(0, step);
  }
  if (lo >= hi) return 0;
  // diff = hi - lo - 1; result = diff // step + 1
  return add(floordiv(sub(sub(hi, lo), 1), step), 1);
}
/** CPython 3.12: Objects/rangeobject.c (make_range_object) */
function make_range_object(type: PyTypeObject, start: Int, stop: Int, step: Int): PyRangeObject {
  return new PyRangeObject(type, start, stop, step, compute_range_length(start, stop, step));
}
/** A range from Python ints (the C-API's view: PyRange_New does not exist in CPython; this is range(start, stop, step)). */
export function _PyRange_New(start: PyObject, stop: PyObject, step: PyObject = 1): PyRangeObject {
  return range_from_array(PyRange_Type, [start, stop, step]);
}

/** CPython 3.12: Objects/rangeobject.c (range_from_array) */
function range_from_array(type: PyTypeObject, args: PyObject[]): PyRangeObject {
  let start: Int;
  let stop: Int;
  let step: Int;
  switch (args.length) {
    case 3:
    case 2:
      start = index(args[0]);
      stop = index(args[1]);
      if (args.length === 3) {
        step = index(args[2]);
        if (sign(step) === 0) PyErr_RaiseFormat(PyExc_ValueError, "range() arg 3 must not be zero");
      } else step = 1;
      break;
    case 1:
      stop = index(args[0]);
      start = 0;
      step = 1;
      break;
    case 0:
      PyErr_RaiseFormat(PyExc_TypeError, "range expected at least 1 argument, got 0");
    default:
      PyErr_RaiseFormat(PyExc_TypeError, `range expected at most 3 arguments, got ${args.length}`);
  }
  return make_range_object(type, start, stop, step);
}
/** CPython 3.12: Objects/rangeobject.c (range_new) */
function range_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  _PyArg_NoKeywords("range", kwds);
  return range_from_array(type, (args as PyTupleObject).ob_item);
}

/** CPython 3.12: Objects/rangeobject.c (range_repr) */
function range_repr(o: PyObject): PyObject {
  const r = o as PyRangeObject;
  if (r.step === 1) return PyUnicode_FromString(`range(${_PyLong_Format(r.start)}, ${_PyLong_Format(r.stop)})`);
  return PyUnicode_FromString(`range(${_PyLong_Format(r.start)}, ${_PyLong_Format(r.stop)}, ${_PyLong_Format(r.step)})`);
}
/** CPython 3.12: Objects/rangeobject.c (range_length): OverflowError past Py_ssize_t (2**53 - 1 here). */
function range_length(o: PyObject): number {
  const n = (o as PyRangeObject).length;
  if (typeof n === "bigint") PyErr_RaiseFormat(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return n;
}
function range_bool(o: PyObject): boolean {
  const n = (o as PyRangeObject).length;
  return n !== 0;
}
/** CPython 3.12: Objects/rangeobject.c (compute_item): start + i * step */
function compute_item(r: PyRangeObject, i: Int): Int {
  if (r.step === 1) return add(r.start, i);
  return add(r.start, mul(i, r.step));
}
/** CPython 3.12: Objects/rangeobject.c (compute_range_item) */
function compute_range_item(r: PyRangeObject, arg: Int): Int {
  let i = arg;
  if (i < 0) i = add(r.length, i);
  if (i < 0 || i >= r.length) PyErr_RaiseFormat(PyExc_IndexError, "range object index out of range");
  return compute_item(r, i);
}
function range_item(o: PyObject, i: number): PyObject {
  return compute_range_item(o as PyRangeObject, i);
}
/** CPython 3.12: Objects/rangeobject.c (compute_slice) */
function compute_slice(r: PyRangeObject, slice: PySliceObject): PyObject {
  const [start, stop, step] = _PySlice_GetLongIndices(slice, big(r.length));
  const substep = mul(r.step, norm(step));
  const substart = compute_item(r, norm(start));
  const substop = compute_item(r, norm(stop));
  return make_range_object(Py_TYPE(r), substart, substop, substep);
}
/** CPython 3.12: Objects/rangeobject.c (range_subscript) */
function range_subscript(o: PyObject, item: PyObject): PyObject {
  const r = o as PyRangeObject;
  if (_PyIndex_Check(item)) return compute_range_item(r, index(item));
  if (PySlice_Check(item)) return compute_slice(r, item);
  PyErr_RaiseFormat(PyExc_TypeError, `range indices must be integers or slices, not ${Py_TYPE(item).tp_name}`);
}

/** CPython 3.12: Objects/rangeobject.c (range_contains_long): `ob` is an int or a bool. */
function range_contains_long(r: PyRangeObject, ob: PyObject): boolean {
  const v = _PyLong_Value(ob);
  let inside: boolean;
  if (r.step > 0) inside = r.start <= v && v < r.stop;
  else inside = v <= r.start && r.stop < v;
  if (!inside) return false;
  // ((int(ob) - start) % step) == 0
  const d = sub(v, r.start);
  if (typeof d === "number" && typeof r.step === "number") return d % r.step === 0;
  return big(d) % big(r.step) === 0n;
}
/** CPython 3.12: Objects/abstract.c (_PySequence_IterSearch) */
const PY_ITERSEARCH_COUNT = 1;
const PY_ITERSEARCH_INDEX = 2;
const PY_ITERSEARCH_CONTAINS = 3;
export function _PySequence_IterSearch(seq: PyObject, obj: PyObject, operation: number): number {
  const it = PyObject_GetIter(seq);
  let n = 0;
  for (;;) {
    const item = PyIter_Next(it);
    if (item === undefined) break;
    if (PyObject_RichCompareBool(item, obj, Py_EQ)) {
      switch (operation) {
        case PY_ITERSEARCH_COUNT:
          n++;
          break;
        case PY_ITERSEARCH_INDEX:
          return n;
        case PY_ITERSEARCH_CONTAINS:
          return 1;
      }
    } else if (operation === PY_ITERSEARCH_INDEX) n++;
  }
  if (operation === PY_ITERSEARCH_INDEX) PyErr_RaiseFormat(PyExc_ValueError, "sequence.index(x): x not in sequence");
  return operation === PY_ITERSEARCH_COUNT ? n : 0;
}
function isIntOrBool(ob: PyObject): boolean {
  return PyLong_CheckExact(ob) || PyBool_Check(ob);
}
/** CPython 3.12: Objects/rangeobject.c (range_contains) */
function range_contains(o: PyObject, ob: PyObject): boolean {
  if (isIntOrBool(ob)) return range_contains_long(o as PyRangeObject, ob);
  return _PySequence_IterSearch(o, ob, PY_ITERSEARCH_CONTAINS) !== 0;
}
/** CPython 3.12: Objects/rangeobject.c (range_equals) */
function range_equals(r0: PyRangeObject, r1: PyRangeObject): boolean {
  if (r0 === r1) return true;
  if (r0.length != r1.length) return false; // eslint-disable-line eqeqeq -- number/bigint value comparison
  if (r0.length == 0) return true; // eslint-disable-line eqeqeq
  if (r0.start != r1.start) return false; // eslint-disable-line eqeqeq
  if (r0.length == 1) return true; // eslint-disable-line eqeqeq
  return r0.step == r1.step; // eslint-disable-line eqeqeq
}
/** CPython 3.12: Objects/rangeobject.c (range_richcompare) */
function range_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (!PyRange_Check(other)) return Py_NotImplemented;
  if (op !== Py_EQ && op !== Py_NE) return Py_NotImplemented;
  let result = range_equals(self as PyRangeObject, other);
  if (op === Py_NE) result = !result;
  return result ? Py_True : Py_False;
}
/** CPython 3.12: Objects/rangeobject.c (range_hash): hash((len, start, step)) with None for the irrelevant parts. */
export function range_hash_exact(o: PyObject): number | bigint {
  const r = o as PyRangeObject;
  let t: PyObject[];
  if (r.length === 0) t = [r.length, Py_None, Py_None];
  else if (r.length === 1) t = [r.length, r.start, Py_None];
  else t = [r.length, r.start, r.step];
  return _Py_HashExact(_PyTuple_FromArray(t));
}
export function range_hash(o: PyObject): number {
  return _Py_HashToNumber(range_hash_exact(o));
}
/** CPython 3.12: Objects/rangeobject.c (range_count) */
function range_count(self: PyObject | null, ob: PyObject): PyObject {
  if (isIntOrBool(ob)) return range_contains_long(self as PyRangeObject, ob) ? 1 : 0;
  return _PySequence_IterSearch(self as PyObject, ob, PY_ITERSEARCH_COUNT);
}
/** CPython 3.12: Objects/rangeobject.c (range_index) */
function range_index(self: PyObject | null, ob: PyObject): PyObject {
  const r = self as PyRangeObject;
  if (!isIntOrBool(ob)) return _PySequence_IterSearch(r, ob, PY_ITERSEARCH_INDEX);
  if (range_contains_long(r, ob)) {
    const idx = sub(_PyLong_Value(ob), r.start);
    if (r.step === 1) return idx;
    return floordiv(idx, r.step);
  }
  PyErr_RaiseFormat(PyExc_ValueError, `${PyObject_Repr(ob).value} is not in range`);
}
function range_reduce(self: PyObject | null): PyObject {
  const r = self as PyRangeObject;
  return _PyTuple_FromArray([Py_TYPE(r), _PyTuple_FromArray([r.start, r.stop, r.step])]);
}

// ---- Iterators ----

/**
 * CPython 3.12: Objects/rangeobject.c (_PyRangeIterObject, longrangeiterobject): one class for both; the type
 * says which CPython would have made (range_iterator when everything fits a C long).
 */
export class PyRangeIterObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public start: Int,
    public step: Int,
    public len: Int,
  ) {
    super(type);
  }
}

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);
function fitsLong(x: Int): boolean {
  return typeof x === "number" || (x >= LONG_MIN && x <= LONG_MAX);
}
/** CPython 3.12: Objects/rangeobject.c (get_len_of_range), in unbounded arithmetic. */
function get_len_of_range(lo: bigint, hi: bigint, step: bigint): bigint {
  if (step > 0n && lo < hi) return (hi - lo - 1n) / step + 1n;
  if (step < 0n && lo > hi) return (lo - hi - 1n) / -step + 1n;
  return 0n;
}

/** CPython 3.12: Objects/rangeobject.c (range_iter) */
function range_iter(o: PyObject): PyObject {
  const r = o as PyRangeObject;
  if (typeof r.start === "number" && typeof r.stop === "number" && typeof r.step === "number") {
    return new PyRangeIterObject(PyRangeIter_Type, r.start, r.step, r.length);
  }
  let fast = fitsLong(r.start) && fitsLong(r.stop) && fitsLong(r.step);
  if (fast) {
    const lstart = big(r.start);
    const lstop = big(r.stop);
    const lstep = big(r.step);
    const ulen = get_len_of_range(lstart, lstop, lstep);
    if (ulen > LONG_MAX) fast = false;
    else if (ulen) {
      if (lstep > 0n) {
        if (lstop > LONG_MAX - (lstep - 1n)) fast = false;
      } else if (lstop < LONG_MIN + (-1n - lstep)) fast = false;
    }
  }
  return new PyRangeIterObject(fast ? PyRangeIter_Type : PyLongRangeIter_Type, r.start, r.step, r.length);
}
/** CPython 3.12: Objects/rangeobject.c (range_reverse) */
function range_reverse(self: PyObject | null): PyObject {
  const r = self as PyRangeObject;
  let fast = fitsLong(r.start) && fitsLong(r.stop) && fitsLong(r.step);
  if (fast) {
    const lstart = big(r.start);
    const lstep = big(r.step);
    if (lstep === LONG_MIN) fast = false;
    else if (lstep > 0n) {
      if (lstart - LONG_MIN < lstep) fast = false;
    } else if (LONG_MAX - lstart < -lstep) fast = false;
    if (fast && get_len_of_range(lstart, big(r.stop), lstep) > LONG_MAX) fast = false;
  }
  // reversed(range(start, stop, step)) is range(start + (n-1)*step, start - step, -step)
  const start = add(r.start, mul(sub(r.length, 1), r.step));
  return new PyRangeIterObject(fast ? PyRangeIter_Type : PyLongRangeIter_Type, start, sub(0, r.step), r.length);
}
/** CPython 3.12: Objects/rangeobject.c (rangeiter_next, longrangeiter_next) */
function rangeiter_next(o: PyObject): PyObject | undefined {
  const r = o as PyRangeIterObject;
  const len = r.len;
  if (typeof len === "number") {
    if (len <= 0) return undefined;
    r.len = len - 1;
  } else {
    if (len <= 0n) return undefined;
    r.len = norm(len - 1n);
  }
  const result = r.start;
  r.start = add(result, r.step);
  return result;
}
function rangeiter_len(self: PyObject | null): PyObject {
  return (self as PyRangeIterObject).len;
}
/** CPython 3.12: Objects/rangeobject.c (rangeiter_reduce, longrangeiter_reduce) */
function rangeiter_reduce(self: PyObject | null): PyObject {
  const r = self as PyRangeIterObject;
  const stop = add(r.start, mul(r.len, r.step));
  const range = make_range_object(PyRange_Type, r.start, stop, r.step);
  return _PyTuple_FromArray([_PyEval_GetBuiltin("iter"), _PyTuple_FromArray([range]), Py_None]);
}
/** CPython 3.12: Objects/rangeobject.c (rangeiter_setstate, longrangeiter_setstate) */
function rangeiter_setstate(self: PyObject | null, state: PyObject): PyObject {
  const r = self as PyRangeIterObject;
  if (Py_TYPE(r) === PyRangeIter_Type) {
    let index = PyLong_AsLong(state);
    if (index < 0) index = 0;
    else if (index > r.len) index = Number(r.len);
    r.start = add(r.start, mul(index, r.step));
    r.len = sub(r.len, index);
    return Py_None;
  }
  if (!PyLong_CheckExact(state)) PyErr_RaiseFormat(PyExc_TypeError, `an integer is required (got type ${Py_TYPE(state).tp_name})`);
  let s = state as Int;
  if (s < 0) s = 0;
  else if (s > r.len) s = r.len;
  r.start = add(r.start, mul(s, r.step));
  r.len = sub(r.len, s);
  return Py_None;
}

import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError } from "./exceptions.js";
import { PyNumber_Index, _PyIndex_Check, PyObject_RichCompareBool, PyObject_GetIter, PyIter_Next, PyObject_Repr } from "./abstract.js";
import { _PyLong_Value, _PyLong_Format, PyLong_CheckExact, PyBool_Check, PyLong_AsLong, Py_True, Py_False } from "./longobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { PyTupleObject, _PyTuple_FromArray, _PyArg_NoKeywords, _Py_HashExact, _Py_HashToNumber, _PyEval_GetBuiltin } from "./tupleobject.js";
import { PySlice_Check, PySliceObject, _PySlice_GetLongIndices } from "./sliceobject.js";
import { METH_O, METH_NOARGS } from "./methodobject.js";

Object.assign(PyRange_Type, {
  tp_new: range_new,
  tp_repr: range_repr,
  tp_hash: range_hash,
  tp_richcompare: range_richcompare,
  tp_iter: range_iter,
  nb_bool: range_bool,
  sq_length: range_length,
  sq_item: range_item,
  sq_contains: range_contains,
  mp_length: range_length,
  mp_subscript: range_subscript,
  tp_members: [
    { name: "start", get: (r: PyRangeObject) => r.start, readonly: true },
    { name: "stop", get: (r: PyRangeObject) => r.stop, readonly: true },
    { name: "step", get: (r: PyRangeObject) => r.step, readonly: true },
  ],
  tp_methods: [
    { ml_name: "__reversed__", ml_meth: range_reverse, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator." },
    { ml_name: "__reduce__", ml_meth: range_reduce, ml_flags: METH_NOARGS },
    { ml_name: "count", ml_meth: range_count, ml_flags: METH_O, ml_doc: "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { ml_name: "index", ml_meth: range_index, ml_flags: METH_O, ml_doc: "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present." },
  ],
});
const rangeIterSlots = {
  tp_iter: (o: PyObject) => o,
  tp_iternext: rangeiter_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: rangeiter_len, ml_flags: METH_NOARGS, ml_doc: "Private method returning an estimate of len(list(it))." },
    { ml_name: "__reduce__", ml_meth: rangeiter_reduce, ml_flags: METH_NOARGS, ml_doc: "Return state information for pickling." },
    { ml_name: "__setstate__", ml_meth: rangeiter_setstate, ml_flags: METH_O, ml_doc: "Set state information for unpickling." },
  ],
};
Object.assign(PyRangeIter_Type, rangeIterSlots);
Object.assign(PyLongRangeIter_Type, rangeIterSlots);
