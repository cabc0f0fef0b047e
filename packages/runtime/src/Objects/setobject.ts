/**
 * set and frozenset: CPython's open-addressing table (linear probes, then perturbed probing) with the same
 * fill/used/mask growth rules, so that the table layout — and therefore iteration order and repr — is
 * CPython's (64-bit build) for every deterministic hash.
 * CPython 3.12: Objects/setobject.c
 *
 * Entries are two parallel arrays: `keys` (undefined for an unused slot — CPython's NULL — or the dummy
 * marker of a deleted one) and `hashes` (the exact 64-bit Py_hash_t: a number when safe, else a bigint; 0 for
 * unused slots, -1 for dummies). The probe sequence shifts all 64 hash bits into the index, so the hashes
 * stored here are the exact ones (`_Py_HashExact`), not the JS-number form a `tp_hash` slot returns.
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, PyType_IsSubtype, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_MATCH_SELF, Py_EQ, Py_NE, Py_LT, Py_LE, Py_GT, Py_GE } from "./object.js";
import type { PyDictObject } from "./dictobject.js";

/** CPython 3.12: Objects/setobject.c (PySet_Type, PyFrozenSet_Type, PySetIter_Type) */
export const PySet_Type: PyTypeObject = _PyType_NewStatic("set", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_MATCH_SELF,
  tp_doc: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
});
export const PyFrozenSet_Type: PyTypeObject = _PyType_NewStatic("frozenset", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_MATCH_SELF,
  tp_doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
});
export const PySetIter_Type: PyTypeObject = _PyType_NewStatic("set_iterator");

/** CPython 3.12: Include/cpython/setobject.h (PySet_MINSIZE) */
const PySet_MINSIZE = 8;
/** CPython 3.12: Objects/setobject.c */
const LINEAR_PROBES = 9;

/** The deleted-entry marker (CPython: dummy). */
const dummy = Object.freeze({ ob_type: null }) as unknown as PyObject;

type Py_hash_t = number | bigint;

/** CPython 3.12: Include/cpython/setobject.h (PySetObject) */
export class PySetObject extends PyBaseObject {
  /** Active + dummy entries. */
  fill = 0;
  /** Active entries. */
  used = 0;
  /** The table size minus one (a power of two minus one). */
  mask = PySet_MINSIZE - 1;
  keys: (PyObject | undefined)[] = newKeys(PySet_MINSIZE);
  hashes: Py_hash_t[] = newHashes(PySet_MINSIZE);
  /** A frozenset's cached exact hash; -1 until computed. */
  hash: Py_hash_t = -1;
  /** Search finger for pop(). */
  finger = 0;
  /** Instance dictionary of set subclasses. */
  dict: PyDictObject | null = null;
}
function newKeys(n: number): (PyObject | undefined)[] {
  return new Array(n).fill(undefined);
}
function newHashes(n: number): Py_hash_t[] {
  return new Array(n).fill(0);
}

/** CPython 3.12: Include/setobject.h */
export function PySet_Check(o: PyObject): o is PySetObject {
  return typeof o === "object" && (o.ob_type === PySet_Type || PyType_IsSubtype(o.ob_type, PySet_Type));
}
export function PySet_CheckExact(o: PyObject): o is PySetObject {
  return typeof o === "object" && o.ob_type === PySet_Type;
}
export function PyFrozenSet_Check(o: PyObject): o is PySetObject {
  return typeof o === "object" && (o.ob_type === PyFrozenSet_Type || PyType_IsSubtype(o.ob_type, PyFrozenSet_Type));
}
export function PyFrozenSet_CheckExact(o: PyObject): o is PySetObject {
  return typeof o === "object" && o.ob_type === PyFrozenSet_Type;
}
export function PyAnySet_Check(o: PyObject): o is PySetObject {
  return typeof o === "object" && (o.ob_type === PySet_Type || o.ob_type === PyFrozenSet_Type || PyType_IsSubtype(o.ob_type, PySet_Type) || PyType_IsSubtype(o.ob_type, PyFrozenSet_Type));
}
export function PyAnySet_CheckExact(o: PyObject): o is PySetObject {
  return typeof o === "object" && (o.ob_type === PySet_Type || o.ob_type === PyFrozenSet_Type);
}
export function PySet_GET_SIZE(o: PyObject): number {
  return (o as PySetObject).used;
}

// ---- Probing the hash table ----

/** The hash of a key as stored in the table (exact; str hashes come from their cache). */
function hashOf(key: PyObject): Py_hash_t {
  if (typeof key === "number") return key === -1 ? -2 : key;
  return _Py_HashExact(key);
}
function unicodeEq(a: PyObject, b: PyObject): boolean {
  return typeof a === "object" && typeof b === "object" && a.ob_type === PyUnicode_Type && b.ob_type === PyUnicode_Type && (a as PyUnicodeObject).value === (b as PyUnicodeObject).value;
}

/** Set by set_lookkey/set_add_entry: a restart after a comparison mutated the table. */
class Restart {}
const RESTART = new Restart();

/**
 * CPython 3.12: Objects/setobject.c (set_lookkey): the index of the entry holding `key`, or of the unused
 * slot that ends its probe sequence.
 */
