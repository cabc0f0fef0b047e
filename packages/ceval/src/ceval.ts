/**
 * The evaluation loop and its entry points.
 *
 * `_PyEval_EvalFrameDefault` runs one frame: a `switch` on the opcode of each 16-bit code unit, the value stack
 * kept in `frame.localsplus` above the locals with the stack pointer in a local variable (`sp`), errors thrown as
 * Python exception objects and caught once per frame, where the exception table picks the handler
 * (docs/design.md, "Errors" and "Dispatch").
 *
 * CPython 3.12: Python/ceval.c, Python/bytecodes.c, Python/ceval_macros.h
 */
import {
  PyObject,
  PyThreadState,
  PyCodeObject,
  PyDictObject,
  PyFunctionObject,
  PyTupleObject,
  PyUnicodeObject,
  _PyInterpreterFrame,
  NULL,
  Py_TYPE,
  Py_None,
  Py_True,
  Py_False,
  Py_NotImplemented,
  _PyThreadState_GET,
  _PyInterpreterState_GetEvalFrameFunc,
  _PyRuntime,
  _PyErr_FromJS,
  PyErr_Raise,
  PyErr_RaiseFormat,
  _PyErr_Throw,
  _PyErr_CreateException,
  PyErr_GivenExceptionMatches,
  PyExceptionInstance_Check,
  PyExceptionClass_Check,
  PyTraceBack_Here,
  PyBaseExceptionObject,
  PyExc_NameError,
  PyExc_UnboundLocalError,
  PyExc_TypeError,
  PyExc_SystemError,
  PyExc_RecursionError,
  PyExc_KeyError,
  PyExc_ImportError,
  PyExc_AttributeError,
  PyDict_GetItemWithError,
  PyDict_SetItem,
  PyDict_New,
  PyDict_CheckExact,
  PyObject_GetItem,
  PyObject_SetItem,
  PyObject_DelItem,
  PyObject_GetAttr,
  PyObject_SetAttr,
  PyObject_IsTrue,
  PyObject_RichCompare,
  PyObject_Str,
  PyObject_Repr,
  PySequence_Contains,
  PyObject_Vectorcall,
  PyObject_CallOneArg,
  _PyObject_LookupAttr,
  _PyType_Lookup,
  PyNumber_Add,
  PyNumber_Subtract,
  PyNumber_Multiply,
  PyNumber_TrueDivide,
  PyNumber_FloorDivide,
  PyNumber_Remainder,
  PyNumber_Power,
  PyNumber_Lshift,
  PyNumber_Rshift,
  PyNumber_And,
  PyNumber_Or,
  PyNumber_Xor,
  PyNumber_MatrixMultiply,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceSubtract,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceTrueDivide,
  PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceRemainder,
  PyNumber_InPlacePower,
  PyNumber_InPlaceLshift,
  PyNumber_InPlaceRshift,
  PyNumber_InPlaceAnd,
  PyNumber_InPlaceOr,
  PyNumber_InPlaceXor,
  PyNumber_InPlaceMatrixMultiply,
  PyNumber_Negative,
  PyNumber_Positive,
  PyNumber_Invert,
  _PyTuple_FromArray,
  PyList_New,
  PyUnicode_FromString,
  PyUnicode_Check,
  PyImport_ImportModuleLevelObject,
  PyModule_Check,
  PyModule_GetDict,
  PyType_IsSubtype,
  PyExc_BaseException,
  PySys_WriteStdout,
  _PyObject_GetDictPtr,
  _PyStack_AsTupleAndDict,
  PyObject_Call,
  _PyCode_New,
  Py_TPFLAGS_METHOD_DESCRIPTOR,
  CO_FAST_LOCAL,
} from "@typhon/runtime";
import * as op from "@typhon/runtime";
import * as setmod from "@typhon/runtime";
import * as slicemod from "@typhon/runtime";

type BinaryFn = (a: PyObject, b: PyObject) => PyObject;

/** BINARY_OP's oparg → the abstract operation (CPython 3.12: _PyEval_BinaryOps). */
export const _PyEval_BinaryOps: readonly BinaryFn[] = [
  PyNumber_Add,
  PyNumber_And,
  PyNumber_FloorDivide,
  PyNumber_Lshift,
  PyNumber_MatrixMultiply,
  PyNumber_Multiply,
  PyNumber_Remainder,
  PyNumber_Or,
  (a, b) => PyNumber_Power(a, b, Py_None),
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceAnd,
  PyNumber_InPlaceFloorDivide,
  PyNumber_InPlaceLshift,
  PyNumber_InPlaceMatrixMultiply,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceRemainder,
  PyNumber_InPlaceOr,
  (a, b) => PyNumber_InPlacePower(a, b, Py_None),
  PyNumber_InPlaceRshift,
  PyNumber_InPlaceSubtract,
  PyNumber_InPlaceTrueDivide,
  PyNumber_InPlaceXor,
];

const CACHES = op._PyOpcode_Caches;
/** Generators, coroutines and async generators get their own frame objects: not run inline (yet). */
const CO_NOT_INLINABLE = 0x20 | 0x80 | 0x200;

/** One exception-table entry (CPython 3.12: Objects/exception_handling_notes.txt). */
interface ExceptionHandler {
  target: number;
  depth: number;
  lasti: boolean;
}

