/**
 * The instruction sequence, and the assembler: instruction sequence -> co_code (with CACHE entries and
 * EXTENDED_ARG), the 3.12 location table, the exception table, and the runtime's code object.
 * CPython 3.12: Python/assemble.c, the instr_sequence of Python/compile.c, Include/internal/pycore_compile.h
 * (formats: Objects/locations.md, Objects/exception_handling_notes.txt).
 */
import {
  type PyObject, type PyCodeObject, _PyCode_New, PyUnicode_InternFromString, PyUnicode_InternInPlace, PyUnicodeObject,
  PyUnicode_Type, PyTupleObject, CACHE, EXTENDED_ARG, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL,
  PY_CODE_LOCATION_INFO_LONG, PY_CODE_LOCATION_INFO_NONE, PY_CODE_LOCATION_INFO_NO_COLUMNS, PY_CODE_LOCATION_INFO_ONE_LINE0,
  PY_CODE_LOCATION_INFO_SHORT0, _PyOpcode_Caches, _PyCompile_InstrSize,
} from "@typhon/runtime";
import type { Location } from "./symtable.js";

/** CPython 3.12: _PyCompile_ExceptHandlerInfo + _PyCompile_Instruction */
export interface instruction {
  i_opcode: number;
  i_oparg: number;
  i_loc: Location;
  h_offset: number;
  h_startdepth: number;
  h_preserve_lasti: number;
}

/** CPython 3.12: _PyCompile_InstructionSequence (Python/compile.c instr_sequence_*) */
export class instr_sequence {
  s_instrs: instruction[] = [];
  /** label id -> index of the instruction it refers to (-111 = not placed) */
  s_labelmap: number[] = [];
  s_next_free_label = 0;
  /** instr_sequence_new_label */
  new_label(): number {
    return ++this.s_next_free_label;
  }
  /** instr_sequence_use_label: the label refers to the next instruction */
  use_label(lbl: number): void {
    const m = this.s_labelmap;
    while (m.length <= lbl) m.push(-111);
    m[lbl] = this.s_instrs.length;
  }
  /** instr_sequence_addop */
  addop(opcode: number, oparg: number, loc: Location): void {
    this.s_instrs.push({ i_opcode: opcode, i_oparg: oparg, i_loc: loc, h_offset: -1, h_startdepth: 0, h_preserve_lasti: 0 });
  }
  /** instr_sequence_insert_instruction */
  insert_instruction(pos: number, opcode: number, oparg: number, loc: Location): void {
    this.s_instrs.splice(pos, 0, { i_opcode: opcode, i_oparg: oparg, i_loc: loc, h_offset: -1, h_startdepth: 0, h_preserve_lasti: 0 });
    /* fix the labels map */
    const m = this.s_labelmap;
    for (let lbl = 0; lbl < m.length; lbl++) if (m[lbl] >= pos) m[lbl]++;
  }
}

/** CPython 3.12: _PyCompile_CodeUnitMetadata. The dicts are name -> index maps (insertion ordered). */
export interface CodeUnitMetadata {
  u_name: string;
  u_qualname: string | null;
  /** constant key (_PyCode_ConstantKey) -> index; the values are in u_const_values */
  u_consts: Map<string, number>;
  u_const_values: PyObject[];
  u_names: Map<string, number>;
  u_varnames: Map<string, number>;
  u_cellvars: Map<string, number>;
  u_freevars: Map<string, number>;
  u_fasthidden: Map<string, boolean>;
  u_argcount: number;
  u_posonlyargcount: number;
  u_kwonlyargcount: number;
  u_firstlineno: number;
}

/* ---------------------------------------------------------------- byte buffer */