function set_lookkey(so: PySetObject, key: PyObject, hash: Py_hash_t): number {
  for (;;) {
    const r = lookkey_once(so, key, hash);
    if (r !== RESTART) return r as number;
  }
}
function lookkey_once(so: PySetObject, key: PyObject, hash: Py_hash_t): number | Restart {
  _Py_uhash_split(hash);
  let phi = _Py_uhash.hi;
  let plo = _Py_uhash.lo;
  let mask = so.mask;
  let i = plo & mask;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const eh = so.hashes[j];
      const startkey = so.keys[j];
      if (eh === 0 && startkey === undefined) return j;
      if (eh === hash) {
        if (startkey === key) return j;
        if (unicodeEq(startkey as PyObject, key)) return j;
        const table = so.keys;
        const cmp = PyObject_RichCompareBool(startkey as PyObject, key, Py_EQ);
        if (table !== so.keys || so.keys[j] !== startkey) return RESTART;
        if (cmp) return j;
        mask = so.mask;
      }
      j++;
    } while (probes--);
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi = phi >>> 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** CPython 3.12: Objects/setobject.c (set_add_entry) */
function set_add_entry(so: PySetObject, key: PyObject, hash: Py_hash_t): void {
  restart: for (;;) {
    _Py_uhash_split(hash);
    let phi = _Py_uhash.hi;
    let plo = _Py_uhash.lo;
    let mask = so.mask;
    let i = plo & mask;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const eh = so.hashes[j];
        const startkey = so.keys[j];
        if (eh === 0 && startkey === undefined) {
          // found_unused_or_dummy
          if (freeslot === -1) {
            so.fill++;
            so.used++;
            so.keys[j] = key;
            so.hashes[j] = hash;
            if (so.fill * 5 < mask * 3) return;
            set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
            return;
          }
          so.used++;
          so.keys[freeslot] = key;
          so.hashes[freeslot] = hash;
          return;
        }
        if (eh === hash) {
          if (startkey === key) return;
          if (unicodeEq(startkey as PyObject, key)) return;
          const table = so.keys;
          const cmp = PyObject_RichCompareBool(startkey as PyObject, key, Py_EQ);
          if (cmp) return;
          if (table !== so.keys || so.keys[j] !== startkey) continue restart;
          mask = so.mask;
        } else if (eh === -1) {
          freeslot = j;
        }
        j++;
      } while (probes--);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi = phi >>> 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** CPython 3.12: Objects/setobject.c (set_insert_clean): insert a key known to be absent, into a table without dummies. */
function set_insert_clean(keys: (PyObject | undefined)[], hashes: Py_hash_t[], mask: number, key: PyObject, hash: Py_hash_t): void {
  _Py_uhash_split(hash);
  let phi = _Py_uhash.hi;
  let plo = _Py_uhash.lo;
  let i = plo & mask;
  for (;;) {
    if (keys[i] === undefined) break;
    if (i + LINEAR_PROBES <= mask) {
      let found = -1;
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === undefined) {
          found = i + j;
          break;
        }
      }
      if (found >= 0) {
        i = found;
        break;
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi = phi >>> 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  keys[i] = key;
  hashes[i] = hash;
}

/** CPython 3.12: Objects/setobject.c (set_table_resize): a table of the smallest power of two > minused. */
function set_table_resize(so: PySetObject, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  if (newsize > 0x40000000) PyErr_NoMemory();
  const oldkeys = so.keys;
  const oldhashes = so.hashes;
  const oldmask = so.mask;
  if (newsize === PySet_MINSIZE && oldmask === PySet_MINSIZE - 1 && so.fill === so.used) {
    // The small table has no dummies: nothing to do.
    return;
  }
  const keys = newKeys(newsize);
  const hashes = newHashes(newsize);
  const newmask = newsize - 1;
  so.mask = newmask;
  so.keys = keys;
  so.hashes = hashes;
  if (so.fill === so.used) {
    for (let e = 0; e <= oldmask; e++) {
      const k = oldkeys[e];
      if (k !== undefined) set_insert_clean(keys, hashes, newmask, k, oldhashes[e]);
    }
  } else {
    so.fill = so.used;
    for (let e = 0; e <= oldmask; e++) {
      const k = oldkeys[e];
      if (k !== undefined && k !== dummy) set_insert_clean(keys, hashes, newmask, k, oldhashes[e]);
    }
  }
}

/** CPython 3.12: Objects/setobject.c (set_contains_entry) */
function set_contains_entry(so: PySetObject, key: PyObject, hash: Py_hash_t): boolean {
  return so.keys[set_lookkey(so, key, hash)] !== undefined;
}
const DISCARD_NOTFOUND = false;
const DISCARD_FOUND = true;
/** CPython 3.12: Objects/setobject.c (set_discard_entry) */
function set_discard_entry(so: PySetObject, key: PyObject, hash: Py_hash_t): boolean {
  const j = set_lookkey(so, key, hash);
  if (so.keys[j] === undefined) return DISCARD_NOTFOUND;
  so.keys[j] = dummy;
  so.hashes[j] = -1;
  so.used--;
  return DISCARD_FOUND;
}
function set_add_key(so: PySetObject, key: PyObject): void {
  set_add_entry(so, key, hashOf(key));
}
function set_contains_key(so: PySetObject, key: PyObject): boolean {
  return set_contains_entry(so, key, hashOf(key));
}
function set_discard_key(so: PySetObject, key: PyObject): boolean {
  return set_discard_entry(so, key, hashOf(key));
}

/** CPython 3.12: Objects/setobject.c (set_empty_to_minsize, set_clear_internal) */
function set_clear_internal(so: PySetObject): void {
  so.keys = newKeys(PySet_MINSIZE);
  so.hashes = newHashes(PySet_MINSIZE);
  so.fill = 0;
  so.used = 0;
  so.mask = PySet_MINSIZE - 1;
  so.hash = -1;
}

/**
 * CPython 3.12: Objects/setobject.c (set_next): the index of the next active entry at or after `pos.pos`
 * (advancing it past that entry), or -1 at the end.
 */
function set_next(so: PySetObject, pos: { pos: number }): number {
  let i = pos.pos;
  const mask = so.mask;
  const keys = so.keys;
  while (i <= mask && (keys[i] === undefined || keys[i] === dummy)) i++;
  pos.pos = i + 1;
  return i > mask ? -1 : i;
}
/** The active (key, hash) entries in table order, as a snapshot. */
function entries(so: PySetObject): [PyObject[], Py_hash_t[]] {
  const ks: PyObject[] = [];
  const hs: Py_hash_t[] = [];
  const keys = so.keys;
  for (let i = 0; i <= so.mask; i++) {
    const k = keys[i];
    if (k !== undefined && k !== dummy) {
      ks.push(k);
      hs.push(so.hashes[i]);
    }
  }
  return [ks, hs];
}
/** The active keys in table order (a snapshot): CPython's iteration order. */
export function _PySet_Keys(so: PyObject): PyObject[] {
  return entries(so as PySetObject)[0];
}

/** CPython 3.12: Objects/setobject.c (set_merge) */
function set_merge(so: PySetObject, other: PySetObject): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) set_table_resize(so, (so.used + other.used) * 2);
  const okeys = other.keys;
  const ohashes = other.hashes;
  // Our table is empty, same size, no dummies in the other: copy the entries over.
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = okeys[i];
      if (k !== undefined) {
        so.keys[i] = k;
        so.hashes[i] = ohashes[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  // Our table is empty: set_insert_clean.
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = okeys[i];
      if (k !== undefined && k !== dummy) set_insert_clean(so.keys, so.hashes, so.mask, k, ohashes[i]);
    }
    return;
  }
  // Duplicates are possible: normal insertions.
  for (let i = 0; i <= other.mask; i++) {
    const k = other.keys[i];
    if (k !== undefined && k !== dummy) set_add_entry(so, k, other.hashes[i]);
  }
}

