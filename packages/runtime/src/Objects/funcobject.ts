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
