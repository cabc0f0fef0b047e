#!/usr/bin/env node
// Regenerates tests/golden/format/format.json: CPython 3.12's results for every case tests/golden/format/cases.py
// lists -- format(value, spec) for int/float/str/complex/other values, printf-style `fmt % args`, str.format and
// str.format_map. Needs ../shared/oracle and a native CPython 3.12 (CI only reads the committed golden).
//
//   node tests/golden/format/gen.mjs          # PYTHON=/path/to/python3.12 overrides the native interpreter
//
// The oracle (CPython 3.12.7 as 32-bit WebAssembly) decides, except where its answer is an artefact of the 32-bit
// build (a C long of 32 bits: format(2**31, 'c') says "Python int too large to convert to C long"): there the
// native 64-bit result is recorded and the oracle's answer is listed under "wasm32_differences" in format.json.
// Typhon behaves as 64-bit CPython. The checks live in packages/runtime/test/format_golden.test.ts.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot, runOracleJSON } from "../../support/oracle.mjs";

const here = path.join(repoRoot, "tests/golden/format");
const script = path.join(here, "cases.py");
const res = runOracleJSON("run", [script])[script];
if (!res || res.status !== 0) throw new Error(`oracle failed on cases.py: ${JSON.stringify(res)}`);
const doc = JSON.parse(res.out);

const python = process.env.PYTHON ?? "python3";
const env = process.env.PYTHON ? process.env : { ...process.env, PYENV_VERSION: process.env.PYENV_VERSION ?? "3.12.1" };
const version = execFileSync(python, ["-c", "import sys; print(sys.version_info[:2] == (3, 12), sys.maxsize > 2**32)"], { env, encoding: "utf8" }).trim();
if (version !== "True True") throw new Error(`${python} is not a 64-bit CPython 3.12 (set PYTHON=...)`);
const native = JSON.parse(execFileSync(python, [script], { env, encoding: "utf8", maxBuffer: 1 << 28 }));

const differences = [];
for (const k of Object.keys(doc)) {
  doc[k].forEach((c, i) => {
    const n = native[k][i];
    if (JSON.stringify(c) === JSON.stringify(n)) return;
    const oracleResult = c[c.length - 1];
    const nativeResult = n[n.length - 1];
    const wasm32 = oracleResult[0] === "err" && /too large to convert to C long/.test(oracleResult[1]);
    if (!wasm32) throw new Error(`native and oracle differ on ${k}[${i}] for another reason: ${JSON.stringify(c)} vs ${JSON.stringify(n)}`);
    doc[k][i] = n;
    differences.push([k, i, oracleResult]);
    console.log(`wasm32 difference ${k}[${i}]: oracle ${JSON.stringify(oracleResult)}, native ${JSON.stringify(nativeResult)}`);
  });
}
doc.wasm32_differences = differences;

const out = path.join(here, "format.json");
// One case per line keeps diffs readable.
const lines = ["{"];
const keys = Object.keys(doc);
keys.forEach((k, i) => {
  lines.push(` ${JSON.stringify(k)}: [`);
  doc[k].forEach((c, j) => lines.push(`  ${JSON.stringify(c)}${j + 1 < doc[k].length ? "," : ""}`));
  lines.push(` ]${i + 1 < keys.length ? "," : ""}`);
});
lines.push("}");
writeFileSync(out, lines.join("\n") + "\n");
const sections = ["format", "percent", "str_format", "format_map", "builtins"];
const n = sections.reduce((a, k) => a + doc[k].length, 0);
console.log(`wrote ${n} cases (${sections.map((k) => `${doc[k].length} ${k}`).join(", ")}) to ${path.relative(repoRoot, out)}`);