/** CPython 3.12: Python/ceval.c (get_exception_handler): the handler covering code unit `index`, if any. */
export function get_exception_handler(code: PyCodeObject, index: number): ExceptionHandler | null {
  const t = code.co_exceptiontable;
  let p = 0;
  const varint = (): number => {
    let b = t[p++];
    let v = b & 63;
    while (b & 64) {
      b = t[p++];
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (p < t.length) {
    const start = varint();
    const size = varint();
    const target = varint();
    const dl = varint();
    if (index >= start && index < start + size) return { target, depth: dl >> 1, lasti: (dl & 1) === 1 };
    if (start > index) return null;
  }
  return null;
}

function format_exc_check_arg(type: typeof PyExc_NameError, fmt: (n: string) => string, name: PyUnicodeObject): never {
  PyErr_Raise(type, fmt(name.value), (e) => {
    e.name = name;
  });
}
const NAME_ERROR_MSG = (n: string) => `name '${n}' is not defined`;
/** CPython 3.12: Python/ceval.c (format_exc_unbound) */
function format_exc_unbound(co: PyCodeObject, oparg: number): never {
  const name = co.co_localsplusnames[oparg];
  if (co.co_localspluskinds[oparg] & 0x80) {
    PyErr_Raise(PyExc_NameError, `cannot access free variable '${name.value}' where it is not associated with a value in enclosing scope`, (e) => {
      e.name = name;
    });
  }
  format_exc_check_arg(PyExc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, name);
}
const UNBOUNDLOCAL_ERROR_MSG = (n: string) =>
  `cannot access local variable '${n}' where it is not associated with a value`;

/** Marker thrown by RERAISE so the frame's handler does not add a traceback entry (CPython: exception_unwind). */
class Reraise {
  constructor(readonly exc: PyBaseExceptionObject) {}
}

/**
 * CPython 3.12: Python/ceval.c (_PyEval_EvalFrameDefault). Runs `frame` until it returns or raises; the
 * thread's frame chain and recursion budget are maintained here.
 */
export function _PyEval_EvalFrameDefault(tstate: PyThreadState, frame: _PyInterpreterFrame, throwflag: number): PyObject {
  frame.previous = tstate.current_frame;
  tstate.current_frame = frame;
  if (--tstate.py_recursion_remaining < 0) {
    tstate.py_recursion_remaining++;
    tstate.current_frame = frame.previous;
    PyErr_RaiseFormat(PyExc_RecursionError, "maximum recursion depth exceeded");
  }
  try {
    return run(tstate, frame, throwflag !== 0);
  } finally {
    tstate.py_recursion_remaining++;
    tstate.current_frame = frame.previous;
  }
}

/**
 * The loop proper. Calls of plain Python functions push a new frame and continue in this same loop (CPython
 * 3.11+'s "inlined" calls): no JS recursion, so deep Python recursion ends in RecursionError at the recursion
 * limit rather than in a JS stack overflow. `entry` is the frame this invocation must return from.
 */
function run(tstate: PyThreadState, entry: _PyInterpreterFrame, throwing: boolean): PyObject {
  let frame = entry;
  let code = frame.f_code;
  let instrs = code.co_code_adaptive;
  let consts = code.co_consts;
  let names = code.co_names;
  let lp = frame.localsplus;
  let base = code.co_nlocalsplus;
  let limit = base + code.co_stacksize;
  const debug = tstate.interp.config.debug_checks;
  let sp = frame.stacktop;
  let next_instr = frame.prev_instr + 1;
  /** The instruction being executed: the exception table is searched at its offset, whatever RERAISE did to
   * prev_instr (CPython: exception_unwind uses INSTR_OFFSET()-1). */
  let this_instr = frame.prev_instr;
  let kwnames: PyObject | null = null;

  for (;;) {
    try {
      if (throwing) {
        // Resumed to raise (generator.throw): the exception is in the error indicator (CPython: throwflag).
        throwing = false;
        const exc = tstate.current_exception!;
        tstate.current_exception = null;
        next_instr = frame.prev_instr + 1;
        throw exc;
      }
      for (;;) {
        let word = instrs[next_instr++];
        let opcode = word & 255;
        let oparg = word >>> 8;
        while (opcode === 144 /* EXTENDED_ARG */) {
          word = instrs[next_instr++];
          opcode = word & 255;
          oparg = (oparg << 8) | (word >>> 8);
        }
        this_instr = next_instr - 1;
        frame.prev_instr = this_instr;
        next_instr += CACHES[opcode];
        if (debug && (sp < base || sp > limit)) {
          PyErr_RaiseFormat(PyExc_SystemError, `stack pointer ${sp - base} outside [0, ${code.co_stacksize}] before ${opcode}`);
        }
        // Cases are numeric literals (named in comments; test/ceval_cases.test.ts checks them against the opcode
        // table) so that V8 compiles the switch to a jump table: `case op.NAME:` would be a property load and a
        // compare per case, per instruction.
        switch (opcode) {
          case 9 /* NOP */:
          case 151 /* RESUME */:
          case 0 /* CACHE */:
            break;
          case 100 /* LOAD_CONST */:
            lp[sp++] = consts[oparg];
            break;
          case 121 /* RETURN_CONST */:
          case 83 /* RETURN_VALUE */: {
            const retval = opcode === 121 /* RETURN_CONST */ ? consts[oparg] : lp[--sp];
            frame.stacktop = sp;
            if (frame === entry) return retval;
            // Pop an inlined call's frame and resume the caller after its CALL.
            tstate.py_recursion_remaining++;
            frame = frame.previous!;
            tstate.current_frame = frame;
            code = frame.f_code;
            instrs = code.co_code_adaptive;
            consts = code.co_consts;
            names = code.co_names;
            lp = frame.localsplus;
            base = code.co_nlocalsplus;
            limit = base + code.co_stacksize;
            sp = frame.stacktop;
            next_instr = frame.return_offset;
            lp[sp++] = retval;
            break;
          }
          case 1 /* POP_TOP */:
            sp--;
            break;
          case 2 /* PUSH_NULL */:
            lp[sp++] = NULL;
            break;
          case 4 /* END_FOR */:
            sp -= 2;
            break;
          case 120 /* COPY */:
            lp[sp] = lp[sp - oparg];
            sp++;
            break;
          case 99 /* SWAP */: {
            const t = lp[sp - 1];
            lp[sp - 1] = lp[sp - oparg];
            lp[sp - oparg] = t;
            break;
          }
          case 124 /* LOAD_FAST */:
            lp[sp++] = lp[oparg];
            break;
          case 127 /* LOAD_FAST_CHECK */: {
            const v = lp[oparg];
            if (v === NULL) format_exc_check_arg(PyExc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, code.co_localsplusnames[oparg]);
            lp[sp++] = v;
            break;
          }
          case 143 /* LOAD_FAST_AND_CLEAR */:
            lp[sp++] = lp[oparg];
            lp[oparg] = NULL;
            break;
          case 125 /* STORE_FAST */:
            lp[oparg] = lp[--sp];
            break;
          case 126 /* DELETE_FAST */:
            if (lp[oparg] === NULL) format_exc_check_arg(PyExc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, code.co_localsplusnames[oparg]);
            lp[oparg] = NULL;
            break;
          case 101 /* LOAD_NAME */: {
            const name = names[oparg];
            const locals = frame.f_locals;
            if (locals === null) PyErr_RaiseFormat(PyExc_SystemError, `no locals when loading '${name.value}'`);
            let v: PyObject | undefined = PyDict_CheckExact(locals) ? PyDict_GetItemWithError(locals, name) : mappingGet(locals, name);
            if (v === undefined) v = PyDict_GetItemWithError(frame.f_globals, name);
            if (v === undefined) v = PyDict_GetItemWithError(frame.f_builtins, name);
            if (v === undefined) format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
            lp[sp++] = v;
            break;
          }
          case 90 /* STORE_NAME */: {
            const name = names[oparg];
            const locals = frame.f_locals;
            if (locals === null) PyErr_RaiseFormat(PyExc_SystemError, `no locals found when storing '${name.value}'`);
            const v = lp[--sp];
            if (PyDict_CheckExact(locals)) PyDict_SetItem(locals, name, v);
            else PyObject_SetItem(locals, name, v);
            break;
          }
          case 91 /* DELETE_NAME */: {
            const name = names[oparg];
            const locals = frame.f_locals;
            if (locals === null) PyErr_RaiseFormat(PyExc_SystemError, `no locals when deleting '${name.value}'`);
            try {
              PyObject_DelItem(locals, name);
            } catch (e) {
              if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_KeyError)) format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
              throw e;
            }
            break;
          }
          case 116 /* LOAD_GLOBAL */: {
            const name = names[oparg >> 1];
            let v = PyDict_GetItemWithError(frame.f_globals, name);
            if (v === undefined) v = PyDict_GetItemWithError(frame.f_builtins, name);
            if (v === undefined) format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
            if (oparg & 1) lp[sp++] = NULL;
            lp[sp++] = v;
            break;
          }
          case 97 /* STORE_GLOBAL */:
            PyDict_SetItem(frame.f_globals, names[oparg], lp[--sp]);
            break;
          case 98 /* DELETE_GLOBAL */: {
            const name = names[oparg];
            if (!frame.f_globals.delitemIfPresent(name)) format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
            break;
          }
          case 122 /* BINARY_OP */: {
            const rhs = lp[--sp];
            const lhs = lp[sp - 1];
            lp[sp - 1] = _PyEval_BinaryOps[oparg](lhs, rhs);
            break;
          }
          case 11 /* UNARY_NEGATIVE */:
            lp[sp - 1] = PyNumber_Negative(lp[sp - 1]);
            break;
          case 15 /* UNARY_INVERT */:
            lp[sp - 1] = PyNumber_Invert(lp[sp - 1]);
            break;
          case 12 /* UNARY_NOT */:
            lp[sp - 1] = PyObject_IsTrue(lp[sp - 1]) ? Py_False : Py_True;
            break;
          case 173 /* CALL_INTRINSIC_1 */:
            lp[sp - 1] = call_intrinsic_1(oparg, lp[sp - 1]);
            break;
          case 107 /* COMPARE_OP */: {
            const right = lp[--sp];
            const left = lp[sp - 1];
            lp[sp - 1] = PyObject_RichCompare(left, right, oparg >> 4);
            break;
          }
          case 117 /* IS_OP */: {
            const right = lp[--sp];
            const left = lp[sp - 1];
            lp[sp - 1] = (left === right) !== (oparg === 1) ? Py_True : Py_False;
            break;
          }
          case 118 /* CONTAINS_OP */: {
            const right = lp[--sp];
            const left = lp[sp - 1];
            lp[sp - 1] = PySequence_Contains(right, left) !== (oparg === 1) ? Py_True : Py_False;
            break;
          }
          case 25 /* BINARY_SUBSCR */: {
            const sub = lp[--sp];
            lp[sp - 1] = PyObject_GetItem(lp[sp - 1], sub);
            break;
          }
          case 60 /* STORE_SUBSCR */: {
            const sub = lp[sp - 1];
            const container = lp[sp - 2];
            const v = lp[sp - 3];
            sp -= 3;
            PyObject_SetItem(container, sub, v);
            break;
          }
          case 61 /* DELETE_SUBSCR */: {
            const sub = lp[sp - 1];
            const container = lp[sp - 2];
            sp -= 2;
            PyObject_DelItem(container, sub);
            break;
          }
          case 106 /* LOAD_ATTR */: {
            const name = names[oparg >> 1];
            const owner = lp[sp - 1];
            if (oparg & 1) {
              // Method form: push [meth, self] when the attribute is a method descriptor found on the type.
              const meth = _PyObject_GetMethod(owner, name);
              if (meth !== null) {
                lp[sp - 1] = meth;
                lp[sp++] = owner;
              } else {
                lp[sp - 1] = NULL;
                lp[sp++] = PyObject_GetAttr(owner, name);
              }
            } else {
              lp[sp - 1] = PyObject_GetAttr(owner, name);
            }
            break;
          }
          case 95 /* STORE_ATTR */: {
            const owner = lp[sp - 1];
            const v = lp[sp - 2];
            sp -= 2;
            PyObject_SetAttr(owner, names[oparg], v);
            break;
          }
          case 96 /* DELETE_ATTR */:
            PyObject_SetAttr(lp[--sp], names[oparg], null);
            break;
          case 172 /* KW_NAMES */:
            kwnames = consts[oparg];
            break;
          case 171 /* CALL */: {
            const method = lp[sp - oparg - 2];
            let callable = lp[sp - oparg - 1];
            let start = sp - oparg;
            let total = oparg;
            if (method !== NULL) {
              callable = method;
              start--;
              total++;
            }
            const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).ob_item.length;
            if (callable instanceof PyFunctionObject && (callable.func_code.co_flags & CO_NOT_INLINABLE) === 0 && tstate.interp.eval_frame === null) {
              // CPython 3.12: the CALL_PY_* path — push the callee's frame and continue in this loop.
              const func = callable;
              const nf = new _PyInterpreterFrame(func.func_code, func, func.func_globals, func.func_builtins, null, frame);
              initialize_locals(func, nf.localsplus, lp, start, total - nkw, kwnames);
              kwnames = null;
              sp -= oparg + 2;
              if (--tstate.py_recursion_remaining < 0) {
                tstate.py_recursion_remaining++;
                PyErr_RaiseFormat(PyExc_RecursionError, "maximum recursion depth exceeded");
              }
              frame.stacktop = sp;
              frame.return_offset = next_instr;
              tstate.current_frame = nf;
              frame = nf;
              code = frame.f_code;
              instrs = code.co_code_adaptive;
              consts = code.co_consts;
              names = code.co_names;
              lp = frame.localsplus;
              base = code.co_nlocalsplus;
              limit = base + code.co_stacksize;
              sp = frame.stacktop;
              next_instr = 0;
              break;
            }
            frame.stacktop = sp;
            const res = PyObject_Vectorcall(callable, lp, start, total - nkw, kwnames);
            kwnames = null;
            sp -= oparg + 2;
            lp[sp++] = res;
            break;
          }
          case 142 /* CALL_FUNCTION_EX */: {
            const kwargs = oparg & 1 ? lp[--sp] : null;
            const callargs = lp[--sp];
            const func = lp[--sp];
            sp--; // NULL
            const args = Py_TYPE(callargs) === op.PyTuple_Type ? callargs : _PyTuple_FromArray(op._PySequence_ToArray(callargs).slice());
            lp[sp++] = PyObject_Call(func, args, kwargs);
            break;
          }
          case 102 /* BUILD_TUPLE */: {
            const items = lp.slice(sp - oparg, sp);
            sp -= oparg;
            lp[sp++] = _PyTuple_FromArray(items);
            break;
          }
          case 103 /* BUILD_LIST */: {
            const items = lp.slice(sp - oparg, sp);
            sp -= oparg;
            lp[sp++] = PyList_New(items);
            break;
          }
          case 162 /* LIST_EXTEND */: {
            const iterable = lp[--sp];
            op._PyList_Extend(lp[sp - oparg] as op.PyListObject, iterable);
            break;
          }
          case 145 /* LIST_APPEND */: {
            const v = lp[--sp];
            (lp[sp - oparg] as op.PyListObject).ob_item.push(v);
            break;
          }
          case 105 /* BUILD_MAP */: {
            const d = PyDict_New();
            for (let i = sp - 2 * oparg; i < sp; i += 2) PyDict_SetItem(d, lp[i], lp[i + 1]);
            sp -= 2 * oparg;
            lp[sp++] = d;
            break;
          }
          case 156 /* BUILD_CONST_KEY_MAP */: {
            const keys = (lp[--sp] as PyTupleObject).ob_item;
            const d = PyDict_New();
            for (let i = 0; i < oparg; i++) PyDict_SetItem(d, keys[i], lp[sp - oparg + i]);
            sp -= oparg;
            lp[sp++] = d;
            break;
          }
          case 157 /* BUILD_STRING */: {
            let s = "";
            for (let i = sp - oparg; i < sp; i++) s += (lp[i] as PyUnicodeObject).value;
            sp -= oparg;
            lp[sp++] = PyUnicode_FromString(s);
            break;
          }
          case 155 /* FORMAT_VALUE */: {
            const have_spec = (oparg & 4) === 4;
            const spec = have_spec ? lp[--sp] : null;
            let v = lp[sp - 1];
            switch (oparg & 3) {
              case 1: v = PyObject_Str(v); break;
              case 2: v = PyObject_Repr(v); break;
              case 3: v = op.PyUnicode_FromString(op._PyUnicode_AsASCIIRepr(v)); break;
            }
            if (spec === null || (spec as PyUnicodeObject).value === "") {
              if (!PyUnicode_Check(v) || Py_TYPE(v) !== op.PyUnicode_Type) v = op.PyObject_Format(v, spec);
            } else {
              v = op.PyObject_Format(v, spec);
            }
            lp[sp - 1] = v;
            break;
          }
          case 114 /* POP_JUMP_IF_FALSE */: {
            const cond = lp[--sp];
            if (cond === Py_False || (cond !== Py_True && !PyObject_IsTrue(cond))) next_instr += oparg;
            break;
          }
          case 115 /* POP_JUMP_IF_TRUE */: {
            const cond = lp[--sp];
            if (cond === Py_True || (cond !== Py_False && PyObject_IsTrue(cond))) next_instr += oparg;
            break;
          }
          case 129 /* POP_JUMP_IF_NONE */:
            if (lp[--sp] === Py_None) next_instr += oparg;
            break;
          case 128 /* POP_JUMP_IF_NOT_NONE */:
            if (lp[--sp] !== Py_None) next_instr += oparg;
            break;
          case 110 /* JUMP_FORWARD */:
            next_instr += oparg;
            break;
          case 140 /* JUMP_BACKWARD */:
            next_instr -= oparg;
            if (--tstate.instruction_budget < 0) _Py_BudgetExhausted(tstate);
            break;
          case 134 /* JUMP_BACKWARD_NO_INTERRUPT */:
            next_instr -= oparg;
            break;
          case 68 /* GET_ITER */:
            lp[sp - 1] = op.PyObject_GetIter(lp[sp - 1]);
            break;
          case 93 /* FOR_ITER */: {
            const it = lp[sp - 1];
            const next = Py_TYPE(it).tp_iternext!(it);
            if (next === undefined) {
              // Jump over the END_FOR that follows the loop body's JUMP_BACKWARD (CPython 3.12: FOR_ITER).
              sp--;
              next_instr += oparg + 1;
            } else {
              lp[sp++] = next;
            }
            break;
          }
          case 92 /* UNPACK_SEQUENCE */: {
            const seq = lp[--sp];
            const items = op._PySequence_ToArray(seq);
            if (items.length !== oparg) {
              if (items.length < oparg) {
                PyErr_RaiseFormat(op.PyExc_ValueError, `not enough values to unpack (expected ${oparg}, got ${items.length})`);
              }
              PyErr_RaiseFormat(op.PyExc_ValueError, `too many values to unpack (expected ${oparg})`);
            }
            for (let i = oparg - 1; i >= 0; i--) lp[sp++] = items[i];
            break;
          }
          case 130 /* RAISE_VARARGS */: {
            if (oparg === 0) {
              const exc = op._PyErr_GetTopmostException(tstate);
              if (exc === null) PyErr_RaiseFormat(op.PyExc_RuntimeError, "No active exception to reraise");
              throw new Reraise(exc as PyBaseExceptionObject);
            }
            const cause = oparg === 2 ? lp[--sp] : null;
            const excarg = lp[--sp];
            do_raise(excarg, cause);
            break;
          }
          case 35 /* PUSH_EXC_INFO */: {
            const value = lp[sp - 1];
            const prev = tstate.exc_info.exc_value;
            lp[sp - 1] = prev === null ? Py_None : prev;
            lp[sp++] = value;
            tstate.exc_info.exc_value = value;
            break;
          }
          case 89 /* POP_EXCEPT */: {
            const v = lp[--sp];
            tstate.exc_info.exc_value = v === Py_None ? null : v;
            break;
          }
          case 36 /* CHECK_EXC_MATCH */: {
            const right = lp[sp - 1];
            const left = lp[sp - 2];
            check_except_type_valid(right);
            lp[sp - 1] = PyErr_GivenExceptionMatches(left, right) ? Py_True : Py_False;
            break;
          }
          case 119 /* RERAISE */: {
            const exc = lp[--sp];
            if (oparg) {
              const lasti = lp[sp - oparg];
              if (typeof lasti === "number") frame.prev_instr = lasti;
            }
            throw new Reraise(exc as PyBaseExceptionObject);
          }
          case 74 /* LOAD_ASSERTION_ERROR */:
            lp[sp++] = op.PyExc_AssertionError;
            break;
          case 108 /* IMPORT_NAME */: {
            const fromlist = lp[--sp];
            const level = lp[sp - 1];
            lp[sp - 1] = import_name(tstate, frame, names[oparg], fromlist, level);
            break;
          }
          case 109 /* IMPORT_FROM */:
            lp[sp] = import_from(lp[sp - 1], names[oparg]);
            sp++;
            break;
          case 132 /* MAKE_FUNCTION */: {
            const codeobj = lp[--sp] as PyCodeObject;
            const func = new PyFunctionObject(codeobj, frame.f_globals, frame.f_builtins, codeobj.co_qualname, codeobj.co_consts[0] !== undefined && PyUnicode_Check(codeobj.co_consts[0]) && (codeobj.co_flags & 0x4000000) === 0 ? Py_None : Py_None, PyDict_GetItemWithError(frame.f_globals, op._Py_ID("__name__")) ?? null);
            if (oparg & 0x08) func.func_closure = lp[--sp];
            if (oparg & 0x04) func.func_annotations = lp[--sp];
            if (oparg & 0x02) func.func_kwdefaults = lp[--sp];
            if (oparg & 0x01) func.func_defaults = lp[--sp];
            lp[sp++] = func;
            break;
          }
          case 75 /* RETURN_GENERATOR */: {
            const func = frame.f_funcobj as PyFunctionObject;
            const flags = code.co_flags;
            const type = flags & 0x80 ? op.PyCoro_Type : flags & 0x200 ? op.PyAsyncGen_Type : op.PyGen_Type;
            const gen = new op.PyGenObject(type, frame, func.func_name, func.func_qualname);
            frame.stacktop = sp;
            if (frame === entry) return gen;
            PyErr_RaiseFormat(PyExc_SystemError, "RETURN_GENERATOR in an inlined frame");
            break;
          }
          case 150 /* YIELD_VALUE */: {
            const retval = lp[--sp];
            frame.stacktop = sp;
            (frame.f_gen as op.PyGenObject).gi_frame_state = op.FRAME_SUSPENDED;
            return retval;
          }
          case 123 /* SEND */: {
            const v = lp[sp - 1];
            const receiver = lp[sp - 2];
            frame.stacktop = sp;
            const [kind, retval] = op.PyIter_Send(receiver, v);
            lp[sp - 1] = retval;
            if (kind === op.PYGEN_RETURN) next_instr += oparg;
            break;
          }
          case 5 /* END_SEND */: {
            const value = lp[--sp];
            lp[sp - 1] = value;
            break;
          }
          case 69 /* GET_YIELD_FROM_ITER */: {
            const iterable = lp[sp - 1];
            if (Py_TYPE(iterable) === op.PyCoro_Type) {
              if (!(code.co_flags & (0x100 | 0x80))) {
                PyErr_RaiseFormat(PyExc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
              }
            } else if (Py_TYPE(iterable) !== op.PyGen_Type) {
              lp[sp - 1] = op.PyObject_GetIter(iterable);
            }
            break;
          }
          case 55 /* CLEANUP_THROW */: {
            // (sub_iter, last_sent_val, exc_value -- none, value)
            const exc_value = lp[sp - 1];
            if (PyErr_GivenExceptionMatches(exc_value, op.PyExc_StopIteration)) {
              const value = ((exc_value as PyBaseExceptionObject).value as PyObject | undefined) ?? Py_None;
              sp -= 3;
              lp[sp++] = Py_None;
              lp[sp++] = value;
            } else {
              throw new Reraise(exc_value as PyBaseExceptionObject);
            }
            break;
          }
          case 104 /* BUILD_SET */: {
            const set = setmod.PySet_New(null);
            for (let i = sp - oparg; i < sp; i++) setmod.PySet_Add(set, lp[i]);
            sp -= oparg;
            lp[sp++] = set;
            break;
          }
          case 146 /* SET_ADD */: {
            const v = lp[--sp];
            setmod.PySet_Add(lp[sp - oparg], v);
            break;
          }
          case 163 /* SET_UPDATE */: {
            const iterable = lp[--sp];
            op._PySet_Update(lp[sp - oparg], iterable);
            break;
          }
          case 147 /* MAP_ADD */: {
            const value = lp[--sp];
            const key = lp[--sp];
            PyDict_SetItem(lp[sp - oparg], key, value);
            break;
          }
          case 165 /* DICT_UPDATE */: {
            const update = lp[--sp];
            const dict = lp[sp - oparg];
            if (!op.PyDict_Check(update) && _PyObject_LookupAttr(update, op._Py_ID("keys")) === undefined) {
              PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(update).tp_name}' object is not a mapping`);
            }
            op.PyDict_Update(dict, update);
            break;
          }
          case 164 /* DICT_MERGE */: {
            const update = lp[--sp];
            const dict = lp[sp - oparg];
            const callable = lp[sp - oparg - 3];
            if (!op.PyDict_Check(update) && _PyObject_LookupAttr(update, op._Py_ID("keys")) === undefined) {
              PyErr_RaiseFormat(PyExc_TypeError, `${funcstr(callable)} argument after ** must be a mapping, not ${Py_TYPE(update).tp_name}`);
            }
            dict_merge(dict, update, 2, callable);
            break;
          }
          case 133 /* BUILD_SLICE */: {
            const step = oparg === 3 ? lp[--sp] : null;
            const stop = lp[--sp];
            const start = lp[sp - 1];
            lp[sp - 1] = slicemod.PySlice_New(start, stop, step);
            break;
          }
          case 26 /* BINARY_SLICE */: {
            const stop = lp[--sp];
            const start = lp[--sp];
            const container = lp[sp - 1];
            lp[sp - 1] = PyObject_GetItem(container, slicemod.PySlice_New(start, stop, null));
            break;
          }
          case 27 /* STORE_SLICE */: {
            const stop = lp[--sp];
            const start = lp[--sp];
            const container = lp[--sp];
            const v = lp[--sp];
            PyObject_SetItem(container, slicemod.PySlice_New(start, stop, null), v);
            break;
          }
          case 94 /* UNPACK_EX */: {
            const before = oparg & 0xff;
            const after = oparg >> 8;
            const seq = lp[--sp];
            const items = op._PySequence_ToArray(seq).slice();
            if (items.length < before + after) {
              PyErr_RaiseFormat(op.PyExc_ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
            }
            for (let i = items.length - 1; i >= items.length - after; i--) lp[sp++] = items[i];
            lp[sp++] = PyList_New(items.slice(before, items.length - after));
            for (let i = before - 1; i >= 0; i--) lp[sp++] = items[i];
            break;
          }
          case 30 /* GET_LEN */:
            lp[sp] = op.PyObject_Size(lp[sp - 1]);
            sp++;
            break;
          case 53 /* BEFORE_WITH */: {
            const mgr = lp[sp - 1];
            const enter = op._PyObject_LookupSpecial(mgr, "__enter__");
            if (enter === undefined) {
              PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(mgr).tp_name}' object does not support the context manager protocol`);
            }
            const exit = op._PyObject_LookupSpecial(mgr, "__exit__");
            if (exit === undefined) {
              PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(mgr).tp_name}' object does not support the context manager protocol (missed __exit__ method)`);
            }
            lp[sp - 1] = exit;
            lp[sp++] = PyObject_Vectorcall(enter, [], 0, 0, null);
            break;
          }
          case 49 /* WITH_EXCEPT_START */: {
            // (exit_func, lasti, unused, val -- exit_func, lasti, unused, val, res)
            const val = lp[sp - 1];
            const exit_func = lp[sp - 4];
            const tb = (val as PyBaseExceptionObject).traceback ?? Py_None;
            lp[sp++] = PyObject_Vectorcall(exit_func, [Py_TYPE(val), val, tb], 0, 3, null);
            break;
          }
          case 174 /* CALL_INTRINSIC_2 */: {
            const value1 = lp[--sp];
            const value2 = lp[sp - 1];
            lp[sp - 1] = call_intrinsic_2(oparg, value2, value1);
            break;
          }
          case 131 /* GET_AWAITABLE */: {
            const iterable = lp[sp - 1];
            lp[sp - 1] = _PyCoro_GetAwaitableIter(iterable, oparg);
            break;
          }
          case 50 /* GET_AITER */: {
            const obj = lp[sp - 1];
            const aiter = op._PyObject_LookupSpecial(obj, "__aiter__");
            if (aiter === undefined) {
              PyErr_RaiseFormat(PyExc_TypeError, `'async for' requires an object with __aiter__ method, got ${Py_TYPE(obj).tp_name}`);
            }
            const it = PyObject_Vectorcall(aiter, [], 0, 0, null);
            if (op._PyObject_LookupSpecial(it, "__anext__") === undefined) {
              PyErr_RaiseFormat(PyExc_TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${Py_TYPE(it).tp_name}`);
            }
            lp[sp - 1] = it;
            break;
          }
          case 51 /* GET_ANEXT */: {
            const aiter = lp[sp - 1];
            const anext = op._PyObject_LookupSpecial(aiter, "__anext__");
            if (anext === undefined) {
              PyErr_RaiseFormat(PyExc_TypeError, `'async for' requires an iterator with __anext__ method, got ${Py_TYPE(aiter).tp_name}`);
            }
            const next_iter = PyObject_Vectorcall(anext, [], 0, 0, null);
            lp[sp++] = _PyCoro_GetAwaitableIter(next_iter, -1);
            break;
          }
          case 54 /* END_ASYNC_FOR */: {
            const exc = lp[sp - 1];
            if (PyErr_GivenExceptionMatches(exc, op.PyExc_StopAsyncIteration)) {
              sp -= 2;
            } else {
              throw new Reraise(exc as PyBaseExceptionObject);
            }
            break;
          }
          case 52 /* BEFORE_ASYNC_WITH */: {
            const mgr = lp[sp - 1];
            const enter = op._PyObject_LookupSpecial(mgr, "__aenter__");
            if (enter === undefined) {
              PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(mgr).tp_name}' object does not support the asynchronous context manager protocol`);
            }
            const exit = op._PyObject_LookupSpecial(mgr, "__aexit__");
            if (exit === undefined) {
              PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(mgr).tp_name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
            }
            lp[sp - 1] = exit;
            lp[sp++] = _PyCoro_GetAwaitableIter(PyObject_Vectorcall(enter, [], 0, 0, null), 1);
            break;
          }
          case 135 /* MAKE_CELL */: {
            const initial = lp[oparg];
            lp[oparg] = new op.PyCellObject(initial);
            break;
          }
          case 149 /* COPY_FREE_VARS */: {
            const closure = ((frame.f_funcobj as PyFunctionObject).func_closure as PyTupleObject).ob_item;
            const offset = code.co_nlocalsplus - oparg;
            for (let i = 0; i < oparg; i++) lp[offset + i] = closure[i];
            break;
          }
          case 136 /* LOAD_CLOSURE */:
            lp[sp++] = lp[oparg];
            break;
          case 137 /* LOAD_DEREF */: {
            const v = (lp[oparg] as op.PyCellObject).ob_ref;
            if (v === NULL) format_exc_unbound(code, oparg);
            lp[sp++] = v;
            break;
          }
          case 138 /* STORE_DEREF */:
            (lp[oparg] as op.PyCellObject).ob_ref = lp[--sp];
            break;
          case 139 /* DELETE_DEREF */: {
            const cell = lp[oparg] as op.PyCellObject;
            if (cell.ob_ref === NULL) format_exc_unbound(code, oparg);
            cell.ob_ref = NULL;
            break;
          }
          case 176 /* LOAD_FROM_DICT_OR_DEREF */: {
            const mapping = lp[--sp];
            const name = code.co_localsplusnames[oparg];
            let v: PyObject | undefined = PyDict_CheckExact(mapping) ? PyDict_GetItemWithError(mapping, name) : mappingGet(mapping, name);
            if (v === undefined) {
              v = (lp[oparg] as op.PyCellObject).ob_ref;
              if (v === NULL) format_exc_unbound(code, oparg);
            }
            lp[sp++] = v;
            break;
          }
          case 175 /* LOAD_FROM_DICT_OR_GLOBALS */: {
            const mapping = lp[--sp];
            const name = names[oparg];
            let v: PyObject | undefined = PyDict_CheckExact(mapping) ? PyDict_GetItemWithError(mapping, name) : mappingGet(mapping, name);
            if (v === undefined) v = PyDict_GetItemWithError(frame.f_globals, name);
            if (v === undefined) v = PyDict_GetItemWithError(frame.f_builtins, name);
            if (v === undefined) format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
            lp[sp++] = v;
            break;
          }
          case 87 /* LOAD_LOCALS */: {
            const locals = frame.f_locals;
            if (locals === null) PyErr_RaiseFormat(PyExc_SystemError, "no locals found");
            lp[sp++] = locals;
            break;
          }
          case 71 /* LOAD_BUILD_CLASS */: {
            const bc = PyDict_GetItemWithError(frame.f_builtins, op._Py_ID("__build_class__"));
            if (bc === undefined) PyErr_RaiseFormat(PyExc_NameError, "__build_class__ not found");
            lp[sp++] = bc;
            break;
          }
          case 141 /* LOAD_SUPER_ATTR */: {
            // Stack: global_super, class, self -> attr (and self for the method form).
            const self = lp[--sp];
            const cls = lp[--sp];
            const global_super = lp[--sp];
            const name = names[oparg >> 2];
            const method = (oparg & 1) !== 0;
            if (global_super === op.PySuper_Type && cls instanceof op.PyTypeObject) {
              const [res, isMethod] = op._PySuper_Lookup(cls, self, name, method);
              if (method) {
                if (isMethod) {
                  lp[sp++] = res;
                  lp[sp++] = self;
                } else {
                  lp[sp++] = NULL;
                  lp[sp++] = res;
                }
              } else lp[sp++] = res;
            } else {
              const sup = oparg & 2 ? PyObject_Vectorcall(global_super, [cls, self], 0, 2, null) : PyObject_Vectorcall(global_super, [], 0, 0, null);
              const res = PyObject_GetAttr(sup, name);
              if (method) lp[sp++] = NULL;
              lp[sp++] = res;
            }
            break;
          }
          case 85 /* SETUP_ANNOTATIONS */: {
            const locals = frame.f_locals!;
            if (PyDict_GetItemWithError(locals, op._Py_ID("__annotations__")) === undefined) {
              PyDict_SetItem(locals, op._Py_ID("__annotations__"), PyDict_New());
            }
            break;
          }
          default:
            PyErr_RaiseFormat(PyExc_SystemError, `unknown opcode ${opcode} (${op.opname?.[opcode] ?? "?"}) at offset ${(next_instr - 1 - CACHES[opcode]) * 2}`);
        }
      }
    } catch (e) {
      let exc: PyBaseExceptionObject;
      if (e instanceof Reraise) {
        exc = e.exc;
      } else {
        exc = _PyErr_FromJS(e);
        PyTraceBack_Here(exc, frame);
      }
      kwnames = null;
      for (;;) {
        const handler = get_exception_handler(code, this_instr);
        if (handler !== null) {
          sp = base + handler.depth;
          if (handler.lasti) lp[sp++] = frame.prev_instr;
          lp[sp++] = exc;
          next_instr = handler.target;
          break;
        }
        frame.stacktop = base;
        if (frame === entry) throw exc;
        // Unwind an inlined call's frame into its caller (CPython: exit_unwind → resume_with_error).
        tstate.py_recursion_remaining++;
        frame = frame.previous!;
        tstate.current_frame = frame;
        code = frame.f_code;
        instrs = code.co_code_adaptive;
        consts = code.co_consts;
        names = code.co_names;
        lp = frame.localsplus;
        base = code.co_nlocalsplus;
        limit = base + code.co_stacksize;
        this_instr = frame.prev_instr;
        PyTraceBack_Here(exc, frame);
      }
    }
  }
}

