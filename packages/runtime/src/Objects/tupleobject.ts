/**
 * tuple. Items live in a frozen-by-convention JS array.
 * CPython 3.12: Objects/tupleobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_TUPLE_SUBCLASS, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_SEQUENCE, Py_EQ, Py_NE } from "./object.js";

/** CPython 3.12: Objects/tupleobject.c (PyTuple_Type) */
export const PyTuple_Type: PyTypeObject = _PyType_NewStatic("tuple", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_SEQUENCE,
  tp_doc:
    "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
});

/** CPython 3.12: Include/cpython/tupleobject.h */
export class PyTupleObject extends PyBaseObject {
  /** Cached hash, -1 until computed. */
  hash = -1;
  constructor(
    type: PyTypeObject,
    public ob_item: PyObject[],
  ) {
    super(type);
  }
}

const empty = new PyTupleObject(PyTuple_Type, []);
/** CPython 3.12: Objects/tupleobject.c (_PyTuple_FromArray); takes ownership of `items`. */
export function _PyTuple_FromArray(items: PyObject[]): PyTupleObject {
  return items.length === 0 ? empty : new PyTupleObject(PyTuple_Type, items);
}
/** CPython 3.12: Objects/tupleobject.c (PyTuple_New), filled from `items`. */
export function PyTuple_New(items: PyObject[] = []): PyTupleObject {
  return _PyTuple_FromArray(items);
}
/** CPython 3.12: Objects/tupleobject.c (PyTuple_Pack) */
export function PyTuple_Pack(...items: PyObject[]): PyTupleObject {
  return _PyTuple_FromArray(items);
}
export function PyTuple_Check(o: PyObject): o is PyTupleObject {
  return typeof o === "object" && (o.ob_type.tp_flags & Py_TPFLAGS_TUPLE_SUBCLASS) !== 0;
}
export function PyTuple_CheckExact(o: PyObject): o is PyTupleObject {
  return typeof o === "object" && o.ob_type === PyTuple_Type;
}
export function PyTuple_GET_SIZE(o: PyObject): number {
  return (o as PyTupleObject).ob_item.length;
}
export function PyTuple_GET_ITEM(o: PyObject, i: number): PyObject {
  return (o as PyTupleObject).ob_item[i];
}

/** CPython 3.12: Objects/tupleobject.c (tuplerepr), with Py_ReprEnter recursion guarding. */
function tuplerepr(o: PyObject): PyObject {
  const items = (o as PyTupleObject).ob_item;
  if (items.length === 0) return PyUnicode_FromString("()");
  if (!Py_ReprEnter(o)) return PyUnicode_FromString("(...)");
  try {
    const parts = items.map((x) => PyUnicode_AsUTF8(PyObject_Repr(x)));
    return PyUnicode_FromString(items.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`);
  } finally {
    Py_ReprLeave(o);
  }
}

/** CPython 3.12: Objects/tupleobject.c (tuplehash: the xxHash-based algorithm), in 64-bit arithmetic. */
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const M64 = (1n << 64n) - 1n;
function tuplehash(o: PyObject): number {
  const t = o as PyTupleObject;
  if (t.hash !== -1) return t.hash;
  const items = t.ob_item;
  let acc = XXPRIME_5;
  for (let i = 0; i < items.length; i++) {
    const lane = BigInt.asUintN(64, BigInt(PyObject_Hash(items[i])));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  const h = Number(BigInt.asIntN(64, acc));
  t.hash = h === -1 ? -2 : h;
  return t.hash;
}

function tuplelength(o: PyObject): number {
  return (o as PyTupleObject).ob_item.length;
}
function tupleitem(o: PyObject, i: number): PyObject {
  const items = (o as PyTupleObject).ob_item;
  if (i < 0 || i >= items.length) PyErr_RaiseFormat(PyExc_IndexError, "tuple index out of range");
  return items[i];
}
function tuplecontains(o: PyObject, v: PyObject): boolean {
  for (const x of (o as PyTupleObject).ob_item) if (x === v || PyObject_RichCompareBool(x, v, Py_EQ)) return true;
  return false;
}
function tupleconcat(a: PyObject, b: PyObject): PyObject {
  if (!PyTuple_Check(b)) {
    PyErr_RaiseFormat(PyExc_TypeError, `can only concatenate tuple (not "${Py_TYPE(b).tp_name}") to tuple`);
  }
  return _PyTuple_FromArray((a as PyTupleObject).ob_item.concat(b.ob_item));
}
function tuplerepeat(a: PyObject, n: number): PyObject {
  const items = (a as PyTupleObject).ob_item;
  if (n <= 0 || items.length === 0) return empty;
  const out: PyObject[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return _PyTuple_FromArray(out);
}
function tuplerichcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyTuple_Check(w)) return Py_NotImplemented;
  const a = (v as PyTupleObject).ob_item;
  const b = w.ob_item;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (a[i] !== b[i] && !PyObject_RichCompareBool(a[i], b[i], Py_EQ)) break;
  }
  if (i >= a.length || i >= b.length) {
    const c = a.length - b.length;
    return compareSizes(c, op);
  }
  if (op === Py_EQ) return Py_False;
  if (op === Py_NE) return Py_True;
  return PyObject_RichCompare(a[i], b[i], op);
}
/** Shared with list: the result of comparing two sequences that are equal up to the shorter length. */
export function compareSizes(c: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c === 0; break;
    case 3: r = c !== 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return r ? Py_True : Py_False;
}
function tuple_new(type: PyTypeObject, args: PyObject, _kwds: PyObject | null): PyObject {
  const argv = (args as PyTupleObject).ob_item;
  if (argv.length > 1) PyErr_RaiseFormat(PyExc_TypeError, `tuple expected at most 1 argument, got ${argv.length}`);
  const items = argv.length === 0 ? [] : _PySequence_ToArray(argv[0]);
  return type === PyTuple_Type ? _PyTuple_FromArray(items) : new PyTupleObject(type, items);
}

import { PyUnicode_FromString, PyUnicode_AsUTF8 } from "./unicodeobject.js";
import { PyObject_Repr, PyObject_Hash, PyObject_RichCompareBool, PyObject_RichCompare, Py_ReprEnter, Py_ReprLeave, _PySequence_ToArray } from "./abstract.js";
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_IndexError, PyExc_TypeError } from "./exceptions.js";
import { Py_NotImplemented } from "./noneobject.js";
import { Py_True, Py_False } from "./longobject.js";

Object.assign(PyTuple_Type, {
  tp_repr: tuplerepr,
  tp_hash: tuplehash,
  tp_richcompare: tuplerichcompare,
  tp_new: tuple_new,
  sq_length: tuplelength,
  sq_item: tupleitem,
  sq_contains: tuplecontains,
  sq_concat: tupleconcat,
  sq_repeat: tuplerepeat,
  mp_length: tuplelength,
});
