/**
 * Slot definitions: how dunder methods and type slots correspond. Static types get `slot wrapper` descriptors
 * for the slots they fill (`int.__add__`), and heap types (classes) get generic slot functions that call their
 * dunder methods (`slot_nb_add` calls `__add__`/`__radd__`).
 * CPython 3.12: Objects/typeobject.c (slotdefs, add_operators, fixup_slot_dispatchers, slot_* functions,
 * wrap_* functions)
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, PyType_IsSubtype, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from "./object.js";

/** CPython 3.12: Objects/descrobject.c (PyWrapperDescr_Type: "slot wrapper") */
export const PyWrapperDescr_Type: PyTypeObject = _PyType_NewStatic("wrapper_descriptor", { tp_flags: 1 << 17 });
/** CPython 3.12: Objects/descrobject.c (_PyMethodWrapper_Type: "method-wrapper") */
export const PyMethodWrapper_Type: PyTypeObject = _PyType_NewStatic("method-wrapper");

/** How a wrapper turns Python call arguments into a slot call. */
type Wrapper = (slotfn: Function, self: PyObject, args: PyObject[], name: string) => PyObject;

/** CPython 3.12: Include/descrobject.h (PyWrapperDescrObject) */
export class PyWrapperDescrObject extends PyBaseObject {
  constructor(
    public d_type: PyTypeObject,
    public d_name: string,
    public d_wrapper: Wrapper,
    public d_wrapped: Function,
    public d_doc: string,
  ) {
    super(PyWrapperDescr_Type);
  }
}
/** A slot wrapper bound to an instance (`(1).__add__`). */
export class PyMethodWrapperObject extends PyBaseObject {
  constructor(
    public descr: PyWrapperDescrObject,
    public self: PyObject,
  ) {
    super(PyMethodWrapper_Type);
  }
}

