/**
 * dict (CPython 3.12: Objects/dictobject.c): methods, views, iterators.
 * Each case is [Python program, the same program as C-API calls, CPython 3.12's result]. The result is the
 * repr of the last expression, or "ExceptionType: message". Expected values come from CPython 3.12 (64-bit,
 * checked against the 3.12.7 oracle; where hash layout differs on the oracle's 32-bit build the case says so,
 * and where 3.12.1 and 3.12.7 differ the oracle's 3.12.7 result is used). In a program, C(expr) stands for the
 * value of expr, embedded as a literal (e.g. C([i * i for i in range(9)])). Host functions (neg, mod10, snd,
 * fst, twice, add2, is_odd, keyerr, counter, stopper, mut, clearer) are defined alike on both sides. A group
 * tagged [str-iter], [str-sub], [bytes-sub] or [none-hash] is skipped until that part of the runtime exists.
 */
import { describe, it, expect, beforeAll } from "vitest";
import * as rt from "@typhon/runtime";
import type { PyObject } from "@typhon/runtime";

let builtins: PyObject;
beforeAll(() => {
  rt.Py_InitializeFromConfig(rt.PyConfig_InitIsolatedConfig());
  builtins = rt.PyThreadState_Get().interp.builtins;
});
const B = (name: string): PyObject => {
  const v = rt.PyDict_GetItemString(builtins, name);
  if (v === undefined) throw new Error(`no builtin ${name}`);
  return v;
};
const U = (s: string): PyObject => rt.PyUnicode_FromString(s);
const F = (x: number): PyObject => rt.PyFloat_FromDouble(x);
const BY = (b: number[]): PyObject => rt.PyBytes_FromStringAndSize(Uint8Array.from(b));
const T = (...xs: PyObject[]): PyObject => rt.PyTuple_New(xs);
const L = (...xs: PyObject[]): PyObject => rt.PyList_New(xs);
/** A set display: BUILD_SET adds the items in order. */
const S = (...xs: PyObject[]): PyObject => {
  const s = rt.PySet_New(null);
  for (const x of xs) rt.PySet_Add(s, x);
  return s;
};
/**
 * A display of more than two constants, as CPython 3.12 compiles it: the constant is frozenset(items),
 * re-created from a tuple of its items by the compiler's constant merging, then BUILD_SET 0 + SET_UPDATE.
 */
const SC = (...xs: PyObject[]): PyObject => {
  const folded = rt.PyFrozenSet_New(rt.PyTuple_New(xs));
  const merged = rt.PyFrozenSet_New(rt.PyTuple_New(rt._PySet_Keys(folded)));
  const s = rt.PySet_New(null);
  rt._PySet_Update(s, merged);
  return s;
};
const D = (...kvs: [PyObject, PyObject][]): PyObject => {
  const d = rt.PyDict_New();
  for (const [k, v] of kvs) rt.PyDict_SetItem(d, k, v);
  return d;
};
const kwdict = (kw?: Record<string, PyObject>): PyObject | null => {
  if (kw === undefined) return null;
  const d = rt.PyDict_New();
  for (const [k, v] of Object.entries(kw)) rt.PyDict_SetItem(d, rt._Py_ID(k), v);
  return d;
};
const call = (f: PyObject, args: PyObject[], kw?: Record<string, PyObject>): PyObject => rt.PyObject_Call(f, rt.PyTuple_New(args), kwdict(kw));
const attr = (o: PyObject, name: string): PyObject => rt.PyObject_GetAttr(o, rt._Py_ID(name));
const meth = (o: PyObject, name: string, args: PyObject[], kw?: Record<string, PyObject>): PyObject => call(attr(o, name), args, kw);

/** Host functions standing in for small Python functions (same names and bodies on the Python side). */
const fn = (name: string, f: (...a: PyObject[]) => PyObject): PyObject =>
  rt.PyCFunction_NewEx({ ml_name: name, ml_meth: ((_s: PyObject | null, args: PyObject[], n: number) => f(...args.slice(0, n))) as never, ml_flags: rt.METH_FASTCALL }, null, null);
