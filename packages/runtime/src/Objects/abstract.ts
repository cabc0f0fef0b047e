/**
 * The abstract object protocols: repr/str/hash/compare/truth, attributes, numbers, sequences, iteration.
 * CPython 3.12: Objects/object.c, Objects/abstract.c
 */
import { PyObject, PyTypeObject, Py_TYPE, PyType_IsSubtype, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE, binaryfunc, ternaryfunc } from "./object.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { Py_True, Py_False, PyLong_Check, _PyLong_Value, PyLong_CheckExact, PyLongObject, PyLong_Type } from "./longobject.js";
import { PyUnicodeObject, PyUnicode_Check, PyUnicode_FromString, PyUnicode_CheckExact } from "./unicodeobject.js";
import { PyErr_RaiseFormat, PyErr_Raise, PyExceptionInstance_Check } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_RecursionError, PyExc_AttributeError, PyExc_IndexError, PyExc_OverflowError, PyExc_StopIteration } from "./exceptions.js";
import { _PyThreadState_GET } from "../pystate.js";
import { _PyObject_GenericGetAttrWithDict, PyObject_GenericGetAttr, _PyObject_RaiseNoAttribute } from "./typeobject.js";

/** CPython 3.12: Objects/object.c (PyObject_Repr) */
export function PyObject_Repr(v: PyObject): PyUnicodeObject {
  if (typeof v === "number") return PyUnicode_FromString(String(v));
  const f = Py_TYPE(v).tp_repr;
  if (f === null) return PyUnicode_FromString(`<${Py_TYPE(v).tp_name} object>`);
  const tstate = _PyThreadState_GET();
  if (--tstate.c_recursion_remaining < 0) {
    tstate.c_recursion_remaining++;
    PyErr_RaiseFormat(PyExc_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  }
  try {
    const res = f(v);
    if (!PyUnicode_Check(res)) {
      PyErr_RaiseFormat(PyExc_TypeError, `__repr__ returned non-string (type ${Py_TYPE(res).tp_name})`);
    }
    return res;
  } finally {
    tstate.c_recursion_remaining++;
  }
}

/** CPython 3.12: Objects/object.c (PyObject_Str) */
export function PyObject_Str(v: PyObject): PyUnicodeObject {
  if (typeof v === "number") return PyUnicode_FromString(String(v));
  if (PyUnicode_CheckExact(v)) return v;
  const f = Py_TYPE(v).tp_str;
  if (f === null) return PyObject_Repr(v);
  const tstate = _PyThreadState_GET();
  if (--tstate.c_recursion_remaining < 0) {
    tstate.c_recursion_remaining++;
    PyErr_RaiseFormat(PyExc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  try {
    const res = f(v);
    if (!PyUnicode_Check(res)) {
      PyErr_RaiseFormat(PyExc_TypeError, `__str__ returned non-string (type ${Py_TYPE(res).tp_name})`);
    }
    return res;
  } finally {
    tstate.c_recursion_remaining++;
  }
}

/** CPython 3.12: Objects/object.c (Py_ReprEnter): false when `o` is already being repr'd. */
export function Py_ReprEnter(o: PyObject): boolean {
  const active = _PyThreadState_GET().repr_active;
  if (active.has(o as object)) return false;
  active.add(o as object);
  return true;
}
/** CPython 3.12: Objects/object.c (Py_ReprLeave) */
export function Py_ReprLeave(o: PyObject): void {
  _PyThreadState_GET().repr_active.delete(o as object);
}

/** CPython 3.12: Objects/object.c (PyObject_Hash) */
export function PyObject_Hash(v: PyObject): number {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const f = Py_TYPE(v).tp_hash;
  if (f === null) return PyObject_HashNotImplemented(v);
  return f(v);
}
/** CPython 3.12: Objects/object.c (PyObject_HashNotImplemented) */
export function PyObject_HashNotImplemented(v: PyObject): number {
  PyErr_RaiseFormat(PyExc_TypeError, `unhashable type: '${Py_TYPE(v).tp_name}'`);
}

const opstrings = ["<", "<=", "==", "!=", ">", ">="];
const swapped_op = [Py_GT, Py_GE, Py_EQ, Py_NE, Py_LT, Py_LE];

/** CPython 3.12: Objects/object.c (do_richcompare) */
function do_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  const vt = Py_TYPE(v);
  const wt = Py_TYPE(w);
  let checked_reverse_op = false;
  let f;
  if (vt !== wt && PyType_IsSubtype(wt, vt) && (f = wt.tp_richcompare) !== null) {
    checked_reverse_op = true;
    const res = f(w, v, swapped_op[op]);
    if (res !== Py_NotImplemented) return res;
  }
  if ((f = vt.tp_richcompare) !== null) {
    const res = f(v, w, op);
    if (res !== Py_NotImplemented) return res;
  }
  if (!checked_reverse_op && (f = wt.tp_richcompare) !== null) {
    const res = f(w, v, swapped_op[op]);
    if (res !== Py_NotImplemented) return res;
  }
  switch (op) {
    case Py_EQ:
      return v === w ? Py_True : Py_False;
    case Py_NE:
      return v !== w ? Py_True : Py_False;
    default:
      PyErr_RaiseFormat(
        PyExc_TypeError,
        `'${opstrings[op]}' not supported between instances of '${vt.tp_name}' and '${wt.tp_name}'`,
      );
  }
}

/** CPython 3.12: Objects/object.c (PyObject_RichCompare) */
export function PyObject_RichCompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (typeof v === "number" && typeof w === "number") {
    let r: boolean;
    switch (op) {
      case Py_LT: r = v < w; break;
      case Py_LE: r = v <= w; break;
      case Py_EQ: r = v === w; break;
      case Py_NE: r = v !== w; break;
      case Py_GT: r = v > w; break;
      default: r = v >= w; break;
    }
    return r ? Py_True : Py_False;
  }
  const tstate = _PyThreadState_GET();
  if (--tstate.c_recursion_remaining < 0) {
    tstate.c_recursion_remaining++;
    PyErr_RaiseFormat(PyExc_RecursionError, "maximum recursion depth exceeded in comparison");
  }
  try {
    return do_richcompare(v, w, op);
  } finally {
    tstate.c_recursion_remaining++;
  }
}

/** CPython 3.12: Objects/object.c (PyObject_RichCompareBool): identity implies equality. */
export function PyObject_RichCompareBool(v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === Py_EQ) return true;
    if (op === Py_NE) return false;
  }
  const res = PyObject_RichCompare(v, w, op);
  if (res === Py_True) return true;
  if (res === Py_False) return false;
  return PyObject_IsTrue(res);
}

