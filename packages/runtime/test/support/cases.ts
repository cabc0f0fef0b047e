/**
 * The case harness shared by the container tests (dict, list, set, tuple/range/slice, iterators): each case is
 * [Python program, the same program as C-API calls, CPython 3.12's result]; see any of those files' headers.
 */
import { describe, it, expect, beforeAll } from "vitest";
import * as rt from "@typhon/runtime";
import type { PyObject } from "@typhon/runtime";

let builtins: PyObject;
beforeAll(() => {
  rt.Py_InitializeFromConfig(rt.PyConfig_InitIsolatedConfig());
  builtins = rt.PyThreadState_Get().interp.builtins;
});
export const B = (name: string): PyObject => {
  const v = rt.PyDict_GetItemString(builtins, name);
  if (v === undefined) throw new Error(`no builtin ${name}`);
  return v;
};
export const U = (s: string): PyObject => rt.PyUnicode_FromString(s);
export const F = (x: number): PyObject => rt.PyFloat_FromDouble(x);
export const BY = (b: number[]): PyObject => rt.PyBytes_FromStringAndSize(Uint8Array.from(b));
export const T = (...xs: PyObject[]): PyObject => rt.PyTuple_New(xs);
export const L = (...xs: PyObject[]): PyObject => rt.PyList_New(xs);
/** A set display: BUILD_SET adds the items in order. */
export const S = (...xs: PyObject[]): PyObject => {
  const s = rt.PySet_New(null);
  for (const x of xs) rt.PySet_Add(s, x);
  return s;
};
/**
 * A display of more than two constants, as CPython 3.12 compiles it: the constant is frozenset(items),
 * re-created from a tuple of its items by the compiler's constant merging, then BUILD_SET 0 + SET_UPDATE.
 */
export const SC = (...xs: PyObject[]): PyObject => {
  const folded = rt.PyFrozenSet_New(rt.PyTuple_New(xs));
  const merged = rt.PyFrozenSet_New(rt.PyTuple_New(rt._PySet_Keys(folded)));
  const s = rt.PySet_New(null);
  rt._PySet_Update(s, merged);
  return s;
};
export const D = (...kvs: [PyObject, PyObject][]): PyObject => {
  const d = rt.PyDict_New();
  for (const [k, v] of kvs) rt.PyDict_SetItem(d, k, v);
  return d;
};
export const kwdict = (kw?: Record<string, PyObject>): PyObject | null => {
  if (kw === undefined) return null;
  const d = rt.PyDict_New();
  for (const [k, v] of Object.entries(kw)) rt.PyDict_SetItem(d, rt._Py_ID(k), v);
  return d;
};
export const call = (f: PyObject, args: PyObject[], kw?: Record<string, PyObject>): PyObject => rt.PyObject_Call(f, rt.PyTuple_New(args), kwdict(kw));
export const attr = (o: PyObject, name: string): PyObject => rt.PyObject_GetAttr(o, rt._Py_ID(name));
export const meth = (o: PyObject, name: string, args: PyObject[], kw?: Record<string, PyObject>): PyObject => call(attr(o, name), args, kw);

/** Host functions standing in for small Python functions (same names and bodies on the Python side). */
export const fn = (name: string, f: (...a: PyObject[]) => PyObject): PyObject =>
  rt.PyCFunction_NewEx({ ml_name: name, ml_meth: ((_s: PyObject | null, args: PyObject[], n: number) => f(...args.slice(0, n))) as never, ml_flags: rt.METH_FASTCALL }, null, null);
export const H = {
  neg: fn("neg", (x) => rt.PyNumber_Negative(x)),
  mod10: fn("mod10", (x) => rt.PyNumber_Remainder(x, 10)),
  snd: fn("snd", (t) => rt.PyObject_GetItem(t, 1)),
  fst: fn("fst", (t) => rt.PyObject_GetItem(t, 0)),
  twice: fn("twice", (x) => rt.PyNumber_Multiply(x, 2)),
  add2: fn("add2", (a, b) => rt.PyNumber_Add(a, b)),
  is_odd: fn("is_odd", (x) => rt.PyBool_FromLong(rt.PyObject_RichCompareBool(rt.PyNumber_Remainder(x, 2), 1, rt.Py_EQ))),
  keyerr: fn("keyerr", (k) => rt._PyErr_SetKeyError(k)),
  counter: fn("counter", () => {
    let c = 0;
    return fn("f", () => ++c);
  }),
  mut: fn("mut", (l) => fn("f", (x) => {
    rt.PyList_Append(l, 0);
    return x;
  })),
  clearer: fn("clearer", (l) => fn("f", (x) => {
    meth(l, "clear", []);
    return x;
  })),
  stopper: fn("stopper", () => {
    let c = 0;
    return fn("f", () => {
      if (++c > 3) throw rt.PyErr_NewExceptionObject(rt.PyExc_StopIteration, null);
      return c;
    });
  }),
};
void H;

/** repr() of the result, or "Type: str(exception)". */
export function run(f: () => PyObject): string {
  try {
    return rt.PyObject_Repr(f()).value;
  } catch (e) {
    if (e instanceof rt.PyBaseExceptionObject) return `${rt.Py_TYPE(e).shortName}: ${rt.PyObject_Str(e).value}`;
    throw e;
  }
}
/** Groups that need another module's work: skipped until it is there. */
export const needs: Record<string, () => boolean> = {
  "[str-iter]": () => rt.PyUnicode_Type.tp_iter !== null,
  "[none-hash]": () => rt.PyObject_Hash(rt.Py_None) === 4238894112,
  "[str-sub]": () => rt.PyUnicode_Type.mp_subscript !== null,
  "[bytes-sub]": () => rt.PyBytes_Type.mp_subscript !== null,
};
export function cases(group: string, table: [string, () => PyObject, string][]): void {
  describe(group, () => {
    for (const [py, f, expected] of table) {
      it(py, (ctx) => {
        for (const [tag, ok] of Object.entries(needs)) if (group.includes(tag) && !ok()) ctx.skip();
        expect(run(f)).toBe(expected);
      });
    }
  });
}


