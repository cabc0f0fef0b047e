/**
 * list, its iterators, and list.sort (Timsort with the powersort merge policy of CPython 3.11+).
 * CPython 3.12: Objects/listobject.c, Objects/listsort.txt
 *
 * `ob_item` is a plain JS array that the evaluator may push to directly (LIST_APPEND); every operation here
 * re-reads `ob_item` and its length after anything that can run Python code.
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_HEAPTYPE, Py_EQ, Py_NE, Py_LT } from "./object.js";
import type { PyDictObject } from "./dictobject.js";

/** CPython 3.12: Objects/listobject.c (PyList_Type) */
export const PyList_Type: PyTypeObject = _PyType_NewStatic("list", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_SEQUENCE,
  tp_doc: "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
});
/** CPython 3.12: Objects/listobject.c (PyListIter_Type, PyListRevIter_Type) */
export const PyListIter_Type: PyTypeObject = _PyType_NewStatic("list_iterator");
export const PyListRevIter_Type: PyTypeObject = _PyType_NewStatic("list_reverseiterator");

/** CPython 3.12: Include/cpython/listobject.h */
export class PyListObject extends PyBaseObject {
  /** Instance dictionary of list subclasses. */
  dict: PyDictObject | null = null;
  constructor(
    type: PyTypeObject,
    public ob_item: PyObject[],
  ) {
    super(type);
  }
}
/** CPython 3.12: Objects/listobject.c (PyList_New), filled from `items` (taken over). */
export function PyList_New(items: PyObject[] = []): PyListObject {
  return new PyListObject(PyList_Type, items);
}
export function PyList_Check(o: PyObject): o is PyListObject {
  return typeof o === "object" && (o.ob_type.tp_flags & Py_TPFLAGS_LIST_SUBCLASS) !== 0;
}
export function PyList_CheckExact(o: PyObject): o is PyListObject {
  return typeof o === "object" && o.ob_type === PyList_Type;
}
/** CPython 3.12: Objects/listobject.c (PyList_Append) */
export function PyList_Append(l: PyObject, v: PyObject): void {
  if (!PyList_Check(l)) PyErr_BadInternalCall();
  l.ob_item.push(v);
}
export function PyList_GET_SIZE(l: PyObject): number {
  return (l as PyListObject).ob_item.length;
}
export function PyList_GET_ITEM(l: PyObject, i: number): PyObject {
  return (l as PyListObject).ob_item[i];
}
/** CPython 3.12: Objects/listobject.c (PyList_Size) */
export function PyList_Size(l: PyObject): number {
  if (!PyList_Check(l)) PyErr_BadInternalCall();
  return l.ob_item.length;
}
/** CPython 3.12: Objects/listobject.c (PyList_GetItem) */
export function PyList_GetItem(l: PyObject, i: number): PyObject {
  if (!PyList_Check(l)) PyErr_BadInternalCall();
  if (i < 0 || i >= l.ob_item.length) PyErr_RaiseFormat(PyExc_IndexError, "list index out of range");
  return l.ob_item[i];
}
/** CPython 3.12: Objects/listobject.c (PyList_SetItem) */
export function PyList_SetItem(l: PyObject, i: number, v: PyObject): void {
  if (!PyList_Check(l)) PyErr_BadInternalCall();
  if (i < 0 || i >= l.ob_item.length) PyErr_RaiseFormat(PyExc_IndexError, "list assignment index out of range");
  l.ob_item[i] = v;
}
/** CPython 3.12: Objects/listobject.c (PyList_Insert) */
export function PyList_Insert(l: PyObject, where: number, v: PyObject): void {
  if (!PyList_Check(l)) PyErr_BadInternalCall();
  ins1(l, where, v);
}
/** CPython 3.12: Objects/listobject.c (PyList_GetSlice) */
export function PyList_GetSlice(l: PyObject, low: number, high: number): PyListObject {
  if (!PyList_Check(l)) PyErr_BadInternalCall();
  const n = l.ob_item.length;
  if (low < 0) low = 0;
  else if (low > n) low = n;
  if (high < low) high = low;
  else if (high > n) high = n;
  return PyList_New(l.ob_item.slice(low, high));
}
/** CPython 3.12: Objects/listobject.c (PyList_SetSlice); `v` null deletes. */
export function PyList_SetSlice(l: PyObject, low: number, high: number, v: PyObject | null): void {
  if (!PyList_Check(l)) PyErr_BadInternalCall();
  list_ass_slice(l, low, high, v);
}
/** CPython 3.12: Objects/listobject.c (PyList_Sort) */
export function PyList_Sort(l: PyObject): void {
  if (!PyList_Check(l)) PyErr_BadInternalCall();
  list_sort_impl(l, null, false);
}
/** CPython 3.12: Objects/listobject.c (PyList_Reverse) */
export function PyList_Reverse(l: PyObject): void {
  if (!PyList_Check(l)) PyErr_BadInternalCall();
  l.ob_item.reverse();
}
/** CPython 3.12: Objects/listobject.c (PyList_AsTuple) */
export function PyList_AsTuple(l: PyObject): PyObject {
  if (!PyList_Check(l)) PyErr_BadInternalCall();
  return _PyTuple_FromArray(l.ob_item.slice());
}
/** CPython 3.12: Objects/abstract.c (PySequence_List) */
export function PySequence_List(v: PyObject): PyListObject {
  const result = PyList_New([]);
  list_extend(result, v);
  return result;
}
/** CPython 3.12: Objects/listobject.c (_PyList_Extend) */
export function _PyList_Extend(l: PyListObject, iterable: PyObject): void {
  list_extend(l, iterable);
}
/**
 * CPython 3.12: Objects/abstract.c (PySequence_Fast): the items of a list or tuple (the object's own array,
 * not a copy), else a fresh array from iterating `v`; a TypeError from iter() becomes TypeError(`msg`).
 */
export function PySequence_Fast(v: PyObject, msg: string): PyObject[] {
  if (typeof v === "object" && (v.ob_type === PyList_Type || v.ob_type === PyTuple_Type)) {
    return (v as PyListObject).ob_item;
  }
  let it: PyObject;
  try {
    it = PyObject_GetIter(v);
  } catch (e) {
    if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_TypeError)) PyErr_RaiseFormat(PyExc_TypeError, msg);
    throw e;
  }
  return PySequence_List(it).ob_item;
}

