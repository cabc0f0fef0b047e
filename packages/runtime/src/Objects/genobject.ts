/**
 * Generators and coroutines: objects that own a suspended interpreter frame.
 * CPython 3.12: Objects/genobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic } from "./object.js";
import { _PyInterpreterFrame, FRAME_OWNED_BY_GENERATOR } from "../Include/internal/pycore_frame.js";

export const PyGen_Type: PyTypeObject = _PyType_NewStatic("generator");
export const PyCoro_Type: PyTypeObject = _PyType_NewStatic("coroutine");
export const PyAsyncGen_Type: PyTypeObject = _PyType_NewStatic("async_generator");

/** CPython 3.12: Include/internal/pycore_frame.h (enum _framestate) */
export const FRAME_CREATED = -2;
export const FRAME_SUSPENDED = -1;
export const FRAME_EXECUTING = 0;
export const FRAME_COMPLETED = 1;
export const FRAME_CLEARED = 4;

/** CPython 3.12: Include/cpython/genobject.h (PyGenObject; coroutines share the layout) */
export class PyGenObject extends PyBaseObject {
  gi_frame_state = FRAME_CREATED;
  gi_name: PyObject;
  gi_qualname: PyObject;
  /** The exception state saved while suspended (CPython: gi_exc_state). */
  gi_exc_state: { exc_value: PyObject | null; previous_item: unknown } = { exc_value: null, previous_item: null };
  constructor(
    type: PyTypeObject,
    public gi_iframe: _PyInterpreterFrame,
    name: PyObject,
    qualname: PyObject,
  ) {
    super(type);
    this.gi_name = name;
    this.gi_qualname = qualname;
    gi_iframe.owner = FRAME_OWNED_BY_GENERATOR;
    gi_iframe.f_gen = this;
  }
}

/** How a suspended frame is resumed: the evaluator's _PyEval_EvalFrame, installed at initialisation. */
let resume: (frame: _PyInterpreterFrame, throwflag: number) => PyObject = () => {
  throw new Error("Typhon: no evaluator installed");
};
export function _PyGen_SetResume(f: (frame: _PyInterpreterFrame, throwflag: number) => PyObject): void {
  resume = f;
}

/** The outcome of resuming a generator (CPython: PySendResult). */
export const PYGEN_RETURN = 0;
export const PYGEN_NEXT = 1;

/**
 * CPython 3.12: Objects/genobject.c (gen_send_ex2): resume with `arg` (or, when `exc` is given, by raising it
 * at the suspension point). Returns [PYGEN_NEXT, yielded] or [PYGEN_RETURN, returned]; exceptions propagate.
 */
