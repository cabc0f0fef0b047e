/**
 * Modules and PyModuleDef. CPython 3.12: Objects/moduleobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE } from "./object.js";
import type { PyMethodDef } from "./methodobject.js";

/** CPython 3.12: Objects/moduleobject.c (PyModule_Type) */
export const PyModule_Type: PyTypeObject = _PyType_NewStatic("module", {
  tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
});

/** CPython 3.12: Include/moduleobject.h (PyModuleDef). `m_exec` plays the Py_mod_exec slot. */
export interface PyModuleDef {
  m_name: string;
  m_doc?: string | null;
  m_methods?: PyMethodDef[] | null;
  /** Py_mod_exec: fill the module (constants, types) after its methods are added. */
  m_exec?: ((module: PyModuleObject) => void) | null;
}

/** CPython 3.12: Objects/moduleobject.c (PyModuleObject) */
export class PyModuleObject extends PyBaseObject {
  md_dict: PyDictObject;
  md_def: PyModuleDef | null = null;
  /** Per-module state for host modules (CPython: md_state). */
  md_state: unknown = null;
  constructor(type: PyTypeObject, name: PyObject) {
    super(type);
    this.md_dict = PyDict_New();
    PyDict_SetItem(this.md_dict, _Py_ID("__name__"), name);
    PyDict_SetItem(this.md_dict, _Py_ID("__doc__"), Py_None);
    PyDict_SetItem(this.md_dict, _Py_ID("__package__"), Py_None);
    PyDict_SetItem(this.md_dict, _Py_ID("__loader__"), Py_None);
    PyDict_SetItem(this.md_dict, _Py_ID("__spec__"), Py_None);
  }
  get dict(): PyDictObject {
    return this.md_dict;
  }
  set dict(_d: PyDictObject | null) {
    /* the module dict cannot be replaced */
  }
}

/** CPython 3.12: Objects/moduleobject.c (PyModule_NewObject / PyModule_New) */
export function PyModule_New(name: string): PyModuleObject {
  return new PyModuleObject(PyModule_Type, PyUnicode_FromString(name));
}
export function PyModule_Check(o: PyObject): o is PyModuleObject {
  return o instanceof PyModuleObject;
}
/** CPython 3.12: Objects/moduleobject.c (PyModule_GetDict) */
export function PyModule_GetDict(m: PyObject): PyDictObject {
  return (m as PyModuleObject).md_dict;
}
/** CPython 3.12: Objects/moduleobject.c (PyModule_GetNameObject) */
export function PyModule_GetNameObject(m: PyObject): PyObject {
  const name = PyDict_GetItemWithError((m as PyModuleObject).md_dict, _Py_ID("__name__"));
  if (name === undefined || !PyUnicode_Check(name)) PyErr_RaiseFormat(PyExc_SystemError, "nameless module");
  return name;
}

/** CPython 3.12: Objects/moduleobject.c (PyModule_Create / PyModule_FromDefAndSpec + PyModule_ExecDef) */
export function PyModule_Create(def: PyModuleDef): PyModuleObject {
  const m = PyModule_New(def.m_name);
  m.md_def = def;
  if (def.m_doc != null) PyDict_SetItem(m.md_dict, _Py_ID("__doc__"), PyUnicode_FromString(def.m_doc));
  PyModule_AddFunctions(m, def.m_methods ?? []);
  if (def.m_exec) def.m_exec(m);
  return m;
}
/** CPython 3.12: Objects/moduleobject.c (PyModule_AddFunctions) */
export function PyModule_AddFunctions(m: PyModuleObject, methods: PyMethodDef[]): void {
  const modname = PyModule_GetNameObject(m);
  for (const ml of methods) {
    PyDict_SetItem(m.md_dict, PyUnicode_InternFromString(ml.ml_name), PyCFunction_NewEx(ml, m, modname));
  }
}
/** CPython 3.12: Python/modsupport.c (PyModule_AddObjectRef) */
export function PyModule_AddObjectRef(m: PyObject, name: string, value: PyObject): void {
  PyDict_SetItem((m as PyModuleObject).md_dict, PyUnicode_InternFromString(name), value);
}
/** CPython 3.12: Python/modsupport.c (PyModule_AddIntConstant) */
export function PyModule_AddIntConstant(m: PyObject, name: string, value: number | bigint): void {
  PyModule_AddObjectRef(m, name, typeof value === "bigint" ? PyLong_FromBigInt(value) : PyLong_FromNumber(value));
}
/** CPython 3.12: Python/modsupport.c (PyModule_AddStringConstant) */
export function PyModule_AddStringConstant(m: PyObject, name: string, value: string): void {
  PyModule_AddObjectRef(m, name, PyUnicode_FromString(value));
}
/** CPython 3.12: Python/modsupport.c (PyModule_AddType) */
export function PyModule_AddType(m: PyObject, type: PyTypeObject): void {
  PyModule_AddObjectRef(m, type.shortName, type);
}

