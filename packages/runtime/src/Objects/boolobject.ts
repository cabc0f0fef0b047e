/**
 * bool lives in longobject.ts: PyBoolObject extends PyLongObject, and a class must be defined in the module of
 * its base (or one evaluated strictly after it) to stay clear of ES-module cycle ordering. This module is the
 * CPython-named entry point. CPython 3.12: Objects/boolobject.c
 */
export { PyBool_Type, PyBoolObject, Py_True, Py_False, PyBool_FromLong, PyBool_Check, Py_IsTrue, Py_IsFalse } from "./longobject.js";
