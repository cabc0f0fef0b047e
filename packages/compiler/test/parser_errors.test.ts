// SyntaxErrors of tests/corpus/syntax_errors/*.py against CPython 3.12.7
// (tests/golden/syntax_errors.json: [type, msg, lineno, offset, end_lineno, end_offset]; regenerate with
// `node tests/golden/ast/regen.mjs errors`). The match rate must stay >= 97 %, and every snippet that does
// not match must be listed in EXPECTED_FAILURES (a listed snippet that matches is an error too).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { _PyParser_ASTFromString, type ParserFlags } from "../src/Parser/index.js";

const root = path.resolve(__dirname, "../../..");
const golden: Record<string, unknown[]> = JSON.parse(readFileSync(path.join(root, "tests/golden/syntax_errors.json"), "utf8"));

/** Snippets whose result is known to differ from CPython's (with the reason). */
const EXPECTED_FAILURES: Record<string, string> = {};

function run(name: string): unknown[] {
  const data = readFileSync(path.join(root, "tests/corpus/syntax_errors", name));
  let src: string | Uint8Array;
  try {
    src = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    src = data;
  }
  let mode: "exec" | "eval" | "single" | "func_type" = "exec";
  let flags: ParserFlags = {};
  if (name.includes("eval__")) mode = "eval";
  else if (name.includes("single__")) mode = "single";
  else if (name.includes("functype__")) mode = "func_type";
  else if (name.includes("typecomments__")) flags = { type_comments: true };
  try {
    _PyParser_ASTFromString(src, "<unknown>", mode, flags);
    return ["OK"];
  } catch (e) {
    const err = e as { pyType?: string; msg?: string; lineno?: number; offset?: number; end_lineno?: number; end_offset?: number; message: string };
    if (err.pyType === "MemoryError") return ["MemoryError", err.message, null, null, null, null];
    if (err.pyType !== undefined) return [err.pyType, err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset];
    return ["JS", String(e)];
  }
}

describe("parser: syntax errors", () => {
  it("matches CPython 3.12.7 on the syntax error corpus", () => {
    const names = Object.keys(golden);
    expect(names.length).toBeGreaterThanOrEqual(400);
    const mismatches: string[] = [];
    const unexpected: string[] = [];
    for (const name of names) {
      const got = run(name);
      const ok = JSON.stringify(got) === JSON.stringify(golden[name]);
      if (!ok) mismatches.push(name);
      if (ok === name in EXPECTED_FAILURES) {
        unexpected.push(`${name}: ${ok ? "listed as failing but matches" : `got ${JSON.stringify(got)}, expected ${JSON.stringify(golden[name])}`}`);
      }
    }
    const rate = (names.length - mismatches.length) / names.length;
    expect(unexpected).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.97);
  });
});