/** CPython 3.12: Objects/object.c (PyObject_IsTrue) */
export function PyObject_IsTrue(v: PyObject): boolean {
  if (v === Py_True) return true;
  if (v === Py_False || v === Py_None) return false;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "bigint") return true;
  const t = Py_TYPE(v);
  if (t.nb_bool !== null) return t.nb_bool(v);
  if (t.mp_length !== null) return t.mp_length(v) !== 0;
  if (t.sq_length !== null) return t.sq_length(v) !== 0;
  return true;
}
/** CPython 3.12: Objects/object.c (PyObject_Not) */
export function PyObject_Not(v: PyObject): boolean {
  return !PyObject_IsTrue(v);
}

// ---- Attributes ----

/** CPython 3.12: Objects/object.c (PyObject_GetAttr) */
export function PyObject_GetAttr(v: PyObject, name: PyObject): PyObject {
  if (!PyUnicode_Check(name)) {
    PyErr_RaiseFormat(PyExc_TypeError, `attribute name must be string, not '${Py_TYPE(name).tp_name}'`);
  }
  const tp = Py_TYPE(v);
  if (tp.tp_getattro !== null) return tp.tp_getattro(v, name);
  return _PyObject_RaiseNoAttribute(v, name);
}
/** CPython 3.12: Objects/object.c (PyObject_GetAttrString) */
export function PyObject_GetAttrString(v: PyObject, name: string): PyObject {
  return PyObject_GetAttr(v, PyUnicode_FromString(name));
}
/**
 * CPython 3.12: Objects/object.c (_PyObject_LookupAttr): the attribute, or `undefined` when it is missing
 * (AttributeError suppressed, without creating it on the generic path).
 */