/** CPython 3.12: Objects/moduleobject.c (module_getattro): module __getattr__ (PEP 562) as fallback. */
function module_getattro(o: PyObject, name: PyObject): PyObject {
  const attr = _PyObject_GenericGetAttrWithDict(o, name, true);
  if (attr !== undefined) return attr;
  const m = o as PyModuleObject;
  const getattr = PyDict_GetItemWithError(m.md_dict, _Py_ID("__getattr__"));
  if (getattr !== undefined) return PyObject_CallOneArg(getattr, name);
  const modname = PyDict_GetItemWithError(m.md_dict, _Py_ID("__name__"));
  const n = (name as PyUnicodeObject).value;
  if (modname !== undefined && PyUnicode_Check(modname)) {
    PyErr_Raise(PyExc_AttributeError, `module '${modname.value}' has no attribute '${n}'`, (e) => {
      e.name = name;
      e.obj = o;
    });
  }
  PyErr_Raise(PyExc_AttributeError, `module has no attribute '${n}'`, (e) => {
    e.name = name;
    e.obj = o;
  });
}
/** CPython 3.12: Objects/moduleobject.c (module_repr → _PyModule_Repr's fallbacks) */
function module_repr(o: PyObject): PyObject {
  const m = o as PyModuleObject;
  const name = PyDict_GetItemWithError(m.md_dict, _Py_ID("__name__"));
  const n = name !== undefined && PyUnicode_Check(name) ? name.value : "?";
  const file = PyDict_GetItemWithError(m.md_dict, _Py_ID("__file__"));
  if (file !== undefined && PyUnicode_Check(file)) return PyUnicode_FromString(`<module '${n}' from '${file.value}'>`);
  if (m.md_def !== null) return PyUnicode_FromString(`<module '${n}' (built-in)>`);
  return PyUnicode_FromString(`<module '${n}'>`);
}

import { PyDictObject, PyDict_New, PyDict_SetItem, PyDict_GetItemWithError } from "./dictobject.js";
import { PyUnicode_FromString, PyUnicode_InternFromString, PyUnicode_Check, PyUnicodeObject, _Py_ID } from "./unicodeobject.js";
import { Py_None } from "./noneobject.js";
import { PyCFunction_NewEx } from "./methodobject.js";
import { PyErr_RaiseFormat, PyErr_Raise } from "../Python/errors.js";
import { PyExc_SystemError, PyExc_AttributeError } from "./exceptions.js";
import { PyLong_FromBigInt, PyLong_FromNumber } from "./longobject.js";
import { _PyObject_GenericGetAttrWithDict, PyObject_GenericSetAttr } from "./typeobject.js";
import { PyObject_CallOneArg } from "./call.js";
void Py_TYPE;

Object.assign(PyModule_Type, {
  tp_getattro: module_getattro,
  tp_setattro: PyObject_GenericSetAttr,
  tp_repr: module_repr,
});
PyModule_Type.tp_dictoffset = true;