/** CPython 3.12: Objects/abstract.c (PyObject_LengthHint) */
export function PyObject_LengthHint(o: PyObject, defaultvalue: number): number {
  const t = Py_TYPE(o);
  if (t.sq_length !== null || t.mp_length !== null) {
    try {
      return PyObject_Size(o);
    } catch (e) {
      if (!PyErr_GivenExceptionMatches(e as PyObject, PyExc_TypeError)) throw e;
    }
  }
  const hint = _PyObject_LookupSpecial(o, "__length_hint__");
  if (hint === undefined) return defaultvalue;
  let result: PyObject;
  try {
    result = PyObject_CallNoArgs(hint);
  } catch (e) {
    if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_TypeError)) return defaultvalue;
    throw e;
  }
  if (result === Py_NotImplemented) return defaultvalue;
  if (!PyLong_Check(result)) {
    PyErr_RaiseFormat(PyExc_TypeError, `__length_hint__ must be an integer, not ${Py_TYPE(result).tp_name}`);
  }
  const res = PyNumber_AsSsize_t(result, PyExc_OverflowError);
  if (res < 0) PyErr_RaiseFormat(PyExc_ValueError, "__length_hint__() should return >= 0");
  return res;
}
/** CPython 3.12: Objects/typeobject.c (_PyObject_LookupSpecial): the attribute on the type, bound; undefined if absent. */
export function _PyObject_LookupSpecial(o: PyObject, name: string): PyObject | undefined {
  const tp = Py_TYPE(o);
  const res = _PyType_Lookup(tp, _Py_ID(name));
  if (res === undefined) return undefined;
  const f = Py_TYPE(res).tp_descr_get;
  return f === null ? res : f(res, o, tp);
}

function PyErr_BadInternalCall(): never {
  PyErr_RaiseFormat(PyExc_SystemError, "bad argument to internal function");
}

// ---- Slots ----

/** CPython 3.12: Objects/listobject.c (list_repr) */
function list_repr(o: PyObject): PyObject {
  const l = o as PyListObject;
  if (l.ob_item.length === 0) return PyUnicode_FromString("[]");
  if (!Py_ReprEnter(o)) return PyUnicode_FromString("[...]");
  try {
    let s = "[";
    // The list may change while its items' reprs run: re-read it each time.
    for (let i = 0; i < l.ob_item.length; i++) {
      if (i > 0) s += ", ";
      s += PyObject_Repr(l.ob_item[i]).value;
    }
    return PyUnicode_FromString(s + "]");
  } finally {
    Py_ReprLeave(o);
  }
}
function list_length(o: PyObject): number {
  return (o as PyListObject).ob_item.length;
}
/** CPython 3.12: Objects/listobject.c (list_item) */
function list_item(o: PyObject, i: number): PyObject {
  const items = (o as PyListObject).ob_item;
  if (i < 0 || i >= items.length) PyErr_RaiseFormat(PyExc_IndexError, "list index out of range");
  return items[i];
}
/** CPython 3.12: Objects/listobject.c (list_ass_item) */
function list_ass_item(o: PyObject, i: number, v: PyObject | null): void {
  const items = (o as PyListObject).ob_item;
  if (i < 0 || i >= items.length) PyErr_RaiseFormat(PyExc_IndexError, "list assignment index out of range");
  if (v === null) items.splice(i, 1);
  else items[i] = v;
}
/** CPython 3.12: Objects/listobject.c (list_contains) */
function list_contains(o: PyObject, v: PyObject): boolean {
  const l = o as PyListObject;
  for (let i = 0; i < l.ob_item.length; i++) if (PyObject_RichCompareBool(l.ob_item[i], v, Py_EQ)) return true;
  return false;
}
/** CPython 3.12: Objects/listobject.c (list_concat) */
function list_concat(a: PyObject, b: PyObject): PyObject {
  if (!PyList_Check(b)) {
    PyErr_RaiseFormat(PyExc_TypeError, `can only concatenate list (not "${Py_TYPE(b).tp_name}") to list`);
  }
  const x = (a as PyListObject).ob_item;
  if (x.length + b.ob_item.length > MAX_SEQUENCE) PyErr_NoMemory();
  return PyList_New(x.concat(b.ob_item));
}
/** CPython 3.12: Objects/listobject.c (list_repeat) */
function list_repeat(a: PyObject, n: number): PyObject {
  const items = (a as PyListObject).ob_item;
  if (n < 0) n = 0;
  const len = items.length;
  if (n > 0 && len > MAX_SEQUENCE / n) PyErr_NoMemory();
  if (len * n === 0) return PyList_New([]);
  const out: PyObject[] = new Array(len * n);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < len; j++) out[k++] = items[j];
  return PyList_New(out);
}
/** CPython 3.12: Objects/listobject.c (list_inplace_concat) */
function list_inplace_concat(a: PyObject, b: PyObject): PyObject {
  list_extend(a as PyListObject, b);
  return a;
}
/** CPython 3.12: Objects/listobject.c (list_inplace_repeat) */
function list_inplace_repeat(a: PyObject, n: number): PyObject {
  const l = a as PyListObject;
  const len = l.ob_item.length;
  if (len === 0 || n === 1) return a;
  if (n < 1) {
    l.ob_item.length = 0;
    return a;
  }
  if (len > MAX_SEQUENCE / n) PyErr_NoMemory();
  const items = l.ob_item;
  for (let i = 1; i < n; i++) for (let j = 0; j < len; j++) items.push(items[j]);
  return a;
}
/** CPython 3.12: Objects/listobject.c (list_richcompare) */
function list_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyList_Check(v) || !PyList_Check(w)) return Py_NotImplemented;
  if (v.ob_item.length !== w.ob_item.length && (op === Py_EQ || op === Py_NE)) return op === Py_EQ ? Py_False : Py_True;
  let i = 0;
  for (; i < v.ob_item.length && i < w.ob_item.length; i++) {
    const vitem = v.ob_item[i];
    const witem = w.ob_item[i];
    if (vitem === witem) continue;
    if (!PyObject_RichCompareBool(vitem, witem, Py_EQ)) break;
  }
  if (i >= v.ob_item.length || i >= w.ob_item.length) return compareSizes(v.ob_item.length - w.ob_item.length, op);
  if (op === Py_EQ) return Py_False;
  if (op === Py_NE) return Py_True;
  return PyObject_RichCompare(v.ob_item[i], w.ob_item[i], op);
}
function list_new(type: PyTypeObject, _args: PyObject, _kwds: PyObject | null): PyObject {
  return new PyListObject(type, []);
}
/** CPython 3.12: Objects/listobject.c (list___init__, list___init___impl) */
function list_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  const l = self as PyListObject;
  if (Py_TYPE(l) === PyList_Type || Py_TYPE(l).tp_new === PyList_Type.tp_new) _PyArg_NoKeywords("list", kwds);
  const argv = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional("list", argv.length, 0, 1);
  if (l.ob_item.length !== 0) l.ob_item.length = 0;
  if (argv.length === 1) {
    const iterable = argv[0];
    const t = Py_TYPE(iterable);
    if ((t.sq_length !== null || t.mp_length !== null) && t.tp_flags & Py_TPFLAGS_HEAPTYPE) {
      // CPython sizes the list first (list_preallocate_exact); only a class's __len__ can notice.
      try {
        PyObject_Size(iterable);
      } catch (e) {
        if (!PyErr_GivenExceptionMatches(e as PyObject, PyExc_TypeError)) throw e;
      }
    }
    list_extend(l, iterable);
  }
}

