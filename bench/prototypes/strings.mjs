#!/usr/bin/env node
// Prototype: str as a boxed object vs a raw JS string, seen from attribute/dict lookup (docs/design.md, "Values").
//
//   boxed + dict      str = {ob_type, value, hash (cached), _length}; a CPython-layout dict (dictobject.ts:
//                     Int32Array index table, parallel key/value/hash arrays, perturbed probing, identity check
//                     first, then cached-hash match and string compare)                                 (Typhon's choice)
//   boxed + Map       str boxed, but str-keyed dicts are a JS Map keyed by the JS string inside
//   raw + Map         str = JS string; dicts are a JS Map keyed by it
//   raw + dict        str = JS string; CPython-layout dict, so the str hash is recomputed at every lookup (a
//                     primitive string has nowhere to cache it)
//
// An 8-attribute instance `__dict__`; every iteration looks one of the 8 names up, cycling. "interned": the key is
// the very object the dict was filled with (LOAD_ATTR's co_names entry, interned, as STORE_ATTR's was);
// "equal": an equal but distinct str made at run time (getattr(o, "na" + "me")); "miss": a name not in the dict
// (a method looked up through the instance dict first). Also the cost of making a str: `s + t` of two short strs.
// Each variant runs in 3 fresh node processes (PROCS=...); the table shows the median of their min-of-5 times.
// Usage: node bench/prototypes/strings.mjs      (CPython rows need `python3` 3.12; PYTHON=... overrides)

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// ---------------------------------------------------------------- harness (same in every prototype)
const SELF = fileURLToPath(import.meta.url);
/** ns per op: 3 warm-up runs, then the minimum of 5 timed runs; every result goes through `check`. */
function timeit(fn, ops, check) {
  for (let i = 0; i < 3; i++) check(fn());
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    const v = fn();
    const dt = Number(process.hrtime.bigint() - t0);
    check(v);
    best = Math.min(best, dt / ops);
  }
  return best;
}
function child(variant, flags = []) {
  const r = spawnSync(process.execPath, [...flags, SELF, variant], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`variant ${variant} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}
/** `child` in `procs` fresh processes; each field is the median of the processes' results (V8's tiering varies). */
function childMedian(variant, flags = [], procs = Number(process.env.PROCS ?? 3)) {
  const runs = Array.from({ length: procs }, () => child(variant, flags));
  const out = {};
  for (const k of Object.keys(runs[0])) out[k] = runs.map((r) => r[k]).sort((a, b) => a - b)[procs >> 1];
  return out;
}
const PY = process.env.PYTHON ?? "python3";
const PYENV = { ...process.env, PYENV_VERSION: process.env.PYENV_VERSION ?? "3.12.1" };
function cpythonVersion() {
  const r = spawnSync(PY, ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8", env: PYENV });
  return r.status === 0 ? r.stdout.trim() : null;
}
/** `python3 -m timeit -s setup stmt` (best of 5), in ns per inner operation. */
function cpythonTimeit(setup, stmt, inner = 1) {
  const r = spawnSync(PY, ["-m", "timeit", "-s", setup, stmt], { encoding: "utf8", env: PYENV });
  const m = /best of \d+: ([\d.]+) (nsec|usec|msec|sec) per loop/.exec(r.stdout);
  if (!m) return NaN;
  return (Number(m[1]) * { nsec: 1, usec: 1e3, msec: 1e6, sec: 1e9 }[m[2]]) / inner;
}
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");
function table(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => "| " + r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join(" | ") + " |";
  console.log(line(head));
  console.log("|" + w.map((n, i) => (i === 0 ? "-".repeat(n + 2) : "-".repeat(n + 1) + ":")).join("|") + "|");
  for (const r of rows) console.log(line(r));
  console.log();
}
// ---------------------------------------------------------------- str and dict, cut down from the runtime

class PyBaseObject {
  constructor(t) {
    this.ob_type = t;
  }
}
const StrType = { tp_name: "str" };
/** unicodeobject.ts's PyUnicodeObject. */
class PyUnicodeObject extends PyBaseObject {
  constructor(value) {
    super(StrType);
    this.hash = -1;
    this._length = -1;
    this.value = value;
  }
}
/** unicodeobject.ts's str hash (FNV-1a over UTF-16 units, mixed to 53 bits), on a JS string. */
function hashString(s) {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h1 >>> 15);
  }
  let h = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
  if (h >= 2 ** 52) h -= 2 ** 53;
  return h === -1 ? -2 : h;
}
/** unicode_hash: computed once, cached on the object. */
function unicode_hash(u) {
  let h = u.hash;
  if (h !== -1) return h;
  h = hashString(u.value);
  u.hash = h;
  return h;
}
/** PyObject_Hash's path for a str key (the dispatch through tp_hash reduced to its str case). */
function PyObject_Hash(o) {
  if (typeof o === "object" && o.ob_type === StrType) return unicode_hash(o);
  if (typeof o === "string") return hashString(o);
  throw new Error("not in this prototype");
}
function keysEqual(k, key) {
  // dictobject.ts: same object, or both exact str with equal text (the general case is PyObject_RichCompareBool).
  if (typeof k === "object" && typeof key === "object") return k.ob_type === StrType && key.ob_type === StrType && k.value === key.value;
  return k === key;
}
const DKIX_EMPTY = -1;
/** dictobject.ts's PyDictObject: lookup and insert as there. */
class PyDictObject extends PyBaseObject {
  constructor() {
    super({ tp_name: "dict" });
    this.size = 0;
    this.indices = new Int32Array(8).fill(DKIX_EMPTY);
    this.ma_keys = [];
    this.ma_values = [];
    this.ma_hashes = [];
  }
  lookup(key, hash) {
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
        if (this.ma_hashes[ix] === hash && keysEqual(k, key)) return ix;
      }
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + perturb + 1) & mask;
    }
  }
  findEmptySlot(hash) {
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
  resize(minsize) {
    let n = 8;
    while (n < minsize) n *= 2;
    this.indices = new Int32Array(n).fill(DKIX_EMPTY);
    for (let ix = 0; ix < this.ma_keys.length; ix++) this.indices[this.findEmptySlot(this.ma_hashes[ix])] = ix;
  }
  insert(key, hash, value) {
    const ix = this.lookup(key, hash);
    if (ix >= 0) {
      this.ma_values[ix] = value;
      return;
    }
    if ((this.ma_keys.length + 1) * 3 >= this.indices.length * 2) this.resize((this.size + 1) * 3);
    const n = this.ma_keys.length;
    this.ma_keys.push(key);
    this.ma_values.push(value);
    this.ma_hashes.push(hash);
    this.indices[this.findEmptySlot(hash)] = n;
    this.size++;
  }
}
/** PyDict_GetItemWithError: `undefined` when absent. */
function PyDict_GetItemWithError(d, key) {
  const ix = d.lookup(key, PyObject_Hash(key));
  return ix < 0 ? undefined : d.ma_values[ix];
}

// ---------------------------------------------------------------- the variants

const NAMES = ["x", "y", "name", "value", "count", "parent", "children", "data"];
const MISSING = ["append", "keys", "update", "items", "get", "pop", "copy", "clear"];
/** A string equal to `s` but built at run time (a distinct, flat, non-internalized JS string). */
const fresh = (s) => (s.length === 1 ? String.fromCharCode(s.charCodeAt(0)) : (s.slice(0, 1) + s.slice(1)).split("").join(""));
const intern = new Map();
const internStr = (s) => {
  let o = intern.get(s);
  if (o === undefined) intern.set(s, (o = new PyUnicodeObject(s)));
  return o;
};

const VARIANTS = {
  "boxed+dict": () => {
    const d = new PyDictObject();
    NAMES.forEach((n, i) => d.insert(internStr(n), PyObject_Hash(internStr(n)), i + 1));
    return {
      get: (k) => PyDict_GetItemWithError(d, k),
      interned: NAMES.map(internStr),
      equal: NAMES.map((n) => new PyUnicodeObject(fresh(n))),
      miss: MISSING.map(internStr),
      concat: (a, b) => new PyUnicodeObject(a.value + b.value),
      strs: [new PyUnicodeObject("spam"), new PyUnicodeObject("eggs")],
      len: (s) => s.value.length,
    };
  },
  "boxed+Map": () => {
    const m = new Map();
    NAMES.forEach((n, i) => m.set(internStr(n).value, i + 1));
    return {
      get: (k) => m.get(k.value),
      interned: NAMES.map(internStr),
      equal: NAMES.map((n) => new PyUnicodeObject(fresh(n))),
      miss: MISSING.map(internStr),
      concat: (a, b) => new PyUnicodeObject(a.value + b.value),
      strs: [new PyUnicodeObject("spam"), new PyUnicodeObject("eggs")],
      len: (s) => s.value.length,
    };
  },
  "raw+Map": () => {
    const m = new Map();
    NAMES.forEach((n, i) => m.set(n, i + 1));
    return {
      get: (k) => m.get(k),
      interned: NAMES.slice(),
      equal: NAMES.map(fresh),
      miss: MISSING.slice(),
      concat: (a, b) => a + b,
      strs: [fresh("spam"), fresh("eggs")],
      len: (s) => s.length,
    };
  },
  "raw+dict": () => {
    const d = new PyDictObject();
    NAMES.forEach((n, i) => d.insert(n, PyObject_Hash(n), i + 1));
    return {
      get: (k) => PyDict_GetItemWithError(d, k),
      interned: NAMES.slice(),
      equal: NAMES.map(fresh),
      miss: MISSING.slice(),
      concat: (a, b) => a + b,
      strs: [fresh("spam"), fresh("eggs")],
      len: (s) => s.length,
    };
  },
};

const N = 20_000_000;
const sink = new Array(256).fill(null);
function run(variant) {
  const V = VARIANTS[variant]();
  const get = V.get;
  const loop = (keys) => {
    let c = 0;
    for (let i = 0; i < N; i++) {
      const v = get(keys[i & 7]);
      if (v !== undefined) c += v;
    }
    return c;
  };
  const hitSum = (N / 8) * 36;
  const res = {};
  for (const kind of ["interned", "equal", "miss"]) {
    const keys = V[kind];
    res[kind] = timeit(() => loop(keys), N, (c) => {
      if (c !== (kind === "miss" ? 0 : hitSum)) throw new Error(`${variant} ${kind}: ${c}`);
    });
  }
  const [a, b] = V.strs;
  const concat = V.concat;
  const len = V.len;
  const M = 10_000_000;
  res.concat = timeit(
    () => {
      let n = 0;
      for (let i = 0; i < M; i++) {
        const r = concat(i & 1 ? a : b, a);
        sink[i & 255] = r; // the new str escapes, as a Python value stored anywhere does
        n += len(r);
      }
      return n;
    },
    M,
    (n) => {
      if (n !== M * 8) throw new Error("concat");
    },
  );
  return res;
}

function main() {
  const vs = Object.keys(VARIANTS);
  const res = {};
  for (const v of vs) res[v] = childMedian(v);
  const pyv = cpythonVersion();
  const py = {};
  if (pyv) {
    const setup = `class C: pass\no = C()\nfor n in ${JSON.stringify(NAMES)}: setattr(o, n, 1)\nd = o.__dict__\nk = ''.join(['na', 'me'])\ns, t = 'spam', ''.join(['eg', 'gs'])`;
    py.interned = cpythonTimeit(setup, "'name' in d");
    py.equal = cpythonTimeit(setup, "k in d");
    py.miss = cpythonTimeit(setup, "'keys' in d");
    py.attr = cpythonTimeit(setup, "o.name");
    py.concat = cpythonTimeit(setup, "s + t");
    py.empty = cpythonTimeit(setup, "d");
  }
  console.log(`Node ${process.version} (V8 ${process.versions.v8}); CPython: ${pyv ?? "not found"}`);
  console.log(`\nns per lookup in an 8-name attribute dict, and per \`s + t\` (min of 5 after warm-up)\n`);
  const name = {
    "boxed+dict": "boxed str + CPython-layout dict (chosen)",
    "boxed+Map": "boxed str + Map keyed by .value",
    "raw+Map": "JS string + Map",
    "raw+dict": "JS string + CPython-layout dict (hash per lookup)",
  };
  table(
    ["representation", "hit, interned key", "hit, equal key", "miss", "s + t"],
    vs.map((v) => [name[v], fmt(res[v].interned), fmt(res[v].equal), fmt(res[v].miss), fmt(res[v].concat)]),
  );
  if (pyv) {
    table(
      [`CPython ${pyv} (python3 -m timeit, raw per-statement time)`, "ns"],
      [
        ["'name' in d (interned constant key)", fmt(py.interned)],
        ["k in d (k = ''.join(['na', 'me']))", fmt(py.equal)],
        ["'keys' in d (miss)", fmt(py.miss)],
        ["o.name (LOAD_ATTR_INSTANCE_VALUE: no dict lookup)", fmt(py.attr)],
        ["s + t", fmt(py.concat)],
        ["d (the statement overhead alone)", fmt(py.empty)],
      ],
    );
  }
}

const arg = process.argv[2];
if (arg === undefined) main();
else console.log(JSON.stringify(run(arg)));
