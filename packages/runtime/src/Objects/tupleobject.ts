/**
 * tuple. Items live in a frozen-by-convention JS array.
 * CPython 3.12: Objects/tupleobject.c
 *
 * Also here, because tuple hashing needs them first: the exact 64-bit hash (`_Py_HashExact`) and the small
 * 64-bit arithmetic kit (`_Py_uhash_*`) that tuple, frozenset, slice and range hashes share. A `hashfunc` slot
 * returns a JS number, which is exact only below 2**53; CPython's Py_hash_t has 64 bits, and set iteration
 * order depends on every one of them (the probe sequence shifts the high bits in), so containers that must
 * reproduce CPython's layout ask for the exact value.
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_TUPLE_SUBCLASS, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_HEAPTYPE, Py_EQ, Py_NE } from "./object.js";
import type { PyDictObject } from "./dictobject.js";

/** CPython 3.12: Objects/tupleobject.c (PyTuple_Type) */
export const PyTuple_Type: PyTypeObject = _PyType_NewStatic("tuple", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_SEQUENCE,
  tp_doc:
    "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
});
/** CPython 3.12: Objects/tupleobject.c (PyTupleIter_Type) */
export const PyTupleIter_Type: PyTypeObject = _PyType_NewStatic("tuple_iterator");

/** CPython 3.12: Include/cpython/tupleobject.h */
export class PyTupleObject extends PyBaseObject {
  /** Cached hash (the slot's JS-number form), -1 until computed; only cached when every item's hash is fixed. */
  hash = -1;
  /** Cached exact 64-bit hash, null until computed. */
  hashExact: number | bigint | null = null;
  /** Instance dictionary of tuple subclasses. */
  dict: PyDictObject | null = null;
  constructor(
    type: PyTypeObject,
    public ob_item: PyObject[],
  ) {
    super(type);
  }
}

const empty = new PyTupleObject(PyTuple_Type, []);
/** CPython 3.12: Objects/tupleobject.c (_PyTuple_FromArray); takes ownership of `items`. */
export function _PyTuple_FromArray(items: PyObject[]): PyTupleObject {
  return items.length === 0 ? empty : new PyTupleObject(PyTuple_Type, items);
}
/** CPython 3.12: Objects/tupleobject.c (PyTuple_New), filled from `items`. */
export function PyTuple_New(items: PyObject[] = []): PyTupleObject {
  return _PyTuple_FromArray(items);
}
/** CPython 3.12: Objects/tupleobject.c (PyTuple_Pack) */
export function PyTuple_Pack(...items: PyObject[]): PyTupleObject {
  return _PyTuple_FromArray(items);
}
export function PyTuple_Check(o: PyObject): o is PyTupleObject {
  return typeof o === "object" && (o.ob_type.tp_flags & Py_TPFLAGS_TUPLE_SUBCLASS) !== 0;
}
export function PyTuple_CheckExact(o: PyObject): o is PyTupleObject {
  return typeof o === "object" && o.ob_type === PyTuple_Type;
}
export function PyTuple_GET_SIZE(o: PyObject): number {
  return (o as PyTupleObject).ob_item.length;
}
export function PyTuple_GET_ITEM(o: PyObject, i: number): PyObject {
  return (o as PyTupleObject).ob_item[i];
}
/** CPython 3.12: Objects/tupleobject.c (PyTuple_Size) */
export function PyTuple_Size(o: PyObject): number {
  if (!PyTuple_Check(o)) PyErr_BadInternalCall();
  return o.ob_item.length;
}
/** CPython 3.12: Objects/tupleobject.c (PyTuple_GetItem) */
export function PyTuple_GetItem(o: PyObject, i: number): PyObject {
  if (!PyTuple_Check(o)) PyErr_BadInternalCall();
  if (i < 0 || i >= o.ob_item.length) PyErr_RaiseFormat(PyExc_IndexError, "tuple index out of range");
  return o.ob_item[i];
}
/** CPython 3.12: Objects/tupleobject.c (PyTuple_GetSlice) */
export function PyTuple_GetSlice(o: PyObject, low: number, high: number): PyObject {
  if (!PyTuple_Check(o)) PyErr_BadInternalCall();
  const n = o.ob_item.length;
  if (low < 0) low = 0;
  if (high > n) high = n;
  if (high < low) high = low;
  if (low === 0 && high === n && PyTuple_CheckExact(o)) return o;
  return _PyTuple_FromArray(o.ob_item.slice(low, high));
}

