/**
 * Descriptors for the methods, getsets and members of types defined in TypeScript.
 * CPython 3.12: Objects/descrobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, PyType_IsSubtype, PyMethodDefLike, PyGetSetDefLike, PyMemberDefLike, Py_TPFLAGS_METHOD_DESCRIPTOR } from "./object.js";
import type { PyMethodDef } from "./methodobject.js";

export const PyMethodDescr_Type: PyTypeObject = _PyType_NewStatic("method_descriptor", { tp_flags: Py_TPFLAGS_METHOD_DESCRIPTOR });
export const PyClassMethodDescr_Type: PyTypeObject = _PyType_NewStatic("classmethod_descriptor");
export const PyGetSetDescr_Type: PyTypeObject = _PyType_NewStatic("getset_descriptor");
export const PyMemberDescr_Type: PyTypeObject = _PyType_NewStatic("member_descriptor");

/** CPython 3.12: Include/descrobject.h (PyDescr_COMMON) */
export class PyDescrObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public d_type: PyTypeObject,
    public d_name: string,
  ) {
    super(type);
  }
}
export class PyMethodDescrObject extends PyDescrObject {
  constructor(
    type: PyTypeObject,
    d_type: PyTypeObject,
    public d_method: PyMethodDef,
  ) {
    super(type, d_type, d_method.ml_name);
  }
}
export class PyGetSetDescrObject extends PyDescrObject {
  constructor(
    d_type: PyTypeObject,
    public d_getset: PyGetSetDefLike,
  ) {
    super(PyGetSetDescr_Type, d_type, d_getset.name);
  }
}
export class PyMemberDescrObject extends PyDescrObject {
  constructor(
    d_type: PyTypeObject,
    public d_member: PyMemberDefLike,
  ) {
    super(PyMemberDescr_Type, d_type, d_member.name);
  }
}

/** CPython 3.12: Objects/descrobject.c */
export function PyMethodDescr_New(t: PyTypeObject, ml: PyMethodDefLike): PyObject {
  return new PyMethodDescrObject(PyMethodDescr_Type, t, ml as PyMethodDef);
}
export function PyClassMethodDescr_New(t: PyTypeObject, ml: PyMethodDefLike): PyObject {
  return new PyMethodDescrObject(PyClassMethodDescr_Type, t, ml as PyMethodDef);
}
export function PyGetSetDescr_New(t: PyTypeObject, gs: PyGetSetDefLike): PyObject {
  return new PyGetSetDescrObject(t, gs);
}
export function PyMemberDescr_New(t: PyTypeObject, m: PyMemberDefLike): PyObject {
  return new PyMemberDescrObject(t, m);
}

function descr_check(d: PyDescrObject, obj: PyObject): void {
  if (!PyType_IsSubtype(Py_TYPE(obj), d.d_type)) {
    PyErr_RaiseFormat(
      PyExc_TypeError,
      `descriptor '${d.d_name}' for '${d.d_type.tp_name}' objects doesn't apply to a '${Py_TYPE(obj).tp_name}' object`,
    );
  }
}

