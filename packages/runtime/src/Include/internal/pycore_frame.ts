/**
 * The interpreter frame: one `localsplus` array holding locals, cells and free variables, then the value stack.
 * Shared by the runtime (tracebacks, sys._getframe, frame objects) and the evaluator.
 * CPython 3.12: Include/internal/pycore_frame.h
 */
import type { PyObject } from "../../Objects/object.js";
import type { PyCodeObject } from "../../Objects/codeobject.js";
import type { PyDictObject } from "../../Objects/dictobject.js";

/** CPython 3.12: Include/internal/pycore_frame.h (enum _frameowner) */
export const FRAME_OWNED_BY_THREAD = 0;
export const FRAME_OWNED_BY_GENERATOR = 1;
export const FRAME_OWNED_BY_FRAME_OBJECT = 2;
export const FRAME_OWNED_BY_CSTACK = 3;

/** CPython 3.12: Include/internal/pycore_frame.h (_PyInterpreterFrame) */
export class _PyInterpreterFrame {
  f_code: PyCodeObject;
  previous: _PyInterpreterFrame | null;
  /** The function object (a PyFunctionObject), or null for module/class code run by exec. */
  f_funcobj: PyObject | null;
  f_globals: PyDictObject;
  f_builtins: PyDictObject;
  /** The locals mapping for module and class bodies (and exec/eval); null for optimised function frames. */
  f_locals: PyObject | null;
  /** The Python-visible frame object, created lazily (PyFrameObject). */
  frame_obj: PyObject | null = null;
  /** Index (in code units) of the last instruction started; -1 before the first. */
  prev_instr = -1;
  /** Index into `localsplus` of the first free stack slot (valid while the frame is not executing). */
  stacktop: number;
  /** Where the caller resumes relative to its CALL (CPython: return_offset). */
  return_offset = 0;
  owner: number = FRAME_OWNED_BY_THREAD;
  /** The generator/coroutine owning this frame (CPython: _PyFrame_GetGenerator), when `owner` says so. */
  f_gen: PyObject | null = null;
  /** Locals, cells and free variables (`co_nlocalsplus` of them), then the value stack (`co_stacksize`). */
  localsplus: PyObject[];

  constructor(
    code: PyCodeObject,
    func: PyObject | null,
    globals: PyDictObject,
    builtins: PyDictObject,
    locals: PyObject | null,
    previous: _PyInterpreterFrame | null,
  ) {
    this.f_code = code;
    this.f_funcobj = func;
    this.f_globals = globals;
    this.f_builtins = builtins;
    this.f_locals = locals;
    this.previous = previous;
    const nlocalsplus = code.co_nlocalsplus;
    // A packed array of the exact size: holes would make V8 fall back to slower element kinds.
    const lp = new Array<PyObject>(nlocalsplus + code.co_stacksize);
    for (let i = 0; i < lp.length; i++) lp[i] = NULL;
    this.localsplus = lp;
    this.stacktop = nlocalsplus;
  }

  /** CPython 3.12: _PyFrame_Stackbase */
  get stackbase(): number {
    return this.f_code.co_nlocalsplus;
  }
}

/**
 * The empty slot marker (CPython's NULL in localsplus and on the stack: unbound locals, PUSH_NULL). A unique
 * frozen object rather than `undefined` keeps the array's elements one kind for V8.
 */
export const NULL: PyObject = Object.freeze({ ob_type: null, __NULL__: true }) as unknown as PyObject;

/** CPython 3.12: Include/internal/pycore_frame.h (_PyFrame_GetCode) */
export function _PyFrame_GetCode(f: _PyInterpreterFrame): PyCodeObject {
  return f.f_code;
}
/** CPython 3.12: Include/internal/pycore_frame.h (_PyFrame_StackPeek/_PyFrame_StackPush style accessors) */
export function _PyFrame_GetStackPointer(f: _PyInterpreterFrame): number {
  return f.stacktop;
}
export function _PyFrame_SetStackPointer(f: _PyInterpreterFrame, sp: number): void {
  f.stacktop = sp;
}
/** The value stack's current contents, bottom first (for tools and custom evaluators). */
export function _PyFrame_GetStack(f: _PyInterpreterFrame): PyObject[] {
  return f.localsplus.slice(f.f_code.co_nlocalsplus, f.stacktop);
}
