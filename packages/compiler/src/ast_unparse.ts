/**
 * The limited unparser used to turn annotations back into strings under `from __future__ import annotations`
 * (not a full AST unparser: see Lib/ast.py's unparse for that).
 * CPython 3.12: Python/ast_unparse.c (_PyAST_ExprAsUnicode)
 */
import { type PyObject, PyTupleObject, PyTuple_Type, PyFloat_Type, PyComplex_Type, PyFloatObject, Py_Ellipsis, PyLong_CheckExact, PyUnicodeObject, _PyUnicode_Repr } from "@typhon/runtime";
import * as ast from "./Parser/ast.js";
import { NodeKind as K } from "./Parser/ast.js";
import { _PyCompile_ConstRepr, type Expr } from "./ast_opt.js";

/* Priority levels */
const PR_TUPLE = 0;
const PR_TEST = 1; /* 'if'-'else', 'lambda' */
const PR_OR = 2; /* 'or' */
const PR_AND = 3; /* 'and' */
const PR_NOT = 4; /* 'not' */
const PR_CMP = 5; /* '<', '>', '==', '>=', '<=', '!=', 'in', 'not in', 'is', 'is not' */
const PR_EXPR = 6;
const PR_BOR = PR_EXPR; /* '|' */
const PR_BXOR = 7; /* '^' */
const PR_BAND = 8; /* '&' */
const PR_SHIFT = 9; /* '<<', '>>' */
const PR_ARITH = 10; /* '+', '-' */
const PR_TERM = 11; /* '*', '@', '/', '%', '//' */
const PR_FACTOR = 12; /* unary '+', '-', '~' */
const PR_POWER = 13; /* '**' */
const PR_AWAIT = 14; /* 'await' */
const PR_ATOM = 15;

/** "1e%d" % (1 + DBL_MAX_10_EXP) */
const REPLACE_INF = "1e309";

class Writer {
  s = "";
  w(x: string): void {
    this.s += x;
  }
}

function append_repr(wr: Writer, obj: PyObject): void {
  let repr = _PyCompile_ConstRepr(obj);
  if ((typeof obj === "object" && obj.ob_type === PyFloat_Type && !Number.isFinite((obj as PyFloatObject).ob_fval) && !Number.isNaN((obj as PyFloatObject).ob_fval)) || (typeof obj === "object" && obj.ob_type === PyComplex_Type)) {
    repr = repr.split("inf").join(REPLACE_INF);
  }
  wr.w(repr);
}

function append_ast_boolop(wr: Writer, e: ast.BoolOp, level: number): void {
  const op = e.op._kind === K.And ? " and " : " or ";
  const pr = e.op._kind === K.And ? PR_AND : PR_OR;
  if (level > pr) wr.w("(");
  e.values.forEach((v, i) => {
    if (i > 0) wr.w(op);
    append_ast_expr(wr, v, pr + 1);
  });
  if (level > pr) wr.w(")");
}

function append_ast_binop(wr: Writer, e: ast.BinOp, level: number): void {
  let op: string;
  let pr: number;
  let rassoc = 0; /* is right-associative? */
  switch (e.op._kind) {
    case K.Add: op = " + "; pr = PR_ARITH; break;
    case K.Sub: op = " - "; pr = PR_ARITH; break;
    case K.Mult: op = " * "; pr = PR_TERM; break;
    case K.MatMult: op = " @ "; pr = PR_TERM; break;
    case K.Div: op = " / "; pr = PR_TERM; break;
    case K.Mod: op = " % "; pr = PR_TERM; break;
    case K.LShift: op = " << "; pr = PR_SHIFT; break;
    case K.RShift: op = " >> "; pr = PR_SHIFT; break;
    case K.BitOr: op = " | "; pr = PR_BOR; break;
    case K.BitXor: op = " ^ "; pr = PR_BXOR; break;
    case K.BitAnd: op = " & "; pr = PR_BAND; break;
    case K.FloorDiv: op = " // "; pr = PR_TERM; break;
    case K.Pow: op = " ** "; pr = PR_POWER; rassoc = 1; break;
    default:
      throw new Error("SystemError: unknown binary operator");
  }
  if (level > pr) wr.w("(");
  append_ast_expr(wr, e.left, pr + rassoc);
  wr.w(op);
  append_ast_expr(wr, e.right, pr + (rassoc ? 0 : 1));
  if (level > pr) wr.w(")");
}

