/**
 * Running source: PyRun_*, Py_CompileString*, and printing uncaught exceptions.
 * CPython 3.12: Python/pythonrun.c
 */
import { PyObject } from "../Objects/object.js";
import { _PyRuntime, _PyThreadState_GET } from "../pystate.js";
import type { PyCodeObject } from "../Objects/codeobject.js";
import type { PyDictObject } from "../Objects/dictobject.js";

/** CPython 3.12: Include/compile.h (start symbols) */
export const Py_single_input = 256;
export const Py_file_input = 257;
export const Py_eval_input = 258;
export const Py_func_type_input = 345;

/** Compiler flags. CPython 3.12: Include/cpython/compile.h */
export { PyCF_ONLY_AST, PyCF_DONT_IMPLY_DEDENT, PyCF_ALLOW_INCOMPLETE_INPUT } from "../Include/opcode.js";

function modeOf(start: number): "exec" | "eval" | "single" {
  switch (start) {
    case Py_file_input:
      return "exec";
    case Py_eval_input:
      return "eval";
    case Py_single_input:
      return "single";
  }
  return PyErr_RaiseFormat(PyExc_ValueError, "invalid start symbol");
}

/** CPython 3.12: Python/pythonrun.c (Py_CompileStringExFlags), by mode name or start symbol. */
export function Py_CompileStringExFlags(
  source: string | Uint8Array,
  filename: string,
  mode: "exec" | "eval" | "single" | number,
  flags = 0,
  optimize = -1,
): PyCodeObject {
  const compile = _PyRuntime.compile;
  if (compile === null) PyErr_RaiseFormat(PyExc_SystemError, "no compiler installed (the host must install @typhon/compiler)");
  const m = typeof mode === "number" ? modeOf(mode) : mode;
  return compile(source, filename, m, flags, optimize);
}
/** CPython 3.12: Python/pythonrun.c (Py_CompileString) */
export function Py_CompileString(source: string | Uint8Array, filename: string, start: number): PyCodeObject {
  return Py_CompileStringExFlags(source, filename, start, 0, -1);
}

/** The evaluator's PyEval_EvalCode, reached through the hook the evaluator installs. */
export function PyEval_EvalCodeHook(co: PyCodeObject, globals: PyObject, locals: PyObject): PyObject {
  const f = evalCodeHook;
  if (f === null) PyErr_RaiseFormat(PyExc_SystemError, "no evaluator installed (the host must install @typhon/ceval)");
  return f(co, globals, locals);
}
let evalCodeHook: ((co: PyCodeObject, globals: PyObject, locals: PyObject) => PyObject) | null = null;
/** Installed with the evaluator (see `_PyRuntime_InstallHooks`). */
export function _PyRun_SetEvalCode(f: (co: PyCodeObject, globals: PyObject, locals: PyObject) => PyObject): void {
  evalCodeHook = f;
}

/** CPython 3.12: Python/pythonrun.c (PyRun_StringFlags): compile and run; the result, or a thrown exception. */
export function PyRun_String(source: string, start: number, globals: PyObject, locals: PyObject, filename = "<string>"): PyObject {
  if (PyDict_GetItemWithError(globals, _Py_ID("__builtins__")) === undefined) {
    PyDict_SetItem(globals, _Py_ID("__builtins__"), _PyThreadState_GET().interp.builtins_module!);
  }
  const co = Py_CompileStringExFlags(source, filename, start);
  return PyEval_EvalCodeHook(co, globals, locals);
}

/**
 * CPython 3.12: Python/pythonrun.c (PyRun_SimpleStringFlags): run in __main__; on an uncaught exception print
 * it (PyErr_Print) and return -1, else 0. SystemExit is handled as CPython's handle_system_exit does when
 * `exitOnSystemExit`: its status is returned as `{ exit: code }` by `_PyRun_SimpleStringStatus`.
 */
export function PyRun_SimpleString(source: string): number {
  const st = _PyRun_SimpleStringStatus(source, "<string>");
  return st === 0 ? 0 : -1;
}

