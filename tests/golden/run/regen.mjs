#!/usr/bin/env node
// Regenerates tests/golden/run/corpus.json: what CPython 3.12.7 (the oracle) prints for each program in
// tests/corpus/run/*.py. Needs ../shared/oracle (not available in CI; CI only reads the committed goldens).
//
//   node tests/golden/run/regen.mjs            # every program; entries for deleted programs are dropped
//   node tests/golden/run/regen.mjs a.py b     # only these programs (basenames, ".py" optional); others kept
//
// corpus.json maps a program's basename to {out, err, status}: stdout, stderr and the exit status `python3 FILE`
// would give (0 ok, 1 uncaught exception, else the SystemExit code).
//
// Path normalisation: a traceback names the file by its absolute path, which depends on where the checkout lives.
// Every occurrence of the corpus directory's absolute path followed by "/" is replaced with "<dir>/", so
//   File "/work/main/tests/corpus/run/err_name.py", line 3, in <module>
// is stored as
//   File "<dir>/err_name.py", line 3, in <module>
// tests/run/run.test.ts applies the same replacement to Typhon's output before comparing.
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { repoRoot, runOracleJSON } from "../../support/oracle.mjs";

const corpusDir = path.join(repoRoot, "tests/corpus/run");
const goldenFile = path.join(repoRoot, "tests/golden/run/corpus.json");

/** Must stay identical to normalise() in tests/run/run.test.ts. */
function normalise(text, dir) {
  return text.split(dir + "/").join("<dir>/");
}

const all = readdirSync(corpusDir).filter((f) => f.endsWith(".py")).sort();
const wanted = process.argv.slice(2).map((a) => path.basename(a.endsWith(".py") ? a : a + ".py"));
for (const w of wanted) if (!all.includes(w)) throw new Error(`no such program: tests/corpus/run/${w}`);
const names = wanted.length ? wanted : all;

const res = runOracleJSON("run", names.map((n) => path.join(corpusDir, n)));

const golden = wanted.length && existsSync(goldenFile) ? JSON.parse(readFileSync(goldenFile, "utf8")) : {};
for (const n of names) {
  const r = res[path.join(corpusDir, n)];
  if (!r) throw new Error(`oracle gave no result for ${n}`);
  if (typeof r.status !== "number") throw new Error(`oracle crashed on ${n}: ${JSON.stringify(r)}`);
  golden[n] = { out: normalise(r.out, corpusDir), err: normalise(r.err, corpusDir), status: r.status };
}
for (const k of Object.keys(golden)) if (!all.includes(k)) delete golden[k];

const sorted = Object.fromEntries(Object.keys(golden).sort().map((k) => [k, golden[k]]));
writeFileSync(goldenFile, JSON.stringify(sorted, null, 1) + "\n");
console.log(`wrote ${Object.keys(sorted).length} entries (${names.length} regenerated) to ${path.relative(repoRoot, goldenFile)}`);