function nargsCheck(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) {
    PyErr_RaiseFormat(PyExc_TypeError, `expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
  }
  void name;
}
const wrap_unaryfunc: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 0);
  return f(self);
};
const wrap_binaryfunc: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 1);
  return f(self, args[0]);
};
const wrap_binaryfunc_r: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 1);
  return f(args[0], self);
};
const wrap_ternaryfunc: Wrapper = (f, self, args) => {
  if (args.length < 1 || args.length > 2) PyErr_RaiseFormat(PyExc_TypeError, `expected 1 or 2 arguments, got ${args.length}`);
  return f(self, args[0], args[1] ?? Py_None);
};
const wrap_ternaryfunc_r: Wrapper = (f, self, args) => {
  if (args.length < 1 || args.length > 2) PyErr_RaiseFormat(PyExc_TypeError, `expected 1 or 2 arguments, got ${args.length}`);
  return f(args[0], self, args[1] ?? Py_None);
};
const wrap_inquirypred: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 0);
  return PyBool_FromLong(f(self));
};
const wrap_lenfunc: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 0);
  return f(self);
};
const wrap_hashfunc: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 0);
  return f(self);
};
const wrap_objobjproc: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 1);
  return PyBool_FromLong(f(self, args[0]));
};
const wrap_objobjargproc: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 2);
  f(self, args[0], args[1]);
  return Py_None;
};
const wrap_delitem: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 1);
  f(self, args[0], null);
  return Py_None;
};
const wrap_setattr: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 2);
  f(self, args[0], args[1]);
  return Py_None;
};
const wrap_delattr: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 1);
  f(self, args[0], null);
  return Py_None;
};
const wrap_next: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 0);
  const r = f(self);
  if (r === undefined) throw _PyErr_CreateException(PyExc_StopIteration, null);
  return r;
};
const wrap_descr_get: Wrapper = (f, self, args) => {
  if (args.length < 1 || args.length > 2) PyErr_RaiseFormat(PyExc_TypeError, `expected 1 or 2 arguments, got ${args.length}`);
  let obj: PyObject | null = args[0];
  let type: PyObject | null = args[1] ?? null;
  if (obj === Py_None) obj = null;
  if (type === Py_None) type = null;
  if (obj === null && type === null) PyErr_RaiseFormat(PyExc_TypeError, "__get__(None, None) is invalid");
  return f(self, obj, type);
};
const wrap_descr_set: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 2);
  f(self, args[0], args[1]);
  return Py_None;
};
const wrap_descr_delete: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 1);
  f(self, args[0], null);
  return Py_None;
};
function wrap_richcmp(op: number): Wrapper {
  return (f, self, args, name) => {
    nargsCheck(name, args, 1);
    return f(self, args[0], op);
  };
}
const wrap_init: Wrapper = () => Py_None; // replaced per call (needs kwargs): see wrapperdescr_call
const wrap_call: Wrapper = () => Py_None; // likewise

interface SlotDef {
  name: string;
  slot: keyof PyTypeObject;
  /** The generic function a heap type gets when it defines `name`. */
  generic: Function;
  wrapper: Wrapper;
  doc: string;
}

// ---- generic slot functions for heap types (CPython 3.12: slot_* in Objects/typeobject.c) ----

/** Look a special method up on the type and bind it (CPython: lookup_maybe_method); undefined if missing. */
function lookup_method(self: PyObject, name: string): PyObject | undefined {
  const res = _PyType_Lookup(Py_TYPE(self), _Py_ID(name));
  if (res === undefined) return undefined;
  const f = Py_TYPE(res).tp_descr_get;
  if (f === null) return PyMethod_New_ref(res, self, true);
  if (res instanceof PyFunctionObject) return PyMethod_New_ref(res, self, false);
  return f(res, self, Py_TYPE(self));
}
function PyMethod_New_ref(f: PyObject, self: PyObject, plain: boolean): PyObject {
  if (plain) return new BoundCall(f, self);
  return PyMethod_New(f, self);
}
/** A plain callable found on a type (not a descriptor) is called with self first, as an unbound function. */
class BoundCall extends PyBaseObject {
  constructor(
    public f: PyObject,
    public self: PyObject,
  ) {
    super(PyMethodWrapper_Type);
  }
}
/** Call special method `name` of `self` with `args`; NotImplemented when the type lacks it. */
function call_method(self: PyObject, name: string, ...args: PyObject[]): PyObject {
  const m = lookup_method(self, name);
  if (m === undefined) return Py_NotImplemented;
  if (m instanceof BoundCall) return PyObject_Vectorcall(m.f, [m.self, ...args], 0, args.length + 1, null);
  return PyObject_Vectorcall(m, args, 0, args.length, null);
}
function call_method_required(self: PyObject, name: string, ...args: PyObject[]): PyObject {
  const m = lookup_method(self, name);
  if (m === undefined) PyErr_Raise(PyExc_AttributeError, name, (e) => void (e.name = _Py_ID(name)));
  if (m instanceof BoundCall) return PyObject_Vectorcall(m.f, [m.self, ...args], 0, args.length + 1, null);
  return PyObject_Vectorcall(m, args, 0, args.length, null);
}

function slot_unary(name: string) {
  return (self: PyObject): PyObject => call_method_required(self, name);
}
/** CPython 3.12: SLOT1BINFULL — forward and reflected dispatch for a binary operator. */
function slot_binary(slot: keyof PyTypeObject, name: string, rname: string) {
  const fn = function (self: PyObject, other: PyObject): PyObject {
    const tself = Py_TYPE(self);
    const tother = Py_TYPE(other);
    let do_other = tself !== tother && (tother as any)[slot] === fn && rname !== "";
    if ((tself as any)[slot] === fn) {
      if (do_other && PyType_IsSubtype(tother, tself) && method_is_overloaded(tself, tother, rname)) {
        const r = call_method(other, rname, self);
        if (r !== Py_NotImplemented) return r;
        do_other = false;
      }
      const r = call_method(self, name, other);
      if (r !== Py_NotImplemented || tother === tself) return r;
    }
    if (do_other) return call_method(other, rname, self);
    return Py_NotImplemented;
  };
  return fn;
}
function method_is_overloaded(left: PyTypeObject, right: PyTypeObject, name: string): boolean {
  const b = _PyType_Lookup(right, _Py_ID(name));
  if (b === undefined) return false;
  const a = _PyType_Lookup(left, _Py_ID(name));
  return a !== b;
}
function slot_inplace(name: string) {
  return (self: PyObject, other: PyObject): PyObject => call_method(self, name, other);
}
function slot_nb_power(self: PyObject, other: PyObject, mod: PyObject): PyObject {
  if (mod === Py_None) return slot_nb_power_binary(self, other);
  if (Py_TYPE(self).nb_power === slot_nb_power) return call_method(self, "__pow__", other, mod);
  return Py_NotImplemented;
}
const slot_nb_power_binary = slot_binary("nb_power", "__pow__", "__rpow__");
function slot_nb_inplace_power(self: PyObject, other: PyObject, _mod: PyObject): PyObject {
  return call_method(self, "__ipow__", other);
}
function slot_nb_bool(self: PyObject): boolean {
  let m = lookup_method(self, "__bool__");
  let usingLen = false;
  if (m === undefined) {
    m = lookup_method(self, "__len__");
    usingLen = true;
    if (m === undefined) return true;
  }
  const r = m instanceof BoundCall ? PyObject_Vectorcall(m.f, [m.self], 0, 1, null) : PyObject_Vectorcall(m, [], 0, 0, null);
  if (usingLen) return PyLong_Value_nonneg(r, "__len__") !== 0;
  if (r === Py_True) return true;
  if (r === Py_False) return false;
  PyErr_RaiseFormat(PyExc_TypeError, `__bool__ should return bool, returned ${Py_TYPE(r).tp_name}`);
}
function PyLong_Value_nonneg(r: PyObject, _name: string): number {
  const n = PyNumber_AsSsize_t(PyNumber_Index_ref(r), PyExc_OverflowError);
  if (n < 0) PyErr_RaiseFormat(PyExc_ValueError, "__len__() should return >= 0");
  return n;
}
function slot_sq_length(self: PyObject): number {
  const r = call_method_required(self, "__len__");
  if (!PyLong_Check(r)) PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(r).tp_name}' object cannot be interpreted as an integer`);
  return PyLong_Value_nonneg(r, "__len__");
}
function slot_mp_subscript(self: PyObject, key: PyObject): PyObject {
  return call_method_required(self, "__getitem__", key);
}
function slot_sq_item(self: PyObject, i: number): PyObject {
  return call_method_required(self, "__getitem__", i);
}
const wrap_sq_item: Wrapper = (f, self, args, name) => {
  nargsCheck(name, args, 1);
  return f(self, PyNumber_AsSsize_t(args[0], PyExc_OverflowError));
};
function slot_mp_ass_subscript(self: PyObject, key: PyObject, value: PyObject | null): void {
  if (value === null) call_method_required(self, "__delitem__", key);
  else call_method_required(self, "__setitem__", key, value);
}
function slot_sq_contains(self: PyObject, value: PyObject): boolean {
  const m = lookup_method(self, "__contains__");
  if (m === undefined) {
    // Fall back to iteration (CPython: _PySequence_IterSearch).
    const it = PyObject_GetIter(self);
    for (;;) {
      const x = PyIter_Next(it);
      if (x === undefined) return false;
      if (x === value || PyObject_RichCompareBool(x, value, Py_EQ)) return true;
    }
  }
  const r = m instanceof BoundCall ? PyObject_Vectorcall(m.f, [m.self, value], 0, 2, null) : PyObject_Vectorcall(m, [value], 0, 1, null);
  return PyObject_IsTrue(r);
}
function slot_tp_repr(self: PyObject): PyObject {
  const m = lookup_method(self, "__repr__");
  if (m === undefined) return object_repr(self);
  return m instanceof BoundCall ? PyObject_Vectorcall(m.f, [m.self], 0, 1, null) : PyObject_Vectorcall(m, [], 0, 0, null);
}
function slot_tp_str(self: PyObject): PyObject {
  return call_method_required(self, "__str__");
}
function slot_tp_hash(self: PyObject): number {
  const func = _PyType_Lookup(Py_TYPE(self), _Py_ID("__hash__"));
  if (func === undefined || func === Py_None) return PyObject_HashNotImplemented(self);
  const r = call_method_required(self, "__hash__");
  if (!PyLong_Check(r)) PyErr_RaiseFormat(PyExc_TypeError, "__hash__ method should return an integer");
  const h = long_hash(_PyLong_Value(r));
  return h;
}
function slot_tp_call(self: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  const m = lookup_method(self, "__call__");
  if (m === undefined) PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(self).tp_name}' object is not callable`);
  if (m instanceof BoundCall) {
    return PyObject_Call(m.f, _PyTuple_FromArray([m.self, ...(args as PyTupleObject).ob_item]), kwds);
  }
  return PyObject_Call(m, args, kwds);
}
const richnames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
function slot_tp_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  return call_method(self, richnames[op], other);
}
function slot_tp_iter(self: PyObject): PyObject {
  const func = _PyType_Lookup(Py_TYPE(self), _Py_ID("__iter__"));
  if (func === Py_None) PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(self).tp_name}' object is not iterable`);
  if (func !== undefined) return call_method_required(self, "__iter__");
  if (lookup_method(self, "__getitem__") !== undefined) return PySeqIter_New(self);
  PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(self).tp_name}' object is not iterable`);
}
function slot_tp_iternext(self: PyObject): PyObject | undefined {
  try {
    return call_method_required(self, "__next__");
  } catch (e) {
    if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_StopIteration)) return undefined;
    throw e;
  }
}
function slot_tp_descr_get(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const get = _PyType_Lookup(Py_TYPE(self), _Py_ID("__get__"));
  if (get === undefined) return self;
  return call_method_required(self, "__get__", obj ?? Py_None, type ?? Py_None);
}
function slot_tp_descr_set(self: PyObject, target: PyObject, value: PyObject | null): void {
  if (value === null) call_method_required(self, "__delete__", target);
  else call_method_required(self, "__set__", target, value);
}
function slot_tp_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  const m = lookup_method(self, "__init__");
  let r: PyObject;
  if (m instanceof BoundCall) r = PyObject_Call(m.f, _PyTuple_FromArray([m.self, ...(args as PyTupleObject).ob_item]), kwds);
  else r = PyObject_Call(m!, args, kwds);
  if (r !== Py_None) PyErr_RaiseFormat(PyExc_TypeError, `__init__() should return None, not '${Py_TYPE(r).tp_name}'`);
}
function slot_tp_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  const func = PyObject_GetAttr(type, _Py_ID("__new__"));
  return PyObject_Call(func, _PyTuple_FromArray([type, ...(args as PyTupleObject).ob_item]), kwds);
}
/** CPython 3.12: slot_tp_getattr_hook — __getattribute__, then __getattr__ on AttributeError. */
function slot_tp_getattr_hook(self: PyObject, name: PyObject): PyObject {
  const tp = Py_TYPE(self);
  const getattr = _PyType_Lookup(tp, _Py_ID("__getattr__"));
  const getattribute = _PyType_Lookup(tp, _Py_ID("__getattribute__"));
  let res: PyObject | undefined;
  if (getattribute === undefined || (getattribute instanceof PyWrapperDescrObject && getattribute.d_wrapped === PyObject_GenericGetAttr)) {
    if (getattr === undefined) return PyObject_GenericGetAttr(self, name);
    res = _PyObject_GenericGetAttrWithDict(self, name, true);
    if (res !== undefined) return res;
  } else {
    try {
      return callDescr(getattribute, self, [name]);
    } catch (e) {
      if (getattr === undefined || !PyErr_GivenExceptionMatches(e as PyObject, PyExc_AttributeError)) throw e;
    }
  }
  return callDescr(getattr!, self, [name]);
}
function callDescr(descr: PyObject, self: PyObject, args: PyObject[]): PyObject {
  const f = Py_TYPE(descr).tp_descr_get;
  if (descr instanceof PyFunctionObject || f === null) return PyObject_Vectorcall(descr, [self, ...args], 0, args.length + 1, null);
  return PyObject_Vectorcall(f(descr, self, Py_TYPE(self)), args, 0, args.length, null);
}
function slot_tp_setattro(self: PyObject, name: PyObject, value: PyObject | null): void {
  if (value === null) call_method_required(self, "__delattr__", name);
  else call_method_required(self, "__setattr__", name, value);
}

