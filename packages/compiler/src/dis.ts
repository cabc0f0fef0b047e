/**
 * The disassembler: CPython 3.12's `dis.dis(code)` output, and the canonical JSON form of code objects the
 * test oracle prints (tests/support, /work/shared/oracle/cpython312.mjs `code` mode).
 * CPython 3.12: Lib/dis.py (dis, _disassemble_recursive, disassemble, _disassemble_bytes,
 * _get_instructions_bytes, _unpack_opargs, findlabels, findlinestarts, _parse_exception_table).
 *
 * Code objects print by the runtime's code_repr, `<code object NAME at 0xADDRESS, file "FILE", line N>` like
 * CPython; the address is the runtime's id() (CPython prints the memory address), so compare dis output with the
 * addresses normalised away.
 */
import {
  type PyObject, type PyCodeObject, type PyUnicodeObject, PyCode_Check, PyCode_Type, _PyCode_DecodeLocations, _PyOpcode_Caches, _PyOpcode_Deopt, opname,
  hasarg, hasconst, hasname, hasjrel, hasjabs, haslocal, hascompare, hasfree, cmp_op, _nb_ops, _intrinsic_1_descs,
  _intrinsic_2_descs, LOAD_GLOBAL, LOAD_ATTR, LOAD_SUPER_ATTR, FORMAT_VALUE, MAKE_FUNCTION, BINARY_OP,
  CALL_INTRINSIC_1, CALL_INTRINSIC_2, EXTENDED_ARG, PyTupleObject, PyTuple_Type, PyFrozenSet_Type, _PySet_Keys,
} from "@typhon/runtime";
import { _PyCompile_ConstRepr } from "./ast_opt.js";
import { cmpCodePoints } from "./compile.js";

const _OPNAME_WIDTH = 20;
const _OPARG_WIDTH = 5;
const FORMAT_VALUE_CONVERTERS = ["", "str", "repr", "ascii"];
const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"];

function table(ops: readonly number[]): Uint8Array {
  const t = new Uint8Array(512);
  for (const op of ops) t[op] = 1;
  return t;
}
const HASARG = table(hasarg);
const HASCONST = table(hasconst);
const HASNAME = table(hasname);
const HASJREL = table(hasjrel);
const HASJABS = table(hasjabs);
const HASLOCAL = table(haslocal);
const HASCOMPARE = table(hascompare);
const HASFREE = table(hasfree);

function deoptop(op: number): number {
  return _PyOpcode_Deopt[op] || op;
}
function is_backward_jump(op: number): boolean {
  return opname[op].includes("JUMP_BACKWARD");
}

/** repr() of a code object: the runtime's code_repr (its address is the runtime's id(), not CPython's). */
function codeRepr(co: PyCodeObject): string {
  return (PyCode_Type.tp_repr!(co) as PyUnicodeObject).value;
}

/** repr() of a constant as dis prints it. */
function constRepr(o: PyObject): string {
  return _PyCompile_ConstRepr(o);
}

interface Op {
  offset: number;
  op: number;
  arg: number | null;
}

/** CPython 3.12: Lib/dis.py _unpack_opargs */
function unpack_opargs(code: Uint8Array): Op[] {
  const out: Op[] = [];
  let extended_arg = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    // Skip inline CACHE entries:
    if (caches) {
      caches -= 1;
      continue;
    }
    const op = code[i];
    const deop = deoptop(op);
    caches = _PyOpcode_Caches[deop];
    let arg: number | null;
    if (HASARG[deop]) {
      arg = code[i + 1] | extended_arg;
      extended_arg = deop === EXTENDED_ARG ? arg * 256 : 0;
      // The oparg is stored as a signed integer: if the value exceeds its upper limit, it wraps
      if (extended_arg >= 2 ** 31) extended_arg -= 2 ** 32;
    } else {
      arg = null;
      extended_arg = 0;
    }
    out.push({ offset: i, op, arg });
  }
  return out;
}

/** CPython 3.12: Lib/dis.py findlabels */
function findlabels(ops: Op[]): Set<number> {
  const labels = new Set<number>();
  for (const { offset, op, arg } of ops) {
    if (arg === null) continue;
    const deop = deoptop(op);
    const caches = _PyOpcode_Caches[deop];
    let label: number;
    if (HASJREL[deop]) {
      const a = is_backward_jump(deop) ? -arg : arg;
      label = offset + 2 + a * 2 + 2 * caches;
    } else if (HASJABS[deop]) {
      label = arg * 2;
    } else {
      continue;
    }
    labels.add(label);
  }
  return labels;
}

