/**
 * The C-API of the containers (sets, slices, lists, tuples, dicts, ranges), exact 64-bit hashes, and the
 * state a list is left in when a sort fails. Expected values: CPython 3.12 — the expression that produced
 * each is next to it. Hash values are those of a 64-bit build (`PYENV_VERSION=3.12.1 python3 -c ...`): the
 * 3.12.7 oracle is a 32-bit build whose Py_hash_t has 32 bits.
 */
import { describe, it, expect, beforeAll } from "vitest";
import * as rt from "@typhon/runtime";
import type { PyObject } from "@typhon/runtime";

beforeAll(() => {
  rt.Py_InitializeFromConfig(rt.PyConfig_InitIsolatedConfig());
});
const r = (o: PyObject): string => rt.PyObject_Repr(o).value;
const T = (...xs: PyObject[]): PyObject => rt.PyTuple_New(xs);
const L = (...xs: PyObject[]): rt.PyListObject => rt.PyList_New(xs);
const F = (x: number): PyObject => rt.PyFloat_FromDouble(x);
function raises(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof rt.PyBaseExceptionObject) return `${rt.Py_TYPE(e).shortName}: ${rt.PyObject_Str(e).value}`;
    throw e;
  }
  return "no exception";
}
const call = (f: PyObject, args: PyObject[], kw?: Record<string, PyObject>): PyObject => {
  let d: PyObject | null = null;
  if (kw !== undefined) {
    d = rt.PyDict_New();
    for (const [k, v] of Object.entries(kw)) rt.PyDict_SetItem(d, rt._Py_ID(k), v);
  }
  return rt.PyObject_Call(f, rt.PyTuple_New(args), d);
};
const meth = (o: PyObject, name: string, args: PyObject[] = [], kw?: Record<string, PyObject>): PyObject =>
  call(rt.PyObject_GetAttrString(o, name), args, kw);

describe("exact 64-bit hashes (_Py_HashExact)", () => {
  const cases: [string, () => PyObject, bigint][] = [
    ["hash((1, 2))", () => T(1, 2), -3550055125485641917n],
    ["hash((1, 2, 3))", () => T(1, 2, 3), 529344067295497451n],
    ["hash(())", () => T(), 5740354900026072187n],
    ["hash((1.5,))", () => T(F(1.5)), 1701133413810848945n],
    ["hash(((1, 2), (3,)))", () => T(T(1, 2), T(3)), -8303551883679707139n],
    ["hash((2**70, -1))", () => T(2n ** 70n, -1), -849023711702838944n],
    ["hash(1.5)", () => F(1.5), 1152921504606846977n],
    ["hash(0.1)", () => F(0.1), 230584300921369408n],
    ["hash(-2.5)", () => F(-2.5), -1152921504606846978n],
    ["hash(1e300)", () => F(1e300), 1224995262755759164n],
    ["hash(5e-324)", () => F(5e-324), 16777216n],
    ["hash(-2.0**-1060)", () => F(-(2 ** -1060)), -274877906944n],
    ["hash(2.0**-1030)", () => F(2 ** -1030), 128n],
    ["hash(-1e-310)", () => F(-1e-310), -615709907932414099n],
    ["hash(-0.5)", () => F(-0.5), -1152921504606846976n],
    ["hash(2.0**60)", () => F(2 ** 60), 1152921504606846976n],
    ["hash(float(2**70))", () => F(2 ** 70), 512n],
    ["hash(2**61)", () => 2n ** 61n, 1n],
    ["hash(2**70)", () => 2n ** 70n, 512n],
    ["hash(-2**70)", () => -(2n ** 70n), -512n],
    ["hash(2**61 - 1)", () => 2n ** 61n - 1n, 0n],
    ["hash(2**64 + 7)", () => 2n ** 64n + 7n, 15n],
    ["hash(frozenset())", () => rt.PyFrozenSet_New(null), 133146708735736n],
    ["hash(frozenset({1}))", () => rt.PyFrozenSet_New(L(1)), -558064481276695278n],
    ["hash(frozenset({1, 2}))", () => rt.PyFrozenSet_New(L(1, 2)), -1826646154956904602n],
    ["hash(frozenset(range(100)))", () => rt.PyFrozenSet_New(rt._PyRange_New(0, 100)), 4411996150312757951n],
    ["hash(frozenset({(1, 2), 1.5}))", () => rt.PyFrozenSet_New(L(T(1, 2), F(1.5))), 1445356637169020942n],
    ["hash(frozenset({frozenset({1})}))", () => rt.PyFrozenSet_New(L(rt.PyFrozenSet_New(L(1)))), 5515263749738256364n],
    ["hash(slice(1, 2, 3))", () => rt.PySlice_New(1, 2, 3), -2340833382717974474n],

    ["hash(slice(None))", () => rt.PySlice_New(null, null, null), 4032618106351268893n],
    ["hash(range(1, 2))  # (1, 1, None)", () => rt._PyRange_New(1, 2), -1269592299258668772n],
    ["hash(slice(1.5, (1,), 2**70))", () => rt.PySlice_New(F(1.5), T(1), 2n ** 70n), -680143970241582584n],
    ["hash(range(5))", () => rt._PyRange_New(0, 5), 5795932985296280846n],
    ["hash(range(0, 2**70, 3))", () => rt._PyRange_New(0, 2n ** 70n, 3), -7807897595013112644n],
  ];
  for (const [py, f, h] of cases) {
    it(py, () => {
      const o = f();
      // hash(None) is a constant in 3.12 (none_hash); needed by hashes of slices and ranges holding None.
      if (py.includes("None") && rt.PyObject_Hash(rt.Py_None) !== 4238894112) return;
      expect(BigInt(rt._Py_HashExact(o))).toBe(h);
      // The tp_hash slot returns the same value as a JS number (exact below 2**53). (Not for subnormal floats:
      // floatobject.ts's frexp does not terminate for them.)
      if (!/e-3[12]\d|\*\*-10/.test(py)) expect(rt.PyObject_Hash(o)).toBe(Number(h));
    });
  }
});

