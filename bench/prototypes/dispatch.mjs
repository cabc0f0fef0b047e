#!/usr/bin/env node
// Prototype: the evaluation loop's dispatch and value stack (docs/design.md, "Dispatch", "Frames").
//
// One tiny function, run by CPython 3.12's own bytecode for it (13 instructions per iteration of the loop):
//
//   def f(n):                    LOAD_CONST 0; STORE_FAST i; LOAD_CONST 0; STORE_FAST acc
//       i = 0                    LOAD_FAST i; LOAD_FAST n; COMPARE_OP <; POP_JUMP_IF_FALSE end
//       acc = 0              L:  LOAD_FAST acc; LOAD_FAST i; BINARY_OP +; STORE_FAST acc
//       while i < n:             LOAD_FAST i; LOAD_CONST 1; BINARY_OP +; STORE_FAST i
//           acc = acc + i        LOAD_FAST i; LOAD_FAST n; COMPARE_OP <; POP_JUMP_IF_FALSE end; JUMP_BACKWARD L
//           i = i + 1        end: LOAD_FAST acc; RETURN_VALUE
//       return acc
//
// run through loops that differ in one thing each. Every loop has ceval.ts's shape: fetch a 16-bit code unit
// (opcode | oparg << 8), fold EXTENDED_ARG, record prev_instr, skip inline caches via _PyOpcode_Caches, a `switch`
// with a case for each of the opcodes ceval.ts handles today, in its order (those this program does not use share
// one body), one try/catch per frame; ints are JS numbers, BINARY_OP goes through a _PyEval_BinaryOps table to
// PyNumber_Add's fast path and COMPARE_OP through PyObject_RichCompare's, as in the runtime.
//
//   ns        Uint16Array + switch (case op.LOAD_FAST), labels read from an import namespace (ceval.ts until d256a9e)
//   named     Uint16Array + switch (case LOAD_FAST), labels are named imports (`import { LOAD_FAST } from ...`)
//   const     Uint16Array + switch (case LOAD_FAST), labels are module-level consts in the loop's own module
//   lit       Uint16Array + switch (case 124 /* LOAD_FAST */), literal labels                    (ceval.ts now)
//   array     literal labels; the code units in a plain JS array
//   closures  Uint16Array + TABLE[opcode](state, oparg): one closure per opcode, loop state in an object
//   pushpop   literal labels; the value stack a separate array used with push/pop
//
// Each loop is generated as its own ES module (imported from a data: URL, with a real `import * as op` for `ns`)
// and runs in its own node process, five times (the non-literal switches are bimodal from one process to the
// next). `node dispatch.mjs --source ns` prints a generated module.
// Usage: node bench/prototypes/dispatch.mjs        (CPython row needs `python3` 3.12; PYTHON=... overrides)

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
// ---------------------------------------------------------------- opcodes