export function _PyObject_LookupAttr(v: PyObject, name: PyUnicodeObject): PyObject | undefined {
  const tp = Py_TYPE(v);
  if (tp.tp_getattro === PyObject_GenericGetAttr) return _PyObject_GenericGetAttrWithDict(v, name, true);
  if (tp.tp_getattro === null) return undefined;
  try {
    return tp.tp_getattro(v, name);
  } catch (e) {
    if (PyExceptionInstance_Check(e) && PyType_IsSubtype(e.ob_type, PyExc_AttributeError)) return undefined;
    throw e;
  }
}
/** CPython 3.12: Objects/object.c (PyObject_HasAttr) */
export function PyObject_HasAttr(v: PyObject, name: PyObject): boolean {
  return _PyObject_LookupAttr(v, name as PyUnicodeObject) !== undefined;
}
/** CPython 3.12: Objects/object.c (PyObject_SetAttr) */
export function PyObject_SetAttr(v: PyObject, name: PyObject, value: PyObject | null): void {
  if (!PyUnicode_Check(name)) {
    PyErr_RaiseFormat(PyExc_TypeError, `attribute name must be string, not '${Py_TYPE(name).tp_name}'`);
  }
  const tp = Py_TYPE(v);
  if (tp.tp_setattro !== null) {
    tp.tp_setattro(v, name, value);
    return;
  }
  if (tp.tp_getattro === null) {
    PyErr_RaiseFormat(
      PyExc_TypeError,
      `'${tp.tp_name}' object has no attributes (${value === null ? "del" : "assign to"} .${name.value})`,
    );
  }
  PyErr_RaiseFormat(
    PyExc_TypeError,
    `'${tp.tp_name}' object has only read-only attributes (${value === null ? "del" : "assign to"} .${name.value})`,
  );
}
/** CPython 3.12: Objects/object.c (PyObject_DelAttr) */
export function PyObject_DelAttr(v: PyObject, name: PyObject): void {
  PyObject_SetAttr(v, name, null);
}

// ---- Numbers ----

type SlotGetter = (t: PyTypeObject) => binaryfunc | null;

/** CPython 3.12: Objects/abstract.c (binary_op1): try v's slot, w's reflected slot (subclass first). */
function binary_op1(v: PyObject, w: PyObject, slot: SlotGetter): PyObject {
  const vt = Py_TYPE(v);
  const wt = Py_TYPE(w);
  const slotv = slot(vt);
  let slotw = vt !== wt ? slot(wt) : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w);
      if (x !== Py_NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== Py_NotImplemented) return x;
  }
  if (slotw !== null) return slotw(v, w);
  return Py_NotImplemented;
}

function binop_type_error(v: PyObject, w: PyObject, opname: string): never {
  PyErr_RaiseFormat(
    PyExc_TypeError,
    `unsupported operand type(s) for ${opname}: '${Py_TYPE(v).tp_name}' and '${Py_TYPE(w).tp_name}'`,
  );
}

function binary_op(v: PyObject, w: PyObject, slot: SlotGetter, opname: string): PyObject {
  const result = binary_op1(v, w, slot);
  if (result === Py_NotImplemented) binop_type_error(v, w, opname);
  return result;
}

/** CPython 3.12: Objects/abstract.c (binary_iop1/binary_iop): in-place slot first, then the binary one. */
function binary_iop(v: PyObject, w: PyObject, islot: SlotGetter, slot: SlotGetter, opname: string): PyObject {
  const f = islot(Py_TYPE(v));
  if (f !== null) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
  }
  const result = binary_op1(v, w, slot);
  if (result === Py_NotImplemented) binop_type_error(v, w, opname);
  return result;
}

