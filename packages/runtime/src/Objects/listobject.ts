/**
 * list. CPython 3.12: Objects/listobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_SEQUENCE, Py_EQ, Py_NE } from "./object.js";

/** CPython 3.12: Objects/listobject.c (PyList_Type) */
export const PyList_Type: PyTypeObject = _PyType_NewStatic("list", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_SEQUENCE,
  tp_doc: "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
});

/** CPython 3.12: Include/cpython/listobject.h */
export class PyListObject extends PyBaseObject {
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
  (l as PyListObject).ob_item.push(v);
}
export function PyList_GET_SIZE(l: PyObject): number {
  return (l as PyListObject).ob_item.length;
}

function list_repr(o: PyObject): PyObject {
  const items = (o as PyListObject).ob_item;
  if (items.length === 0) return PyUnicode_FromString("[]");
  if (!Py_ReprEnter(o)) return PyUnicode_FromString("[...]");
  try {
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) parts.push(PyUnicode_AsUTF8(PyObject_Repr(items[i])));
    return PyUnicode_FromString("[" + parts.join(", ") + "]");
  } finally {
    Py_ReprLeave(o);
  }
}
function list_length(o: PyObject): number {
  return (o as PyListObject).ob_item.length;
}
function list_item(o: PyObject, i: number): PyObject {
  const items = (o as PyListObject).ob_item;
  if (i < 0 || i >= items.length) PyErr_RaiseFormat(PyExc_IndexError, "list index out of range");
  return items[i];
}
function list_ass_item(o: PyObject, i: number, v: PyObject | null): void {
  const items = (o as PyListObject).ob_item;
  if (i < 0 || i >= items.length) PyErr_RaiseFormat(PyExc_IndexError, "list assignment index out of range");
  if (v === null) items.splice(i, 1);
  else items[i] = v;
}
function list_contains(o: PyObject, v: PyObject): boolean {
  const items = (o as PyListObject).ob_item;
  for (let i = 0; i < items.length; i++) if (items[i] === v || PyObject_RichCompareBool(items[i], v, Py_EQ)) return true;
  return false;
}
function list_concat(a: PyObject, b: PyObject): PyObject {
  if (!PyList_Check(b)) {
    PyErr_RaiseFormat(PyExc_TypeError, `can only concatenate list (not "${Py_TYPE(b).tp_name}") to list`);
  }
  return PyList_New((a as PyListObject).ob_item.concat(b.ob_item));
}
function list_repeat(a: PyObject, n: number): PyObject {
  const items = (a as PyListObject).ob_item;
  const out: PyObject[] = [];
  if (n > 0 && items.length * n > 0x7fffffff / 8) PyErr_RaiseFormat(PyExc_MemoryError, "");
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return PyList_New(out);
}
function list_inplace_concat(a: PyObject, b: PyObject): PyObject {
  const add = _PySequence_ToArray(b);
  const items = (a as PyListObject).ob_item;
  for (const x of add) items.push(x);
  return a;
}
function list_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyList_Check(w)) return Py_NotImplemented;
  const a = (v as PyListObject).ob_item;
  const b = w.ob_item;
  if (a.length !== b.length && (op === Py_EQ || op === Py_NE)) return op === Py_EQ ? Py_False : Py_True;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (a[i] !== b[i] && !PyObject_RichCompareBool(a[i], b[i], Py_EQ)) break;
  }
  if (i >= a.length || i >= b.length) return compareSizes(a.length - b.length, op);
  if (op === Py_EQ) return Py_False;
  if (op === Py_NE) return Py_True;
  return PyObject_RichCompare(a[i], b[i], op);
}
function list_new(type: PyTypeObject, _args: PyObject, _kwds: PyObject | null): PyObject {
  return new PyListObject(type, []);
}
function list_init(self: PyObject, args: PyObject, _kwds: PyObject | null): void {
  const argv = (args as PyTupleObject).ob_item;
  if (argv.length > 1) PyErr_RaiseFormat(PyExc_TypeError, `list expected at most 1 argument, got ${argv.length}`);
  (self as PyListObject).ob_item = argv.length === 0 ? [] : _PySequence_ToArray(argv[0]).slice();
}

import { PyUnicode_FromString, PyUnicode_AsUTF8 } from "./unicodeobject.js";
import { PyObject_Repr, PyObject_RichCompareBool, PyObject_RichCompare, Py_ReprEnter, Py_ReprLeave, _PySequence_ToArray, PyObject_HashNotImplemented } from "./abstract.js";
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_IndexError, PyExc_TypeError, PyExc_MemoryError } from "./exceptions.js";
import { Py_NotImplemented } from "./noneobject.js";
import { Py_True, Py_False } from "./longobject.js";
import { compareSizes, PyTupleObject } from "./tupleobject.js";
import { METH_O } from "./methodobject.js";

Object.assign(PyList_Type, {
  tp_repr: list_repr,
  tp_richcompare: list_richcompare,
  tp_new: list_new,
  tp_init: list_init,
  tp_hash: PyObject_HashNotImplemented,
  sq_length: list_length,
  sq_item: list_item,
  sq_ass_item: list_ass_item,
  sq_contains: list_contains,
  sq_concat: list_concat,
  sq_repeat: list_repeat,
  sq_inplace_concat: list_inplace_concat,
  mp_length: list_length,
  tp_methods: [
    {
      ml_name: "append",
      ml_meth: (self: PyObject, v: PyObject) => {
        PyList_Append(self, v);
        return Py_None;
      },
      ml_flags: METH_O,
      ml_doc: "Append object to the end of the list.",
    },
  ],
});
import { Py_None } from "./noneobject.js";