/** CPython 3.12: Objects/listobject.c (list_extend) */
function list_extend(self: PyListObject, iterable: PyObject): void {
  if (PyList_CheckExact(iterable) || PyTuple_CheckExact(iterable) || iterable === self) {
    const src = (iterable as PyListObject).ob_item;
    const n = src.length;
    if (n === 0) return;
    if (self.ob_item.length + n > MAX_SEQUENCE) PyErr_NoMemory();
    const dest = self.ob_item;
    for (let i = 0; i < n; i++) dest.push(src[i]);
    return;
  }
  const it = PyObject_GetIter(iterable);
  const iternext = Py_TYPE(it).tp_iternext!;
  if (!isPureLength(iterable)) PyObject_LengthHint(iterable, 8);
  for (;;) {
    let item: PyObject | undefined;
    try {
      item = iternext(it);
    } catch (e) {
      if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_StopIteration)) break;
      throw e;
    }
    if (item === undefined) break;
    self.ob_item.push(item);
  }
}
/**
 * Whether len()/__length_hint__ of `o` can run no Python code, so that list_extend may skip
 * PyObject_LengthHint (a size guess, only observable through a class's __len__ or __length_hint__): true for
 * static types, except the iterators whose hint asks the underlying sequence for its length.
 */
function isPureLength(o: PyObject): boolean {
  if (typeof o !== "object") return true;
  const t = o.ob_type;
  if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) return false;
  return t.tp_name !== "reversed" && t.tp_name !== "iterator";
}

/** CPython 3.12: Objects/listobject.c (ins1) */
function ins1(self: PyListObject, where: number, v: PyObject): void {
  const items = self.ob_item;
  const n = items.length;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  items.splice(where, 0, v);
}

/** Replace items[ilow, ihigh) of `items` by `v`, in place. */
function splice(items: PyObject[], ilow: number, ihigh: number, v: PyObject[]): void {
  const norig = ihigh - ilow;
  const n = v.length;
  const d = n - norig;
  const size = items.length;
  if (d < 0) {
    for (let i = ihigh; i < size; i++) items[i + d] = items[i];
    items.length = size + d;
  } else if (d > 0) {
    items.length = size + d;
    for (let i = size - 1; i >= ihigh; i--) items[i + d] = items[i];
  }
  for (let k = 0; k < n; k++) items[ilow + k] = v[k];
}

/** CPython 3.12: Objects/listobject.c (list_ass_slice): a[ilow:ihigh] = v, or del a[ilow:ihigh] when v is null. */
function list_ass_slice(a: PyListObject, ilow: number, ihigh: number, v: PyObject | null): void {
  let vitem: PyObject[];
  if (v === null) vitem = [];
  else {
    if (v === a) {
      list_ass_slice(a, ilow, ihigh, PyList_New(a.ob_item.slice()));
      return;
    }
    vitem = PySequence_Fast(v, "can only assign an iterable");
    if (vitem === a.ob_item) vitem = vitem.slice();
  }
  const size = a.ob_item.length;
  if (ilow < 0) ilow = 0;
  else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > size) ihigh = size;
  if (size + vitem.length - (ihigh - ilow) === 0) {
    a.ob_item.length = 0;
    return;
  }
  if (size + vitem.length - (ihigh - ilow) > MAX_SEQUENCE) PyErr_NoMemory();
  splice(a.ob_item, ilow, ihigh, vitem);
}

/** CPython 3.12: Objects/listobject.c (list_subscript) */
function list_subscript(self: PyObject, item: PyObject): PyObject {
  const l = self as PyListObject;
  if (_PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += l.ob_item.length;
    return list_item(l, i);
  }
  if (PySlice_Check(item)) {
    const s = PySlice_Unpack(item);
    const n = PySlice_AdjustIndices(l.ob_item.length, s, s.step);
    if (n <= 0) return PyList_New([]);
    if (s.step === 1) return PyList_New(l.ob_item.slice(s.start, s.start + n));
    const out: PyObject[] = new Array(n);
    for (let cur = s.start, i = 0; i < n; cur += s.step, i++) out[i] = l.ob_item[cur];
    return PyList_New(out);
  }
  PyErr_RaiseFormat(PyExc_TypeError, `list indices must be integers or slices, not ${Py_TYPE(item).tp_name}`);
}

/** CPython 3.12: Objects/listobject.c (adjust_slice_indexes) */
function adjust_slice_indexes(l: PyListObject, s: { start: number; stop: number }, step: number): number {
  const slicelength = PySlice_AdjustIndices(l.ob_item.length, s, step);
  // Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2.
  if ((step < 0 && s.start < s.stop) || (step > 0 && s.start > s.stop)) s.stop = s.start;
  return slicelength;
}

/**
 * CPython 3.12.7: Objects/listobject.c (list_ass_subscript). The assigned value is turned into a sequence
 * before the slice is fitted to the list (iterating it may change the list).
 */
