// Compile-time errors and the public API of compile.ts:
// - tests/corpus/compile/err_*.py: symtable/codegen SyntaxErrors with CPython 3.12.7's type, message and location,
//   warn_*.py: compile-time SyntaxWarnings, and the SyntaxError each becomes under -Werror
//   (tests/golden/compile/errors.json; `node tests/golden/compile/regen.mjs errors`)
// - eval/single modes, optimize levels, compile flags (tests/golden/compile/modes.json; `... regen.mjs modes`)
// - deep nesting and long expressions: no JS stack overflow, RecursionError where the compiler gives up
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PyConfig_InitIsolatedConfig, Py_InitializeFromConfig, Py_IsInitialized, PyCode_Check } from "@typhon/runtime";
import {
  CompilerRecursionError,
  CompilerSyntaxError,
  _PyAST_Compile,
  _PyCompile_SyntaxErrorInfo,
  _PyParser_ASTFromString,
  codeToCanonicalJSON,
  compileSource,
  type CompileOptions,
} from "../src/index.js";

const root = path.resolve(__dirname, "../../..");
const corpus = path.join(root, "tests/corpus/compile");
type WarnEntry = { result: unknown[]; warnings: unknown[][]; werror: unknown[] };
const errors: Record<string, unknown[] | WarnEntry> = JSON.parse(readFileSync(path.join(root, "tests/golden/compile/errors.json"), "utf8"));
type ModeCase = { source: string; mode: "exec" | "eval" | "single"; optimize: number; flags: number; code?: unknown[]; error?: unknown[] };
const modes: ModeCase[] = JSON.parse(readFileSync(path.join(root, "tests/golden/compile/modes.json"), "utf8"));

if (!Py_IsInitialized()) Py_InitializeFromConfig(PyConfig_InitIsolatedConfig());

/** What compile() reports: ["OK"] or [type, msg, lineno, offset, end_lineno, end_offset] (like errors.json). */
function outcome(
  source: string | Uint8Array,
  filename: string,
  mode: "exec" | "eval" | "single" = "exec",
  optimize = 0,
  flags = 0,
  options: CompileOptions = {},
): unknown[] {
  try {
    compileSource(source, filename, mode, optimize, flags, options);
    return ["OK"];
  } catch (e) {
    const info = _PyCompile_SyntaxErrorInfo(e);
    if (info === null) throw e;
    return [info.pyType, info.msg, info.lineno, info.offset, info.end_lineno, info.end_offset];
  }
}

describe("compiler: compile-time SyntaxErrors as CPython 3.12.7 reports them", () => {
  const names = readdirSync(corpus).filter((n) => n.startsWith("err_") && n.endsWith(".py")).sort();
  it("has a golden for every err_*.py and warn_*.py", () => {
    const warns = readdirSync(corpus).filter((n) => n.startsWith("warn_") && n.endsWith(".py"));
    expect(warns.filter((n) => !(n in errors))).toEqual([]);
    expect(names.filter((n) => !(n in errors))).toEqual([]);
  });
  for (const name of names) {
    it(name, () => {
      expect(outcome(new Uint8Array(readFileSync(path.join(corpus, name))), name)).toEqual(errors[name]);
    });
  }
});

describe("compiler: compile-time SyntaxWarnings as CPython 3.12.7 issues them", () => {
  const names = readdirSync(corpus).filter((n) => n.startsWith("warn_") && n.endsWith(".py")).sort();
  for (const name of names) {
    it(name, () => {
      const want = errors[name] as WarnEntry;
      const src = new Uint8Array(readFileSync(path.join(corpus, name)));
      const seen: unknown[][] = [];
      const result = outcome(src, name, "exec", 0, 0, {
        onWarning: (w) => {
          expect(w.filename).toBe(name);
          seen.push([w.category, w.message, w.lineno]);
        },
      });
      expect(result).toEqual(want.result);
      expect(seen).toEqual(want.warnings);
      // -Werror: the first warning becomes a SyntaxError at the warning's location
      expect(outcome(src, name, "exec", 0, 0, { onWarning: () => true })).toEqual(want.werror);
    });
  }
  it("ignores warnings without a handler", () => {
    expect(outcome("x = 1\nif x is 1: pass\n", "w.py")).toEqual(["OK"]);
  });
  it("carries the filename and the source line, and is the parser's SyntaxError class", () => {
    let err: unknown;
    try {
      compileSource("x = 1\nreturn x\n", "prog.py", "exec");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CompilerSyntaxError);
    const info = _PyCompile_SyntaxErrorInfo(err)!;
    expect(info).toMatchObject({ pyType: "SyntaxError", msg: "'return' outside function", filename: "prog.py", lineno: 2, offset: 1 });
    expect(info.text).toBe("return x\n");
  });
  it("does not recognise other exceptions as SyntaxErrors", () => {
    expect(_PyCompile_SyntaxErrorInfo(new Error("x"))).toBeNull();
    expect(_PyCompile_SyntaxErrorInfo(new CompilerRecursionError())).toBeNull();
    expect(_PyCompile_SyntaxErrorInfo(undefined)).toBeNull();
  });
});