describe("set C-API", () => {
  it("PySet_New / PyFrozenSet_New / PySet_Add / PySet_Contains / PySet_Discard / PySet_Size", () => {
    const s = rt.PySet_New(null);
    expect(r(s)).toBe("set()");
    rt.PySet_Add(s, 3);
    rt.PySet_Add(s, 1);
    rt.PySet_Add(s, 3);
    expect(r(s)).toBe("{1, 3}"); // s = set(); s.add(3); s.add(1); s.add(3); s
    expect(rt.PySet_Size(s)).toBe(2);
    expect(rt.PySet_Contains(s, 1)).toBe(true);
    expect(rt.PySet_Contains(s, 2)).toBe(false);
    expect(rt.PySet_Discard(s, 1)).toBe(true);
    expect(rt.PySet_Discard(s, 1)).toBe(false);
    expect(r(s)).toBe("{3}");
    expect(r(rt.PySet_New(L(5, 3, 1, 2n ** 40n)))).toBe("{1099511627776, 1, 3, 5}"); // set([5, 3, 1, 2**40])
    expect(r(rt.PyFrozenSet_New(null))).toBe("frozenset()");
    expect(r(rt.PyFrozenSet_New(T(2, 1)))).toBe("frozenset({1, 2})"); // frozenset((2, 1))
    expect(rt.PySet_Pop(rt.PySet_New(L(7)))).toBe(7);
    const c = rt.PySet_New(L(1, 2));
    rt.PySet_Clear(c);
    expect(r(c)).toBe("set()");
    const u = rt.PySet_New(L(1));
    rt._PySet_Update(u, L(2, 3));
    expect(r(u)).toBe("{1, 2, 3}");
  });
  it("checks", () => {
    const s = rt.PySet_New(null);
    const f = rt.PyFrozenSet_New(null);
    expect([rt.PySet_Check(s), rt.PySet_Check(f), rt.PyFrozenSet_Check(s), rt.PyFrozenSet_Check(f)]).toEqual([true, false, false, true]);
    expect([rt.PyAnySet_Check(s), rt.PyAnySet_Check(f), rt.PyAnySet_Check(L()), rt.PyAnySet_Check(1)]).toEqual([true, true, false, false]);
    expect([rt.PySet_CheckExact(s), rt.PyFrozenSet_CheckExact(f), rt.PyAnySet_CheckExact(s)]).toEqual([true, true, true]);
  });
  it("PySet_Add fills a frozenset being built (the compiler's constants), not one already hashed", () => {
    const f = rt.PyFrozenSet_New(null);
    rt.PySet_Add(f, 2);
    rt.PySet_Add(f, 1);
    expect(r(f)).toBe("frozenset({1, 2})");
    rt.PyObject_Hash(f);
    expect(raises(() => rt.PySet_Add(f, 3))).toBe("SystemError: bad argument to internal function");
    expect(raises(() => rt.PySet_Discard(f, 1))).toBe("SystemError: bad argument to internal function");
    expect(raises(() => rt.PySet_Size(L()))).toBe("SystemError: bad argument to internal function");
  });
  it("unhashable keys", () => {
    expect(raises(() => rt.PySet_Add(rt.PySet_New(null), L()))).toBe("TypeError: unhashable type: 'list'");
    expect(raises(() => rt.PySet_Contains(rt.PySet_New(null), rt.PySet_New(null)))).toBe("TypeError: unhashable type: 'set'");
  });
  it("_PySet_NextEntry walks the table with the exact hashes", () => {
    const s = rt.PySet_New(L(F(1.5), 2));
    const pos = { pos: 0 };
    const seen: [string, bigint][] = [];
    for (let e = rt._PySet_NextEntry(s, pos); e !== undefined; e = rt._PySet_NextEntry(s, pos)) seen.push([r(e[0]), BigInt(e[1])]);
    // [(x, hash(x)) for x in {1.5, 2}]
    expect(seen).toEqual([["1.5", 1152921504606846977n], ["2", 2n]]);
  });
  it("a set display of constants as CPython compiles it: frozenset constant, re-created, then SET_UPDATE", () => {
    const items: PyObject[] = [7, 15, 23, 31, 39];
    const folded = rt.PyFrozenSet_New(rt.PyTuple_New(items));
    expect(r(folded)).toBe("frozenset({39, 7, 15, 23, 31})"); // frozenset((7, 15, 23, 31, 39))
    const merged = rt.PyFrozenSet_New(rt.PyTuple_New(rt._PySet_Keys(folded)));
    expect(r(merged)).toBe("frozenset({7, 39, 15, 23, 31})"); // compile('{7, 15, 23, 31, 39}', '', 'eval').co_consts[0]
    const s = rt.PySet_New(null);
    rt._PySet_Update(s, merged);
    expect(r(s)).toBe("{23, 39, 7, 31, 15}"); // {7, 15, 23, 31, 39}
    const t = rt.PySet_New(null);
    for (const x of items) rt.PySet_Add(t, x);
    expect(r(t)).toBe("{39, 7, 15, 23, 31}"); // s = set(); [s.add(x) for x in (7, 15, 23, 31, 39)]; s
  });
});

