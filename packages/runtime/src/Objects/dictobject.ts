/**
 * dict: CPython's compact, insertion-ordered layout — an open-addressing index table (`indices`) pointing into
 * parallel entry arrays (`ma_keys`, `ma_values`, `ma_hashes`), probed as dictobject.c probes (perturbation).
 * CPython 3.12: Objects/dictobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_DICT_SUBCLASS, Py_TPFLAGS_MAPPING, Py_EQ } from "./object.js";

/** CPython 3.12: Objects/dictobject.c (PyDict_Type) */
export const PyDict_Type: PyTypeObject = _PyType_NewStatic("dict", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_DICT_SUBCLASS | Py_TPFLAGS_MAPPING,
  tp_doc:
    "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
});

const DKIX_EMPTY = -1;
const DKIX_DUMMY = -2;
const PERTURB_SHIFT = 5;
/** A deleted entry's key. */
const DELETED: PyObject = Object.freeze({ ob_type: null }) as unknown as PyObject;

let globalVersion = 0;

/** CPython 3.12: Include/cpython/dictobject.h */
export class PyDictObject extends PyBaseObject {
  /** Number of live items (ma_used). */
  size = 0;
  /** Bumped on every mutation (ma_version_tag), for the evaluator's inline caches. */
  ma_version_tag = ++globalVersion;
  /** Bumped when the set of keys changes (dk_version), for LOAD_GLOBAL / LOAD_ATTR caches. */
  dk_version = ++globalVersion;
  indices: Int32Array = new Int32Array(8).fill(DKIX_EMPTY);
  ma_keys: PyObject[] = [];
  ma_values: PyObject[] = [];
  ma_hashes: number[] = [];
  /** For `__dict__`-holding subclasses. */
  dict: PyDictObject | null = null;

  constructor(type: PyTypeObject = PyDict_Type) {
    super(type);
  }

