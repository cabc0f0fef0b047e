/**
 * The sys module, and the host text streams behind sys.stdout / sys.stderr / sys.stdin.
 * CPython 3.12: Python/sysmodule.c (streams: Modules/_io, simplified to host callbacks)
 */
import { PyBaseObject, PyObject, PyTypeObject, _PyType_NewStatic } from "../Objects/object.js";
import { PyInterpreterState, _PyThreadState_GET } from "../pystate.js";

/** A text stream writing to (or reading from) a host callback: the type of sys.stdout before `io` loads. */
export const PyHostTextIO_Type: PyTypeObject = _PyType_NewStatic("_io.TextIOWrapper");
export class PyHostTextIOObject extends PyBaseObject {
  constructor(
    public name: string,
    public write: ((text: string) => void) | null,
    public readline: (() => string | null) | null,
  ) {
    super(PyHostTextIO_Type);
  }
}

function stream_write(self: PyObject, arg: PyObject): PyObject {
  const s = self as PyHostTextIOObject;
  if (!PyUnicode_Check(arg)) {
    PyErr_RaiseFormat(PyExc_TypeError, `write() argument must be str, not ${Py_TYPE(arg).tp_name}`);
  }
  if (s.write === null) PyErr_RaiseFormat(PyExc_OSError, "not writable");
  s.write(arg.value);
  return PyUnicode_GET_LENGTH(arg);
}
function stream_readline(self: PyObject, _args: PyObject[], _n: number): PyObject {
  const s = self as PyHostTextIOObject;
  if (s.readline === null) PyErr_RaiseFormat(PyExc_OSError, "not readable");
  return PyUnicode_FromString(s.readline() ?? "");
}

/** CPython 3.12: Python/sysmodule.c (_PySys_Create), the parts the skeleton needs. */
export function _PySys_Create(interp: PyInterpreterState): PyModuleObject {
  const sys = PyModule_Create({ m_name: "sys", m_doc: SYS_DOC, m_methods: sys_methods });
  const d = sys.md_dict;
  const cfg = interp.config;
  const set = (k: string, v: PyObject) => PyDict_SetItemString(d, k, v);
  const stdout = new PyHostTextIOObject("<stdout>", interp.io.stdout, null);
  const stderr = new PyHostTextIOObject("<stderr>", interp.io.stderr, null);
  const stdin = new PyHostTextIOObject("<stdin>", null, interp.io.stdin ?? null);
  set("stdout", stdout);
  set("stderr", stderr);
  set("stdin", stdin);
  set("__stdout__", stdout);
  set("__stderr__", stderr);
  set("__stdin__", stdin);
  set("argv", PyList_New(cfg.argv.map((a) => PyUnicode_FromString(a))));
  set("path", PyList_New(cfg.module_search_paths.map((a) => PyUnicode_FromString(a))));
  set("modules", interp.modules);
  set("maxsize", Number.MAX_SAFE_INTEGER === 0 ? 0 : PyLong_FromBigInt(9223372036854775807n));
  set("byteorder", PyUnicode_FromString("little"));
  set("version", PyUnicode_FromString("3.12.7 (typhon) [TypeScript]"));
  set("version_info", _PyTuple_FromArray([3, 12, 7, PyUnicode_FromString("final"), 0]));
  set("hexversion", 0x030c07f0);
  set("platform", PyUnicode_FromString("linux"));
  set("executable", PyUnicode_FromString(""));
  set("copyright", PyUnicode_FromString("Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved."));
  set("dont_write_bytecode", Py_True);
  set("builtin_module_names", _PyTuple_FromArray([...interp.inittab.keys(), "builtins", "sys"].sort().map((n) => PyUnicode_FromString(n))));
  return sys;
}

const SYS_DOC =
  "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.";

