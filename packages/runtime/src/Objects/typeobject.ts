/**
 * `type` and `object`, type readiness, MRO lookup and generic attribute access.
 * CPython 3.12: Objects/typeobject.c, Objects/object.c (PyObject_GenericGetAttr/SetAttr)
 */
import {
  PyType_Type,
  PyBaseObject_Type,
  _PyType_NewStatic,
  PyBaseObject,
  PyObject,
  PyTypeObject,
  Py_TYPE,
  Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_READY,
  Py_TPFLAGS_HEAPTYPE,
  Py_TPFLAGS_IMMUTABLETYPE,
  Py_TPFLAGS_TYPE_SUBCLASS,
  Py_EQ,
  Py_NE,
  PyType_IsSubtype,
  PyMethodDefLike,
  PyGetSetDefLike,
  PyMemberDefLike,
} from "./object.js";
import { PyDictObject, PyDict_New, PyDict_SetItem, _PyDict_GetItem_KnownHash, PyDict_GetItemWithError } from "./dictobject.js";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_InternFromString, unicode_hash } from "./unicodeobject.js";
import { PyErr_Raise, PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_AttributeError, PyExc_TypeError } from "./exceptions.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyMethodDescr_New, PyClassMethodDescr_New, PyGetSetDescr_New, PyMemberDescr_New } from "./descrobject.js";
import { METH_CLASS, METH_STATIC, PyCFunction_NewEx, type PyMethodDef } from "./methodobject.js";
import { PyTuple_New, PyTupleObject } from "./tupleobject.js";


/** CPython 3.12: Include/object.h (PyType_Check) */
export function PyType_Check(o: PyObject): o is PyTypeObject {
  return o instanceof PyTypeObject;
}

let nextVersionTag = 1;
/** CPython 3.12: Objects/typeobject.c (assign_version_tag); a tag of 0 means "invalid". */
export function PyType_Modified(t: PyTypeObject): void {
  t.tp_version_tag = nextVersionTag++;
  for (const sub of t.tp_subclasses) PyType_Modified(sub);
}

/** The inheritable slots, copied from the base by PyType_Ready (CPython 3.12: inherit_slots). */
export const INHERITED_SLOTS = [
  "tp_repr", "tp_str", "tp_hash", "tp_call", "tp_vectorcall", "tp_getattro", "tp_setattro", "tp_richcompare",
  "tp_iter", "tp_iternext", "tp_descr_get", "tp_descr_set", "tp_init", "tp_new",
  "nb_add", "nb_subtract", "nb_multiply", "nb_remainder", "nb_divmod", "nb_power", "nb_negative", "nb_positive",
  "nb_absolute", "nb_bool", "nb_invert", "nb_lshift", "nb_rshift", "nb_and", "nb_xor", "nb_or", "nb_int",
  "nb_float", "nb_inplace_add", "nb_inplace_subtract", "nb_inplace_multiply", "nb_inplace_remainder",
  "nb_inplace_power", "nb_inplace_lshift", "nb_inplace_rshift", "nb_inplace_and", "nb_inplace_xor",
  "nb_inplace_or", "nb_floor_divide", "nb_true_divide", "nb_inplace_floor_divide", "nb_inplace_true_divide",
  "nb_index", "nb_matrix_multiply", "nb_inplace_matrix_multiply",
  "sq_length", "sq_concat", "sq_repeat", "sq_item", "sq_ass_item", "sq_contains", "sq_inplace_concat",
  "sq_inplace_repeat", "mp_length", "mp_subscript", "mp_ass_subscript",
] as const;

/**
 * CPython 3.12: Objects/typeobject.c (PyType_Ready): set the base and MRO, inherit slots, fill tp_dict from the
 * method, getset and member tables.
 */
export function PyType_Ready(t: PyTypeObject): void {
  if (t.tp_flags & Py_TPFLAGS_READY) return;
  if (t.tp_base === null && t !== PyBaseObject_Type) t.tp_base = PyBaseObject_Type;
  const base = t.tp_base;
  if (base !== null) PyType_Ready(base);
  if (t.tp_bases.length === 0 && base !== null) t.tp_bases = [base];
  if (t.tp_mro.length === 0) t.tp_mro = mro_linear(t);
  if (t.tp_dict === (null as unknown as PyDictObject)) t.tp_dict = PyDict_New();
  add_tables(t);
  if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE)) add_operators(t);
  if (base !== null) {
    for (const slot of INHERITED_SLOTS) {
      if ((t as any)[slot] === null) (t as any)[slot] = (base as any)[slot];
    }
    if (!t.tp_dictoffset) t.tp_dictoffset = base.tp_dictoffset;
    base.tp_subclasses.push(t);
  }
  const str__doc__ = PyUnicode_InternFromString("__doc__");
  if (t.tp_doc !== null && _PyDict_GetItem_KnownHash(t.tp_dict, str__doc__) === undefined) {
    PyDict_SetItem(t.tp_dict, str__doc__, PyUnicode_FromString(t.tp_doc));
  } else if (_PyDict_GetItem_KnownHash(t.tp_dict, str__doc__) === undefined) {
    PyDict_SetItem(t.tp_dict, str__doc__, Py_None);
  }
  t.tp_flags |= Py_TPFLAGS_READY;
  PyType_Modified(t);
}