const s_add: SlotGetter = (t) => t.nb_add;
const s_sub: SlotGetter = (t) => t.nb_subtract;
const s_mul: SlotGetter = (t) => t.nb_multiply;
const s_mod: SlotGetter = (t) => t.nb_remainder;
const s_divmod: SlotGetter = (t) => t.nb_divmod;
const s_lshift: SlotGetter = (t) => t.nb_lshift;
const s_rshift: SlotGetter = (t) => t.nb_rshift;
const s_and: SlotGetter = (t) => t.nb_and;
const s_xor: SlotGetter = (t) => t.nb_xor;
const s_or: SlotGetter = (t) => t.nb_or;
const s_floordiv: SlotGetter = (t) => t.nb_floor_divide;
const s_truediv: SlotGetter = (t) => t.nb_true_divide;
const s_matmul: SlotGetter = (t) => t.nb_matrix_multiply;
const s_iadd: SlotGetter = (t) => t.nb_inplace_add;
const s_isub: SlotGetter = (t) => t.nb_inplace_subtract;
const s_imul: SlotGetter = (t) => t.nb_inplace_multiply;
const s_imod: SlotGetter = (t) => t.nb_inplace_remainder;
const s_ilshift: SlotGetter = (t) => t.nb_inplace_lshift;
const s_irshift: SlotGetter = (t) => t.nb_inplace_rshift;
const s_iand: SlotGetter = (t) => t.nb_inplace_and;
const s_ixor: SlotGetter = (t) => t.nb_inplace_xor;
const s_ior: SlotGetter = (t) => t.nb_inplace_or;
const s_ifloordiv: SlotGetter = (t) => t.nb_inplace_floor_divide;
const s_itruediv: SlotGetter = (t) => t.nb_inplace_true_divide;
const s_imatmul: SlotGetter = (t) => t.nb_inplace_matrix_multiply;

/** CPython 3.12: Objects/abstract.c (PyNumber_Add): numbers, then sequence concatenation. */
export function PyNumber_Add(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number") {
    const r = v + w;
    if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) return r;
  }
  const result = binary_op1(v, w, s_add);
  if (result !== Py_NotImplemented) return result;
  const concat = Py_TYPE(v).sq_concat;
  if (concat !== null) return concat(v, w);
  binop_type_error(v, w, "+");
}
export function PyNumber_Subtract(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_sub, "-");
}
/** CPython 3.12: Objects/abstract.c (PyNumber_Multiply): numbers, then sequence repetition. */
export function PyNumber_Multiply(v: PyObject, w: PyObject): PyObject {
  const result = binary_op1(v, w, s_mul);
  if (result !== Py_NotImplemented) return result;
  const mv = Py_TYPE(v).sq_repeat;
  const mw = Py_TYPE(w).sq_repeat;
  if (mv !== null) return sequence_repeat(mv, v, w);
  if (mw !== null) return sequence_repeat(mw, w, v);
  binop_type_error(v, w, "*");
}
function sequence_repeat(f: (o: PyObject, n: number) => PyObject, seq: PyObject, n: PyObject): PyObject {
  if (!_PyIndex_Check(n)) {
    PyErr_RaiseFormat(PyExc_TypeError, `can't multiply sequence by non-int of type '${Py_TYPE(n).tp_name}'`);
  }
  const count = PyNumber_AsSsize_t(n, PyExc_OverflowError);
  return f(seq, count);
}
export function PyNumber_Remainder(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_mod, "%");
}
export function PyNumber_Divmod(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_divmod, "divmod()");
}
export function PyNumber_Lshift(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_lshift, "<<");
}
export function PyNumber_Rshift(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_rshift, ">>");
}
export function PyNumber_And(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_and, "&");
}
export function PyNumber_Xor(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_xor, "^");
}
export function PyNumber_Or(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_or, "|");
}
export function PyNumber_FloorDivide(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_floordiv, "//");
}
export function PyNumber_TrueDivide(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_truediv, "/");
}
export function PyNumber_MatrixMultiply(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, s_matmul, "@");
}