/** CPython 3.12: Objects/setobject.c (set_update_internal) */
function set_update_internal(so: PySetObject, other: PyObject): void {
  if (PyAnySet_Check(other)) {
    set_merge(so, other);
    return;
  }
  if (PyDict_CheckExact(other)) {
    const dictsize = other.size;
    if ((so.fill + dictsize) * 5 >= so.mask * 3) set_table_resize(so, (so.used + dictsize) * 2);
    const pos = { pos: 0 };
    for (;;) {
      const e = _PyDict_Next(other, pos);
      if (e === undefined) break;
      set_add_entry(so, e[0], exactFromStored(e[0], e[2]));
    }
    return;
  }
  const it = PyObject_GetIter(other);
  const iternext = Py_TYPE(it).tp_iternext!;
  for (;;) {
    const key = iternext(it);
    if (key === undefined) break;
    set_add_key(so, key);
  }
}
/** A hash stored by dict (a JS number, exact only when safe) made exact. */
function exactFromStored(key: PyObject, h: number): Py_hash_t {
  return h <= Number.MAX_SAFE_INTEGER && h >= -Number.MAX_SAFE_INTEGER ? h : _Py_HashExact(key);
}

/** CPython 3.12: Objects/setobject.c (make_new_set) */
function make_new_set(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  const so = new PySetObject(type);
  if (iterable !== null) set_update_internal(so, iterable);
  return so;
}
/** CPython 3.12: Objects/setobject.c (make_new_set_basetype) */
function make_new_set_basetype(type: PyTypeObject, iterable: PyObject | null): PySetObject {
  if (type !== PySet_Type && type !== PyFrozenSet_Type) {
    type = PyType_IsSubtype(type, PySet_Type) ? PySet_Type : PyFrozenSet_Type;
  }
  return make_new_set(type, iterable);
}
/** CPython 3.12: Objects/setobject.c (make_new_frozenset) */
function make_new_frozenset(type: PyTypeObject, iterable: PyObject | null): PyObject {
  if (type !== PyFrozenSet_Type) return make_new_set(type, iterable);
  if (iterable !== null && PyFrozenSet_CheckExact(iterable)) return iterable;
  return make_new_set(type, iterable);
}

/** CPython 3.12: Objects/setobject.c (set_swap_bodies) */
function set_swap_bodies(a: PySetObject, b: PySetObject): void {
  let t: number = a.fill;
  a.fill = b.fill;
  b.fill = t;
  t = a.used;
  a.used = b.used;
  b.used = t;
  t = a.mask;
  a.mask = b.mask;
  b.mask = t;
  const k = a.keys;
  a.keys = b.keys;
  b.keys = k;
  const h = a.hashes;
  a.hashes = b.hashes;
  b.hashes = h;
  if (PyType_IsSubtype(Py_TYPE(a), PyFrozenSet_Type) && PyType_IsSubtype(Py_TYPE(b), PyFrozenSet_Type)) {
    const x = a.hash;
    a.hash = b.hash;
    b.hash = x;
  } else {
    a.hash = -1;
    b.hash = -1;
  }
}

// ---- Set algebra ----