const U = "";
function B(slot: keyof PyTypeObject, name: string, rname: string, doc: string): SlotDef[] {
  const g = slot_binary(slot, name, rname);
  return [
    { name, slot, generic: g, wrapper: wrap_binaryfunc, doc: `Return self${doc}value.` },
    { name: rname, slot, generic: g, wrapper: wrap_binaryfunc_r, doc: `Return value${doc}self.` },
  ];
}
function I(slot: keyof PyTypeObject, name: string, doc: string): SlotDef {
  return { name, slot, generic: slot_inplace(name), wrapper: wrap_binaryfunc, doc: `Return self${doc}value.` };
}
function Un(slot: keyof PyTypeObject, name: string, doc: string): SlotDef {
  return { name, slot, generic: slot_unary(name), wrapper: wrap_unaryfunc, doc };
}

/** CPython 3.12: Objects/typeobject.c (slotdefs), in CPython's order (it decides which name wins a slot). */
export const slotdefs: SlotDef[] = [
  { name: "__getattribute__", slot: "tp_getattro", generic: slot_tp_getattr_hook, wrapper: wrap_binaryfunc, doc: "Return getattr(self, name)." },
  { name: "__getattr__", slot: "tp_getattro", generic: slot_tp_getattr_hook, wrapper: wrap_binaryfunc, doc: U },
  { name: "__setattr__", slot: "tp_setattro", generic: slot_tp_setattro, wrapper: wrap_setattr, doc: "Implement setattr(self, name, value)." },
  { name: "__delattr__", slot: "tp_setattro", generic: slot_tp_setattro, wrapper: wrap_delattr, doc: "Implement delattr(self, name)." },
  { name: "__repr__", slot: "tp_repr", generic: slot_tp_repr, wrapper: wrap_unaryfunc, doc: "Return repr(self)." },
  { name: "__hash__", slot: "tp_hash", generic: slot_tp_hash, wrapper: wrap_hashfunc, doc: "Return hash(self)." },
  { name: "__call__", slot: "tp_call", generic: slot_tp_call, wrapper: wrap_call, doc: "Call self as a function." },
  { name: "__str__", slot: "tp_str", generic: slot_tp_str, wrapper: wrap_unaryfunc, doc: "Return str(self)." },
  { name: "__lt__", slot: "tp_richcompare", generic: slot_tp_richcompare, wrapper: wrap_richcmp(Py_LT), doc: "Return self<value." },
  { name: "__le__", slot: "tp_richcompare", generic: slot_tp_richcompare, wrapper: wrap_richcmp(Py_LE), doc: "Return self<=value." },
  { name: "__eq__", slot: "tp_richcompare", generic: slot_tp_richcompare, wrapper: wrap_richcmp(Py_EQ), doc: "Return self==value." },
  { name: "__ne__", slot: "tp_richcompare", generic: slot_tp_richcompare, wrapper: wrap_richcmp(Py_NE), doc: "Return self!=value." },
  { name: "__gt__", slot: "tp_richcompare", generic: slot_tp_richcompare, wrapper: wrap_richcmp(Py_GT), doc: "Return self>value." },
  { name: "__ge__", slot: "tp_richcompare", generic: slot_tp_richcompare, wrapper: wrap_richcmp(Py_GE), doc: "Return self>=value." },
  { name: "__iter__", slot: "tp_iter", generic: slot_tp_iter, wrapper: wrap_unaryfunc, doc: "Implement iter(self)." },
  { name: "__next__", slot: "tp_iternext", generic: slot_tp_iternext, wrapper: wrap_next, doc: "Implement next(self)." },
  { name: "__get__", slot: "tp_descr_get", generic: slot_tp_descr_get, wrapper: wrap_descr_get, doc: "Return an attribute of instance, which is of type owner." },
  { name: "__set__", slot: "tp_descr_set", generic: slot_tp_descr_set, wrapper: wrap_descr_set, doc: "Set an attribute of instance to value." },
  { name: "__delete__", slot: "tp_descr_set", generic: slot_tp_descr_set, wrapper: wrap_descr_delete, doc: "Delete an attribute of instance." },
  { name: "__init__", slot: "tp_init", generic: slot_tp_init, wrapper: wrap_init, doc: "Initialize self.  See help(type(self)) for accurate signature." },
  { name: "__new__", slot: "tp_new", generic: slot_tp_new, wrapper: wrap_init, doc: U },
  ...B("nb_add", "__add__", "__radd__", "+"),
  ...B("nb_subtract", "__sub__", "__rsub__", "-"),
  ...B("nb_multiply", "__mul__", "__rmul__", "*"),
  ...B("nb_remainder", "__mod__", "__rmod__", "%"),
  ...B("nb_divmod", "__divmod__", "__rdivmod__", ", divmod("),
  { name: "__pow__", slot: "nb_power", generic: slot_nb_power, wrapper: wrap_ternaryfunc, doc: "Return pow(self, value, mod)." },
  { name: "__rpow__", slot: "nb_power", generic: slot_nb_power, wrapper: wrap_ternaryfunc_r, doc: "Return pow(value, self, mod)." },
  Un("nb_negative", "__neg__", "-self"),
  Un("nb_positive", "__pos__", "+self"),
  Un("nb_absolute", "__abs__", "abs(self)"),
  { name: "__bool__", slot: "nb_bool", generic: slot_nb_bool, wrapper: wrap_inquirypred, doc: "True if self else False" },
  Un("nb_invert", "__invert__", "~self"),
  ...B("nb_lshift", "__lshift__", "__rlshift__", "<<"),
  ...B("nb_rshift", "__rshift__", "__rrshift__", ">>"),
  ...B("nb_and", "__and__", "__rand__", "&"),
  ...B("nb_xor", "__xor__", "__rxor__", "^"),
  ...B("nb_or", "__or__", "__ror__", "|"),
  Un("nb_int", "__int__", "int(self)"),
  Un("nb_float", "__float__", "float(self)"),
  I("nb_inplace_add", "__iadd__", "+="),
  I("nb_inplace_subtract", "__isub__", "-="),
  I("nb_inplace_multiply", "__imul__", "*="),
  I("nb_inplace_remainder", "__imod__", "%="),
  { name: "__ipow__", slot: "nb_inplace_power", generic: slot_nb_inplace_power, wrapper: wrap_binaryfunc, doc: "Return self**=value." },
  I("nb_inplace_lshift", "__ilshift__", "<<="),
  I("nb_inplace_rshift", "__irshift__", ">>="),
  I("nb_inplace_and", "__iand__", "&="),
  I("nb_inplace_xor", "__ixor__", "^="),
  I("nb_inplace_or", "__ior__", "|="),
  ...B("nb_floor_divide", "__floordiv__", "__rfloordiv__", "//"),
  ...B("nb_true_divide", "__truediv__", "__rtruediv__", "/"),
  I("nb_inplace_floor_divide", "__ifloordiv__", "//="),
  I("nb_inplace_true_divide", "__itruediv__", "/="),
  Un("nb_index", "__index__", "Return self converted to an integer, if self is suitable for use as an index into a list."),
  ...B("nb_matrix_multiply", "__matmul__", "__rmatmul__", "@"),
  I("nb_inplace_matrix_multiply", "__imatmul__", "@="),
  { name: "__len__", slot: "mp_length", generic: slot_sq_length, wrapper: wrap_lenfunc, doc: "Return len(self)." },
  { name: "__getitem__", slot: "mp_subscript", generic: slot_mp_subscript, wrapper: wrap_binaryfunc, doc: "Return self[key]." },
  { name: "__setitem__", slot: "mp_ass_subscript", generic: slot_mp_ass_subscript, wrapper: wrap_objobjargproc, doc: "Set self[key] to value." },
  { name: "__delitem__", slot: "mp_ass_subscript", generic: slot_mp_ass_subscript, wrapper: wrap_delitem, doc: "Delete self[key]." },
  { name: "__len__", slot: "sq_length", generic: slot_sq_length, wrapper: wrap_lenfunc, doc: "Return len(self)." },
  { name: "__getitem__", slot: "sq_item", generic: slot_sq_item, wrapper: wrap_sq_item, doc: "Return self[key]." },
  { name: "__contains__", slot: "sq_contains", generic: slot_sq_contains, wrapper: wrap_objobjproc, doc: "Return bool(key in self)." },
];