/** CPython 3.12: Lib/dis.py findlinestarts (over co_lines(), which merges ranges of equal line). */
export function findlinestarts(co: PyCodeObject): Map<number, number> {
  const starts = new Map<number, number>();
  let lastline: number | null = null;
  let prev: number | null | undefined = undefined;
  for (const loc of _PyCode_DecodeLocations(co)) {
    const line = loc.lineno;
    if (line === prev) continue; // co_lines merges consecutive ranges with the same line
    prev = line;
    if (line !== null && line !== lastline) {
      lastline = line;
      starts.set(loc.start * 2, line);
    }
  }
  return starts;
}

interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** CPython 3.12: Lib/dis.py _parse_exception_table */
export function parse_exception_table(co: PyCodeObject): ExceptionTableEntry[] {
  const t = co.co_exceptiontable;
  let p = 0;
  const varint = (): number => {
    let b = t[p++];
    let val = b & 63;
    while (b & 64) {
      val *= 64;
      b = t[p++];
      val += b & 63;
    }
    return val;
  };
  const entries: ExceptionTableEntry[] = [];
  while (p < t.length) {
    const start = varint() * 2;
    const length = varint() * 2;
    const end = start + length;
    const target = varint() * 2;
    const dl = varint();
    entries.push({ start, end, target, depth: dl >> 1, lasti: (dl & 1) !== 0 });
  }
  return entries;
}

function rjust(s: string, n: number): string {
  return s.length >= n ? s : " ".repeat(n - s.length) + s;
}
function ljust(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

/** CPython 3.12: Lib/dis.py disassemble (one code object, without the nested ones) */
export function _PyDis_DisassembleOne(co: PyCodeObject): string {
  const code = co.co_code;
  const linestarts = findlinestarts(co);
  const exception_entries = parse_exception_table(co);
  const names = co.co_names;
  const consts = co.co_consts;
  const localsplus = co.co_localsplusnames;
  // Omit the line number column entirely if we have no line number info
  const show_lineno = linestarts.size > 0;
  let lineno_width = 0;
  if (show_lineno) {
    let maxlineno = 0;
    for (const l of linestarts.values()) maxlineno = Math.max(maxlineno, l);
    lineno_width = maxlineno >= 1000 ? String(maxlineno).length : 3;
  }
  const maxoffset = code.length - 2;
  const offset_width = maxoffset >= 10000 ? String(maxoffset).length : 4;
  const ops = unpack_opargs(code);
  const labels = findlabels(ops);
  for (const e of exception_entries) labels.add(e.target);
  let out = "";
  for (const { offset, op, arg } of ops) {
    const starts_line = linestarts.get(offset);
    const is_jump_target = labels.has(offset);
    let argrepr = "";
    const deop = deoptop(op);
    const caches = _PyOpcode_Caches[deop];
    if (arg !== null) {
      if (HASCONST[deop]) {
        argrepr = constRepr(consts[arg]);
      } else if (HASNAME[deop]) {
        if (deop === LOAD_GLOBAL) {
          argrepr = names[arg >> 1].value;
          if (arg & 1 && argrepr) argrepr = "NULL + " + argrepr;
        } else if (deop === LOAD_ATTR) {
          argrepr = names[arg >> 1].value;
          if (arg & 1 && argrepr) argrepr = "NULL|self + " + argrepr;
        } else if (deop === LOAD_SUPER_ATTR) {
          argrepr = names[arg >> 2].value;
          if (arg & 1 && argrepr) argrepr = "NULL|self + " + argrepr;
        } else {
          argrepr = names[arg].value;
        }
      } else if (HASJABS[deop]) {
        argrepr = "to " + arg * 2;
      } else if (HASJREL[deop]) {
        const signed_arg = is_backward_jump(deop) ? -arg : arg;
        argrepr = "to " + (offset + 2 + signed_arg * 2 + 2 * caches);
      } else if (HASLOCAL[deop] || HASFREE[deop]) {
        argrepr = localsplus[arg].value;
      } else if (HASCOMPARE[deop]) {
        argrepr = cmp_op[arg >> 4];
      } else if (deop === FORMAT_VALUE) {
        argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3];
        if (arg & 0x4) {
          if (argrepr) argrepr += ", ";
          argrepr += "with format";
        }
      } else if (deop === MAKE_FUNCTION) {
        argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(", ");
      } else if (deop === BINARY_OP) {
        argrepr = _nb_ops[arg][1];
      } else if (deop === CALL_INTRINSIC_1) {
        argrepr = _intrinsic_1_descs[arg];
      } else if (deop === CALL_INTRINSIC_2) {
        argrepr = _intrinsic_2_descs[arg];
      }
    }
    if (show_lineno && starts_line !== undefined && offset > 0) out += "\n";
    const fields: string[] = [];
    if (lineno_width) fields.push(starts_line !== undefined ? rjust(String(starts_line), lineno_width) : " ".repeat(lineno_width));
    fields.push("   ");
    fields.push(is_jump_target ? ">>" : "  ");
    fields.push(rjust(String(offset), offset_width));
    fields.push(ljust(opname[op], _OPNAME_WIDTH));
    if (arg !== null) {
      fields.push(rjust(String(arg), _OPARG_WIDTH));
      if (argrepr) fields.push("(" + argrepr + ")");
    }
    out += fields.join(" ").trimEnd() + "\n";
  }
  if (exception_entries.length) {
    out += "ExceptionTable:\n";
    for (const e of exception_entries) out += `  ${e.start} to ${e.end - 2} -> ${e.target} [${e.depth}]${e.lasti ? " lasti" : ""}\n`;
  }
  return out;
}

