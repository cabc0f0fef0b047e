/**
 * Calling objects: tp_call, vectorcall, and the PyMethodDef conventions of built-in functions.
 * CPython 3.12: Objects/call.c, Objects/methodobject.c (cfunction_vectorcall_*)
 */
import { PyObject, Py_TYPE } from "./object.js";
import { PyErr_RaiseFormat, _Py_CheckFunctionResult } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_RecursionError } from "./exceptions.js";
import { PyTupleObject, _PyTuple_FromArray } from "./tupleobject.js";
import { PyDictObject, PyDict_New, PyDict_SetItem } from "./dictobject.js";
import {
  PyCFunctionObject,
  PyMethodDef,
  METH_VARARGS,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  METH_FASTCALL,
  PyCFunctionWithKeywords,
  _PyCFunctionFastWithKeywords,
  _PyCFunctionFast,
  PyCFunction_O,
  PyCFunction_NoArgs,
} from "./methodobject.js";
import { _PyThreadState_GET } from "../pystate.js";

/** CPython 3.12: Objects/call.c (PyObject_Call) */
export function PyObject_Call(callable: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const t = Py_TYPE(callable);
  const call = t.tp_call;
  if (call === null) {
    PyErr_RaiseFormat(PyExc_TypeError, `'${t.tp_name}' object is not callable`);
  }
  const tstate = _PyThreadState_GET();
  if (--tstate.c_recursion_remaining < 0) {
    tstate.c_recursion_remaining++;
    PyErr_RaiseFormat(PyExc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  try {
    return call(callable, args, kwargs);
  } finally {
    tstate.c_recursion_remaining++;
  }
}
/** CPython 3.12: Objects/call.c (PyObject_CallObject) */
export function PyObject_CallObject(callable: PyObject, args: PyObject | null): PyObject {
  return PyObject_Call(callable, args ?? _PyTuple_FromArray([]), null);
}
/** CPython 3.12: Objects/call.c (PyObject_CallNoArgs) */
export function PyObject_CallNoArgs(callable: PyObject): PyObject {
  return PyObject_Vectorcall(callable, [], 0, 0, null);
}
/** CPython 3.12: Objects/call.c (PyObject_CallOneArg) */
export function PyObject_CallOneArg(callable: PyObject, arg: PyObject): PyObject {
  return PyObject_Vectorcall(callable, [arg], 0, 1, null);
}
/** CPython 3.12: Objects/call.c (PyObject_CallFunctionObjArgs) */
export function PyObject_CallFunctionObjArgs(callable: PyObject, ...args: PyObject[]): PyObject {
  return PyObject_Vectorcall(callable, args, 0, args.length, null);
}
/** CPython 3.12: Objects/call.c (PyObject_CallMethodObjArgs), with the method name as a JS string. */
export function PyObject_CallMethod(obj: PyObject, name: string, ...args: PyObject[]): PyObject {
  const meth = PyObject_GetAttr(obj, PyUnicode_InternFromString(name));
  return PyObject_Vectorcall(meth, args, 0, args.length, null);
}

/**
 * CPython 3.12: Objects/call.c (PyObject_Vectorcall), over a window of `args`: positional arguments are
 * `args[start .. start+nargs)`, followed by one value per name in `kwnames` (a tuple of str, or null).
 */
export function PyObject_Vectorcall(
  callable: PyObject,
  args: readonly PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
): PyObject {
  const t = Py_TYPE(callable);
  const vc = t.tp_vectorcall;
  if (vc !== null) {
    const tstate = _PyThreadState_GET();
    if (--tstate.c_recursion_remaining < 0) {
      tstate.c_recursion_remaining++;
      PyErr_RaiseFormat(PyExc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
    }
    try {
      return vc(callable, args, start, nargs, kwnames);
    } finally {
      tstate.c_recursion_remaining++;
    }
  }
  const [tuple, kwargs] = _PyStack_AsTupleAndDict(args, start, nargs, kwnames);
  return PyObject_Call(callable, tuple, kwargs);
}

/** Positional window → tuple, keyword tail → dict (CPython: _PyStack_AsDict). */
export function _PyStack_AsTupleAndDict(
  args: readonly PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
): [PyTupleObject, PyDictObject | null] {
  const tuple = _PyTuple_FromArray(args.slice(start, start + nargs) as PyObject[]);
  if (kwnames === null) return [tuple, null];
  const names = (kwnames as PyTupleObject).ob_item;
  if (names.length === 0) return [tuple, null];
  const kwargs = PyDict_New();
  for (let i = 0; i < names.length; i++) PyDict_SetItem(kwargs, names[i], args[start + nargs + i]);
  return [tuple, kwargs];
}

/**
 * The name a built-in reports in argument errors: "len", "sys.intern" (module functions other than builtins'),
 * "list.append" (methods). CPython 3.12: Objects/object.c (_PyObject_FunctionStr)
 */
function cfunctionName(f: PyCFunctionObject): string {
  const self = f.m_self;
  if (self === null) return f.m_ml.ml_name;
  if (self instanceof PyModuleObject) {
    const name = PyDict_GetItemWithError(self.md_dict, _Py_ID("__name__"));
    if (name !== undefined && PyUnicode_Check(name) && name.value !== "builtins") return `${name.value}.${f.m_ml.ml_name}`;
    return f.m_ml.ml_name;
  }
  if (self instanceof PyTypeObjectRef()) return `${(self as PyTypeObject).tp_name}.${f.m_ml.ml_name}`;
  return `${Py_TYPE(self).tp_name}.${f.m_ml.ml_name}`;
}
import { PyModuleObject } from "./moduleobject.js";
import { PyDict_GetItemWithError } from "./dictobject.js";
import { _Py_ID, PyUnicode_Check } from "./unicodeobject.js";

/** CPython 3.12: Objects/methodobject.c (cfunction_vectorcall_*): dispatch on the PyMethodDef flags. */
export function _PyCFunction_Vectorcall(
  callable: PyObject,
  args: readonly PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
): PyObject {
  const f = callable as PyCFunctionObject;
  return _PyMethodDef_Call(f.m_ml, f.m_self, args, start, nargs, kwnames, () => cfunctionName(f));
}

/** Call a PyMethodDef with `self` and a vectorcall argument window, enforcing its convention's arity. */
export function _PyMethodDef_Call(
  ml: PyMethodDef,
  self: PyObject | null,
  args: readonly PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
  name: () => string,
): PyObject {
  const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).ob_item.length;
  const flags = ml.ml_flags & (METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_KEYWORDS);
  let result: PyObject | null;
  try {
    switch (flags) {
      case METH_NOARGS:
        if (nkw !== 0) noKeywords(name());
        if (nargs !== 0) PyErr_RaiseFormat(PyExc_TypeError, `${name()}() takes no arguments (${nargs} given)`);
        result = (ml.ml_meth as PyCFunction_NoArgs)(self, null);
        break;
      case METH_O:
        if (nkw !== 0) noKeywords(name());
        if (nargs !== 1) PyErr_RaiseFormat(PyExc_TypeError, `${name()}() takes exactly one argument (${nargs} given)`);
        result = (ml.ml_meth as PyCFunction_O)(self, args[start]);
        break;
      case METH_FASTCALL: {
        if (nkw !== 0) noKeywords(name());
        const a = start === 0 && args.length === nargs ? (args as PyObject[]) : args.slice(start, start + nargs);
        result = (ml.ml_meth as _PyCFunctionFast)(self, a, nargs);
        break;
      }
      case METH_FASTCALL | METH_KEYWORDS: {
        const a = args.slice(start, start + nargs + nkw);
        result = (ml.ml_meth as _PyCFunctionFastWithKeywords)(self, a, nargs, nkw === 0 ? null : kwnames);
        break;
      }
      case METH_VARARGS: {
        if (nkw !== 0) noKeywords(name());
        result = (ml.ml_meth as (s: PyObject | null, a: PyObject) => PyObject | null)(
          self,
          _PyTuple_FromArray(args.slice(start, start + nargs)),
        );
        break;
      }
      case METH_VARARGS | METH_KEYWORDS: {
        const [tuple, kwargs] = _PyStack_AsTupleAndDict(args, start, nargs, kwnames);
        result = (ml.ml_meth as PyCFunctionWithKeywords)(self, tuple, kwargs);
        break;
      }
      default:
        PyErr_RaiseFormat(PyExc_SystemError_ref(), `${name()}() method: bad call flags`);
    }
  } catch (e) {
    throw _PyErr_FromJS(e);
  }
  return _Py_CheckFunctionResult(result, `${name()}()`);
}

function noKeywords(name: string): never {
  PyErr_RaiseFormat(PyExc_TypeError, `${name}() takes no keyword arguments`);
}

/** CPython 3.12: Objects/methodobject.c (cfunction_call): tp_call for built-in functions. */
export function cfunction_call(callable: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const argv = (args as PyTupleObject).ob_item;
  if (kwargs === null || (kwargs as PyDictObject).size === 0) {
    return _PyCFunction_Vectorcall(callable, argv, 0, argv.length, null);
  }
  const names: PyObject[] = [];
  const all = argv.slice();
  for (const [k, v] of (kwargs as PyDictObject).entries()) {
    names.push(k);
    all.push(v);
  }
  return _PyCFunction_Vectorcall(callable, all, 0, argv.length, _PyTuple_FromArray(names));
}

import { PyObject_GetAttr } from "./abstract.js";
import { PyUnicode_InternFromString } from "./unicodeobject.js";
import { PyCFunction_Type } from "./methodobject.js";
import { PyTypeObject } from "./object.js";
import { PyExc_SystemError } from "./exceptions.js";
import { _PyErr_FromJS } from "../Python/errors.js";
function PyTypeObjectRef() {
  return PyTypeObject;
}
function PyExc_SystemError_ref() {
  return PyExc_SystemError;
}

PyCFunction_Type.tp_call = cfunction_call;
PyCFunction_Type.tp_vectorcall = _PyCFunction_Vectorcall;
PyCFunction_Type.tp_repr = (o: PyObject) => {
  const f = o as PyCFunctionObject;
  const self = f.m_self;
  if (self === null || Py_TYPE(self).tp_name === "module") {
    return PyUnicode_FromString(`<built-in function ${f.m_ml.ml_name}>`);
  }
  return PyUnicode_FromString(`<built-in method ${f.m_ml.ml_name} of ${Py_TYPE(self).tp_name} object at ${_Py_IdAddress(self)}>`);
};
import { PyUnicode_FromString } from "./unicodeobject.js";
import { _Py_IdAddress } from "./typeobject.js";