/**
 * CPython 3.12: Objects/typeobject.c (add_operators): give a static type a slot-wrapper descriptor for every
 * slot it fills itself (not inherited), unless its dict already has the name.
 */
export function add_operators(type: PyTypeObject): void {
  const dict = type.tp_dict;
  const base = type.tp_base;
  for (const p of slotdefs) {
    const fn = (type as any)[p.slot];
    if (fn === null || fn === undefined) continue;
    if (p.name === "__getattr__") continue;
    if (base !== null && (base as any)[p.slot] === fn && type !== PyBaseObject_Type) continue;
    const key = _Py_ID(p.name);
    if (_PyDict_GetItem_KnownHash(dict, key) !== undefined) continue;
    if (p.slot === "tp_hash" && fn === PyObject_HashNotImplemented) {
      PyDict_SetItem(dict, key, Py_None);
      continue;
    }
    if (p.slot === "tp_new") {
      PyDict_SetItem(dict, key, tp_new_wrapper(type));
      continue;
    }
    PyDict_SetItem(dict, key, new PyWrapperDescrObject(type, p.name, p.wrapper, fn, p.doc));
  }
}

/** `T.__new__`: a builtin taking the subtype first (CPython 3.12: tp_new_wrapper). */
function tp_new_wrapper(type: PyTypeObject): PyObject {
  return PyCFunction_NewEx(
    {
      ml_name: "__new__",
      ml_meth: ((self: PyObject, args: PyObject, kwds: PyObject | null) => {
        const a = (args as PyTupleObject).ob_item;
        if (a.length < 1) PyErr_RaiseFormat(PyExc_TypeError, `${(self as PyTypeObject).tp_name}.__new__(): not enough arguments`);
        const subtype = a[0];
        if (!(subtype instanceof PyTypeObject)) {
          PyErr_RaiseFormat(PyExc_TypeError, `${(self as PyTypeObject).tp_name}.__new__(X): X is not a type object (${Py_TYPE(subtype).tp_name})`);
        }
        if (!PyType_IsSubtype(subtype, self as PyTypeObject)) {
          PyErr_RaiseFormat(PyExc_TypeError, `${(self as PyTypeObject).tp_name}.__new__(${subtype.tp_name}): ${subtype.tp_name} is not a subtype of ${(self as PyTypeObject).tp_name}`);
        }
        return (self as PyTypeObject).tp_new!(subtype, _PyTuple_FromArray(a.slice(1)), kwds);
      }) as never,
      ml_flags: METH_VARARGS | METH_KEYWORDS,
      ml_doc: "Create and return a new object.  See help(type) for accurate signature.",
    },
    type,
    null,
  );
}