function list_ass_subscript(self: PyObject, item: PyObject, value: PyObject | null): void {
  const l = self as PyListObject;
  if (_PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += l.ob_item.length;
    list_ass_item(l, i, value);
    return;
  }
  if (!PySlice_Check(item)) {
    PyErr_RaiseFormat(PyExc_TypeError, `list indices must be integers or slices, not ${Py_TYPE(item).tp_name}`);
  }
  const s = PySlice_Unpack(item);
  if (value === null) {
    const slicelength = adjust_slice_indexes(l, s, s.step);
    if (s.step === 1) {
      list_ass_slice(l, s.start, s.stop, null);
      return;
    }
    if (slicelength <= 0) return;
    let { start, step } = s;
    if (step < 0) {
      const stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    const items = l.ob_item;
    const keep: PyObject[] = [];
    let next = start;
    let removed = 0;
    for (let i = 0; i < items.length; i++) {
      if (removed < slicelength && i === next) {
        removed++;
        next += step;
        continue;
      }
      keep.push(items[i]);
    }
    for (let i = 0; i < keep.length; i++) items[i] = keep[i];
    items.length = keep.length;
    return;
  }
  // Protect against a[::-1] = a.
  let seq: PyObject[];
  if (value === l) seq = l.ob_item.slice();
  else seq = PySequence_Fast(value, "must assign iterable to extended slice").slice();
  const slicelength = adjust_slice_indexes(l, s, s.step);
  if (s.step === 1) {
    list_ass_slice(l, s.start, s.stop, PyList_New(seq));
    return;
  }
  if (seq.length !== slicelength) {
    PyErr_RaiseFormat(PyExc_ValueError, `attempt to assign sequence of size ${seq.length} to extended slice of size ${slicelength}`);
  }
  if (slicelength === 0) return;
  const items = l.ob_item;
  for (let cur = s.start, i = 0; i < slicelength; cur += s.step, i++) items[cur] = seq[i];
}

// ---- Methods ----

/** CPython 3.12: Objects/listobject.c (list_append) */
function list_append(self: PyObject | null, v: PyObject): PyObject {
  (self as PyListObject).ob_item.push(v);
  return Py_None;
}
/** CPython 3.12: Objects/listobject.c (list_extend, as a method) */
function list_extend_meth(self: PyObject | null, iterable: PyObject): PyObject {
  list_extend(self as PyListObject, iterable);
  return Py_None;
}
/** CPython 3.12: Objects/listobject.c (list_insert_impl) */
function list_insert(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("insert", nargs, 2, 2);
  const index = ssizeArg(args[0]);
  ins1(self as PyListObject, index, args[1]);
  return Py_None;
}
/**
 * Argument Clinic's Py_ssize_t converter (_PyNumber_Index + PyLong_AsSsize_t). Py_ssize_t has 64 bits in
 * CPython; values past 2**53 (which no list index reaches) are clamped to the JS safe range.
 */
export function _PyArg_SsizeT(o: PyObject): number {
  const v = _PyLong_Value(PyNumber_Index(o));
  if (typeof v === "number") return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) PyErr_RaiseFormat(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}
const SSIZE_MAX = (1n << 63n) - 1n;
const ssizeArg = _PyArg_SsizeT;
/** CPython 3.12: Objects/listobject.c (list_pop_impl) */
function list_pop(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("pop", nargs, 0, 1);
  let index = nargs > 0 ? ssizeArg(args[0]) : -1;
  const items = (self as PyListObject).ob_item;
  if (items.length === 0) PyErr_RaiseFormat(PyExc_IndexError, "pop from empty list");
  if (index < 0) index += items.length;
  if (index < 0 || index >= items.length) PyErr_RaiseFormat(PyExc_IndexError, "pop index out of range");
  const v = items[index];
  if (index === items.length - 1) items.pop();
  else items.splice(index, 1);
  return v;
}
/** CPython 3.12: Objects/listobject.c (list_remove) */
function list_remove(self: PyObject | null, value: PyObject): PyObject {
  const l = self as PyListObject;
  for (let i = 0; i < l.ob_item.length; i++) {
    const obj = l.ob_item[i];
    if (PyObject_RichCompareBool(obj, value, Py_EQ)) {
      list_ass_slice(l, i, i + 1, null);
      return Py_None;
    }
  }
  PyErr_RaiseFormat(PyExc_ValueError, "list.remove(x): x not in list");
}
/** CPython 3.12: Objects/listobject.c (list_index_impl) */
function list_index(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("index", nargs, 1, 3);
  const l = self as PyListObject;
  const value = args[0];
  let start = nargs > 1 ? _PyEval_SliceIndexNotNone(args[1]) : 0;
  let stop = nargs > 2 ? _PyEval_SliceIndexNotNone(args[2]) : Number.MAX_SAFE_INTEGER;
  if (start < 0) {
    start += l.ob_item.length;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += l.ob_item.length;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < l.ob_item.length; i++) {
    if (PyObject_RichCompareBool(l.ob_item[i], value, Py_EQ)) return i;
  }
  PyErr_RaiseFormat(PyExc_ValueError, `${PyObject_Repr(value).value} is not in list`);
}
/** CPython 3.12: Objects/listobject.c (list_count) */
function list_count(self: PyObject | null, value: PyObject): PyObject {
  const l = self as PyListObject;
  let count = 0;
  for (let i = 0; i < l.ob_item.length; i++) {
    const obj = l.ob_item[i];
    if (obj === value) {
      count++;
      continue;
    }
    if (PyObject_RichCompareBool(obj, value, Py_EQ)) count++;
  }
  return count;
}
function list_clear(self: PyObject | null): PyObject {
  (self as PyListObject).ob_item.length = 0;
  return Py_None;
}
function list_copy(self: PyObject | null): PyObject {
  return PyList_New((self as PyListObject).ob_item.slice());
}
function list_reverse(self: PyObject | null): PyObject {
  (self as PyListObject).ob_item.reverse();
  return Py_None;
}
/** CPython 3.12: Objects/listobject.c (list_sort: `sort(*, key=None, reverse=False)`) */
function list_sort(self: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords("sort", args, nargs, kwnames, ["key", "reverse"], 0, 0, 0);
  const key = a[0] ?? Py_None;
  // CPython 3.12.7's Argument Clinic converter for `reverse` is `bool` (PyObject_IsTrue).
  const reverse = a[1] === undefined ? false : PyObject_IsTrue(a[1]);
  list_sort_impl(self as PyListObject, key, reverse);
  return Py_None;
}
// ---- list.sort: Timsort. CPython 3.12: Objects/listobject.c (listsort section) ----

const MIN_GALLOP = 7;

/** A compare function: ISLT(x, y) — throws on error. */
type LtFunc = (x: PyObject, y: PyObject) => boolean;

/** CPython 3.12: Objects/listobject.c (struct s_slice) */
interface PendingRun {
  base: number;
  len: number;
  power: number;
}

/** CPython 3.12: Objects/listobject.c (MergeState), over parallel `keys`/`values` arrays. */
class MergeState {
  min_gallop = MIN_GALLOP;
  pending: PendingRun[] = [];
  n = 0;
  tk: PyObject[] = [];
  tv: PyObject[] = [];
  constructor(
    public keys: PyObject[],
    public values: PyObject[] | null,
    public listlen: number,
    public lt: LtFunc,
  ) {}
}

/** Reverse keys (and values) in [lo, hi). */
function reverse_slice(a: PyObject[], lo: number, hi: number): void {
  --hi;
  while (lo < hi) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
    ++lo;
    --hi;
  }
}
function reverse_sortslice(ms: MergeState, lo: number, n: number): void {
  reverse_slice(ms.keys, lo, lo + n);
  if (ms.values !== null) reverse_slice(ms.values, lo, lo + n);
}