/** CPython 3.12: Objects/abstract.c (ternary_op for PyNumber_Power) */
export function PyNumber_Power(v: PyObject, w: PyObject, z: PyObject): PyObject {
  return ternary_op(v, w, z, (t) => t.nb_power, z === Py_None ? "** or pow()" : "pow()");
}
function ternary_op(v: PyObject, w: PyObject, z: PyObject, slot: (t: PyTypeObject) => ternaryfunc | null, opname: string): PyObject {
  const vt = Py_TYPE(v);
  const wt = Py_TYPE(w);
  const slotv = slot(vt);
  let slotw = vt !== wt ? slot(wt) : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w, z);
      if (x !== Py_NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== Py_NotImplemented) return x;
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== Py_NotImplemented) return x;
  }
  if (z !== Py_None) {
    const slotz = slot(Py_TYPE(z));
    if (slotz !== null && slotz !== slotv && slotz !== slotw) {
      const x = slotz(v, w, z);
      if (x !== Py_NotImplemented) return x;
    }
    PyErr_RaiseFormat(
      PyExc_TypeError,
      `unsupported operand type(s) for ${opname}: '${vt.tp_name}', '${wt.tp_name}', '${Py_TYPE(z).tp_name}'`,
    );
  }
  binop_type_error(v, w, opname);
}

export function PyNumber_InPlaceAdd(v: PyObject, w: PyObject): PyObject {
  if (typeof v === "number" && typeof w === "number") {
    const r = v + w;
    if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) return r;
  }
  const f = Py_TYPE(v).nb_inplace_add;
  if (f !== null) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
  }
  const result = binary_op1(v, w, s_add);
  if (result !== Py_NotImplemented) return result;
  const t = Py_TYPE(v);
  if (t.sq_inplace_concat !== null) return t.sq_inplace_concat(v, w);
  if (t.sq_concat !== null) return t.sq_concat(v, w);
  binop_type_error(v, w, "+=");
}
export function PyNumber_InPlaceSubtract(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, s_isub, s_sub, "-=");
}
export function PyNumber_InPlaceMultiply(v: PyObject, w: PyObject): PyObject {
  const f = Py_TYPE(v).nb_inplace_multiply;
  if (f !== null) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
  }
  const result = binary_op1(v, w, s_mul);
  if (result !== Py_NotImplemented) return result;
  const t = Py_TYPE(v);
  if (t.sq_inplace_repeat !== null) return sequence_repeat(t.sq_inplace_repeat, v, w);
  if (t.sq_repeat !== null) return sequence_repeat(t.sq_repeat, v, w);
  const mw = Py_TYPE(w).sq_repeat;
  if (mw !== null) return sequence_repeat(mw, w, v);
  binop_type_error(v, w, "*=");
}
export function PyNumber_InPlaceRemainder(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, s_imod, s_mod, "%=");
}
export function PyNumber_InPlaceLshift(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, s_ilshift, s_lshift, "<<=");
}
export function PyNumber_InPlaceRshift(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, s_irshift, s_rshift, ">>=");
}
export function PyNumber_InPlaceAnd(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, s_iand, s_and, "&=");
}
export function PyNumber_InPlaceXor(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, s_ixor, s_xor, "^=");
}
export function PyNumber_InPlaceOr(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, s_ior, s_or, "|=");
}
export function PyNumber_InPlaceFloorDivide(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, s_ifloordiv, s_floordiv, "//=");
}
export function PyNumber_InPlaceTrueDivide(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, s_itruediv, s_truediv, "/=");
}
export function PyNumber_InPlaceMatrixMultiply(v: PyObject, w: PyObject): PyObject {
  return binary_iop(v, w, s_imatmul, s_matmul, "@=");
}
export function PyNumber_InPlacePower(v: PyObject, w: PyObject, z: PyObject): PyObject {
  const f = Py_TYPE(v).nb_inplace_power;
  if (f !== null) {
    const x = f(v, w, z);
    if (x !== Py_NotImplemented) return x;
  }
  return ternary_op(v, w, z, (t) => t.nb_power, "**=");
}

/** CPython 3.12: Objects/abstract.c (PyNumber_Negative, Positive, Invert, Absolute) */
export function PyNumber_Negative(o: PyObject): PyObject {
  const f = Py_TYPE(o).nb_negative;
  if (f !== null) return f(o);
  PyErr_RaiseFormat(PyExc_TypeError, `bad operand type for unary -: '${Py_TYPE(o).tp_name}'`);
}
export function PyNumber_Positive(o: PyObject): PyObject {
  const f = Py_TYPE(o).nb_positive;
  if (f !== null) return f(o);
  PyErr_RaiseFormat(PyExc_TypeError, `bad operand type for unary +: '${Py_TYPE(o).tp_name}'`);
}
export function PyNumber_Invert(o: PyObject): PyObject {
  const f = Py_TYPE(o).nb_invert;
  if (f !== null) return f(o);
  PyErr_RaiseFormat(PyExc_TypeError, `bad operand type for unary ~: '${Py_TYPE(o).tp_name}'`);
}
export function PyNumber_Absolute(o: PyObject): PyObject {
  const f = Py_TYPE(o).nb_absolute;
  if (f !== null) return f(o);
  PyErr_RaiseFormat(PyExc_TypeError, `bad operand type for abs(): '${Py_TYPE(o).tp_name}'`);
}