/** The mapping protocol for non-dict locals (CPython: PyMapping_GetOptionalItem). */
function mappingGet(locals: PyObject, name: PyObject): PyObject | undefined {
  try {
    return PyObject_GetItem(locals, name);
  } catch (e) {
    if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_KeyError)) return undefined;
    throw e;
  }
}

/**
 * CPython 3.12: Objects/object.c (_PyObject_GetMethod): the unbound method when `name` is a method descriptor
 * on the type not shadowed by the instance, else null (the caller then does a plain getattr).
 */
function _PyObject_GetMethod(obj: PyObject, name: PyUnicodeObject): PyObject | null {
  const tp = Py_TYPE(obj);
  if (tp.tp_getattro !== op.PyObject_GenericGetAttr) return null;
  const descr = _PyType_Lookup(tp, name);
  if (descr === undefined) return null;
  const dt = Py_TYPE(descr);
  if ((dt.tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR) === 0) return null;
  const holder = _PyObject_GetDictPtr(obj);
  if (holder !== null && holder.dict !== null && PyDict_GetItemWithError(holder.dict, name) !== undefined) return null;
  return descr;
}

/** CPython 3.12: Objects/genobject.c (_PyCoro_GetAwaitableIter) with ceval's format_awaitable_error. */
function _PyCoro_GetAwaitableIter(o: PyObject, where: number): PyObject {
  const t = Py_TYPE(o);
  if (t === op.PyCoro_Type) return o;
  if (t === op.PyGen_Type && ((o as op.PyGenObject).gi_iframe.f_code.co_flags & 0x100) !== 0) return o; // CO_ITERABLE_COROUTINE
  const getter = op._PyObject_LookupSpecial(o, "__await__");
  if (getter === undefined) {
    if (where === 1) PyErr_RaiseFormat(PyExc_TypeError, `'async with' received an object from __aenter__ that does not implement __await__: ${t.tp_name}`);
    if (where === 2) PyErr_RaiseFormat(PyExc_TypeError, `'async with' received an object from __aexit__ that does not implement __await__: ${t.tp_name}`);
    if (where === -1) PyErr_RaiseFormat(PyExc_TypeError, `'async for' received an invalid object from __anext__: ${t.tp_name}`);
    PyErr_RaiseFormat(PyExc_TypeError, `object ${t.tp_name} can't be used in 'await' expression`);
  }
  const res = PyObject_Vectorcall(getter, [], 0, 0, null);
  if (Py_TYPE(res) === op.PyCoro_Type) PyErr_RaiseFormat(PyExc_TypeError, "__await__() returned a coroutine");
  if (Py_TYPE(res).tp_iternext === null) PyErr_RaiseFormat(PyExc_TypeError, `__await__() returned non-iterator of type '${Py_TYPE(res).tp_name}'`);
  return res;
}

