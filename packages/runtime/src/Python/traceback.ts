/**
 * Traceback and frame objects, and printing exceptions as CPython 3.12 does (traceback.print_exception).
 * CPython 3.12: Python/traceback.c, Objects/frameobject.c, Lib/traceback.py (formatting rules)
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic } from "../Objects/object.js";
import { _PyInterpreterFrame } from "../Include/internal/pycore_frame.js";
import { PyCode_Addr2Location } from "../Objects/codeobject.js";
import { PyBaseExceptionObject } from "../Objects/exceptions.js";

export const PyTraceBack_Type: PyTypeObject = _PyType_NewStatic("traceback");
export const PyFrame_Type: PyTypeObject = _PyType_NewStatic("frame");

/** CPython 3.12: Include/internal/pycore_frame.h (PyFrameObject) */
export class PyFrameObject extends PyBaseObject {
  constructor(public f_frame: _PyInterpreterFrame) {
    super(PyFrame_Type);
  }
  get f_lineno(): number {
    const loc = PyCode_Addr2Location(this.f_frame.f_code, Math.max(0, this.f_frame.prev_instr));
    return loc?.lineno ?? this.f_frame.f_code.co_firstlineno;
  }
}
/** CPython 3.12: Python/frame.c (_PyFrame_GetFrameObject) */
export function _PyFrame_GetFrameObject(f: _PyInterpreterFrame): PyFrameObject {
  if (f.frame_obj === null) f.frame_obj = new PyFrameObject(f);
  return f.frame_obj as PyFrameObject;
}

/** CPython 3.12: Include/internal/pycore_traceback.h (PyTracebackObject) */
export class PyTracebackObject extends PyBaseObject {
  constructor(
    public tb_next: PyTracebackObject | null,
    public tb_frame: PyFrameObject,
    /** Byte offset of the instruction (CPython: tb_lasti). */
    public tb_lasti: number,
  ) {
    super(PyTraceBack_Type);
  }
  get tb_lineno(): number {
    const loc = PyCode_Addr2Location(this.tb_frame.f_frame.f_code, this.tb_lasti >> 1);
    return loc?.lineno ?? -1;
  }
}

/** CPython 3.12: Python/traceback.c (PyTraceBack_Here): prepend the frame's current instruction. */
export function PyTraceBack_Here(exc: PyBaseExceptionObject, frame: _PyInterpreterFrame): void {
  const prev = exc.traceback instanceof PyTracebackObject ? exc.traceback : null;
  exc.traceback = new PyTracebackObject(prev, _PyFrame_GetFrameObject(frame), frame.prev_instr * 2);
}

/** Where source lines come from when printing tracebacks (the host's file system, `<string>` sources). */
export type SourceLineProvider = (filename: string, lineno: number) => string | null;
const registeredSources = new Map<string, string[]>();
/** Remember the text of a source compiled from a string, so tracebacks can show its lines (linecache). */
export function _PyTraceback_RegisterSource(filename: string, source: string): void {
  registeredSources.set(filename, source.split(/\r\n|\r|\n/));
}
function sourceLine(filename: string, lineno: number, provider: SourceLineProvider | null): string | null {
  const lines = registeredSources.get(filename);
  if (lines !== undefined) return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
  return provider === null ? null : provider(filename, lineno);
}

/** Byte offset in a line's UTF-8 to a character (code-point) offset (traceback._byte_offset_to_character_offset). */
function byteToChar(line: string, byteOffset: number): number {
  const bytes = _PyUnicode_EncodeUTF8(line).slice(0, byteOffset);
  return [..._PyUnicode_DecodeUTF8(bytes)].length;
}

/** Caret anchors for a one-line segment (traceback._extract_caret_anchors_from_line_segment), from the parser. */
export interface CaretAnchors {
  left_end_offset: number;
  right_start_offset: number;
  primary_char: string;
  secondary_char: string;
}
let anchorsHook: ((segment: string) => CaretAnchors | null) | null = null;
/** Installed by the host with access to the parser (the `typhon` package). */
export function _PyTraceback_SetAnchorsHook(f: (segment: string) => CaretAnchors | null): void {
  anchorsHook = f;
}

