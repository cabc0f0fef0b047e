/**
 * Code objects and their location table. CPython 3.12: Objects/codeobject.c, Objects/locations.md
 */
import { PyBaseObject, PyObject, PyTypeObject, _PyType_NewStatic } from "./object.js";
import type { PyUnicodeObject } from "./unicodeobject.js";

/** CPython 3.12: Objects/codeobject.c (PyCode_Type) */
export const PyCode_Type: PyTypeObject = _PyType_NewStatic("code", {
  tp_doc: "Create a code object.  Not for the faint of heart.",
});

/** CPython 3.12: Include/internal/pycore_code.h (CO_FAST_*) */
import { CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from "../Include/opcode.js";
export { CO_FAST_HIDDEN, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from "../Include/opcode.js";

/** CPython 3.12: Include/internal/pycore_code.h (struct _PyCodeConstructor) */
export interface _PyCodeConstructor {
  filename: PyUnicodeObject;
  name: PyUnicodeObject;
  qualname: PyUnicodeObject;
  flags: number;
  code: Uint8Array;
  firstlineno: number;
  linetable: Uint8Array;
  consts: PyObject[];
  names: PyUnicodeObject[];
  localsplusnames: PyUnicodeObject[];
  localspluskinds: Uint8Array;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  exceptiontable: Uint8Array;
}

/** CPython 3.12: Include/cpython/code.h (PyCodeObject) */
export class PyCodeObject extends PyBaseObject {
  co_consts: PyObject[];
  co_names: PyUnicodeObject[];
  co_exceptiontable: Uint8Array;
  co_flags: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_firstlineno: number;
  co_nlocalsplus: number;
  co_framesize: number;
  co_nlocals: number;
  co_ncellvars: number;
  co_nfreevars: number;
  co_version = 0;
  co_localsplusnames: PyUnicodeObject[];
  co_localspluskinds: Uint8Array;
  co_filename: PyUnicodeObject;
  co_name: PyUnicodeObject;
  co_qualname: PyUnicodeObject;
  co_linetable: Uint8Array;
  /** The bytecode as CPython exposes it (`co_code`: CACHE entries zeroed). */
  co_code: Uint8Array;
  /**
   * The instructions the evaluator runs, one 16-bit code unit each (opcode in the low byte, oparg in the high
   * byte, as CPython's `_Py_CODEUNIT` on a little-endian machine); specialisation rewrites these in place.
   */
  co_code_adaptive: Uint16Array;
  /** Per-code evaluator data (inline caches side tables, JIT hooks) owned by the evaluator. */
  _co_extra: unknown = null;

  constructor(con: _PyCodeConstructor) {
    super(PyCode_Type);
    this.co_filename = con.filename;
    this.co_name = con.name;
    this.co_qualname = con.qualname;
    this.co_flags = con.flags;
    this.co_code = con.code;
    const units = new Uint16Array(con.code.length >> 1);
    for (let i = 0; i < units.length; i++) units[i] = con.code[2 * i] | (con.code[2 * i + 1] << 8);
    this.co_code_adaptive = units;
    this.co_firstlineno = con.firstlineno;
    this.co_linetable = con.linetable;
    this.co_consts = con.consts;
    this.co_names = con.names;
    this.co_localsplusnames = con.localsplusnames;
    this.co_localspluskinds = con.localspluskinds;
    this.co_argcount = con.argcount;
    this.co_posonlyargcount = con.posonlyargcount;
    this.co_kwonlyargcount = con.kwonlyargcount;
    this.co_stacksize = con.stacksize;
    this.co_exceptiontable = con.exceptiontable;
    this.co_nlocalsplus = con.localsplusnames.length;
    let nlocals = 0;
    let ncells = 0;
    let nfree = 0;
    for (const k of con.localspluskinds) {
      if (k & CO_FAST_LOCAL) nlocals++;
      if (k & CO_FAST_CELL) ncells++;
      if (k & CO_FAST_FREE) nfree++;
    }
    this.co_nlocals = nlocals;
    this.co_ncellvars = ncells;
    this.co_nfreevars = nfree;
    this.co_framesize = this.co_nlocalsplus + this.co_stacksize;
  }

  /** co_varnames / co_cellvars / co_freevars as JS arrays of names. */
  get co_varnames(): PyUnicodeObject[] {
    return this.co_localsplusnames.filter((_, i) => this.co_localspluskinds[i] & CO_FAST_LOCAL);
  }
  get co_cellvars(): PyUnicodeObject[] {
    return this.co_localsplusnames.filter((_, i) => this.co_localspluskinds[i] & CO_FAST_CELL);
  }
  get co_freevars(): PyUnicodeObject[] {
    return this.co_localsplusnames.filter((_, i) => this.co_localspluskinds[i] & CO_FAST_FREE);
  }
}

/** CPython 3.12: Objects/codeobject.c (_PyCode_New) */
export function _PyCode_New(con: _PyCodeConstructor): PyCodeObject {
  return new PyCodeObject(con);
}
export function PyCode_Check(o: PyObject): o is PyCodeObject {
  return o instanceof PyCodeObject;
}

/** One decoded location-table entry: the code units [start, end) and their source span (null when absent). */
export interface PyCodeLocation {
  start: number;
  end: number;
  lineno: number | null;
  end_lineno: number | null;
  col_offset: number | null;
  end_col_offset: number | null;
}

/** CPython 3.12: Objects/codeobject.c (the location table iterator behind co_positions and co_lines) */
export function _PyCode_DecodeLocations(co: PyCodeObject): PyCodeLocation[] {
  const t = co.co_linetable;
  const out: PyCodeLocation[] = [];
  let p = 0;
  let line = co.co_firstlineno;
  let addr = 0;
  const varint = (): number => {
    let b = t[p++];
    let v = b & 63;
    let shift = 0;
    while (b & 64) {
      b = t[p++];
      shift += 6;
      v |= (b & 63) << shift;
    }
    return v;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >> 1) : u >> 1;
  };
  while (p < t.length) {
    const first = t[p++];
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    const loc: PyCodeLocation = { start: addr, end: addr + len, lineno: null, end_lineno: null, col_offset: null, end_col_offset: null };
    if (code === 15) {
      // no location
    } else if (code === 14) {
      line += svarint();
      loc.lineno = line;
      loc.end_lineno = line + varint();
      const c = varint();
      const e = varint();
      loc.col_offset = c === 0 ? null : c - 1;
      loc.end_col_offset = e === 0 ? null : e - 1;
    } else if (code === 13) {
      line += svarint();
      loc.lineno = line;
      loc.end_lineno = line;
    } else if (code >= 10) {
      line += code - 10;
      loc.lineno = line;
      loc.end_lineno = line;
      loc.col_offset = t[p++];
      loc.end_col_offset = t[p++];
    } else {
      const b = t[p++];
      loc.lineno = line;
      loc.end_lineno = line;
      loc.col_offset = code * 8 + (b >> 4);
      loc.end_col_offset = loc.col_offset + (b & 15);
    }
    out.push(loc);
    addr += len;
  }
  return out;
}

/** CPython 3.12: Objects/codeobject.c (PyCode_Addr2Location), by code-unit index. */
export function PyCode_Addr2Location(co: PyCodeObject, unit: number): PyCodeLocation | null {
  for (const loc of _PyCode_DecodeLocations(co)) if (unit >= loc.start && unit < loc.end) return loc;
  return null;
}
/** CPython 3.12: Objects/codeobject.c (PyCode_Addr2Line), by byte offset as in CPython; -1 when unknown. */
export function PyCode_Addr2Line(co: PyCodeObject, byteOffset: number): number {
  if (byteOffset < 0) return co.co_firstlineno;
  const loc = PyCode_Addr2Location(co, byteOffset >> 1);
  return loc === null || loc.lineno === null ? -1 : loc.lineno;
}

function code_repr(o: PyObject): PyObject {
  const co = o as PyCodeObject;
  return PyUnicode_FromString(
    `<code object ${co.co_name.value} at ${_Py_IdAddress(co)}, file "${co.co_filename.value}", line ${co.co_firstlineno}>`,
  );
}
import { PyUnicode_FromString } from "./unicodeobject.js";
import { _Py_IdAddress } from "./typeobject.js";
PyCode_Type.tp_repr = code_repr;
