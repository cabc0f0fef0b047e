/**
 * Imports: the builtin (inittab) importer. Source imports over the host file system arrive with issue 9.
 * CPython 3.12: Python/import.c
 */
import { PyObject } from "../Objects/object.js";
import { _PyRuntime, _PyThreadState_GET } from "../pystate.js";

/** CPython 3.12: Python/import.c (PyImport_AppendInittab). Call before Py_Initialize. */
export function PyImport_AppendInittab(name: string, initfunc: () => PyObject): void {
  if (_PyRuntime.initialized) {
    throw new Error("PyImport_AppendInittab() may not be called after Py_Initialize()");
  }
  _PyRuntime.inittab.set(name, initfunc);
}

/** CPython 3.12: Python/import.c (PyImport_GetModuleDict) */
export function PyImport_GetModuleDict(): PyObject {
  return _PyThreadState_GET().interp.modules;
}
/** CPython 3.12: Python/import.c (PyImport_GetModule): the module in sys.modules, or undefined. */
export function PyImport_GetModule(name: PyObject): PyObject | undefined {
  return PyDict_GetItemWithError(_PyThreadState_GET().interp.modules, name);
}
/** CPython 3.12: Python/import.c (PyImport_AddModuleObject): sys.modules[name], created empty if absent. */
export function PyImport_AddModule(name: string): PyModuleObject {
  const modules = _PyThreadState_GET().interp.modules;
  const key = PyUnicode_FromString(name);
  const m = PyDict_GetItemWithError(modules, key);
  if (m !== undefined && PyModule_Check(m)) return m;
  const mod = PyModule_New(name);
  PyDict_SetItem(modules, key, mod);
  return mod;
}

/** Create a builtin module from the inittab (CPython: create_builtin). */
function create_builtin(name: string): PyObject | undefined {
  const interp = _PyThreadState_GET().interp;
  const init = interp.inittab.get(name);
  if (init === undefined) return undefined;
  const mod = init();
  if (PyModule_Check(mod)) {
    if (PyDict_GetItemWithError(mod.md_dict, _Py_ID("__name__")) === undefined) {
      PyDict_SetItem(mod.md_dict, _Py_ID("__name__"), PyUnicode_FromString(name));
    }
  }
  PyDict_SetItem(interp.modules, PyUnicode_FromString(name), mod);
  return mod;
}

/** CPython 3.12: Python/import.c (PyImport_ImportModuleLevelObject), absolute imports of builtin modules. */
export function PyImport_ImportModuleLevelObject(name: PyObject, _globals: PyObject, _locals: PyObject, fromlist: PyObject, level: number): PyObject {
  if (!PyUnicode_Check(name)) PyErr_RaiseFormat(PyExc_TypeError, "module name must be a string");
  if (level < 0) PyErr_RaiseFormat(PyExc_ValueError, "level must be >= 0");
  if (level > 0) PyErr_RaiseFormat(PyExc_ImportError, "attempted relative import with no known parent package");
  const full = name.value;
  if (full === "") PyErr_RaiseFormat(PyExc_ValueError, "Empty module name");
  const parts = full.split(".");
  let top: PyObject | undefined;
  let prefix = "";
  for (let i = 0; i < parts.length; i++) {
    prefix = i === 0 ? parts[0] : `${prefix}.${parts[i]}`;
    let m = PyImport_GetModule(PyUnicode_FromString(prefix));
    if (m === undefined) m = create_builtin(prefix);
    if (m === undefined) {
      PyErr_Raise(PyExc_ModuleNotFoundError, `No module named '${prefix}'`, (e) => {
        e.msg = PyUnicode_FromString(`No module named '${prefix}'`);
        e.name = PyUnicode_FromString(prefix);
        e.path = Py_None;
      });
    }
    if (i === 0) top = m;
  }
  const hasFromlist = fromlist !== Py_None && PyObject_IsTrue(fromlist);
  if (hasFromlist) return PyImport_GetModule(PyUnicode_FromString(full))!;
  return top!;
}
/** CPython 3.12: Python/import.c (PyImport_ImportModule) */
export function PyImport_ImportModule(name: string): PyObject {
  return PyImport_ImportModuleLevelObject(PyUnicode_FromString(name), Py_None, Py_None, _PyTuple_FromArray([PyUnicode_FromString("*")]), 0);
}
/** CPython 3.12: Python/import.c (PyImport_Import) */
export function PyImport_Import(name: PyObject): PyObject {
  return PyImport_ImportModuleLevelObject(name, Py_None, Py_None, _PyTuple_FromArray([PyUnicode_FromString("*")]), 0);
}

import { PyDict_GetItemWithError, PyDict_SetItem } from "../Objects/dictobject.js";
import { PyModuleObject, PyModule_Check, PyModule_New } from "../Objects/moduleobject.js";
import { PyUnicode_FromString, PyUnicode_Check, _Py_ID } from "../Objects/unicodeobject.js";
import { PyErr_RaiseFormat, PyErr_Raise } from "./errors.js";
import { PyExc_TypeError, PyExc_ValueError, PyExc_ImportError, PyExc_ModuleNotFoundError } from "../Objects/exceptions.js";
import { Py_None } from "../Objects/noneobject.js";
import { PyObject_IsTrue } from "../Objects/abstract.js";
import { _PyTuple_FromArray } from "../Objects/tupleobject.js";
