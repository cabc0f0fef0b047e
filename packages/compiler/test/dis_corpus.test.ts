// dis.dis() of the compiler corpus (tests/corpus/compile/*.py except err_*.py and warn_*.py) must print exactly as
// CPython 3.12.7's Lib/dis.py does, up to code object addresses and frozenset item order (normalizeDis in
// tests/golden/compile/canon.ts; golden tests/golden/compile/corpus.json, `node tests/golden/compile/regen.mjs
// corpus`).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PyConfig_InitIsolatedConfig, Py_InitializeFromConfig, Py_IsInitialized } from "@typhon/runtime";
import { RUNTIME_GAPS, hash16, normalizeDis } from "../../../tests/golden/compile/canon.js";
import { _PyDis_Disassemble, _PyDis_DisassembleOne, compileSource } from "../src/index.js";

const root = path.resolve(__dirname, "../../..");
type Entry = { code: unknown[]; dis: string } | { digests: [string, string, string][]; disDigest: string };
const golden: Record<string, Entry> = JSON.parse(
  readFileSync(path.join(root, "tests/golden/compile/corpus.json"), "utf8"),
);

if (!Py_IsInitialized()) Py_InitializeFromConfig(PyConfig_InitIsolatedConfig());

const disOf = (rel: string) =>
  _PyDis_Disassemble(compileSource(new Uint8Array(readFileSync(path.join(root, rel))), rel, "exec"));

describe("dis: corpus disassembly identical to CPython 3.12.7", () => {
  for (const name of Object.keys(golden)) {
    const rel = `tests/corpus/compile/${name}`;
    const want = golden[name];
    const run = () => {
      const text = normalizeDis(disOf(rel).trimEnd());
      if ("dis" in want) expect(text).toBe(want.dis);
      else expect(hash16(text)).toBe(want.disDigest); // big_*.py: digest only
    };
    if (name in RUNTIME_GAPS) it.fails(`${name} (runtime gap)`, run);
    else it(name, run);
  }
});

describe("dis: format details", () => {
  it("prints the seed program like dis.dis", () => {
    const text = _PyDis_Disassemble(compileSource("a = 1\nb = 2\nc = a + b\n", "<s>", "exec"));
    expect(text).toBe(
      [
        "  0           0 RESUME                   0",
        "",
        "  1           2 LOAD_CONST               0 (1)",
        "              4 STORE_NAME               0 (a)",
        "",
        "  2           6 LOAD_CONST               1 (2)",
        "              8 STORE_NAME               1 (b)",
        "",
        "  3          10 LOAD_NAME                0 (a)",
        "             12 LOAD_NAME                1 (b)",
        "             14 BINARY_OP                0 (+)",
        "             18 STORE_NAME               2 (c)",
        "             20 RETURN_CONST             2 (None)",
        "",
      ].join("\n"),
    );
  });
  it("names nested code objects with a file and line, and disassembles them after the module", () => {
    const text = _PyDis_Disassemble(compileSource("def f():\n    return 1\n", "m.py", "exec"));
    expect(text).toMatch(/LOAD_CONST +0 \(<code object f at 0x[0-9a-f]+, file "m\.py", line 1>\)/);
    expect(text).toMatch(/\nDisassembly of <code object f at 0x[0-9a-f]+, file "m\.py", line 1>:\n  1 +0 RESUME +0\n/);
  });
  it("disassembles one code object without recursion", () => {
    const one = _PyDis_DisassembleOne(compileSource("def f():\n    return 1\n", "m.py", "exec"));
    expect(one).not.toContain("Disassembly of");
  });
});
