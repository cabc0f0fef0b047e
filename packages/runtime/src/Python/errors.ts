/**
 * Error handling. Typhon's convention (docs/design.md, "Errors"): inside the VM a failing operation *throws* the
 * Python exception object; a CPython-style error indicator (`tstate.curexc`) exists beside it for the C-API, and
 * the boundaries convert between the two (`_Py_CheckFunctionResult` for host functions that set the indicator and
 * return null; the `typhon` package's C-API layer for hosts that want NULL-returning functions).
 * CPython 3.12: Python/errors.c
 */
import { PyObject, PyTypeObject, Py_TYPE, PyType_IsSubtype, PyBaseObject } from "../Objects/object.js";
import { PyBaseExceptionObject } from "../Objects/exceptions.js";
import { _PyThreadState_GET } from "../pystate.js";

/** CPython 3.12: Include/pyerrors.h (PyExceptionClass_Check) */
export function PyExceptionClass_Check(o: PyObject): o is PyTypeObject {
  return o instanceof PyTypeObject && PyType_IsSubtype(o, PyExc_BaseException);
}
/** CPython 3.12: Include/pyerrors.h (PyExceptionInstance_Check) */
export function PyExceptionInstance_Check(o: unknown): o is PyBaseExceptionObject {
  return o instanceof PyBaseExceptionObject;
}

/**
 * CPython 3.12: Python/errors.c (_PyErr_CreateException): instantiate `type` with `value` (a tuple of
 * arguments, a single argument, or nothing).
 */
export function _PyErr_CreateException(type: PyTypeObject, value: PyObject | null): PyBaseExceptionObject {
  let args: PyObject[];
  if (value === null || value === Py_None) args = [];
  else if (PyTuple_Check(value)) args = value.ob_item;
  else args = [value];
  const exc = PyObject_Call(type, _PyTuple_FromArray(args), null);
  if (!PyExceptionInstance_Check(exc)) {
    return _PyErr_NewTypeError(
      `calling ${PyUnicode_AsUTF8(PyObject_Repr(type))} should have returned an instance of BaseException, not ${Py_TYPE(exc).tp_name}`,
    );
  }
  return exc;
}

function _PyErr_NewTypeError(msg: string): PyBaseExceptionObject {
  return PyErr_NewExceptionObject(PyExc_TypeError, msg);
}

/** A new instance of a built-in exception type with one str argument (no Python code runs). */
export function PyErr_NewExceptionObject(type: PyTypeObject, msg: string | null): PyBaseExceptionObject {
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) {
    return _PyErr_CreateException(type, msg === null ? null : PyUnicode_FromString(msg));
  }
  const exc = new PyBaseExceptionObject(type);
  exc.args = _PyTuple_FromArray(msg === null ? [] : [PyUnicode_FromString(msg)]);
  return exc;
}

/**
 * Raise `type(msg)` by throwing it: the internal form of `PyErr_SetString(type, msg); return NULL;`.
 * `init` may set extra fields (AttributeError's name/obj, ...) before the throw.
 */
export function PyErr_Raise(type: PyTypeObject, msg: string, init?: (exc: PyBaseExceptionObject) => void): never {
  const exc = PyErr_NewExceptionObject(type, msg);
  if (init !== undefined) init(exc);
  throw exc;
}
/** The internal form of `PyErr_Format(type, fmt, ...)`: the message is already formatted (template literal). */
export function PyErr_RaiseFormat(type: PyTypeObject, msg: string): never {
  throw PyErr_NewExceptionObject(type, msg);
}
/** Throw an exception instance, or instantiate an exception class and throw that (the RAISE_VARARGS rules). */
export function _PyErr_Throw(excOrType: PyObject): never {
  if (PyExceptionInstance_Check(excOrType)) throw excOrType;
  if (PyExceptionClass_Check(excOrType)) throw _PyErr_CreateException(excOrType, null);
  PyErr_RaiseFormat(PyExc_TypeError, "exceptions must derive from BaseException");
}

/** CPython 3.12: Python/errors.c (_PyErr_SetKeyError): KeyError(key), even when key is a tuple. */
export function _PyErr_SetKeyError(key: PyObject): never {
  const exc = new PyBaseExceptionObject(PyExc_KeyError);
  exc.args = _PyTuple_FromArray([key]);
  throw exc;
}
/** CPython 3.12: Python/errors.c (PyErr_NoMemory) */
export function PyErr_NoMemory(): never {
  const exc = new PyBaseExceptionObject(PyExc_MemoryError);
  exc.args = _PyTuple_FromArray([]);
  throw exc;
}

// ---- The error indicator, CPython's way (used at the C-API boundary) ----