/**
 * CPython 3.12: Objects/typeobject.c (fixup_slot_dispatchers → update_one_slot): for a heap type, point each
 * slot at the generic dispatcher when a Python-level dunder overrides it, at the builtin function when the name
 * resolves to a slot wrapper, or inherit it.
 */
export function fixup_slot_dispatchers(type: PyTypeObject): void {
  const bySlot = new Map<keyof PyTypeObject, SlotDef[]>();
  for (const p of slotdefs) {
    const l = bySlot.get(p.slot);
    if (l === undefined) bySlot.set(p.slot, [p]);
    else l.push(p);
  }
  for (const [slot, defs] of bySlot) {
    let generic: Function | null = null;
    let specific: Function | null = null;
    let useGeneric = false;
    for (const p of defs) {
      const descr = _PyType_Lookup(type, _Py_ID(p.name));
      if (descr === undefined) continue;
      if (descr instanceof PyWrapperDescrObject && descr.d_wrapper === p.wrapper && !useGeneric) {
        if (specific === null || specific === descr.d_wrapped) specific = descr.d_wrapped;
        else useGeneric = true;
      } else if (slot === "tp_hash" && descr === Py_None) {
        specific = PyObject_HashNotImplemented;
      } else if (slot === "tp_new" && descr instanceof PyCFunctionObject && descr.m_ml.ml_name === "__new__" && descr.m_self instanceof PyTypeObject) {
        specific = (descr.m_self as PyTypeObject).tp_new;
      } else {
        useGeneric = true;
      }
      generic = p.generic;
    }
    let value: Function | null;
    if (useGeneric || (specific === null && generic !== null)) value = generic;
    else value = specific;
    if (value === null && type.tp_base !== null) value = (type.tp_base as any)[slot];
    (type as any)[slot] = value;
  }
  // A class defining __eq__ but not __hash__ is unhashable (CPython: inherit_special + type_new's __hash__ rule).
}

