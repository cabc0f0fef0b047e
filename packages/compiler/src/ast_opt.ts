/**
 * AST constant folding. CPython 3.12: Python/ast_opt.c
 *
 * Constants are runtime objects (@typhon/runtime), exactly as `Constant.value` holds them, and folding calls the
 * runtime's number and sequence protocols (PyNumber_Add, PyObject_GetItem, PyObject_IsTrue, ...) as ast_opt.c
 * does: a Python exception raised by the operation means "do not fold". Keeping runtime values (rather than a
 * compile-time model) means no conversion pass over the AST, no second implementation of the arithmetic, and the
 * code object receives the very objects the compiler worked with.
 *
 * CPython rewrites nodes in place (make_const turns a BinOp into a Constant); here every folding function returns
 * the node to use instead, and the caller stores it back into the parent (so `_PyAST_Optimize` mutates the tree
 * it is given, as CPython's does on its C AST).
 */
import {
  type PyObject, Py_None, Py_Ellipsis, Py_True, Py_False, PyBool_FromLong, PyFloat_Type, PyComplex_Type, PyTuple_Type,
  PyUnicode_Type, PyBytes_Type, PyTupleObject, PyUnicodeObject, PyBytesObject, PyFloatObject, PyComplexObject,
  _PyTuple_FromArray, PyUnicode_FromString, PyLong_Check, _PyLong_Value, PyNumber_Add, PyNumber_Subtract,
  PyNumber_Multiply, PyNumber_TrueDivide, PyNumber_FloorDivide, PyNumber_Remainder, PyNumber_Power, PyNumber_Lshift,
  PyNumber_Rshift, PyNumber_Or, PyNumber_Xor, PyNumber_And, PyNumber_Invert, PyNumber_Positive, PyNumber_Negative,
  PyObject_IsTrue, PyObject_GetItem, PyExceptionInstance_Check, PyUnicode_GET_LENGTH,
  PyComplex_FromDoubles, PyFrozenSet_New, PyFrozenSet_Type, _PySet_Keys,
} from "@typhon/runtime";
import * as ast from "./Parser/ast.js";
import { NodeKind as K } from "./Parser/ast.js";

/* ------------------------------------------------------------------ node unions (for `switch (n._kind)`) */

/** Every concrete expression node; `switch (e._kind)` narrows it. */
export type Expr =
  | ast.BoolOp | ast.NamedExpr | ast.BinOp | ast.UnaryOp | ast.Lambda | ast.IfExp | ast.Dict | ast.Set | ast.ListComp
  | ast.SetComp | ast.DictComp | ast.GeneratorExp | ast.Await | ast.Yield | ast.YieldFrom | ast.Compare | ast.Call
  | ast.FormattedValue | ast.JoinedStr | ast.Constant | ast.Attribute | ast.Subscript | ast.Starred | ast.Name
  | ast.List | ast.Tuple | ast.Slice;
/** Every concrete statement node. */
export type Stmt =
  | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Return | ast.Delete | ast.Assign | ast.TypeAlias
  | ast.AugAssign | ast.AnnAssign | ast.For | ast.AsyncFor | ast.While | ast.If | ast.With | ast.AsyncWith | ast.Match
  | ast.Raise | ast.Try | ast.TryStar | ast.Assert | ast.Import | ast.ImportFrom | ast.Global | ast.Nonlocal
  | ast.Expr | ast.Pass | ast.Break | ast.Continue;
/** Every concrete pattern node. */
export type Pattern =
  | ast.MatchValue | ast.MatchSingleton | ast.MatchSequence | ast.MatchMapping | ast.MatchClass | ast.MatchStar
  | ast.MatchAs | ast.MatchOr;
export type TypeParam = ast.TypeVar | ast.ParamSpec | ast.TypeVarTuple;
export type Mod = ast.Module | ast.Interactive | ast.Expression | ast.FunctionType;

/* ------------------------------------------------------------------ compile-time constants */

/**
 * Frozenset constants (`x in {1, 2}`, `for x in {1, 2}`, `{1, 2, 3}` displays) are the runtime's frozenset
 * (PyFrozenSet_New over a tuple of the items), so their iteration order, repr and hash are CPython's.
 */