/** CPython 3.12: Python/ceval.c (_PyObject_FunctionStr via format_kwargs_error) */
function funcstr(callable: PyObject): string {
  if (callable instanceof PyFunctionObject) return `${callable.func_qualname.value}()`;
  if (callable instanceof op.PyCFunctionObject) return `${callable.m_ml.ml_name}()`;
  return `${Py_TYPE(callable).tp_name} object`;
}
/** CPython 3.12: Objects/dictobject.c (dict_merge): override 0 = update, 2 = error on duplicate keys (**kwargs). */
function dict_merge(dict: PyObject, other: PyObject, override: number, callable?: PyObject): void {
  const put = (k: PyObject, v: PyObject) => {
    if (override === 2 && PyDict_GetItemWithError(dict, k) !== undefined) {
      if (!PyUnicode_Check(k)) PyErr_RaiseFormat(PyExc_TypeError, `${funcstr(callable!)} keywords must be strings`);
      PyErr_RaiseFormat(PyExc_TypeError, `${funcstr(callable!)} got multiple values for keyword argument '${k.value}'`);
    }
    PyDict_SetItem(dict, k, v);
  };
  if (op.PyDict_Check(other)) {
    for (const [k, v] of (other as PyDictObject).entries()) put(k, v);
    return;
  }
  const keys = PyObject_Vectorcall(PyObject_GetAttr(other, op._Py_ID("keys")), [], 0, 0, null);
  for (const k of op._PySequence_ToArray(keys)) put(k, PyObject_GetItem(other, k));
}

