/**
 * The built-in exception hierarchy of 3.12. Exceptions are thrown as JS values (docs/design.md, "Errors"); a
 * `PyBaseExceptionObject` is not a JS `Error`, so throwing one captures no JS stack and costs little.
 * CPython 3.12: Objects/exceptions.c
 */
import { PyBaseObject, PyObject, PyTypeObject, _PyType_NewStatic, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_BASE_EXC_SUBCLASS } from "./object.js";
import type { PyDictObject } from "./dictobject.js";

/** CPython 3.12: Include/cpython/pyerrors.h (PyBaseExceptionObject), plus the subclass fields it may need. */
export class PyBaseExceptionObject extends PyBaseObject {
  dict: PyDictObject | null = null;
  args: PyObject = null as unknown as PyObject;
  notes: PyObject | null = null;
  traceback: PyObject | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppress_context = false;
  /** Subclass-specific fields (SyntaxError's msg/filename/lineno..., StopIteration's value, ...). */
  [field: string]: unknown;
}

const BASE_FLAGS = Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BASE_EXC_SUBCLASS;

function exc(name: string, base: PyTypeObject | null, doc: string): PyTypeObject {
  const t = _PyType_NewStatic(name, { tp_base: base, tp_flags: BASE_FLAGS, tp_doc: doc });
  t.tp_dictoffset = true;
  allExceptions.push(t);
  return t;
}
/** Every built-in exception type, in definition order (for the builtins module). */
export const allExceptions: PyTypeObject[] = [];