/** CPython 3.12: Objects/listobject.c (binarysort): [lo, start) is sorted; extend the sorted part to [lo, hi). */
function binarysort(ms: MergeState, lo: number, hi: number, start: number): void {
  const keys = ms.keys;
  const values = ms.values;
  const lt = ms.lt;
  if (lo === start) ++start;
  for (; start < hi; ++start) {
    let l = lo;
    let r = start;
    const pivot = keys[r];
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, keys[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; --p) keys[p] = keys[p - 1];
    keys[l] = pivot;
    if (values !== null) {
      const vp = values[start];
      for (let p = start; p > l; --p) values[p] = values[p - 1];
      values[l] = vp;
    }
  }
}

/**
 * CPython 3.12: Objects/listobject.c (count_run): the length of the run starting at `lo` (at most hi - lo);
 * `descending` is set for a strictly descending run.
 */
function count_run(ms: MergeState, lo: number, hi: number, out: { descending: boolean }): number {
  const keys = ms.keys;
  out.descending = false;
  ++lo;
  if (lo === hi) return 1;
  let n = 2;
  if (ms.lt(keys[lo], keys[lo - 1])) {
    out.descending = true;
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      if (!ms.lt(keys[lo], keys[lo - 1])) break;
    }
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      if (ms.lt(keys[lo], keys[lo - 1])) break;
    }
  }
  return n;
}

/**
 * CPython 3.12: Objects/listobject.c (gallop_left): locate where `key` belongs in the sorted a[base, base+n):
 * the k with a[base+k-1] < key <= a[base+k].
 */
function gallop_left(ms: MergeState, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  const lt = ms.lt;
  let lastofs = 0;
  let ofs = 1;
  const ah = base + hint;
  if (lt(a[ah], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[ah + ofs], key)) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[ah - ofs], key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** CPython 3.12: Objects/listobject.c (gallop_right): the k with a[base+k-1] <= key < a[base+k]. */
function gallop_right(ms: MergeState, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  const lt = ms.lt;
  let lastofs = 0;
  let ofs = 1;
  const ah = base + hint;
  if (lt(key, a[ah])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[ah - ofs])) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[ah + ofs])) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Copy n entries src[s..] → dst[d..], forwards (safe when d <= s or the arrays differ). */
function copyFwd(dst: PyObject[], d: number, src: PyObject[], s: number, n: number): void {
  for (let i = 0; i < n; i++) dst[d + i] = src[s + i];
}
/** Copy n entries src[s..] → dst[d..], backwards (safe when d >= s). */
function copyBwd(dst: PyObject[], d: number, src: PyObject[], s: number, n: number): void {
  for (let i = n - 1; i >= 0; i--) dst[d + i] = src[s + i];
}

/**
 * CPython 3.12: Objects/listobject.c (merge_lo): merge the na elements at pa with the nb elements at pb
 * (pa + na == pb, na <= nb), using a temp copy of the first run.
 */
function merge_lo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const keys = ms.keys;
  const vals = ms.values;
  const tk = ms.tk;
  const tv = ms.tv;
  copyFwd(tk, 0, keys, pa, na);
  if (vals !== null) copyFwd(tv, 0, vals, pa, na);
  let dest = pa;
  let a = 0;
  let b = pb;
  const lt = ms.lt;
  let copyB = false;
  try {
    body: {
      keys[dest] = keys[b];
      if (vals !== null) vals[dest] = vals[b];
      dest++;
      b++;
      if (--nb === 0) break body;
      if (na === 1) {
        copyB = true;
        break body;
      }
      let min_gallop = ms.min_gallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(keys[b], tk[a])) {
            keys[dest] = keys[b];
            if (vals !== null) vals[dest] = vals[b];
            dest++;
            b++;
            ++bcount;
            acount = 0;
            if (--nb === 0) break body;
            if (bcount >= min_gallop) break;
          } else {
            keys[dest] = tk[a];
            if (vals !== null) vals[dest] = tv[a];
            dest++;
            a++;
            ++acount;
            bcount = 0;
            if (--na === 1) {
              copyB = true;
              break body;
            }
            if (acount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1 ? 1 : 0;
          ms.min_gallop = min_gallop;
          let k = gallop_right(ms, keys[b], tk, a, na, 0);
          acount = k;
          if (k) {
            copyFwd(keys, dest, tk, a, k);
            if (vals !== null) copyFwd(vals, dest, tv, a, k);
            dest += k;
            a += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break body;
            }
            if (na === 0) break body;
          }
          keys[dest] = keys[b];
          if (vals !== null) vals[dest] = vals[b];
          dest++;
          b++;
          if (--nb === 0) break body;
          k = gallop_left(ms, tk[a], keys, b, nb, 0);
          bcount = k;
          if (k) {
            copyFwd(keys, dest, keys, b, k);
            if (vals !== null) copyFwd(vals, dest, vals, b, k);
            dest += k;
            b += k;
            nb -= k;
            if (nb === 0) break body;
          }
          keys[dest] = tk[a];
          if (vals !== null) vals[dest] = tv[a];
          dest++;
          a++;
          if (--na === 1) {
            copyB = true;
            break body;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms.min_gallop = min_gallop;
      }
    }
  } catch (e) {
    if (na) {
      copyFwd(keys, dest, tk, a, na);
      if (vals !== null) copyFwd(vals, dest, tv, a, na);
    }
    throw e;
  }
  if (copyB) {
    // The last element of run A belongs at the end of the merge.
    copyFwd(keys, dest, keys, b, nb);
    keys[dest + nb] = tk[a];
    if (vals !== null) {
      copyFwd(vals, dest, vals, b, nb);
      vals[dest + nb] = tv[a];
    }
    return;
  }
  if (na) {
    copyFwd(keys, dest, tk, a, na);
    if (vals !== null) copyFwd(vals, dest, tv, a, na);
  }
}

/**
 * CPython 3.12: Objects/listobject.c (merge_hi): as merge_lo, merging from the right, with a temp copy of the
 * second run (na >= nb).
 */
