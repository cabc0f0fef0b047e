/**
 * The format mini-language, printf-style `%` and str.format against CPython 3.12's own results:
 * tests/golden/format/format.json (written by tests/golden/format/gen.mjs from tests/golden/format/cases.py).
 * Each case runs through the C-API: PyObject_Format, PyNumber_Remainder, str.format / str.format_map.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect, beforeAll } from "vitest";
import * as rt from "@typhon/runtime";
import type { PyObject } from "@typhon/runtime";
import { _PyFormat_InitTypes } from "../src/Objects/unicode_format.js";
import { builtin_format_methods } from "../src/Python/bltinmodule_format.js";

type Enc = [string, ...unknown[]];
type Result = ["ok" | "err", string];
interface Golden {
  format: [Enc, string, Result][];
  percent: [string, Enc, Result][];
  str_format: [string, Enc[], [string, Enc][], Result][];
  format_map: [string, Enc, Result][];
  builtins: [string, Enc[], Result][];
}
const here = path.dirname(fileURLToPath(import.meta.url));
const golden: Golden = JSON.parse(readFileSync(path.resolve(here, "../../../tests/golden/format/format.json"), "utf8"));

beforeAll(() => {
  _PyFormat_InitTypes();
  rt.Py_InitializeFromConfig(rt.PyConfig_InitIsolatedConfig());
});

function num(r: string): number {
  if (r === "inf") return Infinity;
  if (r === "-inf") return -Infinity;
  if (r === "nan") return NaN;
  return Number(r);
}
/** The Python value a golden case describes (see cases.py). */
function dec(e: Enc): PyObject {
  switch (e[0]) {
    case "n":
      return rt.Py_None;
    case "b":
      return e[1] === "True" ? rt.Py_True : rt.Py_False;
    case "i":
      return rt.PyLong_FromBigInt(BigInt(e[1] as string));
    case "f":
      return rt.PyFloat_FromDouble(num(e[1] as string));
    case "c":
      return rt.PyComplex_FromDoubles(num(e[1] as string), num(e[2] as string));
    case "s":
      return rt.PyUnicode_FromString(e[1] as string);
    case "t":
      return rt.PyTuple_New((e[1] as Enc[]).map(dec));
    case "l":
      return rt.PyList_New((e[1] as Enc[]).map(dec));
    case "d": {
      const d = rt.PyDict_New();
      for (const [k, v] of e[1] as [string, Enc][]) rt.PyDict_SetItem(d, rt.PyUnicode_FromString(k), dec(v));
      return d;
    }
  }
  throw new Error(`bad case value ${JSON.stringify(e)}`);
}
function run(f: () => PyObject, repr = false): Result {
  try {
    const r = repr ? rt.PyObject_Repr(f()) : f();
    if (!rt.PyUnicode_Check(r)) return ["ok", `<not a str: ${rt.Py_TYPE(r).tp_name}>`];
    return ["ok", r.value];
  } catch (e) {
    if (e instanceof rt.PyBaseExceptionObject) return ["err", `${rt.Py_TYPE(e).shortName}: ${rt.PyObject_Str(e).value}`];
    throw e;
  }
}
const show = (e: Enc): string => JSON.stringify(e);

describe("format(value, spec)", () => {
  it.each(golden.format.map(([v, spec, want], i) => [i, show(v), spec, want] as const))("#%i format(%s, %j)", (i, _v, spec, want) => {
    const value = dec(golden.format[i][0]);
    expect(run(() => rt.PyObject_Format(value, rt.PyUnicode_FromString(spec)))).toEqual(want);
  });
});

describe("fmt % args", () => {
  it.each(golden.percent.map(([fmt, a, want], i) => [i, fmt, show(a), want] as const))("#%i %j %% %s", (i, fmt, _a, want) => {
    const args = dec(golden.percent[i][1]);
    expect(run(() => rt.PyNumber_Remainder(rt.PyUnicode_FromString(fmt), args))).toEqual(want);
  });
});

describe("str.format", () => {
  it.each(golden.str_format.map(([fmt, a, kw, want], i) => [i, fmt, JSON.stringify([a, kw]), want] as const))("#%i %j.format %s", (i, fmt, _a, want) => {
    const [, args, kwargs] = golden.str_format[i];
    const meth = rt.PyObject_GetAttr(rt.PyUnicode_FromString(fmt), rt.PyUnicode_FromString("format"));
    let kw: PyObject | null = null;
    if (kwargs.length) {
      kw = rt.PyDict_New();
      for (const [k, v] of kwargs) rt.PyDict_SetItem(kw, rt.PyUnicode_FromString(k), dec(v));
    }
    expect(run(() => rt.PyObject_Call(meth, rt.PyTuple_New(args.map(dec)), kw))).toEqual(want);
  });
});

describe("str.format_map", () => {
  it.each(golden.format_map.map(([fmt, m, want], i) => [i, fmt, show(m), want] as const))("#%i %j.format_map(%s)", (i, fmt, _m, want) => {
    const mapping = dec(golden.format_map[i][1]);
    const meth = rt.PyObject_GetAttr(rt.PyUnicode_FromString(fmt), rt.PyUnicode_FromString("format_map"));
    expect(run(() => rt.PyObject_Call(meth, rt.PyTuple_New([mapping]), null))).toEqual(want);
  });
});

describe("format(), ascii(), round()", () => {
  it.each(golden.builtins.map(([f, a, want], i) => [i, f, JSON.stringify(a), want] as const))("#%i %s %s", (i, f, _a, want) => {
    const def = builtin_format_methods.find((m) => m.ml_name === f)!;
    const fn = rt.PyCFunction_NewEx(def, null, null);
    const args = golden.builtins[i][1].map(dec);
    // round() results are compared through repr() (cases.py records repr(round(...))).
    expect(run(() => rt.PyObject_Call(fn, rt.PyTuple_New(args), null), f === "round")).toEqual(want);
  });
});
