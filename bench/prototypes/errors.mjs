#!/usr/bin/env node
// Prototype: how a failing operation reports its exception (docs/design.md, "Errors").
//
//   a  throw the Python exception object, a plain class instance, not a JS Error   (Typhon's choice)
//   b  throw an `Error` subclass carrying the same fields (V8 captures a stack trace in the constructor)
//   b0 as b with Error.stackTraceLimit = 0 (process-wide: an embedder's setting, not ours to change)
//   c  CPython's convention: return null and set tstate.curexc; every caller checks the result
//
// The exception is raised 3 calls below the frame that handles it (loop -> f1 -> f2 -> f3, f3 raises), the shape of
// `a // 0` in the loop (BINARY_OP -> PyNumber_FloorDivide -> long_div -> raise). Every variant builds the same
// exception object (type, args tuple, traceback/context/cause fields) and the handler does the same type match.
// "raise": every iteration raises and handles. "no raise": the same calls, never failing: the price of the
// try/catch (a, b) or of the null checks at each level (c); "baseline" is the same calls with no error handling.
// Run with TurboFan inlining off (--no-turbo-inlining) so that the three frames really exist; the "inlined" columns
// repeat the measurement with V8's defaults. Each variant runs in 3 fresh node processes (PROCS=...); the table
// shows the median of their min-of-5 times.
//
// Usage: node bench/prototypes/errors.mjs        (CPython rows need `python3` 3.12; PYTHON=... overrides)

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
// ---------------------------------------------------------------- the pieces

class PyBaseObject {
  constructor(t) {
    this.ob_type = t;
  }
}
class PyTypeObject extends PyBaseObject {
  constructor(name, base) {
    super(null);
    this.tp_name = name;
    this.tp_base = base;
  }
}
class PyTupleObject extends PyBaseObject {
  constructor(items) {
    super(TupleType);
    this.ob_item = items;
    this.hash = -1;
  }
}
class PyUnicodeObject extends PyBaseObject {
  constructor(v) {
    super(StrType);
    this.value = v;
    this.hash = -1;
  }
}
/** (a), (c): CPython's PyBaseExceptionObject, a plain object. */
class PyBaseExceptionObject extends PyBaseObject {
  constructor(t, args) {
    super(t);
    this.args = args;
    this.traceback = null;
    this.context = null;
    this.cause = null;
    this.suppress_context = false;
  }
}
/** (b): the same fields on an Error. */
class PyErrorException extends Error {
  constructor(t, args) {
    super();
    this.ob_type = t;
    this.args = args;
    this.traceback = null;
    this.context = null;
    this.cause = null;
    this.suppress_context = false;
  }
}
const TupleType = new PyTypeObject("tuple", null);
const StrType = new PyTypeObject("str", null);
const BaseException = new PyTypeObject("BaseException", null);
const Exception = new PyTypeObject("Exception", BaseException);
const ValueError = new PyTypeObject("ValueError", Exception);
const KeyError = new PyTypeObject("KeyError", Exception);
function PyType_IsSubtype(a, b) {
  for (let t = a; t !== null; t = t.tp_base) if (t === b) return true;
  return false;
}
const MSG = "invalid literal";
const tstate = { curexc: null };

// ---- a: throw a Python exception object ----
function f3a(x, mask) {
  if ((x & mask) !== 0) throw new PyBaseExceptionObject(ValueError, new PyTupleObject([new PyUnicodeObject(MSG)]));
  return x + 1;
}
function f2a(x, mask) {
  return f3a(x, mask) + 1;
}
function f1a(x, mask) {
  return f2a(x, mask) + 1;
}
function loopA(n, mask) {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    try {
      acc += f1a(i, mask);
    } catch (e) {
      if (e instanceof PyBaseExceptionObject && PyType_IsSubtype(e.ob_type, ValueError)) acc += e.args.ob_item.length;
      else throw e;
    }
  }
  return acc;
}

// ---- b: throw an Error subclass ----
function f3b(x, mask) {
  if ((x & mask) !== 0) throw new PyErrorException(ValueError, new PyTupleObject([new PyUnicodeObject(MSG)]));
  return x + 1;
}
function f2b(x, mask) {
  return f3b(x, mask) + 1;
}
function f1b(x, mask) {
  return f2b(x, mask) + 1;
}
function loopB(n, mask) {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    try {
      acc += f1b(i, mask);
    } catch (e) {
      if (e instanceof PyErrorException && PyType_IsSubtype(e.ob_type, ValueError)) acc += e.args.ob_item.length;
      else throw e;
    }
  }
  return acc;
}