/** CPython 3.12: Python/intrinsics.c (binary intrinsics) */
function call_intrinsic_2(oparg: number, v1: PyObject, v2: PyObject): PyObject {
  switch (oparg) {
    case 1 /* INTRINSIC_PREP_RERAISE_STAR */:
      void v1;
      void v2;
      return PyErr_RaiseFormat(PyExc_SystemError, "except* is not supported yet (ExceptionGroup arrives with issue 6)");
  }
  return PyErr_RaiseFormat(PyExc_SystemError, `intrinsic function ${oparg} (binary) is not implemented yet`);
}

/** CPython 3.12: Python/intrinsics.c (the unary intrinsics used so far). */
function call_intrinsic_1(oparg: number, v: PyObject): PyObject {
  switch (oparg) {
    case 1 /* INTRINSIC_PRINT */:
      if (v !== Py_None) PySys_WriteStdout(PyObject_Repr(v).value + "\n");
      return Py_None;
    case 5 /* INTRINSIC_UNARY_POSITIVE */:
      return PyNumber_Positive(v);
    case 3 /* INTRINSIC_STOPITERATION_ERROR */: {
      // A StopIteration escaping a generator becomes RuntimeError (PEP 479).
      const tstate = _PyThreadState_GET();
      const f = tstate.current_frame!;
      const flags = f.f_code.co_flags;
      if (PyErr_GivenExceptionMatches(v, op.PyExc_StopIteration) || PyErr_GivenExceptionMatches(v, op.PyExc_StopAsyncIteration)) {
        const what = flags & 0x80 ? "coroutine" : flags & 0x200 ? "async generator" : "generator";
        const msg = PyErr_GivenExceptionMatches(v, op.PyExc_StopAsyncIteration) && flags & 0x200
          ? "async generator raised StopAsyncIteration"
          : `${what} raised StopIteration`;
        const err = op.PyErr_NewExceptionObject(op.PyExc_RuntimeError, msg);
        err.cause = v;
        err.context = v;
        err.suppress_context = true;
        return err;
      }
      return v;
    }
    case 6 /* INTRINSIC_LIST_TO_TUPLE */:
      return _PyTuple_FromArray((v as op.PyListObject).ob_item.slice());
  }
  return PyErr_RaiseFormat(PyExc_SystemError, `intrinsic function ${oparg} is not implemented yet`);
}