function merge_hi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const keys = ms.keys;
  const vals = ms.values;
  const tk = ms.tk;
  const tv = ms.tv;
  copyFwd(tk, 0, keys, pb, nb);
  if (vals !== null) copyFwd(tv, 0, vals, pb, nb);
  let dest = pb + nb - 1;
  const basea = pa;
  let b = nb - 1; // index into the temp copy
  let a = pa + na - 1;
  const lt = ms.lt;
  let copyA = false;
  try {
    body: {
      keys[dest] = keys[a];
      if (vals !== null) vals[dest] = vals[a];
      dest--;
      a--;
      if (--na === 0) break body;
      if (nb === 1) {
        copyA = true;
        break body;
      }
      let min_gallop = ms.min_gallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[b], keys[a])) {
            keys[dest] = keys[a];
            if (vals !== null) vals[dest] = vals[a];
            dest--;
            a--;
            ++acount;
            bcount = 0;
            if (--na === 0) break body;
            if (acount >= min_gallop) break;
          } else {
            keys[dest] = tk[b];
            if (vals !== null) vals[dest] = tv[b];
            dest--;
            b--;
            ++bcount;
            acount = 0;
            if (--nb === 1) {
              copyA = true;
              break body;
            }
            if (bcount >= min_gallop) break;
          }
        }
        ++min_gallop;
        do {
          min_gallop -= min_gallop > 1 ? 1 : 0;
          ms.min_gallop = min_gallop;
          let k = gallop_right(ms, tk[b], keys, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            a -= k;
            copyBwd(keys, dest + 1, keys, a + 1, k);
            if (vals !== null) copyBwd(vals, dest + 1, vals, a + 1, k);
            na -= k;
            if (na === 0) break body;
          }
          keys[dest] = tk[b];
          if (vals !== null) vals[dest] = tv[b];
          dest--;
          b--;
          if (--nb === 1) {
            copyA = true;
            break body;
          }
          k = gallop_left(ms, keys[a], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            b -= k;
            copyFwd(keys, dest + 1, tk, b + 1, k);
            if (vals !== null) copyFwd(vals, dest + 1, tv, b + 1, k);
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break body;
            }
            if (nb === 0) break body;
          }
          keys[dest] = keys[a];
          if (vals !== null) vals[dest] = vals[a];
          dest--;
          a--;
          if (--na === 0) break body;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms.min_gallop = min_gallop;
      }
    }
  } catch (e) {
    if (nb) {
      copyFwd(keys, dest - (nb - 1), tk, 0, nb);
      if (vals !== null) copyFwd(vals, dest - (nb - 1), tv, 0, nb);
    }
    throw e;
  }
  if (copyA) {
    // The first element of run B belongs at the front of the merge.
    copyBwd(keys, dest + 1 - na, keys, a + 1 - na, na);
    if (vals !== null) copyBwd(vals, dest + 1 - na, vals, a + 1 - na, na);
    dest -= na;
    a -= na;
    keys[dest] = tk[b];
    if (vals !== null) vals[dest] = tv[b];
    return;
  }
  if (nb) {
    copyFwd(keys, dest - (nb - 1), tk, 0, nb);
    if (vals !== null) copyFwd(vals, dest - (nb - 1), tv, 0, nb);
  }
}

