/**
 * Functions and bound methods. A Python function is run by the evaluator, reached through the runtime's
 * `evalVector` hook (runtime never imports @typhon/ceval).
 * CPython 3.12: Objects/funcobject.c, Objects/classobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_METHOD_DESCRIPTOR } from "./object.js";
import type { PyCodeObject } from "./codeobject.js";
import type { PyDictObject } from "./dictobject.js";
import type { PyUnicodeObject } from "./unicodeobject.js";

/** CPython 3.12: Objects/funcobject.c (PyFunction_Type) */
export const PyFunction_Type: PyTypeObject = _PyType_NewStatic("function", {
  tp_flags: Py_TPFLAGS_METHOD_DESCRIPTOR,
  tp_doc: "Create a function object.",
});
/** CPython 3.12: Objects/classobject.c (PyMethod_Type) */
export const PyMethod_Type: PyTypeObject = _PyType_NewStatic("method", { tp_doc: "Create a bound instance method object." });

/** CPython 3.12: Include/cpython/funcobject.h (PyFunctionObject) */
export class PyFunctionObject extends PyBaseObject {
  func_globals: PyDictObject;
  func_builtins: PyDictObject;
  func_name: PyUnicodeObject;
  func_qualname: PyUnicodeObject;
  func_code: PyCodeObject;
  func_defaults: PyObject | null = null;
  func_kwdefaults: PyObject | null = null;
  func_closure: PyObject | null = null;
  func_doc: PyObject;
  func_dict: PyDictObject | null = null;
  func_module: PyObject | null;
  func_annotations: PyObject | null = null;
  func_typeparams: PyObject | null = null;
  func_version = 0;

  constructor(code: PyCodeObject, globals: PyDictObject, builtins: PyDictObject, qualname: PyUnicodeObject | null, doc: PyObject, module: PyObject | null) {
    super(PyFunction_Type);
    this.func_code = code;
    this.func_globals = globals;
    this.func_builtins = builtins;
    this.func_name = code.co_name;
    this.func_qualname = qualname ?? code.co_qualname;
    this.func_doc = doc;
    this.func_module = module;
  }
  get dict(): PyDictObject | null {
    return this.func_dict;
  }
  set dict(d: PyDictObject | null) {
    this.func_dict = d;
  }
}

/** CPython 3.12: Objects/classobject.c (PyMethodObject) */
export class PyMethodObject extends PyBaseObject {
  constructor(
    public im_func: PyObject,
    public im_self: PyObject,
  ) {
    super(PyMethod_Type);
  }
}
/** CPython 3.12: Objects/classobject.c (PyMethod_New) */
export function PyMethod_New(func: PyObject, self: PyObject): PyObject {
  return new PyMethodObject(func, self);
}
export function PyFunction_Check(o: PyObject): o is PyFunctionObject {
  return o instanceof PyFunctionObject;
}

/** The evaluator's entry for calling a Python function (CPython: _PyFunction_Vectorcall → _PyEval_Vector). */
export type _PyFunctionVectorcall = (func: PyFunctionObject, args: readonly PyObject[], start: number, nargs: number, kwnames: PyObject | null) => PyObject;
let functionVectorcall: _PyFunctionVectorcall = () => {
  throw new Error("Typhon: no evaluator installed");
};
/** The evaluator's _PyEval_Vector with an explicit locals mapping (class bodies run by __build_class__). */
export type _PyEvalVectorWithLocals = (func: PyFunctionObject, locals: PyObject, args: readonly PyObject[], start: number, nargs: number) => PyObject;
let evalWithLocals: _PyEvalVectorWithLocals = () => {
  throw new Error("Typhon: no evaluator installed");
};
export function _PyFunction_SetEvalWithLocals(f: _PyEvalVectorWithLocals): void {
  evalWithLocals = f;
}
/** CPython 3.12: Python/ceval.c (_PyEval_Vector with locals), through the evaluator hook. */
export function _PyEval_VectorWithLocals(func: PyFunctionObject, locals: PyObject): PyObject {
  return evalWithLocals(func, locals, [], 0, 0);
}
/** Installed by the evaluator at initialisation. */
export function _PyFunction_SetVectorcall(f: _PyFunctionVectorcall): void {
  functionVectorcall = f;
}

/** CPython 3.12: Objects/call.c (_PyFunction_Vectorcall) */
export function _PyFunction_Vectorcall(callable: PyObject, args: readonly PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  return functionVectorcall(callable as PyFunctionObject, args, start, nargs, kwnames);
}