/** CPython 3.12: Objects/descrobject.c (method_get): bind to the instance. */
function method_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyMethodDescrObject;
  if (obj === null) return descr;
  descr_check(d, obj);
  return PyCFunction_NewEx(d.d_method, obj, null);
}
/** CPython 3.12: Objects/descrobject.c (method_vectorcall_*): unbound call, self is the first argument. */
function method_vectorcall(callable: PyObject, args: readonly PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const d = callable as PyMethodDescrObject;
  if (nargs < 1) {
    PyErr_RaiseFormat(PyExc_TypeError, `unbound method ${d.d_type.tp_name}.${d.d_name}() needs an argument`);
  }
  const self = args[start];
  descr_check(d, self);
  return _PyMethodDef_Call(d.d_method, self, args, start + 1, nargs - 1, kwnames, () => `${d.d_type.tp_name}.${d.d_name}`);
}
function classmethod_get(descr: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const d = descr as PyMethodDescrObject;
  const t = type ?? Py_TYPE(obj as PyObject);
  return PyCFunction_NewEx(d.d_method, t, null);
}
function getset_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyGetSetDescrObject;
  if (obj === null) return descr;
  descr_check(d, obj);
  const get = d.d_getset.get;
  if (!get) {
    PyErr_RaiseFormat(PyExc_AttributeError, `attribute '${d.d_name}' of '${d.d_type.tp_name}' objects is not readable`);
  }
  return (get as (o: PyObject) => PyObject)(obj);
}
function getset_set(descr: PyObject, obj: PyObject, value: PyObject | null): void {
  const d = descr as PyGetSetDescrObject;
  descr_check(d, obj);
  const set = d.d_getset.set;
  if (!set) {
    PyErr_RaiseFormat(PyExc_AttributeError, `attribute '${d.d_name}' of '${d.d_type.tp_name}' objects is not writable`);
  }
  (set as (o: PyObject, v: PyObject | null) => void)(obj, value);
}
function member_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  const d = descr as PyMemberDescrObject;
  if (obj === null) return descr;
  descr_check(d, obj);
  return (d.d_member.get as (o: PyObject) => PyObject)(obj);
}
function member_set(descr: PyObject, obj: PyObject, value: PyObject | null): void {
  const d = descr as PyMemberDescrObject;
  descr_check(d, obj);
  const set = d.d_member.set;
  if (!set || d.d_member.readonly) PyErr_RaiseFormat(PyExc_AttributeError, "readonly attribute");
  (set as (o: PyObject, v: PyObject | null) => void)(obj, value);
}
function descr_repr(kind: string) {
  return (o: PyObject): PyObject => {
    const d = o as PyDescrObject;
    return PyUnicode_FromString(`<${kind} '${d.d_name}' of '${d.d_type.tp_name}' objects>`);
  };
}

import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_AttributeError } from "./exceptions.js";
import { PyCFunction_NewEx } from "./methodobject.js";
import { _PyMethodDef_Call } from "./call.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { _PyStack_AsTupleAndDict } from "./call.js";
import type { PyTupleObject } from "./tupleobject.js";

function vectorcall_via_call(callable: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const argv = (args as PyTupleObject).ob_item;
  if (kwargs !== null) {
    const names: PyObject[] = [];
    const all = argv.slice();
    for (const [k, v] of (kwargs as unknown as { entries(): Iterable<[PyObject, PyObject]> }).entries()) {
      names.push(k);
      all.push(v);
    }
    return method_vectorcall(callable, all, 0, argv.length, _PyTuple_FromArray(names));
  }
  return method_vectorcall(callable, argv, 0, argv.length, null);
}
import { _PyTuple_FromArray } from "./tupleobject.js";
void _PyStack_AsTupleAndDict;

Object.assign(PyMethodDescr_Type, {
  tp_descr_get: method_get,
  tp_vectorcall: method_vectorcall,
  tp_call: vectorcall_via_call,
  tp_repr: descr_repr("method"),
});
Object.assign(PyClassMethodDescr_Type, { tp_descr_get: classmethod_get, tp_repr: descr_repr("method") });
Object.assign(PyGetSetDescr_Type, { tp_descr_get: getset_get, tp_descr_set: getset_set, tp_repr: descr_repr("attribute") });
Object.assign(PyMemberDescr_Type, { tp_descr_get: member_get, tp_descr_set: member_set, tp_repr: descr_repr("member") });

// ---- property (CPython 3.12: Objects/descrobject.c) ----

