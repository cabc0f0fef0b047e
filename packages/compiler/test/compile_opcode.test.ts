import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as op from "@typhon/runtime";

const golden = JSON.parse(readFileSync(new URL("../../../tests/golden/compile/opcode312.json", import.meta.url), "utf8"));

describe("opcode table (CPython 3.12.7)", () => {
  it("has every opcode number and name", () => {
    expect(op.opname.length).toBe(golden.opname.length);
    for (let i = 0; i < golden.opname.length; i++) expect(op.opname[i]).toBe(golden.opname[i]);
    for (const [name, num] of Object.entries(golden.opmap as Record<string, number>)) {
      expect((op as any)[name]).toBe(num);
      expect(op.opmap[name]).toBe(num);
    }
  });
  it("has the inline cache counts", () => {
    for (let i = 0; i < 256; i++) if (op._PyOpcode_Deopt[i] === i) expect(op._PyOpcode_Caches[i]).toBe(golden.cache[i]);
  });
  it("deopt maps specialized instructions to their family", () => {
    for (const [base, fam] of Object.entries(golden.specializations as Record<string, string[]>))
      for (const s of fam) expect(op._PyOpcode_Deopt[op.opmap[s]]).toBe(op.opmap[base]);
  });
  it("has the category tables", () => {
    for (const k of ["hasconst", "hasname", "hasjrel", "haslocal", "hascompare", "hasfree", "hasexc", "hasarg"])
      expect([...(op as any)[k]]).toEqual(golden[k]);
    expect(op._nb_ops).toEqual(golden.nb_ops);
    expect(op._intrinsic_1_descs).toEqual(golden.intrinsic1);
    expect(op._intrinsic_2_descs).toEqual(golden.intrinsic2);
  });
  it("stack effects match dis.stack_effect", () => {
    let n = 0;
    for (const [name, rows] of Object.entries(golden.stack_effect as Record<string, (number | null)[][]>)) {
      const code = golden.opmap[name];
      rows.forEach((r, arg) => {
        const oparg = rows.length === 1 ? 0 : arg;
        const js = [0, 1, -1].map((j) => op.stack_effect(code, oparg, j));
        r.forEach((want, k) => {
          if (want === null) return;
          n++;
          expect([name, oparg, k, js[k]]).toEqual([name, oparg, k, want]);
        });
      });
    }
    expect(n).toBeGreaterThan(1000);
  });
});