function set_copy(so: PySetObject): PySetObject {
  return make_new_set_basetype(Py_TYPE(so), so);
}
function frozenset_copy(so: PySetObject): PyObject {
  if (PyFrozenSet_CheckExact(so)) return so;
  return set_copy(so);
}
/** CPython 3.12: Objects/setobject.c (set_union) */
function set_union(so: PySetObject, others: PyObject[]): PySetObject {
  const result = set_copy(so);
  for (const other of others) {
    if (other === so) continue;
    set_update_internal(result, other);
  }
  return result;
}
/** CPython 3.12: Objects/setobject.c (set_or) */
function set_or(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return Py_NotImplemented;
  const result = set_copy(so);
  if (so === other) return result;
  set_update_internal(result, other);
  return result;
}
function set_ior(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return Py_NotImplemented;
  set_update_internal(so as PySetObject, other);
  return so;
}
/** CPython 3.12: Objects/setobject.c (set_intersection) */
function set_intersection(so: PySetObject, other: PyObject): PySetObject {
  if (so === other) return set_copy(so);
  const result = make_new_set_basetype(Py_TYPE(so), null);
  if (PyAnySet_Check(other)) {
    let a: PySetObject = so;
    let b: PySetObject = other;
    if (b.used > a.used) {
      const t = a;
      a = b;
      b = t;
    }
    const pos = { pos: 0 };
    for (;;) {
      const i = set_next(b, pos);
      if (i < 0) break;
      const key = b.keys[i] as PyObject;
      const hash = b.hashes[i];
      if (set_contains_entry(a, key, hash)) set_add_entry(result, key, hash);
    }
    return result;
  }
  const it = PyObject_GetIter(other);
  for (;;) {
    const key = PyIter_Next(it);
    if (key === undefined) break;
    const hash = hashOf(key);
    if (set_contains_entry(so, key, hash)) {
      set_add_entry(result, key, hash);
      if (result.used >= so.used) break;
    }
  }
  return result;
}
function set_intersection_multi(so: PySetObject, others: PyObject[]): PySetObject {
  if (others.length === 0) return set_copy(so);
  let result: PySetObject = so;
  for (const other of others) result = set_intersection(result, other);
  return result;
}
function set_intersection_update(so: PySetObject, other: PyObject): void {
  set_swap_bodies(so, set_intersection(so, other));
}
function set_and(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return Py_NotImplemented;
  return set_intersection(so, other);
}
function set_iand(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return Py_NotImplemented;
  set_intersection_update(so as PySetObject, other);
  return so;
}
/** CPython 3.12: Objects/setobject.c (set_isdisjoint) */
function set_isdisjoint(so: PySetObject, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (PyAnySet_CheckExact(other)) {
    let a: PySetObject = so;
    let b: PySetObject = other;
    if (b.used > a.used) {
      const t = a;
      a = b;
      b = t;
    }
    const pos = { pos: 0 };
    for (;;) {
      const i = set_next(b, pos);
      if (i < 0) return true;
      if (set_contains_entry(a, b.keys[i] as PyObject, b.hashes[i])) return false;
    }
  }
  const it = PyObject_GetIter(other);
  for (;;) {
    const key = PyIter_Next(it);
    if (key === undefined) return true;
    if (set_contains_key(so, key)) return false;
  }
}
/** CPython 3.12: Objects/setobject.c (set_difference_update_internal) */
function set_difference_update_internal(so: PySetObject, other: PyObject): void {
  if (so === other) {
    set_clear_internal(so);
    return;
  }
  if (PyAnySet_Check(other)) {
    // When the other set is more than 8 times larger, use the intersection instead.
    let o: PySetObject = other;
    if (Math.floor(o.used / 8) > so.used) o = set_intersection(so, o);
    const pos = { pos: 0 };
    for (;;) {
      const i = set_next(o, pos);
      if (i < 0) break;
      set_discard_entry(so, o.keys[i] as PyObject, o.hashes[i]);
    }
  } else {
    const it = PyObject_GetIter(other);
    for (;;) {
      const key = PyIter_Next(it);
      if (key === undefined) break;
      set_discard_key(so, key);
    }
  }
  // If more than 1/4th are dummies, resize them away.
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  set_table_resize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}
function set_copy_and_difference(so: PySetObject, other: PyObject): PySetObject {
  const result = set_copy(so);
  set_difference_update_internal(result, other);
  return result;
}
/** CPython 3.12: Objects/setobject.c (set_difference) */
function set_difference(so: PySetObject, other: PyObject): PySetObject {
  let other_size: number;
  if (PyAnySet_Check(other)) other_size = other.used;
  else if (PyDict_CheckExact(other)) other_size = other.size;
  else return set_copy_and_difference(so, other);
  if (Math.floor(so.used / 4) > other_size) return set_copy_and_difference(so, other);
  const result = make_new_set_basetype(Py_TYPE(so), null);
  const pos = { pos: 0 };
  if (PyDict_CheckExact(other)) {
    for (;;) {
      const i = set_next(so, pos);
      if (i < 0) break;
      const key = so.keys[i] as PyObject;
      const hash = so.hashes[i];
      if (!_PyDict_Contains_KnownHash(other, key, _Py_HashToNumber(hash))) set_add_entry(result, key, hash);
    }
    return result;
  }
  for (;;) {
    const i = set_next(so, pos);
    if (i < 0) break;
    const key = so.keys[i] as PyObject;
    const hash = so.hashes[i];
    if (!set_contains_entry(other as PySetObject, key, hash)) set_add_entry(result, key, hash);
  }
  return result;
}
function set_difference_multi(so: PySetObject, others: PyObject[]): PySetObject {
  if (others.length === 0) return set_copy(so);
  const result = set_difference(so, others[0]);
  for (let i = 1; i < others.length; i++) set_difference_update_internal(result, others[i]);
  return result;
}
function set_sub(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return Py_NotImplemented;
  return set_difference(so, other);
}
function set_isub(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return Py_NotImplemented;
  set_difference_update_internal(so as PySetObject, other);
  return so;
}
/** CPython 3.12: Objects/setobject.c (set_symmetric_difference_update) */
function set_symmetric_difference_update(so: PySetObject, other: PyObject): void {
  if (so === other) {
    set_clear_internal(so);
    return;
  }
  if (PyDict_CheckExact(other)) {
    const pos = { pos: 0 };
    for (;;) {
      const e = _PyDict_Next(other, pos);
      if (e === undefined) break;
      const hash = exactFromStored(e[0], e[2]);
      if (set_discard_entry(so, e[0], hash) === DISCARD_NOTFOUND) set_add_entry(so, e[0], hash);
    }
    return;
  }
  const otherset = PyAnySet_Check(other) ? other : make_new_set_basetype(Py_TYPE(so), other);
  const pos = { pos: 0 };
  for (;;) {
    const i = set_next(otherset, pos);
    if (i < 0) break;
    const key = otherset.keys[i] as PyObject;
    const hash = otherset.hashes[i];
    if (set_discard_entry(so, key, hash) === DISCARD_NOTFOUND) set_add_entry(so, key, hash);
  }
}
function set_symmetric_difference(so: PySetObject, other: PyObject): PySetObject {
  const otherset = make_new_set_basetype(Py_TYPE(so), other);
  set_symmetric_difference_update(otherset, so);
  return otherset;
}
function set_xor(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(so) || !PyAnySet_Check(other)) return Py_NotImplemented;
  return set_symmetric_difference(so, other);
}
function set_ixor(so: PyObject, other: PyObject): PyObject {
  if (!PyAnySet_Check(other)) return Py_NotImplemented;
  set_symmetric_difference_update(so as PySetObject, other);
  return so;
}
/** CPython 3.12: Objects/setobject.c (set_issubset) */
function set_issubset(so: PySetObject, other: PyObject): boolean {
  if (!PyAnySet_Check(other)) {
    const tmp = set_intersection(so, other);
    return tmp.used === so.used;
  }
  if (so.used > other.used) return false;
  const pos = { pos: 0 };
  for (;;) {
    const i = set_next(so, pos);
    if (i < 0) return true;
    if (!set_contains_entry(other, so.keys[i] as PyObject, so.hashes[i])) return false;
  }
}
/** CPython 3.12: Objects/setobject.c (set_issuperset) */
function set_issuperset(so: PySetObject, other: PyObject): boolean {
  if (PyAnySet_Check(other)) return set_issubset(other, so);
  const it = PyObject_GetIter(other);
  for (;;) {
    const key = PyIter_Next(it);
    if (key === undefined) return true;
    if (!set_contains_key(so, key)) return false;
  }
}
/** CPython 3.12: Objects/setobject.c (set_richcompare) */
function set_richcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyAnySet_Check(w)) return Py_NotImplemented;
  const so = v as PySetObject;
  switch (op) {
    case Py_EQ:
      if (so.used !== w.used) return Py_False;
      if (so.hash !== -1 && w.hash !== -1 && so.hash !== w.hash) return Py_False;
      return PyBool_FromLong(set_issubset(so, w));
    case Py_NE:
      return PyObject_IsTrue(set_richcompare(v, w, Py_EQ)) ? Py_False : Py_True;
    case Py_LE:
      return PyBool_FromLong(set_issubset(so, w));
    case Py_GE:
      return PyBool_FromLong(set_issuperset(so, w));
    case Py_LT:
      if (so.used >= w.used) return Py_False;
      return PyBool_FromLong(set_issubset(so, w));
    case Py_GT:
      if (so.used <= w.used) return Py_False;
      return PyBool_FromLong(set_issuperset(so, w));
  }
  return Py_NotImplemented;
}

