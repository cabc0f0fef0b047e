/**
 * Cells: the boxes behind closures' free variables. CPython 3.12: Objects/cellobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, _PyType_NewStatic } from "./object.js";

export const PyCell_Type: PyTypeObject = _PyType_NewStatic("cell");

/** CPython 3.12: Include/cpython/cellobject.h. `ob_ref` is the NULL marker while the variable is unbound. */
export class PyCellObject extends PyBaseObject {
  constructor(public ob_ref: PyObject) {
    super(PyCell_Type);
  }
}
/** CPython 3.12: Objects/cellobject.c (PyCell_New); `null` makes an empty cell. */
export function PyCell_New(v: PyObject | null): PyCellObject {
  return new PyCellObject(v ?? NULL);
}
export function PyCell_Get(c: PyObject): PyObject | null {
  const v = (c as PyCellObject).ob_ref;
  return v === NULL ? null : v;
}
export function PyCell_Set(c: PyObject, v: PyObject | null): void {
  (c as PyCellObject).ob_ref = v ?? NULL;
}
function cell_repr(o: PyObject): PyObject {
  const c = o as PyCellObject;
  if (c.ob_ref === NULL) return PyUnicode_FromString(`<cell at ${_Py_IdAddress(c)}: empty>`);
  return PyUnicode_FromString(`<cell at ${_Py_IdAddress(c)}: ${Py_TYPE(c.ob_ref).tp_name} object at ${_Py_IdAddress(c.ob_ref)}>`);
}
import { NULL } from "../Include/internal/pycore_frame.js";
import { PyUnicode_FromString } from "./unicodeobject.js";
import { _Py_IdAddress } from "./typeobject.js";
import { Py_TYPE } from "./object.js";
PyCell_Type.tp_repr = cell_repr;
PyCell_Type.tp_getset = [
  {
    name: "cell_contents",
    get: (c: PyCellObject) => {
      if (c.ob_ref === NULL) PyErr_RaiseFormat(PyExc_ValueError, "Cell is empty");
      return c.ob_ref;
    },
    set: (c: PyCellObject, v: PyObject | null) => void (c.ob_ref = v ?? NULL),
  },
];
import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_ValueError } from "./exceptions.js";
