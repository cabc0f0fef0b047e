// The parser's API: modes, flags, errors, deep nesting, large inputs.
import { describe, expect, it } from "vitest";
import { _PyParser_ASTFromString, astDump, NodeKind, ParserMemoryError, ParserSyntaxError, ast } from "../src/Parser/index.js";

function parseError(src: string | Uint8Array, mode: "exec" | "eval" | "single" | "func_type" = "exec"): ParserSyntaxError {
  try {
    _PyParser_ASTFromString(src, "<test>", mode);
  } catch (e) {
    if (e instanceof ParserSyntaxError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("parser API", () => {
  it("parses the four modes", () => {
    expect(_PyParser_ASTFromString("x = 1\n", "<s>", "exec")._kind).toBe(NodeKind.Module);
    const e = _PyParser_ASTFromString("a + b", "<s>", "eval") as ast.Expression;
    expect(e._kind).toBe(NodeKind.Expression);
    expect(e.body._kind).toBe(NodeKind.BinOp);
    expect(_PyParser_ASTFromString("x = 1\n", "<s>", "single")._kind).toBe(NodeKind.Interactive);
    const f = _PyParser_ASTFromString("(int, str) -> bool", "<s>", "func_type") as ast.FunctionType;
    expect(f.argtypes.length).toBe(2);
    expect(astDump(f, { include_attributes: false, indent: null })).toBe(
      "FunctionType(argtypes=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())], returns=Name(id='bool', ctx=Load()))",
    );
  });

  it("dumps like ast.dump", () => {
    const m = _PyParser_ASTFromString("x = 1\n", "<s>", "exec");
    expect(astDump(m, { include_attributes: false, indent: null })).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
    );
  });

  it("nodes have ASDL fields, attributes and kinds", () => {
    const m = _PyParser_ASTFromString("def f(a, *, b=1): return a\n", "<s>", "exec") as ast.Module;
    const fd = m.body[0] as ast.FunctionDef;
    expect(fd._kind).toBe(NodeKind.FunctionDef);
    expect(ast.FunctionDef._fields).toEqual(["name", "args", "body", "decorator_list", "returns", "type_comment", "type_params"]);
    expect(ast.FunctionDef._attributes).toEqual(["lineno", "col_offset", "end_lineno", "end_col_offset"]);
    expect(fd.name).toBe("f");
    expect(fd.args.kw_defaults.length).toBe(1);
    expect(fd.returns).toBeNull();
    expect(fd.decorator_list).toEqual([]);
    expect([fd.lineno, fd.col_offset, fd.end_lineno, fd.end_col_offset]).toEqual([1, 0, 1, 26]);
    const name = (fd.body[0] as ast.Return).value as ast.Name;
    expect(name.ctx).toBe(ast.Load.instance);
  });

  it("columns are UTF-8 byte offsets", () => {
    const m = _PyParser_ASTFromString("é = 'ü'\n", "<s>", "exec") as ast.Module;
    const a = m.body[0] as ast.Assign;
    expect(a.targets[0]!.end_col_offset).toBe(2);
    expect(a.value.col_offset).toBe(5);
    expect(a.value.end_col_offset).toBe(9);
  });

  it("reports SyntaxError attributes with 1-based character offsets", () => {
    const e = parseError("x = (1,\n     2 3)\n");
    expect(e.pyType).toBe("SyntaxError");
    expect(e.msg).toBe("invalid syntax. Perhaps you forgot a comma?");
    expect([e.lineno, e.offset, e.end_lineno, e.end_offset]).toEqual([2, 6, 2, 9]);
    expect(e.filename).toBe("<test>");
    const e2 = parseError("é = 'ü' + $\n");
    expect([e2.lineno, e2.offset]).toEqual([1, 11]);
    expect(parseError("if x:\npass\n").pyType).toBe("IndentationError");
    expect(parseError("if x:\n\ta\n        b\n").pyType).toBe("TabError");
  });

  it("raises MemoryError for too deep nesting, never a JS RangeError", () => {
    for (const src of ["-".repeat(7000) + "1", "not ".repeat(7000) + "x", "2**".repeat(3000) + "2", "lambda:".repeat(3000) + "1", "a if b else ".repeat(7000) + "c"]) {
      let err: unknown = null;
      try {
        _PyParser_ASTFromString(src, "<s>", "exec");
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ParserMemoryError);
      expect((err as Error).message).toBe("Parser stack overflowed - Python source too complex to parse");
    }
    // CPython's tokenizer limit on parentheses
    expect(parseError("(".repeat(201) + ")".repeat(201)).msg).toBe("too many nested parentheses");
    // long but shallow constructs are fine
    expect(() => _PyParser_ASTFromString("a" + ".b".repeat(100000), "<s>", "exec")).not.toThrow();
    expect(() => _PyParser_ASTFromString(Array(100000).fill("a").join(" + "), "<s>", "exec")).not.toThrow();
  });

  it("parses large inputs in linear time", () => {
    const unit = "def f(a, b=2, *args, **kw):\n    x = [i * 2 for i in range(a) if i % 3]\n    return {'k': x, 'v': f\"{a!r:>{b}}\"}\n";
    const time = (n: number): number => {
      const src = unit.repeat(n);
      const t = performance.now();
      const m = _PyParser_ASTFromString(src, "<s>", "exec") as ast.Module;
      expect(m.body.length).toBe(n);
      return performance.now() - t;
    };
    time(2000); // warm up
    const small = Math.max(time(4500), 1);
    const big = time(45000); // 5 MB
    expect(big / small).toBeLessThan(25);
    // 100,000 lines
    const lines = "x = 1\n".repeat(100000);
    expect((_PyParser_ASTFromString(lines, "<s>", "exec") as ast.Module).body.length).toBe(100000);
    // one huge expression
    const expr = "x = [" + Array.from({ length: 100000 }, (_, i) => `${i} + a[${i}]`).join(", ") + "]\n";
    expect(() => _PyParser_ASTFromString(expr, "<s>", "exec")).not.toThrow();
  });

  it("accepts bytes with PEP 263 declarations", () => {
    const src = new Uint8Array([...new TextEncoder().encode("# -*- coding: latin-1 -*-\nx = '"), 0xe9, ...new TextEncoder().encode("'\n")]);
    const m = _PyParser_ASTFromString(src, "<s>", "exec") as ast.Module;
    expect(astDump((m.body[0] as ast.Assign).value, { include_attributes: false })).toBe("Constant(value='é')");
  });
});