/** C3 linearisation for single inheritance chains of static types; heap types compute a full C3 MRO. */
function mro_linear(t: PyTypeObject): PyTypeObject[] {
  const out: PyTypeObject[] = [];
  let c: PyTypeObject | null = t;
  while (c !== null) {
    out.push(c);
    c = c.tp_base;
  }
  return out;
}

/** CPython 3.12: Objects/typeobject.c (add_methods, add_members, add_getset) */
function add_tables(t: PyTypeObject): void {
  const dict = t.tp_dict;
  for (const ml of (t.tp_methods ?? []) as PyMethodDefLike[]) {
    const name = PyUnicode_InternFromString(ml.ml_name);
    let descr: PyObject;
    if (ml.ml_flags & METH_CLASS) descr = PyClassMethodDescr_New(t, ml);
    else if (ml.ml_flags & METH_STATIC) descr = PyCFunction_NewEx(ml as PyMethodDef, null, null);
    else descr = PyMethodDescr_New(t, ml);
    PyDict_SetItem(dict, name, descr);
  }
  for (const gs of (t.tp_getset ?? []) as PyGetSetDefLike[]) {
    PyDict_SetItem(dict, PyUnicode_InternFromString(gs.name), PyGetSetDescr_New(t, gs));
  }
  for (const m of (t.tp_members ?? []) as PyMemberDefLike[]) {
    PyDict_SetItem(dict, PyUnicode_InternFromString(m.name), PyMemberDescr_New(t, m));
  }
}

/**
 * CPython 3.12: Objects/typeobject.c (_PyType_Lookup): the attribute `name` along the MRO, without descriptors
 * bound; `undefined` when absent. `name` must be a str.
 */