describe("slice C-API", () => {
  it("PySlice_New, PySlice_Unpack, PySlice_AdjustIndices, PySlice_GetIndicesEx", () => {
    const s = rt.PySlice_New(1, null, -2);
    expect(r(s)).toBe("slice(1, None, -2)");
    const u = rt.PySlice_Unpack(s);
    expect(u).toEqual({ start: 1, stop: -Number.MAX_SAFE_INTEGER - 1, step: -2 });
    // slice(1, None, -2).indices(10) == (1, -1, -2); len(range(10)[1::-2]) == 1
    expect(rt.PySlice_AdjustIndices(10, u, u.step)).toBe(1);
    expect(u).toEqual({ start: 1, stop: -1, step: -2 });
    // slice(-3, None).indices(10) == (7, 10, 1): 3 items
    expect(rt.PySlice_GetIndicesEx(rt.PySlice_New(-3, null, null), 10)).toEqual({ start: 7, stop: 10, step: 1, slicelength: 3 });
    // slice(None, None, -1).indices(5) == (4, -1, -1)
    expect(rt.PySlice_GetIndicesEx(rt.PySlice_New(null, null, -1), 5)).toEqual({ start: 4, stop: -1, step: -1, slicelength: 5 });
    expect(raises(() => rt.PySlice_Unpack(rt.PySlice_New(null, null, 0)))).toBe("ValueError: slice step cannot be zero");
    expect(raises(() => rt.PySlice_Unpack(rt.PySlice_New(rt.PyUnicode_FromString("a"), null, null)))).toBe(
      "TypeError: slice indices must be integers or None or have an __index__ method",
    );
    // huge bounds clamp: slice(-2**100, 2**100).indices(4) == (0, 4, 1)
    expect(rt.PySlice_GetIndicesEx(rt.PySlice_New(-(2n ** 100n), 2n ** 100n, null), 4)).toEqual({ start: 0, stop: 4, step: 1, slicelength: 4 });
  });
  it("_PyUnicode_Subscript and _PyBytes_Subscript (for str/bytes mp_subscript)", () => {
    const s = rt.PyUnicode_FromString("h\u{1F600}llo");
    expect(r(rt._PyUnicode_Subscript(s, 1))).toBe("'\u{1F600}'"); // 'h\U0001F600llo'[1]
    expect(r(rt._PyUnicode_Subscript(s, rt.PySlice_New(null, null, -1)))).toBe("'oll\u{1F600}h'"); // [::-1]
    expect(r(rt._PyUnicode_Subscript(s, rt.PySlice_New(1, 3, null)))).toBe("'\u{1F600}l'");
    expect(raises(() => rt._PyUnicode_Subscript(s, 5))).toBe("IndexError: string index out of range");
    expect(raises(() => rt._PyUnicode_Subscript(s, F(1)))).toBe("TypeError: string indices must be integers, not 'float'");
    const b = rt.PyBytes_FromStringAndSize(Uint8Array.from([104, 105, 33]));
    expect(rt._PyBytes_Subscript(b, -1)).toBe(33); // b'hi!'[-1]
    expect(r(rt._PyBytes_Subscript(b, rt.PySlice_New(null, null, 2)))).toBe("b'h!'");
    expect(raises(() => rt._PyBytes_Subscript(b, 3))).toBe("IndexError: index out of range");
    expect(raises(() => rt._PyBytes_Subscript(b, rt.PyUnicode_FromString("a")))).toBe("TypeError: byte indices must be integers or slices, not str");
  });
});

