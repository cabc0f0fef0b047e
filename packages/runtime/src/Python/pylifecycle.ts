/**
 * Interpreter lifecycle. CPython 3.12: Python/pylifecycle.c
 */
import { _PyRuntime, PyInterpreterState, PyThreadState, PyThreadState_Swap, PyHostIO } from "../pystate.js";
import { PyConfig, PyConfig_InitPythonConfig } from "./initconfig.js";
import { PyTypeObject, PyType_Type, PyBaseObject_Type } from "../Objects/object.js";

/** CPython 3.12: Include/cpython/initconfig.h (PyStatus) */
export interface PyStatus {
  _type: 0 | 1 | 2;
  err_msg: string | null;
  exitcode: number;
}
export function PyStatus_Ok(): PyStatus {
  return { _type: 0, err_msg: null, exitcode: 0 };
}
export function PyStatus_Exception(s: PyStatus): boolean {
  return s._type !== 0;
}
export function PyStatus_IsError(s: PyStatus): boolean {
  return s._type === 1;
}

function allStaticTypes(): PyTypeObject[] {
  return [
    PyBaseObject_Type, PyType_Type, _PyNone_Type, _PyNotImplemented_Type, PyEllipsis_Type, PyLong_Type, PyBool_Type,
    PyFloat_Type, PyComplex_Type, PyUnicode_Type, PyBytes_Type, PyTuple_Type, PyList_Type, PyDict_Type,
    PySet_Type, PyFrozenSet_Type, PySetIter_Type, PyRange_Type, PyRangeIter_Type, PyLongRangeIter_Type, PySlice_Type,
    PyTupleIter_Type, PyListIter_Type, PyListRevIter_Type, PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type,
    PyDictIterKey_Type, PyDictIterValue_Type, PyDictIterItem_Type, PyDictRevIterKey_Type, PyDictRevIterValue_Type,
    PyDictRevIterItem_Type, PyEnum_Type, PyReversed_Type, PyZip_Type, PyMap_Type, PyFilter_Type, PyCallIter_Type,
    PyUnicodeIter_Type, _PyUnicodeASCIIIter_Type,
    PyCFunction_Type, PyMethodDescr_Type, PyClassMethodDescr_Type, PyGetSetDescr_Type, PyMemberDescr_Type,
    PyModule_Type, PyFunction_Type, PyMethod_Type, PyCode_Type, PySeqIter_Type, PyHostTextIO_Type,
    PyTraceBack_Type, PyFrame_Type, PyCell_Type, PyWrapperDescr_Type, PyMethodWrapper_Type, PySuper_Type,
    PyProperty_Type, PyClassMethod_Type, PyStaticMethod_Type, PyGen_Type, PyCoro_Type, PyAsyncGen_Type, ...allExceptions,
  ];
}

/** CPython 3.12: Objects/object.c (_PyTypes_InitTypes): once per process. */
function _PyTypes_InitTypes(): void {
  if (_PyRuntime.types_ready) return;
  _PyFormat_InitTypes();
  for (const t of allStaticTypes()) PyType_Ready(t);
  _PyRuntime.static_types = allStaticTypes();
  _PyRuntime.types_ready = true;
}

/** Host I/O for a config: its callbacks, or the host console when the config is not isolated. */
function ioFor(config: PyConfig): PyHostIO {
  const consoleOut = (t: string) => (globalThis as { console?: { log(s: string): void } }).console?.log(t.replace(/\n$/, ""));
  return {
    stdout: config.stdout ?? (config.isolated ? () => {} : consoleOut),
    stderr: config.stderr ?? (config.isolated ? () => {} : consoleOut),
    stdin: config.stdin ?? undefined,
  };
}

/** Create an interpreter and its main thread state (CPython: pycore_create_interpreter + init_interp_main). */
function new_interpreter(config: PyConfig): PyThreadState {
  _PyTypes_InitTypes();
  if (config.hash_seed !== null) _PyUnicode_SetHashSeed(config.hash_seed);
  const modules = PyDict_New();
  const placeholder = PyDict_New();
  const interp = new PyInterpreterState(_PyRuntime.next_interp_id++, config, modules, placeholder, placeholder, ioFor(config));
  interp.ceval.recursion_limit = config.recursion_limit;
  const tstate = new PyThreadState(interp);
  interp.threads.push(tstate);
  const prev = PyThreadState_Swap(tstate);
  try {
    const bimod = _PyBuiltin_Init();
    interp.builtins_module = bimod;
    interp.builtins = bimod.md_dict;
    PyDict_SetItem(modules, PyUnicode_FromString("builtins"), bimod);
    const sys = _PySys_Create(interp);
    interp.sys_module = sys;
    interp.sysdict = sys.md_dict;
    PyDict_SetItem(modules, PyUnicode_FromString("sys"), sys);
    const main = PyImport_AddModule("__main__");
    PyDict_SetItem(main.md_dict, _Py_ID("__builtins__"), bimod);
    PyDict_SetItem(main.md_dict, _Py_ID("__annotations__"), PyDict_New());
  } catch (e) {
    PyThreadState_Swap(prev);
    throw e;
  }
  _PyRuntime.interpreters.push(interp);
  return tstate;
}