/** CPython 3.12: Python/ceval.c (do_raise) */
function do_raise(exc: PyObject, cause: PyObject | null): never {
  let value: PyBaseExceptionObject;
  if (PyExceptionClass_Check(exc)) {
    const v = PyObject_Vectorcall(exc, [], 0, 0, null);
    if (!PyExceptionInstance_Check(v)) {
      PyErr_RaiseFormat(PyExc_TypeError, `calling ${PyObject_Repr(exc).value} should have returned an instance of BaseException, not ${Py_TYPE(v).tp_name}`);
    }
    value = v;
  } else if (PyExceptionInstance_Check(exc)) {
    value = exc;
  } else {
    PyErr_RaiseFormat(PyExc_TypeError, "exceptions must derive from BaseException");
  }
  if (cause !== null) {
    let fixed: PyObject | null;
    if (PyExceptionClass_Check(cause)) fixed = PyObject_Vectorcall(cause, [], 0, 0, null);
    else if (PyExceptionInstance_Check(cause)) fixed = cause;
    else if (cause === Py_None) fixed = null;
    else PyErr_RaiseFormat(PyExc_TypeError, "exception causes must derive from BaseException");
    value.cause = fixed;
    value.suppress_context = true;
  }
  // Chain the exception being handled as __context__ (CPython: _PyErr_SetObject's context logic).
  const handled = op._PyErr_GetTopmostException(_PyThreadState_GET());
  if (handled !== null && handled !== value && value.context === null) {
    let o: PyObject | null = handled;
    let cycle = false;
    while (o !== null && PyExceptionInstance_Check(o)) {
      if (o.context === value) {
        o.context = null;
        break;
      }
      o = o.context;
      if (o === handled) {
        cycle = true;
        break;
      }
    }
    if (!cycle) value.context = handled;
  }
  throw value;
}