function func_descr_get(func: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  if (obj === null || obj === Py_None) return func;
  return PyMethod_New(func, obj);
}
function func_repr(o: PyObject): PyObject {
  const f = o as PyFunctionObject;
  return PyUnicode_FromString(`<function ${f.func_qualname.value} at ${_Py_IdAddress(f)}>`);
}
function method_vectorcall(callable: PyObject, args: readonly PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const m = callable as PyMethodObject;
  const nkw = kwnames === null ? 0 : (kwnames as unknown as { ob_item: PyObject[] }).ob_item.length;
  const newargs = new Array<PyObject>(1 + nargs + nkw);
  newargs[0] = m.im_self;
  for (let i = 0; i < nargs + nkw; i++) newargs[i + 1] = args[start + i];
  return PyObject_Vectorcall(m.im_func, newargs, 0, nargs + 1, kwnames);
}
function method_repr(o: PyObject): PyObject {
  const m = o as PyMethodObject;
  const f = m.im_func;
  const name = f instanceof PyFunctionObject ? f.func_qualname.value : "?";
  return PyUnicode_FromString(`<bound method ${name} of ${PyUnicode_AsUTF8(PyObject_Repr(m.im_self))}>`);
}
function via_vectorcall(vc: (c: PyObject, a: readonly PyObject[], s: number, n: number, k: PyObject | null) => PyObject) {
  return (callable: PyObject, args: PyObject, kwargs: PyObject | null): PyObject => {
    const argv = (args as PyTupleObject).ob_item;
    if (kwargs === null || (kwargs as PyDictObject).size === 0) return vc(callable, argv, 0, argv.length, null);
    const names: PyObject[] = [];
    const all = argv.slice();
    for (const [k, v] of (kwargs as PyDictObject).entries()) {
      names.push(k);
      all.push(v);
    }
    return vc(callable, all, 0, argv.length, _PyTuple_FromArray(names));
  };
}

import { Py_None } from "./noneobject.js";
import { PyUnicode_FromString, PyUnicode_AsUTF8 } from "./unicodeobject.js";
import { _Py_IdAddress } from "./typeobject.js";
import { PyObject_Vectorcall } from "./call.js";
import { PyObject_Repr } from "./abstract.js";
import { PyTupleObject, _PyTuple_FromArray } from "./tupleobject.js";
void Py_TYPE;

Object.assign(PyFunction_Type, {
  tp_descr_get: func_descr_get,
  tp_repr: func_repr,
  tp_vectorcall: _PyFunction_Vectorcall,
  tp_call: via_vectorcall(_PyFunction_Vectorcall),
});
PyFunction_Type.tp_dictoffset = true;
Object.assign(PyMethod_Type, {
  tp_vectorcall: method_vectorcall,
  tp_call: via_vectorcall(method_vectorcall),
  tp_repr: method_repr,
});

// ---- classmethod and staticmethod (CPython 3.12: Objects/funcobject.c) ----

export const PyClassMethod_Type: PyTypeObject = _PyType_NewStatic("classmethod", { tp_flags: 1 << 10 });
export const PyStaticMethod_Type: PyTypeObject = _PyType_NewStatic("staticmethod", { tp_flags: 1 << 10 });
/** CPython 3.12: Objects/funcobject.c (classmethod, staticmethod: `cm_callable`, plus a `__dict__`) */
export class PyClassMethodObject extends PyBaseObject {
  dict: PyDictObject | null = null;
  constructor(
    type: PyTypeObject,
    public cm_callable: PyObject,
  ) {
    super(type);
  }
}
export function PyClassMethod_New(f: PyObject): PyObject {
  return new PyClassMethodObject(PyClassMethod_Type, f);
}
export function PyStaticMethod_New(f: PyObject): PyObject {
  return new PyClassMethodObject(PyStaticMethod_Type, f);
}
function cm_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const cm = self as PyClassMethodObject;
  const t = type ?? Py_TYPE(obj as PyObject);
  const f = Py_TYPE(cm.cm_callable).tp_descr_get;
  if (f !== null && !(cm.cm_callable instanceof PyFunctionObject)) return f(cm.cm_callable, t, null);
  return PyMethod_New(cm.cm_callable, t);
}
function sm_descr_get(self: PyObject, _obj: PyObject | null, _type: PyObject | null): PyObject {
  return (self as PyClassMethodObject).cm_callable;
}
function cm_new(type: PyTypeObject, args: PyObject, _kwds: PyObject | null): PyObject {
  const a = (args as PyTupleObject).ob_item;
  if (a.length !== 1) PyErr_RaiseFormat_ref(`${type.shortName} expected 1 argument, got ${a.length}`);
  return new PyClassMethodObject(type, a[0]);
}
function sm_call(self: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  return PyObject_Call((self as PyClassMethodObject).cm_callable, args, kwds);
}
function PyErr_RaiseFormat_ref(msg: string): never {
  PyErr_RaiseFormat(PyExc_TypeError, msg);
}
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_TypeError } from "./exceptions.js";
import { PyObject_Call } from "./call.js";
const funcAttr = (get: (c: PyClassMethodObject) => PyObject) => ({ name: "", get });
void funcAttr;
Object.assign(PyClassMethod_Type, {
  tp_descr_get: cm_descr_get,
  tp_new: cm_new,
  tp_getset: [
    { name: "__func__", get: (c: PyClassMethodObject) => c.cm_callable },
    { name: "__wrapped__", get: (c: PyClassMethodObject) => c.cm_callable },
    { name: "__isabstractmethod__", get: () => Py_False_ref() },
  ],
});
Object.assign(PyStaticMethod_Type, {
  tp_descr_get: sm_descr_get,
  tp_new: cm_new,
  tp_call: sm_call,
  tp_getset: [
    { name: "__func__", get: (c: PyClassMethodObject) => c.cm_callable },
    { name: "__wrapped__", get: (c: PyClassMethodObject) => c.cm_callable },
    { name: "__isabstractmethod__", get: () => Py_False_ref() },
  ],
});
PyClassMethod_Type.tp_dictoffset = true;
PyStaticMethod_Type.tp_dictoffset = true;
import { Py_False } from "./longobject.js";
function Py_False_ref(): PyObject {
  return Py_False;
}