// ---- c: NULL + error indicator ----
function f3c(x, mask) {
  if ((x & mask) !== 0) {
    tstate.curexc = new PyBaseExceptionObject(ValueError, new PyTupleObject([new PyUnicodeObject(MSG)]));
    return null;
  }
  return x + 1;
}
function f2c(x, mask) {
  const r = f3c(x, mask);
  if (r === null) return null;
  return r + 1;
}
function f1c(x, mask) {
  const r = f2c(x, mask);
  if (r === null) return null;
  return r + 1;
}
function loopC(n, mask) {
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const r = f1c(i, mask);
    if (r === null) {
      const e = tstate.curexc;
      tstate.curexc = null;
      if (PyType_IsSubtype(e.ob_type, ValueError)) acc += e.args.ob_item.length;
      else {
        tstate.curexc = e;
        return null;
      }
    } else acc += r;
  }
  return acc;
}

// ---- baseline: the same calls, no error handling at all (cannot fail) ----
function f3n(x) {
  return x + 1;
}
function f2n(x) {
  return f3n(x) + 1;
}
function f1n(x) {
  return f2n(x) + 1;
}
function loopN(n) {
  let acc = 0;
  for (let i = 0; i < n; i++) acc += f1n(i);
  return acc;
}

const LOOPS = { a: loopA, b: loopB, b0: loopB, c: loopC, baseline: loopN };
const N_RAISE = 200_000;
const N_OK = 10_000_000;

function run(v) {
  if (v === "b0") Error.stackTraceLimit = 0;
  const loop = LOOPS[v];
  // The mask comes from argv so the compiler cannot fold `x & mask`.
  const all = Number(process.argv[3] ?? -1);
  const none = Number(process.argv[4] ?? 0);
  const okSum = (n) => 3 * n + (n * (n - 1)) / 2;
  const res = {};
  res.noraise = timeit(() => loop(N_OK, none), N_OK, (r) => {
    if (r !== okSum(N_OK)) throw new Error(`${v}: bad result ${r}`);
  });
  if (v !== "baseline") {
    res.raise = timeit(() => loop(N_RAISE, all), N_RAISE, (r) => {
      // i = 0 does not raise (0 & -1 === 0): 3 + (N - 1) handled exceptions.
      if (r !== 3 + (N_RAISE - 1)) throw new Error(`${v}: bad result ${r}`);
    });
  }
  return res;
}

function main() {
  const vs = ["a", "b", "b0", "c", "baseline"];
  const res = {};
  const resInl = {};
  for (const v of vs) {
    res[v] = childMedian(v, ["--no-turbo-inlining"]);
    resInl[v] = childMedian(v);
  }
  const pyv = cpythonVersion();
  const py = {};
  if (pyv) {
    const defs = [
      "def f3():\n    raise ValueError('invalid literal')",
      "def f2():\n    return f3() + 1",
      "def f1():\n    return f2() + 1",
      "def g3():\n    return 1",
      "def g2():\n    return g3() + 1",
      "def g1():\n    return g2() + 1",
    ].join("\n");
    py.raise1 = cpythonTimeit("pass", "try:\n    raise ValueError\nexcept ValueError:\n    pass");
    py.raise3 = cpythonTimeit(defs, "try:\n    f1()\nexcept ValueError:\n    pass");
    py.ok3 = cpythonTimeit(defs, "try:\n    g1()\nexcept ValueError:\n    pass");
    py.ok3bare = cpythonTimeit(defs, "g1()");
  }
  console.log(`Node ${process.version} (V8 ${process.versions.v8}); CPython: ${pyv ?? "not found"}`);
  console.log(`\nns per iteration (min of 5 after warm-up); the exception is raised 3 calls below its handler\n`);
  const name = {
    a: "a throw PyBaseExceptionObject (chosen)",
    b: "b throw Error subclass",
    b0: "b0 Error subclass, stackTraceLimit = 0",
    c: "c return null + tstate.curexc, checked",
    baseline: "baseline: no error handling",
  };
  table(
    ["convention", "raise", "no raise", "raise (inlined)", "no raise (inlined)"],
    vs.map((v) => [name[v], v === "baseline" ? "-" : fmt(res[v].raise), fmt(res[v].noraise, 2), v === "baseline" ? "-" : fmt(resInl[v].raise), fmt(resInl[v].noraise, 2)]),
  );
  if (pyv) {
    table(
      [`CPython ${pyv} (python3 -m timeit)`, "ns"],
      [
        ["try: raise ValueError / except ValueError: pass", fmt(py.raise1)],
        ["try: f1() / except ValueError (f3 raises, 3 deep)", fmt(py.raise3)],
        ["try: g1() / except ValueError (no raise, 3 deep)", fmt(py.ok3)],
        ["g1() (no try)", fmt(py.ok3bare)],
      ],
    );
  }
}

const arg = process.argv[2];
if (arg === undefined) main();
else console.log(JSON.stringify(run(arg)));