const CANNOT_CATCH_MSG = "catching classes that do not inherit from BaseException is not allowed";
/** CPython 3.12: Python/ceval.c (check_except_type_valid) */
function check_except_type_valid(right: PyObject): void {
  if (op.PyTuple_Check(right)) {
    for (const t of right.ob_item) if (!PyExceptionClass_Check(t)) PyErr_RaiseFormat(PyExc_TypeError, CANNOT_CATCH_MSG);
  } else if (!PyExceptionClass_Check(right)) {
    PyErr_RaiseFormat(PyExc_TypeError, CANNOT_CATCH_MSG);
  }
}

/** CPython 3.12: Python/ceval.c (import_name): through builtins.__import__ unless it is the original. */
function import_name(tstate: PyThreadState, frame: _PyInterpreterFrame, name: PyObject, fromlist: PyObject, level: PyObject): PyObject {
  const importFunc = PyDict_GetItemWithError(frame.f_builtins, op._Py_ID("__import__"));
  if (importFunc === undefined) PyErr_RaiseFormat(PyExc_ImportError, "__import__ not found");
  const locals = frame.f_locals ?? Py_None;
  if (importFunc instanceof op.PyCFunctionObject && importFunc.m_ml.ml_name === "__import__" && importFunc.m_self === tstate.interp.builtins_module) {
    return PyImport_ImportModuleLevelObject(name, frame.f_globals, locals, fromlist, op.PyLong_AsLong(level));
  }
  return PyObject_Vectorcall(importFunc, [name, frame.f_globals, locals, fromlist, level], 0, 5, null);
}
/** CPython 3.12: Python/ceval.c (import_from) */
function import_from(v: PyObject, name: PyUnicodeObject): PyObject {
  const x = _PyObject_LookupAttr(v, name);
  if (x !== undefined) return x;
  const pkgname = PyModule_Check(v) ? PyDict_GetItemWithError(PyModule_GetDict(v), op._Py_ID("__name__")) : undefined;
  const pn = pkgname !== undefined && PyUnicode_Check(pkgname) ? pkgname.value : "<unknown module name>";
  PyErr_Raise(PyExc_ImportError, `cannot import name '${name.value}' from '${pn}' (unknown location)`, (e) => {
    e.msg = PyUnicode_FromString(`cannot import name '${name.value}' from '${pn}' (unknown location)`);
    e.name = pkgname ?? Py_None;
    e.path = Py_None;
  });
}

/** The host's instruction budget ran out: raise, and refill so the interpreter stays usable. */
function _Py_BudgetExhausted(tstate: PyThreadState): never {
  tstate.instruction_budget = Infinity;
  PyErr_RaiseFormat(op.PyExc_KeyboardInterrupt, "instruction budget exhausted");
}

// ---- Entry points ----

/** CPython 3.12: Python/ceval.c (_PyEval_EvalFrame): the PEP 523 hook, or the default loop. */
export function _PyEval_EvalFrame(tstate: PyThreadState, frame: _PyInterpreterFrame, throwflag: number): PyObject {
  const f = tstate.interp.eval_frame;
  if (f === null) return _PyEval_EvalFrameDefault(tstate, frame, throwflag);
  return f(tstate, frame, throwflag);
}

/**
 * CPython 3.12: Python/ceval.c (_PyEval_Vector): make a frame for `func` (or bare code with `globals`),
 * bind the arguments, and evaluate it.
 */
export function _PyEval_Vector(
  tstate: PyThreadState,
  func: PyFunctionObject,
  locals: PyObject | null,
  args: readonly PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
): PyObject {
  const code = func.func_code;
  const frame = new _PyInterpreterFrame(code, func, func.func_globals, func.func_builtins, locals, null);
  initialize_locals(func, frame.localsplus, args, start, nargs, kwnames);
  return _PyEval_EvalFrame(tstate, frame, 0);
}

