// AST dumps of tests/corpus/ast/*.py against CPython 3.12.7 (tests/golden/ast/corpus.json;
// regenerate with `node tests/golden/ast/regen.mjs corpus`).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { _PyParser_ASTFromString, astDump } from "../src/Parser/index.js";

const root = path.resolve(__dirname, "../../..");
const golden: Record<string, string> = JSON.parse(readFileSync(path.join(root, "tests/golden/ast/corpus.json"), "utf8"));

describe("parser: AST corpus", () => {
  for (const [name, expected] of Object.entries(golden)) {
    it(name, () => {
      const data = readFileSync(path.join(root, "tests/corpus/ast", name));
      const mode = name.includes("eval__") ? "eval" : name.includes("single__") ? "single" : name.includes("functype__") ? "func_type" : "exec";
      const flags = { type_comments: name.includes("typecomments__") };
      expect(astDump(_PyParser_ASTFromString(data, "<unknown>", mode, flags))).toBe(expected);
    });
  }
});
