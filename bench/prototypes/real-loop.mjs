#!/usr/bin/env node
// Cross-check for dispatch.mjs on the real evaluator (docs/design.md, "Dispatch"). Unlike the prototypes this one
// uses the repository: it builds packages/runtime and packages/ceval from source with the repo's esbuild into a
// temporary directory and times `_PyEval_EvalFrameDefault` on CPython 3.12's bytecode for
//
//   def f(n):
//       i = 0
//       acc = 0
//       while i < n:
//           acc = acc + i
//           i = i + 1
//       return acc
//
// (no compiler needed: the code object is built from the bytes CPython produces). Three builds:
//
//   packages            runtime and ceval as separate ES modules, ceval importing "@typhon/runtime", as tsup ships
//                       them: the loop's `case 124 /* LOAD_FAST */:` labels as written (since d256a9e)
//   packages, op.X      the same, from a copy of ceval's source whose labels are rewritten `case op.LOAD_FAST:`
//                       (an import-namespace read, as ceval.ts was written before d256a9e)
//   one bundle          everything in one esbuild bundle, labels as written
//
// Usage: node bench/prototypes/real-loop.mjs     (needs `npm install`d devDependencies; CPython row: python3 3.12)

import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), "../..");
/** Processes per build; the table shows the median of their min-of-5 times. */
const PROCS = Number(process.env.PROCS ?? 3);
const PY = process.env.PYTHON ?? "python3";
const PYENV = { ...process.env, PYENV_VERSION: process.env.PYENV_VERSION ?? "3.12.1" };
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");
function table(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => "| " + r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join(" | ") + " |";
  console.log(line(head));
  console.log("|" + w.map((n, i) => (i === 0 ? "-".repeat(n + 2) : "-".repeat(n + 1) + ":")).join("|") + "|");
  for (const r of rows) console.log(line(r));
  console.log();
}

/** The timed program: imports "@typhon/runtime" and "@typhon/ceval" (resolved by the build). */
const ENTRY = String.raw`
import * as rt from "@typhon/runtime";
import { evaluator, _PyEval_EvalFrameDefault } from "@typhon/ceval";
rt._PyRuntime_InstallHooks({ evaluator });
const config = rt.PyConfig_InitPythonConfig();
if (rt.PyStatus_Exception(rt.Py_InitializeFromConfig(config))) throw new Error("Py_InitializeFromConfig failed");
// f.__code__ in CPython 3.12.
const co_code = [
  151, 0, 100, 1, 125, 1, 100, 1, 125, 2, 124, 1, 124, 0, 107, 2, 0, 0, 114, 16, 124, 2, 124, 1, 122, 0, 0, 0, 125, 2,
  124, 1, 100, 2, 122, 0, 0, 0, 125, 1, 124, 1, 124, 0, 107, 2, 0, 0, 114, 1, 140, 16, 124, 2, 83, 0,
];
const s = (x) => rt.PyUnicode_InternFromString(x);
const code = rt._PyCode_New({
  filename: s("<bench>"), name: s("f"), qualname: s("f"), flags: 3, code: Uint8Array.from(co_code), firstlineno: 1,
  linetable: new Uint8Array(0), consts: [rt.Py_None, 0, 1], names: [], localsplusnames: ["n", "i", "acc"].map(s),
  localspluskinds: Uint8Array.from([rt.CO_FAST_LOCAL, rt.CO_FAST_LOCAL, rt.CO_FAST_LOCAL]), argcount: 1,
  posonlyargcount: 0, kwonlyargcount: 0, stacksize: 2, exceptiontable: new Uint8Array(0),
});
const globals = rt.PyDict_New();
const builtins = rt.PyDict_New();
const tstate = rt._PyThreadState_GET();
function f(n) {
  const frame = new rt._PyInterpreterFrame(code, null, globals, builtins, null, null);
  frame.localsplus[0] = n;
  return _PyEval_EvalFrameDefault(tstate, frame, 0);
}
// As dispatch.mjs: many calls of f(100_000), warm first, so the timed code is f's own optimized loop.
const n = 100_000;
const calls = 100;
const one = (n * (n - 1)) / 2;
const many = () => {
  let total = 0;
  for (let k = 0; k < calls; k++) total += f(n);
  return total;
};
for (let i = 0; i < 3; i++) many();
let best = Infinity;
for (let k = 0; k < 5; k++) {
  const t0 = process.hrtime.bigint();
  const r = many();
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / (n * calls));
  if (r !== calls * one) throw new Error("wrong result " + r);
}
console.log(JSON.stringify({ iter: best }));
`;