/** The labels of ceval.ts's main switch, in its order (this checkout); CPython 3.12 numbering. */
const CEVAL_CASES = [
  "NOP", "RESUME", "CACHE", "LOAD_CONST", "RETURN_CONST", "RETURN_VALUE", "POP_TOP", "PUSH_NULL", "END_FOR", "COPY",
  "SWAP", "LOAD_FAST", "LOAD_FAST_CHECK", "LOAD_FAST_AND_CLEAR", "STORE_FAST", "DELETE_FAST", "LOAD_NAME",
  "STORE_NAME", "DELETE_NAME", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "BINARY_OP", "UNARY_NEGATIVE",
  "UNARY_INVERT", "UNARY_NOT", "CALL_INTRINSIC_1", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "BINARY_SUBSCR",
  "STORE_SUBSCR", "DELETE_SUBSCR", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "KW_NAMES", "CALL", "CALL_FUNCTION_EX",
  "BUILD_TUPLE", "BUILD_LIST", "LIST_EXTEND", "LIST_APPEND", "BUILD_MAP", "BUILD_CONST_KEY_MAP", "BUILD_STRING",
  "FORMAT_VALUE", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "JUMP_FORWARD",
  "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "GET_ITER", "FOR_ITER", "UNPACK_SEQUENCE", "RAISE_VARARGS",
  "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "RERAISE", "LOAD_ASSERTION_ERROR", "IMPORT_NAME", "IMPORT_FROM",
  "MAKE_FUNCTION", "RETURN_GENERATOR", "YIELD_VALUE", "SEND", "END_SEND", "GET_YIELD_FROM_ITER", "CLEANUP_THROW",
  "BUILD_SET", "SET_ADD", "SET_UPDATE", "MAP_ADD", "DICT_UPDATE", "DICT_MERGE", "BUILD_SLICE", "BINARY_SLICE",
  "STORE_SLICE", "UNPACK_EX", "GET_LEN", "BEFORE_WITH", "WITH_EXCEPT_START", "CALL_INTRINSIC_2", "GET_AWAITABLE",
  "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "BEFORE_ASYNC_WITH", "MAKE_CELL", "COPY_FREE_VARS", "LOAD_CLOSURE",
  "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_FROM_DICT_OR_DEREF", "LOAD_FROM_DICT_OR_GLOBALS", "LOAD_LOCALS",
  "LOAD_BUILD_CLASS", "LOAD_SUPER_ATTR", "SETUP_ANNOTATIONS",
];
const OPCODE = {
  NOP: 9, RESUME: 151, CACHE: 0, LOAD_CONST: 100, RETURN_CONST: 121, RETURN_VALUE: 83, POP_TOP: 1, PUSH_NULL: 2,
  END_FOR: 4, COPY: 120, SWAP: 99, LOAD_FAST: 124, LOAD_FAST_CHECK: 127, LOAD_FAST_AND_CLEAR: 143, STORE_FAST: 125,
  DELETE_FAST: 126, LOAD_NAME: 101, STORE_NAME: 90, DELETE_NAME: 91, LOAD_GLOBAL: 116, STORE_GLOBAL: 97,
  DELETE_GLOBAL: 98, BINARY_OP: 122, UNARY_NEGATIVE: 11, UNARY_INVERT: 15, UNARY_NOT: 12, CALL_INTRINSIC_1: 173,
  COMPARE_OP: 107, IS_OP: 117, CONTAINS_OP: 118, BINARY_SUBSCR: 25, STORE_SUBSCR: 60, DELETE_SUBSCR: 61,
  LOAD_ATTR: 106, STORE_ATTR: 95, DELETE_ATTR: 96, KW_NAMES: 172, CALL: 171, CALL_FUNCTION_EX: 142, BUILD_TUPLE: 102,
  BUILD_LIST: 103, LIST_EXTEND: 162, LIST_APPEND: 145, BUILD_MAP: 105, BUILD_CONST_KEY_MAP: 156, BUILD_STRING: 157,
  FORMAT_VALUE: 155, POP_JUMP_IF_FALSE: 114, POP_JUMP_IF_TRUE: 115, POP_JUMP_IF_NONE: 129, POP_JUMP_IF_NOT_NONE: 128,
  JUMP_FORWARD: 110, JUMP_BACKWARD: 140, JUMP_BACKWARD_NO_INTERRUPT: 134, GET_ITER: 68, FOR_ITER: 93,
  UNPACK_SEQUENCE: 92, RAISE_VARARGS: 130, PUSH_EXC_INFO: 35, POP_EXCEPT: 89, CHECK_EXC_MATCH: 36, RERAISE: 119,
  LOAD_ASSERTION_ERROR: 74, IMPORT_NAME: 108, IMPORT_FROM: 109, MAKE_FUNCTION: 132, RETURN_GENERATOR: 75,
  YIELD_VALUE: 150, SEND: 123, END_SEND: 5, GET_YIELD_FROM_ITER: 69, CLEANUP_THROW: 55, BUILD_SET: 104, SET_ADD: 146,
  SET_UPDATE: 163, MAP_ADD: 147, DICT_UPDATE: 165, DICT_MERGE: 164, BUILD_SLICE: 133, BINARY_SLICE: 26,
  STORE_SLICE: 27, UNPACK_EX: 94, GET_LEN: 30, BEFORE_WITH: 53, WITH_EXCEPT_START: 49, CALL_INTRINSIC_2: 174,
  GET_AWAITABLE: 131, GET_AITER: 50, GET_ANEXT: 51, END_ASYNC_FOR: 54, BEFORE_ASYNC_WITH: 52, MAKE_CELL: 135,
  COPY_FREE_VARS: 149, LOAD_CLOSURE: 136, LOAD_DEREF: 137, STORE_DEREF: 138, DELETE_DEREF: 139,
  LOAD_FROM_DICT_OR_DEREF: 176, LOAD_FROM_DICT_OR_GLOBALS: 175, LOAD_LOCALS: 87, LOAD_BUILD_CLASS: 71,
  LOAD_SUPER_ATTR: 141, SETUP_ANNOTATIONS: 85, EXTENDED_ARG: 144,
};
/** Module text for the opcode numbers, imported as a namespace by the `ns` loop. */
const OPCODE_MODULE = "data:text/javascript," + encodeURIComponent(Object.entries(OPCODE).map(([k, v]) => `export const ${k} = ${v};`).join("\n"));

