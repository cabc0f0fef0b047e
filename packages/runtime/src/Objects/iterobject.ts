/**
 * The sequence iterator used for objects with __getitem__ but no __iter__.
 * CPython 3.12: Objects/iterobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic } from "./object.js";

export const PySeqIter_Type: PyTypeObject = _PyType_NewStatic("iterator");

export class PySeqIterObject extends PyBaseObject {
  it_index = 0;
  constructor(public it_seq: PyObject | null) {
    super(PySeqIter_Type);
  }
}
/** CPython 3.12: Objects/iterobject.c (PySeqIter_New) */
export function PySeqIter_New(seq: PyObject): PyObject {
  return new PySeqIterObject(seq);
}
function iter_iternext(o: PyObject): PyObject | undefined {
  const it = o as PySeqIterObject;
  const seq = it.it_seq;
  if (seq === null) return undefined;
  try {
    const r = Py_TYPE(seq).sq_item!(seq, it.it_index);
    it.it_index++;
    return r;
  } catch (e) {
    if (PyErr_GivenExceptionMatches(e as PyObject, PyExc_IndexError) || PyErr_GivenExceptionMatches(e as PyObject, PyExc_StopIteration)) {
      it.it_seq = null;
      return undefined;
    }
    throw e;
  }
}
import { PyErr_GivenExceptionMatches } from "../Python/errors.js";
import { PyExc_IndexError, PyExc_StopIteration } from "./exceptions.js";
Object.assign(PySeqIter_Type, {
  tp_iter: (o: PyObject) => o,
  tp_iternext: iter_iternext,
});