/** CPython 3.12: Include/cpython/abstract.h (_PyIndex_Check) */
export function _PyIndex_Check(o: PyObject): boolean {
  return Py_TYPE(o).nb_index !== null;
}
/** CPython 3.12: Objects/abstract.c (_PyNumber_Index) */
export function PyNumber_Index(o: PyObject): PyObject {
  if (PyLong_CheckExact(o)) return o;
  if (PyLong_Check(o)) return o;
  const f = Py_TYPE(o).nb_index;
  if (f === null) {
    PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(o).tp_name}' object cannot be interpreted as an integer`);
  }
  const r = f(o);
  if (!PyLong_Check(r)) {
    PyErr_RaiseFormat(PyExc_TypeError, `__index__ returned non-int (type ${Py_TYPE(r).tp_name})`);
  }
  return r;
}
/** CPython 3.12: Objects/abstract.c (PyNumber_AsSsize_t): clamps or raises `exc` outside the safe range. */
export function PyNumber_AsSsize_t(o: PyObject, exc: PyTypeObject | null): number {
  const v = _PyLong_Value(PyNumber_Index(o));
  if (typeof v === "number") return v;
  if (exc === null) return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  PyErr_RaiseFormat(exc, `cannot fit '${Py_TYPE(o).tp_name}' into an index-sized integer`);
}
/** CPython 3.12: Objects/abstract.c (PyNumber_Long) */
export function PyNumber_Long(o: PyObject): PyObject {
  if (PyLong_CheckExact(o)) return o;
  const t = Py_TYPE(o);
  if (t.nb_int !== null) {
    const r = t.nb_int(o);
    if (!PyLong_Check(r)) PyErr_RaiseFormat(PyExc_TypeError, `__int__ returned non-int (type ${Py_TYPE(r).tp_name})`);
    return typeof r === "object" ? _PyLong_Value(r) : r;
  }
  if (t.nb_index !== null) return _PyLong_Value(PyNumber_Index(o));
  if (PyUnicode_Check(o)) return _PyLong_FromUnicode(o);
  PyErr_RaiseFormat(
    PyExc_TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${t.tp_name}'`,
  );
}
function _PyLong_FromUnicode(o: PyUnicodeObject): PyObject {
  return PyLong_FromUnicodeObject(o, 10);
}

// ---- Sequences, mappings, iteration ----