  /** The entry index of `key`, or -1. */
  lookup(key: PyObject, hash: number): number {
    const indices = this.indices;
    const mask = indices.length - 1;
    let perturb = hash < 0 ? -hash : hash;
    let i = hash & mask;
    for (;;) {
      const ix = indices[i];
      if (ix === DKIX_EMPTY) return -1;
      if (ix >= 0) {
        const k = this.ma_keys[ix];
        if (k === key) return ix;
        if (this.ma_hashes[ix] === hash) {
          if (typeof k === "object" && typeof key === "object" && k.ob_type === PyUnicode_Type && key.ob_type === PyUnicode_Type) {
            if ((k as PyUnicodeObject).value === (key as PyUnicodeObject).value) return ix;
          } else if (k === key || PyObject_RichCompareBool(k, key, Py_EQ)) {
            return ix;
          }
        }
      }
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  private findEmptySlot(hash: number): number {
    const indices = this.indices;
    const mask = indices.length - 1;
    let perturb = hash < 0 ? -hash : hash;
    let i = hash & mask;
    while (indices[i] >= 0) {
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + perturb + 1) & mask;
    }
    return i;
  }

  private resize(minsize: number): void {
    let n = 8;
    while (n < minsize) n *= 2;
    const keys: PyObject[] = [];
    const values: PyObject[] = [];
    const hashes: number[] = [];
    for (let i = 0; i < this.ma_keys.length; i++) {
      if (this.ma_keys[i] !== DELETED) {
        keys.push(this.ma_keys[i]);
        values.push(this.ma_values[i]);
        hashes.push(this.ma_hashes[i]);
      }
    }
    this.ma_keys = keys;
    this.ma_values = values;
    this.ma_hashes = hashes;
    this.indices = new Int32Array(n).fill(DKIX_EMPTY);
    for (let ix = 0; ix < keys.length; ix++) this.indices[this.findEmptySlot(hashes[ix])] = ix;
  }

  /** CPython 3.12: Objects/dictobject.c (insertdict) */
  insert(key: PyObject, hash: number, value: PyObject): void {
    const ix = this.lookup(key, hash);
    this.ma_version_tag = ++globalVersion;
    if (ix >= 0) {
      this.ma_values[ix] = value;
      return;
    }
    // Keep the table at most 2/3 full, counting deleted entries (USABLE_FRACTION).
    if ((this.ma_keys.length + 1) * 3 >= this.indices.length * 2) this.resize((this.size + 1) * 3);
    const n = this.ma_keys.length;
    this.ma_keys.push(key);
    this.ma_values.push(value);
    this.ma_hashes.push(hash);
    this.indices[this.findEmptySlot(hash)] = n;
    this.size++;
    this.dk_version = ++globalVersion;
  }

  /** Removes `key` if present; true when it was. */
  delitemIfPresent(key: PyObject, hash: number = PyObject_Hash(key)): boolean {
    const ix = this.lookup(key, hash);
    if (ix < 0) return false;
    const indices = this.indices;
    for (let i = 0; i < indices.length; i++) {
      if (indices[i] === ix) {
        indices[i] = DKIX_DUMMY;
        break;
      }
    }
    this.ma_keys[ix] = DELETED;
    this.ma_values[ix] = DELETED;
    this.size--;
    this.ma_version_tag = ++globalVersion;
    this.dk_version = ++globalVersion;
    if (this.size === 0) this.clear();
    return true;
  }

  clear(): void {
    this.indices = new Int32Array(8).fill(DKIX_EMPTY);
    this.ma_keys = [];
    this.ma_values = [];
    this.ma_hashes = [];
    this.size = 0;
    this.ma_version_tag = ++globalVersion;
    this.dk_version = ++globalVersion;
  }

  /** Live (key, value) pairs in insertion order. */
  *entries(): IterableIterator<[PyObject, PyObject]> {
    for (let i = 0; i < this.ma_keys.length; i++) {
      const k = this.ma_keys[i];
      if (k !== DELETED) yield [k, this.ma_values[i]];
    }
  }
}

/** True for the deleted-entry marker in `ma_keys`. */
export function _PyDict_IsDeleted(k: PyObject): boolean {
  return k === DELETED;
}

/** CPython 3.12: Objects/dictobject.c */
export function PyDict_New(): PyDictObject {
  return new PyDictObject();
}
export function PyDict_Check(o: PyObject): o is PyDictObject {
  return typeof o === "object" && (o.ob_type.tp_flags & Py_TPFLAGS_DICT_SUBCLASS) !== 0;
}
export function PyDict_CheckExact(o: PyObject): o is PyDictObject {
  return typeof o === "object" && o.ob_type === PyDict_Type;
}
/** CPython 3.12: Objects/dictobject.c (PyDict_SetItem) */
export function PyDict_SetItem(d: PyObject, key: PyObject, value: PyObject): void {
  (d as PyDictObject).insert(key, PyObject_Hash(key), value);
}
/** CPython 3.12: Objects/dictobject.c (PyDict_SetItemString) */
export function PyDict_SetItemString(d: PyObject, key: string, value: PyObject): void {
  PyDict_SetItem(d, PyUnicode_InternFromString(key), value);
}
/** CPython 3.12: Objects/dictobject.c (PyDict_GetItemWithError): `undefined` when absent. */
export function PyDict_GetItemWithError(d: PyObject, key: PyObject): PyObject | undefined {
  const dict = d as PyDictObject;
  const ix = dict.lookup(key, PyObject_Hash(key));
  return ix < 0 ? undefined : dict.ma_values[ix];
}
/** CPython 3.12: Objects/dictobject.c (_PyDict_GetItem_KnownHash) */
export function _PyDict_GetItem_KnownHash(d: PyDictObject, key: PyObject, hash: number = PyObject_Hash(key)): PyObject | undefined {
  const ix = d.lookup(key, hash);
  return ix < 0 ? undefined : d.ma_values[ix];
}
/** CPython 3.12: Objects/dictobject.c (PyDict_GetItemString) */
export function PyDict_GetItemString(d: PyObject, key: string): PyObject | undefined {
  return PyDict_GetItemWithError(d, PyUnicode_InternFromString(key));
}
/** CPython 3.12: Objects/dictobject.c (PyDict_DelItem): KeyError when absent. */
export function PyDict_DelItem(d: PyObject, key: PyObject): void {
  if (!(d as PyDictObject).delitemIfPresent(key)) _PyErr_SetKeyError(key);
}
export function PyDict_Size(d: PyObject): number {
  return (d as PyDictObject).size;
}
/** CPython 3.12: Objects/dictobject.c (PyDict_Next) with an explicit position object. */
export function PyDict_Next(d: PyObject, pos: { pos: number }): [PyObject, PyObject] | undefined {
  const dict = d as PyDictObject;
  while (pos.pos < dict.ma_keys.length) {
    const i = pos.pos++;
    const k = dict.ma_keys[i];
    if (k !== DELETED) return [k, dict.ma_values[i]];
  }
  return undefined;
}
export function PyDict_Keys(d: PyObject): PyObject[] {
  return [...(d as PyDictObject).entries()].map(([k]) => k);
}

/** CPython 3.12: Objects/dictobject.c (_PyDict_Next): [key, value, stored hash] of the next entry, or undefined. */
export function _PyDict_Next(d: PyObject, pos: { pos: number }): [PyObject, PyObject, number] | undefined {
  const dict = d as PyDictObject;
  while (pos.pos < dict.ma_keys.length) {
    const i = pos.pos++;
    const k = dict.ma_keys[i];
    if (k !== DELETED) return [k, dict.ma_values[i], dict.ma_hashes[i]];
  }
  return undefined;
}
/** CPython 3.12: Objects/dictobject.c (_PyDict_Contains_KnownHash) */
export function _PyDict_Contains_KnownHash(d: PyObject, key: PyObject, hash: number): boolean {
  return (d as PyDictObject).lookup(key, hash) >= 0;
}
/** CPython 3.12: Objects/dictobject.c (PyDict_Contains) */
export function PyDict_Contains(d: PyObject, key: PyObject): boolean {
  return (d as PyDictObject).lookup(key, PyObject_Hash(key)) >= 0;
}
/** CPython 3.12: Objects/dictobject.c (PyDict_Values): a new list. */
export function PyDict_Values(d: PyObject): PyObject {
  return PyList_New([...(d as PyDictObject).entries()].map(([, v]) => v));
}
/** CPython 3.12: Objects/dictobject.c (PyDict_Items): a new list of (key, value) tuples. */
export function PyDict_Items(d: PyObject): PyObject {
  return PyList_New([...(d as PyDictObject).entries()].map(([k, v]) => _PyTuple_FromArray([k, v])));
}
/** CPython 3.12: Objects/dictobject.c (PyDict_Clear) */
export function PyDict_Clear(d: PyObject): void {
  if (PyDict_Check(d)) d.clear();
}
/** CPython 3.12: Objects/dictobject.c (PyDict_Copy): always an exact dict. */
export function PyDict_Copy(o: PyObject): PyDictObject {
  if (!PyDict_Check(o)) PyErr_RaiseFormat(PyExc_SystemError, "bad argument to internal function");
  const copy = new PyDictObject();
  for (let i = 0; i < o.ma_keys.length; i++) {
    const k = o.ma_keys[i];
    if (k !== DELETED) copy.insert(k, o.ma_hashes[i], o.ma_values[i]);
  }
  return copy;
}
/** CPython 3.12: Objects/dictobject.c (PyDict_SetDefault) */
export function PyDict_SetDefault(d: PyObject, key: PyObject, defaultobj: PyObject): PyObject {
  const dict = d as PyDictObject;
  const hash = PyObject_Hash(key);
  const ix = dict.lookup(key, hash);
  if (ix >= 0) return dict.ma_values[ix];
  dict.insert(key, hash, defaultobj);
  return defaultobj;
}
/** CPython 3.12: Objects/dictobject.c (PyDict_Update) */
export function PyDict_Update(a: PyObject, b: PyObject): void {
  dict_merge(a, b, 1);
}
/**
 * CPython 3.12: Objects/dictobject.c (PyDict_Merge, _PyDict_MergeEx): merge the mapping `b` into `a`;
 * override 1 replaces existing keys, 0 keeps them, 2 raises KeyError on a duplicate.
 */
export function PyDict_Merge(a: PyObject, b: PyObject, override: number): void {
  dict_merge(a, b, override);
}
export const _PyDict_MergeEx = PyDict_Merge;

/** CPython 3.12: Objects/dictobject.c (dict_merge) */
function dict_merge(a: PyObject, b: PyObject, override: number): void {
  if (!PyDict_Check(a)) PyErr_RaiseFormat(PyExc_SystemError, "bad argument to internal function");
  const mp = a;
  if (PyDict_Check(b) && Py_TYPE(b).tp_iter === dict_iter) {
    const other = b;
    if (other === mp || other.size === 0) return;
    const n = other.ma_keys.length;
    for (let i = 0; i < n && i < other.ma_keys.length; i++) {
      const key = other.ma_keys[i];
      if (key === DELETED) continue;
      const value = other.ma_values[i];
      const hash = other.ma_hashes[i];
      if (override === 1) mp.insert(key, hash, value);
      else if (mp.lookup(key, hash) < 0) mp.insert(key, hash, value);
      else if (override === 2) _PyErr_SetKeyError(key);
      if (n !== other.ma_keys.length) PyErr_RaiseFormat(PyExc_RuntimeError, "dict mutated during update");
    }
    return;
  }
  // The generic, slower way: b.keys() and b[key].
  const keys = PyObject_CallMethod(b, "keys");
  const iter = PyObject_GetIter(keys);
  for (;;) {
    const key = PyIter_Next(iter);
    if (key === undefined) break;
    if (override !== 1 && PyDict_Contains(mp, key)) {
      if (override === 0) continue;
      _PyErr_SetKeyError(key);
    }
    const value = PyObject_GetItem(b, key);
    PyDict_SetItem(mp, key, value);
  }
}

/** CPython 3.12: Objects/dictobject.c (PyDict_MergeFromSeq2): an iterable of key/value pairs. */
export function PyDict_MergeFromSeq2(d: PyObject, seq2: PyObject, override: number): void {
  const it = PyObject_GetIter(seq2);
  for (let i = 0; ; ++i) {
    const item = PyIter_Next(it);
    if (item === undefined) break;
    let fast: PyObject[];
    try {
      fast = PySequence_Fast(item, "");
    } catch (e) {
      if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_TypeError)) {
        PyErr_RaiseFormat(PyExc_TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      throw e;
    }
    const n = fast.length;
    if (n !== 2) PyErr_RaiseFormat(PyExc_ValueError, `dictionary update sequence element #${i} has length ${n}; 2 is required`);
    const key = fast[0];
    const value = fast[1];
    if (override) PyDict_SetItem(d, key, value);
    else if (!PyDict_Contains(d, key)) PyDict_SetItem(d, key, value);
  }
}

/** CPython 3.12: Objects/dictobject.c (dict_update_arg) */
function dict_update_arg(self: PyObject, arg: PyObject): void {
  if (PyDict_CheckExact(arg)) {
    dict_merge(self, arg, 1);
    return;
  }
  if (_PyObject_LookupAttr(arg, _Py_ID("keys")) !== undefined) {
    dict_merge(self, arg, 1);
    return;
  }
  PyDict_MergeFromSeq2(self, arg, 1);
}
/** CPython 3.12: Objects/dictobject.c (dict_update_common) */
function dict_update_common(self: PyObject, args: PyObject, kwds: PyObject | null, methname: string): void {
  const argv = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional(methname, argv.length, 0, 1);
  if (argv.length === 1) dict_update_arg(self, argv[0]);
  if (kwds !== null && (kwds as PyDictObject).size !== 0) {
    for (const [k] of (kwds as PyDictObject).entries()) {
      if (!PyUnicode_Check(k)) PyErr_RaiseFormat(PyExc_TypeError, "keywords must be strings");
    }
    dict_merge(self, kwds, 1);
  }
}

/** CPython 3.12: Objects/dictobject.c (dict_repr) */
function dict_repr(o: PyObject): PyObject {
  const d = o as PyDictObject;
  if (!Py_ReprEnter(o)) return PyUnicode_FromString("{...}");
  try {
    if (d.size === 0) return PyUnicode_FromString("{}");
    let s = "{";
    let first = true;
    const pos = { pos: 0 };
    for (;;) {
      const e = PyDict_Next(d, pos);
      if (e === undefined) break;
      if (!first) s += ", ";
      first = false;
      s += PyUnicode_AsUTF8(PyObject_Repr(e[0])) + ": " + PyUnicode_AsUTF8(PyObject_Repr(e[1]));
    }
    return PyUnicode_FromString(s + "}");
  } finally {
    Py_ReprLeave(o);
  }
}
function dict_length(o: PyObject): number {
  return (o as PyDictObject).size;
}
/** CPython 3.12: Objects/dictobject.c (dict_subscript), with __missing__ for subclasses. */
function dict_subscript(o: PyObject, key: PyObject): PyObject {
  const d = o as PyDictObject;
  const ix = d.lookup(key, PyObject_Hash(key));
  if (ix >= 0) return d.ma_values[ix];
  if (!PyDict_CheckExact(d)) {
    const missing = _PyObject_LookupSpecial(d, "__missing__");
    if (missing !== undefined) return PyObject_CallOneArg(missing, key);
  }
  return _PyErr_SetKeyError(key);
}
function dict_ass_sub(o: PyObject, key: PyObject, value: PyObject | null): void {
  if (value === null) PyDict_DelItem(o, key);
  else PyDict_SetItem(o, key, value);
}
function dict_contains(o: PyObject, key: PyObject): boolean {
  return (o as PyDictObject).lookup(key, PyObject_Hash(key)) >= 0;
}
function dict_new(type: PyTypeObject, _args: PyObject, _kwds: PyObject | null): PyObject {
  return new PyDictObject(type);
}
function dict_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  dict_update_common(self, args, kwds, "dict");
}
/** CPython 3.12: Objects/dictobject.c (dict_richcompare, dict_equal) */
function dict_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyDict_Check(v) || !PyDict_Check(w) || (op !== Py_EQ && op !== Py_NE)) return Py_NotImplemented;
  const eq = dict_equal(v, w);
  return eq === (op === Py_EQ) ? Py_True : Py_False;
}
function dict_equal(a: PyDictObject, b: PyDictObject): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.ma_keys.length; i++) {
    const key = a.ma_keys[i];
    if (key === DELETED) continue;
    const aval = a.ma_values[i];
    const ix = b.lookup(key, a.ma_hashes[i]);
    if (ix < 0) return false;
    const bval = b.ma_values[ix];
    if (!PyObject_RichCompareBool(aval, bval, Py_EQ)) return false;
  }
  return true;
}
/** CPython 3.12: Objects/dictobject.c (dict_or, dict_ior) */
function dict_or(self: PyObject, other: PyObject): PyObject {
  if (!PyDict_Check(self) || !PyDict_Check(other)) return Py_NotImplemented;
  const n = PyDict_Copy(self);
  dict_update_arg(n, other);
  return n;
}
function dict_ior(self: PyObject, other: PyObject): PyObject {
  dict_update_arg(self, other);
  return self;
}