/** CPython 3.12: Lib/traceback.py (StackSummary.format_frame_summary) for one traceback entry. */
function formatEntry(tb: PyTracebackObject, provider: SourceLineProvider | null): string {
  const f = tb.tb_frame.f_frame;
  const co = f.f_code;
  const loc = PyCode_Addr2Location(co, tb.tb_lasti >> 1);
  const lineno = loc?.lineno ?? null;
  let out = `  File "${co.co_filename.value}", line ${lineno ?? "None"}, in ${co.co_name.value}\n`;
  if (lineno === null) return out;
  const original = sourceLine(co.co_filename.value, lineno, provider);
  if (original === null) return out;
  const stripped = original.trim();
  if (stripped === "") return out;
  out += `    ${stripped}\n`;
  const frameLineLen = [...original.trimStart()].length;
  const origLen = [...original].length;
  const strippedChars = origLen - frameLineLen;
  if (loc !== null && loc.col_offset !== null && loc.end_col_offset !== null) {
    const start = byteToChar(original, loc.col_offset);
    let end = byteToChar(original, loc.end_col_offset);
    let anchors: CaretAnchors | null = null;
    if (loc.lineno === loc.end_lineno) {
      if (anchorsHook !== null) {
        try {
          anchors = anchorsHook([...original].slice(start, end).join(""));
        } catch {
          anchors = null;
        }
      }
    } else {
      end = [...original.trimEnd()].length;
    }
    const strippedLen = [...stripped].length;
    if (end - start < strippedLen || (anchors !== null && anchors.right_start_offset - anchors.left_end_offset > 0)) {
      out += "    " + " ".repeat(start - strippedChars);
      if (anchors !== null) {
        out += anchors.primary_char.repeat(anchors.left_end_offset);
        out += anchors.secondary_char.repeat(anchors.right_start_offset - anchors.left_end_offset);
        out += anchors.primary_char.repeat(end - start - anchors.right_start_offset);
      } else {
        out += "^".repeat(end - start);
      }
      out += "\n";
    }
  }
  return out;
}