// Function attributes (CPython 3.12: func_getsetlist / func_memberlist).
PyFunction_Type.tp_getset = [
  { name: "__code__", get: (f: PyFunctionObject) => f.func_code },
  { name: "__defaults__", get: (f: PyFunctionObject) => f.func_defaults ?? Py_None, set: (f: PyFunctionObject, v: PyObject | null) => void (f.func_defaults = v === Py_None ? null : v) },
  { name: "__kwdefaults__", get: (f: PyFunctionObject) => f.func_kwdefaults ?? Py_None, set: (f: PyFunctionObject, v: PyObject | null) => void (f.func_kwdefaults = v === Py_None ? null : v) },
  { name: "__annotations__", get: (f: PyFunctionObject) => (f.func_annotations ??= PyDict_New_ref()), set: (f: PyFunctionObject, v: PyObject | null) => void (f.func_annotations = v) },
  { name: "__name__", get: (f: PyFunctionObject) => f.func_name, set: (f: PyFunctionObject, v: PyObject | null) => void (f.func_name = v as PyUnicodeObject) },
  { name: "__qualname__", get: (f: PyFunctionObject) => f.func_qualname, set: (f: PyFunctionObject, v: PyObject | null) => void (f.func_qualname = v as PyUnicodeObject) },
  { name: "__doc__", get: (f: PyFunctionObject) => f.func_doc, set: (f: PyFunctionObject, v: PyObject | null) => void (f.func_doc = v ?? Py_None) },
  { name: "__module__", get: (f: PyFunctionObject) => f.func_module ?? Py_None, set: (f: PyFunctionObject, v: PyObject | null) => void (f.func_module = v) },
  { name: "__globals__", get: (f: PyFunctionObject) => f.func_globals },
  { name: "__builtins__", get: (f: PyFunctionObject) => f.func_builtins },
  { name: "__closure__", get: (f: PyFunctionObject) => f.func_closure ?? Py_None },
  { name: "__type_params__", get: (f: PyFunctionObject) => f.func_typeparams ?? _PyTuple_FromArray([]) },
  {
    name: "__dict__",
    get: (f: PyFunctionObject) => (f.func_dict ??= PyDict_New_ref()),
    set: (f: PyFunctionObject, v: PyObject | null) => void (f.func_dict = v as PyDictObject),
  },
];
PyMethod_Type.tp_getset = [
  { name: "__func__", get: (m: PyMethodObject) => m.im_func },
  { name: "__self__", get: (m: PyMethodObject) => m.im_self },
];
PyMethod_Type.tp_getattro = (o: PyObject, name: PyObject): PyObject => {
  // Bound methods forward unknown attributes to the function (CPython: method_getattro).
  const r = _PyObject_GenericGetAttrWithDict(o, name, true);
  if (r !== undefined) return r;
  return PyObject_GetAttr((o as PyMethodObject).im_func, name);
};
import { PyDict_New as PyDict_New_ref } from "./dictobject.js";
import { _PyObject_GenericGetAttrWithDict } from "./typeobject.js";
import { PyObject_GetAttr } from "./abstract.js";