export const PyExc_BaseException = exc("BaseException", null, "Common base class for all exceptions");
export const PyExc_BaseExceptionGroup = exc("BaseExceptionGroup", PyExc_BaseException, "A combination of multiple unrelated exceptions.");
export const PyExc_Exception = exc("Exception", PyExc_BaseException, "Common base class for all non-exit exceptions.");
export const PyExc_GeneratorExit = exc("GeneratorExit", PyExc_BaseException, "Request that a generator exit.");
export const PyExc_KeyboardInterrupt = exc("KeyboardInterrupt", PyExc_BaseException, "Program interrupted by user.");
export const PyExc_SystemExit = exc("SystemExit", PyExc_BaseException, "Request to exit from the interpreter.");
export const PyExc_ArithmeticError = exc("ArithmeticError", PyExc_Exception, "Base class for arithmetic errors.");
export const PyExc_FloatingPointError = exc("FloatingPointError", PyExc_ArithmeticError, "Floating point operation failed.");
export const PyExc_OverflowError = exc("OverflowError", PyExc_ArithmeticError, "Result too large to be represented.");
export const PyExc_ZeroDivisionError = exc("ZeroDivisionError", PyExc_ArithmeticError, "Second argument to a division or modulo operation was zero.");
export const PyExc_AssertionError = exc("AssertionError", PyExc_Exception, "Assertion failed.");
export const PyExc_AttributeError = exc("AttributeError", PyExc_Exception, "Attribute not found.");
export const PyExc_BufferError = exc("BufferError", PyExc_Exception, "Buffer error.");
export const PyExc_EOFError = exc("EOFError", PyExc_Exception, "Read beyond end of file.");
export const PyExc_ExceptionGroup = exc("ExceptionGroup", PyExc_BaseExceptionGroup, "");
export const PyExc_ImportError = exc("ImportError", PyExc_Exception, "Import can't find module, or can't find name in module.");
export const PyExc_ModuleNotFoundError = exc("ModuleNotFoundError", PyExc_ImportError, "Module not found.");
export const PyExc_LookupError = exc("LookupError", PyExc_Exception, "Base class for lookup errors.");
export const PyExc_IndexError = exc("IndexError", PyExc_LookupError, "Sequence index out of range.");
export const PyExc_KeyError = exc("KeyError", PyExc_LookupError, "Mapping key not found.");
export const PyExc_MemoryError = exc("MemoryError", PyExc_Exception, "Out of memory.");
export const PyExc_NameError = exc("NameError", PyExc_Exception, "Name not found globally.");
export const PyExc_UnboundLocalError = exc("UnboundLocalError", PyExc_NameError, "Local name referenced but not bound to a value.");
export const PyExc_OSError = exc("OSError", PyExc_Exception, "Base class for I/O related errors.");
export const PyExc_BlockingIOError = exc("BlockingIOError", PyExc_OSError, "I/O operation would block.");
export const PyExc_ChildProcessError = exc("ChildProcessError", PyExc_OSError, "Child process error.");
export const PyExc_ConnectionError = exc("ConnectionError", PyExc_OSError, "Connection error.");
export const PyExc_BrokenPipeError = exc("BrokenPipeError", PyExc_ConnectionError, "Broken pipe.");
export const PyExc_ConnectionAbortedError = exc("ConnectionAbortedError", PyExc_ConnectionError, "Connection aborted.");
export const PyExc_ConnectionRefusedError = exc("ConnectionRefusedError", PyExc_ConnectionError, "Connection refused.");
export const PyExc_ConnectionResetError = exc("ConnectionResetError", PyExc_ConnectionError, "Connection reset.");
export const PyExc_FileExistsError = exc("FileExistsError", PyExc_OSError, "File already exists.");
export const PyExc_FileNotFoundError = exc("FileNotFoundError", PyExc_OSError, "File not found.");
export const PyExc_InterruptedError = exc("InterruptedError", PyExc_OSError, "Interrupted by signal.");
export const PyExc_IsADirectoryError = exc("IsADirectoryError", PyExc_OSError, "Operation doesn't work on directories.");
export const PyExc_NotADirectoryError = exc("NotADirectoryError", PyExc_OSError, "Operation only works on directories.");
export const PyExc_PermissionError = exc("PermissionError", PyExc_OSError, "Not enough permissions.");
export const PyExc_ProcessLookupError = exc("ProcessLookupError", PyExc_OSError, "Process not found.");
export const PyExc_TimeoutError = exc("TimeoutError", PyExc_OSError, "Timeout expired.");
export const PyExc_ReferenceError = exc("ReferenceError", PyExc_Exception, "Weak ref proxy used after referent went away.");
export const PyExc_RuntimeError = exc("RuntimeError", PyExc_Exception, "Unspecified run-time error.");
export const PyExc_NotImplementedError = exc("NotImplementedError", PyExc_RuntimeError, "Method or function hasn't been implemented yet.");
export const PyExc_RecursionError = exc("RecursionError", PyExc_RuntimeError, "Recursion limit exceeded.");
export const PyExc_StopAsyncIteration = exc("StopAsyncIteration", PyExc_Exception, "Signal the end from iterator.__anext__().");
export const PyExc_StopIteration = exc("StopIteration", PyExc_Exception, "Signal the end from iterator.__next__().");
export const PyExc_SyntaxError = exc("SyntaxError", PyExc_Exception, "Invalid syntax.");
export const PyExc_IndentationError = exc("IndentationError", PyExc_SyntaxError, "Improper indentation.");
export const PyExc_TabError = exc("TabError", PyExc_IndentationError, "Improper mixture of spaces and tabs.");
export const PyExc_SystemError = exc("SystemError", PyExc_Exception, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.");
export const PyExc_TypeError = exc("TypeError", PyExc_Exception, "Inappropriate argument type.");
export const PyExc_ValueError = exc("ValueError", PyExc_Exception, "Inappropriate argument value (of correct type).");
export const PyExc_UnicodeError = exc("UnicodeError", PyExc_ValueError, "Unicode related error.");
export const PyExc_UnicodeDecodeError = exc("UnicodeDecodeError", PyExc_UnicodeError, "Unicode decoding error.");
export const PyExc_UnicodeEncodeError = exc("UnicodeEncodeError", PyExc_UnicodeError, "Unicode encoding error.");
export const PyExc_UnicodeTranslateError = exc("UnicodeTranslateError", PyExc_UnicodeError, "Unicode translation error.");
export const PyExc_Warning = exc("Warning", PyExc_Exception, "Base class for warning categories.");
export const PyExc_BytesWarning = exc("BytesWarning", PyExc_Warning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.");
export const PyExc_DeprecationWarning = exc("DeprecationWarning", PyExc_Warning, "Base class for warnings about deprecated features.");
export const PyExc_EncodingWarning = exc("EncodingWarning", PyExc_Warning, "Base class for warnings about encodings.");
export const PyExc_FutureWarning = exc("FutureWarning", PyExc_Warning, "Base class for warnings about constructs that will change semantically\nin the future.");
export const PyExc_ImportWarning = exc("ImportWarning", PyExc_Warning, "Base class for warnings about probable mistakes in module imports");
export const PyExc_PendingDeprecationWarning = exc("PendingDeprecationWarning", PyExc_Warning, "Base class for warnings about features which will be deprecated\nin the future.");
export const PyExc_ResourceWarning = exc("ResourceWarning", PyExc_Warning, "Base class for warnings about resource usage.");
export const PyExc_RuntimeWarning = exc("RuntimeWarning", PyExc_Warning, "Base class for warnings about dubious runtime behavior.");
export const PyExc_SyntaxWarning = exc("SyntaxWarning", PyExc_Warning, "Base class for warnings about dubious syntax.");
export const PyExc_UnicodeWarning = exc("UnicodeWarning", PyExc_Warning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.");
export const PyExc_UserWarning = exc("UserWarning", PyExc_Warning, "Base class for warnings generated by user code.");

// ---- Slots (CPython 3.12: Objects/exceptions.c) ----

function BaseException_new(type: PyTypeObject, args: PyObject, _kwds: PyObject | null): PyObject {
  const self = new PyBaseExceptionObject(type);
  self.args = args;
  return self;
}
function BaseException_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  if (kwds !== null && (kwds as PyDictObject).size !== 0 && !(Py_TYPE(self).tp_flags & Py_TPFLAGS_HEAPTYPE)) {
    PyErr_RaiseFormat(PyExc_TypeError, `${Py_TYPE(self).shortName}() takes no keyword arguments`);
  }
  (self as PyBaseExceptionObject).args = args;
}
function argsOf(self: PyObject): PyObject[] {
  return ((self as PyBaseExceptionObject).args as PyTupleObject).ob_item;
}
/** CPython 3.12: Objects/exceptions.c (BaseException_str) */
function BaseException_str(self: PyObject): PyObject {
  const a = argsOf(self);
  if (a.length === 0) return PyUnicode_FromString("");
  if (a.length === 1) return PyObject_Str(a[0]);
  return PyObject_Str((self as PyBaseExceptionObject).args);
}
/** CPython 3.12: Objects/exceptions.c (BaseException_repr) */
function BaseException_repr(self: PyObject): PyObject {
  const name = Py_TYPE(self).shortName;
  const a = argsOf(self);
  if (a.length === 1) return PyUnicode_FromString(`${name}(${PyObject_Repr(a[0]).value})`);
  return PyUnicode_FromString(`${name}${PyObject_Repr((self as PyBaseExceptionObject).args).value}`);
}
/** CPython 3.12: Objects/exceptions.c (KeyError_str): repr of a single argument. */
function KeyError_str(self: PyObject): PyObject {
  const a = argsOf(self);
  if (a.length === 1) return PyObject_Repr(a[0]);
  return BaseException_str(self);
}
/** CPython 3.12: Objects/exceptions.c (SyntaxError_init) */
function SyntaxError_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  BaseException_init(self, args, kwds);
  const e = self as PyBaseExceptionObject;
  const a = argsOf(self);
  e.msg = a.length >= 1 ? a[0] : Py_None;
  e.filename = Py_None;
  e.lineno = Py_None;
  e.offset = Py_None;
  e.text = Py_None;
  e.end_lineno = Py_None;
  e.end_offset = Py_None;
  e.print_file_and_line = Py_None;
  if (a.length === 2) {
    const info = _PySequence_ToArray(a[1]);
    if (info.length < 4 || info.length > 6) PyErr_RaiseFormat(PyExc_IndexError, "tuple index out of range");
    [e.filename, e.lineno, e.offset, e.text] = info;
    if (info.length > 4) e.end_lineno = info[4];
    if (info.length > 5) e.end_offset = info[5];
  }
}
/** CPython 3.12: Objects/exceptions.c (SyntaxError_str): "msg (file, line N)" */
function SyntaxError_str(self: PyObject): PyObject {
  const e = self as PyBaseExceptionObject;
  const msg = PyObject_Str((e.msg as PyObject) ?? Py_None).value;
  const filename = e.filename as PyObject;
  const lineno = e.lineno as PyObject;
  const fn = filename !== undefined && PyUnicode_Check(filename) ? basename(filename.value) : null;
  const ln = lineno !== undefined && PyLong_Check(lineno) ? String(lineno) : null;
  if (fn !== null && ln !== null) return PyUnicode_FromString(`${msg} (${fn}, line ${ln})`);
  if (fn !== null) return PyUnicode_FromString(`${msg} (${fn})`);
  if (ln !== null) return PyUnicode_FromString(`${msg} (line ${ln})`);
  return PyUnicode_FromString(msg);
}
function basename(p: string): string {
  const i = p.lastIndexOf("/");
  return i >= 0 ? p.slice(i + 1) : p;
}
function StopIteration_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  BaseException_init(self, args, kwds);
  const a = argsOf(self);
  (self as PyBaseExceptionObject).value = a.length > 0 ? a[0] : Py_None;
}
function SystemExit_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  BaseException_init(self, args, kwds);
  const a = argsOf(self);
  (self as PyBaseExceptionObject).code = a.length === 0 ? Py_None : a.length === 1 ? a[0] : (self as PyBaseExceptionObject).args;
}
/** NameError(name=...), AttributeError(name=..., obj=...), ImportError(msg, name=..., path=...) */
function keywordInit(keys: string[]) {
  return (self: PyObject, args: PyObject, kwds: PyObject | null): void => {
    (self as PyBaseExceptionObject).args = args;
    const e = self as PyBaseExceptionObject;
    for (const k of keys) e[k] = Py_None;
    if (kwds !== null) {
      for (const [k, v] of (kwds as PyDictObject).entries()) {
        const name = (k as PyUnicodeObject).value;
        if (!keys.includes(name)) {
          PyErr_RaiseFormat(PyExc_TypeError, `${Py_TYPE(self).shortName}() got an unexpected keyword argument '${name}'`);
        }
        e[name] = v;
      }
    }
    if (Py_TYPE(self) === PyExc_ImportError || PyType_IsSubtype(Py_TYPE(self), PyExc_ImportError)) {
      const a = argsOf(self);
      e.msg = a.length === 1 ? a[0] : Py_None;
    }
  };
}
function ImportError_str(self: PyObject): PyObject {
  const e = self as PyBaseExceptionObject;
  if (e.msg !== undefined && e.msg !== Py_None) return PyObject_Str(e.msg as PyObject);
  return BaseException_str(self);
}