/** Run `source` as __main__; returns the process exit status CPython would give (0, 1 or SystemExit's code). */
export function _PyRun_SimpleStringStatus(source: string | Uint8Array, filename: string): number {
  const main = PyImport_AddModule("__main__");
  const d = main.md_dict;
  if (PyDict_GetItemWithError(d, _Py_ID("__builtins__")) === undefined) {
    PyDict_SetItem(d, _Py_ID("__builtins__"), _PyThreadState_GET().interp.builtins_module!);
  }
  try {
    const co = Py_CompileStringExFlags(source, filename, "exec");
    if (filename !== "<string>") PyDict_SetItem(d, _Py_ID("__file__"), PyUnicode_FromString(filename));
    PyEval_EvalCodeHook(co, d, d);
    return 0;
  } catch (e) {
    const exc = _PyErr_FromJS(e);
    if (PyType_IsSubtype(exc.ob_type, PyExc_SystemExit)) return _Py_HandleSystemExit(exc);
    PyErr_Display(exc);
    return 1;
  }
}

/** CPython 3.12: Python/pythonrun.c (_Py_HandleSystemExit): the exit status, printing a non-int code. */
export function _Py_HandleSystemExit(exc: PyBaseExceptionObject): number {
  const code = (exc.code as PyObject | undefined) ?? Py_None;
  if (code === Py_None) return 0;
  if (PyLong_Check(code)) {
    const v = _PyLong_Value(code);
    return typeof v === "number" ? v & 0xff : Number(BigInt.asIntN(8, v)) & 0xff;
  }
  PySys_WriteStderr(PyObject_Str(code).value + "\n");
  return 1;
}

/** Source lines for tracebacks, read through the host file system when the interpreter has one. */
function hostLines(filename: string, lineno: number): string | null {
  const fs = _PyThreadState_GET().interp.config.filesystem;
  if (fs === null) return null;
  try {
    const data = fs.readFile(filename);
    if (data === null) return null;
    const lines = _PyUnicode_DecodeUTF8(data).split(/\r\n|\r|\n/);
    return lines[lineno - 1] ?? null;
  } catch {
    return null;
  }
}

/** CPython 3.12: Python/pythonrun.c (PyErr_Display): print `exc` and its traceback to sys.stderr. */
export function PyErr_Display(exc: PyBaseExceptionObject): void {
  const text = _PyErr_FormatException(exc, hostLines);
  try {
    PySys_WriteStderr(text);
  } catch {
    _PyThreadState_GET().interp.io.stderr(text);
  }
}
/** CPython 3.12: Python/pythonrun.c (PyErr_Print): print and clear the error indicator. */
export function PyErr_Print(): void {
  const exc = PyErr_GetRaisedException();
  if (exc !== null) PyErr_Display(exc);
}

import { PyErr_RaiseFormat, _PyErr_FromJS, PyErr_GetRaisedException } from "./errors.js";
import { PyExc_ValueError, PyExc_SystemError, PyExc_SystemExit, PyBaseExceptionObject } from "../Objects/exceptions.js";
import { PyDict_GetItemWithError, PyDict_SetItem } from "../Objects/dictobject.js";
import { _Py_ID, PyUnicode_FromString } from "../Objects/unicodeobject.js";
import { PyImport_AddModule } from "./import.js";
import { _PyTraceback_RegisterSource, _PyErr_FormatException } from "./traceback.js";
import { PyType_IsSubtype } from "../Objects/object.js";
import { Py_None } from "../Objects/noneobject.js";
import { PyLong_Check, _PyLong_Value } from "../Objects/longobject.js";
import { PySys_WriteStderr } from "./sysmodule.js";
import { PyObject_Str } from "../Objects/abstract.js";
type _D = PyDictObject;
import { _PyUnicode_DecodeUTF8, _PyUnicode_EncodeUTF8 } from "../Objects/stringlib/codecs.js";
void _PyUnicode_EncodeUTF8;
void _PyUnicode_DecodeUTF8;