const sys_methods: PyMethodDef[] = [
  {
    ml_name: "getrecursionlimit",
    ml_meth: () => _PyThreadState_GET().interp.ceval.recursion_limit,
    ml_flags: METH_NOARGS,
    ml_doc: "Return the current value of the recursion limit.",
  },
  {
    ml_name: "setrecursionlimit",
    ml_meth: (_self: PyObject | null, arg: PyObject) => {
      const n = PyLong_AsLong(arg);
      if (n < 1) PyErr_RaiseFormat(PyExc_ValueError, "recursion limit must be greater or equal than 1");
      const tstate = _PyThreadState_GET();
      const depth = tstate.py_recursion_limit - tstate.py_recursion_remaining;
      if (depth >= n) {
        PyErr_RaiseFormat(PyExc_RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
      }
      tstate.interp.ceval.recursion_limit = n;
      tstate.py_recursion_limit = n;
      tstate.py_recursion_remaining = n - depth;
      return Py_None;
    },
    ml_flags: METH_O,
  },
  {
    ml_name: "exit",
    ml_meth: (_self: PyObject | null, args: PyObject) => {
      const a = (args as PyTupleObject).ob_item;
      if (a.length > 1) PyErr_RaiseFormat(PyExc_TypeError, `exit expected at most 1 argument, got ${a.length}`);
      throw _PyErr_CreateException(PyExc_SystemExit, a.length === 0 ? null : a[0]);
    },
    ml_flags: METH_VARARGS,
    ml_doc: "Exit the interpreter by raising SystemExit(status).",
  },
  {
    ml_name: "exception",
    ml_meth: () => _PyErr_GetTopmostException(_PyThreadState_GET()) ?? Py_None,
    ml_flags: METH_NOARGS,
  },
  {
    ml_name: "exc_info",
    ml_meth: () => {
      const e = _PyErr_GetTopmostException(_PyThreadState_GET());
      if (e === null) return _PyTuple_FromArray([Py_None, Py_None, Py_None]);
      return _PyTuple_FromArray([Py_TYPE(e), e, (e as PyBaseExceptionObject).traceback ?? Py_None]);
    },
    ml_flags: METH_NOARGS,
  },
  {
    ml_name: "intern",
    ml_meth: (_self: PyObject | null, arg: PyObject) => {
      if (!PyUnicode_CheckExact(arg)) PyErr_RaiseFormat(PyExc_TypeError, `intern() argument must be str, not ${Py_TYPE(arg).tp_name}`);
      return PyUnicode_InternInPlace(arg);
    },
    ml_flags: METH_O,
  },
  {
    ml_name: "_getframe",
    ml_meth: (_self: PyObject | null, args: PyObject[], nargs: number) => {
      let depth = nargs > 0 ? PyLong_AsLong(args[0]) : 0;
      let f = _PyThreadState_GET().current_frame;
      while (depth > 0 && f !== null) {
        f = f.previous;
        depth--;
      }
      if (f === null) PyErr_RaiseFormat(PyExc_ValueError, "call stack is not deep enough");
      return _PyFrame_GetFrameObject(f);
    },
    ml_flags: METH_FASTCALL,
  },
];

/** CPython 3.12: Python/errors.c (_PyErr_GetTopmostException): the exception being handled, if any. */
export function _PyErr_GetTopmostException(tstate: { exc_info: { exc_value: PyObject | null; previous_item: unknown } }): PyObject | null {
  let item: { exc_value: PyObject | null; previous_item: unknown } | null = tstate.exc_info;
  while (item !== null && (item.exc_value === null || item.exc_value === Py_None)) {
    item = item.previous_item as typeof item;
  }
  return item === null ? null : item.exc_value;
}

/** CPython 3.12: Python/sysmodule.c (PySys_GetObject) */
export function PySys_GetObject(name: string): PyObject | undefined {
  return PyDict_GetItemString(_PyThreadState_GET().interp.sysdict, name);
}
/** CPython 3.12: Python/sysmodule.c (PySys_SetObject) */
export function PySys_SetObject(name: string, v: PyObject): void {
  PyDict_SetItemString(_PyThreadState_GET().interp.sysdict, name, v);
}
/** Write text to sys.stderr (or the host's stderr when sys.stderr is unusable). CPython: PySys_WriteStderr */
export function PySys_WriteStderr(text: string): void {
  const f = PySys_GetObject("stderr");
  if (f !== undefined && f !== Py_None) {
    PyObject_CallMethod(f, "write", PyUnicode_FromString(text));
    return;
  }
  _PyThreadState_GET().interp.io.stderr(text);
}
export function PySys_WriteStdout(text: string): void {
  const f = PySys_GetObject("stdout");
  if (f !== undefined && f !== Py_None) {
    PyObject_CallMethod(f, "write", PyUnicode_FromString(text));
    return;
  }
  _PyThreadState_GET().interp.io.stdout(text);
}

import { Py_TYPE } from "../Objects/object.js";
import { PyModuleObject, PyModule_Create } from "../Objects/moduleobject.js";
import { PyDict_SetItemString, PyDict_GetItemString } from "../Objects/dictobject.js";
import { PyUnicode_FromString, PyUnicode_Check, PyUnicode_CheckExact, PyUnicode_InternInPlace, PyUnicode_GET_LENGTH } from "../Objects/unicodeobject.js";
import { PyList_New } from "../Objects/listobject.js";
import { PyLong_FromBigInt, PyLong_AsLong, Py_True } from "../Objects/longobject.js";
import { _PyTuple_FromArray, PyTupleObject } from "../Objects/tupleobject.js";
import { Py_None } from "../Objects/noneobject.js";
import { PyMethodDef, METH_NOARGS, METH_O, METH_VARARGS, METH_FASTCALL } from "../Objects/methodobject.js";
import { PyErr_RaiseFormat, _PyErr_CreateException } from "./errors.js";
import { PyExc_TypeError, PyExc_OSError, PyExc_ValueError, PyExc_RecursionError, PyExc_SystemExit, PyBaseExceptionObject } from "../Objects/exceptions.js";
import { _PyFrame_GetFrameObject } from "./traceback.js";
import { PyObject_CallMethod } from "../Objects/call.js";

Object.assign(PyHostTextIO_Type, {
  tp_methods: [
    { ml_name: "write", ml_meth: stream_write, ml_flags: METH_O },
    { ml_name: "flush", ml_meth: () => Py_None, ml_flags: METH_NOARGS },
    { ml_name: "readline", ml_meth: stream_readline, ml_flags: METH_FASTCALL },
  ],
  tp_repr: (o: PyObject) => PyUnicode_FromString(`<_io.TextIOWrapper name='${(o as PyHostTextIOObject).name}' mode='${(o as PyHostTextIOObject).write ? "w" : "r"}' encoding='utf-8'>`),
});
