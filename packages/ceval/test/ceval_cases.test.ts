import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as rt from "@typhon/runtime";

describe("the dispatch switch", () => {
  it("numbers each case as the opcode table does", () => {
    const src = readFileSync(new URL("../src/ceval.ts", import.meta.url), "utf8");
    const cases = [...src.matchAll(/case (\d+) \/\* ([A-Z_0-9]+) \*\//g)];
    expect(cases.length).toBeGreaterThan(100);
    for (const [, num, name] of cases) expect([name, Number(num)]).toEqual([name, (rt as unknown as Record<string, number>)[name]]);
  });
});
