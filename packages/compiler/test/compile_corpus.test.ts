// Code objects of the compiler corpus (tests/corpus/compile/*.py except err_*.py and warn_*.py) must be identical
// to CPython 3.12.7's: every field of the oracle's canonical form (tests/golden/compile/corpus.json; regenerate
// with `node tests/golden/compile/regen.mjs corpus`). seed*: the walking-skeleton programs; lang*: one language
// area each; big_*: stress programs (long expressions, deep nesting; compared through digests); gap_*: see
// RUNTIME_GAPS.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PyConfig_InitIsolatedConfig, Py_InitializeFromConfig, Py_IsInitialized } from "@typhon/runtime";
import { RUNTIME_GAPS, codeDigest } from "../../../tests/golden/compile/canon.js";
import { codeToCanonicalJSON, compileSource } from "../src/index.js";

const root = path.resolve(__dirname, "../../..");
type Entry = { code: unknown[]; dis: string } | { digests: [string, string, string][]; disDigest: string };
const golden: Record<string, Entry> = JSON.parse(
  readFileSync(path.join(root, "tests/golden/compile/corpus.json"), "utf8"),
);

if (!Py_IsInitialized()) Py_InitializeFromConfig(PyConfig_InitIsolatedConfig());

describe("compiler: corpus code objects identical to CPython 3.12.7", () => {
  for (const name of Object.keys(golden)) {
    const rel = `tests/corpus/compile/${name}`;
    const run = () => {
      const co = compileSource(new Uint8Array(readFileSync(path.join(root, rel))), rel, "exec");
      const want = golden[name];
      if ("code" in want) expect(codeToCanonicalJSON(co)).toEqual(want.code);
      else expect(codeToCanonicalJSON(co).map(codeDigest)).toEqual(want.digests); // big_*.py: digests only
    };
    if (name in RUNTIME_GAPS) it.fails(`${name} (runtime gap: ${RUNTIME_GAPS[name]})`, run);
    else it(name, run);
  }
});
