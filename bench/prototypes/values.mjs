#!/usr/bin/env node
// Prototype: how to represent Python int and float in JS (docs/design.md, "Values").
//
//   A  int = JS number while |v| <= 2**53-1, JS bigint beyond; float, str boxed        (Typhon's choice)
//   B  every value boxed: int = {ob_type, long_value} (small-int cache -5..256, as CPython)
//   C  int = JS bigint always; float, str boxed
//   D  float = JS number; int boxed as in B                                             (the mirror image of A)
//
// Loops ("sum": `for i in range(N): t = t + i`; "fsum": `for _ in range(N): t = t + 0.5`) go through a
// CPython-shaped PyNumber_Add: Py_TYPE(v).nb_add / Py_TYPE(w).nb_add, NotImplemented protocol. Column "slot" is that
// dispatch alone, column "fast" adds the inline exact-type fast path PyNumber_Add has in abstract.ts (and its
// equivalent for each representation). Before timing, every add site is fed int, big int, float, int+float and str
// operands so the sites are polymorphic, as in a real VM. Each variant runs in 3 fresh node processes (PROCS=...);
// the table shows the median of their min-of-5 times.
// Memory: heapUsed delta (after gc) of a 1M-element JS array built by push, per element; CPython: tracemalloc and
// sys.getsizeof for the same lists.
//
// Usage: node bench/prototypes/values.mjs        (CPython rows need `python3` 3.12; PYTHON=... overrides)

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
// ---------------------------------------------------------------- the object model, cut down

class PyBaseObject {
  constructor(t) {
    this.ob_type = t;
  }
}
class PyTypeObject extends PyBaseObject {
  constructor(name) {
    super(null);
    this.tp_name = name;
    this.nb_add = null;
  }
}
class PyLongObject extends PyBaseObject {
  constructor(t, v) {
    super(t);
    this.long_value = v;
  }
}
class PyFloatObject extends PyBaseObject {
  constructor(t, v) {
    super(t);
    this.ob_fval = v;
  }
}
class PyUnicodeObject extends PyBaseObject {
  constructor(t, v) {
    super(t);
    this.value = v;
    this.hash = -1;
  }
}
const IntType = new PyTypeObject("int");
const FloatType = new PyTypeObject("float");
const StrType = new PyTypeObject("str");
const NotImplemented = new PyBaseObject(new PyTypeObject("NotImplementedType"));
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const BIG_MAX_SAFE = BigInt(MAX_SAFE);
const normBig = (b) => (b <= BIG_MAX_SAFE && b >= -BIG_MAX_SAFE ? Number(b) : b);

// str is boxed in every variant (only its add is needed, to make the add sites polymorphic).
function str_add(a, b) {
  if (typeof a !== "object" || typeof b !== "object" || a.ob_type !== StrType || b.ob_type !== StrType) return NotImplemented;
  return new PyUnicodeObject(StrType, a.value + b.value);
}

// ---- A: int = number | bigint (Typhon) ----
function Py_TYPE_A(o) {
  return typeof o === "object" ? o.ob_type : IntType;
}
function long_add_A(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    return r <= MAX_SAFE && r >= -MAX_SAFE ? r : normBig(BigInt(a) + BigInt(b));
  }
  if (typeof a === "object" || typeof b === "object") return NotImplemented;
  return normBig(BigInt(a) + BigInt(b));
}
function toDouble_A(o) {
  if (typeof o === "number") return o;
  if (typeof o === "bigint") return Number(o);
  return o.ob_type === FloatType ? o.ob_fval : null;
}
function float_add_A(a, b) {
  const x = toDouble_A(a);
  const y = toDouble_A(b);
  if (x === null || y === null) return NotImplemented;
  return new PyFloatObject(FloatType, x + y);
}