export function gen_send_ex2(gen: PyGenObject, arg: PyObject, exc: PyObject | null, closing = false): [number, PyObject] {
  const tstate = _PyThreadState_GET();
  if (gen.gi_frame_state === FRAME_CREATED && arg !== Py_None && exc === null) {
    PyErr_RaiseFormat(PyExc_TypeError, `can't send non-None value to a just-started ${kindOf(gen)}`);
  }
  if (gen.gi_frame_state === FRAME_EXECUTING) {
    PyErr_RaiseFormat(PyExc_ValueError, `${kindOf(gen)} already executing`);
  }
  if (gen.gi_frame_state >= FRAME_COMPLETED) {
    if (Py_TYPE(gen) === PyCoro_Type && !closing) PyErr_RaiseFormat(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
    if (exc !== null) throw exc;
    return [PYGEN_RETURN, Py_None];
  }
  const frame = gen.gi_iframe;
  if (exc === null) frame.localsplus[frame.stacktop++] = arg;
  // Chain the generator's exception state onto the thread's (CPython: gen_send_ex2 + _PyErr_ChainStackItem).
  gen.gi_exc_state.previous_item = tstate.exc_info;
  tstate.exc_info = gen.gi_exc_state as typeof tstate.exc_info;
  gen.gi_frame_state = FRAME_EXECUTING;
  let result: PyObject;
  try {
    if (exc !== null) tstate.current_exception = exc as PyBaseExceptionObject;
    result = resume(frame, exc !== null ? 1 : 0);
  } catch (e) {
    gen.gi_frame_state = FRAME_COMPLETED;
    tstate.exc_info = gen.gi_exc_state.previous_item as typeof tstate.exc_info;
    gen.gi_exc_state.previous_item = null;
    throw e;
  }
  tstate.exc_info = gen.gi_exc_state.previous_item as typeof tstate.exc_info;
  gen.gi_exc_state.previous_item = null;
  if (gen.gi_frame_state === FRAME_SUSPENDED) return [PYGEN_NEXT, result];
  gen.gi_frame_state = FRAME_COMPLETED;
  return [PYGEN_RETURN, result];
}

function kindOf(gen: PyGenObject): string {
  return Py_TYPE(gen) === PyCoro_Type ? "coroutine" : Py_TYPE(gen) === PyAsyncGen_Type ? "async generator" : "generator";
}

/** `StopIteration(value)` (CPython: _PyGen_SetStopIterationValue). */
export function _PyGen_StopIteration(value: PyObject): PyBaseExceptionObject {
  const e = _PyErr_CreateException(PyExc_StopIteration, value === Py_None ? null : _PyTuple_FromArray([value]));
  return e;
}

/** CPython 3.12: Objects/genobject.c (gen_iternext): undefined at return. */
function gen_iternext(o: PyObject): PyObject | undefined {
  const [kind, v] = gen_send_ex2(o as PyGenObject, Py_None, null);
  return kind === PYGEN_NEXT ? v : undefined;
}
/** CPython 3.12: Objects/genobject.c (gen_send) */
export function gen_send(o: PyObject, arg: PyObject): PyObject {
  const [kind, v] = gen_send_ex2(o as PyGenObject, arg, null);
  if (kind === PYGEN_NEXT) return v;
  throw _PyGen_StopIteration(v);
}
/** CPython 3.12: Objects/genobject.c (_gen_throw) for a plain generator (no delegation yet). */
export function gen_throw(o: PyObject, args: PyObject[]): PyObject {
  const gen = o as PyGenObject;
  let typ = args[0];
  let val: PyObject | null = args.length > 1 ? args[1] : null;
  let exc: PyObject;
  if (PyExceptionClass_Check(typ)) {
    exc = val === null || val === Py_None ? _PyErr_CreateException(typ, null) : PyExceptionInstance_Check(val) ? val : _PyErr_CreateException(typ, val);
  } else if (PyExceptionInstance_Check(typ)) {
    if (val !== null && val !== Py_None) PyErr_RaiseFormat(PyExc_TypeError, "instance exception may not have a separate value");
    exc = typ;
    typ = Py_TYPE(typ);
  } else {
    PyErr_RaiseFormat(PyExc_TypeError, `exceptions must be classes or instances deriving from BaseException, not ${Py_TYPE(typ).tp_name}`);
  }
  const [kind, v] = gen_send_ex2(gen, Py_None, exc);
  if (kind === PYGEN_NEXT) return v;
  throw _PyGen_StopIteration(v);
}
/** CPython 3.12: Objects/genobject.c (gen_close) */
export function gen_close(o: PyObject): PyObject {
  const gen = o as PyGenObject;
  if (gen.gi_frame_state === FRAME_CREATED) {
    gen.gi_frame_state = FRAME_COMPLETED;
    return Py_None;
  }
  if (gen.gi_frame_state >= FRAME_COMPLETED) return Py_None;
  try {
    const [kind] = gen_send_ex2(gen, Py_None, _PyErr_CreateException(PyExc_GeneratorExit, null), true);
    if (kind === PYGEN_NEXT) PyErr_RaiseFormat(PyExc_RuntimeError, `${kindOf(gen)} ignored GeneratorExit`);
    return Py_None;
  } catch (e) {
    if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_StopIteration) || PyErr_GivenExceptionMatches(e as PyObject, PyExc_GeneratorExit)) {
      return Py_None;
    }
    throw e;
  }
}
function gen_repr(o: PyObject): PyObject {
  const g = o as PyGenObject;
  return PyUnicode_FromString(`<${kindOf(g) === "async generator" ? "async_generator" : kindOf(g)} object ${(g.gi_qualname as { value: string } & PyObject).value} at ${_Py_IdAddress(g)}>`);
}

