/**
 * The compiler as the runtime sees it: @typhon/compiler's `compileSource`, with the compiler's TS exceptions
 * turned into the Python exceptions CPython raises (SyntaxError and subclasses with their location fields,
 * MemoryError for parser stack exhaustion, RecursionError for over-deep compilation).
 */
import * as rt from "@typhon/runtime";
import { compileSource, ParserSyntaxError, ParserMemoryError, CompilerRecursionError } from "@typhon/compiler";

const num = (n: number | null | undefined): rt.PyObject => (n === null || n === undefined ? rt.Py_None : n);

/** A Python exception for an error thrown by the parser or compiler (anything else passes through). */
export function _PyCompile_ToPythonException(e: unknown): unknown {
  if (e instanceof ParserSyntaxError) {
    const type =
      e.pyType === "IndentationError" ? rt.PyExc_IndentationError
      : e.pyType === "TabError" ? rt.PyExc_TabError
      : e.pyType === "SyntaxError" ? rt.PyExc_SyntaxError
      : e.pyType === "UnicodeDecodeError" ? rt.PyExc_UnicodeDecodeError
      : rt.PyExc_SystemError;
    if (type === rt.PyExc_UnicodeDecodeError || type === rt.PyExc_SystemError) {
      return rt.PyErr_NewExceptionObject(type, e.msg);
    }
    const details = rt._PyTuple_FromArray([
      rt.PyUnicode_FromString(e.filename),
      num(e.lineno),
      num(e.offset),
      e.text === null || e.text === undefined ? rt.Py_None : rt.PyUnicode_FromString(e.text),
      num(e.end_lineno),
      num(e.end_offset),
    ]);
    return rt._PyErr_CreateException(type, rt._PyTuple_FromArray([rt.PyUnicode_FromString(e.msg), details]));
  }
  if (e instanceof ParserMemoryError) return rt.PyErr_NewExceptionObject(rt.PyExc_MemoryError, e.message);
  if (e instanceof CompilerRecursionError) return rt.PyErr_NewExceptionObject(rt.PyExc_RecursionError, e.message);
  return e;
}

/** The `compile` hook installed into the runtime. */
export function _PyCompile_Hook(
  source: string | Uint8Array,
  filename: string,
  mode: "exec" | "eval" | "single",
  flags: number,
  optimize: number,
): rt.PyCodeObject {
  try {
    return compileSource(source, filename, mode, optimize, flags);
  } catch (e) {
    throw _PyCompile_ToPythonException(e);
  }
}