/** The bodies of the cases this program runs, for a stack in `localsplus` (lp) or in a push/pop array. */
const HOT = {
  lp: {
    NOP: null,
    RESUME: null,
    CACHE: "break;",
    LOAD_CONST: "lp[sp++] = consts[oparg];\nbreak;",
    RETURN_VALUE: "frame.stacktop = sp - 1;\nreturn lp[sp - 1];",
    LOAD_FAST: "lp[sp++] = lp[oparg];\nbreak;",
    STORE_FAST: "lp[oparg] = lp[--sp];\nbreak;",
    BINARY_OP: "{\nconst rhs = lp[--sp];\nconst lhs = lp[sp - 1];\nlp[sp - 1] = BinaryOps[oparg](lhs, rhs);\nbreak;\n}",
    COMPARE_OP: "{\nconst right = lp[--sp];\nconst left = lp[sp - 1];\nlp[sp - 1] = PyObject_RichCompare(left, right, oparg >> 4);\nbreak;\n}",
    POP_JUMP_IF_FALSE: "{\nconst cond = lp[--sp];\nif (cond === Py_False || (cond !== Py_True && !PyObject_IsTrue(cond))) next_instr += oparg;\nbreak;\n}",
    JUMP_BACKWARD: "next_instr -= oparg;\nif (--tstate.instruction_budget < 0) budgetExhausted();\nbreak;",
  },
  pushpop: {
    NOP: null,
    RESUME: null,
    CACHE: "break;",
    LOAD_CONST: "stack.push(consts[oparg]);\nbreak;",
    RETURN_VALUE: "return stack.pop();",
    LOAD_FAST: "stack.push(locals[oparg]);\nbreak;",
    STORE_FAST: "locals[oparg] = stack.pop();\nbreak;",
    BINARY_OP: "{\nconst rhs = stack.pop();\nconst lhs = stack.pop();\nstack.push(BinaryOps[oparg](lhs, rhs));\nbreak;\n}",
    COMPARE_OP: "{\nconst right = stack.pop();\nconst left = stack.pop();\nstack.push(PyObject_RichCompare(left, right, oparg >> 4));\nbreak;\n}",
    POP_JUMP_IF_FALSE: "{\nconst cond = stack.pop();\nif (cond === Py_False || (cond !== Py_True && !PyObject_IsTrue(cond))) next_instr += oparg;\nbreak;\n}",
    JUMP_BACKWARD: "next_instr -= oparg;\nif (--tstate.instruction_budget < 0) budgetExhausted();\nbreak;",
  },
};

/** The switch's cases; `label` spells a case label. The other opcodes share one `unimplemented` body. */
function switchCases(label, hot) {
  const out = [];
  let pending = [];
  const flush = () => {
    if (pending.length) out.push(pending.map((n) => `case ${label(n)}:`).join(" "), "  return unimplemented(opcode);");
    pending = [];
  };
  for (const n of CEVAL_CASES) {
    if (!(n in hot)) {
      pending.push(n);
      continue;
    }
    flush();
    const body = hot[n];
    if (body === null) out.push(`case ${label(n)}:`);
    else if (body.startsWith("{")) out.push(`case ${label(n)}: {`, ...body.slice(2, -2).split("\n").map((l) => "  " + l), "}");
    else out.push(`case ${label(n)}:`, ...body.split("\n").map((l) => "  " + l));
  }
  flush();
  return out.map((l) => "          " + l).join("\n");
}