/** CPython 3.12: Lib/dis.py dis(code) (_disassemble_recursive): the code object, then each nested one. */
export function _PyDis_Disassemble(co: PyCodeObject): string {
  let out = _PyDis_DisassembleOne(co);
  for (const x of co.co_consts) {
    if (PyCode_Check(x)) {
      out += "\nDisassembly of " + codeRepr(x) + ":\n";
      out += _PyDis_Disassemble(x);
    }
  }
  return out;
}

/* ------------------------------------------------------------------ canonical JSON */

/** A code object in the oracle's canonical form. */
export interface CanonicalCode {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  nlocals: number;
  stacksize: number;
  flags: number;
  code: string;
  consts: string[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  exceptiontable: string;
  linetable: string;
}

function hex(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += (b[i] < 16 ? "0" : "") + b[i].toString(16);
  return s;
}

/** The oracle's `_const`: code -> "<code QUALNAME>", frozenset -> sorted reprs, tuples item by item. */
function canonicalConst(c: PyObject): string {
  if (typeof c === "object") {
    if (PyCode_Check(c)) return `<code ${c.co_qualname.value}>`;
    if (c.ob_type === PyFrozenSet_Type) return "frozenset({" + _PySet_Keys(c).map(canonicalConst).sort(cmpCodePoints).join(", ") + "})";
    if (c.ob_type === PyTuple_Type) {
      const items = (c as PyTupleObject).ob_item;
      const inner = items.map(canonicalConst).join(", ");
      return items.length === 1 ? `(${inner},)` : `(${inner})`;
    }
  }
  return _PyCompile_ConstRepr(c);
}

/** Every code object of `co`, depth-first, in the oracle's canonical form (its `code` mode). */
export function codeToCanonicalJSON(co: PyCodeObject): CanonicalCode[] {
  const out: CanonicalCode[] = [];
  const walk = (c: PyCodeObject): void => {
    out.push({
      name: c.co_name.value,
      qualname: c.co_qualname.value,
      firstlineno: c.co_firstlineno,
      argcount: c.co_argcount,
      posonlyargcount: c.co_posonlyargcount,
      kwonlyargcount: c.co_kwonlyargcount,
      nlocals: c.co_nlocals,
      stacksize: c.co_stacksize,
      flags: c.co_flags,
      code: hex(c.co_code),
      consts: c.co_consts.map(canonicalConst),
      names: c.co_names.map((n) => n.value),
      varnames: c.co_varnames.map((n) => n.value),
      cellvars: c.co_cellvars.map((n) => n.value),
      freevars: c.co_freevars.map((n) => n.value),
      exceptiontable: hex(c.co_exceptiontable),
      linetable: hex(c.co_linetable),
    });
    for (const k of c.co_consts) if (PyCode_Check(k)) walk(k);
  };
  walk(co);
  return out;
}