export function isTupleConst(o: PyObject): o is PyTupleObject {
  return typeof o === "object" && o.ob_type === PyTuple_Type;
}
export function isStrConst(o: PyObject): o is PyUnicodeObject {
  return typeof o === "object" && o.ob_type === PyUnicode_Type;
}
export function isBytesConst(o: PyObject): o is PyBytesObject {
  return typeof o === "object" && o.ob_type === PyBytes_Type;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function floatBits(v: number): string {
  f64[0] = v;
  return u32[0].toString(36) + "." + u32[1].toString(36);
}
let nextCodeKey = 1;
const codeKeys = new WeakMap<object, number>();

/**
 * CPython 3.12: Objects/codeobject.c (_PyCode_ConstantKey), as a string: two constants get the same key exactly
 * when the compiler merges them (type-exact: 1, 1.0 and True differ; -0.0 differs from 0.0; tuples and frozensets
 * by their items' keys; any other object by identity).
 */
export function _PyCode_ConstantKey(o: PyObject): string {
  if (typeof o === "number") return "i" + o;
  if (typeof o === "bigint") return "i" + o.toString();
  if (o === Py_None) return "N";
  if (o === Py_Ellipsis) return "E";
  if (o === Py_True) return "T";
  if (o === Py_False) return "F";
  const t = o.ob_type;
  if (t === PyUnicode_Type) return "s" + (o as PyUnicodeObject).value;
  if (t === PyFloat_Type) return "f" + floatBits((o as PyFloatObject).ob_fval);
  if (t === PyBytes_Type) {
    const b = (o as PyBytesObject).ob_sval;
    let s = "y";
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
    return s;
  }
  if (t === PyComplex_Type) return "c" + floatBits((o as PyComplexObject).real) + "," + floatBits((o as PyComplexObject).imag);
  if (t === PyFrozenSet_Type) {
    const ks = _PySet_Keys(o).map(_PyCode_ConstantKey).sort();
    let k = "z" + ks.length;
    for (const ik of ks) k += ":" + ik.length + ":" + ik;
    return k;
  }
  if (t === PyTuple_Type) {
    const items = (o as PyTupleObject).ob_item;
    let k = "t" + items.length;
    for (const it of items) {
      const ik = _PyCode_ConstantKey(it);
      k += ":" + ik.length + ":" + ik;
    }
    return k;
  }
  let id = codeKeys.get(o);
  if (id === undefined) codeKeys.set(o, (id = nextCodeKey++));
  return "o" + id;
}

/**
 * repr() of a constant, by the runtime's tp_repr of its type (called directly: PyObject_Repr would need a thread
 * state only for its recursion guard). Tuples are walked here for the same reason (constant tuples hold only
 * constants), so that reprs need no initialised runtime; a frozenset uses the runtime's set_repr (which needs one,
 * as creating the frozenset does), a code object the runtime's code_repr.
 */
export function _PyCompile_ConstRepr(o: PyObject): string {
  if (typeof o === "number" || typeof o === "bigint") return String(o);
  if (o.ob_type === PyTuple_Type) {
    const items = (o as PyTupleObject).ob_item;
    if (items.length === 1) return "(" + _PyCompile_ConstRepr(items[0]) + ",)";
    return "(" + items.map(_PyCompile_ConstRepr).join(", ") + ")";
  }
  const r = o.ob_type.tp_repr;
  return r === null ? `<${o.ob_type.tp_name} object>` : (r(o) as PyUnicodeObject).value;
}

/** PyObject_IsTrue of a constant. */
export function constIsTrue(o: PyObject): boolean {
  if (typeof o === "number") return o !== 0;
  if (o === Py_None || o === Py_False) return false;
  if (o === Py_True) return true;
  return PyObject_IsTrue(o);
}

/* ------------------------------------------------------------------ folding helpers */

/** make_const: the Constant that replaces `node`, or `node` itself when the operation raised (val undefined). */
function make_const(node: ast.expr, val: PyObject | undefined): ast.expr {
  if (val === undefined) return node;
  return new ast.Constant(val, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

/** Run a runtime operation; a Python exception means "no value" (make_const's PyErr_Clear). */
function attempt(f: () => PyObject): PyObject | undefined {
  try {
    return f();
  } catch (e) {
    if (PyExceptionInstance_Check(e)) return undefined;
    throw e;
  }
}

/**
 * STOPGAP until the runtime's complex type has number methods (today it has only a repr): complex `+ - *` and unary
 * `- +` on int/float/complex constants, with complex.c's formulas (_Py_c_sum, _Py_c_diff, _Py_c_prod, _Py_c_neg).
 * Used only when the runtime operation raised and an operand is complex, so that `1+2j` folds as in CPython (match
 * patterns such as `case 1+2j:` need the folded constant, or they would be a spurious SyntaxError). Delete once
 * PyNumber_Add & co. handle complex.
 */
function complexStopgap(op: ast.NodeKind, a: PyObject, b: PyObject | null): PyObject | undefined {
  if (!(a instanceof PyComplexObject) && !(b instanceof PyComplexObject)) return undefined;
  const toC = (o: PyObject): [number, number] | null => {
    if (o instanceof PyComplexObject) return [o.real, o.imag];
    if (o instanceof PyFloatObject) return [o.ob_fval, 0.0];
    if (PyLong_Check(o)) {
      const d = Number(_PyLong_Value(o));
      return Number.isFinite(d) ? [d, 0.0] : null; // OverflowError: int too large to convert to float
    }
    return null;
  };
  const x = toC(a);
  if (x === null) return undefined;
  if (b === null) {
    if (op === K.USub) return PyComplex_FromDoubles(-x[0], -x[1]);
    if (op === K.UAdd) return PyComplex_FromDoubles(x[0], x[1]);
    return undefined;
  }
  const y = toC(b);
  if (y === null) return undefined;
  switch (op) {
    case K.Add:
      return PyComplex_FromDoubles(x[0] + y[0], x[1] + y[1]);
    case K.Sub:
      return PyComplex_FromDoubles(x[0] - y[0], x[1] - y[1]);
    case K.Mult:
      return PyComplex_FromDoubles(x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]);
  }
  return undefined;
}

function has_starred(elts: readonly ast.expr[]): boolean {
  for (const e of elts) if (e._kind === K.Starred) return true;
  return false;
}

/* optimize_format: '%s-%r' % (a, b) -> f'{a!s}-{b!r}' */
function parse_literal(fmt: string[], ppos: { pos: number }): ast.Constant | null {
  let pos = ppos.pos;
  const start = pos;
  let has_percents = false;
  while (pos < fmt.length) {
    if (fmt[pos] !== "%") pos++;
    else if (pos + 1 < fmt.length && fmt[pos + 1] === "%") {
      has_percents = true;
      pos += 2;
    } else break;
  }
  ppos.pos = pos;
  if (pos === start) return null;
  let str = fmt.slice(start, pos).join("");
  if (has_percents) str = str.split("%%").join("%");
  return new ast.Constant(PyUnicode_FromString(str), null, -1, -1, -1, -1);
}
const MAXDIGITS = 3;
const F_LJUST = 1;
function simple_format_arg_parse(fmt: string[], ppos: { pos: number }): { spec: string; flags: number; width: number; prec: number } | null {
  let pos = ppos.pos;
  const len = fmt.length;
  let ch = "";
  let flags = 0;
  let width = -1;
  let prec = -1;
  const NEXTC = (): boolean => {
    if (pos >= len) return false;
    ch = fmt[pos++];
    return true;
  };
  for (;;) {
    if (!NEXTC()) return null;
    if (ch === "-") flags |= F_LJUST;
    else if (ch === "+") flags |= 2;
    else if (ch === " ") flags |= 4;
    else if (ch === "#") flags |= 8;
    else if (ch === "0") flags |= 16;
    else break;
  }
  if (ch >= "0" && ch <= "9") {
    width = 0;
    let digits = 0;
    while (ch >= "0" && ch <= "9") {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (!NEXTC()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === ".") {
    if (!NEXTC()) return null;
    prec = 0;
    if (ch >= "0" && ch <= "9") {
      let digits = 0;
      while (ch >= "0" && ch <= "9") {
        prec = prec * 10 + (ch.charCodeAt(0) - 48);
        if (!NEXTC()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  ppos.pos = pos;
  return { spec: ch, flags, width, prec };
}
function parse_format(fmt: string[], ppos: { pos: number }, arg: ast.expr): ast.expr | null {
  const r = simple_format_arg_parse(fmt, ppos);
  if (r === null) return null;
  const { spec, flags, width, prec } = r;
  if (spec === "s" || spec === "r" || spec === "a") {
    let buf = "";
    if (!(flags & F_LJUST) && width > 0) buf += ">";
    if (width >= 0) buf += String(width);
    if (prec >= 0) buf += "." + String(prec);
    const format_spec = buf !== "" ? new ast.Constant(PyUnicode_FromString(buf), null, -1, -1, -1, -1) : null;
    return new ast.FormattedValue(arg, spec.charCodeAt(0), format_spec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
  }
  return null;
}
function optimize_format(node: ast.BinOp, fmtStr: string, elts: ast.expr[]): ast.expr {
  const fmt = Array.from(fmtStr);
  const ppos = { pos: 0 };
  let cnt = 0;
  const seq: ast.expr[] = [];
  for (;;) {
    const lit = parse_literal(fmt, ppos);
    if (lit) seq.push(lit);
    if (ppos.pos >= fmt.length) break;
    if (cnt >= elts.length) return node; // More format units than items.
    ppos.pos++;
    const e = parse_format(fmt, ppos, elts[cnt]);
    cnt++;
    if (!e) return node;
    seq.push(e);
  }
  if (cnt < elts.length) return node; // More items than format units.
  return new ast.JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

/* ---- safe_* (limits on the size of folded constants) */

const MAX_INT_SIZE = 128; /* bits */
const MAX_COLLECTION_SIZE = 256; /* items */
const MAX_STR_SIZE = 4096; /* characters */
const MAX_TOTAL_ITEMS = 1024; /* including nested collections */

function check_complexity(obj: PyObject, limit: number): number {
  if (obj instanceof PyTupleObject) {
    const items = obj.ob_item;
    limit -= items.length;
    for (let i = 0; limit >= 0 && i < items.length; i++) limit = check_complexity(items[i], limit);
  }
  return limit;
}
function numBits(v: number | bigint): number {
  let b = typeof v === "bigint" ? v : BigInt(v);
  if (b < 0n) b = -b;
  return b === 0n ? 0 : b.toString(2).length;
}
function longValue(o: PyObject): number | bigint {
  return _PyLong_Value(o);
}
function longNonZero(o: PyObject): boolean {
  const v = longValue(o);
  return v !== 0 && v !== 0n;
}
function isLong(o: PyObject): boolean {
  return PyLong_Check(o);
}
function sizeOfSeq(o: PyObject): number {
  if (o instanceof PyTupleObject) return o.ob_item.length;
  if (isStrConst(o)) return PyUnicode_GET_LENGTH(o);
  return (o as PyBytesObject).ob_sval.length;
}
function safe_multiply(v: PyObject, w: PyObject): PyObject | undefined {
  if (isLong(v) && isLong(w) && longNonZero(v) && longNonZero(w)) {
    if (numBits(longValue(v)) + numBits(longValue(w)) > MAX_INT_SIZE) return undefined;
  } else if (isLong(v) && w instanceof PyTupleObject) {
    const size = w.ob_item.length;
    if (size) {
      const n = Number(longValue(v));
      if (n < 0 || n > Math.trunc(MAX_COLLECTION_SIZE / size)) return undefined;
      if (n && check_complexity(w, Math.trunc(MAX_TOTAL_ITEMS / n)) < 0) return undefined;
    }
  } else if (isLong(v) && (isStrConst(w) || isBytesConst(w))) {
    const size = sizeOfSeq(w);
    if (size) {
      const n = Number(longValue(v));
      if (n < 0 || n > Math.trunc(MAX_STR_SIZE / size)) return undefined;
    }
  } else if (isLong(w) && (v instanceof PyTupleObject || isStrConst(v) || isBytesConst(v))) {
    return safe_multiply(w, v);
  }
  return attempt(() => PyNumber_Multiply(v, w));
}
function safe_power(v: PyObject, w: PyObject): PyObject | undefined {
  if (isLong(v) && isLong(w) && longNonZero(v) && Number(longValue(w)) > 0) {
    const vbits = numBits(longValue(v));
    const wv = longValue(w);
    if (typeof wv === "bigint" && wv > 0xffffffffffffn) return undefined;
    const wbits = Number(wv);
    if (vbits > Math.trunc(MAX_INT_SIZE / wbits)) return undefined;
  }
  return attempt(() => PyNumber_Power(v, w, Py_None));
}
function safe_lshift(v: PyObject, w: PyObject): PyObject | undefined {
  if (isLong(v) && isLong(w) && longNonZero(v) && longNonZero(w)) {
    const vbits = numBits(longValue(v));
    const wv = longValue(w);
    if (wv < 0) return undefined; // PyLong_AsSize_t raises on negative numbers
    const wbits = Number(wv);
    if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) return undefined;
  }
  return attempt(() => PyNumber_Lshift(v, w));
}
function safe_mod(v: PyObject, w: PyObject): PyObject | undefined {
  if (typeof v === "object" && (v instanceof PyUnicodeObject || v instanceof PyBytesObject)) return undefined;
  return attempt(() => PyNumber_Remainder(v, w));
}

function fold_binop(node: ast.BinOp): ast.expr {
  const lhs = node.left;
  const rhs = node.right;
  if (lhs._kind !== K.Constant) return node;
  const lv = (lhs as ast.Constant).value;
  if (node.op._kind === K.Mod && rhs._kind === K.Tuple && isStrConst(lv) && !has_starred((rhs as ast.Tuple).elts)) {
    return optimize_format(node, lv.value, (rhs as ast.Tuple).elts);
  }
  if (rhs._kind !== K.Constant) return node;
  const rv = (rhs as ast.Constant).value;
  let newval: PyObject | undefined;
  switch (node.op._kind) {
    case K.Add:
      newval = attempt(() => PyNumber_Add(lv, rv));
      break;
    case K.Sub:
      newval = attempt(() => PyNumber_Subtract(lv, rv));
      break;
    case K.Mult:
      newval = safe_multiply(lv, rv);
      break;
    case K.Div:
      newval = attempt(() => PyNumber_TrueDivide(lv, rv));
      break;
    case K.FloorDiv:
      newval = attempt(() => PyNumber_FloorDivide(lv, rv));
      break;
    case K.Mod:
      newval = safe_mod(lv, rv);
      break;
    case K.Pow:
      newval = safe_power(lv, rv);
      break;
    case K.LShift:
      newval = safe_lshift(lv, rv);
      break;
    case K.RShift:
      newval = attempt(() => PyNumber_Rshift(lv, rv));
      break;
    case K.BitOr:
      newval = attempt(() => PyNumber_Or(lv, rv));
      break;
    case K.BitXor:
      newval = attempt(() => PyNumber_Xor(lv, rv));
      break;
    case K.BitAnd:
      newval = attempt(() => PyNumber_And(lv, rv));
      break;
    case K.MatMult:
      return node; // No builtin constants implement the following operators
  }
  newval ??= complexStopgap(node.op._kind, lv, rv);
  return make_const(node, newval);
}

function fold_unaryop(node: ast.UnaryOp): ast.expr {
  const arg = node.operand;
  if (arg._kind !== K.Constant) {
    /* Fold not into comparison */
    if (node.op._kind === K.Not && arg._kind === K.Compare && (arg as ast.Compare).ops.length === 1) {
      const cmp = arg as ast.Compare;
      let op: ast.cmpop | null = null;
      switch (cmp.ops[0]._kind) {
        case K.Is:
          op = ast.IsNot.instance;
          break;
        case K.IsNot:
          op = ast.Is.instance;
          break;
        case K.In:
          op = ast.NotIn.instance;
          break;
        case K.NotIn:
          op = ast.In.instance;
          break;
      }
      if (op !== null) {
        cmp.ops[0] = op;
        return cmp; // COPY_NODE(node, arg): the comparison, with its own location
      }
    }
    return node;
  }
  const v = (arg as ast.Constant).value;
  let newval: PyObject | undefined;
  switch (node.op._kind) {
    case K.Invert:
      newval = attempt(() => PyNumber_Invert(v));
      break;
    case K.Not:
      newval = attempt(() => PyBool_FromLong(!constIsTrue(v)));
      break;
    case K.UAdd:
      newval = attempt(() => PyNumber_Positive(v));
      break;
    case K.USub:
      newval = attempt(() => PyNumber_Negative(v));
      break;
  }
  newval ??= complexStopgap(node.op._kind, v, null);
  return make_const(node, newval);
}

function make_const_tuple(elts: readonly ast.expr[]): PyTupleObject | undefined {
  for (const e of elts) if (e._kind !== K.Constant) return undefined;
  return _PyTuple_FromArray(elts.map((e) => (e as ast.Constant).value));
}
function fold_tuple(node: ast.Tuple): ast.expr {
  if (node.ctx._kind !== K.Load) return node;
  return make_const(node, make_const_tuple(node.elts));
}
function fold_subscr(node: ast.Subscript): ast.expr {
  const arg = node.value;
  const idx = node.slice;
  if (node.ctx._kind !== K.Load || arg._kind !== K.Constant || idx._kind !== K.Constant) return node;
  const a = (arg as ast.Constant).value;
  const i = (idx as ast.Constant).value;
  return make_const(node, attempt(() => PyObject_GetItem(a, i)));
}

/**
 * Change literal list or set of constants into constant tuple or frozenset respectively. Change literal list of
 * non-constants into tuple. Used for right operand of "in" and "not in" tests and for iterable in "for" loop and
 * comprehensions.
 */
function fold_iter(arg: ast.expr): ast.expr {
  let newval: PyObject | undefined;
  let node: ast.expr;
  if (arg._kind === K.List) {
    /* First change a list into tuple. */
    const l = arg as ast.List;
    if (has_starred(l.elts)) return arg;
    node = new ast.Tuple(l.elts, l.ctx, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
    /* Try to create a constant tuple. */
    newval = make_const_tuple(l.elts);
  } else if (arg._kind === K.Set) {
    node = arg;
    const t = make_const_tuple((arg as ast.Set).elts);
    if (t !== undefined) newval = attempt(() => PyFrozenSet_New(t));
  } else {
    return arg;
  }
  return make_const(node, newval);
}

function fold_compare(node: ast.Compare): void {
  const ops = node.ops;
  const args = node.comparators;
  /* Change literal list or set in 'in' or 'not in' into tuple or frozenset respectively. */
  const i = ops.length - 1;
  const op = ops[i]._kind;
  if (op === K.In || op === K.NotIn) args[i] = fold_iter(args[i]);
}

/** CPython 3.12: Python/ast.c (_PyAST_GetDocString) */
export function _PyAST_GetDocString(body: readonly ast.stmt[]): PyUnicodeObject | null {
  if (body.length === 0) return null;
  const st = body[0];
  if (st._kind !== K.Expr) return null;
  const e = (st as ast.Expr).value;
  if (e._kind === K.Constant && isStrConst((e as ast.Constant).value)) return (e as ast.Constant).value as PyUnicodeObject;
  return null;
}

/* ------------------------------------------------------------------ the folder */

/** CPython 3.12: Python/ast_opt.c (_PyASTOptimizeState) */
export interface _PyASTOptimizeState {
  optimize: number;
  ff_features: number;
}

const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** RecursionError raised by the compiler's passes (CPython: "maximum recursion depth exceeded during compilation"). */
export class CompilerRecursionError extends Error {
  readonly pyType = "RecursionError" as const;
  constructor(msg = "maximum recursion depth exceeded during compilation") {
    super(msg);
    this.name = "RecursionError";
  }
}

/**
 * Nesting depth the compiler's recursive passes accept. CPython 3.12.7 on Linux allows C_RECURSION_LIMIT (10000) *
 * COMPILER_STACK_FRAME_SCALE (3) = 30000 levels (3.12.0/3.12.1: 1500 * 2 = 3000); here the passes recurse on the JS
 * stack, so the limit is 3000: the deepest recursion stays inside a default JS stack (about 10,000 frames), and
 * a RangeError that still happens (compile() called from deep inside the VM) is turned into the same
 * RecursionError. Left spines (`a + b + c + ...`, `a.b().c[0]...`), the only deep shapes the parser builds without
 * deep recursion of its own, are walked iteratively by every pass and limited like CPython 3.12.7
 * (COMPILER_RECURSION_LIMIT_SPINE); BoolOp/Compare/calls/displays are flat.
 */
export const COMPILER_RECURSION_LIMIT = 3000;
/** The limit for left spines, which every pass walks iteratively: CPython 3.12.7's (10000 * 3). */
export const COMPILER_RECURSION_LIMIT_SPINE = 30000;

/** BinOp, Attribute, Subscript and Call: the nodes whose first child can nest without bound (a left spine). */
export function isSpine(e: ast.expr): boolean {
  const k = e._kind;
  return k === K.BinOp || k === K.Attribute || k === K.Subscript || k === K.Call;
}
/** The left child of a spine node (BinOp.left, Attribute.value, Subscript.value, Call.func). */
export function spineChild(e: ast.expr): ast.expr {
  switch (e._kind) {
    case K.BinOp:
      return (e as ast.BinOp).left;
    case K.Call:
      return (e as ast.Call).func;
    default:
      return (e as ast.Attribute | ast.Subscript).value;
  }
}

class Folder {
  depth = 0;
  /** Nodes of the left spines being walked (iteratively; limited by COMPILER_RECURSION_LIMIT_SPINE). */
  spineDepth = 0;
  readonly noann: boolean;
  constructor(readonly state: _PyASTOptimizeState) {
    this.noann = (state.ff_features & CO_FUTURE_ANNOTATIONS) !== 0;
  }
  enter(): void {
    if (++this.depth > COMPILER_RECURSION_LIMIT) throw new CompilerRecursionError();
  }

  body(stmts: ast.stmt[]): void {
    const docstring = _PyAST_GetDocString(stmts) !== null;
    this.stmts(stmts);
    if (!docstring && _PyAST_GetDocString(stmts) !== null) {
      const st = stmts[0] as ast.Expr;
      st.value = new ast.JoinedStr([st.value], st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
    }
  }
  stmts(seq: ast.stmt[]): void {
    for (let i = 0; i < seq.length; i++) this.stmt(seq[i] as Stmt);
  }
  exprs(seq: (ast.expr | null)[]): void {
    for (let i = 0; i < seq.length; i++) {
      const e = seq[i];
      if (e !== null) seq[i] = this.expr(e);
    }
  }
  opt(e: ast.expr | null): ast.expr | null {
    return e === null ? null : this.expr(e);
  }
  arg(a: ast.arg | null): void {
    if (a !== null && !this.noann && a.annotation !== null) a.annotation = this.expr(a.annotation);
  }
  arguments(a: ast.arguments_): void {
    for (const x of a.posonlyargs) this.arg(x);
    for (const x of a.args) this.arg(x);
    this.arg(a.vararg);
    for (const x of a.kwonlyargs) this.arg(x);
    this.exprs(a.kw_defaults);
    this.arg(a.kwarg);
    this.exprs(a.defaults);
  }
  comprehension(c: ast.comprehension): void {
    c.target = this.expr(c.target);
    c.iter = this.expr(c.iter);
    this.exprs(c.ifs);
    c.iter = fold_iter(c.iter);
  }
  keywords(ks: ast.keyword[]): void {
    for (const k of ks) k.value = this.expr(k.value);
  }

  expr(node0: ast.expr): ast.expr {
    // A left spine (`a + b + c + ...`, `a.b().c[0].d`: BinOp.left, Attribute.value, Subscript.value, Call.func) is
    // folded iteratively, innermost first (the recursive order), so that long chains do not overflow the JS stack;
    // their length counts against COMPILER_RECURSION_LIMIT_SPINE.
    if (isSpine(node0) && isSpine(spineChild(node0))) {
      const chain: ast.expr[] = [];
      let n: ast.expr = node0;
      while (isSpine(n)) {
        chain.push(n);
        n = spineChild(n);
      }
      this.spineDepth += chain.length;
      if (this.spineDepth > COMPILER_RECURSION_LIMIT_SPINE) throw new CompilerRecursionError();
      let inner = this.expr(n);
      for (let i = chain.length - 1; i >= 0; i--) {
        const e = chain[i] as Expr;
        switch (e._kind) {
          case K.BinOp:
            e.left = inner;
            e.right = this.expr(e.right);
            inner = fold_binop(e);
            break;
          case K.Attribute:
            e.value = inner;
            inner = e;
            break;
          case K.Subscript:
            e.value = inner;
            e.slice = this.expr(e.slice);
            inner = fold_subscr(e);
            break;
          case K.Call:
            e.func = inner;
            this.exprs(e.args);
            this.keywords(e.keywords);
            inner = e;
            break;
        }
      }
      this.spineDepth -= chain.length;
      return inner;
    }
    this.enter();
    const node = node0 as Expr;
    let result: ast.expr = node;
    switch (node._kind) {
      case K.BoolOp:
        this.exprs(node.values);
        break;
      case K.BinOp:
        node.left = this.expr(node.left);
        node.right = this.expr(node.right);
        result = fold_binop(node);
        break;
      case K.UnaryOp:
        node.operand = this.expr(node.operand);
        result = fold_unaryop(node);
        break;
      case K.Lambda:
        this.arguments(node.args);
        node.body = this.expr(node.body);
        break;
      case K.IfExp:
        node.test = this.expr(node.test);
        node.body = this.expr(node.body);
        node.orelse = this.expr(node.orelse);
        break;
      case K.Dict:
        this.exprs(node.keys);
        this.exprs(node.values);
        break;
      case K.Set:
        this.exprs(node.elts);
        break;
      case K.ListComp:
      case K.SetComp:
      case K.GeneratorExp:
        node.elt = this.expr(node.elt);
        for (const g of node.generators) this.comprehension(g);
        break;
      case K.DictComp:
        node.key = this.expr(node.key);
        node.value = this.expr(node.value);
        for (const g of node.generators) this.comprehension(g);
        break;
      case K.Await:
      case K.YieldFrom:
        node.value = this.expr(node.value);
        break;
      case K.Yield:
        node.value = this.opt(node.value);
        break;
      case K.Compare:
        node.left = this.expr(node.left);
        this.exprs(node.comparators);
        fold_compare(node);
        break;
      case K.Call:
        node.func = this.expr(node.func);
        this.exprs(node.args);
        this.keywords(node.keywords);
        break;
      case K.FormattedValue:
        node.value = this.expr(node.value);
        node.format_spec = this.opt(node.format_spec);
        break;
      case K.JoinedStr:
        this.exprs(node.values);
        break;
      case K.Attribute:
        node.value = this.expr(node.value);
        break;
      case K.Subscript:
        node.value = this.expr(node.value);
        node.slice = this.expr(node.slice);
        result = fold_subscr(node);
        break;
      case K.Starred:
        node.value = this.expr(node.value);
        break;
      case K.Slice:
        node.lower = this.opt(node.lower);
        node.upper = this.opt(node.upper);
        node.step = this.opt(node.step);
        break;
      case K.List:
        this.exprs(node.elts);
        break;
      case K.Tuple:
        this.exprs(node.elts);
        result = fold_tuple(node);
        break;
      case K.Name:
        if (node.ctx._kind === K.Load && node.id === "__debug__") {
          result = make_const(node, PyBool_FromLong(!this.state.optimize));
        }
        break;
      case K.NamedExpr:
        node.value = this.expr(node.value);
        break;
      case K.Constant:
        break;
    }
    this.depth--;
    return result;
  }

  stmt(node: Stmt): void {
    this.enter();
    switch (node._kind) {
      case K.FunctionDef:
      case K.AsyncFunctionDef:
        for (const tp of node.type_params) this.type_param(tp as TypeParam);
        this.arguments(node.args);
        this.body(node.body);
        this.exprs(node.decorator_list);
        if (!this.noann) node.returns = this.opt(node.returns);
        break;
      case K.ClassDef:
        for (const tp of node.type_params) this.type_param(tp as TypeParam);
        this.exprs(node.bases);
        this.keywords(node.keywords);
        this.body(node.body);
        this.exprs(node.decorator_list);
        break;
      case K.Return:
        node.value = this.opt(node.value);
        break;
      case K.Delete:
        this.exprs(node.targets);
        break;
      case K.Assign:
        this.exprs(node.targets);
        node.value = this.expr(node.value);
        break;
      case K.AugAssign:
        node.target = this.expr(node.target);
        node.value = this.expr(node.value);
        break;
      case K.AnnAssign:
        node.target = this.expr(node.target);
        if (!this.noann) node.annotation = this.expr(node.annotation);
        node.value = this.opt(node.value);
        break;
      case K.TypeAlias:
        node.name = this.expr(node.name);
        for (const tp of node.type_params) this.type_param(tp as TypeParam);
        node.value = this.expr(node.value);
        break;
      case K.For:
        node.target = this.expr(node.target);
        node.iter = this.expr(node.iter);
        this.stmts(node.body);
        this.stmts(node.orelse);
        node.iter = fold_iter(node.iter);
        break;
      case K.AsyncFor:
        node.target = this.expr(node.target);
        node.iter = this.expr(node.iter);
        this.stmts(node.body);
        this.stmts(node.orelse);
        break;
      case K.While:
      case K.If:
        node.test = this.expr(node.test);
        this.stmts(node.body);
        this.stmts(node.orelse);
        break;
      case K.With:
      case K.AsyncWith:
        for (const it of node.items) {
          it.context_expr = this.expr(it.context_expr);
          it.optional_vars = this.opt(it.optional_vars);
        }
        this.stmts(node.body);
        break;
      case K.Raise:
        node.exc = this.opt(node.exc);
        node.cause = this.opt(node.cause);
        break;
      case K.Try:
      case K.TryStar:
        this.stmts(node.body);
        for (const h of node.handlers as ast.ExceptHandler[]) {
          h.type = this.opt(h.type);
          this.stmts(h.body);
        }
        this.stmts(node.orelse);
        this.stmts(node.finalbody);
        break;
      case K.Assert:
        node.test = this.expr(node.test);
        node.msg = this.opt(node.msg);
        break;
      case K.Expr:
        node.value = this.expr(node.value);
        break;
      case K.Match:
        node.subject = this.expr(node.subject);
        for (const c of node.cases) {
          this.pattern(c.pattern as Pattern);
          c.guard = this.opt(c.guard);
          this.stmts(c.body);
        }
        break;
    }
    this.depth--;
  }

  pattern(p: Pattern): void {
    // Currently, this is really only used to form complex/negative numeric constants in MatchValue and
    // MatchMapping nodes. We still recurse into all subexpressions and subpatterns anyway.
    this.enter();
    switch (p._kind) {
      case K.MatchValue:
        p.value = this.expr(p.value);
        break;
      case K.MatchSequence:
      case K.MatchOr:
        for (const q of p.patterns) this.pattern(q as Pattern);
        break;
      case K.MatchMapping:
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q as Pattern);
        break;
      case K.MatchClass:
        p.cls = this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q as Pattern);
        for (const q of p.kwd_patterns) this.pattern(q as Pattern);
        break;
      case K.MatchAs:
        if (p.pattern !== null) this.pattern(p.pattern as Pattern);
        break;
    }
    this.depth--;
  }

  type_param(tp: TypeParam): void {
    if (tp._kind === K.TypeVar) tp.bound = this.opt(tp.bound);
  }
}

/** CPython 3.12: Python/ast_opt.c (_PyAST_Optimize). Mutates `mod`. */
export function _PyAST_Optimize(mod: ast.mod, state: _PyASTOptimizeState): void {
  const f = new Folder(state);
  const m = mod as Mod;
  switch (m._kind) {
    case K.Module:
      f.body(m.body);
      break;
    case K.Interactive:
      f.stmts(m.body);
      break;
    case K.Expression:
      m.body = f.expr(m.body);
      break;
  }
}