/** What every generated loop module starts with: the opcodes it names and the runtime pieces it calls. */
const prelude = (declareOpcodes = true) => String.raw`
${declareOpcodes ? `const ${Object.entries(OPCODE).map(([k, v]) => `${k} = ${v}`).join(", ")};` : ""}
/** _PyOpcode_Caches for the opcodes used here (BINARY_OP and COMPARE_OP have one cache unit in 3.12). */
const CACHES = new Uint8Array(256);
CACHES[BINARY_OP] = 1;
CACHES[COMPARE_OP] = 1;

class PyBaseObject {
  constructor(t) {
    this.ob_type = t;
  }
}
const BoolType = { tp_name: "bool" };
const Py_True = new PyBaseObject(BoolType);
const Py_False = new PyBaseObject(BoolType);
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
function slowAdd(v, w) {
  throw new Error("not in this prototype");
}
/** abstract.ts's PyNumber_Add fast path (its generic path is not exercised here). */
function PyNumber_Add(v, w) {
  if (typeof v === "number" && typeof w === "number") {
    const r = v + w;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return slowAdd(v, w);
}
function PyNumber_Other(v, w) {
  return slowAdd(v, w);
}
/** _PyEval_BinaryOps: 26 entries, indexed by BINARY_OP's oparg. */
const BinaryOps = [PyNumber_Add];
for (let i = 1; i < 26; i++) BinaryOps.push(PyNumber_Other);
function PyObject_RichCompare(v, w, cmp) {
  if (typeof v === "number" && typeof w === "number") {
    let r;
    switch (cmp) {
      case 0: r = v < w; break;
      case 1: r = v <= w; break;
      case 2: r = v === w; break;
      case 3: r = v !== w; break;
      case 4: r = v > w; break;
      default: r = v >= w; break;
    }
    return r ? Py_True : Py_False;
  }
  throw new Error("not in this prototype");
}
function PyObject_IsTrue(v) {
  if (v === Py_True) return true;
  if (v === Py_False) return false;
  if (typeof v === "number") return v !== 0;
  throw new Error("not in this prototype");
}
function unimplemented(opcode) {
  throw new Error("opcode " + opcode + " not in this prototype");
}
function budgetExhausted() {
  throw new Error("instruction budget exhausted");
}
/** The exception-table lookup (this program has no handlers). */
function get_exception_handler(code, index) {
  return null;
}
/** The empty-slot marker in localsplus (pycore_frame.ts's NULL). */
const NULL = Object.freeze({ ob_type: null, __NULL__: true });

/** f(n)'s code object; co_code is byte for byte what CPython 3.12 compiles (see the header). */
export function makeCode() {
  const co_code = [
    151, 0, 100, 1, 125, 1, 100, 1, 125, 2, 124, 1, 124, 0, 107, 2, 0, 0, 114, 16, 124, 2, 124, 1, 122, 0, 0, 0, 125, 2,
    124, 1, 100, 2, 122, 0, 0, 0, 125, 1, 124, 1, 124, 0, 107, 2, 0, 0, 114, 1, 140, 16, 124, 2, 83, 0,
  ];
  const units = [];
  for (let i = 0; i < co_code.length; i += 2) units.push(co_code[i] | (co_code[i + 1] << 8));
  return { co_code_adaptive: Uint16Array.from(units), co_code_array: units, co_consts: [null, 0, 1], co_nlocalsplus: 3, co_stacksize: 2 };
}
/** A fresh frame for f(n): localsplus = [n, i, acc] (i and acc unbound), then the empty value stack. */
export function makeFrame(code, n) {
  const lp = new Array(code.co_nlocalsplus + code.co_stacksize);
  for (let i = 0; i < lp.length; i++) lp[i] = NULL;
  lp[0] = n;
  return { f_code: code, localsplus: lp, stacktop: code.co_nlocalsplus, prev_instr: -1, stack: [] };
}
`;

