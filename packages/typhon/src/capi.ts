/**
 * The C-API error convention for hosts. Inside Typhon a failing call throws the Python exception (fast, and
 * natural in TypeScript); CPython's C-API instead returns NULL (here `null`; -1 for int-returning functions)
 * with the thread's error indicator set. The functions below are the `typhon` package's CPython-exact forms
 * of the runtime's throwing ones: same names, same arguments, CPython's failure convention. `PyErr_Occurred`,
 * `PyErr_GetRaisedException`, `PyErr_Print` and friends then behave as in CPython.
 *
 * docs/embedding.md explains when to use which; the throwing forms stay available from @typhon/runtime.
 */
import * as rt from "@typhon/runtime";
import { PyEval_EvalCode as evalCodeThrowing, PyEval_EvalCodeEx as evalCodeExThrowing } from "@typhon/ceval";

type AnyFn = (...args: never[]) => unknown;

/** Wrap a throwing function: on a Python exception, set the indicator and return `failure`. */
function capi<F extends AnyFn, R>(fn: F, failure: R): (...args: Parameters<F>) => ReturnType<F> | R {
  return (...args: Parameters<F>) => {
    try {
      return (fn as unknown as (...a: Parameters<F>) => ReturnType<F>)(...args);
    } catch (e) {
      rt.PyErr_SetRaisedException(rt._PyErr_FromJS(e));
      return failure;
    }
  };
}
/** For void functions: 0 on success, -1 with the indicator set on failure (CPython's int-returning form). */
function capiInt<F extends AnyFn>(fn: F): (...args: Parameters<F>) => number {
  return (...args: Parameters<F>) => {
    try {
      (fn as unknown as (...a: Parameters<F>) => unknown)(...args);
      return 0;
    } catch (e) {
      rt.PyErr_SetRaisedException(rt._PyErr_FromJS(e));
      return -1;
    }
  };
}
/** For predicates: 1/0, or -1 with the indicator set. */
function capiBool<F extends (...args: never[]) => boolean>(fn: F): (...args: Parameters<F>) => number {
  return (...args: Parameters<F>) => {
    try {
      return (fn as unknown as (...a: Parameters<F>) => boolean)(...args) ? 1 : 0;
    } catch (e) {
      rt.PyErr_SetRaisedException(rt._PyErr_FromJS(e));
      return -1;
    }
  };
}

/** CPython 3.12: Python/pythonrun.c (PyRun_StringFlags) — the result, or null with the error indicator set. */
export const PyRun_String = capi(rt.PyRun_String, null);
/** CPython 3.12: Python/pythonrun.c (Py_CompileString) — a code object, or null with the indicator set. */
export const Py_CompileString = capi(rt.Py_CompileString, null);
/** CPython 3.12: Python/pythonrun.c (Py_CompileStringExFlags) */
export const Py_CompileStringExFlags = capi(rt.Py_CompileStringExFlags, null);
/** CPython 3.12: Python/ceval.c (PyEval_EvalCode) */
export const PyEval_EvalCode = capi(evalCodeThrowing, null);
/** CPython 3.12: Python/ceval.c (PyEval_EvalCodeEx) */
export const PyEval_EvalCodeEx = capi(evalCodeExThrowing, null);