export const PyProperty_Type: PyTypeObject = _PyType_NewStatic("property", { tp_flags: 1 << 10 });
export class PyPropertyObject extends PyBaseObject {
  prop_get: PyObject = Py_None_ref();
  prop_set: PyObject = Py_None_ref();
  prop_del: PyObject = Py_None_ref();
  prop_doc: PyObject = Py_None_ref();
  prop_name: PyObject | null = null;
}
function Py_None_ref(): PyObject {
  return Py_None;
}
function property_descr_get(self: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  if (obj === null || obj === Py_None) return self;
  const p = self as PyPropertyObject;
  if (p.prop_get === Py_None) {
    const qual = p.prop_name !== null ? ` '${(p.prop_name as unknown as { value: string }).value}'` : "";
    PyErr_RaiseFormat(PyExc_AttributeError, `property${qual} of '${Py_TYPE(obj).tp_name}' object has no getter`);
  }
  return PyObject_Vectorcall(p.prop_get, [obj], 0, 1, null);
}
function property_descr_set(self: PyObject, obj: PyObject, value: PyObject | null): void {
  const p = self as PyPropertyObject;
  const func = value === null ? p.prop_del : p.prop_set;
  if (func === Py_None) {
    const qual = p.prop_name !== null ? ` '${(p.prop_name as unknown as { value: string }).value}'` : "";
    PyErr_RaiseFormat(PyExc_AttributeError, `property${qual} of '${Py_TYPE(obj).tp_name}' object has no ${value === null ? "deleter" : "setter"}`);
  }
  if (value === null) PyObject_Vectorcall(func, [obj], 0, 1, null);
  else PyObject_Vectorcall(func, [obj, value], 0, 2, null);
}
function property_new(type: PyTypeObject, _a: PyObject, _k: PyObject | null): PyObject {
  return new PyPropertyObject(type);
}
function property_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  const p = self as PyPropertyObject;
  const a = (args as PyTupleObject).ob_item.slice();
  const names = ["fget", "fset", "fdel", "doc"];
  if (kwds !== null) {
    for (const [k, v] of (kwds as unknown as { entries(): Iterable<[PyObject, PyObject]> }).entries()) {
      const i = names.indexOf((k as unknown as { value: string }).value);
      if (i < 0) PyErr_RaiseFormat(PyExc_TypeError, `property() got an unexpected keyword argument '${(k as unknown as { value: string }).value}'`);
      a[i] = v;
    }
  }
  p.prop_get = a[0] ?? Py_None;
  p.prop_set = a[1] ?? Py_None;
  p.prop_del = a[2] ?? Py_None;
  p.prop_doc = a[3] ?? Py_None;
  if (p.prop_doc === Py_None && p.prop_get !== Py_None) {
    const d = _PyObject_LookupAttr(p.prop_get, PyUnicode_FromString("__doc__"));
    if (d !== undefined) p.prop_doc = d;
  }
}
function property_copy(old: PyPropertyObject, get: PyObject | null, set: PyObject | null, del: PyObject | null): PyObject {
  const p = new PyPropertyObject(Py_TYPE(old));
  p.prop_get = get ?? old.prop_get;
  p.prop_set = set ?? old.prop_set;
  p.prop_del = del ?? old.prop_del;
  p.prop_doc = old.prop_doc;
  p.prop_name = old.prop_name;
  return p;
}
import { Py_None } from "./noneobject.js";
import { PyObject_Vectorcall } from "./call.js";
import { _PyObject_LookupAttr } from "./abstract.js";
import { METH_O } from "./methodobject.js";
Object.assign(PyProperty_Type, {
  tp_descr_get: property_descr_get,
  tp_descr_set: property_descr_set,
  tp_new: property_new,
  tp_init: property_init,
  tp_getset: [
    { name: "fget", get: (p: PyPropertyObject) => p.prop_get },
    { name: "fset", get: (p: PyPropertyObject) => p.prop_set },
    { name: "fdel", get: (p: PyPropertyObject) => p.prop_del },
    { name: "__doc__", get: (p: PyPropertyObject) => p.prop_doc, set: (p: PyPropertyObject, v: PyObject | null) => void (p.prop_doc = v ?? Py_None) },
  ],
  tp_methods: [
    { ml_name: "getter", ml_meth: (s: PyPropertyObject, f: PyObject) => property_copy(s, f, null, null), ml_flags: METH_O },
    { ml_name: "setter", ml_meth: (s: PyPropertyObject, f: PyObject) => property_copy(s, null, f, null), ml_flags: METH_O },
    { ml_name: "deleter", ml_meth: (s: PyPropertyObject, f: PyObject) => property_copy(s, null, null, f), ml_flags: METH_O },
    {
      ml_name: "__set_name__",
      ml_meth: (s: PyPropertyObject, args: PyObject[]) => {
        s.prop_name = args[1];
        return Py_None;
      },
      ml_flags: 0x0080,
    },
  ],
});