/** A switch loop in ceval.ts's shape. */
function switchLoop({ label, ext, instrs = "co_code_adaptive", stack = "lp" }) {
  const decl =
    stack === "lp"
      ? "  const lp = frame.localsplus;\n  let sp = frame.stacktop;"
      : "  const locals = frame.localsplus; // the locals; the value stack is its own array\n  const stack = frame.stack;";
  const depth = stack === "lp" ? "sp" : "(base + stack.length)";
  return `
export function run(tstate, frame) {
  const code = frame.f_code;
  const instrs = code.${instrs};
  const consts = code.co_consts;
${decl}
  const base = code.co_nlocalsplus;
  const limit = base + code.co_stacksize;
  const debug = tstate.debug_checks;
  let next_instr = frame.prev_instr + 1;
  let this_instr = frame.prev_instr;
  for (;;) {
    try {
      for (;;) {
        let word = instrs[next_instr++];
        let opcode = word & 255;
        let oparg = word >>> 8;
        while (opcode === ${ext}) {
          word = instrs[next_instr++];
          opcode = word & 255;
          oparg = (oparg << 8) | (word >>> 8);
        }
        this_instr = next_instr - 1;
        frame.prev_instr = this_instr;
        next_instr += CACHES[opcode];
        if (debug && (${depth} < base || ${depth} > limit)) throw new Error("stack pointer out of bounds");
        switch (opcode) {
${switchCases(label, HOT[stack])}
          default:
            return unimplemented(opcode);
        }
      }
    } catch (e) {
      const handler = get_exception_handler(code, this_instr);
      if (handler === null) throw e;
      next_instr = handler.target;
    }
  }
}
`;
}

/** The closure-table loop. */
const CLOSURE_LOOP = String.raw`
const TABLE = new Array(256).fill((f) => unimplemented(f.opcode));
TABLE[NOP] = TABLE[RESUME] = TABLE[CACHE] = () => undefined;
TABLE[LOAD_CONST] = (f, oparg) => {
  f.lp[f.sp++] = f.consts[oparg];
};
TABLE[LOAD_FAST] = (f, oparg) => {
  f.lp[f.sp++] = f.lp[oparg];
};
TABLE[STORE_FAST] = (f, oparg) => {
  f.lp[oparg] = f.lp[--f.sp];
};
TABLE[BINARY_OP] = (f, oparg) => {
  const lp = f.lp;
  const rhs = lp[--f.sp];
  const lhs = lp[f.sp - 1];
  lp[f.sp - 1] = BinaryOps[oparg](lhs, rhs);
};
TABLE[COMPARE_OP] = (f, oparg) => {
  const lp = f.lp;
  const right = lp[--f.sp];
  const left = lp[f.sp - 1];
  lp[f.sp - 1] = PyObject_RichCompare(left, right, oparg >> 4);
};
TABLE[POP_JUMP_IF_FALSE] = (f, oparg) => {
  const cond = f.lp[--f.sp];
  if (cond === Py_False || (cond !== Py_True && !PyObject_IsTrue(cond))) f.next_instr += oparg;
};
TABLE[JUMP_BACKWARD] = (f, oparg) => {
  f.next_instr -= oparg;
  if (--f.tstate.instruction_budget < 0) budgetExhausted();
};
TABLE[RETURN_VALUE] = (f) => {
  f.frame.stacktop = f.sp - 1;
  return f.lp[f.sp - 1];
};
export function run(tstate, frame) {
  const code = frame.f_code;
  const instrs = code.co_code_adaptive;
  const f = { lp: frame.localsplus, sp: frame.stacktop, next_instr: frame.prev_instr + 1, consts: code.co_consts, frame, tstate, opcode: 0 };
  for (;;) {
    try {
      for (;;) {
        let word = instrs[f.next_instr++];
        let opcode = word & 255;
        let oparg = word >>> 8;
        while (opcode === EXTENDED_ARG) {
          word = instrs[f.next_instr++];
          opcode = word & 255;
          oparg = (oparg << 8) | (word >>> 8);
        }
        frame.prev_instr = f.next_instr - 1;
        f.next_instr += CACHES[opcode];
        f.opcode = opcode;
        const r = TABLE[opcode](f, oparg);
        if (r !== undefined) return r;
      }
    } catch (e) {
      const handler = get_exception_handler(code, frame.prev_instr);
      if (handler === null) throw e;
      f.next_instr = handler.target;
    }
  }
}
`;