// ---- B: everything boxed ----
const SMALL_B = [];
for (let i = -5; i <= 256; i++) SMALL_B.push(new PyLongObject(IntType, i));
function int_B(v) {
  if (typeof v === "number" && v >= -5 && v <= 256) return SMALL_B[v + 5];
  return new PyLongObject(IntType, typeof v === "bigint" ? normBig(v) : v);
}
function Py_TYPE_B(o) {
  return o.ob_type;
}
function long_add_B(a, b) {
  if (a.ob_type !== IntType || b.ob_type !== IntType) return NotImplemented;
  const x = a.long_value;
  const y = b.long_value;
  if (typeof x === "number" && typeof y === "number") {
    const r = x + y;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return int_B(r);
  }
  return int_B(BigInt(x) + BigInt(y));
}
function toDouble_B(o) {
  if (o.ob_type === FloatType) return o.ob_fval;
  return o.ob_type === IntType ? Number(o.long_value) : null;
}
function float_add_B(a, b) {
  const x = toDouble_B(a);
  const y = toDouble_B(b);
  if (x === null || y === null) return NotImplemented;
  return new PyFloatObject(FloatType, x + y);
}

// ---- C: int = bigint always ----
function Py_TYPE_C(o) {
  return typeof o === "bigint" ? IntType : o.ob_type;
}
function long_add_C(a, b) {
  if (typeof a !== "bigint" || typeof b !== "bigint") return NotImplemented;
  return a + b;
}
function toDouble_C(o) {
  if (typeof o === "bigint") return Number(o);
  return o.ob_type === FloatType ? o.ob_fval : null;
}
function float_add_C(a, b) {
  const x = toDouble_C(a);
  const y = toDouble_C(b);
  if (x === null || y === null) return NotImplemented;
  return new PyFloatObject(FloatType, x + y);
}

// ---- D: float = number, int boxed ----
function Py_TYPE_D(o) {
  return typeof o === "number" ? FloatType : o.ob_type;
}
function long_add_D(a, b) {
  if (typeof a === "number" || typeof b === "number" || a.ob_type !== IntType || b.ob_type !== IntType) return NotImplemented;
  const x = a.long_value;
  const y = b.long_value;
  if (typeof x === "number" && typeof y === "number") {
    const r = x + y;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return int_B(r);
  }
  return int_B(BigInt(x) + BigInt(y));
}
function toDouble_D(o) {
  if (typeof o === "number") return o;
  return o.ob_type === IntType ? Number(o.long_value) : null;
}
function float_add_D(a, b) {
  const x = toDouble_D(a);
  const y = toDouble_D(b);
  if (x === null || y === null) return NotImplemented;
  return x + y;
}

const INRANGE = "r <= 9007199254740991 && r >= -9007199254740991";
const REPRS = {
  A: {
    Py_TYPE: Py_TYPE_A, long_add: long_add_A, float_add: float_add_A,
    int: (v) => (typeof v === "bigint" ? normBig(v) : v), float: (x) => new PyFloatObject(FloatType, x),
    fastInt: `if (typeof v === "number" && typeof w === "number") { const r = v + w; if (${INRANGE}) return r; }`,
    fastFloat: `if (typeof v === "object" && typeof w === "object" && v.ob_type === FT && w.ob_type === FT) return new PFO(FT, v.ob_fval + w.ob_fval);`,
  },
  B: {
    Py_TYPE: Py_TYPE_B, long_add: long_add_B, float_add: float_add_B, int: int_B, float: (x) => new PyFloatObject(FloatType, x),
    fastInt: `if (v.ob_type === IT && w.ob_type === IT) { const x = v.long_value, y = w.long_value;
      if (typeof x === "number" && typeof y === "number") { const r = x + y; if (${INRANGE}) return int(r); } }`,
    fastFloat: `if (v.ob_type === FT && w.ob_type === FT) return new PFO(FT, v.ob_fval + w.ob_fval);`,
  },
  C: {
    Py_TYPE: Py_TYPE_C, long_add: long_add_C, float_add: float_add_C, int: (v) => BigInt(v), float: (x) => new PyFloatObject(FloatType, x),
    fastInt: `if (typeof v === "bigint" && typeof w === "bigint") return v + w;`,
    fastFloat: `if (typeof v === "object" && typeof w === "object" && v.ob_type === FT && w.ob_type === FT) return new PFO(FT, v.ob_fval + w.ob_fval);`,
  },
  D: {
    Py_TYPE: Py_TYPE_D, long_add: long_add_D, float_add: float_add_D, int: int_B, float: (x) => x,
    fastInt: `if (typeof v === "object" && typeof w === "object" && v.ob_type === IT && w.ob_type === IT) { const x = v.long_value, y = w.long_value;
      if (typeof x === "number" && typeof y === "number") { const r = x + y; if (${INRANGE}) return int(r); } }`,
    fastFloat: `if (typeof v === "number" && typeof w === "number") return v + w;`,
  },
};

