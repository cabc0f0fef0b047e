/**
 * Runtime, interpreter and thread state.
 * CPython 3.12: Include/internal/pycore_runtime.h, pycore_interp.h, pycore_tstate.h, Python/pystate.c
 */
import type { PyObject, PyTypeObject } from "./Objects/object.js";
import type { PyDictObject } from "./Objects/dictobject.js";
import type { PyBaseExceptionObject } from "./Objects/exceptions.js";
import type { PyCodeObject } from "./Objects/codeobject.js";
import type { _PyInterpreterFrame } from "./Include/internal/pycore_frame.js";
import type { PyConfig } from "./Python/initconfig.js";
import type { PyModuleDef } from "./Objects/moduleobject.js";

/** CPython 3.12: Include/cpython/pystate.h (_PyFrameEvalFunction, PEP 523) */
export type _PyFrameEvalFunction = (tstate: PyThreadState, frame: _PyInterpreterFrame, throwflag: number) => PyObject;

/** How the runtime compiles source: installed by the host (the `typhon` package installs @typhon/compiler). */
export type _PyCompileHook = (
  source: string | Uint8Array,
  filename: string,
  mode: "exec" | "eval" | "single",
  flags: number,
  optimize: number,
) => PyCodeObject;

/** CPython 3.12: Include/internal/pycore_pystate.h — the handled-exception stack entry (_PyErr_StackItem). */
export interface _PyErr_StackItem {
  exc_value: PyObject | null;
  previous_item: _PyErr_StackItem | null;
}

/** CPython 3.12: Include/cpython/pystate.h (PyThreadState) */
export class PyThreadState {
  interp: PyInterpreterState;
  /** The innermost executing frame. */
  current_frame: _PyInterpreterFrame | null = null;
  /** Python-to-Python recursion budget (CPython 3.12: py_recursion_remaining). */
  py_recursion_remaining: number;
  py_recursion_limit: number;
  /** Host-stack (JS) recursion budget for recursion through TS code (CPython: c_recursion_remaining). */
  c_recursion_remaining: number;
  /** The error indicator (3.12: one exception object). */
  current_exception: PyBaseExceptionObject | null = null;
  /** The exception being handled (sys.exception()). */
  exc_state: _PyErr_StackItem = { exc_value: null, previous_item: null };
  exc_info: _PyErr_StackItem;
  /** Nesting of Py_ReprEnter. */
  repr_active: Set<object> = new Set();
  /** Instructions left before the host's instruction budget fires; Infinity when unlimited. */
  instruction_budget = Infinity;

  constructor(interp: PyInterpreterState) {
    this.interp = interp;
    this.py_recursion_limit = interp.ceval.recursion_limit;
    this.py_recursion_remaining = interp.ceval.recursion_limit;
    this.c_recursion_remaining = C_RECURSION_LIMIT;
    this.exc_info = this.exc_state;
  }
}

/** How deep TS-level recursion (repr of nested containers, calls through host code) may go. */
export const C_RECURSION_LIMIT = 800;

/** Host I/O for one interpreter: where sys.stdout/sys.stderr text goes and where stdin comes from. */
export interface PyHostIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** One line (with its newline) or null at EOF; undefined when the host denies stdin. */
  stdin?: () => string | null;
}

/** CPython 3.12: Include/internal/pycore_interp.h (PyInterpreterState) */
export class PyInterpreterState {
  id: number;
  config: PyConfig;
  /** sys.modules */
  modules: PyDictObject;
  /** The builtins module's dict. */
  builtins: PyDictObject;
  /** The sys module's dict. */
  sysdict: PyDictObject;
  builtins_module: PyObject | null = null;
  sys_module: PyObject | null = null;
  /** PEP 523: a replacement frame evaluator, or null for _PyEval_EvalFrameDefault. */
  eval_frame: _PyFrameEvalFunction | null = null;
  ceval = { recursion_limit: 1000 };
  /** Modules registered with PyImport_AppendInittab (copied from the runtime at creation). */
  inittab: Map<string, () => PyObject>;
  io: PyHostIO;
  threads: PyThreadState[] = [];
  finalizing = false;

  constructor(id: number, config: PyConfig, modules: PyDictObject, builtins: PyDictObject, sysdict: PyDictObject, io: PyHostIO) {
    this.id = id;
    this.config = config;
    this.modules = modules;
    this.builtins = builtins;
    this.sysdict = sysdict;
    this.io = io;
    // CPython's built-in modules first (Modules/config.c), then the host's PyImport_AppendInittab entries.
    this.inittab = new Map([..._PyModules_DefaultInittab, ..._PyRuntime.inittab]);
  }
}