// ---- Methods ----

type Meth = (self: PyObject | null, ...a: never[]) => PyObject;
function D(self: PyObject | null): PyDictObject {
  return self as PyDictObject;
}
/** CPython 3.12: Objects/dictobject.c (dict_get_impl): get(key, default=None, /) */
function dict_get(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("get", nargs, 1, 2);
  const v = PyDict_GetItemWithError(D(self), args[0]);
  return v !== undefined ? v : nargs > 1 ? args[1] : Py_None;
}
/** CPython 3.12: Objects/dictobject.c (dict_setdefault_impl) */
function dict_setdefault(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("setdefault", nargs, 1, 2);
  return PyDict_SetDefault(D(self), args[0], nargs > 1 ? args[1] : Py_None);
}
/** CPython 3.12: Objects/dictobject.c (dict_pop_impl, _PyDict_Pop) */
function dict_pop(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("pop", nargs, 1, 2);
  return _PyDict_Pop(D(self), args[0], nargs > 1 ? args[1] : undefined);
}
/** CPython 3.12: Objects/dictobject.c (_PyDict_Pop): the value of `key`, removed; `deflt` (or KeyError) when absent. */
export function _PyDict_Pop(d: PyObject, key: PyObject, deflt?: PyObject): PyObject {
  const dict = d as PyDictObject;
  if (dict.size === 0) {
    if (deflt !== undefined) return deflt;
    _PyErr_SetKeyError(key);
  }
  const hash = PyObject_Hash(key);
  const ix = dict.lookup(key, hash);
  if (ix < 0) {
    if (deflt !== undefined) return deflt;
    _PyErr_SetKeyError(key);
  }
  const value = dict.ma_values[ix];
  dict.delitemIfPresent(dict.ma_keys[ix], hash);
  return value;
}
/** CPython 3.12: Objects/dictobject.c (dict_popitem_impl): LIFO. */
function dict_popitem(self: PyObject | null): PyObject {
  const d = D(self);
  if (d.size === 0) PyErr_RaiseFormat(PyExc_KeyError, "popitem(): dictionary is empty");
  let i = d.ma_keys.length - 1;
  while (i >= 0 && d.ma_keys[i] === DELETED) i--;
  const key = d.ma_keys[i];
  const value = d.ma_values[i];
  d.delitemIfPresent(key, d.ma_hashes[i]);
  if (d.size !== 0) {
    // CPython: dk_nentries = i (the popped entry's slot is reused by the next insertion).
    d.ma_keys.length = i;
    d.ma_values.length = i;
    d.ma_hashes.length = i;
  }
  return _PyTuple_FromArray([key, value]);
}
function dict_keys(self: PyObject | null): PyObject {
  return new PyDictViewObject(PyDictKeys_Type, D(self));
}
function dict_items(self: PyObject | null): PyObject {
  return new PyDictViewObject(PyDictItems_Type, D(self));
}
function dict_values(self: PyObject | null): PyObject {
  return new PyDictViewObject(PyDictValues_Type, D(self));
}
function dict_update(self: PyObject | null, args: PyObject, kwds: PyObject | null): PyObject {
  dict_update_common(self as PyObject, args, kwds, "update");
  return Py_None;
}
/** CPython 3.12: Objects/dictobject.c (dict_fromkeys, _PyDict_FromKeys) */
function dict_fromkeys(cls: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("fromkeys", nargs, 1, 2);
  const iterable = args[0];
  const value = nargs > 1 ? args[1] : Py_None;
  const d = PyObject_CallNoArgs(cls as PyObject);
  if (PyDict_CheckExact(d) && d.size === 0) {
    if (PyDict_CheckExact(iterable)) {
      for (const [k] of [...iterable.entries()]) PyDict_SetItem(d, k, value);
      return d;
    }
  }
  const it = PyObject_GetIter(iterable);
  const exact = PyDict_CheckExact(d);
  for (;;) {
    const key = PyIter_Next(it);
    if (key === undefined) break;
    if (exact) PyDict_SetItem(d, key, value);
    else PyObject_SetItem(d, key, value);
  }
  return d;
}
function dict_clear(self: PyObject | null): PyObject {
  D(self).clear();
  return Py_None;
}
function dict_copy(self: PyObject | null): PyObject {
  return PyDict_Copy(D(self));
}
function dict_contains_meth(self: PyObject | null, key: PyObject): PyObject {
  return dict_contains(D(self), key) ? Py_True : Py_False;
}
function dict_reversed(self: PyObject | null): PyObject {
  return dictiter_new(D(self), PyDictRevIterKey_Type);
}