/** CPython 3.12: Python/pylifecycle.c (Py_InitializeFromConfig) */
export function Py_InitializeFromConfig(config: PyConfig): PyStatus {
  if (_PyRuntime.initialized) return PyStatus_Ok();
  const tstate = new_interpreter(config);
  _PyRuntime.main_interp = tstate.interp;
  _PyRuntime.initialized = true;
  return PyStatus_Ok();
}
/** CPython 3.12: Python/pylifecycle.c (Py_Initialize) */
export function Py_Initialize(): void {
  Py_InitializeFromConfig(PyConfig_InitPythonConfig());
}
/** CPython 3.12: Python/pylifecycle.c (Py_IsInitialized) */
export function Py_IsInitialized(): boolean {
  return _PyRuntime.initialized;
}
/** CPython 3.12: Python/pylifecycle.c (Py_FinalizeEx): flush stdio, drop every interpreter. 0 on success. */
export function Py_FinalizeEx(): number {
  if (!_PyRuntime.initialized) return 0;
  for (const interp of _PyRuntime.interpreters) interp.finalizing = true;
  _PyRuntime.interpreters = [];
  _PyRuntime.main_interp = null;
  _PyRuntime.tstate_current = null;
  _PyRuntime.initialized = false;
  return 0;
}
/** CPython 3.12: Python/pylifecycle.c (Py_Finalize) */
export function Py_Finalize(): void {
  Py_FinalizeEx();
}

/**
 * CPython 3.12: Python/pylifecycle.c (Py_NewInterpreter): a new isolated interpreter (own sys.modules, builtins,
 * sys), made current. `config` defaults to the main interpreter's.
 */
export function Py_NewInterpreter(config?: PyConfig): PyThreadState {
  if (!_PyRuntime.initialized) throw new Error("Py_NewInterpreter: call Py_Initialize() first");
  return new_interpreter(config ?? _PyRuntime.main_interp!.config);
}
/** CPython 3.12: Python/pylifecycle.c (Py_EndInterpreter) */
export function Py_EndInterpreter(tstate: PyThreadState): void {
  const interp = tstate.interp;
  interp.finalizing = true;
  _PyRuntime.interpreters = _PyRuntime.interpreters.filter((i) => i !== interp);
  if (_PyRuntime.tstate_current === tstate) _PyRuntime.tstate_current = _PyRuntime.main_interp?.threads[0] ?? null;
}

import { PyType_Ready } from "../Objects/typeobject.js";
import { _PyNone_Type, _PyNotImplemented_Type, PyEllipsis_Type } from "../Objects/noneobject.js";
import { PyLong_Type, PyBool_Type } from "../Objects/longobject.js";
import { PyFloat_Type } from "../Objects/floatobject.js";
import { PyComplex_Type } from "../Objects/complexobject.js";
import { PyUnicode_Type, PyUnicode_FromString, _Py_ID, _PyUnicode_SetHashSeed } from "../Objects/unicodeobject.js";
import { PyBytes_Type } from "../Objects/bytesobject.js";
import { PyTuple_Type } from "../Objects/tupleobject.js";
import { PyList_Type } from "../Objects/listobject.js";
import { PyDict_Type, PyDict_New, PyDict_SetItem } from "../Objects/dictobject.js";
import { PyCFunction_Type } from "../Objects/methodobject.js";
import { PyMethodDescr_Type, PyClassMethodDescr_Type, PyGetSetDescr_Type, PyMemberDescr_Type } from "../Objects/descrobject.js";
import { PyModule_Type } from "../Objects/moduleobject.js";
import { PyFunction_Type, PyMethod_Type } from "../Objects/funcobject.js";
import { PyCode_Type } from "../Objects/codeobject.js";
import { PySeqIter_Type } from "../Objects/iterobject.js";
import { PyHostTextIO_Type, _PySys_Create } from "./sysmodule.js";
import { PyTraceBack_Type, PyFrame_Type } from "./traceback.js";
import { allExceptions } from "../Objects/exceptions.js";
import { _PyBuiltin_Init } from "./bltinmodule.js";
import { PyImport_AddModule } from "./import.js";
import "../Objects/call.js";
import { PyCell_Type } from "../Objects/cellobject.js";
import { PyWrapperDescr_Type, PyMethodWrapper_Type } from "../Objects/typeslots.js";
import { PySuper_Type } from "../Objects/typeobject_new.js";
import { PyProperty_Type } from "../Objects/descrobject.js";
import { PyClassMethod_Type, PyStaticMethod_Type } from "../Objects/funcobject.js";
import { PyGen_Type, PyCoro_Type, PyAsyncGen_Type } from "../Objects/genobject.js";
import { PySet_Type, PyFrozenSet_Type, PySetIter_Type } from "../Objects/setobject.js";
import { PyRange_Type, PyRangeIter_Type, PyLongRangeIter_Type } from "../Objects/rangeobject.js";
import { PySlice_Type } from "../Objects/sliceobject.js";
import { PyTupleIter_Type } from "../Objects/tupleobject.js";
import { PyListIter_Type, PyListRevIter_Type } from "../Objects/listobject.js";
import {
  PyDictKeys_Type,
  PyDictValues_Type,
  PyDictItems_Type,
  PyDictIterKey_Type,
  PyDictIterValue_Type,
  PyDictIterItem_Type,
  PyDictRevIterKey_Type,
  PyDictRevIterValue_Type,
  PyDictRevIterItem_Type,
} from "../Objects/dictobject.js";
import { PyEnum_Type, PyReversed_Type } from "../Objects/enumobject.js";
import { PyZip_Type, PyMap_Type, PyFilter_Type } from "../Objects/bltin_iterators.js";
import { PyCallIter_Type, PyUnicodeIter_Type, _PyUnicodeASCIIIter_Type } from "../Objects/iterobject.js";
import { _PyFormat_InitTypes } from "../Objects/unicode_format.js";
