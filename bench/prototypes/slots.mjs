#!/usr/bin/env node
// Prototype: where a type keeps its slots (docs/design.md, "Type objects").
//
//   flat, one shape    nb_add etc. directly on the type object, every slot initialised (to null) in the
//                      PyTypeObject constructor, so all type objects share one V8 hidden class     (Typhon's choice)
//   sub-tables         CPython's layout: type.tp_as_number.nb_add (PyNumberMethods objects, one shape for all)
//   flat, own shape    slots directly on the type, but each type object only has the slots it defines (an object
//                      literal per type): as many hidden classes as there are slot sets
//
// One call site does `Py_TYPE(o).nb_add(o, o)` (or its equivalent) over objects of 8 types, round robin: what the
// BINARY_OP site of the evaluation loop sees in a program using several types. "1 type" is the same site when
// every object has the same type. Each variant runs in 3 fresh node processes (PROCS=...); the table shows the
// median of their min-of-5 times.
// Usage: node bench/prototypes/slots.mjs

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
// ---------------------------------------------------------------- the three layouts

const SLOT_NAMES = [
  "tp_repr", "tp_str", "tp_hash", "tp_call", "tp_getattro", "tp_setattro", "tp_richcompare", "tp_iter", "tp_iternext",
  "nb_add", "nb_subtract", "nb_multiply", "nb_remainder", "nb_power", "nb_negative", "nb_bool", "nb_index",
  "sq_length", "sq_concat", "sq_item", "mp_length", "mp_subscript",
];
class PyBaseObject {
  constructor(t) {
    this.ob_type = t;
  }
}
/** (a) Every slot is an own field, initialised in the constructor: one hidden class for every type. */
class FlatType extends PyBaseObject {
  constructor(name, slots) {
    super(null);
    this.tp_name = name;
    this.tp_repr = null; this.tp_str = null; this.tp_hash = null; this.tp_call = null; this.tp_getattro = null;
    this.tp_setattro = null; this.tp_richcompare = null; this.tp_iter = null; this.tp_iternext = null;
    this.nb_add = null; this.nb_subtract = null; this.nb_multiply = null; this.nb_remainder = null; this.nb_power = null;
    this.nb_negative = null; this.nb_bool = null; this.nb_index = null;
    this.sq_length = null; this.sq_concat = null; this.sq_item = null; this.mp_length = null; this.mp_subscript = null;
    Object.assign(this, slots);
  }
}
/** (b) CPython's PyNumberMethods sub-table. */
class PyNumberMethods {
  constructor(slots) {
    this.nb_add = null; this.nb_subtract = null; this.nb_multiply = null; this.nb_remainder = null; this.nb_power = null;
    this.nb_negative = null; this.nb_bool = null; this.nb_index = null;
    for (const k of Object.keys(this)) if (k in slots) this[k] = slots[k];
  }
}
class SubTableType extends PyBaseObject {
  constructor(name, slots) {
    super(null);
    this.tp_name = name;
    this.tp_repr = null; this.tp_str = null; this.tp_hash = null; this.tp_call = null; this.tp_getattro = null;
    this.tp_setattro = null; this.tp_richcompare = null; this.tp_iter = null; this.tp_iternext = null;
    this.tp_as_number = new PyNumberMethods(slots);
    this.tp_as_sequence = null;
    this.tp_as_mapping = null;
  }
}
/** (c) Only the slots this type defines, in the order it defines them. */
function ownShapeType(name, slots) {
  const t = { ob_type: null, tp_name: name };
  for (const [k, v] of Object.entries(slots)) t[k] = v;
  return t;
}

/** 8 types with different slot sets; every one has nb_add. */
function slotSets() {
  const add = (k) => (a, b) => k; // each type's nb_add is a distinct function, as in the runtime
  const sets = [
    { nb_add: add(1), nb_subtract: add(0), tp_hash: add(0), tp_repr: add(0) },
    { tp_repr: add(0), nb_add: add(2), nb_multiply: add(0) },
    { sq_length: add(0), sq_concat: add(0), nb_add: add(3) },
    { nb_bool: add(0), nb_add: add(4), nb_index: add(0), tp_richcompare: add(0) },
    { mp_length: add(0), mp_subscript: add(0), nb_add: add(5) },
    { tp_iter: add(0), tp_iternext: add(0), nb_add: add(6) },
    { nb_add: add(7), tp_call: add(0) },
    { tp_str: add(0), tp_getattro: add(0), nb_power: add(0), nb_add: add(8) },
  ];
  return sets;
}

const N = 20_000_000;
function run(variant) {
  const sets = slotSets();
  let types;
  let lookup;
  if (variant === "flat") {
    types = sets.map((s, i) => new FlatType(`T${i}`, s));
    lookup = (o) => o.ob_type.nb_add;
  } else if (variant === "subtable") {
    types = sets.map((s, i) => new SubTableType(`T${i}`, s));
    lookup = (o) => {
      const nb = o.ob_type.tp_as_number;
      return nb === null ? null : nb.nb_add;
    };
  } else {
    types = sets.map((s, i) => ownShapeType(`T${i}`, s));
    lookup = (o) => {
      const f = o.ob_type.nb_add;
      return f === undefined ? null : f;
    };
  }
  const objs8 = types.map((t) => new PyBaseObject(t));
  const objs1 = types.map(() => new PyBaseObject(types[0]));
  const loop = (objs) => {
    let s = 0;
    for (let i = 0; i < N; i++) {
      const o = objs[i & 7];
      const f = lookup(o);
      if (f !== null) s += f(o, o);
    }
    return s;
  };
  const res = {};
  res.one = timeit(() => loop(objs1), N, (s) => {
    if (s !== N) throw new Error("one");
  });
  res.eight = timeit(() => loop(objs8), N, (s) => {
    if (s !== (N / 8) * 36) throw new Error("eight");
  });
  return res;
}

function main() {
  const vs = ["flat", "subtable", "ownshape"];
  const res = {};
  for (const v of vs) res[v] = childMedian(v);
  console.log(`Node ${process.version} (V8 ${process.versions.v8})`);
  console.log(`\nns per \`Py_TYPE(o).nb_add(o, o)\`, ${N.toLocaleString("en")} calls (min of 5 after warm-up)\n`);
  const name = {
    flat: "flat slots, one hidden class (chosen)",
    subtable: "tp_as_number->nb_add sub-table",
    ownshape: "flat slots, each type its own shape",
  };
  table(["slot layout", "1 type", "8 types"], vs.map((v) => [name[v], fmt(res[v].one, 2), fmt(res[v].eight, 2)]));
}

const arg = process.argv[2];
if (arg === undefined) main();
else console.log(JSON.stringify(run(arg)));
