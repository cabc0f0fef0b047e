/**
 * Code generation for expressions, calls and comprehensions (PEP 709 inlining).
 * CPython 3.12: Python/compile.c (compiler_visit_expr1 and the functions it dispatches to).
 */
import {
  type PyObject, Py_None, Py_True, Py_False, Py_Ellipsis, PyLong_Check, PyUnicode_Type, PyBytes_Type, PyTuple_Type,
  PyUnicode_FromString, _PyTuple_FromArray, PyFrozenSet_New,
  BINARY_OP, BINARY_SLICE, BINARY_SUBSCR, BUILD_CONST_KEY_MAP, BUILD_LIST, BUILD_MAP, BUILD_SET, BUILD_SLICE,
  BUILD_STRING, BUILD_TUPLE, CALL, CALL_FUNCTION_EX, CALL_INTRINSIC_1, COMPARE_OP, CONTAINS_OP, COPY, DELETE_ATTR,
  DELETE_SUBSCR, DICT_MERGE, DICT_UPDATE, END_ASYNC_FOR, END_FOR, FORMAT_VALUE, FOR_ITER, GET_AITER, GET_ANEXT,
  GET_AWAITABLE, GET_ITER, GET_YIELD_FROM_ITER, IS_OP, JUMP, KW_NAMES, LIST_APPEND, LIST_EXTEND, LOAD_ATTR,
  LOAD_FAST, LOAD_FAST_AND_CLEAR, LOAD_METHOD, LOAD_SUPER_ATTR, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_ATTR,
  LOAD_ZERO_SUPER_METHOD, MAKE_CELL, MAP_ADD, NOP, POP_BLOCK, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_TOP,
  PUSH_NULL, RERAISE, RESUME, RETURN_VALUE, SETUP_FINALLY, SET_ADD, SET_UPDATE, STORE_ATTR, STORE_FAST_MAYBE_NULL,
  STORE_SLICE, STORE_SUBSCR, SWAP, UNARY_INVERT, UNARY_NEGATIVE, UNARY_NOT, UNPACK_EX, UNPACK_SEQUENCE, YIELD_VALUE,
  INTRINSIC_ASYNC_GEN_WRAP, INTRINSIC_LIST_TO_TUPLE, INTRINSIC_UNARY_POSITIVE, FVC_ASCII, FVC_NONE, FVC_REPR, FVC_STR,
  FVS_HAVE_SPEC, NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_INPLACE_ADD, NB_INPLACE_AND, NB_INPLACE_FLOOR_DIVIDE,
  NB_INPLACE_LSHIFT, NB_INPLACE_MATRIX_MULTIPLY, NB_INPLACE_MULTIPLY, NB_INPLACE_OR, NB_INPLACE_POWER,
  NB_INPLACE_REMAINDER, NB_INPLACE_RSHIFT, NB_INPLACE_SUBTRACT, NB_INPLACE_TRUE_DIVIDE, NB_INPLACE_XOR, NB_LSHIFT,
  NB_MATRIX_MULTIPLY, NB_MULTIPLY, NB_OR, NB_POWER, NB_REMAINDER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR,
  Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE, compare_masks, PyObject_RichCompareBool, PyExceptionInstance_Check,
} from "@typhon/runtime";
import * as ast from "./Parser/ast.js";
import { NodeKind as K } from "./Parser/ast.js";
import { isSpine, type Expr } from "./ast_opt.js";
import {
  _PySymtable_Lookup, _PyST_GetScope, _PyST_GetSymbol, _PyST_IsFunctionLike, type Location, BlockType, DEF_IMPORT,
  DEF_LOCAL, DEF_NONLOCAL, SCOPE_OFFSET, SCOPE_MASK, CELL, FREE, GLOBAL_IMPLICIT,
} from "./symtable.js";
import {
  type Compiler, fblocktype, ScopeType, Ctx, LOC, LOCATION, NO_LOCATION, NO_LABEL, STACK_USE_GUIDELINE, ctxOf,
  COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP,
} from "./compile.js";
import { compiler_add_yield_from, compiler_check_debug_args, compiler_default_arguments, wrap_in_stopiteration_handler } from "./compile_stmt.js";

/* ------------------------------------------------------------------ operators */

/** CPython 3.12: unaryop */
function unaryop(op: ast.unaryop): number {
  switch (op._kind) {
    case K.Invert:
      return UNARY_INVERT;
    case K.Not:
      return UNARY_NOT;
    case K.USub:
      return UNARY_NEGATIVE;
  }
  throw new Error(`SystemError: unary op ${op._kind} should not be possible`);
}

/** CPython 3.12: addop_binary (ADDOP_BINARY / ADDOP_INPLACE) */
export function addop_binary(c: Compiler, loc: Location, binop: ast.operator, inplace: boolean): void {
  let oparg: number;
  switch (binop._kind) {
    case K.Add:
      oparg = inplace ? NB_INPLACE_ADD : NB_ADD;
      break;
    case K.Sub:
      oparg = inplace ? NB_INPLACE_SUBTRACT : NB_SUBTRACT;
      break;
    case K.Mult:
      oparg = inplace ? NB_INPLACE_MULTIPLY : NB_MULTIPLY;
      break;
    case K.MatMult:
      oparg = inplace ? NB_INPLACE_MATRIX_MULTIPLY : NB_MATRIX_MULTIPLY;
      break;
    case K.Div:
      oparg = inplace ? NB_INPLACE_TRUE_DIVIDE : NB_TRUE_DIVIDE;
      break;
    case K.Mod:
      oparg = inplace ? NB_INPLACE_REMAINDER : NB_REMAINDER;
      break;
    case K.Pow:
      oparg = inplace ? NB_INPLACE_POWER : NB_POWER;
      break;
    case K.LShift:
      oparg = inplace ? NB_INPLACE_LSHIFT : NB_LSHIFT;
      break;
    case K.RShift:
      oparg = inplace ? NB_INPLACE_RSHIFT : NB_RSHIFT;
      break;
    case K.BitOr:
      oparg = inplace ? NB_INPLACE_OR : NB_OR;
      break;
    case K.BitXor:
      oparg = inplace ? NB_INPLACE_XOR : NB_XOR;
      break;
    case K.BitAnd:
      oparg = inplace ? NB_INPLACE_AND : NB_AND;
      break;
    case K.FloorDiv:
      oparg = inplace ? NB_INPLACE_FLOOR_DIVIDE : NB_FLOOR_DIVIDE;
      break;
    default:
      throw new Error(`SystemError: ${inplace ? "inplace" : "binary"} op ${binop._kind} should not be possible`);
  }
  c.addop_i(loc, BINARY_OP, oparg);
}

/** CPython 3.12: addop_yield (ADDOP_YIELD) */
function addop_yield(c: Compiler, loc: Location): void {
  if (c.u.u_ste.ste_generator && c.u.u_ste.ste_coroutine) c.addop_i(loc, CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP);
  c.addop_i(loc, YIELD_VALUE, 0);
  c.addop_i(loc, RESUME, 1);
}

/** CPython 3.12: compiler_addcompare (ADDOP_COMPARE) */
function compiler_addcompare(c: Compiler, loc: Location, op: ast.cmpop): void {
  let cmp: number;
  switch (op._kind) {
    case K.Eq:
      cmp = Py_EQ;
      break;
    case K.NotEq:
      cmp = Py_NE;
      break;
    case K.Lt:
      cmp = Py_LT;
      break;
    case K.LtE:
      cmp = Py_LE;
      break;
    case K.Gt:
      cmp = Py_GT;
      break;
    case K.GtE:
      cmp = Py_GE;
      break;
    case K.Is:
      c.addop_i(loc, IS_OP, 0);
      return;
    case K.IsNot:
      c.addop_i(loc, IS_OP, 1);
      return;
    case K.In:
      c.addop_i(loc, CONTAINS_OP, 0);
      return;
    case K.NotIn:
      c.addop_i(loc, CONTAINS_OP, 1);
      return;
    default:
      throw new Error("unreachable");
  }
  /* cmp goes in top bits of the oparg, while the low bits are used by quickened versions of this opcode to store
   * the comparison mask. */
  c.addop_i(loc, COMPARE_OP, (cmp << 4) | compare_masks[cmp]);
}