export function _PyType_Lookup(type: PyTypeObject, name: PyUnicodeObject): PyObject | undefined {
  const mro = type.tp_mro;
  const hash = unicode_hash(name);
  for (let i = 0; i < mro.length; i++) {
    const v = _PyDict_GetItem_KnownHash(mro[i].tp_dict, name, hash);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Instance dictionaries of objects whose type has `tp_dictoffset`. */
export interface HasDict {
  dict: PyDictObject | null;
}

export function _PyObject_GetDictPtr(obj: PyObject): HasDict | null {
  if (typeof obj !== "object" || !Py_TYPE(obj).tp_dictoffset) return null;
  const h = obj as unknown as HasDict;
  // Instances of classes deriving from builtins (list, int, ...) get their dict slot on first use.
  if (h.dict === undefined) h.dict = null;
  return h;
}

/**
 * CPython 3.12: Objects/object.c (_PyObject_GenericGetAttrWithDict), returning `undefined` instead of raising
 * AttributeError when `suppress` is set (the `_PyObject_LookupAttr` path).
 */
export function _PyObject_GenericGetAttrWithDict(obj: PyObject, name: PyObject, suppress: boolean): PyObject | undefined {
  const tp = Py_TYPE(obj);
  if (!PyUnicode_Check(name)) {
    PyErr_RaiseFormat(PyExc_TypeError, `attribute name must be string, not '${Py_TYPE(name).tp_name}'`);
  }
  const descr = _PyType_Lookup(tp, name);
  let f: ((d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject) | null = null;
  if (descr !== undefined) {
    f = Py_TYPE(descr).tp_descr_get;
    if (f !== null && Py_TYPE(descr).tp_descr_set !== null) return f(descr, obj, tp);
  }
  const holder = _PyObject_GetDictPtr(obj);
  if (holder !== null && holder.dict !== null) {
    const v = PyDict_GetItemWithError(holder.dict, name);
    if (v !== undefined) return v;
  }
  if (f !== null) return f(descr as PyObject, obj, tp);
  if (descr !== undefined) return descr;
  if (suppress) return undefined;
  return _PyObject_RaiseNoAttribute(obj, name);
}

/** CPython 3.12: Objects/object.c — "'T' object has no attribute 'x'", with `name` and `obj` set (3.10+). */
export function _PyObject_RaiseNoAttribute(obj: PyObject, name: PyUnicodeObject): never {
  const exc = PyErr_Raise(PyExc_AttributeError, `'${Py_TYPE(obj).tp_name}' object has no attribute '${name.value}'`, (e) => {
    (e as any).name = name;
    (e as any).obj = obj;
  });
  return exc;
}

/** CPython 3.12: Objects/object.c (PyObject_GenericGetAttr) */
export function PyObject_GenericGetAttr(obj: PyObject, name: PyObject): PyObject {
  return _PyObject_GenericGetAttrWithDict(obj, name, false) as PyObject;
}

/** CPython 3.12: Objects/object.c (_PyObject_GenericSetAttrWithDict) */
export function PyObject_GenericSetAttr(obj: PyObject, name: PyObject, value: PyObject | null): void {
  const tp = Py_TYPE(obj);
  if (!PyUnicode_Check(name)) {
    PyErr_RaiseFormat(PyExc_TypeError, `attribute name must be string, not '${Py_TYPE(name).tp_name}'`);
  }
  const descr = _PyType_Lookup(tp, name);
  if (descr !== undefined) {
    const f = Py_TYPE(descr).tp_descr_set;
    if (f !== null) {
      f(descr, obj, value);
      return;
    }
  }
  const holder = _PyObject_GetDictPtr(obj);
  if (holder === null) {
    if (descr === undefined) {
      PyErr_Raise(PyExc_AttributeError, `'${tp.tp_name}' object has no attribute '${name.value}'`, (e) => {
        (e as any).name = name;
        (e as any).obj = obj;
      });
    }
    PyErr_RaiseFormat(PyExc_AttributeError, `'${tp.tp_name}' object attribute '${name.value}' is read-only`);
  }
  if (holder.dict === null) holder.dict = PyDict_New();
  if (value === null) {
    if (!delitemIfPresent(holder.dict, name)) {
      PyErr_Raise(PyExc_AttributeError, `'${tp.tp_name}' object has no attribute '${name.value}'`, (e) => {
        (e as any).name = name;
        (e as any).obj = obj;
      });
    }
  } else {
    PyDict_SetItem(holder.dict, name, value);
  }
}

function delitemIfPresent(d: PyDictObject, key: PyObject): boolean {
  return d.delitemIfPresent(key);
}

/** CPython 3.12: Objects/typeobject.c (type_getattro): metatype data descriptors, then the MRO, then the rest. */
export function type_getattro(type: PyObject, name: PyObject): PyObject {
  const t = type as PyTypeObject;
  const metatype = Py_TYPE(t);
  if (!PyUnicode_Check(name)) {
    PyErr_RaiseFormat(PyExc_TypeError, `attribute name must be string, not '${Py_TYPE(name).tp_name}'`);
  }
  const meta_attribute = _PyType_Lookup(metatype, name);
  let meta_get: ((d: PyObject, o: PyObject | null, t: PyObject | null) => PyObject) | null = null;
  if (meta_attribute !== undefined) {
    meta_get = Py_TYPE(meta_attribute).tp_descr_get;
    if (meta_get !== null && Py_TYPE(meta_attribute).tp_descr_set !== null) {
      return meta_get(meta_attribute, t, metatype);
    }
  }
  const attribute = _PyType_Lookup(t, name);
  if (attribute !== undefined) {
    const local_get = Py_TYPE(attribute).tp_descr_get;
    if (local_get !== null) return local_get(attribute, null, t);
    return attribute;
  }
  if (meta_get !== null) return meta_get(meta_attribute as PyObject, t, metatype);
  if (meta_attribute !== undefined) return meta_attribute;
  return PyErr_Raise(PyExc_AttributeError, `type object '${t.tp_name}' has no attribute '${name.value}'`, (e) => {
    (e as any).name = name;
    (e as any).obj = t;
  });
}

/** CPython 3.12: Objects/typeobject.c (type_setattro) */
export function type_setattro(type: PyObject, name: PyObject, value: PyObject | null): void {
  const t = type as PyTypeObject;
  if (!(t.tp_flags & Py_TPFLAGS_HEAPTYPE) || t.tp_flags & Py_TPFLAGS_IMMUTABLETYPE) {
    PyErr_RaiseFormat(
      PyExc_TypeError,
      `cannot set '${(name as PyUnicodeObject).value}' attribute of immutable type '${t.tp_name}'`,
    );
  }
  const descr = _PyType_Lookup(Py_TYPE(t), name as PyUnicodeObject);
  if (descr !== undefined && Py_TYPE(descr).tp_descr_set !== null) {
    Py_TYPE(descr).tp_descr_set!(descr, t, value);
    return;
  }
  if (value === null) {
    if (!t.tp_dict.delitemIfPresent(name)) {
      PyErr_RaiseFormat(PyExc_AttributeError, `type object '${t.tp_name}' has no attribute '${(name as PyUnicodeObject).value}'`);
    }
  } else {
    PyDict_SetItem(t.tp_dict, name, value);
  }
  PyType_Modified(t);
}

/** CPython 3.12: Objects/typeobject.c (type_repr) */
export function type_repr(type: PyObject): PyObject {
  const t = type as PyTypeObject;
  const mod = t.tp_module;
  const qual = t.ht_qualname ?? t.shortName;
  if (mod !== null && mod !== "builtins") return PyUnicode_FromString(`<class '${mod}.${qual}'>`);
  return PyUnicode_FromString(`<class '${qual}'>`);
}

/** CPython 3.12: Objects/typeobject.c (object_repr) */
export function object_repr(self: PyObject): PyObject {
  const t = Py_TYPE(self);
  const mod = t.tp_module;
  const qual = t.ht_qualname ?? t.shortName;
  const addr = _Py_IdAddress(self);
  if (mod !== null && mod !== "builtins") return PyUnicode_FromString(`<${mod}.${qual} object at ${addr}>`);
  return PyUnicode_FromString(`<${qual} object at ${addr}>`);
}

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
/** `id()` of a boxed object: a stable, unique, CPython-looking address (16-byte aligned). */
export function _Py_Id(o: PyObject): number | bigint {
  if (typeof o !== "object") return typeof o === "number" ? nextIdForImmediate(o) : 0;
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(o, id);
  }
  return id;
}
function nextIdForImmediate(n: number): number {
  // Unboxed ints have no identity of their own; give each value a fixed pseudo-address.
  return 0x7e0000000000 + (n % 0x100000000) * 32;
}
export function _Py_IdAddress(o: PyObject): string {
  return "0x" + (_Py_Id(o) as number).toString(16).padStart(12, "0");
}

/** CPython 3.12: Objects/typeobject.c (object_richcompare) */
export function object_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  switch (op) {
    case Py_EQ:
      return self === other ? (Py_True as PyObject) : Py_NotImplemented;
    case Py_NE: {
      // By default, __ne__ delegates to __eq__ and inverts the result unless it is NotImplemented.
      const eq = Py_TYPE(self).tp_richcompare;
      if (eq === null) return Py_NotImplemented;
      const res = eq(self, other, Py_EQ);
      if (res === Py_NotImplemented) return res;
      return PyObject_IsTrueRef(res) ? Py_False : Py_True;
    }
    default:
      return Py_NotImplemented;
  }
}

/** CPython 3.12: Objects/typeobject.c (object_hash → _Py_HashPointer) */
export function object_hash(self: PyObject): number {
  const id = _Py_Id(self) as number;
  // _Py_HashPointer rotates by 4 bits; the ids are 16-aligned.
  return Math.floor(id / 16);
}

/** CPython 3.12: Objects/typeobject.c (object_str) */
export function object_str(self: PyObject): PyObject {
  const f = Py_TYPE(self).tp_repr;
  return f !== null ? f(self) : object_repr(self);
}

/** CPython 3.12: Objects/typeobject.c (type_call): `type(x)` and instance creation. */
export function type_call(type: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  const t = type as PyTypeObject;
  const argv = (args as PyTupleObject).ob_item;
  if (t === PyType_Type && argv.length === 1 && (kwds === null || (kwds as PyDictObject).size === 0)) {
    return Py_TYPE(argv[0]);
  }
  if (t.tp_new === null) {
    PyErr_RaiseFormat(PyExc_TypeError, `cannot create '${t.tp_name}' instances`);
  }
  const obj = t.tp_new(t, args, kwds);
  if (!PyType_IsSubtype(Py_TYPE(obj), t)) return obj;
  const init = Py_TYPE(obj).tp_init;
  if (init !== null) init(obj, args, kwds);
  return obj;
}

/** Plain instances of `object` and, later, of heap types (their attributes live in `dict`). */
export class PyInstanceObject extends PyBaseObject implements HasDict {
  dict: PyDictObject | null = null;
}

/** CPython 3.12: Objects/typeobject.c (object_new) */
export function object_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  const nargs = (args as PyTupleObject).ob_item.length + (kwds === null ? 0 : (kwds as PyDictObject).size);
  if (nargs !== 0 && (type.tp_new !== object_new || type.tp_init === object_init)) {
    if (type.tp_new !== object_new) {
      PyErr_RaiseFormat(PyExc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    PyErr_RaiseFormat(PyExc_TypeError, `${type.shortName}() takes no arguments`);
  }
  return new PyInstanceObject(type);
}

/** CPython 3.12: Objects/typeobject.c (object_init) */
export function object_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  const type = Py_TYPE(self);
  const nargs = (args as PyTupleObject).ob_item.length + (kwds === null ? 0 : (kwds as PyDictObject).size);
  if (nargs !== 0) {
    if (type.tp_init !== object_init) {
      PyErr_RaiseFormat(PyExc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (type.tp_new === object_new) {
      PyErr_RaiseFormat(PyExc_TypeError, `${type.shortName}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  }
}

// Late imports used only at call time (kept at the bottom to make the module cycle explicit).
import { Py_True, Py_False } from "./boolobject.js";
import { PyObject_IsTrue as PyObject_IsTrueRef } from "./abstract.js";

PyBaseObject_Type.tp_repr = object_repr;
PyBaseObject_Type.tp_str = object_str;
PyBaseObject_Type.tp_hash = object_hash;
PyBaseObject_Type.tp_richcompare = object_richcompare;
PyBaseObject_Type.tp_getattro = PyObject_GenericGetAttr;
PyBaseObject_Type.tp_setattro = PyObject_GenericSetAttr;
PyBaseObject_Type.tp_new = object_new;
PyBaseObject_Type.tp_init = object_init;
PyType_Type.tp_repr = type_repr;
PyType_Type.tp_call = type_call;
PyType_Type.tp_getattro = type_getattro;
PyType_Type.tp_setattro = type_setattro;
void PyTuple_New;
import { add_operators } from "./typeslots.js";

// ---- type and object attributes (CPython 3.12: type_getsets, object_getsets) ----
function type_name(t: PyTypeObject): PyObject {
  return PyUnicode_FromString(t.shortName);
}
function type_module(t: PyTypeObject): PyObject {
  if (t.tp_flags & Py_TPFLAGS_HEAPTYPE) {
    const m = _PyDict_GetItem_KnownHash(t.tp_dict, PyUnicode_InternFromString("__module__"));
    if (m !== undefined) return m;
  }
  return PyUnicode_FromString(t.tp_module ?? "builtins");
}
PyType_Type.tp_getset = [
  { name: "__name__", get: type_name as never, set: ((t: PyTypeObject, v: PyObject | null) => {
    if (v === null || !PyUnicode_Check(v)) PyErr_RaiseFormat(PyExc_TypeError, "can only assign string to __name__");
    t.tp_name = v.value;
  }) as never },
  { name: "__qualname__", get: ((t: PyTypeObject) => PyUnicode_FromString(t.ht_qualname ?? t.shortName)) as never, set: ((t: PyTypeObject, v: PyObject | null) => {
    if (v === null || !PyUnicode_Check(v)) PyErr_RaiseFormat(PyExc_TypeError, "can only assign string to __qualname__");
    t.ht_qualname = v.value;
  }) as never },
  { name: "__module__", get: type_module as never, set: ((t: PyTypeObject, v: PyObject | null) => void PyDict_SetItem(t.tp_dict, PyUnicode_InternFromString("__module__"), v ?? Py_None)) as never },
  { name: "__bases__", get: ((t: PyTypeObject) => PyTuple_New(t.tp_bases.slice())) as never },
  { name: "__base__", get: ((t: PyTypeObject) => t.tp_base ?? Py_None) as never },
  { name: "__mro__", get: ((t: PyTypeObject) => PyTuple_New(t.tp_mro.slice())) as never },
  { name: "__dict__", get: ((t: PyTypeObject) => t.tp_dict) as never },
  { name: "__doc__", get: ((t: PyTypeObject) => {
    const d = _PyDict_GetItem_KnownHash(t.tp_dict, PyUnicode_InternFromString("__doc__"));
    if (d !== undefined) {
      const g = Py_TYPE(d).tp_descr_get;
      return g !== null ? g(d, null, t) : d;
    }
    return t.tp_doc === null ? Py_None : PyUnicode_FromString(t.tp_doc);
  }) as never },
];
PyBaseObject_Type.tp_getset = [
  { name: "__class__", get: ((o: PyObject) => Py_TYPE(o)) as never },
];
PyType_Type.tp_richcompare = object_richcompare;
