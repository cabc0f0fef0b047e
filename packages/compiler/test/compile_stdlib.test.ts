// Every code object of CPython 3.12.7's pure-Python stdlib (490 files, 15,471 code objects) compiled by Typhon
// against CPython's (tests/golden/compile/stdlib.json: per code object a digest of the canonical JSON without the
// linetable and one of the linetable; per file a digest of the normalised dis.dis() text; regenerate with
// `node tests/golden/compile/regen.mjs stdlib`). The counts may only go up: raise the floors when they do.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PyConfig_InitIsolatedConfig, Py_InitializeFromConfig, Py_IsInitialized } from "@typhon/runtime";
import { loadStdlib } from "../../../tests/support/stdlib.js";
import { codeDigest, hash16, normalizeDis } from "../../../tests/golden/compile/canon.js";
import { _PyDis_Disassemble, codeToCanonicalJSON, compileSource } from "../src/index.js";

/** Measured: 15,471 / 15,471 code objects (all fields, line tables included). */
const MIN_IDENTICAL_CODE = 15_471;
/** Measured: 490 / 490 files. */
const MIN_IDENTICAL_DIS = 490;

const root = path.resolve(__dirname, "../../..");
type Golden = Record<string, { code: [string, string, string][]; dis: string }>;
const golden: Golden = JSON.parse(readFileSync(path.join(root, "tests/golden/compile/stdlib.json"), "utf8"));

if (!Py_IsInitialized()) Py_InitializeFromConfig(PyConfig_InitIsolatedConfig());

describe("compiler: CPython 3.12.7 stdlib code objects", () => {
  it(`compiles the 490 stdlib files: at least ${MIN_IDENTICAL_CODE}/15,471 code objects and ${MIN_IDENTICAL_DIS}/490 dis texts identical`, async () => {
    const files = await loadStdlib();
    expect(files.size).toBe(490);
    expect(Object.keys(golden).length).toBe(490);
    let total = 0;
    let same = 0;
    let sameLocations = 0;
    let disSame = 0;
    const differing: string[] = [];
    for (const [name, data] of files) {
      const want = golden[name];
      total += want.code.length;
      let got: [string, string, string][] = [];
      let dis = "";
      try {
        const co = compileSource(data, name, "exec");
        got = codeToCanonicalJSON(co).map(codeDigest);
        dis = hash16(normalizeDis(_PyDis_Disassemble(co).trimEnd()));
      } catch (e) {
        differing.push(`${name}: ${(e as Error).message}`);
      }
      for (let i = 0; i < want.code.length; i++) {
        const g = got[i];
        const w = want.code[i];
        if (g && g[0] === w[0] && g[1] === w[1]) {
          sameLocations++;
          if (g[2] === w[2]) same++;
          else differing.push(`${name} ${w[0]} (linetable)`);
        } else differing.push(`${name} ${w[0]}`);
      }
      if (dis === want.dis) disSame++;
    }
    console.log(
      `compiler stdlib: ${same}/${total} code objects identical (${sameLocations} ignoring locations), ` +
        `dis ${disSame}/490 files identical` + (differing.length ? `\n  differing: ${differing.slice(0, 20).join("\n  ")}` : ""),
    );
    expect(total).toBe(15_471);
    expect(same).toBeGreaterThanOrEqual(MIN_IDENTICAL_CODE);
    expect(disSame).toBeGreaterThanOrEqual(MIN_IDENTICAL_DIS);
  });
});