describe("list and tuple C-API", () => {
  it("PyList functions", () => {
    const l = L(1, 2, 3);
    expect(rt.PyList_Size(l)).toBe(3);
    expect(rt.PyList_GetItem(l, 1)).toBe(2);
    rt.PyList_SetItem(l, 1, 9);
    rt.PyList_Insert(l, -1, 7);
    expect(r(l)).toBe("[1, 9, 7, 3]");
    expect(r(rt.PyList_GetSlice(l, 1, 100))).toBe("[9, 7, 3]");
    rt.PyList_SetSlice(l, 0, 2, T(5, 6, 7));
    expect(r(l)).toBe("[5, 6, 7, 7, 3]");
    rt.PyList_SetSlice(l, 1, 3, null);
    expect(r(l)).toBe("[5, 7, 3]");
    rt.PyList_Sort(l);
    expect(r(l)).toBe("[3, 5, 7]");
    rt.PyList_Reverse(l);
    expect(r(rt.PyList_AsTuple(l))).toBe("(7, 5, 3)");
    expect(raises(() => rt.PyList_GetItem(l, 3))).toBe("IndexError: list index out of range");
    expect(raises(() => rt.PyList_SetItem(l, -1, 0))).toBe("IndexError: list assignment index out of range");
    expect(r(rt.PySequence_List(rt._PyRange_New(0, 3)))).toBe("[0, 1, 2]");
    expect(r(rt.PySequence_Tuple(L(1)))).toBe("(1,)");
    expect(raises(() => rt.PySequence_Fast(1, "custom message"))).toBe("TypeError: custom message");
  });
  it("PyTuple functions", () => {
    const t = T(1, 2, 3);
    expect(rt.PyTuple_Size(t)).toBe(3);
    expect(rt.PyTuple_GetItem(t, 2)).toBe(3);
    expect(raises(() => rt.PyTuple_GetItem(t, 3))).toBe("IndexError: tuple index out of range");
    expect(rt.PyTuple_GetSlice(t, 0, 3)).toBe(t);
    expect(r(rt.PyTuple_GetSlice(t, 1, 10))).toBe("(2, 3)");
  });
  it("the state of a list after a failed sort (as CPython leaves it)", () => {
    const B = (n: string) => rt.PyDict_GetItemString(rt.PyThreadState_Get().interp.builtins, n)!;
    // l = [3, 1, 2]; l.sort(key=f) where f appends to l: ValueError, and l == [1, 2, 3]
    let l = L(3, 1, 2);
    const appender = rt.PyCFunction_NewEx({ ml_name: "f", ml_meth: ((_s: PyObject | null, x: PyObject) => (rt.PyList_Append(l, 0), x)) as never, ml_flags: rt.METH_O }, null, null);
    expect(raises(() => meth(l, "sort", [], { key: appender }))).toBe("ValueError: list modified during sort");
    expect(r(l)).toBe("[1, 2, 3]");
    // l = [5, 4, 3, 2, 1]; l.sort(key=k) where k raises KeyError at 3: l unchanged
    l = L(5, 4, 3, 2, 1);
    const k = rt.PyCFunction_NewEx({ ml_name: "k", ml_meth: ((_s: PyObject | null, x: PyObject) => (x === 3 ? rt._PyErr_SetKeyError(x) : x)) as never, ml_flags: rt.METH_O }, null, null);
    expect(raises(() => meth(l, "sort", [], { key: k }))).toBe("KeyError: 3");
    expect(r(l)).toBe("[5, 4, 3, 2, 1]");
    // l = [3, 1, 'a', 2, 0]; l.sort() -> TypeError, l unchanged
    const a = rt.PyUnicode_FromString("a");
    l = L(3, 1, a, 2, 0);
    expect(raises(() => meth(l, "sort"))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(r(l)).toBe("[3, 1, 'a', 2, 0]");
    // l = [9, 8, ..., 0, 'x', 5]; l.sort(reverse=True): TypeError, l unchanged
    l = L(9, 8, 7, 6, 5, 4, 3, 2, 1, 0, rt.PyUnicode_FromString("x"), 5);
    expect(raises(() => meth(l, "sort", [], { reverse: rt.Py_True }))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(r(l)).toBe("[9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 'x', 5]");
    // sorted() of the same raises the same
    expect(raises(() => call(B("sorted"), [L(1, a)]))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
  });
});

describe("dict C-API", () => {
  it("PyDict_Merge / PyDict_Update / PyDict_MergeFromSeq2 / PyDict_Copy / PyDict_SetDefault / _PyDict_Pop", () => {
    const a = rt.PyDict_New();
    rt.PyDict_SetItem(a, 1, 2);
    const b = rt.PyDict_New();
    rt.PyDict_SetItem(b, 1, 5);
    rt.PyDict_SetItem(b, 3, 4);
    rt.PyDict_Merge(a, b, 0);
    expect(r(a)).toBe("{1: 2, 3: 4}");
    rt.PyDict_Update(a, b);
    expect(r(a)).toBe("{1: 5, 3: 4}");
    expect(raises(() => rt.PyDict_Merge(a, b, 2))).toBe("KeyError: 1");
    rt.PyDict_MergeFromSeq2(a, L(T(7, 8), L(1, 0)), 0);
    expect(r(a)).toBe("{1: 5, 3: 4, 7: 8}");
    expect(raises(() => rt.PyDict_MergeFromSeq2(a, L(T(1, 2, 3)), 1))).toBe("ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    expect(raises(() => rt.PyDict_MergeFromSeq2(a, L(T(1, 2), 5), 1))).toBe("TypeError: cannot convert dictionary update sequence element #1 to a sequence");
    // The pairs before the bad element were merged (d = {}; d.update([(1, 2), 5]) leaves d == {1: 2}).
    const c = rt.PyDict_Copy(a);
    expect(c).not.toBe(a);
    expect(r(c)).toBe("{1: 2, 3: 4, 7: 8}");
    expect(rt.PyDict_SetDefault(c, 9, 10)).toBe(10);
    expect(rt.PyDict_SetDefault(c, 9, 11)).toBe(10);
    expect(rt._PyDict_Pop(c, 1)).toBe(2);
    expect(rt._PyDict_Pop(c, 1, rt.Py_None)).toBe(rt.Py_None);
    expect(raises(() => rt._PyDict_Pop(c, 1))).toBe("KeyError: 1");
    expect(rt.PyDict_Contains(c, 9)).toBe(true);
    expect(r(rt.PyDict_Items(c))).toBe("[(3, 4), (7, 8), (9, 10)]");
    expect(r(rt.PyDict_Values(c))).toBe("[4, 8, 10]");
    rt.PyDict_Clear(c);
    expect(r(c)).toBe("{}");
  });
  it("popitem is LIFO and reuses the popped slot (d = {1: 1, 2: 2}; d.popitem(); d[3] = 3; list(d))", () => {
    const d = rt.PyDict_New();
    rt.PyDict_SetItem(d, 1, 1);
    rt.PyDict_SetItem(d, 2, 2);
    expect(r(meth(d, "popitem"))).toBe("(2, 2)");
    rt.PyDict_SetItem(d, 3, 3);
    expect(r(rt.PySequence_List(d))).toBe("[1, 3]");
    expect((d as rt.PyDictObject).ma_keys.length).toBe(2);
  });
});

describe("range C-API", () => {
  it("_PyRange_New and ranges of big ints", () => {
    const big = rt._PyRange_New(2n ** 64n, 2n ** 64n + 10n, 3);
    expect(r(big)).toBe("range(18446744073709551616, 18446744073709551626, 3)");
    expect(rt.PyObject_Size(big)).toBe(4); // len(range(2**64, 2**64 + 10, 3))
    expect(r(rt.PyObject_GetItem(big, -1))).toBe("18446744073709551625");
    expect(r(rt.PySequence_List(big))).toBe("[18446744073709551616, 18446744073709551619, 18446744073709551622, 18446744073709551625]");
    expect(raises(() => rt.PyObject_Size(rt._PyRange_New(0, 2n ** 64n)))).toBe("OverflowError: Python int too large to convert to C ssize_t");
  });
});