class ByteBuf {
  buf: Uint8Array;
  len = 0;
  constructor(cap: number) {
    this.buf = new Uint8Array(cap);
  }
  push(b: number): void {
    if (this.len === this.buf.length) {
      const n = new Uint8Array(this.buf.length * 2);
      n.set(this.buf);
      this.buf = n;
    }
    this.buf[this.len++] = b;
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/* ---------------------------------------------------------------- exception table */

const CONTINUATION_BIT = 64;

function assemble_emit_exception_table_item(t: ByteBuf, value: number, msb: number): void {
  if (value >= 1 << 24) {
    t.push((value >> 24) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  if (value >= 1 << 18) {
    t.push(((value >> 18) & 0x3f) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  if (value >= 1 << 12) {
    t.push(((value >> 12) & 0x3f) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  if (value >= 1 << 6) {
    t.push(((value >> 6) & 0x3f) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  t.push((value & 0x3f) | msb);
}

/* See Objects/exception_handling_notes.txt for details of layout */
function assemble_emit_exception_table_entry(t: ByteBuf, start: number, end: number, handler: instruction): void {
  const size = end - start;
  const target = handler.h_offset;
  let depth = handler.h_startdepth - 1;
  if (handler.h_preserve_lasti > 0) depth -= 1;
  const depth_lasti = (depth << 1) | handler.h_preserve_lasti;
  assemble_emit_exception_table_item(t, start, 1 << 7);
  assemble_emit_exception_table_item(t, size, 0);
  assemble_emit_exception_table_item(t, target, 0);
  assemble_emit_exception_table_item(t, depth_lasti, 0);
}

function assemble_exception_table(instrs: instruction[]): Uint8Array {
  const t = new ByteBuf(16);
  let ioffset = 0;
  let handler: instruction | null = null;
  let h_offset = -1;
  let start = -1;
  for (const instr of instrs) {
    if (instr.h_offset !== h_offset) {
      if (h_offset >= 0) assemble_emit_exception_table_entry(t, start, ioffset, handler!);
      start = ioffset;
      handler = instr;
      h_offset = instr.h_offset;
    }
    ioffset += _PyCompile_InstrSize(instr.i_opcode, instr.i_oparg);
  }
  if (h_offset >= 0) assemble_emit_exception_table_entry(t, start, ioffset, handler!);
  return t.bytes();
}

/* ---------------------------------------------------------------- location table (Objects/locations.md) */

class LocationWriter {
  t = new ByteBuf(32);
  constructor(public a_lineno: number) {}
  first_byte(code: number, length: number): void {
    this.t.push(128 | (code << 3) | (length - 1));
  }
  varint(val: number): void {
    while (val >= 64) {
      this.t.push(64 | (val & 63));
      val >>>= 6;
    }
    this.t.push(val);
  }
  signed_varint(val: number): void {
    this.varint(val < 0 ? ((0 - val) << 1) | 1 : val << 1);
  }
  write_location_info_entry(loc: Location, isize: number): void {
    if (loc.lineno < 0) {
      this.first_byte(PY_CODE_LOCATION_INFO_NONE, isize);
      return;
    }
    const line_delta = loc.lineno - this.a_lineno;
    const column = loc.col_offset;
    const end_column = loc.end_col_offset;
    if (column < 0 || end_column < 0) {
      if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) {
        this.first_byte(PY_CODE_LOCATION_INFO_NO_COLUMNS, isize);
        this.signed_varint(line_delta);
        this.a_lineno = loc.lineno;
        return;
      }
    } else if (loc.end_lineno === loc.lineno) {
      if (line_delta === 0 && column < 80 && end_column - column < 16 && end_column >= column) {
        /* short form */
        this.first_byte(PY_CODE_LOCATION_INFO_SHORT0 + (column >> 3), isize);
        this.t.push(((column & 7) << 4) | (end_column - column));
        return;
      }
      if (line_delta >= 0 && line_delta < 3 && column < 128 && end_column < 128) {
        /* one-line form */
        this.first_byte(PY_CODE_LOCATION_INFO_ONE_LINE0 + line_delta, isize);
        this.t.push(column);
        this.t.push(end_column);
        this.a_lineno = loc.lineno;
        return;
      }
    }
    /* long form */
    this.first_byte(PY_CODE_LOCATION_INFO_LONG, isize);
    this.signed_varint(loc.lineno - this.a_lineno);
    this.varint(loc.end_lineno - loc.lineno);
    this.varint(loc.col_offset + 1);
    this.varint(loc.end_col_offset + 1);
    this.a_lineno = loc.lineno;
  }
  assemble_emit_location(loc: Location, isize: number): void {
    if (isize === 0) return;
    while (isize > 8) {
      this.write_location_info_entry(loc, 8);
      isize -= 8;
    }
    this.write_location_info_entry(loc, isize);
  }
}

function same_location(a: Location, b: Location): boolean {
  return a === b || (a.lineno === b.lineno && a.end_lineno === b.end_lineno && a.col_offset === b.col_offset && a.end_col_offset === b.end_col_offset);
}

const NO_LOC: Location = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

function assemble_location_info(instrs: instruction[], firstlineno: number): Uint8Array {
  const w = new LocationWriter(firstlineno);
  let loc = NO_LOC;
  let size = 0;
  for (const instr of instrs) {
    if (!same_location(loc, instr.i_loc)) {
      w.assemble_emit_location(loc, size);
      loc = instr.i_loc;
      size = 0;
    }
    size += _PyCompile_InstrSize(instr.i_opcode, instr.i_oparg);
  }
  w.assemble_emit_location(loc, size);
  return w.t.bytes();
}

/* ---------------------------------------------------------------- bytecode */

function assemble_emit(instrs: instruction[]): Uint8Array {
  let total = 0;
  for (const instr of instrs) total += _PyCompile_InstrSize(instr.i_opcode, instr.i_oparg);
  const code = new Uint8Array(total * 2);
  let p = 0;
  for (const instr of instrs) {
    const opcode = instr.i_opcode;
    const oparg = instr.i_oparg;
    const caches = _PyOpcode_Caches[opcode];
    const ilen = _PyCompile_InstrSize(opcode, oparg);
    const nargs = ilen - caches; // write_instr: EXTENDED_ARGs, then the instruction
    for (let k = nargs - 1; k >= 1; k--) {
      code[p++] = EXTENDED_ARG;
      code[p++] = (oparg >> (8 * k)) & 0xff;
    }
    code[p++] = opcode;
    code[p++] = oparg & 0xff;
    for (let c = 0; c < caches; c++) {
      code[p++] = CACHE;
      code[p++] = 0;
    }
  }
  return code;
}

function dict_keys_inorder(dict: Map<string, number>, offset: number): string[] {
  const out = new Array<string>(dict.size);
  for (const [k, i] of dict) out[i - offset] = k;
  return out;
}

function compute_localsplus_info(umd: CodeUnitMetadata, names: string[], kinds: Uint8Array): void {
  for (const [k, offset] of umd.u_varnames) {
    // For now we do not distinguish arg kinds.
    let kind = CO_FAST_LOCAL;
    if (umd.u_fasthidden.has(k)) kind |= CO_FAST_HIDDEN;
    if (umd.u_cellvars.has(k)) kind |= CO_FAST_CELL;
    names[offset] = k;
    kinds[offset] = kind;
  }
  const nlocals = umd.u_varnames.size;
  // This counter mirrors the fix done in fix_cell_offsets().
  let numdropped = 0;
  for (const [k, v] of umd.u_cellvars) {
    if (umd.u_varnames.has(k)) {
      // Skip cells that are already covered by locals.
      numdropped += 1;
      continue;
    }
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST_CELL;
  }
  for (const [k, v] of umd.u_freevars) {
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST_FREE;
  }
}

/** all_name_chars of Objects/codeobject.c: [A-Za-z0-9_]+ */
const NAME_CHARS = /^[A-Za-z0-9_]+$/;

/** CPython 3.12: Objects/codeobject.c (intern_string_constants): intern the identifier-like str constants. */
function intern_string_constants(items: PyObject[]): void {
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (typeof v !== "object") continue;
    if (v.ob_type === PyUnicode_Type) {
      if (NAME_CHARS.test((v as PyUnicodeObject).value)) items[i] = PyUnicode_InternInPlace(v as PyUnicodeObject);
    } else if (v instanceof PyTupleObject) {
      intern_string_constants(v.ob_item);
    }
  }
}

/** CPython 3.12: Python/assemble.c (_PyAssemble_MakeCodeObject) */
export function _PyAssemble_MakeCodeObject(
  umd: CodeUnitMetadata,
  consts: PyObject[],
  maxdepth: number,
  instrs: instr_sequence,
  nlocalsplus: number,
  code_flags: number,
  filename: string,
): PyCodeObject {
  const seq = instrs.s_instrs;
  const bytecode = assemble_emit(seq);
  const linetable = assemble_location_info(seq, umd.u_firstlineno);
  const exceptiontable = assemble_exception_table(seq);
  const names = dict_keys_inorder(umd.u_names, 0);
  const localsplusnames = new Array<string>(nlocalsplus);
  const localspluskinds = new Uint8Array(nlocalsplus);
  compute_localsplus_info(umd, localsplusnames, localspluskinds);
  const co_consts = consts.slice();
  intern_string_constants(co_consts);
  return _PyCode_New({
    filename: PyUnicode_InternFromString(filename),
    name: PyUnicode_InternFromString(umd.u_name),
    qualname: PyUnicode_InternFromString(umd.u_qualname ?? umd.u_name),
    flags: code_flags,
    code: bytecode,
    firstlineno: umd.u_firstlineno,
    linetable,
    consts: co_consts,
    names: names.map(PyUnicode_InternFromString),
    localsplusnames: localsplusnames.map(PyUnicode_InternFromString),
    localspluskinds,
    argcount: umd.u_posonlyargcount + umd.u_argcount,
    posonlyargcount: umd.u_posonlyargcount,
    kwonlyargcount: umd.u_kwonlyargcount,
    stacksize: maxdepth,
    exceptiontable,
  });
}