// ---- Exact 64-bit hashing ----

/**
 * 64-bit unsigned arithmetic on (hi, lo) pairs of uint32 numbers, for Py_uhash_t computations without BigInt.
 * Results land in `_Py_uhash.hi` / `_Py_uhash.lo`.
 */
export const _Py_uhash = { hi: 0, lo: 0 };
/** The high 32 bits of the 64-bit product of two uint32s. */
function mulhi32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) >>> 0;
}
/** (ahi:alo) * (bhi:blo) mod 2**64 */
export function _Py_uhash_mul(ahi: number, alo: number, bhi: number, blo: number): void {
  const hi = (mulhi32(alo, blo) + Math.imul(alo, bhi) + Math.imul(ahi, blo)) >>> 0;
  _Py_uhash.lo = Math.imul(alo, blo) >>> 0;
  _Py_uhash.hi = hi;
}
/** (ahi:alo) + (bhi:blo) mod 2**64 */
export function _Py_uhash_add(ahi: number, alo: number, bhi: number, blo: number): void {
  const lo = alo + blo;
  _Py_uhash.hi = (ahi + bhi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  _Py_uhash.lo = lo >>> 0;
}
/** Split a Py_hash_t (number or bigint, two's complement) into `_Py_uhash`. */
export function _Py_uhash_split(h: number | bigint): void {
  if (typeof h === "number") {
    _Py_uhash.lo = h >>> 0;
    _Py_uhash.hi = Math.floor(h / 4294967296) >>> 0;
  } else {
    _Py_uhash.lo = Number(BigInt.asUintN(32, h));
    _Py_uhash.hi = Number(BigInt.asUintN(32, h >> 32n));
  }
}
/** The Py_hash_t (signed) value of (hi:lo): a number when it is a safe integer, else a bigint. */
export function _Py_uhash_join(hi: number, lo: number): number | bigint {
  if (hi < 0x200000) return hi * 4294967296 + lo;
  if (hi >= 0xffe00000 && !(hi === 0xffe00000 && lo === 0)) return (hi - 4294967296) * 4294967296 + lo;
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The exact CPython (64-bit) hash of `o`: a number when it is a safe integer, else a bigint. Equal to
 * PyObject_Hash(o) whenever that is below 2**53 in magnitude.
 */
export function _Py_HashExact(o: PyObject): number | bigint {
  if (typeof o === "number") return o === -1 ? -2 : o;
  if (typeof o === "bigint") return _PyLong_HashExact(o);
  const f = o.ob_type.tp_hash;
  if (f === tuplehash) return tuplehash_exact(o as PyTupleObject);
  if (f === frozenset_hash) return frozenset_hash_exact(o);
  if (f === slice_hash) return slice_hash_exact(o);
  if (f === range_hash) return range_hash_exact(o);
  if (f === PyFloat_Type.tp_hash && PyFloat_Check(o) && !Number.isNaN(o.ob_fval)) return _Py_HashDoubleExact(o.ob_fval);
  const h = PyObject_Hash(o);
  if (h <= MAX_SAFE && h >= -MAX_SAFE) return h;
  // The slot's result went through a double: recompute it exactly where we know how.
  if (f === long_hash) return _PyLong_HashExact(o);
  const exact = exactHashes.get(f as (o: PyObject) => number);
  if (exact !== undefined) return exact(o);
  return BigInt(h);
}
const exactHashes = new Map<(o: PyObject) => number, (o: PyObject) => number | bigint>();
/** Declare `exact` as the exact form of the `tp_hash` function `slot` (both must agree below 2**53). */
export function _Py_RegisterExactHash(slot: (o: PyObject) => number, exact: (o: PyObject) => number | bigint): void {
  exactHashes.set(slot, exact);
}
/** The JS-number form of an exact hash (what a `tp_hash` slot returns). */
export function _Py_HashToNumber(h: number | bigint): number {
  return typeof h === "number" ? h : Number(h);
}

const HASH_MODULUS = (1n << 61n) - 1n;
/** C's frexp: v = m * 2**e with 0.5 <= |m| < 1 (subnormals included). */
const frexpView = new DataView(new ArrayBuffer(8));
function frexp(v: number): [number, number] {
  if (v === 0 || !Number.isFinite(v)) return [v, 0];
  frexpView.setFloat64(0, v);
  const hi = frexpView.getUint32(0);
  const exp = (hi >>> 20) & 0x7ff;
  if (exp === 0) {
    const [m, e] = frexp(v * 2 ** 64);
    return [m, e - 64];
  }
  frexpView.setUint32(0, ((hi & 0x800fffff) | (1022 << 20)) >>> 0);
  return [frexpView.getFloat64(0), exp - 1022];
}
/** CPython 3.12: Python/pyhash.c (_Py_HashDouble), exact; NaN is the caller's business (hashed by identity). */
export function _Py_HashDoubleExact(v: number): number | bigint {
  if (Number.isInteger(v) && Number.isSafeInteger(v)) return v === -1 ? -2 : v + 0;
  if (!Number.isFinite(v)) return v > 0 ? 314159 : -314159;
  let [m, e] = frexp(v);
  let sign = 1n;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & HASH_MODULUS) | (x >> 33n);
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const eb = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << eb) & HASH_MODULUS) | (x >> (61n - eb));
  x = x * sign;
  if (x === -1n) x = -2n;
  return x <= BigInt(MAX_SAFE) && x >= -BigInt(MAX_SAFE) ? Number(x) : x;
}

