// token.ts must match CPython 3.12.7's Lib/token.py exactly (read from the stdlib of the pinned pyodide package):
// every constant's number, tok_name, and EXACT_TOKEN_TYPES; plus the operator tables of Parser/token.c.
import { describe, expect, it } from "vitest";
import { loadStdlib } from "../../../tests/support/stdlib.js";
import * as T from "../src/Parser/token.js";

async function tokenPy(): Promise<string> {
  const files = await loadStdlib();
  return new TextDecoder().decode(files.get("token.py"));
}

describe("token.ts = Lib/token.py of CPython 3.12.7", () => {
  it("has every token constant with the same number", async () => {
    const src = await tokenPy();
    const consts = [...src.matchAll(/^([A-Z_]+) = (\d+)$/gm)].map((m) => [m[1]!, Number(m[2])] as const);
    expect(consts.length).toBe(70);
    for (const [name, num] of consts) {
      expect((T as unknown as Record<string, number>)[name], name).toBe(num);
      expect(T.tok_name[num], name).toBe(name);
    }
    expect(Object.keys(T.tok_name).length).toBe(consts.length);
  });
  it("has EXACT_TOKEN_TYPES", async () => {
    const src = await tokenPy();
    const body = src.slice(src.indexOf("EXACT_TOKEN_TYPES = {"));
    const entries = [...body.slice(0, body.indexOf("}\n")).matchAll(/^ {4}'(.+)': ([A-Z]+),$/gm)].map(
      (m) => [m[1]!, (T as unknown as Record<string, number>)[m[2]!]] as const
    );
    expect(entries.length).toBe(48);
    expect(Object.entries(T.EXACT_TOKEN_TYPES).sort()).toEqual([...entries].sort());
  });
  it("has the one/two/three-character operator tables of Parser/token.c", () => {
    const code = (s: string) => [...s].map((c) => c.charCodeAt(0));
    for (const [op, type] of Object.entries(T.EXACT_TOKEN_TYPES)) {
      const c = code(op);
      if (c.length === 1) expect(T.oneChar(c[0]!), op).toBe(type);
      if (c.length === 2) expect(T.twoChars(c[0]!, c[1]!), op).toBe(type);
      if (c.length === 3) expect(T.threeChars(c[0]!, c[1]!, c[2]!), op).toBe(type);
    }
    expect(T.twoChars(0x3c, 0x3e)).toBe(T.NOTEQUAL); // "<>" (barry_as_FLUFL)
    expect(T.oneChar(0x24)).toBe(T.OP); // "$"
    expect(T.twoChars(0x2b, 0x2b)).toBe(T.OP);
    expect(T.threeChars(0x2a, 0x2a, 0x2a)).toBe(T.OP);
  });
  it("has ISSTRINGLIT and friends", () => {
    expect(T.ISSTRINGLIT(T.STRING)).toBe(true);
    expect(T.ISSTRINGLIT(T.FSTRING_MIDDLE)).toBe(true);
    expect(T.ISSTRINGLIT(T.FSTRING_START)).toBe(false);
    expect(T.ISTERMINAL(T.NL)).toBe(true);
    expect(T.ISNONTERMINAL(T.NT_OFFSET)).toBe(true);
    expect(T.ISEOF(T.ENDMARKER)).toBe(true);
  });
});