function append_ast_unaryop(wr: Writer, e: ast.UnaryOp, level: number): void {
  let op: string;
  let pr: number;
  switch (e.op._kind) {
    case K.Invert: op = "~"; pr = PR_FACTOR; break;
    case K.Not: op = "not "; pr = PR_NOT; break;
    case K.UAdd: op = "+"; pr = PR_FACTOR; break;
    case K.USub: op = "-"; pr = PR_FACTOR; break;
    default:
      throw new Error("SystemError: unknown unary operator");
  }
  if (level > pr) wr.w("(");
  wr.w(op);
  append_ast_expr(wr, e.operand, pr);
  if (level > pr) wr.w(")");
}

function append_ast_arg(wr: Writer, arg: ast.arg): void {
  wr.w(arg.arg);
  if (arg.annotation !== null) {
    wr.w(": ");
    append_ast_expr(wr, arg.annotation, PR_TEST);
  }
}

function append_ast_args(wr: Writer, args: ast.arguments_): void {
  let first = true;
  const sep = (): void => {
    if (!first) wr.w(", ");
    first = false;
  };
  /* positional-only and positional arguments with defaults */
  const posonlyarg_count = args.posonlyargs.length;
  let arg_count = args.args.length;
  let default_count = args.defaults.length;
  for (let i = 0; i < posonlyarg_count + arg_count; i++) {
    sep();
    if (i < posonlyarg_count) append_ast_arg(wr, args.posonlyargs[i]);
    else append_ast_arg(wr, args.args[i - posonlyarg_count]);
    const di = i - posonlyarg_count - arg_count + default_count;
    if (di >= 0) {
      wr.w("=");
      append_ast_expr(wr, args.defaults[di], PR_TEST);
    }
    if (posonlyarg_count && i + 1 === posonlyarg_count) wr.w(", /");
  }
  /* vararg, or bare '*' if no varargs but keyword-only arguments present */
  if (args.vararg !== null || args.kwonlyargs.length) {
    sep();
    wr.w("*");
    if (args.vararg !== null) append_ast_arg(wr, args.vararg);
  }
  /* keyword-only arguments */
  arg_count = args.kwonlyargs.length;
  default_count = args.kw_defaults.length;
  for (let i = 0; i < arg_count; i++) {
    sep();
    append_ast_arg(wr, args.kwonlyargs[i]);
    const di = i - arg_count + default_count;
    if (di >= 0) {
      const default_ = args.kw_defaults[di];
      if (default_ !== null) {
        wr.w("=");
        append_ast_expr(wr, default_, PR_TEST);
      }
    }
  }
  /* **kwargs */
  if (args.kwarg !== null) {
    sep();
    wr.w("**");
    append_ast_arg(wr, args.kwarg);
  }
}

function append_ast_lambda(wr: Writer, e: ast.Lambda, level: number): void {
  if (level > PR_TEST) wr.w("(");
  const n_positional = e.args.args.length + e.args.posonlyargs.length;
  wr.w(n_positional ? "lambda " : "lambda");
  append_ast_args(wr, e.args);
  wr.w(": ");
  append_ast_expr(wr, e.body, PR_TEST);
  if (level > PR_TEST) wr.w(")");
}

function append_ast_ifexp(wr: Writer, e: ast.IfExp, level: number): void {
  if (level > PR_TEST) wr.w("(");
  append_ast_expr(wr, e.body, PR_TEST + 1);
  wr.w(" if ");
  append_ast_expr(wr, e.test, PR_TEST + 1);
  wr.w(" else ");
  append_ast_expr(wr, e.orelse, PR_TEST);
  if (level > PR_TEST) wr.w(")");
}

