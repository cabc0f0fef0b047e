// The AST of every file of CPython 3.12.7's pure-Python stdlib must be identical to CPython's:
// sha256 of ast.dump(tree, include_attributes=True, indent=1) against tests/golden/ast/stdlib.json
// (regenerate with `node tests/golden/ast/regen.mjs stdlib`).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadStdlib } from "../../../tests/support/stdlib.js";
import { _PyParser_ASTFromString, astDump } from "../src/Parser/index.js";

const root = path.resolve(__dirname, "../../..");
const golden: Record<string, string> = JSON.parse(readFileSync(path.join(root, "tests/golden/ast/stdlib.json"), "utf8"));

describe("parser: CPython 3.12.7 stdlib ASTs", () => {
  it("parses all 490 stdlib files to identical AST dumps", async () => {
    const files = await loadStdlib();
    expect(files.size).toBe(490);
    expect(Object.keys(golden).length).toBe(490);
    const mismatches: string[] = [];
    for (const [name, data] of files) {
      let digest: string;
      try {
        const tree = _PyParser_ASTFromString(data, "<unknown>", "exec");
        digest = createHash("sha256").update(astDump(tree)).digest("hex");
      } catch (e) {
        digest = `error: ${(e as Error).message}`;
      }
      if (digest !== golden[name]) mismatches.push(name);
    }
    expect(mismatches).toEqual([]);
  });
});