/** CPython 3.12: Include/internal/pycore_tuple.h (_PyHASH_XXPRIME_*), as (hi, lo) halves. */
const XXPRIME_1_HI = 0x9e3779b1, XXPRIME_1_LO = 0x85ebca87; // 11400714785074694791
const XXPRIME_2_HI = 0xc2b2ae3d, XXPRIME_2_LO = 0x27d4eb4f; // 14029467366897019727
const XXPRIME_5_HI = 0x27d4eb2f, XXPRIME_5_LO = 0x165667c5; // 2870177450012600261

/**
 * The xxHash-based accumulator of CPython's tuplehash (and slice_hash): feed lanes with `_Py_xxh_lane`.
 * CPython 3.12: Objects/tupleobject.c (tuplehash)
 */
const xxh = { hi: 0, lo: 0 };
export function _Py_xxh_init(): void {
  xxh.hi = XXPRIME_5_HI;
  xxh.lo = XXPRIME_5_LO;
}
export function _Py_xxh_lane(h: number | bigint): void {
  _Py_uhash_split(h);
  _Py_uhash_mul(_Py_uhash.hi, _Py_uhash.lo, XXPRIME_2_HI, XXPRIME_2_LO);
  _Py_uhash_add(xxh.hi, xxh.lo, _Py_uhash.hi, _Py_uhash.lo);
  // _PyHASH_XXROTATE: rotate left by 31
  const hi = ((_Py_uhash.hi << 31) | (_Py_uhash.lo >>> 1)) >>> 0;
  const lo = ((_Py_uhash.lo << 31) | (_Py_uhash.hi >>> 1)) >>> 0;
  _Py_uhash_mul(hi, lo, XXPRIME_1_HI, XXPRIME_1_LO);
  xxh.hi = _Py_uhash.hi;
  xxh.lo = _Py_uhash.lo;
}
/** Finish: optionally mix in the length (tuples do, slices do not); (Py_uhash_t)-1 becomes 1546275796. */
export function _Py_xxh_finish(len: number | null): number | bigint {
  if (len !== null) {
    // acc += len ^ (_PyHASH_XXPRIME_5 ^ 3527539UL)
    const k = (XXPRIME_5_LO ^ 3527539) >>> 0;
    _Py_uhash_add(xxh.hi, xxh.lo, XXPRIME_5_HI, (len ^ k) >>> 0);
    xxh.hi = _Py_uhash.hi;
    xxh.lo = _Py_uhash.lo;
  }
  if (xxh.hi === 0xffffffff && xxh.lo === 0xffffffff) return 1546275796;
  return _Py_uhash_join(xxh.hi, xxh.lo);
}

/** Whether a tuple's hash may be cached: every item's hash is a function of an immutable value. */
function hashIsFixed(items: PyObject[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x === "object") {
      if (x.ob_type.tp_flags & Py_TPFLAGS_HEAPTYPE) return false;
      if (x instanceof PyTupleObject && x.hashExact === null) return false;
    }
  }
  return true;
}