/** CPython 3.12: Objects/listobject.c (merge_at): merge pending runs i and i+1. */
function merge_at(ms: MergeState, i: number): void {
  const p = ms.pending;
  let pa = p[i].base;
  let na = p[i].len;
  const pb = p[i + 1].base;
  let nb = p[i + 1].len;
  p[i].len = na + nb;
  if (i === ms.n - 3) {
    p[i + 1].base = p[i + 2].base;
    p[i + 1].len = p[i + 2].len;
    p[i + 1].power = p[i + 2].power;
  }
  --ms.n;
  const keys = ms.keys;
  // Where does b start in a? Elements in a before that are already in place.
  const k = gallop_right(ms, keys[pb], keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  // Where does a end in b? Elements in b after that are already in place.
  nb = gallop_left(ms, keys[pa + na - 1], keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) merge_lo(ms, pa, na, pb, nb);
  else merge_hi(ms, pa, na, pb, nb);
}

/** CPython 3.12: Objects/listobject.c (powerloop) */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** CPython 3.12: Objects/listobject.c (found_new_run): the powersort merge policy. */
function found_new_run(ms: MergeState, n2: number): void {
  if (ms.n) {
    const p = ms.pending;
    const s1 = p[ms.n - 1].base;
    const n1 = p[ms.n - 1].len;
    const power = powerloop(s1, n1, n2, ms.listlen);
    while (ms.n > 1 && p[ms.n - 2].power > power) merge_at(ms, ms.n - 2);
    p[ms.n - 1].power = power;
  }
}

/** CPython 3.12: Objects/listobject.c (merge_force_collapse) */
function merge_force_collapse(ms: MergeState): void {
  const p = ms.pending;
  while (ms.n > 1) {
    let n = ms.n - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
    merge_at(ms, n);
  }
}

/** CPython 3.12: Objects/listobject.c (merge_compute_minrun) */
function merge_compute_minrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/** CPython 3.12: Objects/listobject.c (unsafe_object_compare) */
function unsafe_object_compare(richcmp: (a: PyObject, b: PyObject, op: number) => PyObject): LtFunc {
  return (v, w) => {
    if (Py_TYPE(v).tp_richcompare !== richcmp) return PyObject_RichCompareBool(v, w, Py_LT);
    const res = richcmp(v, w, Py_LT);
    if (res === Py_NotImplemented) return PyObject_RichCompareBool(v, w, Py_LT);
    if (res === Py_True) return true;
    if (res === Py_False) return false;
    return PyObject_IsTrue(res);
  };
}
const safe_object_compare: LtFunc = (v, w) => PyObject_RichCompareBool(v, w, Py_LT);
const unsafe_long_compare: LtFunc = (v, w) => (v as number) < (w as number);
const unsafe_float_compare: LtFunc = (v, w) => (v as PyFloatObject).ob_fval < (w as PyFloatObject).ob_fval;
const unsafe_str_compare: LtFunc = (v, w) => _PyUnicode_Compare((v as PyUnicodeObject).value, (w as PyUnicodeObject).value) < 0;
/** Strings without surrogates: UTF-16 order is code-point order, so JS `<` is CPython's comparison. */
const unsafe_bmp_str_compare: LtFunc = (v, w) => (v as PyUnicodeObject).value < (w as PyUnicodeObject).value;
const SURROGATE = /[\uD800-\uDFFF]/;
/** CPython 3.12: Objects/listobject.c (unsafe_tuple_compare) */
function unsafe_tuple_compare(elem: LtFunc): LtFunc {
  return (v, w) => {
    const vt = (v as PyTupleObject).ob_item;
    const wt = (w as PyTupleObject).ob_item;
    const vlen = vt.length;
    const wlen = wt.length;
    let i = 0;
    for (; i < vlen && i < wlen; i++) {
      const a = vt[i];
      const b = wt[i];
      if (a === b) continue; // PyObject_RichCompareBool's identity shortcut
      if (typeof a === "number" && typeof b === "number") break; // two different ints
      if (!PyObject_RichCompareBool(a, b, Py_EQ)) break;
    }
    if (i >= vlen || i >= wlen) return vlen < wlen;
    if (i === 0) return elem(vt[i], wt[i]);
    const a = vt[i];
    const b = wt[i];
    if (typeof a === "number" && typeof b === "number") return a < b;
    return PyObject_RichCompareBool(a, b, Py_LT);
  };
}

/** CPython 3.12: Objects/listobject.c (list_sort_impl): the pre-sort check picks the compare function. */
function choose_compare(keys: PyObject[]): LtFunc {
  const n = keys.length;
  const k0 = keys[0];
  let keysAreInTuples = PyTuple_CheckExact(k0) && k0.ob_item.length > 0;
  const keyType = keysAreInTuples ? Py_TYPE((k0 as PyTupleObject).ob_item[0]) : Py_TYPE(k0);
  let allSame = true;
  for (let i = 0; i < n; i++) {
    const ki = keys[i];
    if (keysAreInTuples && !(PyTuple_CheckExact(ki) && ki.ob_item.length !== 0)) {
      keysAreInTuples = false;
      allSame = false;
      break;
    }
    const key = keysAreInTuples ? (ki as PyTupleObject).ob_item[0] : ki;
    if (Py_TYPE(key) !== keyType) {
      allSame = false;
      if (!keysAreInTuples) break;
    }
  }
  let cmp: LtFunc;
  if (allSame) {
    if (keyType === PyUnicode_Type) {
      let bmp = true;
      for (let i = 0; i < n && bmp; i++) {
        const k = keysAreInTuples ? (keys[i] as PyTupleObject).ob_item[0] : keys[i];
        if (SURROGATE.test((k as PyUnicodeObject).value)) bmp = false;
      }
      cmp = bmp ? unsafe_bmp_str_compare : unsafe_str_compare;
    }
    else if (keyType === PyLong_Type) cmp = unsafe_long_compare;
    else if (keyType === PyFloat_Type) cmp = unsafe_float_compare;
    else if (keyType.tp_richcompare !== null) cmp = unsafe_object_compare(keyType.tp_richcompare);
    else cmp = safe_object_compare;
  } else cmp = safe_object_compare;
  if (keysAreInTuples) {
    return unsafe_tuple_compare(keyType === PyTuple_Type ? safe_object_compare : cmp);
  }
  return cmp;
}

/** CPython 3.12: Objects/listobject.c (list_sort_impl) */
function list_sort_impl(self: PyListObject, keyfunc: PyObject | null, reverse: boolean): void {
  if (keyfunc === Py_None) keyfunc = null;
  // The list is temporarily made empty, so that mutations performed by comparison functions can't affect
  // the items being sorted; any mutation is detected afterwards.
  const saved = self.ob_item;
  const n = saved.length;
  const placeholder: PyObject[] = [];
  self.ob_item = placeholder;
  let keys: PyObject[];
  let values: PyObject[] | null;
  if (keyfunc === null) {
    keys = saved;
    values = null;
  } else {
    keys = new Array(n);
    try {
      for (let i = 0; i < n; i++) keys[i] = PyObject_CallOneArg(keyfunc, saved[i]);
    } catch (e) {
      self.ob_item = saved;
      throw e;
    }
    values = saved;
  }
  let error: unknown = null;
  try {
    if (n >= 2) {
      const ms = new MergeState(keys, values, n, choose_compare(keys));
      if (reverse) {
        if (values !== null) reverse_slice(keys, 0, n);
        reverse_slice(saved, 0, n);
      }
      const minrun = merge_compute_minrun(n);
      let lo = 0;
      let nremaining = n;
      const run = { descending: false };
      do {
        let r = count_run(ms, lo, lo + nremaining, run);
        if (run.descending) reverse_sortslice(ms, lo, r);
        if (r < minrun) {
          const force = nremaining <= minrun ? nremaining : minrun;
          binarysort(ms, lo, lo + force, lo + r);
          r = force;
        }
        found_new_run(ms, r);
        if (ms.pending.length <= ms.n) ms.pending.push({ base: 0, len: 0, power: 0 });
        const p = ms.pending[ms.n];
        p.base = lo;
        p.len = r;
        p.power = 0;
        ++ms.n;
        lo += r;
        nremaining -= r;
      } while (nremaining);
      merge_force_collapse(ms);
    }
  } catch (e) {
    error = e;
  }
  if (error === null && (self.ob_item !== placeholder || placeholder.length !== 0)) {
    error = PyErr_NewExceptionObject(PyExc_ValueError, "list modified during sort");
  }
  if (reverse && n > 1) reverse_slice(saved, 0, n);
  self.ob_item = saved;
  if (error !== null) throw error;
}

// ---- list_iterator, list_reverseiterator ----

/** CPython 3.12: Include/internal/pycore_list.h (_PyListIterObject) */
export class PyListIterObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public it_seq: PyListObject | null,
    public it_index: number,
  ) {
    super(type);
  }
}
function list_iter(o: PyObject): PyObject {
  return new PyListIterObject(PyListIter_Type, o as PyListObject, 0);
}
/** CPython 3.12: Objects/listobject.c (listiter_next) */
function listiter_next(o: PyObject): PyObject | undefined {
  const it = o as PyListIterObject;
  const seq = it.it_seq;
  if (seq === null) return undefined;
  if (it.it_index < seq.ob_item.length) return seq.ob_item[it.it_index++];
  it.it_seq = null;
  return undefined;
}
function listiter_len(self: PyObject | null): PyObject {
  const it = self as PyListIterObject;
  if (it.it_seq !== null) {
    const len = it.it_seq.ob_item.length - it.it_index;
    if (len >= 0) return len;
  }
  return 0;
}
/** CPython 3.12: Objects/listobject.c (listiter_reduce_general) */
function listiter_reduce(self: PyObject | null): PyObject {
  const it = self as PyListIterObject;
  if (it.it_seq !== null) {
    const fwd = Py_TYPE(it) === PyListIter_Type;
    return _PyTuple_FromArray([_PyEval_GetBuiltin(fwd ? "iter" : "reversed"), _PyTuple_FromArray([it.it_seq]), it.it_index]);
  }
  return _PyTuple_FromArray([_PyEval_GetBuiltin("iter"), _PyTuple_FromArray([PyList_New([])])]);
}
function listiter_setstate(self: PyObject | null, state: PyObject): PyObject {
  const it = self as PyListIterObject;
  let index = PyNumber_AsSsize_t(state, null);
  if (it.it_seq !== null) {
    if (Py_TYPE(it) === PyListIter_Type) {
      if (index < 0) index = 0;
      else if (index > it.it_seq.ob_item.length) index = it.it_seq.ob_item.length;
    } else {
      if (index < -1) index = -1;
      else if (index > it.it_seq.ob_item.length - 1) index = it.it_seq.ob_item.length - 1;
    }
    it.it_index = index;
  }
  return Py_None;
}
/** CPython 3.12: Objects/listobject.c (list___reversed___impl) */
function list_reversed(self: PyObject | null): PyObject {
  const l = self as PyListObject;
  return new PyListIterObject(PyListRevIter_Type, l, l.ob_item.length - 1);
}
/** CPython 3.12: Objects/listobject.c (listreviter_next) */
function listreviter_next(o: PyObject): PyObject | undefined {
  const it = o as PyListIterObject;
  const seq = it.it_seq;
  if (seq === null) return undefined;
  const index = it.it_index;
  if (index >= 0 && index < seq.ob_item.length) {
    it.it_index--;
    return seq.ob_item[index];
  }
  it.it_index = -1;
  it.it_seq = null;
  return undefined;
}
function listreviter_len(self: PyObject | null): PyObject {
  const it = self as PyListIterObject;
  let len = it.it_index + 1;
  if (it.it_seq === null || it.it_seq.ob_item.length < len) len = 0;
  return len;
}