/**
 * CPython's binary_op1 (without the subclass rule) behind PyNumber_Add, with `fastSrc` (the representation's inline
 * fast path, or nothing) pasted at the top. Generated so the fast path is inline code, not a call.
 */
function buildAdd(R, fastSrc) {
  return new Function("Py_TYPE", "NotImplemented", "IT", "FT", "PFO", "int",
    `return function PyNumber_Add(v, w) {
      ${fastSrc}
      const vt = Py_TYPE(v);
      const wt = Py_TYPE(w);
      const slotv = vt.nb_add;
      let slotw = vt !== wt ? wt.nb_add : null;
      if (slotw === slotv) slotw = null;
      if (slotv !== null) { const x = slotv(v, w); if (x !== NotImplemented) return x; }
      if (slotw !== null) { const x = slotw(v, w); if (x !== NotImplemented) return x; }
      throw new TypeError("unsupported operand type(s) for +");
    }`)(R.Py_TYPE, NotImplemented, IntType, FloatType, PyFloatObject, R.int);
}

function IndexError() {
  return new Error("IndexError: list index out of range");
}
/** list_subscript for each representation: index conversion, negative index, bounds. */
const SUBSCRIPT = {
  A(l, i) {
    const items = l.ob_item;
    if (typeof i === "number") {
      if (i < 0) i += items.length;
      if (i >= 0 && i < items.length) return items[i];
      throw IndexError();
    }
    throw IndexError(); // bigint (cannot fit 'int' into an index-sized integer) or __index__: not timed
  },
  B(l, i) {
    const items = l.ob_item;
    if (i.ob_type === IntType) {
      let v = i.long_value;
      if (typeof v === "number") {
        if (v < 0) v += items.length;
        if (v >= 0 && v < items.length) return items[v];
      }
    }
    throw IndexError();
  },
  C(l, i) {
    const items = l.ob_item;
    if (typeof i === "bigint") {
      if (i <= BIG_MAX_SAFE && i >= -BIG_MAX_SAFE) {
        let v = Number(i);
        if (v < 0) v += items.length;
        if (v >= 0 && v < items.length) return items[v];
      }
    }
    throw IndexError();
  },
  D(l, i) {
    const items = l.ob_item;
    if (typeof i === "object" && i.ob_type === IntType) {
      let v = i.long_value;
      if (typeof v === "number") {
        if (v < 0) v += items.length;
        if (v >= 0 && v < items.length) return items[v];
      }
    }
    throw IndexError();
  },
};

/** Feed the add site every kind of operand it sees in a real program. */
function pollute(R, add) {
  const s1 = new PyUnicodeObject(StrType, "a");
  const pairs = [
    [R.int(3), R.int(4)],
    [R.int(2n ** 60n), R.int(5)],
    [R.float(1.5), R.float(2.5)],
    [R.int(7), R.float(0.5)],
    [R.float(0.5), R.int(7)],
    [s1, s1],
  ];
  let n = 0;
  for (let i = 0; i < 20000; i++) for (const [a, b] of pairs) if (add(a, b) !== null) n++;
  return n;
}

const N = 10_000_000;
const asNumber = (o) => (typeof o === "number" ? o : typeof o === "bigint" ? Number(o) : o.ob_type === IntType ? Number(o.long_value) : o.ob_fval);

