/**
 * The object model's base: every boxed Python value is a `PyBaseObject` carrying `ob_type`.
 *
 * Typhon's value representation (docs/design.md, "Values"): a Python `int` is a JS `number` while it is a safe
 * integer (never -0) and a JS `bigint` outside that range; every other value — including `bool`, `float`, `str`,
 * `None` and instances of `int` subclasses — is an object extending `PyBaseObject`. `Py_TYPE` hides the difference.
 *
 * CPython 3.12: Include/object.h, Objects/object.c
 */
import type { PyDictObject } from "./dictobject.js";

/** A Python value: the `PyObject *` of CPython's C-API. */
export type PyObject = PyBaseObject | number | bigint;

/** CPython 3.12: Include/object.h (`PyObject`: the header every object starts with). */
export class PyBaseObject {
  ob_type: PyTypeObject;
  constructor(type: PyTypeObject) {
    this.ob_type = type;
  }
}

export type unaryfunc = (o: PyObject) => PyObject;
export type binaryfunc = (a: PyObject, b: PyObject) => PyObject;
export type ternaryfunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
/** tp_call: (callable, args tuple, kwargs dict or null). */
export type callfunc = (callable: PyObject, args: PyObject, kwargs: PyObject | null) => PyObject;
export type inquiry = (o: PyObject) => boolean;
export type lenfunc = (o: PyObject) => number;
export type ssizeargfunc = (o: PyObject, i: number) => PyObject;
export type ssizeobjargproc = (o: PyObject, i: number, v: PyObject | null) => void;
export type objobjargproc = (o: PyObject, k: PyObject, v: PyObject | null) => void;
export type objobjproc = (o: PyObject, k: PyObject) => boolean;
export type reprfunc = (o: PyObject) => PyObject;
export type hashfunc = (o: PyObject) => number;
export type richcmpfunc = (a: PyObject, b: PyObject, op: number) => PyObject;
export type getattrofunc = (o: PyObject, name: PyObject) => PyObject;
/** Returns `undefined` where CPython's `_PyObject_LookupAttr` reports "not found" without an exception. */
export type getattrofunc_opt = (o: PyObject, name: PyObject) => PyObject | undefined;
export type setattrofunc = (o: PyObject, name: PyObject, v: PyObject | null) => void;
/** Returns `undefined` at exhaustion (CPython: NULL with no exception set). */
export type iternextfunc = (o: PyObject) => PyObject | undefined;
export type descrgetfunc = (descr: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject;
export type descrsetfunc = (descr: PyObject, obj: PyObject, v: PyObject | null) => void;
export type initproc = (self: PyObject, args: PyObject, kwds: PyObject | null) => void;
export type newfunc = (type: PyTypeObject, args: PyObject, kwds: PyObject | null) => PyObject;
/** Vectorcall over a window of an array: `args[start .. start+nargs)` positional, then one per `kwnames` entry. */
export type vectorcallfunc = (
  callable: PyObject,
  args: readonly PyObject[],
  start: number,
  nargs: number,
  kwnames: PyObject | null,
) => PyObject;

/** Type flags. CPython 3.12: Include/object.h */
export const Py_TPFLAGS_MANAGED_DICT = 1 << 4;
export const Py_TPFLAGS_SEQUENCE = 1 << 5;
export const Py_TPFLAGS_MAPPING = 1 << 6;
export const Py_TPFLAGS_DISALLOW_INSTANTIATION = 1 << 7;
export const Py_TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
export const Py_TPFLAGS_BASETYPE = 1 << 10;
export const Py_TPFLAGS_HAVE_VECTORCALL = 1 << 11;
export const Py_TPFLAGS_READY = 1 << 12;
export const Py_TPFLAGS_READYING = 1 << 13;
export const Py_TPFLAGS_HAVE_GC = 1 << 14;
export const Py_TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
export const Py_TPFLAGS_VALID_VERSION_TAG = 1 << 19;
export const Py_TPFLAGS_IS_ABSTRACT = 1 << 20;
export const Py_TPFLAGS_MATCH_SELF = 1 << 22;
export const Py_TPFLAGS_ITEMS_AT_END = 1 << 23;
export const Py_TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const Py_TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const Py_TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const Py_TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const Py_TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const Py_TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const Py_TPFLAGS_TYPE_SUBCLASS = 1 << 31;
export const Py_TPFLAGS_DEFAULT = 0;

/** Rich comparison opcodes. CPython 3.12: Include/object.h */
export { Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE } from "../Include/opcode.js";

/** Everything a `PyType_Spec`-style or static type definition may give. */
export interface PyTypeSlots {
  tp_doc?: string | null;
  tp_flags?: number;
  tp_base?: PyTypeObject | null;
  tp_repr?: reprfunc | null;
  tp_str?: reprfunc | null;
  tp_hash?: hashfunc | null;
  tp_call?: callfunc | null;
  tp_vectorcall?: vectorcallfunc | null;
  tp_getattro?: getattrofunc | null;
  tp_setattro?: setattrofunc | null;
  tp_richcompare?: richcmpfunc | null;
  tp_iter?: unaryfunc | null;
  tp_iternext?: iternextfunc | null;
  tp_descr_get?: descrgetfunc | null;
  tp_descr_set?: descrsetfunc | null;
  tp_init?: initproc | null;
  tp_new?: newfunc | null;
  tp_methods?: PyMethodDefLike[] | null;
  tp_getset?: PyGetSetDefLike[] | null;
  tp_members?: PyMemberDefLike[] | null;
  nb_add?: binaryfunc | null;
  nb_subtract?: binaryfunc | null;
  nb_multiply?: binaryfunc | null;
  nb_remainder?: binaryfunc | null;
  nb_divmod?: binaryfunc | null;
  nb_power?: ternaryfunc | null;
  nb_negative?: unaryfunc | null;
  nb_positive?: unaryfunc | null;
  nb_absolute?: unaryfunc | null;
  nb_bool?: inquiry | null;
  nb_invert?: unaryfunc | null;
  nb_lshift?: binaryfunc | null;
  nb_rshift?: binaryfunc | null;
  nb_and?: binaryfunc | null;
  nb_xor?: binaryfunc | null;
  nb_or?: binaryfunc | null;
  nb_int?: unaryfunc | null;
  nb_float?: unaryfunc | null;
  nb_inplace_add?: binaryfunc | null;
  nb_inplace_subtract?: binaryfunc | null;
  nb_inplace_multiply?: binaryfunc | null;
  nb_inplace_remainder?: binaryfunc | null;
  nb_inplace_power?: ternaryfunc | null;
  nb_inplace_lshift?: binaryfunc | null;
  nb_inplace_rshift?: binaryfunc | null;
  nb_inplace_and?: binaryfunc | null;
  nb_inplace_xor?: binaryfunc | null;
  nb_inplace_or?: binaryfunc | null;
  nb_floor_divide?: binaryfunc | null;
  nb_true_divide?: binaryfunc | null;
  nb_inplace_floor_divide?: binaryfunc | null;
  nb_inplace_true_divide?: binaryfunc | null;
  nb_index?: unaryfunc | null;
  nb_matrix_multiply?: binaryfunc | null;
  nb_inplace_matrix_multiply?: binaryfunc | null;
  sq_length?: lenfunc | null;
  sq_concat?: binaryfunc | null;
  sq_repeat?: ssizeargfunc | null;
  sq_item?: ssizeargfunc | null;
  sq_ass_item?: ssizeobjargproc | null;
  sq_contains?: objobjproc | null;
  sq_inplace_concat?: binaryfunc | null;
  sq_inplace_repeat?: ssizeargfunc | null;
  mp_length?: lenfunc | null;
  mp_subscript?: binaryfunc | null;
  mp_ass_subscript?: objobjargproc | null;
}

/** Structural forms of the method/getset/member tables (the concrete types live in methodobject.ts/descrobject.ts). */
export interface PyMethodDefLike {
  ml_name: string;
  ml_meth: (...args: never[]) => PyObject | null;
  ml_flags: number;
  ml_doc?: string | null;
}
export interface PyGetSetDefLike {
  name: string;
  get?: ((self: never) => PyObject) | null;
  set?: ((self: never, value: PyObject | null) => void) | null;
  doc?: string | null;
}
export interface PyMemberDefLike {
  name: string;
  get: (self: never) => PyObject;
  set?: ((self: never, value: PyObject | null) => void) | null;
  readonly?: boolean;
  doc?: string | null;
}

/**
 * CPython 3.12: Include/cpython/object.h (`PyTypeObject`).
 *
 * The `tp_as_number`/`tp_as_sequence`/`tp_as_mapping` sub-tables are flattened onto the type (`type.nb_add`
 * rather than `type->tp_as_number->nb_add`): one load instead of two on the hottest paths, same names.
 * Every slot is initialised in the constructor so all type objects share one V8 hidden class.
 */
export class PyTypeObject extends PyBaseObject {
  tp_name: string;
  tp_doc: string | null = null;
  tp_flags: number;
  tp_base: PyTypeObject | null;
  tp_bases: PyTypeObject[] = [];
  tp_mro: PyTypeObject[] = [];
  /** The type's namespace; created by PyType_Ready. */
  tp_dict: PyDictObject = null as unknown as PyDictObject;
  tp_version_tag = 0;
  tp_subclasses: PyTypeObject[] = [];
  /** True when instances carry a `__dict__` (CPython: tp_dictoffset != 0 or Py_TPFLAGS_MANAGED_DICT). */
  tp_dictoffset = false;
  /** The module name part of tp_name for static types ("builtins" when absent). */
  tp_module: string | null = null;
  /** Heap types: `__qualname__` and the `__slots__` names. */
  ht_qualname: string | null = null;
  tp_methods: PyMethodDefLike[] | null = null;
  tp_getset: PyGetSetDefLike[] | null = null;
  tp_members: PyMemberDefLike[] | null = null;

  tp_repr: reprfunc | null = null;
  tp_str: reprfunc | null = null;
  tp_hash: hashfunc | null = null;
  tp_call: callfunc | null = null;
  tp_vectorcall: vectorcallfunc | null = null;
  tp_getattro: getattrofunc | null = null;
  tp_setattro: setattrofunc | null = null;
  tp_richcompare: richcmpfunc | null = null;
  tp_iter: unaryfunc | null = null;
  tp_iternext: iternextfunc | null = null;
  tp_descr_get: descrgetfunc | null = null;
  tp_descr_set: descrsetfunc | null = null;
  tp_init: initproc | null = null;
  tp_new: newfunc | null = null;

  nb_add: binaryfunc | null = null;
  nb_subtract: binaryfunc | null = null;
  nb_multiply: binaryfunc | null = null;
  nb_remainder: binaryfunc | null = null;
  nb_divmod: binaryfunc | null = null;
  nb_power: ternaryfunc | null = null;
  nb_negative: unaryfunc | null = null;
  nb_positive: unaryfunc | null = null;
  nb_absolute: unaryfunc | null = null;
  nb_bool: inquiry | null = null;
  nb_invert: unaryfunc | null = null;
  nb_lshift: binaryfunc | null = null;
  nb_rshift: binaryfunc | null = null;
  nb_and: binaryfunc | null = null;
  nb_xor: binaryfunc | null = null;
  nb_or: binaryfunc | null = null;
  nb_int: unaryfunc | null = null;
  nb_float: unaryfunc | null = null;
  nb_inplace_add: binaryfunc | null = null;
  nb_inplace_subtract: binaryfunc | null = null;
  nb_inplace_multiply: binaryfunc | null = null;
  nb_inplace_remainder: binaryfunc | null = null;
  nb_inplace_power: ternaryfunc | null = null;
  nb_inplace_lshift: binaryfunc | null = null;
  nb_inplace_rshift: binaryfunc | null = null;
  nb_inplace_and: binaryfunc | null = null;
  nb_inplace_xor: binaryfunc | null = null;
  nb_inplace_or: binaryfunc | null = null;
  nb_floor_divide: binaryfunc | null = null;
  nb_true_divide: binaryfunc | null = null;
  nb_inplace_floor_divide: binaryfunc | null = null;
  nb_inplace_true_divide: binaryfunc | null = null;
  nb_index: unaryfunc | null = null;
  nb_matrix_multiply: binaryfunc | null = null;
  nb_inplace_matrix_multiply: binaryfunc | null = null;

  sq_length: lenfunc | null = null;
  sq_concat: binaryfunc | null = null;
  sq_repeat: ssizeargfunc | null = null;
  sq_item: ssizeargfunc | null = null;
  sq_ass_item: ssizeobjargproc | null = null;
  sq_contains: objobjproc | null = null;
  sq_inplace_concat: binaryfunc | null = null;
  sq_inplace_repeat: ssizeargfunc | null = null;

  mp_length: lenfunc | null = null;
  mp_subscript: binaryfunc | null = null;
  mp_ass_subscript: objobjargproc | null = null;

  /**
   * @param metatype the type of this type (`type` for every static type; PyType_Type passes null for itself)
   */
  constructor(metatype: PyTypeObject | null, name: string, slots: PyTypeSlots = {}) {
    super(metatype as PyTypeObject);
    if (metatype === null) this.ob_type = this;
    const dot = name.lastIndexOf(".");
    this.tp_name = name;
    if (dot >= 0) this.tp_module = name.slice(0, dot);
    this.tp_flags = slots.tp_flags ?? Py_TPFLAGS_DEFAULT;
    this.tp_base = slots.tp_base ?? null;
    Object.assign(this, slots);
  }

  /** The unqualified name (`tp_name` after its last dot). */
  get shortName(): string {
    const dot = this.tp_name.lastIndexOf(".");
    return dot >= 0 ? this.tp_name.slice(dot + 1) : this.tp_name;
  }
}

/** CPython 3.12: Include/object.h */
export function Py_TYPE(o: PyObject): PyTypeObject {
  if (typeof o === "object") return o.ob_type;
  return intType;
}

/** Set by longobject.ts at load; kept here so Py_TYPE stays a two-way branch with no import cycle at call time. */
let intType: PyTypeObject = null as unknown as PyTypeObject;
export function _Py_SetIntType(t: PyTypeObject): void {
  intType = t;
}

/** CPython 3.12: Include/object.h */
export function Py_IS_TYPE(o: PyObject, t: PyTypeObject): boolean {
  return Py_TYPE(o) === t;
}

/** CPython 3.12: Include/object.h (Py_Is) */
export function Py_Is(a: PyObject, b: PyObject): boolean {
  return a === b;
}

/** CPython 3.12: Objects/typeobject.c (PyType_IsSubtype, using the MRO once it exists). */
export function PyType_IsSubtype(a: PyTypeObject, b: PyTypeObject): boolean {
  if (a === b) return true;
  const mro = a.tp_mro;
  if (mro.length !== 0) {
    for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
    return false;
  }
  // Not yet readied: walk tp_base.
  let t: PyTypeObject | null = a;
  while (t !== null) {
    if (t === b) return true;
    t = t.tp_base;
  }
  return false;
}

/** CPython 3.12: Include/object.h (PyObject_TypeCheck) */
export function PyObject_TypeCheck(o: PyObject, t: PyTypeObject): boolean {
  const ot = Py_TYPE(o);
  return ot === t || PyType_IsSubtype(ot, t);
}

/** CPython 3.12: Include/object.h (PyType_HasFeature) */
export function PyType_HasFeature(t: PyTypeObject, flag: number): boolean {
  return (t.tp_flags & flag) !== 0;
}

/** CPython 3.12: Include/object.h (PyType_FastSubclass) */
export function PyType_FastSubclass(t: PyTypeObject, flag: number): boolean {
  return (t.tp_flags & flag) !== 0;
}

/** CPython 3.12: Objects/typeobject.c (PyType_Type). Its ob_type is itself. Defined here, the root of the module
 * graph, so that every other module can build its static types at load time. Slots: typeobject.ts. */
export const PyType_Type: PyTypeObject = new PyTypeObject(null, "type", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TYPE_SUBCLASS | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
});

/** CPython 3.12: Objects/typeobject.c (PyBaseObject_Type). Slots: typeobject.ts. */
export const PyBaseObject_Type: PyTypeObject = new PyTypeObject(PyType_Type, "object", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc: "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
});
PyType_Type.tp_base = PyBaseObject_Type;

/** A fresh static type whose metatype is `type`. */
export function _PyType_NewStatic(name: string, slots: PyTypeSlots = {}): PyTypeObject {
  return new PyTypeObject(PyType_Type, name, slots);
}