import { PyUnicode_FromString, PyUnicode_Type, PyUnicodeObject, _PyUnicode_Compare, _Py_ID } from "./unicodeobject.js";
import {
  PyObject_Repr,
  PyObject_RichCompareBool,
  PyObject_RichCompare,
  Py_ReprEnter,
  Py_ReprLeave,
  PyObject_HashNotImplemented,
  PyObject_GetIter,
  PyObject_Size,
  PyObject_IsTrue,
  _PyIndex_Check,
  PyNumber_AsSsize_t,
  PyNumber_Index,
} from "./abstract.js";
import { PyErr_RaiseFormat, PyErr_NoMemory, PyErr_GivenExceptionMatches, PyErr_NewExceptionObject } from "../Python/errors.js";
import { PyExc_IndexError, PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_StopIteration, PyExc_SystemError } from "./exceptions.js";
import { Py_NotImplemented, Py_None } from "./noneobject.js";
import { Py_True, Py_False, PyLong_Type, PyLong_Check, _PyLong_Value } from "./longobject.js";
import { PyFloat_Type, PyFloatObject } from "./floatobject.js";
import {
  compareSizes,
  PyTupleObject,
  PyTuple_Type,
  PyTupleIter_Type,
  PyTuple_CheckExact,
  _PyTuple_FromArray,
  MAX_SEQUENCE,
  _PyArg_CheckPositional,
  _PyArg_NoKeywords,
  _PyArg_UnpackKeywords,
  _PyEval_SliceIndexNotNone,
  _PyEval_GetBuiltin,
} from "./tupleobject.js";
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices } from "./sliceobject.js";
import { PyDict_Type } from "./dictobject.js";
import { _PyType_Lookup } from "./typeobject.js";
import { PyObject_CallOneArg, PyObject_CallNoArgs } from "./call.js";
import { METH_O, METH_NOARGS, METH_FASTCALL, METH_KEYWORDS, METH_COEXIST } from "./methodobject.js";

Object.assign(PyList_Type, {
  tp_repr: list_repr,
  tp_richcompare: list_richcompare,
  tp_new: list_new,
  tp_init: list_init,
  tp_hash: PyObject_HashNotImplemented,
  tp_iter: list_iter,
  sq_length: list_length,
  sq_item: list_item,
  sq_ass_item: list_ass_item,
  sq_contains: list_contains,
  sq_concat: list_concat,
  sq_repeat: list_repeat,
  sq_inplace_concat: list_inplace_concat,
  sq_inplace_repeat: list_inplace_repeat,
  mp_length: list_length,
  mp_subscript: list_subscript,
  mp_ass_subscript: list_ass_subscript,
  tp_methods: [
    { ml_name: "__getitem__", ml_meth: list_subscript, ml_flags: METH_O | METH_COEXIST, ml_doc: "x.__getitem__(y) <==> x[y]" },
    { ml_name: "__reversed__", ml_meth: list_reversed, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator over the list." },
    { ml_name: "clear", ml_meth: list_clear, ml_flags: METH_NOARGS, ml_doc: "Remove all items from list." },
    { ml_name: "copy", ml_meth: list_copy, ml_flags: METH_NOARGS, ml_doc: "Return a shallow copy of the list." },
    { ml_name: "append", ml_meth: list_append, ml_flags: METH_O, ml_doc: "Append object to the end of the list." },
    { ml_name: "insert", ml_meth: list_insert, ml_flags: METH_FASTCALL, ml_doc: "Insert object before index." },
    { ml_name: "extend", ml_meth: list_extend_meth, ml_flags: METH_O, ml_doc: "Extend list by appending elements from the iterable." },
    { ml_name: "pop", ml_meth: list_pop, ml_flags: METH_FASTCALL, ml_doc: "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range." },
    { ml_name: "remove", ml_meth: list_remove, ml_flags: METH_O, ml_doc: "Remove first occurrence of value.\n\nRaises ValueError if the value is not present." },
    { ml_name: "index", ml_meth: list_index, ml_flags: METH_FASTCALL, ml_doc: "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { ml_name: "count", ml_meth: list_count, ml_flags: METH_O, ml_doc: "Return number of occurrences of value." },
    { ml_name: "reverse", ml_meth: list_reverse, ml_flags: METH_NOARGS, ml_doc: "Reverse *IN PLACE*." },
    {
      ml_name: "sort",
      ml_meth: list_sort,
      ml_flags: METH_FASTCALL | METH_KEYWORDS,
      ml_doc: "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order.",
    },
  ],
});
const length_hint_doc = "Private method returning an estimate of len(list(it)).";
const reduce_doc = "Return state information for pickling.";
const setstate_doc = "Set state information for unpickling.";
const iterMethods = (len: (s: PyObject | null) => PyObject) => [
  { ml_name: "__length_hint__", ml_meth: len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
  { ml_name: "__reduce__", ml_meth: listiter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
  { ml_name: "__setstate__", ml_meth: listiter_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
];
Object.assign(PyListIter_Type, { tp_iter: (o: PyObject) => o, tp_iternext: listiter_next, tp_methods: iterMethods(listiter_len) });
Object.assign(PyListRevIter_Type, { tp_iter: (o: PyObject) => o, tp_iternext: listreviter_next, tp_methods: iterMethods(listreviter_len) });