const fieldGetSet = (field: string, settable = true) => ({
  name: field,
  get: (self: PyBaseExceptionObject) => (self[field] as PyObject | undefined) ?? Py_None,
  set: settable ? (self: PyBaseExceptionObject, v: PyObject | null) => void (self[field] = v ?? Py_None) : null,
});

import { Py_TYPE, PyType_IsSubtype, Py_TPFLAGS_HEAPTYPE } from "./object.js";
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyTupleObject, _PyTuple_FromArray } from "./tupleobject.js";
import { PyUnicode_FromString, PyUnicode_Check, PyUnicodeObject } from "./unicodeobject.js";
import { PyObject_Str, PyObject_Repr, _PySequence_ToArray } from "./abstract.js";
import { Py_None } from "./noneobject.js";
import { PyLong_Check, Py_False, Py_True } from "./longobject.js";
import { METH_O, METH_NOARGS } from "./methodobject.js";
import { PyList_New, PyList_Append, PyList_Check } from "./listobject.js";
import { PyDict_GetItemWithError, PyDict_New, PyDict_SetItem } from "./dictobject.js";
import { _Py_ID } from "./unicodeobject.js";

Object.assign(PyExc_BaseException, {
  tp_new: BaseException_new,
  tp_init: BaseException_init,
  tp_str: BaseException_str,
  tp_repr: BaseException_repr,
  tp_getset: [
    {
      name: "args",
      get: (self: PyBaseExceptionObject) => self.args,
      set: (self: PyBaseExceptionObject, v: PyObject | null) => void (self.args = _PyTuple_FromArray(_PySequence_ToArray(v ?? _PyTuple_FromArray([])).slice())),
    },
    { name: "__traceback__", get: (self: PyBaseExceptionObject) => self.traceback ?? Py_None, set: (self: PyBaseExceptionObject, v: PyObject | null) => void (self.traceback = v === Py_None ? null : v) },
    { name: "__context__", get: (self: PyBaseExceptionObject) => self.context ?? Py_None, set: (self: PyBaseExceptionObject, v: PyObject | null) => void (self.context = v === Py_None ? null : v) },
    {
      name: "__cause__",
      get: (self: PyBaseExceptionObject) => self.cause ?? Py_None,
      set: (self: PyBaseExceptionObject, v: PyObject | null) => {
        self.cause = v === Py_None ? null : v;
        self.suppress_context = true;
      },
    },
    {
      name: "__suppress_context__",
      get: (self: PyBaseExceptionObject) => (self.suppress_context ? Py_True : Py_False),
      set: (self: PyBaseExceptionObject, v: PyObject | null) => void (self.suppress_context = v === Py_True),
    },
  ],
  tp_methods: [
    {
      ml_name: "with_traceback",
      ml_meth: (self: PyBaseExceptionObject, tb: PyObject) => {
        self.traceback = tb === Py_None ? null : tb;
        return self;
      },
      ml_flags: METH_O,
      ml_doc: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.",
    },
    {
      ml_name: "add_note",
      ml_meth: (self: PyBaseExceptionObject, note: PyObject) => {
        if (!PyUnicode_Check(note)) {
          PyErr_RaiseFormat(PyExc_TypeError, `note must be a str, not '${Py_TYPE(note).tp_name}'`);
        }
        if (self.dict === null) self.dict = PyDict_New();
        let notes = PyDict_GetItemWithError(self.dict, _Py_ID("__notes__"));
        if (notes === undefined) {
          notes = PyList_New();
          PyDict_SetItem(self.dict, _Py_ID("__notes__"), notes);
        } else if (!PyList_Check(notes)) {
          PyErr_RaiseFormat(PyExc_TypeError, "Cannot add note: __notes__ is not a list");
        }
        PyList_Append(notes, note);
        return Py_None;
      },
      ml_flags: METH_O,
      ml_doc: "Exception.add_note(note) --\n    add a note to the exception",
    },
  ],
});
Object.assign(PyExc_KeyError, { tp_str: KeyError_str });
Object.assign(PyExc_SyntaxError, {
  tp_init: SyntaxError_init,
  tp_str: SyntaxError_str,
  tp_getset: ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"].map((f) => fieldGetSet(f)),
});
Object.assign(PyExc_StopIteration, { tp_init: StopIteration_init, tp_getset: [fieldGetSet("value")] });
Object.assign(PyExc_SystemExit, { tp_init: SystemExit_init, tp_getset: [fieldGetSet("code")] });
Object.assign(PyExc_NameError, { tp_init: keywordInit(["name"]), tp_getset: [fieldGetSet("name")] });
Object.assign(PyExc_AttributeError, { tp_init: keywordInit(["name", "obj"]), tp_getset: [fieldGetSet("name"), fieldGetSet("obj")] });
Object.assign(PyExc_ImportError, {
  tp_init: keywordInit(["name", "path"]),
  tp_str: ImportError_str,
  tp_getset: [fieldGetSet("msg"), fieldGetSet("name"), fieldGetSet("path")],
});
void METH_NOARGS;