/** CPython 3.12: Objects/descrobject.c (wrapperdescr_call): `int.__add__(1, 2)`. */
function wrapperdescr_call(descr: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  const d = descr as PyWrapperDescrObject;
  const a = (args as PyTupleObject).ob_item;
  if (a.length < 1) PyErr_RaiseFormat(PyExc_TypeError, `descriptor '${d.d_name}' of '${d.d_type.tp_name}' object needs an argument`);
  const self = a[0];
  if (!PyType_IsSubtype(Py_TYPE(self), d.d_type)) {
    PyErr_RaiseFormat(PyExc_TypeError, `descriptor '${d.d_name}' requires a '${d.d_type.tp_name}' object but received a '${Py_TYPE(self).tp_name}'`);
  }
  return wrapper_call_bound(d, self, _PyTuple_FromArray(a.slice(1)), kwds);
}
function wrapper_call_bound(d: PyWrapperDescrObject, self: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (d.d_name === "__init__") {
    (d.d_wrapped as (s: PyObject, a: PyObject, k: PyObject | null) => void)(self, args, kwds);
    return Py_None;
  }
  if (d.d_name === "__call__") return (d.d_wrapped as (s: PyObject, a: PyObject, k: PyObject | null) => PyObject)(self, args, kwds);
  if (kwds !== null && (kwds as PyDictObject).size !== 0) {
    PyErr_RaiseFormat(PyExc_TypeError, `wrapper ${d.d_name}() takes no keyword arguments`);
  }
  const r = d.d_wrapper(d.d_wrapped, self, (args as PyTupleObject).ob_item, d.d_name);
  return r;
}
function wrapperdescr_get(descr: PyObject, obj: PyObject | null, _type: PyObject | null): PyObject {
  if (obj === null) return descr;
  const d = descr as PyWrapperDescrObject;
  if (!PyType_IsSubtype(Py_TYPE(obj), d.d_type)) {
    PyErr_RaiseFormat(PyExc_TypeError, `descriptor '${d.d_name}' for '${d.d_type.tp_name}' objects doesn't apply to a '${Py_TYPE(obj).tp_name}' object`);
  }
  return new PyMethodWrapperObject(d, obj);
}
function methodwrapper_call(o: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (o instanceof BoundCall) return PyObject_Call(o.f, _PyTuple_FromArray([o.self, ...(args as PyTupleObject).ob_item]), kwds);
  const w = o as PyMethodWrapperObject;
  return wrapper_call_bound(w.descr, w.self, args, kwds);
}