/** CPython 3.12: Objects/setobject.c (set_contains): an unhashable set key is looked up as a frozenset. */
function set_contains(o: PyObject, key: PyObject): boolean {
  const so = o as PySetObject;
  try {
    return set_contains_key(so, key);
  } catch (e) {
    if (!PySet_Check(key) || !PyErr_GivenExceptionMatches(e as PyObject, PyExc_TypeError)) throw e;
  }
  return set_contains_key(so, make_new_set(PyFrozenSet_Type, key));
}
/** set_discard_key with set_contains' frozenset fallback. */
function discard_with_fallback(so: PySetObject, key: PyObject): boolean {
  try {
    return set_discard_key(so, key);
  } catch (e) {
    if (!PySet_Check(key) || !PyErr_GivenExceptionMatches(e as PyObject, PyExc_TypeError)) throw e;
  }
  return set_discard_key(so, make_new_set(PyFrozenSet_Type, key));
}

/** CPython 3.12: Objects/setobject.c (set_pop) */
function set_pop(so: PySetObject): PyObject {
  if (so.used === 0) PyErr_RaiseFormat(PyExc_KeyError, "pop from an empty set");
  let i = so.finger & so.mask;
  const keys = so.keys;
  while (keys[i] === undefined || keys[i] === dummy) {
    i++;
    if (i > so.mask) i = 0;
  }
  const key = keys[i] as PyObject;
  keys[i] = dummy;
  so.hashes[i] = -1;
  so.used--;
  so.finger = i + 1;
  return key;
}

// ---- frozenset hash ----

/** CPython 3.12: Objects/setobject.c (_shuffle_bits), xor-ed into `acc`. */
const acc = { hi: 0, lo: 0 };
function xor_shuffled(h: Py_hash_t): void {
  _Py_uhash_split(h);
  const hi = _Py_uhash.hi;
  const lo = _Py_uhash.lo;
  // (h ^ 89869747) ^ (h << 16)
  const xhi = (hi ^ ((hi << 16) | (lo >>> 16))) >>> 0;
  const xlo = (lo ^ 89869747 ^ (lo << 16)) >>> 0;
  _Py_uhash_mul(xhi, xlo, 0, 3644798167);
  acc.hi = (acc.hi ^ _Py_uhash.hi) >>> 0;
  acc.lo = (acc.lo ^ _Py_uhash.lo) >>> 0;
}
/** CPython 3.12: Objects/setobject.c (frozenset_hash), exact. */
export function frozenset_hash_exact(o: PyObject): Py_hash_t {
  const so = o as PySetObject;
  if (so.hash !== -1) return so.hash;
  acc.hi = 0;
  acc.lo = 0;
  // Xor-in shuffled bits from every active entry (CPython also xors the unused and dummy entries, then
  // cancels their effect).
  for (let i = 0; i <= so.mask; i++) {
    const k = so.keys[i];
    if (k !== undefined && k !== dummy) xor_shuffled(so.hashes[i]);
  }
  // Factor in the number of active entries.
  _Py_uhash_split(so.used + 1);
  _Py_uhash_mul(_Py_uhash.hi, _Py_uhash.lo, 0, 1927868237);
  let hi = (acc.hi ^ _Py_uhash.hi) >>> 0;
  let lo = (acc.lo ^ _Py_uhash.lo) >>> 0;
  // Disperse patterns arising in nested frozensets: hash ^= (hash >> 11) ^ (hash >> 25)
  const s11hi = hi >>> 11;
  const s11lo = ((lo >>> 11) | (hi << 21)) >>> 0;
  const s25hi = hi >>> 25;
  const s25lo = ((lo >>> 25) | (hi << 7)) >>> 0;
  hi = (hi ^ s11hi ^ s25hi) >>> 0;
  lo = (lo ^ s11lo ^ s25lo) >>> 0;
  // hash = hash * 69069U + 907133923UL
  _Py_uhash_mul(hi, lo, 0, 69069);
  _Py_uhash_add(_Py_uhash.hi, _Py_uhash.lo, 0, 907133923);
  let h: Py_hash_t;
  if (_Py_uhash.hi === 0xffffffff && _Py_uhash.lo === 0xffffffff) h = 590923713;
  else h = _Py_uhash_join(_Py_uhash.hi, _Py_uhash.lo);
  so.hash = h;
  return h;
}
export function frozenset_hash(o: PyObject): number {
  return _Py_HashToNumber(frozenset_hash_exact(o));
}

