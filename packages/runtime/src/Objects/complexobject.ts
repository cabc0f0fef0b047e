/**
 * complex (the literal forms and repr so far; arithmetic arrives with issue 7).
 * CPython 3.12: Objects/complexobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, _PyType_NewStatic, Py_TPFLAGS_BASETYPE } from "./object.js";

/** CPython 3.12: Objects/complexobject.c (PyComplex_Type) */
export const PyComplex_Type: PyTypeObject = _PyType_NewStatic("complex", {
  tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.",
});
/** CPython 3.12: Include/cpython/complexobject.h */
export class PyComplexObject extends PyBaseObject {
  constructor(
    type: PyTypeObject,
    public real: number,
    public imag: number,
  ) {
    super(type);
  }
}
/** CPython 3.12: Objects/complexobject.c */
export function PyComplex_FromDoubles(real: number, imag: number): PyComplexObject {
  return new PyComplexObject(PyComplex_Type, real, imag);
}
/** CPython 3.12: Objects/complexobject.c (complex_repr) */
function complex_repr(o: PyObject): PyObject {
  const c = o as PyComplexObject;
  const fmt = (x: number) => {
    const s = _Py_dg_repr(x);
    return s.endsWith(".0") ? s.slice(0, -2) : s;
  };
  if (c.real === 0 && !Object.is(c.real, -0)) return PyUnicode_FromString(fmt(c.imag) + "j");
  const im = fmt(c.imag);
  const sign = im.startsWith("-") ? "" : "+";
  return PyUnicode_FromString(`(${fmt(c.real)}${sign}${im}j)`);
}
function complex_hash(o: PyObject): number {
  const c = o as PyComplexObject;
  const hr = _Py_HashDouble(o, c.real);
  const hi = _Py_HashDouble(o, c.imag);
  let h = Number(BigInt.asIntN(64, BigInt(hr) + 1000003n * BigInt(hi)));
  if (h === -1) h = -2;
  return h;
}
import { PyUnicode_FromString } from "./unicodeobject.js";
import { _Py_dg_repr, _Py_HashDouble } from "./floatobject.js";
Object.assign(PyComplex_Type, { tp_repr: complex_repr, tp_hash: complex_hash });
