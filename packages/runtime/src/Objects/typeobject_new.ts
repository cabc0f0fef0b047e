/**
 * Classes: `type(name, bases, dict)`, the C3 MRO, heap-type layout, `__init_subclass__`/`__set_name__`, and
 * `super`. CPython 3.12: Objects/typeobject.c (type_new and helpers, mro_internal, super_*)
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, PyType_IsSubtype, PyType_Type, PyBaseObject_Type, _PyType_NewStatic, Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_READY, Py_TPFLAGS_IMMUTABLETYPE } from "./object.js";

/** CPython 3.12: Objects/typeobject.c (mro_implementation): C3 linearisation. */
export function mro_implementation(type: PyTypeObject): PyTypeObject[] {
  const bases = type.tp_bases;
  if (bases.length === 1) return [type, ...bases[0].tp_mro];
  const seqs: PyTypeObject[][] = bases.map((b) => b.tp_mro.slice());
  seqs.push(bases.slice());
  const result: PyTypeObject[] = [type];
  for (;;) {
    const nonempty = seqs.filter((s) => s.length > 0);
    if (nonempty.length === 0) return result;
    let candidate: PyTypeObject | null = null;
    for (const s of nonempty) {
      const c = s[0];
      if (!nonempty.some((t) => t.indexOf(c) > 0)) {
        candidate = c;
        break;
      }
    }
    if (candidate === null) {
      const names = [...new Set(nonempty.map((s) => s[0]))].map((t) => t.shortName).join(", ");
      PyErr_RaiseFormat(PyExc_TypeError, `Cannot create a consistent method resolution order (MRO) for bases ${names}`);
    }
    result.push(candidate);
    for (const s of nonempty) if (s[0] === candidate) s.shift();
  }
}