/* ------------------------------------------------------------------ conditions */

/** CPython 3.12: compiler_jump_if */
export function compiler_jump_if(c: Compiler, loc: Location, e0: ast.expr, next: number, cond: boolean): void {
  const e = e0 as Expr;
  switch (e._kind) {
    case K.UnaryOp:
      if (e.op._kind === K.Not) return compiler_jump_if(c, loc, e.operand, next, !cond);
      /* fallback to general implementation */
      break;
    case K.BoolOp: {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op._kind === K.Or;
      let next2 = next;
      if (!cond2 !== !cond) next2 = c.new_label();
      for (let i = 0; i < n; ++i) compiler_jump_if(c, loc, s[i], next2, cond2);
      compiler_jump_if(c, loc, s[n], next, cond);
      if (next2 !== next) c.use_label(next2);
      return;
    }
    case K.IfExp: {
      const end = c.new_label();
      const next2 = c.new_label();
      compiler_jump_if(c, loc, e.test, next2, false);
      compiler_jump_if(c, loc, e.body, next, cond);
      c.addop_j(NO_LOCATION, JUMP, end);
      c.use_label(next2);
      compiler_jump_if(c, loc, e.orelse, next, cond);
      c.use_label(end);
      return;
    }
    case K.Compare: {
      const n = e.ops.length - 1;
      if (n > 0) {
        check_compare(c, e);
        const cleanup = c.new_label();
        c.visit_expr(e.left);
        for (let i = 0; i < n; i++) {
          c.visit_expr(e.comparators[i]);
          c.addop_i(LOC(e), SWAP, 2);
          c.addop_i(LOC(e), COPY, 2);
          compiler_addcompare(c, LOC(e), e.ops[i]);
          c.addop_j(LOC(e), POP_JUMP_IF_FALSE, cleanup);
        }
        c.visit_expr(e.comparators[n]);
        compiler_addcompare(c, LOC(e), e.ops[n]);
        c.addop_j(LOC(e), cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
        const end = c.new_label();
        c.addop_j(NO_LOCATION, JUMP, end);
        c.use_label(cleanup);
        c.addop(LOC(e), POP_TOP);
        if (!cond) c.addop_j(NO_LOCATION, JUMP, next);
        c.use_label(end);
        return;
      }
      /* fallback to general implementation */
      break;
    }
    default:
      /* fallback to general implementation */
      break;
  }
  /* general implementation */
  c.visit_expr(e);
  c.addop_j(LOC(e), cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
}

/** CPython 3.12: compiler_ifexp */
function compiler_ifexp(c: Compiler, e: ast.IfExp): void {
  const end = c.new_label();
  const next = c.new_label();
  compiler_jump_if(c, LOC(e), e.test, next, false);
  c.visit_expr(e.body);
  c.addop_j(NO_LOCATION, JUMP, end);
  c.use_label(next);
  c.visit_expr(e.orelse);
  c.use_label(end);
}

/** CPython 3.12: compiler_lambda */
function compiler_lambda(c: Compiler, e: ast.Lambda): void {
  const args = e.args;
  compiler_check_debug_args(c, args);
  const loc = LOC(e);
  const funcflags = compiler_default_arguments(c, loc, args);
  c.compiler_enter_scope("<lambda>", ScopeType.COMPILER_SCOPE_LAMBDA, e, e.lineno);
  /* Make None the first constant, so the lambda can't have a docstring. */
  c.compiler_add_const(Py_None);
  c.u.u_metadata.u_argcount = args.args.length;
  c.u.u_metadata.u_posonlyargcount = args.posonlyargs.length;
  c.u.u_metadata.u_kwonlyargcount = args.kwonlyargs.length;
  c.visit_expr(e.body);
  let co;
  if (c.u.u_ste.ste_generator) {
    co = c.optimize_and_assemble(false);
  } else {
    c.addop(LOC(e.body), RETURN_VALUE); // CPython 3.12.4+: the body's location
    co = c.optimize_and_assemble(true);
  }
  c.compiler_exit_scope();
  c.compiler_make_closure(loc, co, funcflags);
}

/** CPython 3.12: compiler_boolop */
function compiler_boolop(c: Compiler, e: ast.BoolOp): void {
  const loc = LOC(e);
  const jumpi = e.op._kind === K.And ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
  const end = c.new_label();
  const s = e.values;
  const n = s.length - 1;
  for (let i = 0; i < n; ++i) {
    c.visit_expr(s[i]);
    c.addop_i(loc, COPY, 1);
    c.addop_j(loc, jumpi, end);
    c.addop(loc, POP_TOP);
  }
  c.visit_expr(s[n]);
  c.use_label(end);
}

/* ------------------------------------------------------------------ displays and unpacking */

function are_all_items_const(seq: readonly (ast.expr | null)[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const key = seq[i];
    if (key === null || key._kind !== K.Constant) return false;
  }
  return true;
}

/** CPython 3.12: starunpack_helper */
function starunpack_helper(c: Compiler, loc: Location, elts: readonly ast.expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && are_all_items_const(elts, 0, n)) {
    let folded: PyObject = _PyTuple_FromArray(elts.map((el) => (el as ast.Constant).value));
    if (tuple && !pushed) {
      c.addop_load_const(loc, folded);
    } else {
      if (add === SET_ADD) folded = PyFrozenSet_New(folded);
      c.addop_i(loc, build, pushed);
      c.addop_load_const(loc, folded);
      c.addop_i(loc, extend, 1);
      if (tuple) c.addop_i(loc, CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  let seen_star = false;
  for (const elt of elts) {
    if (elt._kind === K.Starred) {
      seen_star = true;
      break;
    }
  }
  if (!seen_star && !big) {
    for (const elt of elts) c.visit_expr(elt);
    if (tuple) c.addop_i(loc, BUILD_TUPLE, n + pushed);
    else c.addop_i(loc, build, n + pushed);
    return;
  }
  let sequence_built = false;
  if (big) {
    c.addop_i(loc, build, pushed);
    sequence_built = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._kind === K.Starred) {
      if (!sequence_built) {
        c.addop_i(loc, build, i + pushed);
        sequence_built = true;
      }
      c.visit_expr((elt as ast.Starred).value);
      c.addop_i(loc, extend, 1);
    } else {
      c.visit_expr(elt);
      if (sequence_built) c.addop_i(loc, add, 1);
    }
  }
  if (tuple) c.addop_i(loc, CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE);
}

/** CPython 3.12: unpack_helper */
function unpack_helper(c: Compiler, loc: Location, elts: readonly ast.expr[]): void {
  const n = elts.length;
  let seen_star = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._kind === K.Starred && !seen_star) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.compiler_error(loc, "too many expressions in star-unpacking assignment");
      c.addop_i(loc, UNPACK_EX, i + ((n - i - 1) << 8));
      seen_star = true;
    } else if (elt._kind === K.Starred) {
      c.compiler_error(loc, "multiple starred expressions in assignment");
    }
  }
  if (!seen_star) c.addop_i(loc, UNPACK_SEQUENCE, n);
}

/** CPython 3.12: assignment_helper */
function assignment_helper(c: Compiler, loc: Location, elts: readonly ast.expr[]): void {
  unpack_helper(c, loc, elts);
  for (const elt of elts) c.visit_expr(elt._kind !== K.Starred ? elt : (elt as ast.Starred).value);
}