async function main() {
  const esbuild = createRequire(path.join(ROOT, "package.json"))("esbuild");
  const tmp = mkdtempSync(path.join(tmpdir(), "typhon-real-loop-"));
  try {
    const src = (p) => path.join(ROOT, "packages", p, "src/index.ts");
    const common = { bundle: true, format: "esm", logLevel: "error", write: true };
    writeFileSync(path.join(tmp, "entry.mjs"), ENTRY);

    // 1. As the packages ship: one module per package, ceval importing @typhon/runtime.
    const pkg = (name, dir) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `@typhon/${name}`, type: "module", main: "index.js" }));
      return path.join(dir, "index.js");
    };
    const nm = path.join(tmp, "node_modules/@typhon");
    await esbuild.build({ ...common, entryPoints: [src("runtime")], platform: "neutral", outfile: pkg("runtime", path.join(nm, "runtime")) });
    await esbuild.build({ ...common, entryPoints: [src("ceval")], platform: "neutral", external: ["@typhon/runtime"], outfile: pkg("ceval", path.join(nm, "ceval")) });
    await esbuild.build({ ...common, entryPoints: [path.join(tmp, "entry.mjs")], platform: "node", external: ["@typhon/*"], outfile: path.join(tmp, "packages.mjs") });

    // 2. The same, ceval's labels read from the `op` import namespace: a patched copy of its sources.
    const copy = path.join(tmp, "ceval-src");
    cpSync(path.join(ROOT, "packages/ceval/src"), copy, { recursive: true });
    const cevalTs = path.join(copy, "ceval.ts");
    let n = 0;
    const patched = readFileSync(cevalTs, "utf8")
      .replace(/case (\d+) \/\* ([A-Z][A-Z_0-9]*) \*\/:/g, (_m, _num, name) => (n++, `case op.${name}:`))
      .replace(/opcode === 144 \/\* EXTENDED_ARG \*\//g, "opcode === op.EXTENDED_ARG");
    if (n < 50 || !/import \* as op from "@typhon\/runtime"/.test(patched)) throw new Error("ceval.ts no longer has the expected shape");
    writeFileSync(cevalTs, patched);
    const nsdir = path.join(tmp, "ns");
    mkdirSync(path.join(nsdir, "node_modules/@typhon"), { recursive: true });
    cpSync(path.join(nm, "runtime"), path.join(nsdir, "node_modules/@typhon/runtime"), { recursive: true });
    await esbuild.build({ ...common, entryPoints: [path.join(copy, "index.ts")], platform: "neutral", external: ["@typhon/runtime"], outfile: pkg("ceval", path.join(nsdir, "node_modules/@typhon/ceval")) });
    cpSync(path.join(tmp, "packages.mjs"), path.join(nsdir, "ns.mjs"));

    // 3. One bundle.
    const alias = { "@typhon/runtime": src("runtime"), "@typhon/ceval": src("ceval") };
    await esbuild.build({ ...common, entryPoints: [path.join(tmp, "entry.mjs")], platform: "node", alias, outfile: path.join(tmp, "bundle.mjs") });

    const runs = {};
    const files = { packages: path.join(tmp, "packages.mjs"), ns: path.join(nsdir, "ns.mjs"), bundle: path.join(tmp, "bundle.mjs") };
    for (const [v, file] of Object.entries(files)) {
      const xs = [];
      for (let i = 0; i < PROCS; i++) {
        const r = spawnSync(process.execPath, [file], { encoding: "utf8", cwd: path.dirname(file) });
        if (r.status !== 0) throw new Error(`${v}: ${r.stderr}`);
        xs.push(JSON.parse(r.stdout.trim().split("\n").pop()).iter);
      }
      runs[v] = xs.sort((a, b) => a - b)[PROCS >> 1];
    }
    let py = NaN;
    const pv = spawnSync(PY, ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8", env: PYENV });
    const pyv = pv.status === 0 ? pv.stdout.trim() : null;
    if (pyv) {
      const setup = "def f(n):\n    i = 0\n    acc = 0\n    while i < n:\n        acc = acc + i\n        i = i + 1\n    return acc";
      const r = spawnSync(PY, ["-m", "timeit", "-s", setup, "f(1000000)"], { encoding: "utf8", env: PYENV });
      const m = /best of \d+: ([\d.]+) (nsec|usec|msec|sec) per loop/.exec(r.stdout);
      if (m) py = (Number(m[1]) * { nsec: 1, usec: 1e3, msec: 1e6, sec: 1e9 }[m[2]]) / 1e6;
    }
    console.log(`Node ${process.version} (V8 ${process.versions.v8}); CPython: ${pyv ?? "not found"}; ${n} case labels in the loop`);
    console.log(`\nthe real _PyEval_EvalFrameDefault, 100 calls of f(100_000), 13 instructions per iteration (min of 5 after warm-up, median of ${PROCS} processes)\n`);
    const rows = [
      ["packages, literal case labels (as written)", fmt(runs.packages), fmt(runs.packages / 13, 2)],
      ["packages, labels rewritten `case op.X:`", fmt(runs.ns), fmt(runs.ns / 13, 2)],
      ["one bundle, literal case labels (as written)", fmt(runs.bundle), fmt(runs.bundle / 13, 2)],
    ];
    if (pyv) rows.push([`CPython ${pyv} (python3 -m timeit)`, fmt(py), fmt(py / 13, 2)]);
    table(["build", "ns/iteration", "ns/instruction"], rows);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
