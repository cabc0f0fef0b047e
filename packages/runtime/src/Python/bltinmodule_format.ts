/**
 * The formatting builtins: format(), ascii(), round(). Included in the builtins module's method table
 * (Python/bltinmodule.ts: `...builtin_format_methods`).
 * CPython 3.12: Python/bltinmodule.c (builtin_format_impl, builtin_ascii, builtin_round_impl)
 */
import { PyObject, Py_TYPE } from "../Objects/object.js";
import { METH_O, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../Objects/methodobject.js";

/** CPython 3.12: Python/bltinmodule.c (builtin_format_impl): format(value, format_spec='', /) */
function builtin_format(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("format", nargs, 1, 2);
  let spec: PyObject | null = null;
  if (nargs > 1) {
    spec = args[1];
    if (!PyUnicode_Check(spec)) PyErr_RaiseFormat(PyExc_TypeError, `format() argument 2 must be str, not ${Py_TYPE(spec).tp_name}`);
  }
  return PyObject_Format(args[0], spec);
}

/** CPython 3.12: Python/bltinmodule.c (builtin_ascii) */
function builtin_ascii(_m: PyObject | null, obj: PyObject): PyObject {
  return PyUnicode_FromString(_PyUnicode_AsASCIIRepr(obj));
}

/** CPython 3.12: Python/bltinmodule.c (builtin_round_impl): round(number, ndigits=None) */
function builtin_round(_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords("round", args, nargs, kwnames, ["number", "ndigits"], 0, 1, 2);
  const number = a[0]!;
  const ndigits = a[1] ?? Py_None;
  const round = _PyObject_LookupSpecial(number, "__round__");
  if (round === undefined) {
    // int and float get __round__ from _PyFormat_InitTypes; until that runs, round them here.
    if (PyFloat_Check(number)) return float___round__(number, ndigits === Py_None ? [] : [ndigits], ndigits === Py_None ? 0 : 1);
    if (PyLong_Check(number)) return int___round__(number, ndigits === Py_None ? [] : [ndigits], ndigits === Py_None ? 0 : 1);
    PyErr_RaiseFormat(PyExc_TypeError, `type ${Py_TYPE(number).tp_name} doesn't define __round__ method`);
  }
  if (ndigits === Py_None) return PyObject_CallNoArgs(round);
  return PyObject_CallOneArg(round, ndigits);
}

/** The formatting builtins, as entries of the builtins module's method table. */
export const builtin_format_methods: PyMethodDef[] = [
  {
    ml_name: "ascii",
    ml_meth: builtin_ascii,
    ml_flags: METH_O,
    ml_doc:
      "Return an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2.",
  },
  {
    ml_name: "format",
    ml_meth: builtin_format,
    ml_flags: METH_FASTCALL,
    ml_doc:
      "Return type(value).__format__(value, format_spec)\n\nMany built-in types implement format_spec according to the\nFormat Specification Mini-language. See help('FORMATTING').\n\nIf type(value) does not supply a method named __format__\nand format_spec is empty, then str(value) is returned.\nSee also help('SPECIALMETHODS').",
  },
  {
    ml_name: "round",
    ml_meth: builtin_round,
    ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc:
      "Round a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative.",
  },
];

import { PyErr_RaiseFormat } from "./errors.js";
import { PyExc_TypeError } from "../Objects/exceptions.js";
import { PyUnicode_Check, PyUnicode_FromString } from "../Objects/unicodeobject.js";
import { PyObject_Format, _PyUnicode_AsASCIIRepr } from "../Objects/abstract.js";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Objects/tupleobject.js";
import { _PyObject_LookupSpecial } from "../Objects/listobject.js";
import { Py_None } from "../Objects/noneobject.js";
import { PyObject_CallNoArgs, PyObject_CallOneArg } from "../Objects/call.js";
import { PyFloat_Check } from "../Objects/floatobject.js";
import { PyLong_Check } from "../Objects/longobject.js";
import { float___round__, int___round__ } from "../Objects/unicode_format.js";