function runTiming(repr, which) {
  const R = REPRS[repr];
  IntType.nb_add = R.long_add;
  FloatType.nb_add = R.float_add;
  StrType.nb_add = str_add;
  const add = buildAdd(R, which === "fast" ? `${R.fastInt}\n${R.fastFloat}` : "");
  pollute(R, add);
  const intv = R.int;
  let sum;
  if (repr === "A") {
    sum = () => {
      let t = 0;
      for (let i = 0; i < N; i++) t = add(t, i); // range() hands out plain numbers
      return t;
    };
  } else {
    sum = () => {
      let t = intv(0);
      for (let i = 0; i < N; i++) t = add(t, intv(i)); // range() makes the int object
      return t;
    };
  }
  const half = R.float(0.5);
  const fsum = () => {
    let t = R.float(0);
    for (let i = 0; i < N; i++) t = add(t, half);
    return t;
  };
  const one = intv(1);
  const count = () => {
    let t = intv(0);
    for (let i = 0; i < N; i++) t = add(t, one);
    return t;
  };
  // `lst[i]` (list_subscript -> PyNumber_AsSsize_t): the int object must become a JS array index.
  const subscript = SUBSCRIPT[repr];
  const items = [];
  for (let i = 0; i < 1024; i++) items.push(i & 1 ? R.float(i) : intv(i));
  const lst = { ob_item: items };
  const idx = [];
  for (let i = 0; i < 1024; i++) idx.push(intv(i));
  const index = () => {
    let c = 0;
    let x = null;
    for (let i = 0; i < N; i++) {
      x = subscript(lst, idx[i & 1023]);
      if (typeof x !== "number") c++;
    }
    return c + (x === null ? 0 : 1);
  };
  const expect = (N * (N - 1)) / 2;
  const cns = timeit(count, N, (v) => {
    if (asNumber(v) !== N) throw new Error("bad count");
  });
  let expectIdx = -1;
  const ins = timeit(index, N, (v) => {
    if (expectIdx < 0) expectIdx = v;
    else if (v !== expectIdx) throw new Error("bad index");
  });
  const ns = timeit(sum, N, (v) => {
    if (asNumber(v) !== expect) throw new Error(`bad sum ${asNumber(v)}`);
  });
  const fns = timeit(fsum, N, (v) => {
    if (asNumber(v) !== N * 0.5) throw new Error("bad fsum");
  });
  return { sum: ns, fsum: fns, count: cns, index: ins };
}

const M = 1_000_000;
function runMemory(repr, kind) {
  const R = REPRS[repr];
  const make =
    kind === "small" ? (i) => R.int(i) : kind === "float" ? (i) => R.float(i + 0.5) : (i) => R.int(2 ** 40 + i);
  globalThis.gc();
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const list = [];
  if (kind === "large-mixed") list.push(NotImplemented); // a list that also holds some object (None, a str, ...)
  for (let i = 0; i < M; i++) list.push(make(i));
  globalThis.gc();
  globalThis.gc();
  const after = process.memoryUsage().heapUsed;
  if (list.length < M) throw new Error();
  return { bytes: (after - before) / M };
}