/** The builtin type whose instance layout a type uses (CPython: solid_base). */
function solid_base(t: PyTypeObject): PyTypeObject {
  let b: PyTypeObject = t;
  while (b.tp_flags & Py_TPFLAGS_HEAPTYPE && b.tp_base !== null) b = b.tp_base;
  return b;
}
/** CPython 3.12: Objects/typeobject.c (best_base) */
function best_base(bases: PyTypeObject[]): PyTypeObject {
  let base: PyTypeObject | null = null;
  let winner: PyTypeObject | null = null;
  for (const b of bases) {
    if (!(b.tp_flags & Py_TPFLAGS_BASETYPE)) {
      PyErr_RaiseFormat(PyExc_TypeError, `type '${b.tp_name}' is not an acceptable base type`);
    }
    const candidate = solid_base(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (PyType_IsSubtype(winner, candidate)) {
      /* keep */
    } else if (PyType_IsSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else {
      PyErr_RaiseFormat(PyExc_TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return base!;
}

/** CPython 3.12: Objects/typeobject.c (_PyType_CalculateMetaclass) */
export function _PyType_CalculateMetaclass(metatype: PyTypeObject, bases: PyObject[]): PyTypeObject {
  let winner = metatype;
  for (const b of bases) {
    const t = Py_TYPE(b);
    if (PyType_IsSubtype(winner, t)) continue;
    if (PyType_IsSubtype(t, winner)) {
      winner = t;
      continue;
    }
    PyErr_RaiseFormat(
      PyExc_TypeError,
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}


/** Instance storage of `__slots__` names. */
interface SlotHolder {
  __slots__vals?: Map<string, PyObject>;
}

/** CPython 3.12: Objects/typeobject.c (type_new): `type(name, bases, dict, **kwds)`. */
export function type_new(metatype: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  const a = (args as PyTupleObject).ob_item;
  if (a.length === 1 && metatype === PyType_Type && (kwds === null || (kwds as PyDictObject).size === 0)) return Py_TYPE(a[0]);
  if (a.length !== 3) PyErr_RaiseFormat(PyExc_TypeError, "type() takes 1 or 3 arguments");
  const [nameObj, basesObj, dictObj] = a;
  if (!PyUnicode_Check(nameObj)) PyErr_RaiseFormat(PyExc_TypeError, `type.__new__() argument 1 must be str, not ${Py_TYPE(nameObj).tp_name}`);
  if (!PyTuple_Check(basesObj)) PyErr_RaiseFormat(PyExc_TypeError, `type.__new__() argument 2 must be tuple, not ${Py_TYPE(basesObj).tp_name}`);
  if (!PyDict_Check(dictObj)) PyErr_RaiseFormat(PyExc_TypeError, `type.__new__() argument 3 must be dict, not ${Py_TYPE(dictObj).tp_name}`);
  const winner = _PyType_CalculateMetaclass(metatype, basesObj.ob_item);
  if (winner !== metatype && winner.tp_new !== type_new) return winner.tp_new!(winner, args, kwds);
  metatype = winner;
  let bases = basesObj.ob_item as PyTypeObject[];
  for (const b of bases) {
    if (!(b instanceof PyTypeObject)) PyErr_RaiseFormat(PyExc_TypeError, `bases must be types`);
  }
  if (bases.length === 0) bases = [PyBaseObject_Type];
  const base = best_base(bases);

  const type = new PyTypeObject(metatype, nameObj.value, {});
  type.tp_flags = Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE | (base.tp_flags & ~(Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE | (1 << 12) | (1 << 13)));
  type.tp_base = base;
  type.tp_bases = bases;
  const dict = PyDict_New();
  for (const [k, v] of (dictObj as PyDictObject).entries()) PyDict_SetItem(dict, k, v);
  type.tp_dict = dict;

  // __module__, __qualname__, __doc__
  const mod = PyDict_GetItemWithError(dict, _Py_ID("__module__"));
  if (mod === undefined) {
    const f = _PyThreadState_GET().current_frame;
    const g = f !== null ? PyDict_GetItemWithError(f.f_globals, _Py_ID("__name__")) : undefined;
    if (g !== undefined) PyDict_SetItem(dict, _Py_ID("__module__"), g);
  }
  const m2 = PyDict_GetItemWithError(dict, _Py_ID("__module__"));
  type.tp_module = m2 !== undefined && PyUnicode_Check(m2) ? m2.value : null;
  const qual = PyDict_GetItemWithError(dict, _Py_ID("__qualname__"));
  if (qual !== undefined) {
    if (!PyUnicode_Check(qual)) PyErr_RaiseFormat(PyExc_TypeError, `type __qualname__ must be a str, not ${Py_TYPE(qual).tp_name}`);
    type.ht_qualname = qual.value;
    dict.delitemIfPresent(_Py_ID("__qualname__"));
  } else {
    type.ht_qualname = nameObj.value;
  }
  const doc = PyDict_GetItemWithError(dict, _Py_ID("__doc__"));
  if (doc === undefined) PyDict_SetItem(dict, _Py_ID("__doc__"), Py_None);
  else if (PyUnicode_Check(doc)) type.tp_doc = doc.value;

  // __new__ is a static method; __init_subclass__ and __class_getitem__ are class methods.
  const newf = PyDict_GetItemWithError(dict, _Py_ID("__new__"));
  if (newf !== undefined && newf instanceof PyFunctionObject) PyDict_SetItem(dict, _Py_ID("__new__"), PyStaticMethod_New(newf));
  for (const n of ["__init_subclass__", "__class_getitem__"]) {
    const f = PyDict_GetItemWithError(dict, _Py_ID(n));
    if (f !== undefined && f instanceof PyFunctionObject) PyDict_SetItem(dict, _Py_ID(n), PyClassMethod_New(f));
  }
  // A class that defines __eq__ without __hash__ is unhashable.
  if (PyDict_GetItemWithError(dict, _Py_ID("__eq__")) !== undefined && PyDict_GetItemWithError(dict, _Py_ID("__hash__")) === undefined) {
    PyDict_SetItem(dict, _Py_ID("__hash__"), Py_None);
  }

  // __slots__
  const slots = PyDict_GetItemWithError(dict, _Py_ID("__slots__"));
  let addDict = !base.tp_dictoffset;
  if (slots !== undefined) {
    const names = PyUnicode_Check(slots) ? [slots] : _PySequence_ToArray(slots);
    addDict = false;
    for (const n of names) {
      if (!PyUnicode_Check(n)) PyErr_RaiseFormat(PyExc_TypeError, `__slots__ items must be strings, not '${Py_TYPE(n).tp_name}'`);
      if (n.value === "__dict__") {
        addDict = !base.tp_dictoffset;
        continue;
      }
      if (n.value === "__weakref__") continue;
      if (PyDict_GetItemWithError(dict, n) !== undefined) {
        PyErr_RaiseFormat(PyExc_ValueError, `'${n.value}' in __slots__ conflicts with class variable`);
      }
      const slotname = n.value;
      PyDict_SetItem(
        dict,
        n,
        PyMemberDescr_New(type, {
          name: slotname,
          get: ((self: SlotHolder & PyObject) => {
            const v = self.__slots__vals?.get(slotname);
            if (v === undefined) {
              PyErr_Raise(PyExc_AttributeError, `'${Py_TYPE(self).tp_name}' object has no attribute '${slotname}'`, (e) => {
                e.name = _Py_ID(slotname);
                e.obj = self;
              });
            }
            return v;
          }) as never,
          set: ((self: SlotHolder, v: PyObject | null) => {
            if (self.__slots__vals === undefined) self.__slots__vals = new Map();
            if (v === null) {
              if (!self.__slots__vals.delete(slotname)) PyErr_RaiseFormat(PyExc_AttributeError, slotname);
            } else self.__slots__vals.set(slotname, v);
          }) as never,
        }),
      );
    }
    type.tp_dictoffset = base.tp_dictoffset || addDict;
  } else {
    type.tp_dictoffset = true;
  }
  if (addDict) {
    PyDict_SetItem(dict, _Py_ID("__dict__"), PyGetSetDescr_New(type, {
      name: "__dict__",
      get: ((self: PyObject) => {
        const h = _PyObject_GetDictPtr(self)!;
        if (h.dict === null) h.dict = PyDict_New();
        return h.dict;
      }) as never,
      set: ((self: PyObject, v: PyObject | null) => {
        if (v === null || !PyDict_Check(v)) PyErr_RaiseFormat(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v === null ? "NoneType" : Py_TYPE(v).tp_name}'`);
        _PyObject_GetDictPtr(self)!.dict = v;
      }) as never,
      doc: "dictionary for instance variables",
    }));
  }

  // Layout and slots.
  type.tp_mro = mro_implementation(type);
  for (const s of INHERITED_SLOTS) (type as any)[s] = (base as any)[s];
  type.tp_vectorcall = null;
  type.tp_flags |= Py_TPFLAGS_READY;
  fixup_slot_dispatchers(type);
  if (type.tp_getattro === null) type.tp_getattro = PyObject_GenericGetAttr;
  if (type.tp_setattro === null) type.tp_setattro = PyObject_GenericSetAttr;
  for (const b of bases) b.tp_subclasses.push(type);
  PyType_Modified(type);

  // The class body's __class__ cell (zero-argument super) now refers to the class.
  const classcell = PyDict_GetItemWithError(dict, _Py_ID("__classcell__"));
  if (classcell !== undefined) {
    if (!(classcell instanceof PyCellObject)) {
      PyErr_RaiseFormat(PyExc_TypeError, `__classcell__ must be a nonlocal cell, not ${Py_TYPE(classcell).tp_name}`);
    }
    classcell.ob_ref = type;
    dict.delitemIfPresent(_Py_ID("__classcell__"));
  }
  // __set_name__, then the parent's __init_subclass__.
  for (const [k, v] of [...dict.entries()]) {
    const setName = _PyType_Lookup(Py_TYPE(v), _Py_ID("__set_name__"));
    if (setName !== undefined) {
      try {
        callBound(setName, v, [type, k]);
      } catch (e) {
        const err = _PyErr_FromJS(e);
        (err as any).__notes_add__ = `Error calling __set_name__ on '${Py_TYPE(v).tp_name}' instance ${PyObject_Repr(k).value} in '${type.tp_name}'`;
        throw err;
      }
    }
  }
  const sup = PyObject_Call(PySuper_Type, _PyTuple_FromArray([type, type]), null);
  const initSubclass = PyObject_GetAttr(sup, _Py_ID("__init_subclass__"));
  PyObject_Call(initSubclass, _PyTuple_FromArray([]), kwds);
  return type;
}

function callBound(descr: PyObject, self: PyObject, args: PyObject[]): PyObject {
  const f = Py_TYPE(descr).tp_descr_get;
  if (f === null) return PyObject_Vectorcall(descr, [self, ...args], 0, args.length + 1, null);
  return PyObject_Vectorcall(f(descr, self, Py_TYPE(self)), args, 0, args.length, null);
}

/** CPython 3.12: Objects/typeobject.c (object___init_subclass___impl): takes no keyword arguments. */
function object_init_subclass(_cls: PyObject, _args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames as PyTupleObject).ob_item.length > 0) {
    PyErr_RaiseFormat(PyExc_TypeError, `${(_cls as PyTypeObject).tp_name}.__init_subclass__() takes no keyword arguments`);
  }
  void nargs;
  return Py_None;
}

// ---- super (CPython 3.12: Objects/typeobject.c, super_*) ----

export const PySuper_Type: PyTypeObject = _PyType_NewStatic("super", {
  tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)",
});
export class PySuperObject extends PyBaseObject {
  type: PyTypeObject | null = null;
  obj: PyObject | null = null;
  obj_type: PyTypeObject | null = null;
}
/** CPython 3.12: Objects/typeobject.c (supercheck) */
function supercheck(type: PyTypeObject, obj: PyObject): PyTypeObject {
  if (obj instanceof PyTypeObject && PyType_IsSubtype(obj, type)) return obj;
  if (PyType_IsSubtype(Py_TYPE(obj), type)) return Py_TYPE(obj);
  const cls = _PyObject_LookupAttr(obj, _Py_ID("__class__"));
  if (cls !== undefined && cls instanceof PyTypeObject && cls !== Py_TYPE(obj) && PyType_IsSubtype(cls, type)) return cls;
  PyErr_RaiseFormat(PyExc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
}
/** CPython 3.12: Objects/typeobject.c (_super_lookup_descr): look `name` up in the MRO after `type`. */
function super_lookup(starttype: PyTypeObject, type: PyTypeObject, name: PyUnicodeObject): PyObject | undefined {
  const mro = starttype.tp_mro;
  let i = mro.indexOf(type) + 1;
  for (; i < mro.length; i++) {
    const v = PyDict_GetItemWithError(mro[i].tp_dict, name);
    if (v !== undefined) return v;
  }
  return undefined;
}
/** CPython 3.12: Objects/typeobject.c (_PySuper_Lookup), used by LOAD_SUPER_ATTR. */
export function _PySuper_Lookup(type: PyTypeObject, obj: PyObject, name: PyUnicodeObject, method: boolean): [PyObject, boolean] {
  const starttype = supercheck(type, obj);
  const res = super_lookup(starttype, type, name);
  if (res !== undefined) {
    if (method && res instanceof PyFunctionObject) return [res, true];
    const f = Py_TYPE(res).tp_descr_get;
    if (f === null) return [res, false];
    return [f(res, obj === starttype ? null : obj, starttype), false];
  }
  const s = new PySuperObject(PySuper_Type);
  s.type = type;
  s.obj = obj;
  s.obj_type = starttype;
  return [PyObject_GenericGetAttr(s, name), false];
}
function super_getattro(self: PyObject, name: PyObject): PyObject {
  const su = self as PySuperObject;
  const starttype = su.obj_type;
  if (starttype !== null && !((name as PyUnicodeObject).value === "__class__")) {
    const res = super_lookup(starttype, su.type!, name as PyUnicodeObject);
    if (res !== undefined) {
      const f = Py_TYPE(res).tp_descr_get;
      if (f === null) return res;
      return f(res, su.obj === starttype ? null : su.obj, starttype);
    }
  }
  return PyObject_GenericGetAttr(self, name);
}
function super_new(type: PyTypeObject, _args: PyObject, _kwds: PyObject | null): PyObject {
  return new PySuperObject(type);
}
/** CPython 3.12: Objects/typeobject.c (super_init / super_init_without_args) */
function super_init(self: PyObject, args: PyObject, _kwds: PyObject | null): void {
  const su = self as PySuperObject;
  const a = (args as PyTupleObject).ob_item;
  let type: PyObject;
  let obj: PyObject | null = null;
  if (a.length === 0) {
    const f = _PyThreadState_GET().current_frame;
    if (f === null) PyErr_RaiseFormat(PyExc_RuntimeError, "super(): no current frame");
    const co = f.f_code;
    if (co.co_argcount === 0) PyErr_RaiseFormat(PyExc_RuntimeError, "super(): no arguments");
    obj = f.localsplus[0];
    if (obj instanceof PyCellObject && co.co_localspluskinds[0] & 0x40) obj = obj.ob_ref;
    if (obj === NULL) PyErr_RaiseFormat(PyExc_RuntimeError, "super(): arg[0] deleted");
    const i = co.co_localsplusnames.findIndex((n, j) => n.value === "__class__" && co.co_localspluskinds[j] & 0x80);
    if (i < 0) PyErr_RaiseFormat(PyExc_RuntimeError, "super(): __class__ cell not found");
    const cell = f.localsplus[i] as PyCellObject;
    type = cell.ob_ref;
    if (type === NULL) PyErr_RaiseFormat(PyExc_RuntimeError, "super(): empty __class__ cell");
    if (!(type instanceof PyTypeObject)) PyErr_RaiseFormat(PyExc_RuntimeError, `super(): __class__ is not a type (${Py_TYPE(type).tp_name})`);
  } else {
    type = a[0];
    obj = a.length > 1 ? a[1] : null;
    if (!(type instanceof PyTypeObject)) PyErr_RaiseFormat(PyExc_TypeError, `super() argument 1 must be a type, not ${Py_TYPE(type).tp_name}`);
  }
  if (obj === Py_None) obj = null;
  su.type = type as PyTypeObject;
  su.obj = obj;
  su.obj_type = obj === null ? null : supercheck(type as PyTypeObject, obj);
}
function super_repr(self: PyObject): PyObject {
  const su = self as PySuperObject;
  const tn = su.type?.tp_name ?? "NULL";
  if (su.obj_type !== null) return PyUnicode_FromString(`<super: <class '${tn}'>, <${su.obj_type.tp_name} object>>`);
  return PyUnicode_FromString(`<super: <class '${tn}'>, NULL>`);
}

import { PyTupleObject, PyTuple_Check, _PyTuple_FromArray } from "./tupleobject.js";
import { PyDictObject, PyDict_Check, PyDict_New, PyDict_SetItem, PyDict_GetItemWithError } from "./dictobject.js";
import { PyUnicode_Check, PyUnicode_FromString, PyUnicodeObject, _Py_ID } from "./unicodeobject.js";
import { PyErr_RaiseFormat, PyErr_Raise, _PyErr_FromJS } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_ValueError, PyExc_AttributeError, PyExc_RuntimeError } from "./exceptions.js";
import { Py_None } from "./noneobject.js";
import { _PyThreadState_GET } from "../pystate.js";
import { PyFunctionObject, PyStaticMethod_New, PyClassMethod_New } from "./funcobject.js";
import { PyMemberDescr_New, PyGetSetDescr_New } from "./descrobject.js";
import { _PyObject_GetDictPtr, PyObject_GenericGetAttr, PyObject_GenericSetAttr, _PyType_Lookup, PyType_Modified } from "./typeobject.js";
import { fixup_slot_dispatchers } from "./typeslots.js";
import { PyObject_Call, PyObject_Vectorcall } from "./call.js";
import { PyObject_GetAttr, PyObject_Repr, _PyObject_LookupAttr, _PySequence_ToArray } from "./abstract.js";
import { PyCellObject } from "./cellobject.js";
import { NULL } from "../Include/internal/pycore_frame.js";
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS } from "./methodobject.js";

Object.assign(PySuper_Type, {
  tp_new: super_new,
  tp_init: super_init,
  tp_getattro: super_getattro,
  tp_repr: super_repr,
  tp_getset: [
    { name: "__thisclass__", get: (s: PySuperObject) => s.type ?? Py_None },
    { name: "__self__", get: (s: PySuperObject) => s.obj ?? Py_None },
    { name: "__self_class__", get: (s: PySuperObject) => s.obj_type ?? Py_None },
  ],
});
PyType_Type.tp_new = type_new;
PyType_Type.tp_init = () => {};
PyType_Type.tp_dictoffset = false;
PyType_Type.tp_methods = [
  {
    ml_name: "__prepare__",
    ml_meth: (() => PyDict_New()) as never,
    ml_flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
    ml_doc: "__prepare__() -> dict\nused to create the namespace for the class statement",
  },
  {
    ml_name: "mro",
    ml_meth: ((self: PyObject) => PyList_New(mro_implementation(self as PyTypeObject).slice())) as never,
    ml_flags: 0x0004,
    ml_doc: "Return a type's method resolution order.",
  },
];
PyBaseObject_Type.tp_methods = [
  {
    ml_name: "__init_subclass__",
    ml_meth: object_init_subclass as never,
    ml_flags: METH_FASTCALL | METH_KEYWORDS | METH_CLASS,
    ml_doc: "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n",
  },
];
import { PyList_New } from "./listobject.js";
import { INHERITED_SLOTS } from "./typeobject.js";
