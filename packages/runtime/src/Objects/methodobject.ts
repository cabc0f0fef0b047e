/**
 * Built-in functions and methods (`builtin_function_or_method`) and the PyMethodDef calling conventions.
 * CPython 3.12: Objects/methodobject.c, Include/methodobject.h
 */
import { PyBaseObject, PyObject, PyTypeObject, _PyType_NewStatic } from "./object.js";

/** CPython 3.12: Include/methodobject.h (METH_* flags) */
export const METH_VARARGS = 0x0001;
export const METH_KEYWORDS = 0x0002;
export const METH_NOARGS = 0x0004;
export const METH_O = 0x0008;
export const METH_CLASS = 0x0010;
export const METH_STATIC = 0x0020;
export const METH_COEXIST = 0x0040;
export const METH_FASTCALL = 0x0080;
export const METH_METHOD = 0x0200;

/** `METH_NOARGS`: (self, null). */
export type PyCFunction_NoArgs = (self: PyObject | null, unused: null) => PyObject | null;
/** `METH_O`: (self, arg). */
export type PyCFunction_O = (self: PyObject | null, arg: PyObject) => PyObject | null;
/** `METH_VARARGS`: (self, args tuple). */
export type PyCFunction = (self: PyObject | null, args: PyObject) => PyObject | null;
/** `METH_VARARGS | METH_KEYWORDS`: (self, args tuple, kwargs dict or null). */
export type PyCFunctionWithKeywords = (self: PyObject | null, args: PyObject, kwargs: PyObject | null) => PyObject | null;
/** `METH_FASTCALL`: (self, args array, nargs). */
export type _PyCFunctionFast = (self: PyObject | null, args: PyObject[], nargs: number) => PyObject | null;
/** `METH_FASTCALL | METH_KEYWORDS`: (self, args array (positional then keyword values), nargs, kwnames tuple or null). */
export type _PyCFunctionFastWithKeywords = (
  self: PyObject | null,
  args: PyObject[],
  nargs: number,
  kwnames: PyObject | null,
) => PyObject | null;

/**
 * CPython 3.12: Include/methodobject.h (PyMethodDef). A host function may report failure by throwing (a
 * Python exception, or any JS error, which becomes a Python exception), or as in C by setting the error
 * indicator (PyErr_SetString) and returning null.
 */
export interface PyMethodDef {
  ml_name: string;
  ml_meth: PyCFunction_NoArgs | PyCFunction_O | PyCFunction | PyCFunctionWithKeywords | _PyCFunctionFast | _PyCFunctionFastWithKeywords;
  ml_flags: number;
  ml_doc?: string | null;
}

/** CPython 3.12: Objects/methodobject.c (PyCFunction_Type) */
export const PyCFunction_Type: PyTypeObject = _PyType_NewStatic("builtin_function_or_method");

/** CPython 3.12: Include/cpython/methodobject.h (PyCFunctionObject) */
export class PyCFunctionObject extends PyBaseObject {
  constructor(
    public m_ml: PyMethodDef,
    public m_self: PyObject | null,
    public m_module: PyObject | null,
  ) {
    super(PyCFunction_Type);
  }
}

/** CPython 3.12: Objects/methodobject.c (PyCFunction_NewEx) */
export function PyCFunction_NewEx(ml: PyMethodDef, self: PyObject | null, module: PyObject | null): PyCFunctionObject {
  return new PyCFunctionObject(ml, self, module);
}
export function PyCFunction_New(ml: PyMethodDef, self: PyObject | null): PyCFunctionObject {
  return new PyCFunctionObject(ml, self, null);
}
export function PyCFunction_Check(o: PyObject): o is PyCFunctionObject {
  return o instanceof PyCFunctionObject;
}