function main() {
  const timing = {};
  for (const r of ["A", "B", "C", "D"]) for (const w of ["slot", "fast"]) timing[r + w] = childMedian(`time:${r}:${w}`);
  const mem = {};
  for (const r of ["A", "B", "C", "D"]) for (const k of ["small", "large", "large-mixed", "float"]) mem[r + k] = child(`mem:${r}:${k}`, ["--expose-gc"]).bytes;

  const pyv = cpythonVersion();
  let pySum = NaN, pyFsum = NaN, pyCount = NaN, pyIndex = NaN, pyMem = null;
  if (pyv) {
    const n = 1_000_000;
    pySum = cpythonTimeit(`def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i\n    return t`, `f(${n})`, n);
    pyFsum = cpythonTimeit(`def f(n):\n    t = 0.0\n    for i in range(n):\n        t = t + 0.5\n    return t`, `f(${n})`, n);
    const loop = cpythonTimeit(`def f(n):\n    for i in range(n):\n        pass`, `f(${n})`, n);
    pyCount = cpythonTimeit(`def f(n):\n    t = 0\n    for i in range(n):\n        t = t + 1\n    return t`, `f(${n})`, n);
    pyIndex = cpythonTimeit(`a = [i if i % 2 == 0 else float(i) for i in range(1024)]\ndef f(n, a=a):\n    for i in range(n):\n        x = a[i & 1023]`, `f(${n})`, n);
    const loopAnd = cpythonTimeit(`def f(n):\n    for i in range(n):\n        x = i & 1023`, `f(${n})`, n);
    pySum = [pySum, pySum - loop];
    pyFsum = [pyFsum, pyFsum - loop];
    pyCount = [pyCount, pyCount - loop];
    pyIndex = [pyIndex, pyIndex - loopAnd];
    const r = spawnSync(PY, ["-c", `
import sys, tracemalloc, gc
N = ${M}
def m(build):
    gc.collect(); tracemalloc.start(); x = build(); cur = tracemalloc.get_traced_memory()[0]; tracemalloc.stop()
    return [cur / N, (sys.getsizeof(x) + sum(map(sys.getsizeof, x))) / N]
print([m(lambda: [i for i in range(N)]), m(lambda: [2**40 + i for i in range(N)]), m(lambda: [i + 0.5 for i in range(N)])])
`], { encoding: "utf8", env: PYENV });
    pyMem = JSON.parse(r.stdout);
  }

  console.log(`Node ${process.version} (V8 ${process.versions.v8}), pointer compression: ${process.config.variables.v8_enable_pointer_compression ? "on" : "off"}; CPython: ${pyv ?? "not found"}`);
  console.log(`\nns per `+"`t = t + x`"+`, N = ${N.toLocaleString("en")} (min of 5 after warm-up); "fast" = PyNumber_Add's inline fast path\n`);
  const name = { A: "A int=number|bigint, float boxed (chosen)", B: "B everything boxed", C: "C int=bigint always", D: "D float=number, int boxed" };
  table(
    ["representation", "int sum slot", "int sum fast", "int count fast", "lst[i]", "float sum slot", "float sum fast"],
    ["A", "B", "C", "D"].map((r) => [name[r], fmt(timing[r + "slot"].sum), fmt(timing[r + "fast"].sum), fmt(timing[r + "fast"].count), fmt(timing[r + "fast"].index), fmt(timing[r + "slot"].fsum), fmt(timing[r + "fast"].fsum)]),
  );
  if (pyv) {
    table(
      [`CPython ${pyv} (python3 -m timeit, per iteration)`, "int sum", "int count", "a[i & 1023]", "float sum"],
      [
        ["whole loop (`for i in range(n): ...`)", fmt(pySum[0]), fmt(pyCount[0]), fmt(pyIndex[0]), fmt(pyFsum[0])],
        ["minus the loop without the operation", fmt(pySum[1]), fmt(pyCount[1]), fmt(pyIndex[1]), fmt(pyFsum[1])],
      ],
    );
  }
  console.log(`bytes per element of a 1M-element list (JS: heapUsed delta after gc; CPython: tracemalloc / getsizeof)\n`);
  const rows = ["A", "B", "C", "D"].map((r) => [name[r], fmt(mem[r + "small"]), fmt(mem[r + "large"]), fmt(mem[r + "large-mixed"]), fmt(mem[r + "float"])]);
  if (pyMem) {
    rows.push([`CPython ${pyv} tracemalloc`, fmt(pyMem[0][0]), fmt(pyMem[1][0]), fmt(pyMem[1][0]), fmt(pyMem[2][0])]);
    rows.push([`CPython ${pyv} getsizeof sum`, fmt(pyMem[0][1]), fmt(pyMem[1][1]), fmt(pyMem[1][1]), fmt(pyMem[2][1])]);
  }
  table(["representation", "ints 0..1M", "ints 2**40+i", "same, list also holds an object", "floats i+0.5"], rows);
}

const arg = process.argv[2];
if (arg === undefined) main();
else {
  const [what, repr, k] = arg.split(":");
  console.log(JSON.stringify(what === "time" ? runTiming(repr, k) : runMemory(repr, k)));
}