// ---- Iterators ----

/** CPython 3.12: Objects/dictobject.c (PyDictIterKey_Type and friends) */
export const PyDictIterKey_Type: PyTypeObject = _PyType_NewStatic("dict_keyiterator");
export const PyDictIterValue_Type: PyTypeObject = _PyType_NewStatic("dict_valueiterator");
export const PyDictIterItem_Type: PyTypeObject = _PyType_NewStatic("dict_itemiterator");
export const PyDictRevIterKey_Type: PyTypeObject = _PyType_NewStatic("dict_reversekeyiterator");
export const PyDictRevIterValue_Type: PyTypeObject = _PyType_NewStatic("dict_reversevalueiterator");
export const PyDictRevIterItem_Type: PyTypeObject = _PyType_NewStatic("dict_reverseitemiterator");

/** CPython 3.12: Objects/dictobject.c (dictiterobject) */
export class PyDictIterObject extends PyBaseObject {
  di_used: number;
  di_pos: number;
  len: number;
  constructor(
    type: PyTypeObject,
    public di_dict: PyDictObject | null,
    reversed: boolean,
  ) {
    super(type);
    this.di_used = di_dict!.size;
    this.len = di_dict!.size;
    this.di_pos = reversed ? di_dict!.ma_keys.length - 1 : 0;
  }
}
/** CPython 3.12: Objects/dictobject.c (dictiter_new) */
function dictiter_new(d: PyDictObject, type: PyTypeObject): PyObject {
  const reversed = type === PyDictRevIterKey_Type || type === PyDictRevIterValue_Type || type === PyDictRevIterItem_Type;
  return new PyDictIterObject(type, d, reversed);
}
function dict_iter(o: PyObject): PyObject {
  return dictiter_new(o as PyDictObject, PyDictIterKey_Type);
}
/** The entry index the iterator yields next, or -1 (exhausted); CPython's dictiter_iternext* preamble. */
function dictiter_advance(di: PyDictIterObject): number {
  const d = di.di_dict;
  if (d === null) return -1;
  if (di.di_used !== d.size) {
    di.di_used = -1; // make this state sticky
    PyErr_RaiseFormat(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  let i = di.di_pos;
  const n = d.ma_keys.length;
  while (i < n && d.ma_keys[i] === DELETED) i++;
  if (i >= n) {
    di.di_dict = null;
    return -1;
  }
  // We found an element, but did not expect it.
  if (di.len === 0) {
    di.di_dict = null;
    PyErr_RaiseFormat(PyExc_RuntimeError, "dictionary keys changed during iteration");
  }
  di.di_pos = i + 1;
  di.len--;
  return i;
}
function dictiter_iternextkey(o: PyObject): PyObject | undefined {
  const di = o as PyDictIterObject;
  const d = di.di_dict;
  const i = dictiter_advance(di);
  return i < 0 ? undefined : d!.ma_keys[i];
}
function dictiter_iternextvalue(o: PyObject): PyObject | undefined {
  const di = o as PyDictIterObject;
  const d = di.di_dict;
  const i = dictiter_advance(di);
  return i < 0 ? undefined : d!.ma_values[i];
}
function dictiter_iternextitem(o: PyObject): PyObject | undefined {
  const di = o as PyDictIterObject;
  const d = di.di_dict;
  const i = dictiter_advance(di);
  return i < 0 ? undefined : _PyTuple_FromArray([d!.ma_keys[i], d!.ma_values[i]]);
}
/** CPython 3.12: Objects/dictobject.c (dictreviter_iternext) */
function dictreviter_advance(di: PyDictIterObject): number {
  const d = di.di_dict;
  if (d === null) return -1;
  if (di.di_used !== d.size) {
    di.di_used = -1;
    PyErr_RaiseFormat(PyExc_RuntimeError, "dictionary changed size during iteration");
  }
  let i = di.di_pos;
  if (i >= d.ma_keys.length) i = d.ma_keys.length - 1;
  while (i >= 0 && d.ma_keys[i] === DELETED) i--;
  if (i < 0) {
    di.di_dict = null;
    return -1;
  }
  di.di_pos = i - 1;
  di.len--;
  return i;
}
function dictreviter_key(o: PyObject): PyObject | undefined {
  const di = o as PyDictIterObject;
  const d = di.di_dict;
  const i = dictreviter_advance(di);
  return i < 0 ? undefined : d!.ma_keys[i];
}
function dictreviter_value(o: PyObject): PyObject | undefined {
  const di = o as PyDictIterObject;
  const d = di.di_dict;
  const i = dictreviter_advance(di);
  return i < 0 ? undefined : d!.ma_values[i];
}
function dictreviter_item(o: PyObject): PyObject | undefined {
  const di = o as PyDictIterObject;
  const d = di.di_dict;
  const i = dictreviter_advance(di);
  return i < 0 ? undefined : _PyTuple_FromArray([d!.ma_keys[i], d!.ma_values[i]]);
}
function dictiter_len(self: PyObject | null): PyObject {
  const di = self as PyDictIterObject;
  return di.di_dict !== null && di.di_used === di.di_dict.size ? di.len : 0;
}
/** CPython 3.12: Objects/dictobject.c (dictiter_reduce): iter(list(copy of the iterator)). */
function dictiter_reduce(self: PyObject | null): PyObject {
  const di = self as PyDictIterObject;
  const tmp = Object.create(Object.getPrototypeOf(di)) as PyDictIterObject;
  Object.assign(tmp, di);
  return _PyTuple_FromArray([_PyEval_GetBuiltin("iter"), _PyTuple_FromArray([PySequence_List(tmp)])]);
}

// ---- Views ----

/** CPython 3.12: Objects/dictobject.c (PyDictKeys_Type, PyDictItems_Type, PyDictValues_Type) */
export const PyDictKeys_Type: PyTypeObject = _PyType_NewStatic("dict_keys");
export const PyDictItems_Type: PyTypeObject = _PyType_NewStatic("dict_items");
export const PyDictValues_Type: PyTypeObject = _PyType_NewStatic("dict_values");

/** CPython 3.12: Include/internal/pycore_dict.h (_PyDictViewObject) */
export class PyDictViewObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public dv_dict: PyDictObject,
  ) {
    super(type);
  }
}
export function PyDictKeys_Check(o: PyObject): o is PyDictViewObject {
  return typeof o === "object" && o.ob_type === PyDictKeys_Type;
}
export function PyDictItems_Check(o: PyObject): o is PyDictViewObject {
  return typeof o === "object" && o.ob_type === PyDictItems_Type;
}
export function PyDictValues_Check(o: PyObject): o is PyDictViewObject {
  return typeof o === "object" && o.ob_type === PyDictValues_Type;
}
/** CPython 3.12: Objects/dictobject.c (PyDictViewSet_Check): keys and items views. */
export function PyDictViewSet_Check(o: PyObject): o is PyDictViewObject {
  return PyDictKeys_Check(o) || PyDictItems_Check(o);
}
function dictview_len(o: PyObject): number {
  return (o as PyDictViewObject).dv_dict.size;
}
/** CPython 3.12: Objects/dictobject.c (dictview_repr) */
function dictview_repr(o: PyObject): PyObject {
  if (!Py_ReprEnter(o)) return PyUnicode_FromString("...");
  try {
    return PyUnicode_FromString(`${Py_TYPE(o).tp_name}(${PyObject_Repr(PySequence_List(o)).value})`);
  } finally {
    Py_ReprLeave(o);
  }
}
function dictkeys_iter(o: PyObject): PyObject {
  return dictiter_new((o as PyDictViewObject).dv_dict, PyDictIterKey_Type);
}
function dictvalues_iter(o: PyObject): PyObject {
  return dictiter_new((o as PyDictViewObject).dv_dict, PyDictIterValue_Type);
}
function dictitems_iter(o: PyObject): PyObject {
  return dictiter_new((o as PyDictViewObject).dv_dict, PyDictIterItem_Type);
}
function dictkeys_contains(o: PyObject, key: PyObject): boolean {
  return PyDict_Contains((o as PyDictViewObject).dv_dict, key);
}
/** CPython 3.12: Objects/dictobject.c (dictitems_contains) */
function dictitems_contains(o: PyObject, obj: PyObject): boolean {
  if (!PyTuple_Check(obj) || obj.ob_item.length !== 2) return false;
  const found = PyDict_GetItemWithError((o as PyDictViewObject).dv_dict, obj.ob_item[0]);
  if (found === undefined) return false;
  return PyObject_RichCompareBool(found, obj.ob_item[1], Py_EQ);
}
/** CPython 3.12: Objects/dictobject.c (all_contained_in) */
function all_contained_in(self: PyObject, other: PyObject): boolean {
  const it = PyObject_GetIter(self);
  for (;;) {
    const item = PyIter_Next(it);
    if (item === undefined) return true;
    if (!PySequence_Contains(other, item)) return false;
  }
}
/** CPython 3.12: Objects/dictobject.c (dictview_richcompare) */
function dictview_richcompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (!PyAnySet_Check(other) && !PyDictViewSet_Check(other)) return Py_NotImplemented;
  const len_self = PyObject_Size(self);
  const len_other = PyObject_Size(other);
  let ok = false;
  switch (op) {
    case Py_NE:
    case Py_EQ:
      if (len_self === len_other) ok = all_contained_in(self, other);
      if (op === Py_NE) ok = !ok;
      break;
    case Py_LT:
      if (len_self < len_other) ok = all_contained_in(self, other);
      break;
    case Py_LE:
      if (len_self <= len_other) ok = all_contained_in(self, other);
      break;
    case Py_GT:
      if (len_self > len_other) ok = all_contained_in(other, self);
      break;
    case Py_GE:
      if (len_self >= len_other) ok = all_contained_in(other, self);
      break;
  }
  return ok ? Py_True : Py_False;
}
/** CPython 3.12: Objects/dictobject.c (dictviews_to_set) */
function dictviews_to_set(self: PyObject): PyObject {
  let left = self;
  if (PyDictKeys_Check(self) && PyDict_CheckExact(self.dv_dict)) left = self.dv_dict;
  return PySet_New(left);
}
/** CPython 3.12: Objects/dictobject.c (dictviews_sub) */
function dictviews_sub(self: PyObject, other: PyObject): PyObject {
  const result = dictviews_to_set(self);
  PyObject_CallMethod(result, "difference_update", other);
  return result;
}
/** CPython 3.12: Objects/dictobject.c (_PyDictView_Intersect) */
function _PyDictView_Intersect(self: PyObject, other: PyObject): PyObject {
  // The interpreter swaps the operands when the view is on the right of &.
  if (!PyDictViewSet_Check(self)) {
    const t = other;
    other = self;
    self = t;
  }
  const len_self = dictview_len(self);
  if (PySet_CheckExact(other) && len_self <= PyObject_Size(other)) {
    return PyObject_CallMethod(other, "intersection", self);
  }
  if (PyDictViewSet_Check(other)) {
    const len_other = dictview_len(other);
    if (len_other > len_self) {
      const t = other;
      other = self;
      self = t;
    }
  }
  const result = PySet_New(null);
  const it = PyObject_GetIter(other);
  const contains = PyDictKeys_Check(self) ? dictkeys_contains : dictitems_contains;
  for (;;) {
    const key = PyIter_Next(it);
    if (key === undefined) break;
    if (contains(self, key)) PySet_Add(result, key);
  }
  return result;
}
/** CPython 3.12: Objects/dictobject.c (dictviews_or) */
function dictviews_or(self: PyObject, other: PyObject): PyObject {
  const result = dictviews_to_set(self);
  _PySet_Update(result, other);
  return result;
}
/** CPython 3.12: Objects/dictobject.c (dictitems_xor) */
function dictitems_xor(self: PyDictViewObject, other: PyDictViewObject): PyObject {
  const d1 = self.dv_dict;
  const d2 = other.dv_dict;
  const temp_dict = PyDict_Copy(d1);
  const result_set = PySet_New(null);
  const pos = { pos: 0 };
  for (;;) {
    const e = _PyDict_Next(d2, pos);
    if (e === undefined) break;
    const [key, val2, hash] = e;
    const val1 = _PyDict_GetItem_KnownHash(temp_dict, key, hash);
    const to_delete = val1 === undefined ? false : PyObject_RichCompareBool(val1, val2, Py_EQ);
    if (to_delete) temp_dict.delitemIfPresent(key, hash);
    else PySet_Add(result_set, _PyTuple_FromArray([key, val2]));
  }
  _PySet_Update(result_set, PyObject_CallMethod(temp_dict, "items"));
  return result_set;
}
/** CPython 3.12: Objects/dictobject.c (dictviews_xor) */
function dictviews_xor(self: PyObject, other: PyObject): PyObject {
  if (PyDictItems_Check(self) && PyDictItems_Check(other)) return dictitems_xor(self, other);
  const result = dictviews_to_set(self);
  PyObject_CallMethod(result, "symmetric_difference_update", other);
  return result;
}
/** CPython 3.12: Objects/dictobject.c (dictviews_isdisjoint) */
function dictviews_isdisjoint(selfArg: PyObject | null, other: PyObject): PyObject {
  let self = selfArg as PyObject;
  if (self === other) return dictview_len(self) === 0 ? Py_True : Py_False;
  if (PyAnySet_Check(other) || PyDictViewSet_Check(other)) {
    const len_self = dictview_len(self);
    const len_other = PyObject_Size(other);
    if (len_other > len_self) {
      const t = other;
      other = self;
      self = t;
    }
  }
  const it = PyObject_GetIter(other);
  for (;;) {
    const item = PyIter_Next(it);
    if (item === undefined) return Py_True;
    if (PySequence_Contains(self, item)) return Py_False;
  }
}
function dictkeys_reversed(self: PyObject | null): PyObject {
  return dictiter_new((self as PyDictViewObject).dv_dict, PyDictRevIterKey_Type);
}
function dictvalues_reversed(self: PyObject | null): PyObject {
  return dictiter_new((self as PyDictViewObject).dv_dict, PyDictRevIterValue_Type);
}
function dictitems_reversed(self: PyObject | null): PyObject {
  return dictiter_new((self as PyDictViewObject).dv_dict, PyDictRevIterItem_Type);
}