/** CPython 3.12: Include/internal/pycore_runtime.h (_PyRuntimeState) */
export interface _PyRuntimeState {
  initialized: boolean;
  main_interp: PyInterpreterState | null;
  interpreters: PyInterpreterState[];
  /** The current thread state ("the GIL holder"): JS is single-threaded per realm. */
  tstate_current: PyThreadState | null;
  /** PyImport_AppendInittab registrations made before initialisation. */
  inittab: Map<string, () => PyObject>;
  /** The compiler, installed by the host before initialisation (runtime never imports the compiler). */
  compile: _PyCompileHook | null;
  /** The default frame evaluator, installed by the host (runtime never imports the evaluator). */
  evalFrameDefault: _PyFrameEvalFunction | null;
  next_interp_id: number;
  /** Modules defined with PyModuleDef that builtins-level code knows about. */
  moduledefs: PyModuleDef[];
  types_ready: boolean;
  static_types: PyTypeObject[];
}

/** CPython 3.12: Python/pylifecycle.c (_PyRuntime) */
export const _PyRuntime: _PyRuntimeState = {
  initialized: false,
  main_interp: null,
  interpreters: [],
  tstate_current: null,
  inittab: new Map(),
  compile: null,
  evalFrameDefault: null,
  next_interp_id: 0,
  moduledefs: [],
  types_ready: false,
  static_types: [],
};

/** What the evaluator provides to the runtime (see `_PyRuntime_InstallHooks`). */
export interface _PyEvaluatorHooks {
  evalFrameDefault: _PyFrameEvalFunction;
  /** PyEval_EvalCode(co, globals, locals). */
  evalCode: (co: PyCodeObject, globals: PyObject, locals: PyObject) => PyObject;
  /** How a Python function object is called (CPython: _PyFunction_Vectorcall → _PyEval_Vector). */
  functionVectorcall: _PyFunctionVectorcall;
  /** _PyEval_Vector with a locals mapping (for class bodies). */
  evalWithLocals: _PyEvalVectorWithLocals;
}

/**
 * Install the compiler and the evaluator. The runtime never imports either package: the `typhon` package (or a
 * custom host) installs them before initialisation.
 */
export function _PyRuntime_InstallHooks(hooks: { compile?: _PyCompileHook; evaluator?: _PyEvaluatorHooks }): void {
  if (hooks.compile) _PyRuntime.compile = hooks.compile;
  if (hooks.evaluator) {
    _PyRuntime.evalFrameDefault = hooks.evaluator.evalFrameDefault;
    _PyRun_SetEvalCode(hooks.evaluator.evalCode);
    _PyFunction_SetVectorcall(hooks.evaluator.functionVectorcall);
    _PyFunction_SetEvalWithLocals(hooks.evaluator.evalWithLocals);
    _PyGen_SetResume(evalFrameHook);
  }
}
import { _PyRun_SetEvalCode } from "./Python/pythonrun.js";
import { _PyGen_SetResume } from "./Objects/genobject.js";
/** Resume a frame through the interpreter's eval_frame hook (PEP 523) or the default evaluator. */
function evalFrameHook(frame: _PyInterpreterFrame, throwflag: number): PyObject {
  const tstate = _PyThreadState_GET();
  return _PyInterpreterState_GetEvalFrameFunc(tstate.interp)(tstate, frame, throwflag);
}
import { _PyFunction_SetVectorcall, _PyFunction_SetEvalWithLocals, type _PyFunctionVectorcall, type _PyEvalVectorWithLocals } from "./Objects/funcobject.js";

/** CPython 3.12: Include/internal/pycore_pystate.h (_PyThreadState_GET) */
export function _PyThreadState_GET(): PyThreadState {
  const t = _PyRuntime.tstate_current;
  if (t === null) throw new Error("Typhon: no current thread state (call Py_Initialize() first)");
  return t;
}
/** CPython 3.12: Python/pystate.c (PyThreadState_Get) */
export function PyThreadState_Get(): PyThreadState {
  return _PyThreadState_GET();
}
/** CPython 3.12: Python/pystate.c (PyThreadState_Swap) */
export function PyThreadState_Swap(tstate: PyThreadState | null): PyThreadState | null {
  const old = _PyRuntime.tstate_current;
  _PyRuntime.tstate_current = tstate;
  return old;
}
/** CPython 3.12: Python/pystate.c (PyInterpreterState_Get) */
export function PyInterpreterState_Get(): PyInterpreterState {
  return _PyThreadState_GET().interp;
}
/** CPython 3.12: Python/pystate.c (_PyInterpreterState_GetEvalFrameFunc) */
export function _PyInterpreterState_GetEvalFrameFunc(interp: PyInterpreterState): _PyFrameEvalFunction {
  if (interp.eval_frame !== null) return interp.eval_frame;
  if (_PyRuntime.evalFrameDefault === null) throw new Error("Typhon: no evaluator installed");
  return _PyRuntime.evalFrameDefault;
}
/** CPython 3.12: Python/pystate.c (_PyInterpreterState_SetEvalFrameFunc); null or the default restores it. */
export function _PyInterpreterState_SetEvalFrameFunc(interp: PyInterpreterState, f: _PyFrameEvalFunction | null): void {
  interp.eval_frame = f === _PyRuntime.evalFrameDefault ? null : f;
}
import { _PyModules_DefaultInittab } from "./Modules/config.js";