/** The "Type: message" line (traceback.TracebackException.format_exception_only). */
function formatExceptionOnly(exc: PyBaseExceptionObject): string {
  const t = Py_TYPE(exc);
  let stype = t.ht_qualname ?? t.shortName;
  const mod = t.tp_module;
  if (mod !== null && mod !== "builtins" && mod !== "__main__") stype = `${mod}.${stype}`;
  if (PyType_IsSubtype(t, PyExc_SyntaxError)) return formatSyntaxError(exc, stype);
  let value: string;
  try {
    value = PyObject_Str(exc).value;
  } catch {
    value = "<exception str() failed>";
  }
  value += suggestionFor(exc);
  let out = value === "" ? `${stype}\n` : `${stype}: ${value}\n`;
  out += formatNotes(exc);
  return out;
}
function formatNotes(exc: PyBaseExceptionObject): string {
  if (exc.dict === null) return "";
  const notes = PyDict_GetItemWithError(exc.dict, _Py_ID("__notes__"));
  if (notes === undefined) return "";
  let out = "";
  if (PyList_Check(notes)) {
    for (const n of notes.ob_item) out += (PyUnicode_Check(n) ? n.value : PyObject_Repr(n).value) + "\n";
  } else {
    out += PyObject_Repr(notes).value + "\n";
  }
  return out;
}
/** CPython 3.12: Lib/traceback.py (TracebackException._format_syntax_error) */
function formatSyntaxError(exc: PyBaseExceptionObject, stype: string): string {
  let out = "";
  const filename = exc.filename as PyObject | undefined;
  const lineno = exc.lineno as PyObject | undefined;
  const msg = exc.msg as PyObject | undefined;
  const fn = filename !== undefined && PyUnicode_Check(filename) ? filename.value : "<string>";
  if (lineno !== undefined && lineno !== Py_None) out += `  File "${fn}", line ${String(lineno)}\n`;
  const text = exc.text as PyObject | undefined;
  if (text !== undefined && PyUnicode_Check(text)) {
    const rtext = text.value.replace(/[\r\n]+$/, "");
    const ltext = rtext.replace(/^[ \n\f]+/, "");
    const spaces = [...rtext].length - [...ltext].length;
    out += `    ${ltext}\n`;
    const offset = exc.offset as PyObject | undefined;
    if (offset !== undefined && typeof offset === "number") {
      const endOffsetObj = exc.end_offset as PyObject | undefined;
      const endLineno = exc.end_lineno as PyObject | undefined;
      let end = typeof endOffsetObj === "number" && endOffsetObj !== 0 ? endOffsetObj : offset;
      if (typeof endLineno === "number" && typeof lineno === "number" && endLineno > lineno) end = [...rtext].length + 1;
      if (offset === end || end === -1) end = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = end - 1 - spaces;
      if (colno >= 0) {
        const caretspace = [...ltext].slice(0, colno).map((c) => (/\s/.test(c) ? c : " ")).join("");
        out += `    ${caretspace}${"^".repeat(Math.max(1, endColno - colno))}\n`;
      }
    }
  }
  const m = msg !== undefined && msg !== Py_None ? PyObject_Str(msg).value : "<no detail available>";
  out += `${stype}: ${m}\n`;
  out += formatNotes(exc);
  return out;
}

