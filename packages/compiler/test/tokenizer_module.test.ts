// The tokenize-module front-end of the tokenizer against CPython 3.12.7 (goldens written by
// tests/golden/tokens/regen.mjs from the oracle; CI only reads them):
//  * every snippet of tests/corpus/tokens/*.py must print exactly the oracle's text (tests/golden/tokens/corpus.json)
//  * every one of the 490 stdlib files must print text whose sha256 is the oracle's (tests/golden/tokens/stdlib.json)
// The text is what `for t in tokenize.tokenize(f.readline): print(tok_name[t.exact_type], repr(t.string), t.start,
// t.end)` prints, followed by the traceback when tokenizing fails.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadStdlib } from "../../../tests/support/stdlib.js";
import { exactType, tokenizeForTokenizeModule, tokenizeModuleTokens } from "../src/Parser/tokenizer.js";
import { NAME, NUMBER, OP, tok_name } from "../src/Parser/token.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const corpusDir = path.join(root, "tests/corpus/tokens");
const corpusGolden: Record<string, string> = JSON.parse(
  readFileSync(path.join(root, "tests/golden/tokens/corpus.json"), "utf8")
);
const stdlibGolden: Record<string, string> = JSON.parse(
  readFileSync(path.join(root, "tests/golden/tokens/stdlib.json"), "utf8")
);

/** Must stay identical to normalise() in tests/golden/tokens/regen.mjs. */
function normalise(text: string, dir: string): string {
  return text.split(dir + "/").join("<dir>/");
}

const snippets = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".py"))
  .sort();

describe("tokenize module: hand-written snippets (tests/corpus/tokens)", () => {
  it("has a golden for every snippet", () => {
    expect(Object.keys(corpusGolden).sort()).toEqual(snippets);
  });
  for (const name of snippets) {
    it(name, () => {
      const file = path.join(corpusDir, name);
      const out = normalise(tokenizeForTokenizeModule(new Uint8Array(readFileSync(file)), file), corpusDir);
      expect(out).toBe(corpusGolden[name]);
    });
  }
});

describe("tokenize module: CPython 3.12.7 stdlib", () => {
  it("prints exactly the oracle's output for all 490 files", async () => {
    const files = await loadStdlib();
    expect(files.size).toBe(490);
    expect(Object.keys(stdlibGolden).length).toBe(490);
    const mismatches: string[] = [];
    for (const [name, data] of files) {
      const text = tokenizeForTokenizeModule(data, `<dir>/${name}`);
      const digest = createHash("sha256").update(text, "utf8").digest("hex");
      if (digest !== stdlibGolden[name]) mismatches.push(name);
    }
    expect(mismatches).toEqual([]);
  });
});

describe("tokenize module: API", () => {
  it("yields TokenInfo-like records with tokenize's types", () => {
    const toks = tokenizeModuleTokens(new TextEncoder().encode("x = 1 # c\n"));
    expect(toks.map((t) => [tok_name[t.type], t.string, t.start, t.end])).toEqual([
      ["ENCODING", "utf-8", [0, 0], [0, 0]],
      ["NAME", "x", [1, 0], [1, 1]],
      ["OP", "=", [1, 2], [1, 3]],
      ["NUMBER", "1", [1, 4], [1, 5]],
      ["COMMENT", "# c", [1, 6], [1, 9]],
      ["NEWLINE", "\n", [1, 9], [1, 10]],
      ["ENDMARKER", "", [2, 0], [2, 0]],
    ]);
    expect(tok_name[exactType(toks[2]!)]).toBe("EQUAL");
    expect(toks[1]!.type).toBe(NAME);
    expect(toks[3]!.type).toBe(NUMBER);
    expect(toks[2]!.type).toBe(OP);
  });
  it("reports the exception that ends a run", () => {
    expect(() => tokenizeModuleTokens(new TextEncoder().encode("x = (\n"))).toThrow(
      "tokenize.TokenError: ('unexpected EOF in multi-line statement', (1, 0))"
    );
  });
  it("uses character columns", () => {
    const toks = tokenizeModuleTokens(new TextEncoder().encode("é = '😀' + ü\n"));
    expect(toks.slice(1, 6).map((t) => [t.string, t.start[1], t.end[1]])).toEqual([
      ["é", 0, 1],
      ["=", 2, 3],
      ["'😀'", 4, 7],
      ["+", 8, 9],
      ["ü", 10, 11],
    ]);
  });
});