describe("compiler: modes, optimize levels and flags identical to CPython 3.12.7", () => {
  for (const c of modes) {
    it(`${c.mode} optimize=${c.optimize} flags=0x${c.flags.toString(16)}: ${JSON.stringify(c.source).slice(0, 50)}`, () => {
      if (c.error) expect(outcome(c.source, "<modes>", c.mode, c.optimize, c.flags)).toEqual(c.error);
      else expect(codeToCanonicalJSON(compileSource(c.source, "<modes>", c.mode, c.optimize, c.flags))).toEqual(c.code);
    });
  }
});

describe("compiler: API", () => {
  it("returns the runtime's code object, the same from str and UTF-8 bytes", () => {
    const src = "def f(x):\n    return x + 'é'\n";
    const a = compileSource(src, "m.py", "exec");
    const b = compileSource(new TextEncoder().encode(src), "m.py", "exec");
    expect(PyCode_Check(a)).toBe(true);
    expect(codeToCanonicalJSON(a)).toEqual(codeToCanonicalJSON(b));
  });
  it("_PyAST_Compile compiles a parsed module like compileSource", () => {
    const src = "import os\nx = [i * 2 for i in range(3)]\n";
    const mod = _PyParser_ASTFromString(src, "m.py", "exec");
    expect(codeToCanonicalJSON(_PyAST_Compile(mod, "m.py", 0, 0))).toEqual(codeToCanonicalJSON(compileSource(src, "m.py", "exec", 0)));
  });
});

describe("compiler: deep nesting and long expressions", () => {
  const compiles = (src: string) => expect(PyCode_Check(compileSource(src, "<deep>", "exec"))).toBe(true);
  it("compiles 100 nested functions", () => {
    let src = "";
    for (let i = 0; i < 99; i++) src += " ".repeat(i) + `def f${i}():\n`;
    src += " ".repeat(99) + "def f99(): return 1\n";
    const all = codeToCanonicalJSON(compileSource(src, "<deep>", "exec"));
    expect(all.length).toBe(101);
    expect(all[100].qualname).toBe(Array.from({ length: 99 }, (_, i) => `f${i}.<locals>.`).join("") + "f99");
  });
  it("compiles 10,000-term expressions", () => {
    compiles("x = a" + " + a".repeat(9999) + "\n");
    compiles("x = 1" + " + 1".repeat(9999) + "\n");
    compiles("x = a" + " and b or c".repeat(5000) + "\n");
    compiles("x = a" + " < b".repeat(9999) + "\n");
    compiles("x = [" + Array.from({ length: 10000 }, (_, i) => `a${i % 7}`).join(", ") + "]\n");
    compiles("f(" + Array.from({ length: 10000 }, (_, i) => `a${i % 7}`).join(", ") + ")\n");
    compiles("x = '" + "s' 's".repeat(5000) + "'\n");
    compiles(Array.from({ length: 10000 }, (_, i) => `x${i % 13} = y + ${i}\n`).join(""));
    // left spines: attribute, call, subscript chains (CPython 3.12.7 compiles them up to 30,000 deep)
    compiles("x = a" + ".b".repeat(10000) + "\n");
    compiles("x = a" + "()".repeat(10000) + "\n");
    compiles("x = a" + "[0]".repeat(10000) + "\n");
    compiles("x = a" + ".b(c, *d)[1:2] + e".repeat(2500) + "\n");
    compiles("a" + ".b(k=1)".repeat(5000) + ".c = 1\n");
  });
  it("folds a 10,000-term constant sum to one constant", () => {
    const [mod] = codeToCanonicalJSON(compileSource("x = 1" + " + 1".repeat(9999) + "\n", "<deep>", "exec"));
    expect(mod.consts).toEqual(["10000", "None"]);
  });
  it("raises RecursionError, not a JS stack overflow, for too deep nesting", () => {
    for (const src of ["x = a" + ".b".repeat(31000), "x = a" + "()".repeat(31000), "x = " + "not ".repeat(3500) + "a"]) {
      expect(() => compileSource(src, "<deep>", "exec")).toThrow(CompilerRecursionError);
      try {
        compileSource(src, "<deep>", "exec");
      } catch (e) {
        expect((e as CompilerRecursionError).pyType).toBe("RecursionError");
        expect((e as Error).message).toContain("maximum recursion depth exceeded during compilation");
      }
    }
  });
  it("reports too many statically nested blocks at the 22nd block", () => {
    const loops = (n: number) => Array.from({ length: n }, (_, i) => " ".repeat(i) + `for x${i} in y:\n`).join("") + " ".repeat(n) + "pass\n";
    expect(outcome(loops(21), "<deep>")).toEqual(["OK"]);
    expect(outcome(loops(22), "<deep>")).toEqual(["SyntaxError", "too many statically nested blocks", 22, 22, 23, 27]);
  });
});