/** CPython 3.12: Python/ceval.c (initialize_locals), for positional and keyword arguments with defaults. */
function initialize_locals(func: PyFunctionObject, lp: PyObject[], args: readonly PyObject[], start: number, nargs: number, kwnames: PyObject | null): void {
  const co = func.func_code;
  const argcount = co.co_argcount;
  const total = argcount + co.co_kwonlyargcount;
  const qual = func.func_qualname.value;
  const hasVarargs = (co.co_flags & 0x04) !== 0;
  const hasVarkw = (co.co_flags & 0x08) !== 0;
  let kwdict: PyDictObject | null = null;
  if (hasVarkw) {
    kwdict = PyDict_New();
    lp[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const n = Math.min(nargs, argcount);
  for (let i = 0; i < n; i++) lp[i] = args[start + i];
  if (hasVarargs) lp[total] = _PyTuple_FromArray(args.slice(start + n, start + nargs) as PyObject[]);
  else if (nargs > argcount) {
    const defaults = func.func_defaults === null ? 0 : (func.func_defaults as PyTupleObject).ob_item.length;
    const min = argcount - defaults;
    const takes = min === argcount ? `${argcount}` : `from ${min} to ${argcount}`;
    PyErr_RaiseFormat(PyExc_TypeError, `${qual}() takes ${takes} positional argument${argcount === 1 && min === argcount ? "" : "s"} but ${nargs} ${nargs === 1 ? "was" : "were"} given`);
  }
  if (kwnames !== null) {
    const kn = (kwnames as PyTupleObject).ob_item;
    for (let i = 0; i < kn.length; i++) {
      const key = kn[i] as PyUnicodeObject;
      const value = args[start + nargs + i];
      let j = co.co_posonlyargcount;
      for (; j < total; j++) if (co.co_localsplusnames[j].value === key.value) break;
      if (j === total) {
        if (kwdict === null) PyErr_RaiseFormat(PyExc_TypeError, `${qual}() got an unexpected keyword argument '${key.value}'`);
        PyDict_SetItem(kwdict, key, value);
        continue;
      }
      if (lp[j] !== NULL) PyErr_RaiseFormat(PyExc_TypeError, `${qual}() got multiple values for argument '${key.value}'`);
      lp[j] = value;
    }
  }
  if (nargs < argcount) {
    const defaults = func.func_defaults === null ? [] : (func.func_defaults as PyTupleObject).ob_item;
    const m = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = nargs; i < m; i++) if (lp[i] === NULL) missing.push(co.co_localsplusnames[i].value);
    if (missing.length > 0) missing_arguments(qual, missing, "positional");
    for (let i = Math.max(m, nargs); i < argcount; i++) if (lp[i] === NULL) lp[i] = defaults[i - m];
  }
  if (co.co_kwonlyargcount > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (lp[i] !== NULL) continue;
      const name = co.co_localsplusnames[i];
      const d = func.func_kwdefaults === null ? undefined : PyDict_GetItemWithError(func.func_kwdefaults, name);
      if (d !== undefined) lp[i] = d;
      else missing.push(name.value);
    }
    if (missing.length > 0) missing_arguments(qual, missing, "keyword-only");
  }
}
function missing_arguments(qual: string, missing: string[], kind: string): never {
  const quoted = missing.map((m) => `'${m}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  PyErr_RaiseFormat(PyExc_TypeError, `${qual}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? "" : "s"}: ${list}`);
}

/** CPython 3.12: Objects/call.c (_PyFunction_Vectorcall) */
function _PyFunction_Vectorcall(func: PyFunctionObject, args: readonly PyObject[], start: number, nargs: number, kwnames: PyObject | null): PyObject {
  const tstate = _PyThreadState_GET();
  const locals = (func.func_code.co_flags & 0x02) !== 0 ? null : func.func_globals; // CO_OPTIMIZED
  return _PyEval_Vector(tstate, func, locals, args, start, nargs, kwnames);
}

/** CPython 3.12: Python/ceval.c (PyEval_EvalCode): run a module-level code object in `globals`/`locals`. */
export function PyEval_EvalCode(co: PyObject, globals: PyObject, locals: PyObject): PyObject {
  const tstate = _PyThreadState_GET();
  const g = globals as PyDictObject;
  let builtins = PyDict_GetItemWithError(g, op._Py_ID("__builtins__"));
  if (builtins === undefined) builtins = tstate.interp.builtins_module!;
  const bdict = PyModule_Check(builtins) ? PyModule_GetDict(builtins) : (builtins as PyDictObject);
  const code = co as PyCodeObject;
  const frame = new _PyInterpreterFrame(code, null, g, bdict, locals === Py_None ? g : locals, null);
  return _PyEval_EvalFrame(tstate, frame, 0);
}
/** CPython 3.12: Python/ceval.c (PyEval_EvalCodeEx), positional arguments and defaults for a bare code object. */
export function PyEval_EvalCodeEx(
  co: PyObject,
  globals: PyObject,
  locals: PyObject | null,
  args: PyObject[] = [],
  kws: PyObject[] = [],
  defs: PyObject[] = [],
  kwdefs: PyObject | null = null,
  closure: PyObject | null = null,
): PyObject {
  const tstate = _PyThreadState_GET();
  const code = co as PyCodeObject;
  const g = globals as PyDictObject;
  const func = new PyFunctionObject(code, g, tstate.interp.builtins, null, Py_None, null);
  if (defs.length > 0) func.func_defaults = _PyTuple_FromArray(defs);
  func.func_kwdefaults = kwdefs;
  func.func_closure = closure;
  const names: PyObject[] = [];
  const all = args.slice();
  for (let i = 0; i + 1 < kws.length; i += 2) {
    names.push(kws[i]);
    all.push(kws[i + 1]);
  }
  return _PyEval_Vector(tstate, func, locals, all, 0, args.length, names.length ? _PyTuple_FromArray(names) : null);
}
/** CPython 3.12: Python/ceval.c (PyEval_EvalFrame) — a frame object's interpreter frame, evaluated. */
export function PyEval_EvalFrame(frame: _PyInterpreterFrame): PyObject {
  return PyEval_EvalFrameEx(frame, 0);
}
/** CPython 3.12: Python/ceval.c (PyEval_EvalFrameEx) */
export function PyEval_EvalFrameEx(frame: _PyInterpreterFrame, throwflag: number): PyObject {
  return _PyEval_EvalFrame(_PyThreadState_GET(), frame, throwflag);
}
/** CPython 3.12: Python/ceval.c (PyEval_GetBuiltins / GetGlobals / GetLocals / GetFrame) */
export function PyEval_GetBuiltins(): PyObject {
  const f = _PyThreadState_GET().current_frame;
  return f === null ? _PyThreadState_GET().interp.builtins : f.f_builtins;
}
export function PyEval_GetGlobals(): PyObject | null {
  return _PyThreadState_GET().current_frame?.f_globals ?? null;
}
export function PyEval_GetLocals(): PyObject | null {
  const f = _PyThreadState_GET().current_frame;
  return f === null ? null : (f.f_locals ?? f.f_globals);
}
export function PyEval_GetFrame(): PyObject | null {
  const f = _PyThreadState_GET().current_frame;
  return f === null ? null : op._PyFrame_GetFrameObject(f);
}

/** What @typhon/ceval provides to the runtime: pass to `_PyRuntime_InstallHooks({ evaluator })`. */
export const evaluator = {
  evalWithLocals: (func: PyFunctionObject, locals: PyObject, args: readonly PyObject[], start: number, nargs: number) =>
    _PyEval_Vector(_PyThreadState_GET(), func, locals, args, start, nargs, null),
  evalFrameDefault: _PyEval_EvalFrameDefault,
  evalCode: PyEval_EvalCode,
  functionVectorcall: _PyFunction_Vectorcall,
};

void _PyRuntime;
void _PyInterpreterState_GetEvalFrameFunc;
void _PyErr_Throw;
void _PyErr_CreateException;
void PyExc_AttributeError;
void PyExc_BaseException;
void PyType_IsSubtype;
void PyObject_CallOneArg;
void Py_NotImplemented;
void _PyStack_AsTupleAndDict;
void _PyCode_New;
void CO_FAST_LOCAL;
