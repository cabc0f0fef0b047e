#!/usr/bin/env node
// Regenerates tests/golden/format/str.json: CPython 3.12.7's results (the oracle) for the str method and operator
// cases tests/golden/format/str_cases.py lists. Needs ../shared/oracle (CI only reads the committed golden).
//
//   node tests/golden/format/str_gen.mjs
//
// The checks live in packages/runtime/test/str_golden.test.ts.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot, runOracleJSON } from "../../support/oracle.mjs";

const here = path.join(repoRoot, "tests/golden/format");
const script = path.join(here, "str_cases.py");
const res = runOracleJSON("run", [script])[script];
if (!res || res.status !== 0) throw new Error(`oracle failed on str_cases.py: ${JSON.stringify(res)}`);
const doc = JSON.parse(res.out);
const lines = ["{"];
const keys = Object.keys(doc);
keys.forEach((k, i) => {
  lines.push(` ${JSON.stringify(k)}: [`);
  doc[k].forEach((c, j) => lines.push(`  ${JSON.stringify(c)}${j + 1 < doc[k].length ? "," : ""}`));
  lines.push(` ]${i + 1 < keys.length ? "," : ""}`);
});
lines.push("}");
const out = path.join(here, "str.json");
writeFileSync(out, lines.join("\n") + "\n");
console.log(`wrote ${keys.map((k) => `${doc[k].length} ${k}`).join(", ")} cases to ${path.relative(repoRoot, out)}`);