import { PyUnicode_Type, PyUnicodeObject, PyUnicode_FromString, PyUnicode_AsUTF8, PyUnicode_InternFromString, PyUnicode_Check, _Py_ID } from "./unicodeobject.js";
import {
  PyObject_Hash,
  PyObject_RichCompareBool,
  PyObject_Repr,
  Py_ReprEnter,
  Py_ReprLeave,
  PyObject_HashNotImplemented,
  PyObject_GetIter,
  PyIter_Next,
  PyObject_GetItem,
  PyObject_SetItem,
  PyObject_Size,
  PySequence_Contains,
  _PyObject_LookupAttr,
} from "./abstract.js";
import { _PyErr_SetKeyError, PyErr_RaiseFormat, PyErr_GivenExceptionMatches } from "../Python/errors.js";
import { PyExc_KeyError, PyExc_RuntimeError, PyExc_SystemError, PyExc_TypeError, PyExc_ValueError } from "./exceptions.js";
import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { Py_True, Py_False } from "./longobject.js";
import { PyTupleObject, PyTuple_Check, _PyTuple_FromArray, _PyArg_CheckPositional, _PyEval_GetBuiltin } from "./tupleobject.js";
import { PyList_New, PySequence_List, PySequence_Fast, _PyObject_LookupSpecial } from "./listobject.js";
import { PySet_New, PySet_Add, PySet_CheckExact, PyAnySet_Check, _PySet_Update } from "./setobject.js";
import { PyObject_CallMethod, PyObject_CallOneArg, PyObject_CallNoArgs } from "./call.js";
import { METH_O, METH_NOARGS, METH_FASTCALL, METH_VARARGS, METH_KEYWORDS, METH_CLASS, METH_COEXIST } from "./methodobject.js";
import { Py_NE, Py_LT, Py_LE, Py_GT, Py_GE } from "./object.js";