function append_ast_dict(wr: Writer, e: ast.Dict): void {
  wr.w("{");
  for (let i = 0; i < e.values.length; i++) {
    if (i > 0) wr.w(", ");
    const key_node = e.keys[i];
    if (key_node !== null) {
      append_ast_expr(wr, key_node, PR_TEST);
      wr.w(": ");
      append_ast_expr(wr, e.values[i], PR_TEST);
    } else {
      wr.w("**");
      append_ast_expr(wr, e.values[i], PR_EXPR);
    }
  }
  wr.w("}");
}

function append_elts(wr: Writer, open: string, elts: ast.expr[], close: string): void {
  wr.w(open);
  elts.forEach((el, i) => {
    if (i > 0) wr.w(", ");
    append_ast_expr(wr, el, PR_TEST);
  });
  wr.w(close);
}

function append_ast_tuple(wr: Writer, e: ast.Tuple, level: number): void {
  const elem_count = e.elts.length;
  if (elem_count === 0) {
    wr.w("()");
    return;
  }
  if (level > PR_TUPLE) wr.w("(");
  e.elts.forEach((el, i) => {
    if (i > 0) wr.w(", ");
    append_ast_expr(wr, el, PR_TEST);
  });
  if (elem_count === 1) wr.w(",");
  if (level > PR_TUPLE) wr.w(")");
}

function append_ast_comprehensions(wr: Writer, comprehensions: ast.comprehension[]): void {
  for (const gen of comprehensions) {
    wr.w(gen.is_async ? " async for " : " for ");
    append_ast_expr(wr, gen.target, PR_TUPLE);
    wr.w(" in ");
    append_ast_expr(wr, gen.iter, PR_TEST + 1);
    for (const if_ of gen.ifs) {
      wr.w(" if ");
      append_ast_expr(wr, if_, PR_TEST + 1);
    }
  }
}

function append_ast_genexp(wr: Writer, e: ast.GeneratorExp): void {
  wr.w("(");
  append_ast_expr(wr, e.elt, PR_TEST);
  append_ast_comprehensions(wr, e.generators);
  wr.w(")");
}

const CMP_OPS: Partial<Record<K, string>> = {
  [K.Eq]: " == ", [K.NotEq]: " != ", [K.Lt]: " < ", [K.LtE]: " <= ", [K.Gt]: " > ", [K.GtE]: " >= ", [K.Is]: " is ",
  [K.IsNot]: " is not ", [K.In]: " in ", [K.NotIn]: " not in ",
};

function append_ast_compare(wr: Writer, e: ast.Compare, level: number): void {
  if (level > PR_CMP) wr.w("(");
  append_ast_expr(wr, e.left, PR_CMP + 1);
  for (let i = 0; i < e.comparators.length; i++) {
    const op = CMP_OPS[e.ops[i]._kind];
    if (op === undefined) throw new Error("SystemError: unexpected comparison kind");
    wr.w(op);
    append_ast_expr(wr, e.comparators[i], PR_CMP + 1);
  }
  if (level > PR_CMP) wr.w(")");
}

function append_ast_call(wr: Writer, e: ast.Call): void {
  append_ast_expr(wr, e.func, PR_ATOM);
  const arg_count = e.args.length;
  const kw_count = e.keywords.length;
  if (arg_count === 1 && kw_count === 0) {
    const expr = e.args[0];
    if (expr._kind === K.GeneratorExp) {
      /* Special case: a single generator expression. */
      append_ast_genexp(wr, expr as ast.GeneratorExp);
      return;
    }
  }
  wr.w("(");
  let first = true;
  for (const a of e.args) {
    if (!first) wr.w(", ");
    first = false;
    append_ast_expr(wr, a, PR_TEST);
  }
  for (const kw of e.keywords) {
    if (!first) wr.w(", ");
    first = false;
    if (kw.arg === null) wr.w("**");
    else wr.w(kw.arg + "=");
    append_ast_expr(wr, kw.value, PR_TEST);
  }
  wr.w(")");
}

