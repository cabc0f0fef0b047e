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

/** CPython 3.12: Objects/dictobject.c (dict_repr) */
function dict_repr(o: PyObject): PyObject {
  const d = o as PyDictObject;
  if (d.size === 0) return PyUnicode_FromString("{}");
  if (!Py_ReprEnter(o)) return PyUnicode_FromString("{...}");
  try {
    const parts: string[] = [];
    for (const [k, v] of d.entries()) parts.push(PyUnicode_AsUTF8(PyObject_Repr(k)) + ": " + PyUnicode_AsUTF8(PyObject_Repr(v)));
    return PyUnicode_FromString("{" + parts.join(", ") + "}");
  } finally {
    Py_ReprLeave(o);
  }
}
function dict_length(o: PyObject): number {
  return (o as PyDictObject).size;
}
/** CPython 3.12: Objects/dictobject.c (dict_subscript), with __missing__ for subclasses. */
function dict_subscript(o: PyObject, key: PyObject): PyObject {
  const v = PyDict_GetItemWithError(o, key);
  if (v !== undefined) return v;
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

import { PyUnicode_Type, PyUnicodeObject, PyUnicode_FromString, PyUnicode_AsUTF8, PyUnicode_InternFromString } from "./unicodeobject.js";
import { PyObject_Hash, PyObject_RichCompareBool, PyObject_Repr, Py_ReprEnter, Py_ReprLeave, PyObject_HashNotImplemented } from "./abstract.js";
import { _PyErr_SetKeyError } from "../Python/errors.js";

Object.assign(PyDict_Type, {
  tp_repr: dict_repr,
  tp_new: dict_new,
  tp_hash: PyObject_HashNotImplemented,
  sq_contains: dict_contains,
  mp_length: dict_length,
  mp_subscript: dict_subscript,
  mp_ass_subscript: dict_ass_sub,
});
void Py_TYPE;