export const PyObject_GetAttr = capi(rt.PyObject_GetAttr, null);
export const PyObject_GetAttrString = capi(rt.PyObject_GetAttrString, null);
export const PyObject_SetAttr = capiInt(rt.PyObject_SetAttr);
export const PyObject_DelAttr = capiInt(rt.PyObject_DelAttr);
export const PyObject_HasAttr = capiBool(rt.PyObject_HasAttr);
export const PyObject_Repr = capi(rt.PyObject_Repr, null);
export const PyObject_Str = capi(rt.PyObject_Str, null);
export const PyObject_Hash = capi(rt.PyObject_Hash, -1);
export const PyObject_IsTrue = capiBool(rt.PyObject_IsTrue);
export const PyObject_Not = capiBool(rt.PyObject_Not);
export const PyObject_RichCompare = capi(rt.PyObject_RichCompare, null);
export const PyObject_RichCompareBool = capiBool(rt.PyObject_RichCompareBool);
export const PyObject_GetItem = capi(rt.PyObject_GetItem, null);
export const PyObject_SetItem = capiInt(rt.PyObject_SetItem);
export const PyObject_DelItem = capiInt(rt.PyObject_DelItem);
export const PyObject_Size = capi(rt.PyObject_Size, -1);
export const PyObject_Length = PyObject_Size;
export const PyObject_GetIter = capi(rt.PyObject_GetIter, null);
/** CPython 3.12: Objects/abstract.c (PyIter_Next) — the next item; null at exhaustion or on error. */
export const PyIter_Next = capi((it: rt.PyObject) => rt.PyIter_Next(it) ?? null, null);
export const PyObject_Call = capi(rt.PyObject_Call, null);
export const PyObject_CallObject = capi(rt.PyObject_CallObject, null);
export const PyObject_CallNoArgs = capi(rt.PyObject_CallNoArgs, null);
export const PyObject_CallOneArg = capi(rt.PyObject_CallOneArg, null);
export const PyObject_CallFunctionObjArgs = capi(rt.PyObject_CallFunctionObjArgs, null);
export const PyObject_CallMethod = capi(rt.PyObject_CallMethod, null);
export const PyObject_IsInstance = capiBool(rt.PyObject_IsInstance);
export const PyObject_IsSubclass = capiBool(rt.PyObject_IsSubclass);
/** CPython 3.12: Objects/call.c (PyObject_Vectorcall): `args` holds the positional then keyword values. */
export const PyObject_Vectorcall = capi(
  (callable: rt.PyObject, args: readonly rt.PyObject[], nargs: number, kwnames: rt.PyObject | null = null) =>
    rt.PyObject_Vectorcall(callable, args, 0, nargs, kwnames),
  null,
);

export const PyNumber_Add = capi(rt.PyNumber_Add, null);
export const PyNumber_Subtract = capi(rt.PyNumber_Subtract, null);
export const PyNumber_Multiply = capi(rt.PyNumber_Multiply, null);
export const PyNumber_TrueDivide = capi(rt.PyNumber_TrueDivide, null);
export const PyNumber_FloorDivide = capi(rt.PyNumber_FloorDivide, null);
export const PyNumber_Remainder = capi(rt.PyNumber_Remainder, null);
export const PyNumber_Divmod = capi(rt.PyNumber_Divmod, null);
export const PyNumber_Power = capi(rt.PyNumber_Power, null);
export const PyNumber_Negative = capi(rt.PyNumber_Negative, null);
export const PyNumber_Positive = capi(rt.PyNumber_Positive, null);
export const PyNumber_Absolute = capi(rt.PyNumber_Absolute, null);
export const PyNumber_Invert = capi(rt.PyNumber_Invert, null);
export const PyNumber_Lshift = capi(rt.PyNumber_Lshift, null);
export const PyNumber_Rshift = capi(rt.PyNumber_Rshift, null);
export const PyNumber_And = capi(rt.PyNumber_And, null);
export const PyNumber_Or = capi(rt.PyNumber_Or, null);
export const PyNumber_Xor = capi(rt.PyNumber_Xor, null);
export const PyNumber_Index = capi(rt.PyNumber_Index, null);
export const PyNumber_Long = capi(rt.PyNumber_Long, null);

export const PyImport_ImportModule = capi(rt.PyImport_ImportModule, null);
export const PyImport_Import = capi(rt.PyImport_Import, null);
export const PyDict_SetItem = capiInt(rt.PyDict_SetItem);
export const PyDict_SetItemString = capiInt(rt.PyDict_SetItemString);
/** CPython 3.12: Objects/dictobject.c (PyDict_GetItemWithError): the value, or null (absent, or error set). */
export const PyDict_GetItemWithError = capi((d: rt.PyObject, k: rt.PyObject) => rt.PyDict_GetItemWithError(d, k) ?? null, null);
/** CPython 3.12: Objects/dictobject.c (PyDict_GetItemString): null when absent; errors are swallowed, as in C. */
export function PyDict_GetItemString(d: rt.PyObject, key: string): rt.PyObject | null {
  try {
    return rt.PyDict_GetItemString(d, key) ?? null;
  } catch {
    return null;
  }
}
export const PyDict_DelItem = capiInt(rt.PyDict_DelItem);
export const PyLong_AsLong = capi(rt.PyLong_AsLong, -1);
export const PyLong_AsDouble = capi(rt.PyLong_AsDouble, -1);
export const PyFloat_AsDouble = capi(rt.PyFloat_AsDouble, -1);