/** CPython 3.12: Objects/abstract.c (PyObject_GetItem) */
export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject {
  const t = Py_TYPE(o);
  if (t.mp_subscript !== null) return t.mp_subscript(o, key);
  if (t.sq_item !== null) {
    if (_PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      return t.sq_item(o, i);
    }
    PyErr_RaiseFormat(PyExc_TypeError, `sequence index must be integer, not '${Py_TYPE(key).tp_name}'`);
  }
  if (o instanceof PyTypeObject) {
    PyErr_RaiseFormat(PyExc_TypeError, `type '${o.tp_name}' is not subscriptable`);
  }
  PyErr_RaiseFormat(PyExc_TypeError, `'${t.tp_name}' object is not subscriptable`);
}
/** CPython 3.12: Objects/abstract.c (PyObject_SetItem) */
export function PyObject_SetItem(o: PyObject, key: PyObject, value: PyObject): void {
  const t = Py_TYPE(o);
  if (t.mp_ass_subscript !== null) return t.mp_ass_subscript(o, key, value);
  if (t.sq_ass_item !== null) {
    if (_PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      return t.sq_ass_item(o, i, value);
    }
    PyErr_RaiseFormat(PyExc_TypeError, `sequence index must be integer, not '${Py_TYPE(key).tp_name}'`);
  }
  PyErr_RaiseFormat(PyExc_TypeError, `'${t.tp_name}' object does not support item assignment`);
}
/** CPython 3.12: Objects/abstract.c (PyObject_DelItem) */
export function PyObject_DelItem(o: PyObject, key: PyObject): void {
  const t = Py_TYPE(o);
  if (t.mp_ass_subscript !== null) return t.mp_ass_subscript(o, key, null);
  if (t.sq_ass_item !== null) {
    if (_PyIndex_Check(key)) {
      let i = PyNumber_AsSsize_t(key, PyExc_IndexError);
      if (i < 0 && t.sq_length !== null) i += t.sq_length(o);
      return t.sq_ass_item(o, i, null);
    }
  }
  PyErr_RaiseFormat(PyExc_TypeError, `'${t.tp_name}' object does not support item deletion`);
}
/** CPython 3.12: Objects/abstract.c (PyObject_Size) */
export function PyObject_Size(o: PyObject): number {
  const t = Py_TYPE(o);
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  PyErr_RaiseFormat(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}
export const PyObject_Length = PyObject_Size;

/** CPython 3.12: Objects/abstract.c (PySequence_Contains) */
export function PySequence_Contains(seq: PyObject, ob: PyObject): boolean {
  const f = Py_TYPE(seq).sq_contains;
  if (f !== null) return f(seq, ob);
  const it = PyObject_GetIter(seq);
  for (;;) {
    const x = PyIter_Next(it);
    if (x === undefined) return false;
    if (x === ob || PyObject_RichCompareBool(x, ob, Py_EQ)) return true;
  }
}

/** CPython 3.12: Objects/abstract.c (PyObject_GetIter) */
export function PyObject_GetIter(o: PyObject): PyObject {
  const t = Py_TYPE(o);
  if (t.tp_iter !== null) {
    const res = t.tp_iter(o);
    if (Py_TYPE(res).tp_iternext === null) {
      PyErr_RaiseFormat(PyExc_TypeError, `iter() returned non-iterator of type '${Py_TYPE(res).tp_name}'`);
    }
    return res;
  }
  if (t.sq_item !== null) return PySeqIter_New(o);
  PyErr_RaiseFormat(PyExc_TypeError, `'${t.tp_name}' object is not iterable`);
}
/** CPython 3.12: Objects/abstract.c (PyIter_Next): the next item, or `undefined` when exhausted. */
export function PyIter_Next(it: PyObject): PyObject | undefined {
  const f = Py_TYPE(it).tp_iternext;
  if (f === null) PyErr_RaiseFormat(PyExc_TypeError, `'${Py_TYPE(it).tp_name}' object is not an iterator`);
  return f(it);
}
/** A JS array of the items of any iterable (PySequence_Fast). */
export function _PySequence_ToArray(o: PyObject): PyObject[] {
  if (typeof o === "object" && (o.ob_type === PyTuple_Type || o.ob_type === PyList_Type)) {
    return (o as PyTupleObject).ob_item;
  }
  const it = PyObject_GetIter(o);
  const out: PyObject[] = [];
  for (;;) {
    const x = PyIter_Next(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

void PyLongObject;
void PyLong_Type;
void PyErr_Raise;
void PyExc_StopIteration;

import { PyTuple_Type, PyTupleObject } from "./tupleobject.js";
import { PyList_Type } from "./listobject.js";
import { PySeqIter_New } from "./iterobject.js";
import { PyLong_FromUnicodeObject } from "./longobject.js";

/** CPython 3.12: Objects/abstract.c (PyObject_Format): `format(obj, spec)`; the engines are in unicode_format.ts. */
export function PyObject_Format(obj: PyObject, spec: PyObject | null): PyObject {
  return _PyObject_Format(obj, spec);
}
import { _PyObject_Format } from "./unicode_format.js";
/** ascii(): repr with non-ASCII characters escaped (CPython 3.12: Objects/object.c, PyObject_ASCII). */
export function _PyUnicode_AsASCIIRepr(o: PyObject): string {
  let out = "";
  for (const ch of PyObject_Repr(o).value) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp <= 0xffff) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out;
}