// ---- repr, len, iteration ----

/** CPython 3.12: Objects/setobject.c (set_repr) */
function set_repr(o: PyObject): PyObject {
  const so = o as PySetObject;
  const name = Py_TYPE(so).tp_name;
  if (!Py_ReprEnter(so)) return PyUnicode_FromString(`${name}(...)`);
  try {
    if (so.used === 0) return PyUnicode_FromString(`${name}()`);
    const listrepr = PyObject_Repr(PySequence_List(so)).value.slice(1, -1);
    if (!PySet_CheckExact(so)) return PyUnicode_FromString(`${name}({${listrepr}})`);
    return PyUnicode_FromString(`{${listrepr}}`);
  } finally {
    Py_ReprLeave(so);
  }
}
function set_len(o: PyObject): number {
  return (o as PySetObject).used;
}

/** CPython 3.12: Objects/setobject.c (setiterobject) */
export class PySetIterObject extends PyBaseObject {
  si_used: number;
  si_pos = 0;
  len: number;
  constructor(public si_set: PySetObject | null) {
    super(PySetIter_Type);
    this.si_used = si_set!.used;
    this.len = si_set!.used;
  }
}
function set_iter(o: PyObject): PyObject {
  return new PySetIterObject(o as PySetObject);
}
/** CPython 3.12: Objects/setobject.c (setiter_iternext) */
function setiter_iternext(o: PyObject): PyObject | undefined {
  const si = o as PySetIterObject;
  const so = si.si_set;
  if (so === null) return undefined;
  if (si.si_used !== so.used) {
    si.si_used = -1; // make this state sticky
    PyErr_RaiseFormat(PyExc_RuntimeError, "Set changed size during iteration");
  }
  let i = si.si_pos;
  const keys = so.keys;
  const mask = so.mask;
  while (i <= mask && (keys[i] === undefined || keys[i] === dummy)) i++;
  si.si_pos = i + 1;
  if (i > mask) {
    si.si_set = null;
    return undefined;
  }
  si.len--;
  return keys[i] as PyObject;
}
function setiter_len(self: PyObject | null): PyObject {
  const si = self as PySetIterObject;
  if (si.si_set !== null && si.si_used === si.si_set.used) return si.len;
  return 0;
}
function setiter_reduce(self: PyObject | null): PyObject {
  const si = self as PySetIterObject;
  // Iterate a copy of the iterator's state into a list.
  const tmp = new PySetIterObject(si.si_set ?? new PySetObject(PySet_Type));
  tmp.si_set = si.si_set;
  tmp.si_used = si.si_used;
  tmp.si_pos = si.si_pos;
  tmp.len = si.len;
  return _PyTuple_FromArray([_PyEval_GetBuiltin("iter"), _PyTuple_FromArray([PySequence_List(tmp)])]);
}

// ---- Constructors ----

/** CPython 3.12: Objects/setobject.c (set_new) */
function set_new(type: PyTypeObject, _args: PyObject, _kwds: PyObject | null): PyObject {
  return make_new_set(type, null);
}
/** CPython 3.12: Objects/setobject.c (set_init) */
function set_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  const so = self as PySetObject;
  _PyArg_NoKeywords("set", kwds);
  const argv = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional(Py_TYPE(so).tp_name, argv.length, 0, 1);
  if (so.fill) set_clear_internal(so);
  so.hash = -1;
  if (argv.length === 1) set_update_internal(so, argv[0]);
}
/** CPython 3.12: Objects/setobject.c (frozenset_new) */
function frozenset_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (type === PyFrozenSet_Type || type.tp_init === PyFrozenSet_Type.tp_init) _PyArg_NoKeywords("frozenset", kwds);
  const argv = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional(type.tp_name, argv.length, 0, 1);
  return make_new_frozenset(type, argv.length === 1 ? argv[0] : null);
}

// ---- The C-API ----

function badInternalCall(): never {
  PyErr_RaiseFormat(PyExc_SystemError, "bad argument to internal function");
}
/** CPython 3.12: Objects/setobject.c (PySet_New) */
export function PySet_New(iterable: PyObject | null = null): PySetObject {
  return make_new_set(PySet_Type, iterable);
}
/** CPython 3.12: Objects/setobject.c (PyFrozenSet_New) */
export function PyFrozenSet_New(iterable: PyObject | null = null): PySetObject {
  return make_new_set(PyFrozenSet_Type, iterable);
}
/** CPython 3.12: Objects/setobject.c (PySet_Size) */
export function PySet_Size(anyset: PyObject): number {
  if (!PyAnySet_Check(anyset)) badInternalCall();
  return anyset.used;
}
/** CPython 3.12: Objects/setobject.c (PySet_Clear) */
export function PySet_Clear(set: PyObject): void {
  if (!PySet_Check(set)) badInternalCall();
  set_clear_internal(set);
}
/** CPython 3.12: Objects/setobject.c (PySet_Contains) */
export function PySet_Contains(anyset: PyObject, key: PyObject): boolean {
  if (!PyAnySet_Check(anyset)) badInternalCall();
  return set_contains_key(anyset, key);
}
/** CPython 3.12: Objects/setobject.c (PySet_Discard): true when the key was present. */
export function PySet_Discard(set: PyObject, key: PyObject): boolean {
  if (!PySet_Check(set)) badInternalCall();
  return set_discard_key(set, key);
}
/**
 * CPython 3.12: Objects/setobject.c (PySet_Add). As in CPython, a frozenset may be filled this way only
 * while it is being built (CPython checks its reference count; here: before it has been hashed).
 */
