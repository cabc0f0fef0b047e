/**
 * The singletons None, NotImplemented and Ellipsis.
 * CPython 3.12: Objects/object.c (None, NotImplemented), Objects/sliceobject.c (Ellipsis)
 */
import { PyBaseObject, PyObject, PyTypeObject, _PyType_NewStatic } from "./object.js";

/** CPython 3.12: Objects/object.c (_PyNone_Type) */
export const _PyNone_Type: PyTypeObject = _PyType_NewStatic("NoneType");
/** CPython 3.12: Objects/object.c (_PyNotImplemented_Type) */
export const _PyNotImplemented_Type: PyTypeObject = _PyType_NewStatic("NotImplementedType");
/** CPython 3.12: Objects/sliceobject.c (PyEllipsis_Type) */
export const PyEllipsis_Type: PyTypeObject = _PyType_NewStatic("ellipsis");

class PySingletonObject extends PyBaseObject {
  constructor(type: PyTypeObject, readonly reprText: string) {
    super(type);
  }
}

/** CPython 3.12: Include/object.h (Py_None) */
export const Py_None: PyObject = new PySingletonObject(_PyNone_Type, "None");
/** CPython 3.12: Include/object.h (Py_NotImplemented) */
export const Py_NotImplemented: PyObject = new PySingletonObject(_PyNotImplemented_Type, "NotImplemented");
/** CPython 3.12: Include/sliceobject.h (Py_Ellipsis) */
export const Py_Ellipsis: PyObject = new PySingletonObject(PyEllipsis_Type, "Ellipsis");

/** CPython 3.12: Include/object.h (Py_IsNone) */
export function Py_IsNone(o: PyObject): boolean {
  return o === Py_None;
}

export function _singleton_repr(o: PyObject): string {
  return (o as PySingletonObject).reprText;
}

function singleton_repr(o: PyObject): PyObject {
  return PyUnicode_FromString((o as PySingletonObject).reprText);
}
import { PyUnicode_FromString } from "./unicodeobject.js";
_PyNone_Type.tp_repr = singleton_repr;
_PyNone_Type.nb_bool = () => false;
/** CPython 3.12: Objects/object.c (none_hash): a constant, so sets holding None order the same everywhere. */
_PyNone_Type.tp_hash = () => 0xfca86420;
_PyNotImplemented_Type.tp_repr = singleton_repr;
PyEllipsis_Type.tp_repr = singleton_repr;