const LOOPS = {
  ns: () => `import * as op from ${JSON.stringify(OPCODE_MODULE)};\n` + prelude() + switchLoop({ label: (n) => `op.${n}`, ext: "op.EXTENDED_ARG" }),
  named: () =>
    `import { ${Object.keys(OPCODE).join(", ")} } from ${JSON.stringify(OPCODE_MODULE)};\n` +
    prelude(false) +
    switchLoop({ label: (n) => n, ext: "EXTENDED_ARG" }),
  const: () => prelude() + switchLoop({ label: (n) => n, ext: "EXTENDED_ARG" }),
  lit: () => prelude() + switchLoop({ label: (n) => `${OPCODE[n]} /* ${n} */`, ext: "144" }),
  array: () => prelude() + switchLoop({ label: (n) => `${OPCODE[n]} /* ${n} */`, ext: "144", instrs: "co_code_array" }),
  closures: () => prelude() + CLOSURE_LOOP,
  pushpop: () => prelude() + switchLoop({ label: (n) => `${OPCODE[n]} /* ${n} */`, ext: "144", stack: "pushpop" }),
};

const N = 5_000_000;
const PER_ITER = 13;
/** Processes per variant: the table shows the median of their minima and the range. */
const PROCS = Number(process.env.PROCS ?? 5);

async function run(variant) {
  const mod = await import("data:text/javascript," + encodeURIComponent(LOOPS[variant]()));
  const tstate = { instruction_budget: Infinity, debug_checks: process.env.TYPHON_DEBUG_CHECKS === "1" };
  // Many calls of f(100_000) rather than one long call: the timed code is then the function's own optimized code
  // (what a program calling f repeatedly gets), not whichever on-stack-replacement version TurboFan made during
  // one long first call; with a single f(10_000_000) the result moved between ~47 and ~120 ns from run to run.
  const code = mod.makeCode();
  const n = 100_000;
  const calls = N / n;
  const one = (n * (n - 1)) / 2;
  const ns = timeit(
    () => {
      let total = 0;
      for (let k = 0; k < calls; k++) total += mod.run(tstate, mod.makeFrame(code, n));
      return total;
    },
    N,
    (r) => {
      if (r !== calls * one) throw new Error(`${variant}: bad result ${r}`);
    },
  );
  return { iter: ns };
}

function main() {
  const vs = Object.keys(LOOPS);
  const res = {};
  for (const v of vs) {
    const xs = [];
    for (let i = 0; i < PROCS; i++) xs.push(child(v).iter);
    xs.sort((a, b) => a - b);
    res[v] = { iter: xs[xs.length >> 1], lo: xs[0], hi: xs[xs.length - 1] };
  }
  const pyv = cpythonVersion();
  let py = NaN;
  if (pyv) {
    const n = 1_000_000;
    py = cpythonTimeit(`def f(n):\n    i = 0\n    acc = 0\n    while i < n:\n        acc = acc + i\n        i = i + 1\n    return acc`, `f(${n})`, n);
  }
  console.log(`Node ${process.version} (V8 ${process.versions.v8}); CPython: ${pyv ?? "not found"}`);
  console.log(
    `\n${PER_ITER} instructions per iteration; switch over ${CEVAL_CASES.length} cases; ${N.toLocaleString("en")} iterations ` +
      `(${N / 100_000} calls of f(100_000)), min of 5 after warm-up; median and range over ${PROCS} processes\n`,
  );
  const name = {
    ns: "u16 + switch (case op.X), localsplus  [ceval.ts until d256a9e]",
    named: "u16 + switch (case X, named import), localsplus",
    const: "u16 + switch (case X, module const), localsplus",
    lit: "u16 + switch (case 124, literal), localsplus  [ceval.ts now]",
    array: "Array + switch (literal), localsplus",
    closures: "u16 + closure table, state in an object",
    pushpop: "u16 + switch (literal), stack push/pop",
  };
  const ref = res.lit.iter;
  const rows = vs.map((v) => [name[v], fmt(res[v].iter), `${fmt(res[v].lo, 0)}-${fmt(res[v].hi, 0)}`, fmt(res[v].iter / PER_ITER, 2), fmt(res[v].iter / ref, 2)]);
  if (pyv) rows.push([`CPython ${pyv}, same function (python3 -m timeit)`, fmt(py), "", fmt(py / PER_ITER, 2), fmt(py / ref, 2)]);
  table(["loop", "ns/iteration", "range", "ns/instruction", "vs literal switch"], rows);
}

const arg = process.argv[2];
if (arg === undefined) main();
else if (arg === "--source") console.log(LOOPS[process.argv[3] ?? "ns"]());
else console.log(JSON.stringify(await run(arg)));
