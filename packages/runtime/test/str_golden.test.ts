/**
 * str methods and operators against CPython 3.12's own results: tests/golden/format/str.json (written by
 * tests/golden/format/str_gen.mjs from tests/golden/format/str_cases.py). Each case calls the method through the
 * C-API (attribute lookup + call) and compares repr() of the result, or the exception type and message.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect, beforeAll } from "vitest";
import * as rt from "@typhon/runtime";
import type { PyObject } from "@typhon/runtime";
import { _PyFormat_InitTypes } from "../src/Objects/unicode_format.js";

type Enc = [string, ...unknown[]];
type Result = ["ok" | "err", string];
interface Golden {
  methods: [Enc, string, Enc[], [string, Enc][], Result][];
  static: [string, Enc[], [string, Enc][], Result][];
}
const here = path.dirname(fileURLToPath(import.meta.url));
const golden: Golden = JSON.parse(readFileSync(path.resolve(here, "../../../tests/golden/format/str.json"), "utf8"));

beforeAll(() => {
  _PyFormat_InitTypes();
  rt.Py_InitializeFromConfig(rt.PyConfig_InitIsolatedConfig());
});

/** The Python value a golden case describes (see str_cases.py). */
function dec(e: Enc): PyObject {
  switch (e[0]) {
    case "n":
      return rt.Py_None;
    case "b":
      return e[1] === "True" ? rt.Py_True : rt.Py_False;
    case "i":
      return rt.PyLong_FromBigInt(BigInt(e[1] as string));
    case "f":
      return rt.PyFloat_FromDouble(Number(e[1]));
    case "s":
      return rt.PyUnicode_FromString(e[1] as string);
    case "t":
      return rt.PyTuple_New((e[1] as Enc[]).map(dec));
    case "l":
      return rt.PyList_New((e[1] as Enc[]).map(dec));
    case "d": {
      const d = rt.PyDict_New();
      for (const [k, v] of e[1] as [Enc, Enc][]) rt.PyDict_SetItem(d, dec(k), dec(v));
      return d;
    }
    case "sl":
      return rt.PySlice_New(dec(e[1] as Enc), dec(e[2] as Enc), dec(e[3] as Enc));
  }
  throw new Error(`bad case value ${JSON.stringify(e)}`);
}
function kwargs(kw: [string, Enc][]): PyObject | null {
  if (kw.length === 0) return null;
  const d = rt.PyDict_New();
  for (const [k, v] of kw) rt.PyDict_SetItem(d, rt.PyUnicode_FromString(k), dec(v));
  return d;
}
function run(f: () => PyObject): Result {
  try {
    return ["ok", rt.PyObject_Repr(f()).value];
  } catch (e) {
    if (e instanceof rt.PyBaseExceptionObject) return ["err", `${rt.Py_TYPE(e).shortName}: ${rt.PyObject_Str(e).value}`];
    throw e;
  }
}

describe("str methods", () => {
  it.each(golden.methods.map(([s, m, a, kw, want], i) => [i, JSON.stringify(s[1]), m, JSON.stringify([a, kw]), want] as const))(
    "#%i %s.%s %s",
    (i, _s, m, _a, want) => {
      const [s, , args, kw] = golden.methods[i];
      const self = dec(s);
      if (m === "__hash__") {
        // hash(s) == hash(s[:] + ''): the value is not portable, its consistency is.
        const h = rt.PyObject_Hash(self) === rt.PyObject_Hash(rt.PyUnicode_FromString((self as rt.PyUnicodeObject).value + ""));
        expect(["ok", h ? "True" : "False"]).toEqual(want);
        return;
      }
      if (m === "+" || m === "*" || m === "%") {
        const op = m === "+" ? rt.PyNumber_Add : m === "*" ? rt.PyNumber_Multiply : rt.PyNumber_Remainder;
        expect(run(() => op(self, dec(args[0])))).toEqual(want);
        return;
      }
      expect(run(() => rt.PyObject_Call(rt.PyObject_GetAttr(self, rt.PyUnicode_FromString(m)), rt.PyTuple_New(args.map(dec)), kwargs(kw)))).toEqual(want);
    },
  );
});

describe("str.maketrans and str()", () => {
  it.each(golden.static.map(([f, a, kw, want], i) => [i, f, JSON.stringify([a, kw]), want] as const))("#%i %s %s", (i, f, _a, want) => {
    const [, args, kw] = golden.static[i];
    const callable = f === "str" ? rt.PyUnicode_Type : rt.PyObject_GetAttr(rt.PyUnicode_Type, rt.PyUnicode_FromString(f));
    expect(run(() => rt.PyObject_Call(callable, rt.PyTuple_New(args.map(dec)), kwargs(kw)))).toEqual(want);
  });
});