const RECURSIVE_CUTOFF = 3;
/** CPython 3.12: Lib/traceback.py (StackSummary.format): repeated-line compression included. */
function formatTraceback(tb: PyTracebackObject | null, provider: SourceLineProvider | null): string {
  let out = "";
  let lastKey: string | null = null;
  let count = 0;
  for (let t = tb; t !== null; t = t.tb_next) {
    const co = t.tb_frame.f_frame.f_code;
    const loc = PyCode_Addr2Location(co, t.tb_lasti >> 1);
    const key = `${co.co_filename.value}\0${loc?.lineno}\0${co.co_name.value}`;
    if (key !== lastKey) {
      if (count > RECURSIVE_CUTOFF) {
        const n = count - RECURSIVE_CUTOFF;
        out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
      }
      lastKey = key;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatEntry(t, provider);
  }
  if (count > RECURSIVE_CUTOFF) {
    const n = count - RECURSIVE_CUTOFF;
    out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
  }
  return out;
}

/** CPython 3.12: Lib/traceback.py (TracebackException.format), chained exceptions included. */
export function _PyErr_FormatException(exc: PyBaseExceptionObject, provider: SourceLineProvider | null = null, skipFirstFrame = false): string {
  const seen = new Set<object>();
  const render = (e: PyBaseExceptionObject, skip: boolean): string => {
    seen.add(e);
    let out = "";
    const cause = e.cause instanceof PyBaseExceptionObject ? e.cause : null;
    const context = e.context instanceof PyBaseExceptionObject ? e.context : null;
    if (cause !== null && !seen.has(cause)) {
      out += render(cause, false);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (context !== null && !e.suppress_context && !seen.has(context)) {
      out += render(context, false);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    let tb = e.traceback instanceof PyTracebackObject ? e.traceback : null;
    if (skip && tb !== null) tb = tb.tb_next;
    if (tb !== null) out += "Traceback (most recent call last):\n" + formatTraceback(tb, provider);
    out += formatExceptionOnly(e);
    return out;
  };
  return render(exc, skipFirstFrame);
}

import { PyType_IsSubtype } from "../Objects/object.js";
import { PyExc_SyntaxError } from "../Objects/exceptions.js";
import { PyObject_Str, PyObject_Repr } from "../Objects/abstract.js";
import { PyUnicode_Check, _Py_ID } from "../Objects/unicodeobject.js";
import { Py_None } from "../Objects/noneobject.js";
import { PyDict_GetItemWithError } from "../Objects/dictobject.js";
import { PyList_Check } from "../Objects/listobject.js";
import { _PyUnicode_DecodeUTF8, _PyUnicode_EncodeUTF8 } from "../Objects/stringlib/codecs.js";
void _PyUnicode_EncodeUTF8;
void _PyUnicode_DecodeUTF8;

/** CPython 3.12: Lib/traceback.py (TracebackException.__init__'s suggestion logic for NameError/AttributeError). */
function suggestionFor(exc: PyBaseExceptionObject): string {
  const t = Py_TYPE(exc);
  const isName = PyType_IsSubtype(t, PyExc_NameError);
  const isAttr = PyType_IsSubtype(t, PyExc_AttributeError);
  if (!isName && !isAttr) return "";
  const name = exc.name as PyObject | undefined;
  if (name === undefined || name === Py_None || !PyUnicode_Check(name)) return "";
  const wrong = name.value;
  let candidates: string[];
  let suggestion: string | null = null;
  try {
    if (isAttr) {
      const obj = exc.obj as PyObject | undefined;
      if (obj === undefined || obj === Py_None) return "";
      candidates = _PyObject_DirNames(obj);
    } else {
      let tb = exc.traceback instanceof PyTracebackObject ? exc.traceback : null;
      if (tb === null) return "";
      while (tb.tb_next !== null) tb = tb.tb_next;
      const f = tb.tb_frame.f_frame;
      const keys = (d: PyObject | null) => (d !== null && d instanceof PyDictObject ? PyDict_Keys(d).filter(PyUnicode_Check).map((k) => k.value) : []);
      const locals = f.f_locals !== null ? keys(f.f_locals) : f.f_code.co_localsplusnames.filter((_, i) => f.localsplus[i] !== NULL).map((n) => n.value);
      candidates = [...locals, ...keys(f.f_globals), ...keys(f.f_builtins)];
      if (locals.includes("self")) {
        const i = f.f_code.co_localsplusnames.findIndex((n) => n.value === "self");
        const self = f.f_locals !== null ? PyDict_GetItemWithError(f.f_locals, _Py_ID("self")) : f.localsplus[i];
        if (self !== undefined && self !== NULL && _PyObject_LookupAttr(self, name) !== undefined) suggestion = `self.${wrong}`;
      }
    }
    if (suggestion === null) suggestion = _Py_ComputeSuggestion(candidates, wrong);
  } catch {
    return "";
  }
  return suggestion === null ? "" : `. Did you mean: '${suggestion}'?`;
}
/** The names dir(obj) would list, for suggestions (type MRO dicts plus the instance dict). */
function _PyObject_DirNames(obj: PyObject): string[] {
  const names = new Set<string>();
  const add = (d: PyDictObject | null) => {
    if (d !== null) for (const k of PyDict_Keys(d)) if (PyUnicode_Check(k)) names.add(k.value);
  };
  if (obj instanceof PyTypeObject) for (const t of obj.tp_mro) add(t.tp_dict);
  const holder = _PyObject_GetDictPtr(obj);
  if (holder !== null) add(holder.dict);
  for (const t of Py_TYPE(obj).tp_mro) add(t.tp_dict);
  return [...names].sort();
}
import { PyExc_NameError, PyExc_AttributeError } from "../Objects/exceptions.js";
import { PyDictObject, PyDict_Keys } from "../Objects/dictobject.js";
import { NULL } from "../Include/internal/pycore_frame.js";
import { _PyObject_LookupAttr } from "../Objects/abstract.js";
import { _PyObject_GetDictPtr } from "../Objects/typeobject.js";

import { _Py_ComputeSuggestion } from "./suggestions.js";