function escape_braces(orig: string): string {
  return orig.split("{").join("{{").split("}").join("}}");
}

function append_fstring_element(wr: Writer, e: ast.expr, is_format_spec: boolean): void {
  switch (e._kind) {
    case K.Constant:
      wr.w(escape_braces(((e as ast.Constant).value as PyUnicodeObject).value));
      return;
    case K.JoinedStr:
      append_joinedstr(wr, e as ast.JoinedStr, is_format_spec);
      return;
    case K.FormattedValue:
      append_formattedvalue(wr, e as ast.FormattedValue);
      return;
  }
  throw new Error("SystemError: unknown expression kind inside f-string");
}

/* Build body separately to enable wrapping the entire stream of Strs, Constants and FormattedValues in one
   opening and one closing quote. */
function build_fstring_body(values: ast.expr[], is_format_spec: boolean): string {
  const body = new Writer();
  for (const v of values) append_fstring_element(body, v, is_format_spec);
  return body.s;
}

function append_joinedstr(wr: Writer, e: ast.JoinedStr, is_format_spec: boolean): void {
  const body = build_fstring_body(e.values, is_format_spec);
  if (!is_format_spec) {
    wr.w("f");
    wr.w(_PyUnicode_Repr(body));
  } else {
    wr.w(body);
  }
}

function append_formattedvalue(wr: Writer, e: ast.FormattedValue): void {
  let outer_brace = "{";
  /* Grammar allows PR_TUPLE, but use >PR_TEST for adding parenthesis around a lambda with ':' */
  const temp_fv_str = expr_as_unicode(e.value, PR_TEST + 1);
  if (temp_fv_str.startsWith("{")) {
    /* Expression starts with a brace, split it with a space from the outer one. */
    outer_brace = "{ ";
  }
  wr.w(outer_brace);
  wr.w(temp_fv_str);
  if (e.conversion > 0) {
    switch (e.conversion) {
      case 97:
        wr.w("!a");
        break;
      case 114:
        wr.w("!r");
        break;
      case 115:
        wr.w("!s");
        break;
      default:
        throw new Error("SystemError: unknown f-value conversion kind");
    }
  }
  if (e.format_spec !== null) {
    wr.w(":");
    append_fstring_element(wr, e.format_spec, true);
  }
  wr.w("}");
}

function append_ast_constant(wr: Writer, constant: PyObject): void {
  if (typeof constant === "object" && constant.ob_type === PyTuple_Type) {
    const items = (constant as PyTupleObject).ob_item;
    wr.w("(");
    items.forEach((it, i) => {
      if (i > 0) wr.w(", ");
      append_ast_constant(wr, it);
    });
    if (items.length === 1) wr.w(",");
    wr.w(")");
    return;
  }
  append_repr(wr, constant);
}

function append_ast_attribute(wr: Writer, e: ast.Attribute): void {
  const v = e.value;
  append_ast_expr(wr, v, PR_ATOM);
  /* Special case: integers require a space for attribute access to be unambiguous. */
  const period = v._kind === K.Constant && PyLong_CheckExact((v as ast.Constant).value) ? " ." : ".";
  wr.w(period);
  wr.w(e.attr);
}

function append_ast_slice(wr: Writer, e: ast.Slice): void {
  if (e.lower !== null) append_ast_expr(wr, e.lower, PR_TEST);
  wr.w(":");
  if (e.upper !== null) append_ast_expr(wr, e.upper, PR_TEST);
  if (e.step !== null) {
    wr.w(":");
    append_ast_expr(wr, e.step, PR_TEST);
  }
}

function append_ast_subscript(wr: Writer, e: ast.Subscript): void {
  append_ast_expr(wr, e.value, PR_ATOM);
  let level = PR_TUPLE;
  const slice = e.slice;
  if (slice._kind === K.Tuple) {
    for (const element of (slice as ast.Tuple).elts) {
      if (element._kind === K.Starred) {
        ++level;
        break;
      }
    }
  }
  wr.w("[");
  append_ast_expr(wr, e.slice, level);
  wr.w("]");
}