/**
 * CPython 3.12: Objects/genobject.c (PyIter_Send): resume any iterator the way SEND does.
 * Returns [PYGEN_NEXT, yielded] or [PYGEN_RETURN, the StopIteration value].
 */
export function PyIter_Send(iter: PyObject, arg: PyObject): [number, PyObject] {
  if (iter instanceof PyGenObject && (Py_TYPE(iter) === PyGen_Type || Py_TYPE(iter) === PyCoro_Type)) {
    return gen_send_ex2(iter, arg, null);
  }
  if (arg === Py_None && Py_TYPE(iter).tp_iternext !== null) {
    const r = Py_TYPE(iter).tp_iternext!(iter);
    return r === undefined ? [PYGEN_RETURN, Py_None] : [PYGEN_NEXT, r];
  }
  try {
    return [PYGEN_NEXT, PyObject_CallMethod(iter, "send", arg)];
  } catch (e) {
    if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_StopIteration)) {
      return [PYGEN_RETURN, ((e as PyBaseExceptionObject).value as PyObject | undefined) ?? Py_None];
    }
    throw e;
  }
}

import { Py_None } from "./noneobject.js";
import { PyErr_RaiseFormat, _PyErr_CreateException, PyExceptionClass_Check, PyExceptionInstance_Check, PyErr_GivenExceptionMatches } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_ValueError, PyExc_RuntimeError, PyExc_StopIteration, PyExc_GeneratorExit, PyBaseExceptionObject } from "./exceptions.js";
import { _PyThreadState_GET } from "../pystate.js";
import { _PyTuple_FromArray } from "./tupleobject.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { _Py_IdAddress } from "./typeobject.js";
import { PyObject_CallMethod } from "./call.js";
import { METH_O, METH_NOARGS, METH_FASTCALL } from "./methodobject.js";

const gen_methods = [
  { ml_name: "send", ml_meth: gen_send, ml_flags: METH_O },
  { ml_name: "throw", ml_meth: (self: PyObject, args: PyObject[]) => gen_throw(self, args), ml_flags: METH_FASTCALL },
  { ml_name: "close", ml_meth: gen_close, ml_flags: METH_NOARGS },
];
const gen_getset = [
  { name: "__name__", get: (g: PyGenObject) => g.gi_name },
  { name: "__qualname__", get: (g: PyGenObject) => g.gi_qualname },
  { name: "gi_running", get: (g: PyGenObject) => (g.gi_frame_state === FRAME_EXECUTING ? Py_True_ref() : Py_False_ref()) },
  { name: "gi_suspended", get: (g: PyGenObject) => (g.gi_frame_state === FRAME_SUSPENDED ? Py_True_ref() : Py_False_ref()) },
  { name: "gi_code", get: (g: PyGenObject) => g.gi_iframe.f_code },
];
import { Py_True, Py_False } from "./longobject.js";
function Py_True_ref(): PyObject {
  return Py_True;
}
function Py_False_ref(): PyObject {
  return Py_False;
}
Object.assign(PyGen_Type, {
  tp_iter: (o: PyObject) => o,
  tp_iternext: gen_iternext,
  tp_repr: gen_repr,
  tp_methods: gen_methods,
  tp_getset: gen_getset,
});
Object.assign(PyCoro_Type, {
  tp_repr: gen_repr,
  tp_methods: gen_methods,
  tp_getset: gen_getset,
});
Object.assign(PyAsyncGen_Type, { tp_repr: gen_repr });