/** CPython 3.12: Python/errors.c (PyErr_SetRaisedException) */
export function PyErr_SetRaisedException(exc: PyObject | null): void {
  _PyThreadState_GET().current_exception = exc as PyBaseExceptionObject | null;
}
/** CPython 3.12: Python/errors.c (PyErr_GetRaisedException): take the current exception and clear it. */
export function PyErr_GetRaisedException(): PyBaseExceptionObject | null {
  const tstate = _PyThreadState_GET();
  const exc = tstate.current_exception;
  tstate.current_exception = null;
  return exc;
}
/** CPython 3.12: Python/errors.c (PyErr_Occurred): the type of the current exception, or null. */
export function PyErr_Occurred(): PyTypeObject | null {
  const exc = _PyThreadState_GET().current_exception;
  return exc === null ? null : exc.ob_type;
}
/** CPython 3.12: Python/errors.c (PyErr_Clear) */
export function PyErr_Clear(): void {
  _PyThreadState_GET().current_exception = null;
}
/** CPython 3.12: Python/errors.c (PyErr_SetObject) */
export function PyErr_SetObject(type: PyTypeObject, value: PyObject | null): void {
  const exc = value !== null && PyExceptionInstance_Check(value) ? value : _PyErr_CreateException(type, value);
  PyErr_SetRaisedException(exc);
}
/** CPython 3.12: Python/errors.c (PyErr_SetString) */
export function PyErr_SetString(type: PyTypeObject, msg: string): void {
  PyErr_SetRaisedException(PyErr_NewExceptionObject(type, msg));
}
/** CPython 3.12: Python/errors.c (PyErr_SetNone) */
export function PyErr_SetNone(type: PyTypeObject): void {
  PyErr_SetObject(type, null);
}
/** CPython 3.12: Python/errors.c (PyErr_Format); the message comes formatted (use a template literal). */
export function PyErr_Format(type: PyTypeObject, msg: string): null {
  PyErr_SetString(type, msg);
  return null;
}
/** CPython 3.12: Python/errors.c (PyErr_GivenExceptionMatches) */
export function PyErr_GivenExceptionMatches(given: PyObject | null, exc: PyObject): boolean {
  if (given === null) return false;
  if (PyTuple_Check(exc)) {
    for (const e of exc.ob_item) if (PyErr_GivenExceptionMatches(given, e)) return true;
    return false;
  }
  const g = PyExceptionInstance_Check(given) ? given.ob_type : given;
  if (g instanceof PyTypeObject && exc instanceof PyTypeObject) return PyType_IsSubtype(g, exc);
  return given === exc;
}
/** CPython 3.12: Python/errors.c (PyErr_ExceptionMatches) */
export function PyErr_ExceptionMatches(exc: PyObject): boolean {
  return PyErr_GivenExceptionMatches(PyErr_Occurred(), exc);
}

/**
 * Turn anything a JS `catch` may receive into a Python exception: Python exceptions pass through; V8's stack
 * overflow becomes RecursionError; allocation failures become MemoryError; other JS errors become SystemError
 * (a bug in Typhon) or, from host code, the exception the host boundary chose.
 */
export function _PyErr_FromJS(e: unknown): PyBaseExceptionObject {
  if (e instanceof PyBaseExceptionObject) return e;
  if (e instanceof RangeError) {
    if (/call stack/i.test(e.message)) {
      return PyErr_NewExceptionObject(PyExc_RecursionError, "maximum recursion depth exceeded");
    }
    if (/Invalid (array|string|typed array) length|allocation failed|Array buffer allocation/i.test(e.message)) {
      const m = new PyBaseExceptionObject(PyExc_MemoryError);
      m.args = _PyTuple_FromArray([]);
      return m;
    }
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const exc = PyErr_NewExceptionObject(PyExc_SystemError, `internal error: ${msg}`);
  exc.__js_error__ = e;
  return exc;
}

/**
 * CPython 3.12: Objects/call.c (_Py_CheckFunctionResult): a host function returned `result`; a null result
 * must come with the indicator set, and a real result must not.
 */
export function _Py_CheckFunctionResult(result: PyObject | null | undefined, where: string): PyObject {
  const tstate = _PyThreadState_GET();
  const exc = tstate.current_exception;
  if (result === null || result === undefined) {
    if (exc === null) PyErr_RaiseFormat(PyExc_SystemError, `${where} returned NULL without setting an exception`);
    tstate.current_exception = null;
    throw exc;
  }
  if (exc !== null) {
    tstate.current_exception = null;
    const err = PyErr_NewExceptionObject(PyExc_SystemError, `${where} returned a result with an exception set`);
    err.cause = exc;
    err.context = exc;
    throw err;
  }
  return result;
}

import {
  PyExc_BaseException,
  PyExc_TypeError,
  PyExc_KeyError,
  PyExc_MemoryError,
  PyExc_RecursionError,
  PyExc_SystemError,
} from "../Objects/exceptions.js";
import { Py_TPFLAGS_HEAPTYPE } from "../Objects/object.js";
import { Py_None } from "../Objects/noneobject.js";
import { PyTuple_Check, _PyTuple_FromArray } from "../Objects/tupleobject.js";
import { PyUnicode_FromString, PyUnicode_AsUTF8 } from "../Objects/unicodeobject.js";
import { PyObject_Repr } from "../Objects/abstract.js";
import { PyObject_Call } from "../Objects/call.js";
void PyBaseObject;