function append_ast_expr(wr: Writer, e0: ast.expr, level: number): void {
  const e = e0 as Expr;
  switch (e._kind) {
    case K.BoolOp:
      return append_ast_boolop(wr, e, level);
    case K.BinOp:
      return append_ast_binop(wr, e, level);
    case K.UnaryOp:
      return append_ast_unaryop(wr, e, level);
    case K.Lambda:
      return append_ast_lambda(wr, e, level);
    case K.IfExp:
      return append_ast_ifexp(wr, e, level);
    case K.Dict:
      return append_ast_dict(wr, e);
    case K.Set:
      return append_elts(wr, "{", e.elts, "}");
    case K.GeneratorExp:
      return append_ast_genexp(wr, e);
    case K.ListComp:
      wr.w("[");
      append_ast_expr(wr, e.elt, PR_TEST);
      append_ast_comprehensions(wr, e.generators);
      wr.w("]");
      return;
    case K.SetComp:
      wr.w("{");
      append_ast_expr(wr, e.elt, PR_TEST);
      append_ast_comprehensions(wr, e.generators);
      wr.w("}");
      return;
    case K.DictComp:
      wr.w("{");
      append_ast_expr(wr, e.key, PR_TEST);
      wr.w(": ");
      append_ast_expr(wr, e.value, PR_TEST);
      append_ast_comprehensions(wr, e.generators);
      wr.w("}");
      return;
    case K.Yield:
      if (e.value === null) {
        wr.w("(yield)");
        return;
      }
      wr.w("(yield ");
      append_ast_expr(wr, e.value, PR_TEST);
      wr.w(")");
      return;
    case K.YieldFrom:
      wr.w("(yield from ");
      append_ast_expr(wr, e.value, PR_TEST);
      wr.w(")");
      return;
    case K.Await:
      if (level > PR_AWAIT) wr.w("(");
      wr.w("await ");
      append_ast_expr(wr, e.value, PR_ATOM);
      if (level > PR_AWAIT) wr.w(")");
      return;
    case K.Compare:
      return append_ast_compare(wr, e, level);
    case K.Call:
      return append_ast_call(wr, e);
    case K.Constant:
      if (e.value === Py_Ellipsis) {
        wr.w("...");
        return;
      }
      if (e.kind !== null) wr.w(e.kind);
      return append_ast_constant(wr, e.value);
    case K.JoinedStr:
      return append_joinedstr(wr, e, false);
    case K.FormattedValue:
      return append_formattedvalue(wr, e);
    /* The following exprs can be assignment targets. */
    case K.Attribute:
      return append_ast_attribute(wr, e);
    case K.Subscript:
      return append_ast_subscript(wr, e);
    case K.Starred:
      wr.w("*");
      append_ast_expr(wr, e.value, PR_EXPR);
      return;
    case K.Slice:
      return append_ast_slice(wr, e);
    case K.Name:
      wr.w(e.id);
      return;
    case K.List:
      return append_elts(wr, "[", e.elts, "]");
    case K.Tuple:
      return append_ast_tuple(wr, e, level);
    case K.NamedExpr:
      if (level > PR_TUPLE) wr.w("(");
      append_ast_expr(wr, e.target, PR_ATOM);
      wr.w(" := ");
      append_ast_expr(wr, e.value, PR_ATOM);
      if (level > PR_TUPLE) wr.w(")");
      return;
  }
  throw new Error("SystemError: unknown expression kind");
}

function expr_as_unicode(e: ast.expr, level: number): string {
  const wr = new Writer();
  append_ast_expr(wr, e, level);
  return wr.s;
}

/** CPython 3.12: Python/ast_unparse.c (_PyAST_ExprAsUnicode) */
export function _PyAST_ExprAsUnicode(e: ast.expr): string {
  return expr_as_unicode(e, PR_TEST);
}
