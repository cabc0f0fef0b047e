/**
 * The value-stack operations of CPython's evaluation loop, for evaluators that work on a frame from outside
 * the default loop (custom eval_frame functions, debuggers). `_PyEval_EvalFrameDefault` inlines the same
 * operations on a local stack pointer for speed.
 * CPython 3.12: Python/ceval_macros.h
 */
import type { PyObject, _PyInterpreterFrame } from "@typhon/runtime";

/** Number of values on the stack (CPython: STACK_LEVEL). */
export function STACK_LEVEL(f: _PyInterpreterFrame): number {
  return f.stacktop - f.f_code.co_nlocalsplus;
}
/** The stack's capacity (CPython: STACK_SIZE). */
export function STACK_SIZE(f: _PyInterpreterFrame): number {
  return f.f_code.co_stacksize;
}
export function PUSH(f: _PyInterpreterFrame, v: PyObject): void {
  f.localsplus[f.stacktop++] = v;
}
export function POP(f: _PyInterpreterFrame): PyObject {
  return f.localsplus[--f.stacktop];
}
export function TOP(f: _PyInterpreterFrame): PyObject {
  return f.localsplus[f.stacktop - 1];
}
/** PEEK(n): the n-th value from the top, 1-based. */
export function PEEK(f: _PyInterpreterFrame, n: number): PyObject {
  return f.localsplus[f.stacktop - n];
}
export function SET_TOP(f: _PyInterpreterFrame, v: PyObject): void {
  f.localsplus[f.stacktop - 1] = v;
}
export function STACK_GROW(f: _PyInterpreterFrame, n: number): void {
  f.stacktop += n;
}
export function STACK_SHRINK(f: _PyInterpreterFrame, n: number): void {
  f.stacktop -= n;
}