const H = {
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
function run(f: () => PyObject): string {
  try {
    return rt.PyObject_Repr(f()).value;
  } catch (e) {
    if (e instanceof rt.PyBaseExceptionObject) return `${rt.Py_TYPE(e).shortName}: ${rt.PyObject_Str(e).value}`;
    throw e;
  }
}
/** Groups that need another module's work: skipped until it is there. */
const needs: Record<string, () => boolean> = {
  "[str-iter]": () => rt.PyUnicode_Type.tp_iter !== null,
  "[none-hash]": () => rt.PyObject_Hash(rt.Py_None) === 4238894112,
  "[str-sub]": () => rt.PyUnicode_Type.mp_subscript !== null,
  "[bytes-sub]": () => rt.PyBytes_Type.mp_subscript !== null,
};
function cases(group: string, table: [string, () => PyObject, string][]): void {
  describe(group, () => {
    for (const [py, f, expected] of table) {
      it(py, (ctx) => {
        for (const [tag, ok] of Object.entries(needs)) if (group.includes(tag) && !ok()) ctx.skip();
        expect(run(f)).toBe(expected);
      });
    }
  });
}


cases("dict basics", [
  ["{}", () => D(), "{}"],
  ["{1: 2, 3: 4}", () => D([1, 2], [3, 4]), "{1: 2, 3: 4}"],
  ["{3: 4, 1: 2}", () => D([3, 4], [1, 2]), "{3: 4, 1: 2}"],
  ["d = {}; d[1] = d; d", () => { let v_d = D(); rt.PyObject_SetItem(v_d, 1, v_d); return v_d; }, "{1: {...}}"],
  ["{(1, 2): [3], None: {}}", () => D([T(1, 2), L(3)], [rt.Py_None, D()]), "{(1, 2): [3], None: {}}"],
  ["len({1: 2, 3: 4})", () => call(B("len"), [D([1, 2], [3, 4])]), "2"],
  ["1 in {1: 2}", () => rt.PyBool_FromLong(rt.PySequence_Contains(D([1, 2]), 1)), "True"],
  ["2 in {1: 2}", () => rt.PyBool_FromLong(rt.PySequence_Contains(D([1, 2]), 2)), "False"],
  ["{1: 2}[1]", () => rt.PyObject_GetItem(D([1, 2]), 1), "2"],
  ["{1: 2, 1.0: 3}", () => D([1, 2], [F(1.0), 3]), "{1: 3}"],
  ["{True: 'a', 1: 'b'}", () => D([rt.Py_True, U("a")], [1, U("b")]), "{True: 'b'}"],
  ["d = {1: 1, 2: 2, 3: 3}; del d[2]; d[2] = 2; d", () => { let v_d = D([1, 1], [2, 2], [3, 3]); rt.PyObject_DelItem(v_d, 2); rt.PyObject_SetItem(v_d, 2, 2); return v_d; }, "{1: 1, 3: 3, 2: 2}"],
  ["d = {1: 1}; d[1] = 5; d", () => { let v_d = D([1, 1]); rt.PyObject_SetItem(v_d, 1, 5); return v_d; }, "{1: 5}"],
  ["d = {}; d[(1, 2)] = 3; d[(1, 2)]", () => { let v_d = D(); rt.PyObject_SetItem(v_d, T(1, 2), 3); return rt.PyObject_GetItem(v_d, T(1, 2)); }, "3"],
  ["{1: 2} == {1: 2}", () => rt.PyObject_RichCompare(D([1, 2]), D([1, 2]), rt.Py_EQ), "True"],
  ["{1: 2, 3: 4} == {3: 4, 1: 2}", () => rt.PyObject_RichCompare(D([1, 2], [3, 4]), D([3, 4], [1, 2]), rt.Py_EQ), "True"],
  ["{1: 2} == {1: 2.0}", () => rt.PyObject_RichCompare(D([1, 2]), D([1, F(2.0)]), rt.Py_EQ), "True"],
  ["{1: 2} != {1: 3}", () => rt.PyObject_RichCompare(D([1, 2]), D([1, 3]), rt.Py_NE), "True"],
  ["{1: 2} == {1: 2, 3: 4}", () => rt.PyObject_RichCompare(D([1, 2]), D([1, 2], [3, 4]), rt.Py_EQ), "False"],
  ["{1: 2} == [(1, 2)]", () => rt.PyObject_RichCompare(D([1, 2]), L(T(1, 2)), rt.Py_EQ), "False"],
  ["{} == {}", () => rt.PyObject_RichCompare(D(), D(), rt.Py_EQ), "True"],
  ["bool({})", () => call(B("bool"), [D()]), "False"],
  ["bool({0: 0})", () => call(B("bool"), [D([0, 0])]), "True"],
  ["dict()", () => call(B("dict"), []), "{}"],
  ["dict({1: 2})", () => call(B("dict"), [D([1, 2])]), "{1: 2}"],
  ["dict([(1, 2), (3, 4)])", () => call(B("dict"), [L(T(1, 2), T(3, 4))]), "{1: 2, 3: 4}"],
  ["dict([[1, 2], (3, 4)])", () => call(B("dict"), [L(L(1, 2), T(3, 4))]), "{1: 2, 3: 4}"],
  ["dict({1: 2}, a=1)", () => call(B("dict"), [D([1, 2])], {"a": 1}), "{1: 2, 'a': 1}"],
  ["dict(a=1, b=2)", () => call(B("dict"), [], {"a": 1, "b": 2}), "{'a': 1, 'b': 2}"],
  ["dict([(1, 2)], b=3)", () => call(B("dict"), [L(T(1, 2))], {"b": 3}), "{1: 2, 'b': 3}"],
  ["dict(zip(range(3), range(3, 6)))", () => call(B("dict"), [call(B("zip"), [call(B("range"), [3]), call(B("range"), [3, 6])])]), "{0: 3, 1: 4, 2: 5}"],
  ["dict(((1, 2),))", () => call(B("dict"), [T(T(1, 2))]), "{1: 2}"],
  ["dict({1: 2}.items())", () => call(B("dict"), [meth(D([1, 2]), "items", [])]), "{1: 2}"],
  ["dict([(1, 2), (1, 3)])", () => call(B("dict"), [L(T(1, 2), T(1, 3))]), "{1: 3}"],
  ["d = {1: 2}; dict(d) is d", () => { let v_d = D([1, 2]); return rt.PyBool_FromLong(call(B("dict"), [v_d]) === v_d); }, "False"],
  ["d = {1: 2}; d.__init__({3: 4}); d", () => { let v_d = D([1, 2]); meth(v_d, "__init__", [D([3, 4])]); return v_d; }, "{1: 2, 3: 4}"],
  ["type('D', (dict,), {})({1: 2})", () => call(call(B("type"), [U("D"), T(B("dict")), D()]), [D([1, 2])]), "{1: 2}"],
  ["dict(type('D', (dict,), {})({1: 2}))", () => call(B("dict"), [call(call(B("type"), [U("D"), T(B("dict")), D()]), [D([1, 2])])]), "{1: 2}"],
  ["list({5: 1, 2: 2, 9: 3})", () => call(B("list"), [D([5, 1], [2, 2], [9, 3])]), "[5, 2, 9]"],
  ["d = dict.fromkeys(range(10)); [d.popitem(), d.popitem()]", () => { let v_d = meth(B("dict"), "fromkeys", [call(B("range"), [10])]); return L(meth(v_d, "popitem", []), meth(v_d, "popitem", [])); }, "[(9, None), (8, None)]"],
  ["{1: 2}.__getitem__(1)", () => meth(D([1, 2]), "__getitem__", [1]), "2"],
  ["dict.__contains__({1: 2}, 1)", () => meth(B("dict"), "__contains__", [D([1, 2]), 1]), "True"],
  ["{1: 2}.__contains__(3)", () => meth(D([1, 2]), "__contains__", [3]), "False"],
  ["sorted({3: 0, 1: 0, 2: 0})", () => call(B("sorted"), [D([3, 0], [1, 0], [2, 0])]), "[1, 2, 3]"],
]);

cases("dict methods", [
  ["{1: 2}.get(1)", () => meth(D([1, 2]), "get", [1]), "2"],
  ["{1: 2}.get(3)", () => meth(D([1, 2]), "get", [3]), "None"],
  ["{1: 2}.get(3, 'x')", () => meth(D([1, 2]), "get", [3, U("x")]), "'x'"],
  ["d = {}; [d.setdefault(1, 5), d.setdefault(1, 6), d]", () => { let v_d = D(); return L(meth(v_d, "setdefault", [1, 5]), meth(v_d, "setdefault", [1, 6]), v_d); }, "[5, 5, {1: 5}]"],
  ["d = {}; d.setdefault(2); d", () => { let v_d = D(); meth(v_d, "setdefault", [2]); return v_d; }, "{2: None}"],
  ["d = {1: 2, 3: 4}; [d.pop(1), d]", () => { let v_d = D([1, 2], [3, 4]); return L(meth(v_d, "pop", [1]), v_d); }, "[2, {3: 4}]"],
  ["d = {1: 2}; [d.pop(5, 'x'), d]", () => { let v_d = D([1, 2]); return L(meth(v_d, "pop", [5, U("x")]), v_d); }, "['x', {1: 2}]"],
  ["d = {}; d.pop(1, 2)", () => { let v_d = D(); return meth(v_d, "pop", [1, 2]); }, "2"],
  ["d = {1: 2, 3: 4}; [d.popitem(), d]", () => { let v_d = D([1, 2], [3, 4]); return L(meth(v_d, "popitem", []), v_d); }, "[(3, 4), {1: 2}]"],
  ["d = {1: 2, 3: 4}; d.popitem(); d[5] = 6; d", () => { let v_d = D([1, 2], [3, 4]); meth(v_d, "popitem", []); rt.PyObject_SetItem(v_d, 5, 6); return v_d; }, "{1: 2, 5: 6}"],
  ["d = {1: 1, 2: 2}; d.popitem(); d.popitem(); d[9] = 9; list(d)", () => { let v_d = D([1, 1], [2, 2]); meth(v_d, "popitem", []); meth(v_d, "popitem", []); rt.PyObject_SetItem(v_d, 9, 9); return call(B("list"), [v_d]); }, "[9]"],
  ["d = {1: 2}; d.update({3: 4}); d", () => { let v_d = D([1, 2]); meth(v_d, "update", [D([3, 4])]); return v_d; }, "{1: 2, 3: 4}"],
  ["d = {1: 2}; d.update([(1, 5)]); d", () => { let v_d = D([1, 2]); meth(v_d, "update", [L(T(1, 5))]); return v_d; }, "{1: 5}"],
  ["d = {1: 2}; d.update(a=1); d", () => { let v_d = D([1, 2]); meth(v_d, "update", [], {"a": 1}); return v_d; }, "{1: 2, 'a': 1}"],
  ["d = {1: 2}; d.update(); d", () => { let v_d = D([1, 2]); meth(v_d, "update", []); return v_d; }, "{1: 2}"],
  ["d = {1: 2}; d.update({1: 3}, b=4); d", () => { let v_d = D([1, 2]); meth(v_d, "update", [D([1, 3])], {"b": 4}); return v_d; }, "{1: 3, 'b': 4}"],
  ["d = {1: 2}; d.update(d); d", () => { let v_d = D([1, 2]); meth(v_d, "update", [v_d]); return v_d; }, "{1: 2}"],
  ["d = {1: 2}; d.update({3: 4}.items()); d", () => { let v_d = D([1, 2]); meth(v_d, "update", [meth(D([3, 4]), "items", [])]); return v_d; }, "{1: 2, 3: 4}"],
  ["d = {1: 2}; c = d.copy(); c[3] = 4; [d, c]", () => { let v_d = D([1, 2]); let v_c = meth(v_d, "copy", []); rt.PyObject_SetItem(v_c, 3, 4); return L(v_d, v_c); }, "[{1: 2}, {1: 2, 3: 4}]"],
  ["d = {1: 2}; d.clear(); d", () => { let v_d = D([1, 2]); meth(v_d, "clear", []); return v_d; }, "{}"],
  ["d = {1: 2}; d.clear(); d[3] = 4; d", () => { let v_d = D([1, 2]); meth(v_d, "clear", []); rt.PyObject_SetItem(v_d, 3, 4); return v_d; }, "{3: 4}"],
  ["dict.fromkeys(range(3))", () => meth(B("dict"), "fromkeys", [call(B("range"), [3])]), "{0: None, 1: None, 2: None}"],
  ["dict.fromkeys([1, 2], 0)", () => meth(B("dict"), "fromkeys", [L(1, 2), 0]), "{1: 0, 2: 0}"],
  ["dict.fromkeys({1: 2, 3: 4}, 'v')", () => meth(B("dict"), "fromkeys", [D([1, 2], [3, 4]), U("v")]), "{1: 'v', 3: 'v'}"],
  ["dict.fromkeys(set(range(12)))", () => meth(B("dict"), "fromkeys", [call(B("set"), [call(B("range"), [12])])]), "{0: None, 1: None, 2: None, 3: None, 4: None, 5: None, 6: None, 7: None, 8: None, 9: None, 10: None, 11: None}"],
  ["dict.fromkeys([])", () => meth(B("dict"), "fromkeys", [L()]), "{}"],
  ["type(type('D', (dict,), {}).fromkeys([1])).__name__", () => attr(call(B("type"), [meth(call(B("type"), [U("D"), T(B("dict")), D()]), "fromkeys", [L(1)])]), "__name__"), "'D'"],
  ["{}.fromkeys((1, 2))", () => meth(D(), "fromkeys", [T(1, 2)]), "{1: None, 2: None}"],
  ["{1: 2} | {3: 4}", () => rt.PyNumber_Or(D([1, 2]), D([3, 4])), "{1: 2, 3: 4}"],
  ["{1: 2} | {1: 3}", () => rt.PyNumber_Or(D([1, 2]), D([1, 3])), "{1: 3}"],
  ["d = {1: 2}; d |= {3: 4}; d", () => { let v_d = D([1, 2]); v_d = rt.PyNumber_InPlaceOr(v_d, D([3, 4])); return v_d; }, "{1: 2, 3: 4}"],
  ["d = {1: 2}; d |= [(5, 6)]; d", () => { let v_d = D([1, 2]); v_d = rt.PyNumber_InPlaceOr(v_d, L(T(5, 6))); return v_d; }, "{1: 2, 5: 6}"],
  ["d = {1: 2}; e = d; d |= {7: 8}; e", () => { let v_d = D([1, 2]); let v_e = v_d; v_d = rt.PyNumber_InPlaceOr(v_d, D([7, 8])); return v_e; }, "{1: 2, 7: 8}"],
  ["{1: 2} | type('D', (dict,), {})({3: 4})", () => rt.PyNumber_Or(D([1, 2]), call(call(B("type"), [U("D"), T(B("dict")), D()]), [D([3, 4])])), "{1: 2, 3: 4}"],
  ["type(type('D', (dict,), {})({3: 4}) | {1: 2}).__name__", () => attr(call(B("type"), [rt.PyNumber_Or(call(call(B("type"), [U("D"), T(B("dict")), D()]), [D([3, 4])]), D([1, 2]))]), "__name__"), "'dict'"],
  ["type('D', (dict,), {'__missing__': staticmethod(twice)})({1: 2})[5]", () => rt.PyObject_GetItem(call(call(B("type"), [U("D"), T(B("dict")), D([U("__missing__"), call(B("staticmethod"), [H.twice])])]), [D([1, 2])]), 5), "10"],
  ["type('D', (dict,), {'__missing__': staticmethod(twice)})({1: 2})[1]", () => rt.PyObject_GetItem(call(call(B("type"), [U("D"), T(B("dict")), D([U("__missing__"), call(B("staticmethod"), [H.twice])])]), [D([1, 2])]), 1), "2"],
  ["type('D', (dict,), {'__missing__': staticmethod(twice)})().get(5)", () => meth(call(call(B("type"), [U("D"), T(B("dict")), D([U("__missing__"), call(B("staticmethod"), [H.twice])])]), []), "get", [5]), "None"],
  ["type('D', (dict,), {'__missing__': staticmethod(keyerr)})()[7]", () => rt.PyObject_GetItem(call(call(B("type"), [U("D"), T(B("dict")), D([U("__missing__"), call(B("staticmethod"), [H.keyerr])])]), []), 7), "KeyError: 7"],
  ["5 in type('D', (dict,), {'__missing__': staticmethod(twice)})()", () => rt.PyBool_FromLong(rt.PySequence_Contains(call(call(B("type"), [U("D"), T(B("dict")), D([U("__missing__"), call(B("staticmethod"), [H.twice])])]), []), 5)), "False"],
  ["list(reversed({1: 2, 3: 4}))", () => call(B("list"), [call(B("reversed"), [D([1, 2], [3, 4])])]), "[3, 1]"],
  ["list({1: 2, 3: 4}.__reversed__())", () => call(B("list"), [meth(D([1, 2], [3, 4]), "__reversed__", [])]), "[3, 1]"],
  ["list(reversed({}))", () => call(B("list"), [call(B("reversed"), [D()])]), "[]"],
]);

cases("dict views", [
  ["{1: 2, 3: 4}.keys()", () => meth(D([1, 2], [3, 4]), "keys", []), "dict_keys([1, 3])"],
  ["{1: 2, 3: 4}.values()", () => meth(D([1, 2], [3, 4]), "values", []), "dict_values([2, 4])"],
  ["{1: 2, 3: 4}.items()", () => meth(D([1, 2], [3, 4]), "items", []), "dict_items([(1, 2), (3, 4)])"],
  ["{}.keys()", () => meth(D(), "keys", []), "dict_keys([])"],
  ["{}.items()", () => meth(D(), "items", []), "dict_items([])"],
  ["d = {}; d[1] = d.values(); d", () => { let v_d = D(); rt.PyObject_SetItem(v_d, 1, meth(v_d, "values", [])); return v_d; }, "{1: dict_values([...])}"],
  ["len({1: 2}.values())", () => call(B("len"), [meth(D([1, 2]), "values", [])]), "1"],
  ["2 in {1: 2}.values()", () => rt.PyBool_FromLong(rt.PySequence_Contains(meth(D([1, 2]), "values", []), 2)), "True"],
  ["(1, 2) in {1: 2}.items()", () => rt.PyBool_FromLong(rt.PySequence_Contains(meth(D([1, 2]), "items", []), T(1, 2))), "True"],
  ["[1, 2] in {1: 2}.items()", () => rt.PyBool_FromLong(rt.PySequence_Contains(meth(D([1, 2]), "items", []), L(1, 2))), "False"],
  ["(1, 3) in {1: 2}.items()", () => rt.PyBool_FromLong(rt.PySequence_Contains(meth(D([1, 2]), "items", []), T(1, 3))), "False"],
  ["1 in {1: 2}.keys()", () => rt.PyBool_FromLong(rt.PySequence_Contains(meth(D([1, 2]), "keys", []), 1)), "True"],
  ["(1, 2, 3) in {1: 2}.items()", () => rt.PyBool_FromLong(rt.PySequence_Contains(meth(D([1, 2]), "items", []), T(1, 2, 3))), "False"],
  ["{1: 2}.keys() | {3}", () => rt.PyNumber_Or(meth(D([1, 2]), "keys", []), S(3)), "{1, 3}"],
  ["{1: 2, 3: 4}.keys() & {3}", () => rt.PyNumber_And(meth(D([1, 2], [3, 4]), "keys", []), S(3)), "{3}"],
  ["{1: 2}.keys() - {1}", () => rt.PyNumber_Subtract(meth(D([1, 2]), "keys", []), S(1)), "set()"],
  ["{1: 2}.keys() ^ {1, 5}", () => rt.PyNumber_Xor(meth(D([1, 2]), "keys", []), S(1, 5)), "{5}"],
  ["{3} | {1: 2}.keys()", () => rt.PyNumber_Or(S(3), meth(D([1, 2]), "keys", [])), "{1, 3}"],
  ["{3, 1} & {1: 2}.keys()", () => rt.PyNumber_And(S(3, 1), meth(D([1, 2]), "keys", [])), "{1}"],
  ["{1: 2}.keys() & [1, 5]", () => rt.PyNumber_And(meth(D([1, 2]), "keys", []), L(1, 5)), "{1}"],
  ["[1, 5] & {1: 2}.keys()", () => rt.PyNumber_And(L(1, 5), meth(D([1, 2]), "keys", [])), "{1}"],
  ["{1: 2}.keys() | [3]", () => rt.PyNumber_Or(meth(D([1, 2]), "keys", []), L(3)), "{1, 3}"],
  ["{1: 2}.keys() - [1]", () => rt.PyNumber_Subtract(meth(D([1, 2]), "keys", []), L(1)), "set()"],
  ["{1: 2}.items() | {(3, 4)}", () => rt.PyNumber_Or(meth(D([1, 2]), "items", []), S(T(3, 4))), "{(1, 2), (3, 4)}"],
  ["{1: 2}.items() ^ {3: 4}.items()", () => rt.PyNumber_Xor(meth(D([1, 2]), "items", []), meth(D([3, 4]), "items", [])), "{(1, 2), (3, 4)}"],
  ["{1: 2, 3: 4}.items() ^ {3: 4, 5: 6}.items()", () => rt.PyNumber_Xor(meth(D([1, 2], [3, 4]), "items", []), meth(D([3, 4], [5, 6]), "items", [])), "{(1, 2), (5, 6)}"],
  ["{1: 2, 3: 4}.items() ^ {3: 5}.items()", () => rt.PyNumber_Xor(meth(D([1, 2], [3, 4]), "items", []), meth(D([3, 5]), "items", [])), "{(1, 2), (3, 4), (3, 5)}"], // 64-bit layout (the 32-bit oracle prints "{(3, 5), (1, 2), (3, 4)}")
  ["{1: 2}.items() - {(1, 2)}", () => rt.PyNumber_Subtract(meth(D([1, 2]), "items", []), S(T(1, 2))), "set()"],
  ["{1: 2, 3: 4}.items() & {(3, 4), (5, 6)}", () => rt.PyNumber_And(meth(D([1, 2], [3, 4]), "items", []), S(T(3, 4), T(5, 6))), "{(3, 4)}"],
  ["{1: 2, 3: 4}.keys() & {3: 0, 9: 0}.keys()", () => rt.PyNumber_And(meth(D([1, 2], [3, 4]), "keys", []), meth(D([3, 0], [9, 0]), "keys", [])), "{3}"],
  ["{1: 0}.keys() & {1: 0, 3: 0, 9: 0}.keys()", () => rt.PyNumber_And(meth(D([1, 0]), "keys", []), meth(D([1, 0], [3, 0], [9, 0]), "keys", [])), "{1}"],
  ["{1: 2}.keys() == {1}", () => rt.PyObject_RichCompare(meth(D([1, 2]), "keys", []), S(1), rt.Py_EQ), "True"],
  ["{1: 2}.keys() == {1: 3}.keys()", () => rt.PyObject_RichCompare(meth(D([1, 2]), "keys", []), meth(D([1, 3]), "keys", []), rt.Py_EQ), "True"],
  ["{1: 2}.items() == {1: 3}.items()", () => rt.PyObject_RichCompare(meth(D([1, 2]), "items", []), meth(D([1, 3]), "items", []), rt.Py_EQ), "False"],
  ["{1: 2}.keys() != {2}", () => rt.PyObject_RichCompare(meth(D([1, 2]), "keys", []), S(2), rt.Py_NE), "True"],
  ["{1: 2}.keys() <= {1, 2}", () => rt.PyObject_RichCompare(meth(D([1, 2]), "keys", []), S(1, 2), rt.Py_LE), "True"],
  ["{1: 2}.keys() < {1}", () => rt.PyObject_RichCompare(meth(D([1, 2]), "keys", []), S(1), rt.Py_LT), "False"],
  ["{1: 2, 3: 4}.keys() > {1}", () => rt.PyObject_RichCompare(meth(D([1, 2], [3, 4]), "keys", []), S(1), rt.Py_GT), "True"],
  ["{1: 2}.keys() >= {1: 5}.keys()", () => rt.PyObject_RichCompare(meth(D([1, 2]), "keys", []), meth(D([1, 5]), "keys", []), rt.Py_GE), "True"],
  ["{1: 2}.keys() == [1]", () => rt.PyObject_RichCompare(meth(D([1, 2]), "keys", []), L(1), rt.Py_EQ), "False"],
  ["{1: 2}.values() == {1: 2}.values()", () => rt.PyObject_RichCompare(meth(D([1, 2]), "values", []), meth(D([1, 2]), "values", []), rt.Py_EQ), "False"],
  ["d = {1: 2}; v = d.values(); v == v", () => { let v_d = D([1, 2]); let v_v = meth(v_d, "values", []); return rt.PyObject_RichCompare(v_v, v_v, rt.Py_EQ); }, "True"],
  ["{1: 2}.keys().isdisjoint([2])", () => meth(meth(D([1, 2]), "keys", []), "isdisjoint", [L(2)]), "True"],
  ["{1: 2}.keys().isdisjoint({1})", () => meth(meth(D([1, 2]), "keys", []), "isdisjoint", [S(1)]), "False"],
  ["{1: 2}.items().isdisjoint([(1, 2)])", () => meth(meth(D([1, 2]), "items", []), "isdisjoint", [L(T(1, 2))]), "False"],
  ["d = {}; d.keys().isdisjoint(d.keys())", () => { let v_d = D(); return meth(meth(v_d, "keys", []), "isdisjoint", [meth(v_d, "keys", [])]); }, "True"],
  ["list(reversed({1: 2, 3: 4}.items()))", () => call(B("list"), [call(B("reversed"), [meth(D([1, 2], [3, 4]), "items", [])])]), "[(3, 4), (1, 2)]"],
  ["list(reversed({1: 2, 3: 4}.values()))", () => call(B("list"), [call(B("reversed"), [meth(D([1, 2], [3, 4]), "values", [])])]), "[4, 2]"],
  ["list(reversed({1: 2, 3: 4}.keys()))", () => call(B("list"), [call(B("reversed"), [meth(D([1, 2], [3, 4]), "keys", [])])]), "[3, 1]"],
  ["sorted({1: 2, 3: 4}.keys() | {0})", () => call(B("sorted"), [rt.PyNumber_Or(meth(D([1, 2], [3, 4]), "keys", []), S(0))]), "[0, 1, 3]"],
  ["list({1: 2}.items())", () => call(B("list"), [meth(D([1, 2]), "items", [])]), "[(1, 2)]"],
  ["d = {1: 2}; k = d.keys(); d[3] = 4; k", () => { let v_d = D([1, 2]); let v_k = meth(v_d, "keys", []); rt.PyObject_SetItem(v_d, 3, 4); return v_k; }, "dict_keys([1, 3])"],
  ["type({}.keys()).__name__", () => attr(call(B("type"), [meth(D(), "keys", [])]), "__name__"), "'dict_keys'"],
  ["type({}.values()).__name__", () => attr(call(B("type"), [meth(D(), "values", [])]), "__name__"), "'dict_values'"],
  ["type({}.items()).__name__", () => attr(call(B("type"), [meth(D(), "items", [])]), "__name__"), "'dict_items'"],
  ["v = {}.values(); hash(v) == hash(v)", () => { let v_v = meth(D(), "values", []); return rt.PyObject_RichCompare(call(B("hash"), [v_v]), call(B("hash"), [v_v]), rt.Py_EQ); }, "True"],
]);

cases("dict iterators", [
  ["type(iter({})).__name__", () => attr(call(B("type"), [call(B("iter"), [D()])]), "__name__"), "'dict_keyiterator'"],
  ["type(iter({}.values())).__name__", () => attr(call(B("type"), [call(B("iter"), [meth(D(), "values", [])])]), "__name__"), "'dict_valueiterator'"],
  ["type(iter({}.items())).__name__", () => attr(call(B("type"), [call(B("iter"), [meth(D(), "items", [])])]), "__name__"), "'dict_itemiterator'"],
  ["type(reversed({})).__name__", () => attr(call(B("type"), [call(B("reversed"), [D()])]), "__name__"), "'dict_reversekeyiterator'"],
  ["type(reversed({}.values())).__name__", () => attr(call(B("type"), [call(B("reversed"), [meth(D(), "values", [])])]), "__name__"), "'dict_reversevalueiterator'"],
  ["type(reversed({}.items())).__name__", () => attr(call(B("type"), [call(B("reversed"), [meth(D(), "items", [])])]), "__name__"), "'dict_reverseitemiterator'"],
  ["it = iter({1: 2, 3: 4}); [next(it), it.__length_hint__(), next(it), it.__length_hint__()]", () => { let v_it = call(B("iter"), [D([1, 2], [3, 4])]); return L(call(B("next"), [v_it]), meth(v_it, "__length_hint__", []), call(B("next"), [v_it]), meth(v_it, "__length_hint__", [])); }, "[1, 1, 3, 0]"],
  ["d = {1: 2}; it = iter(d); d[3] = 4; next(it)", () => { let v_d = D([1, 2]); let v_it = call(B("iter"), [v_d]); rt.PyObject_SetItem(v_d, 3, 4); return call(B("next"), [v_it]); }, "RuntimeError: dictionary changed size during iteration"],
  ["d = {1: 2, 3: 4}; it = iter(d); next(it); del d[3]; next(it)", () => { let v_d = D([1, 2], [3, 4]); let v_it = call(B("iter"), [v_d]); call(B("next"), [v_it]); rt.PyObject_DelItem(v_d, 3); return call(B("next"), [v_it]); }, "RuntimeError: dictionary changed size during iteration"],
  ["d = {1: 2, 3: 4}; it = iter(d); del d[1]; d[5] = 6; [next(it), next(it, 'end')]", () => { let v_d = D([1, 2], [3, 4]); let v_it = call(B("iter"), [v_d]); rt.PyObject_DelItem(v_d, 1); rt.PyObject_SetItem(v_d, 5, 6); return L(call(B("next"), [v_it]), call(B("next"), [v_it, U("end")])); }, "[3, 5]"],
  ["d = {1: 2, 3: 4}; it = iter(d); next(it); del d[1]; d[5] = 6; [next(it), next(it, 'end')]", () => { let v_d = D([1, 2], [3, 4]); let v_it = call(B("iter"), [v_d]); call(B("next"), [v_it]); rt.PyObject_DelItem(v_d, 1); rt.PyObject_SetItem(v_d, 5, 6); return L(call(B("next"), [v_it]), call(B("next"), [v_it, U("end")])); }, "RuntimeError: dictionary keys changed during iteration"],
  ["d = {1: 2, 3: 4}; it = iter(d); del d[3]; d[3] = 0; list(it)", () => { let v_d = D([1, 2], [3, 4]); let v_it = call(B("iter"), [v_d]); rt.PyObject_DelItem(v_d, 3); rt.PyObject_SetItem(v_d, 3, 0); return call(B("list"), [v_it]); }, "[1, 3]"],
  ["d = {1: 2}; it = iter(d); d[1] = 5; list(it)", () => { let v_d = D([1, 2]); let v_it = call(B("iter"), [v_d]); rt.PyObject_SetItem(v_d, 1, 5); return call(B("list"), [v_it]); }, "[1]"],
  ["d = {1: 2}; it = iter(d.items()); d[3] = 4; it.__length_hint__()", () => { let v_d = D([1, 2]); let v_it = call(B("iter"), [meth(v_d, "items", [])]); rt.PyObject_SetItem(v_d, 3, 4); return meth(v_it, "__length_hint__", []); }, "0"],
  ["d = {1: 2, 3: 4}; it = reversed(d); next(it); d[5] = 6; next(it)", () => { let v_d = D([1, 2], [3, 4]); let v_it = call(B("reversed"), [v_d]); call(B("next"), [v_it]); rt.PyObject_SetItem(v_d, 5, 6); return call(B("next"), [v_it]); }, "RuntimeError: dictionary changed size during iteration"],
  ["d = {1: 2, 3: 4, 5: 6}; it = reversed(d.items()); [next(it), list(it)]", () => { let v_d = D([1, 2], [3, 4], [5, 6]); let v_it = call(B("reversed"), [meth(v_d, "items", [])]); return L(call(B("next"), [v_it]), call(B("list"), [v_it])); }, "[(5, 6), [(3, 4), (1, 2)]]"],
  ["it = iter({1: 2}); next(it); it.__reduce__()", () => { let v_it = call(B("iter"), [D([1, 2])]); call(B("next"), [v_it]); return meth(v_it, "__reduce__", []); }, "(<built-in function iter>, ([],))"],
  ["d = {1: 2}; it = iter(d); d.clear(); next(it)", () => { let v_d = D([1, 2]); let v_it = call(B("iter"), [v_d]); meth(v_d, "clear", []); return call(B("next"), [v_it]); }, "RuntimeError: dictionary changed size during iteration"],
  ["d = dict.fromkeys(range(5)); it = iter(d); del d[4]; d[4] = 0; list(it)", () => { let v_d = meth(B("dict"), "fromkeys", [call(B("range"), [5])]); let v_it = call(B("iter"), [v_d]); rt.PyObject_DelItem(v_d, 4); rt.PyObject_SetItem(v_d, 4, 0); return call(B("list"), [v_it]); }, "[0, 1, 2, 3, 4]"],
]);

cases("dict errors", [
  ["{}[1]", () => rt.PyObject_GetItem(D(), 1), "KeyError: 1"],
  ["{}[(1, 2)]", () => rt.PyObject_GetItem(D(), T(1, 2)), "KeyError: (1, 2)"],
  ["d = {}; del d[1]", () => { let v_d = D(); rt.PyObject_DelItem(v_d, 1); return rt.Py_None; }, "KeyError: 1"],
  ["{}.popitem()", () => meth(D(), "popitem", []), "KeyError: 'popitem(): dictionary is empty'"],
  ["{}.pop(1)", () => meth(D(), "pop", [1]), "KeyError: 1"],
  ["{}.pop([])", () => meth(D(), "pop", [L()]), "KeyError: []"],
  ["{1: 2}.pop([])", () => meth(D([1, 2]), "pop", [L()]), "TypeError: unhashable type: 'list'"],
  ["{[]: 1}", () => D([L(), 1]), "TypeError: unhashable type: 'list'"],
  ["{}.get()", () => meth(D(), "get", []), "TypeError: get expected at least 1 argument, got 0"],
  ["{}.get(1, 2, 3)", () => meth(D(), "get", [1, 2, 3]), "TypeError: get expected at most 2 arguments, got 3"],
  ["{}.setdefault()", () => meth(D(), "setdefault", []), "TypeError: setdefault expected at least 1 argument, got 0"],
  ["{}.pop()", () => meth(D(), "pop", []), "TypeError: pop expected at least 1 argument, got 0"],
  ["{}.popitem(1)", () => meth(D(), "popitem", [1]), "TypeError: dict.popitem() takes no arguments (1 given)"],
  ["{}.keys(1)", () => meth(D(), "keys", [1]), "TypeError: dict.keys() takes no arguments (1 given)"],
  ["dict(1)", () => call(B("dict"), [1]), "TypeError: 'int' object is not iterable"],
  ["dict([1])", () => call(B("dict"), [L(1)]), "TypeError: cannot convert dictionary update sequence element #0 to a sequence"],
  ["dict([(1, 2, 3)])", () => call(B("dict"), [L(T(1, 2, 3))]), "ValueError: dictionary update sequence element #0 has length 3; 2 is required"],
  ["dict({}, {})", () => call(B("dict"), [D(), D()]), "TypeError: dict expected at most 1 argument, got 2"],
  ["{}.update({}, {})", () => meth(D(), "update", [D(), D()]), "TypeError: update expected at most 1 argument, got 2"],
  ["{}.update(1)", () => meth(D(), "update", [1]), "TypeError: 'int' object is not iterable"],
  ["{}.update([1])", () => meth(D(), "update", [L(1)]), "TypeError: cannot convert dictionary update sequence element #0 to a sequence"],
  ["{1: 2} | [(3, 4)]", () => rt.PyNumber_Or(D([1, 2]), L(T(3, 4))), "TypeError: unsupported operand type(s) for |: 'dict' and 'list'"],
  ["[(3, 4)] | {1: 2}", () => rt.PyNumber_Or(L(T(3, 4)), D([1, 2])), "TypeError: unsupported operand type(s) for |: 'list' and 'dict'"],
  ["d = {}; d |= 1", () => { let v_d = D(); v_d = rt.PyNumber_InPlaceOr(v_d, 1); return rt.Py_None; }, "TypeError: 'int' object is not iterable"],
  ["d = {}; d |= [1]", () => { let v_d = D(); v_d = rt.PyNumber_InPlaceOr(v_d, L(1)); return rt.Py_None; }, "TypeError: cannot convert dictionary update sequence element #0 to a sequence"],
  ["{1: 2} < {1: 2}", () => rt.PyObject_RichCompare(D([1, 2]), D([1, 2]), rt.Py_LT), "TypeError: '<' not supported between instances of 'dict' and 'dict'"],
  ["hash({})", () => call(B("hash"), [D()]), "TypeError: unhashable type: 'dict'"],
  ["{}.fromkeys()", () => meth(D(), "fromkeys", []), "TypeError: fromkeys expected at least 1 argument, got 0"],
  ["dict.fromkeys(1)", () => meth(B("dict"), "fromkeys", [1]), "TypeError: 'int' object is not iterable"],
  ["{1: 2}.keys() | 1", () => rt.PyNumber_Or(meth(D([1, 2]), "keys", []), 1), "TypeError: 'int' object is not iterable"],
  ["{1: 2}.keys() < 1", () => rt.PyObject_RichCompare(meth(D([1, 2]), "keys", []), 1, rt.Py_LT), "TypeError: '<' not supported between instances of 'dict_keys' and 'int'"],
  ["{1: 2}.keys().isdisjoint(1)", () => meth(meth(D([1, 2]), "keys", []), "isdisjoint", [1]), "TypeError: 'int' object is not iterable"],
  ["{1: 2}.items() | [1]", () => rt.PyNumber_Or(meth(D([1, 2]), "items", []), L(1)), "{1, (1, 2)}"], // 64-bit layout (the 32-bit oracle prints "{(1, 2), 1}")
  ["{1: 2}.keys() - 1", () => rt.PyNumber_Subtract(meth(D([1, 2]), "keys", []), 1), "TypeError: 'int' object is not iterable"],
  ["{}.keys() ^ 1", () => rt.PyNumber_Xor(meth(D(), "keys", []), 1), "TypeError: 'int' object is not iterable"],
  ["{}.__getitem__()", () => meth(D(), "__getitem__", []), "TypeError: dict.__getitem__() takes exactly one argument (0 given)"],
  ["{}.values() | {1}", () => rt.PyNumber_Or(meth(D(), "values", []), S(1)), "TypeError: unsupported operand type(s) for |: 'dict_values' and 'set'"],
  ["type('D', (dict,), {})()[3]", () => rt.PyObject_GetItem(call(call(B("type"), [U("D"), T(B("dict")), D()]), []), 3), "KeyError: 3"],
]);

cases("dict from str pairs [str-iter]", [
  ["dict([(1, 2), 'abc'])", () => call(B("dict"), [L(T(1, 2), U("abc"))]), "ValueError: dictionary update sequence element #1 has length 3; 2 is required"],
  ["dict(['ab', 'cd'])", () => call(B("dict"), [L(U("ab"), U("cd"))]), "{'a': 'b', 'c': 'd'}"],
  ["dict.fromkeys('abc')", () => meth(B("dict"), "fromkeys", [U("abc")]), "{'a': None, 'b': None, 'c': None}"],
]);