/** CPython 3.12: Objects/tupleobject.c (tuplehash), exact. */
function tuplehash_exact(t: PyTupleObject): number | bigint {
  if (t.hashExact !== null) return t.hashExact;
  const items = t.ob_item;
  const lanes: (number | bigint)[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) lanes[i] = _Py_HashExact(items[i]);
  _Py_xxh_init();
  for (let i = 0; i < lanes.length; i++) _Py_xxh_lane(lanes[i]);
  const h = _Py_xxh_finish(items.length);
  if (hashIsFixed(items)) {
    t.hashExact = h;
    t.hash = _Py_HashToNumber(h);
  }
  return h;
}
function tuplehash(o: PyObject): number {
  const t = o as PyTupleObject;
  if (t.hash !== -1) return t.hash;
  return _Py_HashToNumber(tuplehash_exact(t));
}

/** CPython 3.12: Objects/tupleobject.c (tuplerepr), with Py_ReprEnter recursion guarding. */
function tuplerepr(o: PyObject): PyObject {
  const items = (o as PyTupleObject).ob_item;
  if (items.length === 0) return PyUnicode_FromString("()");
  if (!Py_ReprEnter(o)) return PyUnicode_FromString("(...)");
  try {
    const parts = items.map((x) => PyUnicode_AsUTF8(PyObject_Repr(x)));
    return PyUnicode_FromString(items.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`);
  } finally {
    Py_ReprLeave(o);
  }
}

function tuplelength(o: PyObject): number {
  return (o as PyTupleObject).ob_item.length;
}
function tupleitem(o: PyObject, i: number): PyObject {
  const items = (o as PyTupleObject).ob_item;
  if (i < 0 || i >= items.length) PyErr_RaiseFormat(PyExc_IndexError, "tuple index out of range");
  return items[i];
}
function tuplecontains(o: PyObject, v: PyObject): boolean {
  const items = (o as PyTupleObject).ob_item;
  for (let i = 0; i < items.length; i++) if (PyObject_RichCompareBool(items[i], v, Py_EQ)) return true;
  return false;
}
function tupleconcat(a: PyObject, b: PyObject): PyObject {
  if (!PyTuple_Check(b)) {
    PyErr_RaiseFormat(PyExc_TypeError, `can only concatenate tuple (not "${Py_TYPE(b).tp_name}") to tuple`);
  }
  const x = (a as PyTupleObject).ob_item;
  if (b.ob_item.length === 0 && PyTuple_CheckExact(a)) return a;
  if (x.length === 0 && PyTuple_CheckExact(b)) return b;
  return _PyTuple_FromArray(x.concat(b.ob_item));
}
/** CPython 3.12: Objects/tupleobject.c (tuplerepeat) */
function tuplerepeat(a: PyObject, n: number): PyObject {
  const items = (a as PyTupleObject).ob_item;
  if (items.length === 0 || n === 1) {
    if (PyTuple_CheckExact(a)) return a;
  }
  if (items.length === 0 || n <= 0) return empty;
  if (items.length * n > MAX_SEQUENCE) PyErr_NoMemory();
  const out: PyObject[] = new Array(items.length * n);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < items.length; j++) out[k++] = items[j];
  return _PyTuple_FromArray(out);
}
/** The most items a list or tuple may hold here (JS arrays stop at 2**32 - 1). */
export const MAX_SEQUENCE = 0xffffffff;

/** CPython 3.12: Objects/tupleobject.c (tuplerichcompare) */
function tuplerichcompare(v: PyObject, w: PyObject, op: number): PyObject {
  if (!PyTuple_Check(v) || !PyTuple_Check(w)) return Py_NotImplemented;
  const a = v.ob_item;
  const b = w.ob_item;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (!PyObject_RichCompareBool(a[i], b[i], Py_EQ)) break;
  }
  if (i >= a.length || i >= b.length) return compareSizes(a.length - b.length, op);
  if (op === Py_EQ) return Py_False;
  if (op === Py_NE) return Py_True;
  return PyObject_RichCompare(a[i], b[i], op);
}
/** Shared with list: the result of comparing two sequences that are equal up to the shorter length. */
export function compareSizes(c: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c === 0; break;
    case 3: r = c !== 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return r ? Py_True : Py_False;
}

/** CPython 3.12: Objects/tupleobject.c (tuple_new_impl, tuple_subtype_new, tuple_vectorcall) */
function tuple_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (type === PyTuple_Type) _PyArg_NoKeywords("tuple", kwds);
  const argv = (args as PyTupleObject).ob_item;
  _PyArg_CheckPositional("tuple", argv.length, 0, 1);
  if (type !== PyTuple_Type) {
    const items = argv.length === 0 ? [] : _PySequence_ToArray(argv[0]).slice();
    return new PyTupleObject(type, items);
  }
  if (argv.length === 0) return empty;
  return PySequence_Tuple(argv[0]);
}
/** CPython 3.12: Objects/abstract.c (PySequence_Tuple) */
export function PySequence_Tuple(v: PyObject): PyTupleObject {
  if (PyTuple_CheckExact(v)) return v;
  if (typeof v === "object" && v.ob_type === PyList_Type) return _PyTuple_FromArray((v as PyTupleObject).ob_item.slice());
  return _PyTuple_FromArray(_PySequence_ToArray(v).slice());
}

/** CPython 3.12: Objects/tupleobject.c (tuplesubscript) */
function tuplesubscript(self: PyObject, item: PyObject): PyObject {
  const t = self as PyTupleObject;
  if (_PyIndex_Check(item)) {
    let i = PyNumber_AsSsize_t(item, PyExc_IndexError);
    if (i < 0) i += t.ob_item.length;
    return tupleitem(self, i);
  }
  if (PySlice_Check(item)) {
    const s = PySlice_Unpack(item);
    const n = PySlice_AdjustIndices(t.ob_item.length, s, s.step);
    if (n <= 0) return empty;
    if (s.start === 0 && s.step === 1 && n === t.ob_item.length && PyTuple_CheckExact(t)) return t;
    if (s.step === 1) return _PyTuple_FromArray(t.ob_item.slice(s.start, s.start + n));
    const out: PyObject[] = new Array(n);
    for (let cur = s.start, i = 0; i < n; cur += s.step, i++) out[i] = t.ob_item[cur];
    return _PyTuple_FromArray(out);
  }
  PyErr_RaiseFormat(PyExc_TypeError, `tuple indices must be integers or slices, not ${Py_TYPE(item).tp_name}`);
}

/**
 * Argument Clinic's `Py_ssize_t(accept={int, NoneType}, c_default=...)` conversion for index()-style
 * start/stop arguments (CPython: _PyEval_SliceIndexNotNone).
 */
export function _PyEval_SliceIndexNotNone(v: PyObject): number {
  if (_PyIndex_Check(v)) return PyNumber_AsSsize_t(v, null);
  PyErr_RaiseFormat(PyExc_TypeError, "slice indices must be integers or have an __index__ method");
}

/** CPython 3.12: Objects/tupleobject.c (tuple_index_impl) */
function tuple_index(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("index", nargs, 1, 3);
  const items = (self as PyTupleObject).ob_item;
  let start = nargs > 1 ? _PyEval_SliceIndexNotNone(args[1]) : 0;
  let stop = nargs > 2 ? _PyEval_SliceIndexNotNone(args[2]) : MAX_SAFE;
  if (start < 0) {
    start += items.length;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += items.length;
  else if (stop > items.length) stop = items.length;
  for (let i = start; i < stop; i++) {
    if (PyObject_RichCompareBool(items[i], args[0], Py_EQ)) return i;
  }
  PyErr_RaiseFormat(PyExc_ValueError, "tuple.index(x): x not in tuple");
}
/** CPython 3.12: Objects/tupleobject.c (tuple_count) */
function tuple_count(self: PyObject | null, value: PyObject): PyObject {
  const items = (self as PyTupleObject).ob_item;
  let count = 0;
  for (let i = 0; i < items.length; i++) if (PyObject_RichCompareBool(items[i], value, Py_EQ)) count++;
  return count;
}

// ---- Argument checks shared by the container types (CPython: Python/getargs.c) ----

/** CPython 3.12: Python/getargs.c (_PyArg_CheckPositional) */
export function _PyArg_CheckPositional(name: string, nargs: number, min: number, max: number): void {
  if (nargs < min) {
    PyErr_RaiseFormat(PyExc_TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${nargs}`);
  }
  if (nargs > max) {
    PyErr_RaiseFormat(PyExc_TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${nargs}`);
  }
}
/** CPython 3.12: Python/getargs.c (_PyArg_NoKeywords): `kwds` is a dict or null. */
export function _PyArg_NoKeywords(name: string, kwds: PyObject | null): void {
  if (kwds !== null && (kwds as PyDictObject).size !== 0) {
    PyErr_RaiseFormat(PyExc_TypeError, `${name}() takes no keyword arguments`);
  }
}
/** CPython 3.12: Python/getargs.c (_PyArg_NoKwnames): `kwnames` is a tuple or null. */
export function _PyArg_NoKwnames(name: string, kwnames: PyObject | null): void {
  if (kwnames !== null && (kwnames as PyTupleObject).ob_item.length !== 0) {
    PyErr_RaiseFormat(PyExc_TypeError, `${name}() takes no keyword arguments`);
  }
}
/**
 * CPython 3.12: Python/getargs.c (_PyArg_UnpackKeywords) for a vectorcall argument window: `names` are the
 * parameters in order, the first `posonly` positional-only, at most `maxpos` positional, the first `minpos`
 * required; those after `maxpos` are keyword-only. Returns one slot per name (undefined when not given).
 */
export function _PyArg_UnpackKeywords(
  fname: string,
  args: readonly PyObject[],
  nargs: number,
  kwnames: PyObject | null,
  names: readonly string[],
  posonly: number,
  minpos: number,
  maxpos: number,
): (PyObject | undefined)[] {
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  const kw = kwnames === null ? [] : (kwnames as PyTupleObject).ob_item;
  const nkw = kw.length;
  const maxargs = names.length;
  const f = `${fname}()`;
  if (nargs + nkw > maxargs) {
    PyErr_RaiseFormat(PyExc_TypeError, `${f} takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${maxargs === 1 ? "" : "s"} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) PyErr_RaiseFormat(PyExc_TypeError, `${f} takes no positional arguments`);
    PyErr_RaiseFormat(PyExc_TypeError, `${f} takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${maxpos === 1 ? "" : "s"} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    PyErr_RaiseFormat(PyExc_TypeError, `${f} takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${minposonly === 1 ? "" : "s"} (${nargs} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  const used = new Array(nkw).fill(false);
  for (let i = posonly; i < maxargs; i++) {
    if (i < nargs) continue;
    for (let j = 0; j < nkw; j++) {
      if ((kw[j] as PyUnicodeObject).value === names[i]) {
        out[i] = args[nargs + j];
        used[j] = true;
        break;
      }
    }
    if (out[i] === undefined && i < minpos) {
      PyErr_RaiseFormat(PyExc_TypeError, `${f} missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  for (let j = 0; j < nkw; j++) {
    if (used[j]) continue;
    const k = kw[j] as PyUnicodeObject;
    for (let i = posonly; i < nargs; i++) {
      if (names[i] === k.value) {
        PyErr_RaiseFormat(PyExc_TypeError, `argument for ${f} given by name ('${k.value}') and position (${i + 1})`);
      }
    }
    PyErr_RaiseFormat(PyExc_TypeError, `'${k.value}' is an invalid keyword argument for ${f}`);
  }
  return out;
}

/** CPython 3.12: Objects/iterobject.c-style helper: the builtins' `iter` (for __reduce__ results). */
export function _PyEval_GetBuiltin(name: string): PyObject {
  const v = PyDict_GetItemWithError(_PyThreadState_GET().interp.builtins, _Py_ID(name));
  if (v === undefined) PyErr_RaiseFormat(PyExc_AttributeError, name);
  return v;
}

// ---- tuple_iterator ----

/** CPython 3.12: Include/internal/pycore_tuple.h (_PyTupleIterObject) */
export class PyTupleIterObject extends PyBaseObject {
  it_index = 0;
  constructor(public it_seq: PyTupleObject | null) {
    super(PyTupleIter_Type);
  }
}
function tuple_iter(o: PyObject): PyObject {
  return new PyTupleIterObject(o as PyTupleObject);
}
function tupleiter_next(o: PyObject): PyObject | undefined {
  const it = o as PyTupleIterObject;
  const seq = it.it_seq;
  if (seq === null) return undefined;
  if (it.it_index < seq.ob_item.length) return seq.ob_item[it.it_index++];
  it.it_seq = null;
  return undefined;
}
function tupleiter_len(self: PyObject | null): PyObject {
  const it = self as PyTupleIterObject;
  return it.it_seq === null ? 0 : it.it_seq.ob_item.length - it.it_index;
}
function tupleiter_reduce(self: PyObject | null): PyObject {
  const it = self as PyTupleIterObject;
  const iter = _PyEval_GetBuiltin("iter");
  if (it.it_seq !== null) return _PyTuple_FromArray([iter, _PyTuple_FromArray([it.it_seq]), it.it_index]);
  return _PyTuple_FromArray([iter, _PyTuple_FromArray([empty])]);
}
function tupleiter_setstate(self: PyObject | null, state: PyObject): PyObject {
  const it = self as PyTupleIterObject;
  let index = PyNumber_AsSsize_t(state, null);
  if (it.it_seq !== null) {
    if (index < 0) index = 0;
    else if (index > it.it_seq.ob_item.length) index = it.it_seq.ob_item.length;
    it.it_index = index;
  }
  return Py_None;
}
/** The `__length_hint__`/`__reduce__`/`__setstate__` docs shared by the iterators. */
export const length_hint_doc = "Private method returning an estimate of len(list(it)).";
export const reduce_doc = "Return state information for pickling.";
export const setstate_doc = "Set state information for unpickling.";

import { PyUnicode_FromString, PyUnicode_AsUTF8, PyUnicodeObject, _Py_ID } from "./unicodeobject.js";
import { PyObject_Repr, PyObject_Hash, PyObject_RichCompareBool, PyObject_RichCompare, Py_ReprEnter, Py_ReprLeave, _PySequence_ToArray, _PyIndex_Check, PyNumber_AsSsize_t } from "./abstract.js";
import { PyErr_RaiseFormat, PyErr_NoMemory } from "../Python/errors.js";
import { PyExc_SystemError } from "./exceptions.js";
function PyErr_BadInternalCall(): never {
  PyErr_RaiseFormat(PyExc_SystemError, "bad argument to internal function");
}
import { PyExc_IndexError, PyExc_TypeError, PyExc_ValueError, PyExc_AttributeError } from "./exceptions.js";
import { Py_NotImplemented, Py_None } from "./noneobject.js";
import { Py_True, Py_False, long_hash, _PyLong_HashExact } from "./longobject.js";
import { PyFloat_Type, PyFloat_Check } from "./floatobject.js";
import { PySlice_Check, PySlice_Unpack, PySlice_AdjustIndices, slice_hash, slice_hash_exact } from "./sliceobject.js";
import { frozenset_hash, frozenset_hash_exact } from "./setobject.js";
import { range_hash, range_hash_exact } from "./rangeobject.js";
import { PyList_Type } from "./listobject.js";
import { PyDict_GetItemWithError } from "./dictobject.js";
import { _PyThreadState_GET } from "../pystate.js";
import { METH_O, METH_NOARGS, METH_FASTCALL } from "./methodobject.js";

Object.assign(PyTuple_Type, {
  tp_repr: tuplerepr,
  tp_hash: tuplehash,
  tp_richcompare: tuplerichcompare,
  tp_new: tuple_new,
  tp_iter: tuple_iter,
  sq_length: tuplelength,
  sq_item: tupleitem,
  sq_contains: tuplecontains,
  sq_concat: tupleconcat,
  sq_repeat: tuplerepeat,
  mp_length: tuplelength,
  mp_subscript: tuplesubscript,
  tp_methods: [
    { ml_name: "__getnewargs__", ml_meth: (self: PyObject) => _PyTuple_FromArray([_PyTuple_FromArray((self as PyTupleObject).ob_item.slice())]), ml_flags: METH_NOARGS },
    { ml_name: "index", ml_meth: tuple_index, ml_flags: METH_FASTCALL, ml_doc: "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { ml_name: "count", ml_meth: tuple_count, ml_flags: METH_O, ml_doc: "Return number of occurrences of value." },
  ],
});
Object.assign(PyTupleIter_Type, {
  tp_iter: (o: PyObject) => o,
  tp_iternext: tupleiter_next,
  tp_methods: [
    { ml_name: "__length_hint__", ml_meth: tupleiter_len, ml_flags: METH_NOARGS, ml_doc: length_hint_doc },
    { ml_name: "__reduce__", ml_meth: tupleiter_reduce, ml_flags: METH_NOARGS, ml_doc: reduce_doc },
    { ml_name: "__setstate__", ml_meth: tupleiter_setstate, ml_flags: METH_O, ml_doc: setstate_doc },
  ],
});
