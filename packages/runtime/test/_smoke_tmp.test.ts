import { it, expect } from "vitest";
import * as rt from "@typhon/runtime";
const r = (o: rt.PyObject) => rt.PyObject_Repr(o).value;
it("smoke", () => {
  rt.Py_InitializeFromConfig(rt.PyConfig_InitIsolatedConfig());
  const s = rt.PySet_New(rt.PyList_New([5, 3, 1, 2 ** 40]));
  expect(r(s)).toBe("{1099511627776, 1, 3, 5}");
  const d = rt.PyDict_New();
  rt.PyDict_SetItem(d, 1, 2);
  rt.PyDict_SetItem(d, 3, 4);
  expect(r(rt.PyObject_CallMethod(d, "items"))).toBe("dict_items([(1, 2), (3, 4)])");
  expect(r(rt.PyFrozenSet_New(rt.PyList_New([1,2])))).toBe("frozenset({1, 2})");
  expect(rt.PyObject_Hash(rt.PyFrozenSet_New(rt.PyList_New([1,2])))).toBe(-1826646154956904602);
});
it("none hash", () => {
  expect(rt.PyObject_Hash(rt.Py_None)).toBe(4238894112);
});