export function PySet_Add(anyset: PyObject, key: PyObject): void {
  if (!PySet_Check(anyset) && (!PyFrozenSet_Check(anyset) || anyset.hash !== -1)) badInternalCall();
  set_add_key(anyset as PySetObject, key);
}
/** CPython 3.12: Objects/setobject.c (PySet_Pop) */
export function PySet_Pop(set: PyObject): PyObject {
  if (!PySet_Check(set)) badInternalCall();
  return set_pop(set);
}
/** CPython 3.12: Objects/setobject.c (_PySet_Update) */
export function _PySet_Update(set: PyObject, iterable: PyObject): void {
  if (!PySet_Check(set)) badInternalCall();
  set_update_internal(set, iterable);
}
/** CPython 3.12: Objects/setobject.c (_PySet_NextEntry): [key, exact hash] of the next entry, or undefined. */
export function _PySet_NextEntry(set: PyObject, pos: { pos: number }): [PyObject, Py_hash_t] | undefined {
  if (!PyAnySet_Check(set)) badInternalCall();
  const i = set_next(set, pos);
  return i < 0 ? undefined : [set.keys[i] as PyObject, set.hashes[i]];
}

// ---- Methods ----

const S = (f: (so: PySetObject) => PyObject) => (self: PyObject | null) => f(self as PySetObject);
const SO = (f: (so: PySetObject, o: PyObject) => PyObject) => (self: PyObject | null, o: PyObject) => f(self as PySetObject, o);
const SV = (f: (so: PySetObject, a: PyObject[]) => PyObject) => (self: PyObject | null, args: PyObject) => f(self as PySetObject, (args as PyTupleObject).ob_item);

const m_add = SO((so, key) => {
  set_add_key(so, key);
  return Py_None;
});
const m_clear = S((so) => {
  set_clear_internal(so);
  return Py_None;
});
const m_contains = SO((so, key) => PyBool_FromLong(set_contains(so, key)));
const m_copy = S((so) => set_copy(so));
const m_frozencopy = S((so) => frozenset_copy(so));
const m_discard = SO((so, key) => {
  discard_with_fallback(so, key);
  return Py_None;
});
const m_difference = SV((so, a) => set_difference_multi(so, a));
const m_difference_update = SV((so, a) => {
  for (const other of a) set_difference_update_internal(so, other);
  return Py_None;
});
const m_intersection = SV((so, a) => set_intersection_multi(so, a));
const m_intersection_update = SV((so, a) => {
  set_swap_bodies(so, set_intersection_multi(so, a));
  return Py_None;
});
const m_isdisjoint = SO((so, o) => PyBool_FromLong(set_isdisjoint(so, o)));
const m_issubset = SO((so, o) => PyBool_FromLong(set_issubset(so, o)));
const m_issuperset = SO((so, o) => PyBool_FromLong(set_issuperset(so, o)));
const m_pop = S((so) => set_pop(so));
const m_reduce = S((so) => _PyTuple_FromArray([Py_TYPE(so), _PyTuple_FromArray([PySequence_List(so)]), so.dict ?? Py_None]));
const m_remove = SO((so, key) => {
  if (!discard_with_fallback(so, key)) _PyErr_SetKeyError(key);
  return Py_None;
});
/** CPython 3.12 (64-bit): sizeof(PySetObject) + the table when it is not the inline small table. */
const m_sizeof = S((so) => 200 + (so.mask !== PySet_MINSIZE - 1 ? (so.mask + 1) * 16 : 0));
const m_symmetric_difference = SO((so, o) => set_symmetric_difference(so, o));
const m_symmetric_difference_update = SO((so, o) => {
  set_symmetric_difference_update(so, o);
  return Py_None;
});
const m_union = SV((so, a) => set_union(so, a));
const m_update = SV((so, a) => {
  for (const other of a) set_update_internal(so, other);
  return Py_None;
});

import { Py_None, Py_NotImplemented } from "./noneobject.js";
import { Py_True, Py_False, PyBool_FromLong } from "./longobject.js";
import { PyUnicode_FromString, PyUnicode_Type, PyUnicodeObject } from "./unicodeobject.js";
import { PyErr_RaiseFormat, PyErr_NoMemory, PyErr_GivenExceptionMatches, _PyErr_SetKeyError } from "../Python/errors.js";
import { PyExc_KeyError, PyExc_RuntimeError, PyExc_TypeError, PyExc_SystemError } from "./exceptions.js";
import { PyObject_RichCompareBool, PyObject_Repr, PyObject_IsTrue, PyObject_GetIter, PyIter_Next, Py_ReprEnter, Py_ReprLeave, PyObject_HashNotImplemented } from "./abstract.js";
import {
  PyTupleObject,
  _PyTuple_FromArray,
  _Py_HashExact,
  _Py_HashToNumber,
  _Py_uhash,
  _Py_uhash_split,
  _Py_uhash_mul,
  _Py_uhash_add,
  _Py_uhash_join,
  _PyArg_NoKeywords,
  _PyArg_CheckPositional,
  _PyEval_GetBuiltin,
} from "./tupleobject.js";
import { PySequence_List } from "./listobject.js";
import { PyDict_CheckExact, _PyDict_Next, _PyDict_Contains_KnownHash } from "./dictobject.js";
import { METH_O, METH_NOARGS, METH_VARARGS, METH_COEXIST } from "./methodobject.js";