/** CPython 3.12: compiler_list */
function compiler_list(c: Compiler, e: ast.List): void {
  const loc = LOC(e);
  const ctx = ctxOf(e.ctx);
  if (ctx === Ctx.Store) assignment_helper(c, loc, e.elts);
  else if (ctx === Ctx.Load) starunpack_helper(c, loc, e.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
  else c.visit_exprs(e.elts);
}

/** CPython 3.12: compiler_tuple */
function compiler_tuple(c: Compiler, e: ast.Tuple): void {
  const loc = LOC(e);
  const ctx = ctxOf(e.ctx);
  if (ctx === Ctx.Store) assignment_helper(c, loc, e.elts);
  else if (ctx === Ctx.Load) starunpack_helper(c, loc, e.elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
  else c.visit_exprs(e.elts);
}

/** CPython 3.12: compiler_set */
function compiler_set(c: Compiler, e: ast.Set): void {
  starunpack_helper(c, LOC(e), e.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
}

/** CPython 3.12: compiler_subdict */
function compiler_subdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const loc = LOC(e);
  if (n > 1 && !big && are_all_items_const(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) c.visit_expr(e.values[i]);
    const keys: PyObject[] = [];
    for (let i = begin; i < end; i++) keys.push((e.keys[i] as ast.Constant).value);
    c.addop_load_const(loc, _PyTuple_FromArray(keys));
    c.addop_i(loc, BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addop_i(loc, BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.visit_expr(e.keys[i]!);
    c.visit_expr(e.values[i]);
    if (big) c.addop_i(loc, MAP_ADD, 1);
  }
  if (!big) c.addop_i(loc, BUILD_MAP, n);
}

/** CPython 3.12: compiler_dict */
function compiler_dict(c: Compiler, e: ast.Dict): void {
  const loc = LOC(e);
  const n = e.values.length;
  let have_dict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const is_unpacking = e.keys[i] === null;
    if (is_unpacking) {
      if (elements) {
        compiler_subdict(c, e, i - elements, i);
        if (have_dict) c.addop_i(loc, DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        c.addop_i(loc, BUILD_MAP, 0);
        have_dict = true;
      }
      c.visit_expr(e.values[i]);
      c.addop_i(loc, DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compiler_subdict(c, e, i - elements, i + 1);
      if (have_dict) c.addop_i(loc, DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compiler_subdict(c, e, n - elements, n);
    if (have_dict) c.addop_i(loc, DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) c.addop_i(loc, BUILD_MAP, 0);
}

/** CPython 3.12: compiler_compare */
function compiler_compare(c: Compiler, e: ast.Compare): void {
  const loc = LOC(e);
  check_compare(c, e);
  c.visit_expr(e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    c.visit_expr(e.comparators[0]);
    compiler_addcompare(c, loc, e.ops[0]);
  } else {
    const cleanup = c.new_label();
    for (let i = 0; i < n; i++) {
      c.visit_expr(e.comparators[i]);
      c.addop_i(loc, SWAP, 2);
      c.addop_i(loc, COPY, 2);
      compiler_addcompare(c, loc, e.ops[i]);
      c.addop_i(loc, COPY, 1);
      c.addop_j(loc, POP_JUMP_IF_FALSE, cleanup);
      c.addop(loc, POP_TOP);
    }
    c.visit_expr(e.comparators[n]);
    compiler_addcompare(c, loc, e.ops[n]);
    const end = c.new_label();
    c.addop_j(NO_LOCATION, JUMP, end);
    c.use_label(cleanup);
    c.addop_i(loc, SWAP, 2);
    c.addop(loc, POP_TOP);
    c.use_label(end);
  }
}

/* ------------------------------------------------------------------ calls and attributes */

/** CPython 3.12: is_import_originated. Whether the global scope has an import named e, if it is a Name. */
function is_import_originated(c: Compiler, e: ast.expr): boolean {
  if (e._kind !== K.Name) return false;
  const flags = _PyST_GetSymbol(c.c_st.st_top, (e as ast.Name).id);
  return (flags & DEF_IMPORT) !== 0;
}

/** CPython 3.12: can_optimize_super_call */
function can_optimize_super_call(c: Compiler, attr: ast.Attribute): boolean {
  const e = attr.value;
  if (e._kind !== K.Call) return false;
  const call = e as ast.Call;
  if (call.func._kind !== K.Name || (call.func as ast.Name).id !== "super" || attr.attr === "__class__" || call.keywords.length !== 0) return false;
  const num_args = call.args.length;
  const super_name = (call.func as ast.Name).id;
  // detect statically-visible shadowing of 'super' name
  let scope = _PyST_GetScope(c.u.u_ste, super_name);
  if (scope !== GLOBAL_IMPLICIT) return false;
  scope = _PyST_GetScope(c.c_st.st_top, super_name);
  if (scope !== 0) return false;
  if (num_args === 2) {
    for (const elt of call.args) if (elt._kind === K.Starred) return false;
    // exactly two non-starred args; we can just load the provided args
    return true;
  }
  if (num_args !== 0) return false;
  // we need the following for zero-arg super():
  // enclosing function should have at least one argument
  if (c.u.u_metadata.u_argcount === 0 && c.u.u_metadata.u_posonlyargcount === 0) return false;
  // __class__ cell should be available
  return c.get_ref_type("__class__") === FREE;
}

/** CPython 3.12: load_args_for_super */
function load_args_for_super(c: Compiler, e: ast.Call): void {
  const loc = LOC(e);
  // load super() global
  const super_name = (e.func as ast.Name).id;
  c.compiler_nameop(LOC(e.func), super_name, Ctx.Load);
  if (e.args.length === 2) {
    c.visit_expr(e.args[0]);
    c.visit_expr(e.args[1]);
    return;
  }
  // load __class__ cell
  c.compiler_nameop(loc, "__class__", Ctx.Load);
  // load self (first argument)
  const first = c.u.u_metadata.u_varnames.keys().next();
  if (first.done) throw new Error("SystemError: no first argument for super()");
  c.compiler_nameop(loc, first.value, Ctx.Load);
}

/** If an attribute access spans multiple lines, update the current start location to point to the attribute
 * name. CPython 3.12: update_start_location_to_match_attr */
export function update_start_location_to_match_attr(_c: Compiler, loc: Location, attr: ast.Attribute): Location {
  if (loc.lineno !== attr.end_lineno) {
    let lineno = attr.end_lineno;
    let col_offset = loc.col_offset;
    let end_col_offset = loc.end_col_offset;
    const len = pyStrLength(attr.attr);
    if (len <= attr.end_col_offset) {
      col_offset = attr.end_col_offset - len;
    } else {
      // GH-94694: Somebody's compiling weird ASTs. Just drop the columns:
      col_offset = -1;
      end_col_offset = -1;
    }
    // Make sure the end position still follows the start position, even for weird ASTs:
    const end_lineno = Math.max(lineno, loc.end_lineno);
    if (lineno === end_lineno) end_col_offset = Math.max(col_offset, end_col_offset);
    lineno = lineno | 0;
    return LOCATION(lineno, end_lineno, col_offset, end_col_offset);
  }
  return loc;
}

/** PyUnicode_GET_LENGTH of an identifier (code points). */
function pyStrLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Return true if the method call was optimized. CPython 3.12: maybe_optimize_method_call */
function maybe_optimize_method_call(c: Compiler, e: ast.Call): boolean {
  if (!method_call_applicable(c, e)) return false;
  const attr = e.func as ast.Attribute;
  /* Alright, we can optimize the code. */
  if (can_optimize_super_call(c, attr)) {
    let loc: Location = LOC(attr);
    const call = attr.value as ast.Call;
    load_args_for_super(c, call);
    const opcode = call.args.length ? LOAD_SUPER_METHOD : LOAD_ZERO_SUPER_METHOD;
    c.addop_name(loc, opcode, c.u.u_metadata.u_names, attr.attr);
    loc = update_start_location_to_match_attr(c, loc, attr);
    c.addop(loc, NOP);
    method_call_args(c, e, loc);
  } else {
    c.visit_expr(attr.value);
    method_call_post(c, e);
  }
  return true;
}

/** maybe_optimize_method_call's conditions: `obj.meth(args)` with few, plain arguments, obj not imported. */
function method_call_applicable(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  const args = e.args;
  const kwds = e.keywords;
  /* Check that the call node is an attribute access */
  if (meth._kind !== K.Attribute || (meth as ast.Attribute).ctx._kind !== K.Load) return false;
  /* Check that the base object is not something that is imported */
  if (is_import_originated(c, (meth as ast.Attribute).value)) return false;
  /* Check that there aren't too many arguments */
  const argsl = args.length;
  const kwdsl = kwds.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  /* Check that there are no *varargs types of arguments. */
  for (const elt of args) if (elt._kind === K.Starred) return false;
  for (const kw of kwds) if (kw.arg === null) return false;
  return true;
}

/** The method call after its object is on the stack: LOAD_ATTR (method form), the arguments, CALL. */
function method_call_post(c: Compiler, e: ast.Call): void {
  const attr = e.func as ast.Attribute;
  const loc = update_start_location_to_match_attr(c, LOC(attr), attr);
  c.addop_name(loc, LOAD_METHOD, c.u.u_metadata.u_names, attr.attr);
  method_call_args(c, e, loc);
}

function method_call_args(c: Compiler, e: ast.Call, loc: Location): void {
  const attr = e.func as ast.Attribute;
  const kwds = e.keywords;
  const kwdsl = kwds.length;
  c.visit_exprs(e.args);
  if (kwdsl) {
    for (const k of kwds) c.visit_expr(k.value);
    compiler_call_simple_kw_helper(c, loc, kwds, kwdsl);
  }
  loc = update_start_location_to_match_attr(c, LOC(e), attr);
  c.addop_i(loc, CALL, e.args.length + kwdsl);
}

/** CPython 3.12: validate_keywords */
function validate_keywords(c: Compiler, keywords: readonly ast.keyword[]): void {
  const nkeywords = keywords.length;
  for (let i = 0; i < nkeywords; i++) {
    const key = keywords[i];
    if (key.arg === null) continue;
    c.forbidden_name(LOC(key), key.arg, Ctx.Store);
    for (let j = i + 1; j < nkeywords; j++) {
      const other = keywords[j];
      if (other.arg !== null && other.arg === key.arg) c.compiler_error(LOC(other), `keyword argument repeated: ${key.arg}`);
    }
  }
}

/** The type of the value `e` evaluates to, when the expression kind tells. CPython 3.12: infer_type */
function infer_type(e: ast.expr): string | null {
  switch (e._kind) {
    case K.Tuple:
      return "tuple";
    case K.List:
    case K.ListComp:
      return "list";
    case K.Dict:
    case K.DictComp:
      return "dict";
    case K.Set:
    case K.SetComp:
      return "set";
    case K.GeneratorExp:
      return "generator";
    case K.Lambda:
      return "function";
    case K.JoinedStr:
    case K.FormattedValue:
      return "str";
    case K.Constant: {
      const v = (e as ast.Constant).value;
      return typeof v === "object" ? v.ob_type.tp_name : "int";
    }
    default:
      return null;
  }
}

/** CPython 3.12: check_caller */
function check_caller(c: Compiler, e: ast.expr): void {
  switch (e._kind) {
    case K.Constant:
    case K.Tuple:
    case K.List:
    case K.ListComp:
    case K.Dict:
    case K.DictComp:
    case K.Set:
    case K.SetComp:
    case K.GeneratorExp:
    case K.JoinedStr:
    case K.FormattedValue:
      c.compiler_warn(LOC(e), `'${infer_type(e)}' object is not callable; perhaps you missed a comma?`);
  }
}

/** CPython 3.12: check_subscripter */
function check_subscripter(c: Compiler, e: ast.expr): void {
  let warn = false;
  switch (e._kind) {
    case K.Constant: {
      const v = (e as ast.Constant).value;
      const t = typeof v === "object" ? v.ob_type.tp_name : "int";
      warn = v === Py_None || v === Py_Ellipsis || PyLong_Check(v) || t === "float" || t === "complex" || t === "frozenset";
      break;
    }
    case K.Set:
    case K.SetComp:
    case K.GeneratorExp:
    case K.Lambda:
      warn = true;
  }
  if (warn) c.compiler_warn(LOC(e), `'${infer_type(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

/** CPython 3.12: check_index */
function check_index(c: Compiler, e: ast.expr, s: ast.expr): void {
  const index_type = infer_type(s);
  if (index_type === null || index_type === "int" || index_type === "bool" || s._kind === K.Slice) return;
  let warn = false;
  switch (e._kind) {
    case K.Constant: {
      const v = (e as ast.Constant).value;
      const t = typeof v === "object" ? v.ob_type : null;
      warn = t === PyUnicode_Type || t === PyBytes_Type || t === PyTuple_Type;
      break;
    }
    case K.Tuple:
    case K.List:
    case K.ListComp:
    case K.JoinedStr:
    case K.FormattedValue:
      warn = true;
  }
  if (warn) c.compiler_warn(LOC(e), `${infer_type(e)} indices must be integers or slices, not ${index_type}; perhaps you missed a comma?`);
}

/** An operand of `is` that is not a literal (a named singleton is fine). CPython 3.12: check_is_arg */
function check_is_arg(e: ast.expr): boolean {
  if (e._kind !== K.Constant) return true;
  const v = (e as ast.Constant).value;
  return v === Py_None || v === Py_False || v === Py_True || v === Py_Ellipsis;
}

/**
 * Check operands of identity checks ("is" and "is not"): warn if any operand is a constant except named
 * singletons. CPython 3.12: check_compare
 */
export function check_compare(c: Compiler, e: ast.Compare): void {
  let left = check_is_arg(e.left);
  let left_expr = e.left;
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]._kind;
    const right_expr = e.comparators[i];
    const right = check_is_arg(right_expr);
    if ((op === K.Is || op === K.IsNot) && (!right || !left)) {
      const literal = !left ? left_expr : right_expr;
      const t = infer_type(literal);
      c.compiler_warn(
        LOC(e),
        op === K.Is ? `"is" with '${t}' literal. Did you mean "=="?` : `"is not" with '${t}' literal. Did you mean "!="?`,
      );
      return;
    }
    left = right;
    left_expr = right_expr;
  }
}

/** CPython 3.12: compiler_call */
function compiler_call(c: Compiler, e: ast.Call): void {
  validate_keywords(c, e.keywords);
  if (maybe_optimize_method_call(c, e)) return;
  check_caller(c, e.func);
  c.addop(LOC(e.func), PUSH_NULL);
  c.visit_expr(e.func);
  compiler_call_helper(c, LOC(e), 0, e.args, e.keywords);
}

/**
 * A left spine (`a + b + c + ...`, `a.b(x).c[0].d`: BinOp.left, Attribute.value, Subscript.value, Call.func)
 * compiled iteratively, with exactly the instructions (and warnings, errors) of the recursion: the work each node
 * does before visiting its spine child, outermost first; then the innermost expression; then the work after,
 * innermost first. Long chains thus do not overflow the JS stack.
 */
function compiler_visit_spine(c: Compiler, e0: ast.expr): void {
  const SP_BINOP = 0, SP_ATTR = 1, SP_SUBSCR = 2, SP_METHOD = 3, SP_CALL = 4;
  const nodes: ast.expr[] = [];
  const kinds: number[] = [];
  let n: ast.expr = e0;
  for (;;) {
    const k = n._kind;
    if (k === K.BinOp) {
      nodes.push(n);
      kinds.push(SP_BINOP);
      n = (n as ast.BinOp).left;
    } else if (k === K.Attribute) {
      const a = n as ast.Attribute;
      if (a.ctx._kind === K.Load && can_optimize_super_call(c, a)) break;
      nodes.push(n);
      kinds.push(SP_ATTR);
      n = a.value;
    } else if (k === K.Subscript) {
      const sub = n as ast.Subscript;
      if (sub.ctx._kind === K.Load) {
        check_subscripter(c, sub.value);
        check_index(c, sub.value, sub.slice);
      }
      nodes.push(n);
      kinds.push(SP_SUBSCR);
      n = sub.value;
    } else if (k === K.Call) {
      const call = n as ast.Call;
      const method = method_call_applicable(c, call);
      if (method && can_optimize_super_call(c, call.func as ast.Attribute)) break;
      validate_keywords(c, call.keywords);
      nodes.push(n);
      if (method) {
        kinds.push(SP_METHOD);
        n = (call.func as ast.Attribute).value;
      } else {
        check_caller(c, call.func);
        c.addop(LOC(call.func), PUSH_NULL);
        kinds.push(SP_CALL);
        n = call.func;
      }
    } else break;
  }
  // the innermost expression (a super() attribute or method call ends the spine: compiled as the recursion does)
  if (n === e0) {
    if (n._kind === K.Call) compiler_call(c, n as ast.Call);
    else compiler_attribute(c, n as ast.Attribute);
    return;
  }
  c.visit_expr(n);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const e = nodes[i];
    switch (kinds[i]) {
      case SP_BINOP:
        c.visit_expr((e as ast.BinOp).right);
        addop_binary(c, LOC(e), (e as ast.BinOp).op, false);
        break;
      case SP_ATTR:
        attribute_post(c, e as ast.Attribute);
        break;
      case SP_SUBSCR:
        subscript_post(c, e as ast.Subscript);
        break;
      case SP_METHOD:
        method_call_post(c, e as ast.Call);
        break;
      case SP_CALL:
        compiler_call_helper(c, LOC(e), 0, (e as ast.Call).args, (e as ast.Call).keywords);
        break;
    }
  }
}

/** CPython 3.12: compiler_joined_str */
function compiler_joined_str(c: Compiler, e: ast.JoinedStr): void {
  const loc = LOC(e);
  const value_count = e.values.length;
  if (value_count > STACK_USE_GUIDELINE) {
    c.addop_load_const(loc, PyUnicode_FromString(""));
    c.addop_name(loc, LOAD_METHOD, c.u.u_metadata.u_names, "join");
    c.addop_i(loc, BUILD_LIST, 0);
    for (const v of e.values) {
      c.visit_expr(v);
      c.addop_i(loc, LIST_APPEND, 1);
    }
    c.addop_i(loc, CALL, 1);
  } else {
    c.visit_exprs(e.values);
    if (e.values.length !== 1) c.addop_i(loc, BUILD_STRING, e.values.length);
  }
}

/** Used to implement f-strings. Format a single value. CPython 3.12: compiler_formatted_value */
function compiler_formatted_value(c: Compiler, e: ast.FormattedValue): void {
  const conversion = e.conversion;
  let oparg: number;
  /* The expression to be formatted. */
  c.visit_expr(e.value);
  switch (conversion) {
    case 115 /* 's' */:
      oparg = FVC_STR;
      break;
    case 114 /* 'r' */:
      oparg = FVC_REPR;
      break;
    case 97 /* 'a' */:
      oparg = FVC_ASCII;
      break;
    case -1:
      oparg = FVC_NONE;
      break;
    default:
      throw new Error(`SystemError: Unrecognized conversion character ${conversion}`);
  }
  if (e.format_spec !== null) {
    /* Evaluate the format spec, and update our opcode arg. */
    c.visit_expr(e.format_spec);
    oparg |= FVS_HAVE_SPEC;
  }
  /* And push our opcode and oparg */
  c.addop_i(LOC(e), FORMAT_VALUE, oparg);
}

/** CPython 3.12: compiler_subkwargs */
function compiler_subkwargs(c: Compiler, loc: Location, keywords: readonly ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) c.visit_expr(keywords[i].value);
    const keys: PyObject[] = [];
    for (let i = begin; i < end; i++) keys.push(PyUnicode_FromString(keywords[i].arg!));
    c.addop_load_const(loc, _PyTuple_FromArray(keys));
    c.addop_i(loc, BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addop_i(NO_LOCATION, BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    const kw = keywords[i];
    c.addop_load_const(loc, PyUnicode_FromString(kw.arg!));
    c.visit_expr(kw.value);
    if (big) c.addop_i(NO_LOCATION, MAP_ADD, 1);
  }
  if (!big) c.addop_i(loc, BUILD_MAP, n);
}

/** Used by compiler_call_helper and maybe_optimize_method_call to emit KW_NAMES before CALL.
 * CPython 3.12: compiler_call_simple_kw_helper */
function compiler_call_simple_kw_helper(c: Compiler, loc: Location, keywords: readonly ast.keyword[], nkwelts: number): void {
  const names: PyObject[] = [];
  for (let i = 0; i < nkwelts; i++) names.push(PyUnicode_FromString(keywords[i].arg!));
  const arg = c.compiler_add_const(_PyTuple_FromArray(names));
  c.addop_i(loc, KW_NAMES, arg);
}

/** shared code between compiler_call and compiler_class. CPython 3.12: compiler_call_helper */
export function compiler_call_helper(c: Compiler, loc: Location, n: number /* Args already pushed */, args: readonly ast.expr[], keywords: readonly ast.keyword[]): void {
  validate_keywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  let ex_call = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
  if (!ex_call) for (const elt of args) if (elt._kind === K.Starred) ex_call = true;
  if (!ex_call) for (const kw of keywords) if (kw.arg === null) ex_call = true;
  if (!ex_call) {
    /* No * or ** args, so can use faster calling sequence */
    for (const elt of args) c.visit_expr(elt);
    if (nkwelts) {
      for (const k of keywords) c.visit_expr(k.value);
      compiler_call_simple_kw_helper(c, loc, keywords, nkwelts);
    }
    c.addop_i(loc, CALL, n + nelts + nkwelts);
    return;
  }
  /* ex_call: Do positional arguments. */
  if (n === 0 && nelts === 1 && args[0]._kind === K.Starred) c.visit_expr((args[0] as ast.Starred).value);
  else starunpack_helper(c, loc, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
  /* Then keyword arguments */
  if (nkwelts) {
    /* Has a new dict been pushed */
    let have_dict = false;
    let nseen = 0; /* the number of keyword arguments on the stack following */
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        /* A keyword argument unpacking. */
        if (nseen) {
          compiler_subkwargs(c, loc, keywords, i - nseen, i);
          if (have_dict) c.addop_i(loc, DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          c.addop_i(loc, BUILD_MAP, 0);
          have_dict = true;
        }
        c.visit_expr(kw.value);
        c.addop_i(loc, DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      /* Pack up any trailing keyword arguments. */
      compiler_subkwargs(c, loc, keywords, nkwelts - nseen, nkwelts);
      if (have_dict) c.addop_i(loc, DICT_MERGE, 1);
      have_dict = true;
    }
  }
  c.addop_i(loc, CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

/* ------------------------------------------------------------------ comprehensions */

/** CPython 3.12: compiler_comprehension_generator */
function compiler_comprehension_generator(c: Compiler, loc: Location, generators: ast.comprehension[], gen_index: number, depth: number, elt: ast.expr, val: ast.expr | null, type: number, iter_on_stack: boolean): void {
  const gen = generators[gen_index];
  if (gen.is_async) compiler_async_comprehension_generator(c, loc, generators, gen_index, depth, elt, val, type, iter_on_stack);
  else compiler_sync_comprehension_generator(c, loc, generators, gen_index, depth, elt, val, type, iter_on_stack);
}

function comprehension_element(c: Compiler, elt: ast.expr, val: ast.expr | null, type: number, depth: number): Location {
  let elt_loc: Location = LOC(elt);
  switch (type) {
    case COMP_GENEXP:
      c.visit_expr(elt);
      addop_yield(c, elt_loc);
      c.addop(elt_loc, POP_TOP);
      break;
    case COMP_LISTCOMP:
      c.visit_expr(elt);
      c.addop_i(elt_loc, LIST_APPEND, depth + 1);
      break;
    case COMP_SETCOMP:
      c.visit_expr(elt);
      c.addop_i(elt_loc, SET_ADD, depth + 1);
      break;
    case COMP_DICTCOMP:
      /* With '{k: v}', k is evaluated before v, so we do the same. */
      c.visit_expr(elt);
      c.visit_expr(val!);
      elt_loc = LOCATION(elt.lineno, val!.end_lineno, elt.col_offset, val!.end_col_offset);
      c.addop_i(elt_loc, MAP_ADD, depth + 1);
      break;
  }
  return elt_loc;
}

/** CPython 3.12: compiler_sync_comprehension_generator */
function compiler_sync_comprehension_generator(c: Compiler, loc: Location, generators: ast.comprehension[], gen_index: number, depth: number, elt: ast.expr, val: ast.expr | null, type: number, iter_on_stack: boolean): void {
  /* generate code for the iterator, then each of the ifs, and then write to the element */
  let start = c.new_label();
  const if_cleanup = c.new_label();
  const anchor = c.new_label();
  const gen = generators[gen_index];
  if (!iter_on_stack) {
    if (gen_index === 0) {
      /* Receive outermost iter as an implicit argument */
      c.u.u_metadata.u_argcount = 1;
      c.addop_i(loc, LOAD_FAST, 0);
    } else {
      /* Sub-iter - calculate on the fly */
      /* Fast path for the temporary variable assignment idiom: for y in [f(x)] */
      let elts: ast.expr[] | null = null;
      if (gen.iter._kind === K.List) elts = (gen.iter as ast.List).elts;
      else if (gen.iter._kind === K.Tuple) elts = (gen.iter as ast.Tuple).elts;
      if (elts !== null && elts.length === 1) {
        const e = elts[0];
        if (e._kind !== K.Starred) {
          c.visit_expr(e);
          start = NO_LABEL;
        }
      }
      if (start !== NO_LABEL) {
        c.visit_expr(gen.iter);
        c.addop(LOC(gen.iter), GET_ITER);
      }
    }
  }
  if (start !== NO_LABEL) {
    depth++;
    c.use_label(start);
    c.addop_j(LOC(gen.iter), FOR_ITER, anchor);
  }
  c.visit_expr(gen.target);
  /* XXX this needs to be cleaned up...a lot! */
  for (const e of gen.ifs) compiler_jump_if(c, loc, e, if_cleanup, false);
  if (++gen_index < generators.length) compiler_comprehension_generator(c, loc, generators, gen_index, depth, elt, val, type, false);
  let elt_loc: Location = LOC(elt);
  /* only append after the last for generator */
  if (gen_index >= generators.length) elt_loc = comprehension_element(c, elt, val, type, depth);
  c.use_label(if_cleanup);
  if (start !== NO_LABEL) {
    c.addop_j(elt_loc, JUMP, start);
    c.use_label(anchor);
    c.addop(NO_LOCATION, END_FOR);
  }
}

/** CPython 3.12: compiler_async_comprehension_generator */
function compiler_async_comprehension_generator(c: Compiler, loc: Location, generators: ast.comprehension[], gen_index: number, depth: number, elt: ast.expr, val: ast.expr | null, type: number, iter_on_stack: boolean): void {
  const start = c.new_label();
  const except = c.new_label();
  const if_cleanup = c.new_label();
  const gen = generators[gen_index];
  if (!iter_on_stack) {
    if (gen_index === 0) {
      /* Receive outermost iter as an implicit argument */
      c.u.u_metadata.u_argcount = 1;
      c.addop_i(loc, LOAD_FAST, 0);
    } else {
      /* Sub-iter - calculate on the fly */
      c.visit_expr(gen.iter);
      c.addop(LOC(gen.iter), GET_AITER);
    }
  }
  c.use_label(start);
  /* Runtime will push a block here, so we need to account for that */
  c.compiler_push_fblock(loc, fblocktype.ASYNC_COMPREHENSION_GENERATOR, start, NO_LABEL, null);
  c.addop_j(loc, SETUP_FINALLY, except);
  c.addop(loc, GET_ANEXT);
  c.addop_load_const(loc, Py_None);
  compiler_add_yield_from(c, loc, true);
  c.addop(loc, POP_BLOCK);
  c.visit_expr(gen.target);
  for (const e of gen.ifs) compiler_jump_if(c, loc, e, if_cleanup, false);
  depth++;
  if (++gen_index < generators.length) compiler_comprehension_generator(c, loc, generators, gen_index, depth, elt, val, type, false);
  let elt_loc: Location = LOC(elt);
  /* only append after the last for generator */
  if (gen_index >= generators.length) elt_loc = comprehension_element(c, elt, val, type, depth);
  c.use_label(if_cleanup);
  c.addop_j(elt_loc, JUMP, start);
  c.compiler_pop_fblock(fblocktype.ASYNC_COMPREHENSION_GENERATOR, start);
  c.use_label(except);
  c.addop(loc, END_ASYNC_FOR);
}

interface inlined_comprehension_state {
  pushed_locals: string[] | null;
  temp_symbols: Map<string, number> | null;
  fast_hidden: Set<string> | null;
  cleanup: number;
  end: number;
}

/** CPython 3.12: push_inlined_comprehension_state */
function push_inlined_comprehension_state(c: Compiler, loc: Location, entry: import("./symtable.js").PySTEntryObject, state: inlined_comprehension_state): void {
  const u = c.u;
  const in_class_block = u.u_ste.ste_type === BlockType.ClassBlock && !u.u_in_inlined_comp;
  u.u_in_inlined_comp++;
  // iterate over names bound in the comprehension and ensure we isolate them from the outer scope as needed
  for (const [k, symbol] of entry.ste_symbols) {
    const scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
    const outv = u.u_ste.ste_symbols.get(k) ?? 0;
    const outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK;
    if ((scope !== outsc && scope !== FREE && !(scope === CELL && outsc === FREE)) || in_class_block) {
      // If a name has different scope inside than outside the comprehension, we need to temporarily handle it
      // with the right scope while compiling the comprehension. If it's free in the comprehension scope, no
      // special handling; it should be handled the same as the enclosing scope. (If it's free in outer scope and
      // cell in inner scope, we can't treat it as both cell and free in the same function, but treating it as
      // free throughout is fine; it's *_DEREF either way.)
      state.temp_symbols ??= new Map();
      // update the symbol to the in-comprehension version and save the outer version; we'll restore it after
      // running the comprehension
      u.u_ste.ste_symbols.set(k, symbol);
      state.temp_symbols.set(k, outv);
    }
    // only values bound in the comprehension (DEF_LOCAL) need to be handled at all; DEF_LOCAL | DEF_NONLOCAL can
    // occur in the case of an assignment expression to a nonlocal in the comprehension, these don't need
    // handling here since they shouldn't be isolated
    if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || in_class_block) {
      if (!_PyST_IsFunctionLike(u.u_ste)) {
        // non-function scope: override this name to use fast locals
        const orig = u.u_metadata.u_fasthidden.get(k);
        if (orig !== true) {
          u.u_metadata.u_fasthidden.set(k, true);
          (state.fast_hidden ??= new Set()).add(k);
        }
      }
      // local names bound in comprehension must be isolated from outer scope; push existing value (which may be
      // NULL if not defined) on stack
      state.pushed_locals ??= [];
      // in the case of a cell, this will actually push the cell itself to the stack, then we'll create a new one
      // for the comprehension and restore the original one after
      c.addop_name(loc, LOAD_FAST_AND_CLEAR, u.u_metadata.u_varnames, k);
      if (scope === CELL) {
        if (outsc === FREE) c.addop_name(loc, MAKE_CELL, u.u_metadata.u_freevars, k);
        else c.addop_name(loc, MAKE_CELL, u.u_metadata.u_cellvars, k);
      }
      state.pushed_locals.push(k);
    }
  }
  if (state.pushed_locals !== null) {
    // Outermost iterable expression was already evaluated and is on the stack, we need to swap it back to TOS.
    // This also rotates the order of `pushed_locals` on the stack, but this will be reversed when we swap out the
    // comprehension result in pop_inlined_comprehension_state
    c.addop_i(loc, SWAP, state.pushed_locals.length + 1);
    // Add our own cleanup handler to restore comprehension locals in case of exception, so they have the correct
    // values inside an exception handler or finally block.
    state.cleanup = c.new_label();
    state.end = c.new_label();
    // no need to push an fblock for this "virtual" try/finally; there can't be return/continue/break inside a
    // comprehension
    c.addop_j(loc, SETUP_FINALLY, state.cleanup);
  }
}

/** CPython 3.12: restore_inlined_comprehension_locals */
function restore_inlined_comprehension_locals(c: Compiler, loc: Location, state: inlined_comprehension_state): void {
  // pop names we pushed to stack earlier
  const pushed = state.pushed_locals!;
  const npops = pushed.length;
  // Preserve the comprehension result (or exception) as TOS. This reverses the SWAP we did in
  // push_inlined_comprehension_state to get the outermost iterable to TOS, so we can still just iterate
  // pushed_locals in simple reverse order
  c.addop_i(loc, SWAP, npops + 1);
  for (let i = npops - 1; i >= 0; --i) c.addop_name(loc, STORE_FAST_MAYBE_NULL, c.u.u_metadata.u_varnames, pushed[i]);
}

/** CPython 3.12: pop_inlined_comprehension_state */
function pop_inlined_comprehension_state(c: Compiler, loc: Location, state: inlined_comprehension_state): void {
  const u = c.u;
  u.u_in_inlined_comp--;
  if (state.temp_symbols !== null) {
    for (const [k, v] of state.temp_symbols) u.u_ste.ste_symbols.set(k, v);
    state.temp_symbols = null;
  }
  if (state.pushed_locals !== null) {
    c.addop(NO_LOCATION, POP_BLOCK);
    c.addop_j(NO_LOCATION, JUMP, state.end);
    // cleanup from an exception inside the comprehension
    c.use_label(state.cleanup);
    // discard incomplete comprehension result (beneath exc on stack)
    c.addop_i(NO_LOCATION, SWAP, 2);
    c.addop(NO_LOCATION, POP_TOP);
    restore_inlined_comprehension_locals(c, loc, state);
    c.addop_i(NO_LOCATION, RERAISE, 0);
    c.use_label(state.end);
    restore_inlined_comprehension_locals(c, loc, state);
    state.pushed_locals = null;
  }
  if (state.fast_hidden !== null) {
    // we set to False instead of clearing, so we can track which names were temporarily fast-locals and should
    // use CO_FAST_HIDDEN (CPython pops them in set order; the dict keeps its first insertion order either way)
    for (const k of state.fast_hidden) u.u_metadata.u_fasthidden.set(k, false);
    state.fast_hidden = null;
  }
}

/** CPython 3.12: compiler_comprehension_iter */
function compiler_comprehension_iter(c: Compiler, comp: ast.comprehension): void {
  c.visit_expr(comp.iter);
  c.addop(LOC(comp.iter), comp.is_async ? GET_AITER : GET_ITER);
}

/** CPython 3.12: compiler_comprehension */
function compiler_comprehension(c: Compiler, e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, type: number, name: string, generators: ast.comprehension[], elt: ast.expr, val: ast.expr | null): void {
  const inline_state: inlined_comprehension_state = { pushed_locals: null, temp_symbols: null, fast_hidden: null, cleanup: NO_LABEL, end: NO_LABEL };
  const scope_type = c.u.u_scope_type;
  const is_top_level_await = c.IS_TOP_LEVEL_AWAIT();
  const entry = _PySymtable_Lookup(c.c_st, e);
  const is_inlined = entry.ste_comp_inlined !== 0;
  const is_async_generator = entry.ste_coroutine !== 0;
  let loc: Location = LOC(e);
  const outermost = generators[0];
  if (is_inlined) {
    compiler_comprehension_iter(c, outermost);
    push_inlined_comprehension_state(c, loc, entry, inline_state);
  } else {
    c.compiler_enter_scope(name, ScopeType.COMPILER_SCOPE_COMPREHENSION, e, e.lineno);
  }
  if (
    is_async_generator &&
    type !== COMP_GENEXP &&
    scope_type !== ScopeType.COMPILER_SCOPE_ASYNC_FUNCTION &&
    scope_type !== ScopeType.COMPILER_SCOPE_COMPREHENSION &&
    !is_top_level_await
  ) {
    c.compiler_error(loc, "asynchronous comprehension outside of an asynchronous function");
  }
  if (type !== COMP_GENEXP) {
    const op = type === COMP_LISTCOMP ? BUILD_LIST : type === COMP_SETCOMP ? BUILD_SET : BUILD_MAP;
    c.addop_i(loc, op, 0);
    if (is_inlined) c.addop_i(loc, SWAP, 2);
  }
  compiler_comprehension_generator(c, loc, generators, 0, 0, elt, val, type, is_inlined);
  if (is_inlined) {
    pop_inlined_comprehension_state(c, loc, inline_state);
    return;
  }
  if (type !== COMP_GENEXP) c.addop(LOC(e), RETURN_VALUE);
  if (type === COMP_GENEXP) wrap_in_stopiteration_handler(c);
  const co = c.optimize_and_assemble(true);
  c.compiler_exit_scope();
  if (is_top_level_await && is_async_generator) c.u.u_ste.ste_coroutine = 1;
  loc = LOC(e);
  c.compiler_make_closure(loc, co, 0);
  compiler_comprehension_iter(c, outermost);
  c.addop_i(loc, CALL, 0);
  if (is_async_generator && type !== COMP_GENEXP) {
    c.addop_i(loc, GET_AWAITABLE, 0);
    c.addop_load_const(loc, Py_None);
    compiler_add_yield_from(c, loc, true);
  }
}

/* ------------------------------------------------------------------ subscripts */

export function is_two_element_slice(s: ast.expr): boolean {
  return s._kind === K.Slice && (s as ast.Slice).step === null;
}

/** CPython 3.12: compiler_subscript */
function compiler_subscript(c: Compiler, e: ast.Subscript): void {
  const ctx = ctxOf(e.ctx);
  if (ctx === Ctx.Load) {
    check_subscripter(c, e.value);
    check_index(c, e.value, e.slice);
  }
  c.visit_expr(e.value);
  subscript_post(c, e);
}

/** compiler_subscript after the subscripted object is on the stack. */
function subscript_post(c: Compiler, e: ast.Subscript): void {
  const loc = LOC(e);
  const ctx = ctxOf(e.ctx);
  if (is_two_element_slice(e.slice) && ctx !== Ctx.Del) {
    compiler_slice(c, e.slice as ast.Slice);
    if (ctx === Ctx.Load) c.addop(loc, BINARY_SLICE);
    else c.addop(loc, STORE_SLICE);
  } else {
    c.visit_expr(e.slice);
    c.addop(loc, ctx === Ctx.Load ? BINARY_SUBSCR : ctx === Ctx.Store ? STORE_SUBSCR : DELETE_SUBSCR);
  }
}

/** Returns the number of the values emitted, thus are needed to build the slice. CPython 3.12: compiler_slice */
export function compiler_slice(c: Compiler, s: ast.Slice): number {
  let n = 2;
  /* only handles the cases where BUILD_SLICE is emitted */
  if (s.lower !== null) c.visit_expr(s.lower);
  else c.addop_load_const(LOC(s), Py_None);
  if (s.upper !== null) c.visit_expr(s.upper);
  else c.addop_load_const(LOC(s), Py_None);
  if (s.step !== null) {
    n++;
    c.visit_expr(s.step);
  }
  return n;
}

/* ------------------------------------------------------------------ dispatch */

/** CPython 3.12: compiler_visit_expr1 */
/** The Attribute case of compiler_visit_expr1. */
function compiler_attribute(c: Compiler, e: ast.Attribute): void {
  let loc: Location = LOC(e);
  if (ctxOf(e.ctx) === Ctx.Load && can_optimize_super_call(c, e)) {
    const call = e.value as ast.Call;
    load_args_for_super(c, call);
    const opcode = call.args.length ? LOAD_SUPER_ATTR : LOAD_ZERO_SUPER_ATTR;
    c.addop_name(loc, opcode, c.u.u_metadata.u_names, e.attr);
    loc = update_start_location_to_match_attr(c, loc, e);
    c.addop(loc, NOP);
    return;
  }
  c.visit_expr(e.value);
  attribute_post(c, e);
}

/** The Attribute case of compiler_visit_expr1 after the object is on the stack. */
function attribute_post(c: Compiler, e: ast.Attribute): void {
  const ctx = ctxOf(e.ctx);
  const loc = update_start_location_to_match_attr(c, LOC(e), e);
  switch (ctx) {
    case Ctx.Load:
      c.addop_name(loc, LOAD_ATTR, c.u.u_metadata.u_names, e.attr);
      break;
    case Ctx.Store:
      c.forbidden_name(loc, e.attr, ctx);
      c.addop_name(loc, STORE_ATTR, c.u.u_metadata.u_names, e.attr);
      break;
    case Ctx.Del:
      c.addop_name(loc, DELETE_ATTR, c.u.u_metadata.u_names, e.attr);
      break;
  }
}

export function compiler_visit_expr(c: Compiler, e: Expr): void {
  let loc: Location = LOC(e);
  switch (e._kind) {
    case K.NamedExpr:
      c.visit_expr(e.value);
      c.addop_i(loc, COPY, 1);
      c.visit_expr(e.target);
      return;
    case K.BoolOp:
      return compiler_boolop(c, e);
    case K.BinOp: {
      if (isSpine(e.left)) return compiler_visit_spine(c, e);
      c.visit_expr(e.left);
      c.visit_expr(e.right);
      addop_binary(c, loc, e.op, false);
      return;
    }
    case K.UnaryOp:
      c.visit_expr(e.operand);
      if (e.op._kind === K.UAdd) c.addop_i(loc, CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE);
      else c.addop(loc, unaryop(e.op));
      return;
    case K.Lambda:
      return compiler_lambda(c, e);
    case K.IfExp:
      return compiler_ifexp(c, e);
    case K.Dict:
      return compiler_dict(c, e);
    case K.Set:
      return compiler_set(c, e);
    case K.GeneratorExp:
      return compiler_comprehension(c, e, COMP_GENEXP, "<genexpr>", e.generators, e.elt, null);
    case K.ListComp:
      return compiler_comprehension(c, e, COMP_LISTCOMP, "<listcomp>", e.generators, e.elt, null);
    case K.SetComp:
      return compiler_comprehension(c, e, COMP_SETCOMP, "<setcomp>", e.generators, e.elt, null);
    case K.DictComp:
      return compiler_comprehension(c, e, COMP_DICTCOMP, "<dictcomp>", e.generators, e.key, e.value);
    case K.Yield:
      if (!_PyST_IsFunctionLike(c.u.u_ste)) c.compiler_error(loc, "'yield' outside function");
      if (e.value !== null) c.visit_expr(e.value);
      else c.addop_load_const(loc, Py_None);
      addop_yield(c, loc);
      return;
    case K.YieldFrom:
      if (!_PyST_IsFunctionLike(c.u.u_ste)) c.compiler_error(loc, "'yield from' outside function");
      if (c.u.u_scope_type === ScopeType.COMPILER_SCOPE_ASYNC_FUNCTION) c.compiler_error(loc, "'yield from' inside async function");
      c.visit_expr(e.value);
      c.addop(loc, GET_YIELD_FROM_ITER);
      c.addop_load_const(loc, Py_None);
      compiler_add_yield_from(c, loc, false);
      return;
    case K.Await:
      if (!c.IS_TOP_LEVEL_AWAIT()) {
        if (!_PyST_IsFunctionLike(c.u.u_ste)) c.compiler_error(loc, "'await' outside function");
        if (c.u.u_scope_type !== ScopeType.COMPILER_SCOPE_ASYNC_FUNCTION && c.u.u_scope_type !== ScopeType.COMPILER_SCOPE_COMPREHENSION) {
          c.compiler_error(loc, "'await' outside async function");
        }
      }
      c.visit_expr(e.value);
      c.addop_i(loc, GET_AWAITABLE, 0);
      c.addop_load_const(loc, Py_None);
      compiler_add_yield_from(c, loc, true);
      return;
    case K.Compare:
      return compiler_compare(c, e);
    case K.Call:
      if (isSpine(e.func)) return compiler_visit_spine(c, e);
      return compiler_call(c, e);
    case K.Constant:
      c.addop_load_const(loc, e.value);
      return;
    case K.JoinedStr:
      return compiler_joined_str(c, e);
    case K.FormattedValue:
      return compiler_formatted_value(c, e);
    /* The following exprs can be assignment targets. */
    case K.Attribute:
      if (isSpine(e.value)) return compiler_visit_spine(c, e);
      return compiler_attribute(c, e);
    case K.Subscript:
      if (isSpine(e.value)) return compiler_visit_spine(c, e);
      return compiler_subscript(c, e);
    case K.Starred:
      if (ctxOf(e.ctx) === Ctx.Store) {
        /* In all legitimate cases, the Starred node was already replaced by compiler_list/compiler_tuple. XXX:
         * is that okay? */
        c.compiler_error(loc, "starred assignment target must be in a list or tuple");
      }
      c.compiler_error(loc, "can't use starred expression here");
    // eslint-disable-next-line no-fallthrough
    case K.Slice: {
      const n = compiler_slice(c, e);
      c.addop_i(loc, BUILD_SLICE, n);
      return;
    }
    case K.Name:
      return c.compiler_nameop(loc, e.id, ctxOf(e.ctx));
    /* child nodes of List and Tuple will have expr_context set */
    case K.List:
      return compiler_list(c, e);
    case K.Tuple:
      return compiler_tuple(c, e);
  }
}

void PyObject_RichCompareBool;
void PyExceptionInstance_Check;
