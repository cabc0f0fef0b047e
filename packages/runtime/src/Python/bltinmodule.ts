/**
 * The builtins module. Each function is declared once with its calling convention (PyMethodDef).
 * CPython 3.12: Python/bltinmodule.c
 */
import { PyObject, PyTypeObject, Py_TYPE, PyType_IsSubtype, PyObject_TypeCheck, Py_EQ } from "../Objects/object.js";
import { PyMethodDef, METH_O, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_VARARGS } from "../Objects/methodobject.js";
import { PyModuleObject, PyModule_Create } from "../Objects/moduleobject.js";
import { PyErr_RaiseFormat } from "./errors.js";

/** CPython 3.12: Python/bltinmodule.c (builtin_print_impl): print(*args, sep=' ', end='\n', file=None, flush=False) */
function builtin_print(_self: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  let sep: PyObject = Py_None;
  let end: PyObject = Py_None;
  let file: PyObject = Py_None;
  let flush: PyObject = Py_False;
  if (kwnames !== null) {
    const names = (kwnames as PyTupleObject).ob_item;
    for (let i = 0; i < names.length; i++) {
      const k = (names[i] as PyUnicodeObject).value;
      const v = args[nargs + i];
      if (k === "sep") sep = v;
      else if (k === "end") end = v;
      else if (k === "file") file = v;
      else if (k === "flush") flush = v;
      else PyErr_RaiseFormat(PyExc_TypeError, `'${k}' is an invalid keyword argument for print()`);
    }
  }
  if (file === Py_None) {
    const f = PySys_GetObject("stdout");
    if (f === undefined) PyErr_RaiseFormat(PyExc_RuntimeError, "lost sys.stdout");
    if (f === Py_None) return Py_None;
    file = f;
  }
  if (sep !== Py_None && !PyUnicode_Check(sep)) {
    PyErr_RaiseFormat(PyExc_TypeError, `sep must be None or a string, not ${Py_TYPE(sep).tp_name}`);
  }
  if (end !== Py_None && !PyUnicode_Check(end)) {
    PyErr_RaiseFormat(PyExc_TypeError, `end must be None or a string, not ${Py_TYPE(end).tp_name}`);
  }
  const write = PyObject_GetAttr(file, _Py_ID("write"));
  for (let i = 0; i < nargs; i++) {
    if (i > 0) PyObject_CallOneArg(write, sep === Py_None ? PyUnicode_FromString(" ") : sep);
    PyObject_CallOneArg(write, PyObject_Str(args[i]));
  }
  PyObject_CallOneArg(write, end === Py_None ? PyUnicode_FromString("\n") : end);
  if (PyObject_IsTrue(flush)) PyObject_CallMethod(file, "flush");
  return Py_None;
}

function builtin_repr(_m: PyObject | null, o: PyObject): PyObject {
  return PyObject_Repr(o);
}
function builtin_len(_m: PyObject | null, o: PyObject): PyObject {
  return PyObject_Size(o);
}
function builtin_abs(_m: PyObject | null, o: PyObject): PyObject {
  return PyNumber_Absolute(o);
}
function builtin_hash(_m: PyObject | null, o: PyObject): PyObject {
  if (PyLong_Check(o)) return _PyLong_HashExact(o);
  return _Py_HashExact(o);
}
function builtin_id(_m: PyObject | null, o: PyObject): PyObject {
  return _Py_Id(o);
}
function builtin_callable(_m: PyObject | null, o: PyObject): PyObject {
  return PyBool_FromLong(Py_TYPE(o).tp_call !== null);
}
/** CPython 3.12: Objects/abstract.c (PyObject_IsInstance), for types and tuples of types. */
export function PyObject_IsInstance(inst: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTypeObjectClass) return PyObject_TypeCheck(inst, cls);
  if (PyTuple_Check(cls)) return cls.ob_item.some((c) => PyObject_IsInstance(inst, c));
  PyErr_RaiseFormat(PyExc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}
