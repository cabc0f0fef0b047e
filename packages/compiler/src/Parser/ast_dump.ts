// ast.dump(node, annotate_fields=True, include_attributes=True, indent=1) of CPython 3.12's Lib/ast.py.

import {
  PyBytes_AsUint8Array,
  PyBytes_Check,
  PyObject_Repr,
  PyUnicode_AsUTF8,
  PyUnicode_CheckExact,
  Py_Initialize,
  Py_IsInitialized,
  Py_TYPE,
  Py_Ellipsis,
  Py_False,
  Py_None,
  Py_True,
  _PyBytes_Repr,
  _PyUnicode_Repr,
  type PyObject,
} from "@typhon/runtime";
import { AST, type FieldType, type NodeClass } from "./ast.js";

export interface DumpOptions {
  /** include lineno/col_offset/end_lineno/end_col_offset (default true) */
  include_attributes?: boolean;
  /** indent string or number of spaces per level; null for a one-line dump (default 1) */
  indent?: number | string | null;
  annotate_fields?: boolean;
}

function reprValue(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "string") return _PyUnicode_Repr(v);
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  const o = v as PyObject;
  if (o === Py_None) return "None";
  if (o === Py_True) return "True";
  if (o === Py_False) return "False";
  if (o === Py_Ellipsis) return "Ellipsis";
  if (PyUnicode_CheckExact(o)) return _PyUnicode_Repr(PyUnicode_AsUTF8(o));
  if (PyBytes_Check(o)) return _PyBytes_Repr(PyBytes_AsUint8Array(o));
  // PyObject_Repr needs an initialized interpreter (recursion accounting); the other constants of an AST
  // can be printed with their type's tp_repr directly.
  const tp_repr = Py_TYPE(o).tp_repr;
  if (tp_repr && !Py_IsInitialized()) return PyUnicode_AsUTF8(tp_repr(o));
  if (!Py_IsInitialized()) Py_Initialize();
  return PyUnicode_AsUTF8(PyObject_Repr(o));
}

/** ast.dump(); by default as `ast.dump(tree, include_attributes=True, indent=1)`. */
export function astDump(node: AST, options: DumpOptions = {}): string {
  const include_attributes = options.include_attributes ?? true;
  const annotate_fields = options.annotate_fields ?? true;
  const indent: string | null = options.indent === undefined ? " " : options.indent === null ? null : typeof options.indent === "number" ? " ".repeat(options.indent) : options.indent;

  function format(value: unknown, type: string, level: number): [string, boolean] {
    let prefix: string, sep: string;
    if (indent !== null) {
      level += 1;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    } else {
      prefix = "";
      sep = ", ";
    }
    if (value instanceof AST) {
      const cls = value.constructor as unknown as NodeClass;
      const args: string[] = [];
      let allsimple = true;
      let keywords = annotate_fields;
      const obj = value as unknown as Record<string, unknown>;
      const fieldTypes: readonly FieldType[] = cls._field_types;
      for (const f of fieldTypes) {
        const v = obj[f.name];
        if ((v === null || v === undefined) && f.opt) {
          keywords = true;
          continue;
        }
        const [s, simple] = format(v, f.type, level);
        allsimple = allsimple && simple;
        if (keywords) args.push(`${f.name}=${s}`);
        else args.push(s);
      }
      if (include_attributes && cls._attributes.length) {
        for (const f of cls._attribute_types) {
          const v = obj[f.name];
          if ((v === null || v === undefined) && f.opt) continue;
          if (v === undefined) continue;
          const [s, simple] = format(v, f.type, level);
          allsimple = allsimple && simple;
          args.push(`${f.name}=${s}`);
        }
      }
      if (allsimple && args.length <= 3) return [`${cls._name}(${args.join(", ")})`, args.length === 0];
      return [`${cls._name}(${prefix}${args.join(sep)})`, false];
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ["[]", true];
      return [`[${prefix}${value.map((x) => format(x, type, level)[0]).join(sep)}]`, false];
    }
    return [reprValue(value), true];
  }
  return format(node, "", 0)[0];
}