const copy_doc = "Return a shallow copy of a set.";
const contains_doc = "x.__contains__(y) <==> y in x.";
const difference_doc = "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)";
const intersection_doc = "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)";
const isdisjoint_doc = "Return True if two sets have a null intersection.";
const issubset_doc = "Report whether another set contains this set.";
const issuperset_doc = "Report whether this set contains another set.";
const reduce_doc = "Return state information for pickling.";
const sizeof_doc = "S.__sizeof__() -> size of S in memory, in bytes";
const symmetric_difference_doc = "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)";
const union_doc = "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)";

const setNumberSlots = { nb_subtract: set_sub, nb_and: set_and, nb_xor: set_xor, nb_or: set_or };
Object.assign(PySet_Type, {
  tp_repr: set_repr,
  tp_hash: PyObject_HashNotImplemented,
  tp_richcompare: set_richcompare,
  tp_iter: set_iter,
  tp_init: set_init,
  tp_new: set_new,
  sq_length: set_len,
  sq_contains: set_contains,
  ...setNumberSlots,
  nb_inplace_subtract: set_isub,
  nb_inplace_and: set_iand,
  nb_inplace_xor: set_ixor,
  nb_inplace_or: set_ior,
  tp_methods: [
    { ml_name: "add", ml_meth: m_add, ml_flags: METH_O, ml_doc: "Add an element to a set.\n\nThis has no effect if the element is already present." },
    { ml_name: "clear", ml_meth: m_clear, ml_flags: METH_NOARGS, ml_doc: "Remove all elements from this set." },
    { ml_name: "__contains__", ml_meth: m_contains, ml_flags: METH_O | METH_COEXIST, ml_doc: contains_doc },
    { ml_name: "copy", ml_meth: m_copy, ml_flags: METH_NOARGS, ml_doc: copy_doc },
    { ml_name: "discard", ml_meth: m_discard, ml_flags: METH_O, ml_doc: "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set." },
    { ml_name: "difference", ml_meth: m_difference, ml_flags: METH_VARARGS, ml_doc: difference_doc },
    { ml_name: "difference_update", ml_meth: m_difference_update, ml_flags: METH_VARARGS, ml_doc: "Remove all elements of another set from this set." },
    { ml_name: "intersection", ml_meth: m_intersection, ml_flags: METH_VARARGS, ml_doc: intersection_doc },
    { ml_name: "intersection_update", ml_meth: m_intersection_update, ml_flags: METH_VARARGS, ml_doc: "Update a set with the intersection of itself and another." },
    { ml_name: "isdisjoint", ml_meth: m_isdisjoint, ml_flags: METH_O, ml_doc: isdisjoint_doc },
    { ml_name: "issubset", ml_meth: m_issubset, ml_flags: METH_O, ml_doc: issubset_doc },
    { ml_name: "issuperset", ml_meth: m_issuperset, ml_flags: METH_O, ml_doc: issuperset_doc },
    { ml_name: "pop", ml_meth: m_pop, ml_flags: METH_NOARGS, ml_doc: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty." },
    { ml_name: "__reduce__", ml_meth: m_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "remove", ml_meth: m_remove, ml_flags: METH_O, ml_doc: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError." },
    { ml_name: "__sizeof__", ml_meth: m_sizeof, ml_flags: METH_NOARGS, ml_doc: sizeof_doc },
    { ml_name: "symmetric_difference", ml_meth: m_symmetric_difference, ml_flags: METH_O, ml_doc: symmetric_difference_doc },
    { ml_name: "symmetric_difference_update", ml_meth: m_symmetric_difference_update, ml_flags: METH_O, ml_doc: "Update a set with the symmetric difference of itself and another." },
    { ml_name: "union", ml_meth: m_union, ml_flags: METH_VARARGS, ml_doc: union_doc },
    { ml_name: "update", ml_meth: m_update, ml_flags: METH_VARARGS, ml_doc: "Update a set with the union of itself and others." },
  ],
});
Object.assign(PyFrozenSet_Type, {
  tp_repr: set_repr,
  tp_hash: frozenset_hash,
  tp_richcompare: set_richcompare,
  tp_iter: set_iter,
  tp_new: frozenset_new,
  sq_length: set_len,
  sq_contains: set_contains,
  ...setNumberSlots,
  tp_methods: [
    { ml_name: "__contains__", ml_meth: m_contains, ml_flags: METH_O | METH_COEXIST, ml_doc: contains_doc },
    { ml_name: "copy", ml_meth: m_frozencopy, ml_flags: METH_NOARGS, ml_doc: copy_doc },
    { ml_name: "difference", ml_meth: m_difference, ml_flags: METH_VARARGS, ml_doc: difference_doc },
    { ml_name: "intersection", ml_meth: m_intersection, ml_flags: METH_VARARGS, ml_doc: intersection_doc },
    { ml_name: "isdisjoint", ml_meth: m_isdisjoint, ml_flags: METH_O, ml_doc: isdisjoint_doc },
    { ml_name: "issubset", ml_meth: m_issubset, ml_flags: METH_O, ml_doc: issubset_doc },
    { ml_name: "issuperset", ml_meth: m_issuperset, ml_flags: METH_O, ml_doc: issuperset_doc },
    { ml_name: "__reduce__", ml_meth: m_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__sizeof__", ml_meth: m_sizeof, ml_flags: METH_NOARGS, ml_doc: sizeof_doc },
    { ml_name: "symmetric_difference", ml_meth: m_symmetric_difference, ml_flags: METH_O, ml_doc: symmetric_difference_doc },
    { ml_name: "union", ml_meth: m_union, ml_flags: METH_VARARGS, ml_doc: union_doc },
  ],
});
Object.assign(PySetIter_Type, {
  tp_iter: (o: PyObject) => o,
  tp_iternext: setiter_iternext,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: setiter_len, ml_flags: METH_NOARGS, ml_doc: "Private method returning an estimate of len(list(it))." },
    { ml_name: "__reduce__", ml_meth: setiter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
  ],
});
