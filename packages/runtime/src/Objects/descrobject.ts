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
function member_set(descr: PyObject, _obj: PyObject, _value: PyObject | null): void {
  const d = descr as PyMemberDescrObject;
  PyErr_RaiseFormat(PyExc_AttributeError, "readonly attribute");
  void d;
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