/** CPython 3.12: Objects/abstract.c (PyObject_IsSubclass) */
export function PyObject_IsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (!(derived instanceof PyTypeObjectClass)) PyErr_RaiseFormat(PyExc_TypeError, "issubclass() arg 1 must be a class");
  if (cls instanceof PyTypeObjectClass) return PyType_IsSubtype(derived, cls);
  if (PyTuple_Check(cls)) return cls.ob_item.some((c) => PyObject_IsSubclass(derived, c));
  PyErr_RaiseFormat(PyExc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}
function arity(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n < min) {
    PyErr_RaiseFormat(PyExc_TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  }
  if (n > max) {
    PyErr_RaiseFormat(PyExc_TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
}
function builtin_getattr(_m: PyObject | null, args: PyObject[]): PyObject {
  arity("getattr", args, 2, 3);
  const name = args[1];
  if (!PyUnicode_Check(name)) PyErr_RaiseFormat(PyExc_TypeError, "attribute name must be string, not '" + Py_TYPE(name).tp_name + "'");
  if (args.length === 3) {
    const v = _PyObject_LookupAttr(args[0], name);
    return v === undefined ? args[2] : v;
  }
  return PyObject_GetAttr(args[0], name);
}
function builtin_setattr(_m: PyObject | null, args: PyObject[]): PyObject {
  arity("setattr", args, 3, 3);
  PyObject_SetAttr(args[0], args[1], args[2]);
  return Py_None;
}
function builtin_delattr(_m: PyObject | null, args: PyObject[]): PyObject {
  arity("delattr", args, 2, 2);
  PyObject_SetAttr(args[0], args[1], null);
  return Py_None;
}
function builtin_hasattr(_m: PyObject | null, args: PyObject[]): PyObject {
  arity("hasattr", args, 2, 2);
  const name = args[1];
  if (!PyUnicode_Check(name)) PyErr_RaiseFormat(PyExc_TypeError, "attribute name must be string, not '" + Py_TYPE(name).tp_name + "'");
  return PyBool_FromLong(_PyObject_LookupAttr(args[0], name) !== undefined);
}
function builtin_isinstance(_m: PyObject | null, args: PyObject[]): PyObject {
  arity("isinstance", args, 2, 2);
  return PyBool_FromLong(PyObject_IsInstance(args[0], args[1]));
}
function builtin_issubclass(_m: PyObject | null, args: PyObject[]): PyObject {
  arity("issubclass", args, 2, 2);
  return PyBool_FromLong(PyObject_IsSubclass(args[0], args[1]));
}
function builtin_divmod(_m: PyObject | null, args: PyObject[]): PyObject {
  arity("divmod", args, 2, 2);
  return PyNumber_Divmod(args[0], args[1]);
}
function builtin_pow(_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = args.slice(0, nargs);
  if (kwnames !== null) {
    const names = (kwnames as PyTupleObject).ob_item.map((n) => (n as PyUnicodeObject).value);
    const order = ["base", "exp", "mod"];
    names.forEach((n, i) => {
      const at = order.indexOf(n);
      if (at < 0) PyErr_RaiseFormat(PyExc_TypeError, `pow() got an unexpected keyword argument '${n}'`);
      a[at] = args[nargs + i];
    });
  }
  if (a.length < 2 || a[0] === undefined || a[1] === undefined) {
    PyErr_RaiseFormat(PyExc_TypeError, `pow() missing required argument '${a[0] === undefined ? "base" : "exp"}' (pos ${a[0] === undefined ? 1 : 2})`);
  }
  return PyNumber_Power(a[0], a[1], a[2] ?? Py_None);
}
function builtin_chr(_m: PyObject | null, o: PyObject): PyObject {
  const v = PyLong_AsLong(PyNumber_Index(o));
  if (v < 0 || v > 0x10ffff) PyErr_RaiseFormat(PyExc_ValueError, "chr() arg not in range(0x110000)");
  return PyUnicode_FromString(String.fromCodePoint(v));
}
function builtin_ord(_m: PyObject | null, o: PyObject): PyObject {
  if (PyUnicode_Check(o)) {
    const n = PyUnicode_GET_LENGTH(o);
    if (n !== 1) PyErr_RaiseFormat(PyExc_TypeError, `ord() expected a character, but string of length ${n} found`);
    return o.value.codePointAt(0)!;
  }
  if (PyBytes_Check(o)) {
    if (o.ob_sval.length !== 1) PyErr_RaiseFormat(PyExc_TypeError, `ord() expected a character, but string of length ${o.ob_sval.length} found`);
    return o.ob_sval[0];
  }
  PyErr_RaiseFormat(PyExc_TypeError, `ord() expected string of length 1, but ${Py_TYPE(o).tp_name} found`);
}
function intFormat(prefix: string, radix: number) {
  return (_m: PyObject | null, o: PyObject): PyObject => {
    const v = _PyLong_Value(PyNumber_Index(o));
    const neg = v < 0;
    const mag = typeof v === "bigint" ? (neg ? -v : v).toString(radix) : Math.abs(v).toString(radix);
    return PyUnicode_FromString((neg ? "-" : "") + prefix + mag);
  };
}
function builtin_next(_m: PyObject | null, args: PyObject[]): PyObject {
  arity("next", args, 1, 2);
  const it = args[0];
  const f = Py_TYPE(it).tp_iternext;
  if (f === null) PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(it).tp_name}' object is not an iterator`);
  const v = f(it);
  if (v !== undefined) return v;
  if (args.length === 2) return args[1];
  throw _PyErr_CreateException(PyExc_StopIteration, null);
}
function builtin_globals(): PyObject {
  const f = _PyThreadState_GET().current_frame;
  return f === null ? Py_None : f.f_globals;
}
function builtin_compile(_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = parseArgs("compile", args, nargs, kwnames, ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3);
  const src = a[0]!;
  let text: string | Uint8Array;
  if (PyUnicode_Check(src)) text = src.value;
  else if (PyBytes_Check(src)) text = src.ob_sval;
  else if (PyCode_Check(src)) return src;
  else PyErr_RaiseFormat(PyExc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
  const mode = PyUnicode_AsUTF8(a[2]!);
  if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    PyErr_RaiseFormat(PyExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const flags = a[3] === undefined ? 0 : PyLong_AsLong(a[3]);
  const optimize = a[5] === undefined ? -1 : PyLong_AsLong(a[5]);
  return Py_CompileStringExFlags(text, PyUnicode_AsUTF8(PyOS_FSPath(a[1]!)), mode, flags, optimize);
}
function PyOS_FSPath(o: PyObject): PyObject {
  if (PyUnicode_Check(o)) return o;
  if (PyBytes_Check(o)) return PyUnicode_FromString(_PyUnicode_DecodeUTF8(o.ob_sval));
  PyErr_RaiseFormat(PyExc_TypeError, `expected str, bytes or os.PathLike object, not ${Py_TYPE(o).tp_name}`);
}
function execOrEval(name: "exec" | "eval") {
  return (_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject => {
    const a = parseArgs(name, args, nargs, kwnames, ["source", "globals", "locals"], 1);
    const frame = _PyThreadState_GET().current_frame;
    let globals = a[1] ?? Py_None;
    let locals = a[2] ?? Py_None;
    if (globals === Py_None) {
      if (frame === null) PyErr_RaiseFormat(PyExc_SystemError, `${name}(): no current frame`);
      globals = frame.f_globals;
      if (locals === Py_None) locals = frame.f_locals ?? globals;
    } else if (locals === Py_None) locals = globals;
    if (!PyDict_Check(globals)) {
      PyErr_RaiseFormat(PyExc_TypeError, `${name}() globals must be a dict, not ${Py_TYPE(globals).tp_name}`);
    }
    if (PyDict_GetItemWithError(globals, _Py_ID("__builtins__")) === undefined) {
      PyDict_SetItem(globals, _Py_ID("__builtins__"), _PyThreadState_GET().interp.builtins_module!);
    }
    const src = a[0]!;
    let co: PyObject;
    if (PyCode_Check(src)) co = src;
    else if (PyUnicode_Check(src) || PyBytes_Check(src)) {
      let text: string | Uint8Array = PyUnicode_Check(src) ? src.value : src.ob_sval;
      if (name === "eval" && typeof text === "string") text = text.replace(/^[ \t]+/, "");
      co = Py_CompileStringExFlags(text, "<string>", name, 0, -1);
    } else {
      PyErr_RaiseFormat(PyExc_TypeError, `${name}() arg 1 must be a string, bytes or code object`);
    }
    const r = PyEval_EvalCodeHook(co as PyCodeObject, globals, locals);
    return name === "eval" ? r : Py_None;
  };
}
/** Keyword/positional argument matching for the few builtins that take keywords (Argument Clinic's job in CPython). */
function parseArgs(fname: string, args: PyObject[], nargs: number, kwnames: PyObject | null, names: string[], required: number): (PyObject | undefined)[] {
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  if (nargs > names.length) {
    PyErr_RaiseFormat(PyExc_TypeError, `${fname}() takes at most ${names.length} arguments (${nargs} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  if (kwnames !== null) {
    (kwnames as PyTupleObject).ob_item.forEach((k, i) => {
      const n = (k as PyUnicodeObject).value;
      const at = names.indexOf(n);
      if (at < 0) PyErr_RaiseFormat(PyExc_TypeError, `${fname}() got an unexpected keyword argument '${n}'`);
      if (out[at] !== undefined) PyErr_RaiseFormat(PyExc_TypeError, `argument for ${fname}() given by name ('${n}') and position (${at + 1})`);
      out[at] = args[nargs + i];
    });
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) PyErr_RaiseFormat(PyExc_TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}
function builtin___import__(_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = parseArgs("__import__", args, nargs, kwnames, ["name", "globals", "locals", "fromlist", "level"], 1);
  const level = a[4] === undefined ? 0 : PyLong_AsLong(a[4]);
  return PyImport_ImportModuleLevelObject(a[0]!, a[1] ?? Py_None, a[2] ?? Py_None, a[3] ?? Py_None, level);
}
function minmax(name: "min" | "max", op: number) {
  return (_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject => {
    let key: PyObject = Py_None;
    let dflt: PyObject | undefined;
    if (kwnames !== null) {
      (kwnames as PyTupleObject).ob_item.forEach((k, i) => {
        const n = (k as PyUnicodeObject).value;
        if (n === "key") key = args[nargs + i];
        else if (n === "default") dflt = args[nargs + i];
        else PyErr_RaiseFormat(PyExc_TypeError, `${name}() got an unexpected keyword argument '${n}'`);
      });
    }
    if (nargs === 0) PyErr_RaiseFormat(PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
    const items = nargs === 1 ? _PySequence_ToArray(args[0]) : args.slice(0, nargs);
    if (nargs > 1 && dflt !== undefined) {
      PyErr_RaiseFormat(PyExc_TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      PyErr_RaiseFormat(PyExc_ValueError, `${name}() iterable argument is empty`);
    }
    let best = items[0];
    let bestKey = key === Py_None ? best : PyObject_CallOneArg(key, best);
    for (let i = 1; i < items.length; i++) {
      const k = key === Py_None ? items[i] : PyObject_CallOneArg(key, items[i]);
      if (PyObject_RichCompareBool(k, bestKey, op)) {
        best = items[i];
        bestKey = k;
      }
    }
    return best;
  };
}

/** CPython 3.12: Python/bltinmodule.c (builtin___build_class__) */
function builtin___build_class__(_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (nargs < 2) PyErr_RaiseFormat(PyExc_TypeError, "__build_class__: not enough arguments");
  const func = args[0];
  if (!(func instanceof PyFunctionObject)) PyErr_RaiseFormat(PyExc_TypeError, "__build_class__: func must be a function");
  const name = args[1];
  if (!PyUnicode_Check(name)) PyErr_RaiseFormat(PyExc_TypeError, "__build_class__: name is not a string");
  const orig_bases = args.slice(2, nargs);
  const bases = update_bases(orig_bases);
  let meta = null as PyObject | null;
  const kwds = PyDict_New();
  if (kwnames !== null) {
    (kwnames as PyTupleObject).ob_item.forEach((k, i) => {
      if ((k as PyUnicodeObject).value === "metaclass") meta = args[nargs + i];
      else PyDict_SetItem(kwds, k, args[nargs + i]);
    });
  }
  let isclass = false;
  if (meta === null) {
    meta = bases.length === 0 ? PyType_Type : Py_TYPE(bases[0]);
    isclass = true;
  } else {
    isclass = meta instanceof PyTypeObjectClass;
  }
  if (isclass) meta = _PyType_CalculateMetaclass(meta as PyTypeObject, bases);
  const basesTuple = _PyTuple_FromArray(bases);
  const prep = _PyObject_LookupAttr(meta!, _Py_ID("__prepare__"));
  let ns: PyObject;
  if (prep === undefined) ns = PyDict_New();
  else {
    const [t, k] = [[name, basesTuple] as PyObject[], kwds];
    ns = PyObject_Call(prep, _PyTuple_FromArray(t), k.size === 0 ? null : k);
  }
  const cell = _PyEval_VectorWithLocals(func, ns);
  if (bases !== orig_bases) PyObject_SetItem(ns, _Py_ID("__orig_bases__"), _PyTuple_FromArray(orig_bases));
  const cls = PyObject_Call(meta!, _PyTuple_FromArray([name, basesTuple, ns]), kwds.size === 0 ? null : kwds);
  if (cls instanceof PyTypeObjectClass && cell instanceof PyCellObject) {
    const cell_cls = cell.ob_ref;
    if (cell_cls !== cls) {
      if (cell_cls === NULL) {
        PyErr_RaiseFormat(PyExc_RuntimeError, `__class__ not set defining '${name.value}' as ${PyObject_Repr(cls).value}. Was __classcell__ propagated to type.__new__?`);
      }
      PyErr_RaiseFormat(PyExc_TypeError, `__class__ set to ${PyObject_Repr(cell_cls).value} defining '${name.value}' as ${PyObject_Repr(cls).value}`);
    }
  }
  return cls;
}
/** CPython 3.12: Python/bltinmodule.c (update_bases): PEP 560 __mro_entries__. */
function update_bases(bases: PyObject[]): PyObject[] {
  let out: PyObject[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (b instanceof PyTypeObjectClass) {
      if (out !== null) out.push(b);
      continue;
    }
    const meth = _PyObject_LookupAttr(b, _Py_ID("__mro_entries__"));
    if (meth === undefined) {
      if (out !== null) out.push(b);
      continue;
    }
    const r = PyObject_CallOneArg(meth, _PyTuple_FromArray(bases));
    if (!PyTuple_Check(r)) PyErr_RaiseFormat(PyExc_TypeError, "__mro_entries__ must return a tuple");
    if (out === null) out = bases.slice(0, i);
    out.push(...r.ob_item);
  }
  return out ?? bases;
}

const builtin_methods: PyMethodDef[] = [
  ...builtin_format_methods,
  { ml_name: "__build_class__", ml_meth: builtin___build_class__, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement." },
  { ml_name: "__import__", ml_meth: builtin___import__, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "abs", ml_meth: builtin_abs, ml_flags: METH_O, ml_doc: "Return the absolute value of the argument." },
  { ml_name: "all", ml_meth: builtin_all, ml_flags: METH_O, ml_doc: "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True." },
  { ml_name: "any", ml_meth: builtin_any, ml_flags: METH_O, ml_doc: "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False." },
  { ml_name: "bin", ml_meth: intFormat("0b", 2), ml_flags: METH_O },
  { ml_name: "callable", ml_meth: builtin_callable, ml_flags: METH_O },
  { ml_name: "chr", ml_meth: builtin_chr, ml_flags: METH_O },
  { ml_name: "compile", ml_meth: builtin_compile, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "delattr", ml_meth: builtin_delattr, ml_flags: METH_FASTCALL },
  { ml_name: "divmod", ml_meth: builtin_divmod, ml_flags: METH_FASTCALL },
  { ml_name: "eval", ml_meth: execOrEval("eval"), ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "exec", ml_meth: execOrEval("exec"), ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "getattr", ml_meth: builtin_getattr, ml_flags: METH_FASTCALL },
  { ml_name: "globals", ml_meth: builtin_globals, ml_flags: METH_NOARGS },
  { ml_name: "hasattr", ml_meth: builtin_hasattr, ml_flags: METH_FASTCALL },
  { ml_name: "hash", ml_meth: builtin_hash, ml_flags: METH_O },
  { ml_name: "hex", ml_meth: intFormat("0x", 16), ml_flags: METH_O },
  { ml_name: "id", ml_meth: builtin_id, ml_flags: METH_O },
  { ml_name: "isinstance", ml_meth: builtin_isinstance, ml_flags: METH_FASTCALL },
  { ml_name: "issubclass", ml_meth: builtin_issubclass, ml_flags: METH_FASTCALL },
  { ml_name: "iter", ml_meth: builtin_iter, ml_flags: METH_FASTCALL, ml_doc: "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel." },
  { ml_name: "len", ml_meth: builtin_len, ml_flags: METH_O, ml_doc: "Return the number of items in a container." },
  { ml_name: "max", ml_meth: minmax("max", 4), ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "min", ml_meth: minmax("min", 0), ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "next", ml_meth: builtin_next, ml_flags: METH_FASTCALL },
  { ml_name: "oct", ml_meth: intFormat("0o", 8), ml_flags: METH_O },
  { ml_name: "ord", ml_meth: builtin_ord, ml_flags: METH_O },
  { ml_name: "pow", ml_meth: builtin_pow, ml_flags: METH_FASTCALL | METH_KEYWORDS },
  { ml_name: "print", ml_meth: builtin_print, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "Prints the values to a stream, or to sys.stdout by default." },
  { ml_name: "repr", ml_meth: builtin_repr, ml_flags: METH_O, ml_doc: "Return the canonical string representation of the object." },
  { ml_name: "setattr", ml_meth: builtin_setattr, ml_flags: METH_FASTCALL },
  { ml_name: "sorted", ml_meth: builtin_sorted, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "Return a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order." },
  { ml_name: "sum", ml_meth: builtin_sum, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types." },
];
void METH_VARARGS;
void Py_EQ;

/** CPython 3.12: Python/bltinmodule.c (_PyBuiltin_Init) */
export function _PyBuiltin_Init(): PyModuleObject {
  const mod = PyModule_Create({
    m_name: "builtins",
    m_doc: "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in value is also desired.",
    m_methods: builtin_methods,
  });
  const d = mod.md_dict;
  const add = (name: string, v: PyObject) => PyDict_SetItem(d, _Py_ID(name), v);
  add("None", Py_None);
  add("Ellipsis", Py_Ellipsis);
  add("NotImplemented", Py_NotImplemented);
  add("False", Py_False);
  add("True", Py_True);
  add("bool", PyBool_Type);
  add("bytes", PyBytes_Type);
  add("complex", PyComplex_Type);
  add("dict", PyDict_Type);
  add("enumerate", PyEnum_Type);
  add("filter", PyFilter_Type);
  add("float", PyFloat_Type);
  add("frozenset", PyFrozenSet_Type);
  add("int", PyLong_Type);
  add("list", PyList_Type);
  add("map", PyMap_Type);
  add("object", PyBaseObject_Type);
  add("range", PyRange_Type);
  add("reversed", PyReversed_Type);
  add("set", PySet_Type);
  add("slice", PySlice_Type);
  add("str", PyUnicode_Type);
  add("tuple", PyTuple_Type);
  add("type", PyType_Type);
  add("zip", PyZip_Type);
  add("super", PySuper_Type);
  add("property", PyProperty_Type);
  add("classmethod", PyClassMethod_Type);
  add("staticmethod", PyStaticMethod_Type);
  add("__debug__", Py_True);
  for (const t of allExceptions) add(t.tp_name, t);
  return mod;
}

import { PyTupleObject, PyTuple_Check, PyTuple_Type, _PyTuple_FromArray } from "../Objects/tupleobject.js";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, _Py_ID, PyUnicode_GET_LENGTH, PyUnicode_Type, PyUnicode_AsUTF8 } from "../Objects/unicodeobject.js";
import { Py_None, Py_Ellipsis, Py_NotImplemented } from "../Objects/noneobject.js";
import { Py_False, Py_True, PyBool_FromLong, PyBool_Type, PyLong_Type, PyLong_Check, _PyLong_HashExact, PyLong_AsLong, _PyLong_Value } from "../Objects/longobject.js";
import { PyExc_TypeError, PyExc_RuntimeError, PyExc_ValueError, PyExc_NotImplementedError, PyExc_StopIteration, PyExc_SystemError, allExceptions } from "../Objects/exceptions.js";
import { PySys_GetObject } from "./sysmodule.js";
import { PyObject_GetAttr, PyObject_Str, PyObject_Repr, PyObject_IsTrue, PyObject_Size, PyNumber_Absolute, PyObject_Hash, _PyObject_LookupAttr, PyObject_SetAttr, PyNumber_Divmod, PyNumber_Power, PyNumber_Index, PyObject_GetIter, _PySequence_ToArray, PyObject_RichCompareBool } from "../Objects/abstract.js";
import { PyObject_CallOneArg, PyObject_CallMethod } from "../Objects/call.js";
import { _Py_Id } from "../Objects/typeobject.js";
import { PyBaseObject_Type, PyType_Type } from "../Objects/object.js";
import { PyTypeObject as PyTypeObjectClass } from "../Objects/object.js";
import { PyBytes_Check, PyBytes_Type } from "../Objects/bytesobject.js";
import { _PyErr_CreateException } from "./errors.js";
import { _PyThreadState_GET } from "../pystate.js";
import { PyDict_Check, PyDict_GetItemWithError, PyDict_SetItem, PyDict_Type } from "../Objects/dictobject.js";
import { PyCode_Check, PyCodeObject } from "../Objects/codeobject.js";
import { Py_CompileStringExFlags, PyEval_EvalCodeHook } from "./pythonrun.js";
import { PyImport_ImportModuleLevelObject } from "./import.js";
import { PyFloat_Type } from "../Objects/floatobject.js";
import { PyComplex_Type } from "../Objects/complexobject.js";
import { PyList_Type } from "../Objects/listobject.js";
void PyTypeObjectClass;
type _Unused = PyTypeObject;
import { _PyUnicode_DecodeUTF8, _PyUnicode_EncodeUTF8 } from "../Objects/stringlib/codecs.js";
void _PyUnicode_EncodeUTF8;
void _PyUnicode_DecodeUTF8;
import { PyFunctionObject, _PyEval_VectorWithLocals, PyClassMethod_Type, PyStaticMethod_Type } from "../Objects/funcobject.js";
import { _PyType_CalculateMetaclass, PySuper_Type } from "../Objects/typeobject_new.js";
import { PyProperty_Type } from "../Objects/descrobject.js";
import { PyCellObject } from "../Objects/cellobject.js";
import { NULL } from "../Include/internal/pycore_frame.js";
import { PyDict_New } from "../Objects/dictobject.js";
import { PyObject_Call } from "../Objects/call.js";
import { PyObject_SetItem } from "../Objects/abstract.js";
import { PyZip_Type, PyMap_Type, PyFilter_Type, builtin_sorted, builtin_sum, builtin_all, builtin_any, builtin_iter } from "../Objects/bltin_iterators.js";
import { PySet_Type, PyFrozenSet_Type } from "../Objects/setobject.js";
import { PyRange_Type } from "../Objects/rangeobject.js";
import { PySlice_Type } from "../Objects/sliceobject.js";
import { PyEnum_Type, PyReversed_Type } from "../Objects/enumobject.js";
import { _Py_HashExact } from "../Objects/tupleobject.js";
import { builtin_format_methods } from "./bltinmodule_format.js";