const length_hint_doc = "Private method returning an estimate of len(list(it)).";
const reduce_doc = "Return state information for pickling.";

Object.assign(PyDict_Type, {
  tp_repr: dict_repr,
  tp_new: dict_new,
  tp_init: dict_init,
  tp_hash: PyObject_HashNotImplemented,
  tp_richcompare: dict_richcompare,
  tp_iter: dict_iter,
  sq_contains: dict_contains,
  mp_length: dict_length,
  mp_subscript: dict_subscript,
  mp_ass_subscript: dict_ass_sub,
  nb_or: dict_or,
  nb_inplace_or: dict_ior,
  tp_methods: [
    { ml_name: "__contains__", ml_meth: dict_contains_meth, ml_flags: METH_O | METH_COEXIST, ml_doc: "True if the dictionary has the specified key, else False." },
    { ml_name: "__getitem__", ml_meth: (self: PyObject, key: PyObject) => dict_subscript(self, key), ml_flags: METH_O | METH_COEXIST, ml_doc: "x.__getitem__(y) <==> x[y]" },
    { ml_name: "get", ml_meth: dict_get, ml_flags: METH_FASTCALL, ml_doc: "Return the value for key if key is in the dictionary, else default." },
    { ml_name: "setdefault", ml_meth: dict_setdefault, ml_flags: METH_FASTCALL, ml_doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default." },
    { ml_name: "pop", ml_meth: dict_pop, ml_flags: METH_FASTCALL, ml_doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError." },
    { ml_name: "popitem", ml_meth: dict_popitem, ml_flags: METH_NOARGS, ml_doc: "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty." },
    { ml_name: "keys", ml_meth: dict_keys, ml_flags: METH_NOARGS, ml_doc: "D.keys() -> a set-like object providing a view on D's keys" },
    { ml_name: "items", ml_meth: dict_items, ml_flags: METH_NOARGS, ml_doc: "D.items() -> a set-like object providing a view on D's items" },
    { ml_name: "values", ml_meth: dict_values, ml_flags: METH_NOARGS, ml_doc: "D.values() -> an object providing a view on D's values" },
    { ml_name: "update", ml_meth: dict_update, ml_flags: METH_VARARGS | METH_KEYWORDS, ml_doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]" },
    { ml_name: "fromkeys", ml_meth: dict_fromkeys, ml_flags: METH_FASTCALL | METH_CLASS, ml_doc: "Create a new dictionary with keys from iterable and values set to value." },
    { ml_name: "clear", ml_meth: dict_clear, ml_flags: METH_NOARGS, ml_doc: "D.clear() -> None.  Remove all items from D." },
    { ml_name: "copy", ml_meth: dict_copy, ml_flags: METH_NOARGS, ml_doc: "D.copy() -> a shallow copy of D" },
    { ml_name: "__reversed__", ml_meth: dict_reversed, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator over the dict keys." },
  ] as { ml_name: string; ml_meth: Meth; ml_flags: number; ml_doc: string }[],
});

const iterSlots = (next: (o: PyObject) => PyObject | undefined) => ({
  tp_iter: (o: PyObject) => o,
  tp_iternext: next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: dictiter_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
    { ml_name: "__reduce__", ml_meth: dictiter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
  ],
});
Object.assign(PyDictIterKey_Type, iterSlots(dictiter_iternextkey));
Object.assign(PyDictIterValue_Type, iterSlots(dictiter_iternextvalue));
Object.assign(PyDictIterItem_Type, iterSlots(dictiter_iternextitem));
Object.assign(PyDictRevIterKey_Type, iterSlots(dictreviter_key));
Object.assign(PyDictRevIterValue_Type, iterSlots(dictreviter_value));
Object.assign(PyDictRevIterItem_Type, iterSlots(dictreviter_item));

const viewSetSlots = {
  tp_repr: dictview_repr,
  tp_hash: PyObject_HashNotImplemented,
  tp_richcompare: dictview_richcompare,
  sq_length: dictview_len,
  nb_subtract: dictviews_sub,
  nb_and: _PyDictView_Intersect,
  nb_xor: dictviews_xor,
  nb_or: dictviews_or,
};
Object.assign(PyDictKeys_Type, {
  ...viewSetSlots,
  tp_iter: dictkeys_iter,
  sq_contains: dictkeys_contains,
  tp_methods: [
    { ml_name: "isdisjoint", ml_meth: dictviews_isdisjoint, ml_flags: METH_O, ml_doc: "Return True if the view and the given iterable have a null intersection." },
    { ml_name: "__reversed__", ml_meth: dictkeys_reversed, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator over the dict keys." },
  ],
});
Object.assign(PyDictItems_Type, {
  ...viewSetSlots,
  tp_iter: dictitems_iter,
  sq_contains: dictitems_contains,
  tp_methods: [
    { ml_name: "isdisjoint", ml_meth: dictviews_isdisjoint, ml_flags: METH_O, ml_doc: "Return True if the view and the given iterable have a null intersection." },
    { ml_name: "__reversed__", ml_meth: dictitems_reversed, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator over the dict items." },
  ],
});
Object.assign(PyDictValues_Type, {
  tp_repr: dictview_repr,
  tp_iter: dictvalues_iter,
  sq_length: dictview_len,
  tp_methods: [{ ml_name: "__reversed__", ml_meth: dictvalues_reversed, ml_flags: METH_NOARGS, ml_doc: "Return a reverse iterator over the dict values." }],
});
void Py_TYPE;
void PyUnicode_Type;
void PyUnicode_InternFromString;
void PyExc_ValueError;