import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { PyBool_FromLong, Py_True, Py_False, PyLong_Check, _PyLong_Value, long_hash } from "./longobject.js";
import { PyErr_RaiseFormat, PyErr_Raise, _PyErr_CreateException, PyErr_GivenExceptionMatches } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_StopIteration, PyExc_AttributeError, PyExc_OverflowError, PyExc_ValueError } from "./exceptions.js";
import { _PyType_Lookup, object_repr, PyObject_GenericGetAttr, _PyObject_GenericGetAttrWithDict } from "./typeobject.js";
import { _Py_ID, PyUnicode_FromString } from "./unicodeobject.js";
import { PyFunctionObject, PyMethod_New } from "./funcobject.js";
import { PyObject_Vectorcall, PyObject_Call } from "./call.js";
import { PyObject_HashNotImplemented, PyObject_IsTrue, PyObject_GetIter, PyIter_Next, PyObject_RichCompareBool, PyNumber_AsSsize_t, PyNumber_Index as PyNumber_Index_ref, PyObject_GetAttr } from "./abstract.js";
import { PySeqIter_New } from "./iterobject.js";
import { _PyTuple_FromArray, PyTupleObject } from "./tupleobject.js";
import { PyDictObject, PyDict_SetItem, _PyDict_GetItem_KnownHash } from "./dictobject.js";
import { PyCFunction_NewEx, PyCFunctionObject, METH_VARARGS, METH_KEYWORDS } from "./methodobject.js";
import { PyBaseObject_Type } from "./object.js";
import { _Py_IdAddress } from "./typeobject.js";

Object.assign(PyWrapperDescr_Type, {
  tp_call: wrapperdescr_call,
  tp_descr_get: wrapperdescr_get,
  tp_repr: (o: PyObject) => {
    const d = o as PyWrapperDescrObject;
    return PyUnicode_FromString(`<slot wrapper '${d.d_name}' of '${d.d_type.tp_name}' objects>`);
  },
});
Object.assign(PyMethodWrapper_Type, {
  tp_call: methodwrapper_call,
  tp_repr: (o: PyObject) => {
    if (o instanceof BoundCall) return PyUnicode_FromString("<method-wrapper>");
    const w = o as PyMethodWrapperObject;
    return PyUnicode_FromString(`<method-wrapper '${w.descr.d_name}' of ${Py_TYPE(w.self).tp_name} object at ${_Py_IdAddress(w.self)}>`);
  },
});
