/**
 * Code generation for statements, functions, classes and type aliases.
 * CPython 3.12: Python/compile.c (compiler_visit_stmt and the functions it dispatches to).
 */
import {
  type PyObject, Py_None, PyUnicode_FromString, _PyTuple_FromArray,
  BEFORE_ASYNC_WITH, BEFORE_WITH, BINARY_OP, BINARY_SLICE, BINARY_SUBSCR, BUILD_CONST_KEY_MAP, BUILD_LIST, BUILD_TUPLE,
  CALL, CALL_INTRINSIC_1, CALL_INTRINSIC_2, CHECK_EG_MATCH, CHECK_EXC_MATCH, CLEANUP_THROW, COPY, END_ASYNC_FOR,
  END_FOR, END_SEND, FOR_ITER, GET_AITER, GET_ANEXT, GET_AWAITABLE, GET_ITER, IMPORT_FROM, IMPORT_NAME, JUMP,
  JUMP_NO_INTERRUPT, LIST_APPEND, LOAD_ASSERTION_ERROR, LOAD_ATTR, LOAD_BUILD_CLASS, LOAD_CLOSURE, LOAD_FAST,
  LOAD_LOCALS, LOAD_NAME, NOP, POP_BLOCK, POP_EXCEPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
  POP_JUMP_IF_TRUE, POP_TOP, PUSH_EXC_INFO, PUSH_NULL, RAISE_VARARGS, RERAISE, RESUME, RETURN_VALUE, SEND,
  SETUP_ANNOTATIONS, SETUP_CLEANUP, SETUP_FINALLY, SETUP_WITH, STORE_ATTR, STORE_DEREF, STORE_SLICE, STORE_SUBSCR,
  SWAP, UNPACK_SEQUENCE, WITH_EXCEPT_START, YIELD_VALUE, INTRINSIC_STOPITERATION_ERROR, INTRINSIC_TYPEVAR,
  INTRINSIC_TYPEVAR_WITH_BOUND, INTRINSIC_TYPEVAR_WITH_CONSTRAINTS, INTRINSIC_TYPEVARTUPLE, INTRINSIC_PARAMSPEC,
  INTRINSIC_SET_FUNCTION_TYPE_PARAMS, INTRINSIC_SUBSCRIPT_GENERIC, INTRINSIC_TYPEALIAS, INTRINSIC_IMPORT_STAR,
  INTRINSIC_PRINT, INTRINSIC_PREP_RERAISE_STAR, NB_INPLACE_ADD,
} from "@typhon/runtime";
import * as ast from "./Parser/ast.js";
import { NodeKind as K } from "./Parser/ast.js";
import { _PyAST_GetDocString, type Stmt, type TypeParam } from "./ast_opt.js";
import { _PyST_IsFunctionLike, _Py_Mangle, type Location } from "./symtable.js";
import {
  type Compiler, type fblockinfo, fblocktype, ScopeType, Ctx, LOC, LOCATION, NO_LOCATION, NO_LABEL, find_ann,
  location_is_after, ctxOf,
} from "./compile.js";
import { compiler_call_helper, compiler_jump_if, compiler_slice, is_two_element_slice, update_start_location_to_match_attr, addop_binary } from "./compile_expr.js";
import { compiler_match } from "./compile_pattern.js";
import { _PyAST_ExprAsUnicode } from "./ast_unparse.js";

/* ------------------------------------------------------------------ helpers shared with the expressions */

/** CPython 3.12: compiler_call_exit_with_nones */
export function compiler_call_exit_with_nones(c: Compiler, loc: Location): void {
  c.addop_load_const(loc, Py_None);
  c.addop_load_const(loc, Py_None);
  c.addop_load_const(loc, Py_None);
  c.addop_i(loc, CALL, 2);
}

/** CPython 3.12: compiler_add_yield_from (ADD_YIELD_FROM) */
export function compiler_add_yield_from(c: Compiler, loc: Location, await_: boolean): void {
  const send = c.new_label();
  const fail = c.new_label();
  const exit = c.new_label();
  c.use_label(send);
  c.addop_j(loc, SEND, exit);
  // Set up a virtual try/except to handle when StopIteration is raised during a close or throw call. The only
  // way YIELD_VALUE raises if they do!
  c.addop_j(loc, SETUP_FINALLY, fail);
  c.addop_i(loc, YIELD_VALUE, 0);
  c.addop(NO_LOCATION, POP_BLOCK);
  c.addop_i(loc, RESUME, await_ ? 3 : 2);
  c.addop_j(loc, JUMP_NO_INTERRUPT, send);
  c.use_label(fail);
  c.addop(loc, CLEANUP_THROW);
  c.use_label(exit);
  c.addop(loc, END_SEND);
}

/** CPython 3.12: compiler_pop_except_and_reraise (POP_EXCEPT_AND_RERAISE) */
function compiler_pop_except_and_reraise(c: Compiler, loc: Location): void {
  /* Stack contents
   * [exc_info, lasti, exc]            COPY        3
   * [exc_info, lasti, exc, exc_info]  POP_EXCEPT
   * [exc_info, lasti, exc]            RERAISE      1
   * (exception_unwind clears the stack) */
  c.addop_i(loc, COPY, 3);
  c.addop(loc, POP_EXCEPT);
  c.addop_i(loc, RERAISE, 1);
}

/** Unwind a frame block. If preserve_tos is true, the TOS before popping the blocks will be restored afterwards,
 * unless another return, break or continue is found. In which case, the TOS will be popped. Returns the
 * (possibly changed) location. CPython 3.12: compiler_unwind_fblock */
function compiler_unwind_fblock(c: Compiler, ploc: Location, info: fblockinfo, preserve_tos: boolean): Location {
  switch (info.fb_type) {
    case fblocktype.WHILE_LOOP:
    case fblocktype.EXCEPTION_HANDLER:
    case fblocktype.EXCEPTION_GROUP_HANDLER:
    case fblocktype.ASYNC_COMPREHENSION_GENERATOR:
      return ploc;
    case fblocktype.FOR_LOOP:
      /* Pop the iterator */
      if (preserve_tos) c.addop_i(ploc, SWAP, 2);
      c.addop(ploc, POP_TOP);
      return ploc;
    case fblocktype.TRY_EXCEPT:
      c.addop(ploc, POP_BLOCK);
      return ploc;
    case fblocktype.FINALLY_TRY:
      /* This POP_BLOCK gets the line number of the unwinding statement */
      c.addop(ploc, POP_BLOCK);
      if (preserve_tos) c.compiler_push_fblock(ploc, fblocktype.POP_VALUE, NO_LABEL, NO_LABEL, null);
      /* Emit the finally block */
      c.visit_stmts(info.fb_datum as ast.stmt[]);
      if (preserve_tos) c.compiler_pop_fblock(fblocktype.POP_VALUE, NO_LABEL);
      /* The finally block should appear to execute after the statement causing the unwinding, so make the
       * unwinding instruction artificial */
      return NO_LOCATION;
    case fblocktype.FINALLY_END:
      if (preserve_tos) c.addop_i(ploc, SWAP, 2);
      c.addop(ploc, POP_TOP); /* exc_value */
      if (preserve_tos) c.addop_i(ploc, SWAP, 2);
      c.addop(ploc, POP_BLOCK);
      c.addop(ploc, POP_EXCEPT);
      return ploc;
    case fblocktype.WITH:
    case fblocktype.ASYNC_WITH: {
      const loc = info.fb_loc;
      c.addop(loc, POP_BLOCK);
      if (preserve_tos) c.addop_i(loc, SWAP, 2);
      compiler_call_exit_with_nones(c, loc);
      if (info.fb_type === fblocktype.ASYNC_WITH) {
        c.addop_i(loc, GET_AWAITABLE, 2);
        c.addop_load_const(loc, Py_None);
        compiler_add_yield_from(c, loc, true);
      }
      c.addop(loc, POP_TOP);
      /* The exit block should appear to execute after the statement causing the unwinding, so make the
       * unwinding instruction artificial */
      return NO_LOCATION;
    }
    case fblocktype.HANDLER_CLEANUP: {
      if (info.fb_datum) c.addop(ploc, POP_BLOCK);
      if (preserve_tos) c.addop_i(ploc, SWAP, 2);
      c.addop(ploc, POP_BLOCK);
      c.addop(ploc, POP_EXCEPT);
      if (info.fb_datum) {
        c.addop_load_const(ploc, Py_None);
        c.compiler_nameop(ploc, info.fb_datum as string, Ctx.Store);
        c.compiler_nameop(ploc, info.fb_datum as string, Ctx.Del);
      }
      return ploc;
    }
    case fblocktype.POP_VALUE:
      if (preserve_tos) c.addop_i(ploc, SWAP, 2);
      c.addop(ploc, POP_TOP);
      return ploc;
  }
}

/** Unwind block stack. If loop is requested, then stop when the first loop is encountered.
 * CPython 3.12: compiler_unwind_fblock_stack. Returns the final location and the loop found (if any). */
function compiler_unwind_fblock_stack(c: Compiler, ploc: Location, preserve_tos: boolean, want_loop: boolean): { loc: Location; loop: fblockinfo | null } {
  const u = c.u;
  if (u.u_nfblocks === 0) return { loc: ploc, loop: null };
  const top = u.u_fblock[u.u_nfblocks - 1];
  if (top.fb_type === fblocktype.EXCEPTION_GROUP_HANDLER) {
    c.compiler_error(ploc, "'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (want_loop && (top.fb_type === fblocktype.WHILE_LOOP || top.fb_type === fblocktype.FOR_LOOP)) return { loc: ploc, loop: top };
  const copy = { ...top };
  u.u_nfblocks--;
  ploc = compiler_unwind_fblock(c, ploc, copy, preserve_tos);
  const r = compiler_unwind_fblock_stack(c, ploc, preserve_tos, want_loop);
  u.u_fblock[u.u_nfblocks] = copy;
  u.u_nfblocks++;
  return r;
}

/* ------------------------------------------------------------------ bodies */

/** Compile a sequence of statements, checking for a docstring and for annotations. CPython 3.12: compiler_body */
export function compiler_body(c: Compiler, loc: Location, stmts: ast.stmt[]): void {
  let i = 0;
  /* Set current line number to the line number of first statement. This way line number for SETUP_ANNOTATIONS
     will always coincide with the line number of first "real" statement in module. If body is empty, then
     lineno will be set later in optimize_and_assemble. */
  if (c.u.u_scope_type === ScopeType.COMPILER_SCOPE_MODULE && stmts.length) loc = LOC(stmts[0]);
  /* Every annotated class and module should have __annotations__. */
  if (find_ann(stmts)) c.addop(loc, SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  /* if not -OO mode, set docstring */
  if (c.c_optimize < 2) {
    const docstring = _PyAST_GetDocString(stmts);
    if (docstring !== null) {
      i = 1;
      const st = stmts[0] as ast.Expr;
      c.visit_expr(st.value);
      c.compiler_nameop(NO_LOCATION, "__doc__", Ctx.Store);
    }
  }
  for (; i < stmts.length; i++) c.visit_stmt(stmts[i]);
}

/* ------------------------------------------------------------------ functions */

/** CPython 3.12: compiler_decorators */
function compiler_decorators(c: Compiler, decos: ast.expr[]): void {
  for (const d of decos) c.visit_expr(d);
}
/** CPython 3.12: compiler_apply_decorators */
function compiler_apply_decorators(c: Compiler, decos: ast.expr[]): void {
  for (let i = decos.length - 1; i > -1; i--) c.addop_i(LOC(decos[i]), CALL, 0);
}

/** Push a dict of keyword-only default values. Return 0 if no dict pushed, 1 if a dict is pushed.
 * CPython 3.12: compiler_visit_kwonlydefaults */
function compiler_visit_kwonlydefaults(c: Compiler, loc: Location, kwonlyargs: ast.arg[], kw_defaults: (ast.expr | null)[]): number {
  let keys: PyObject[] | null = null;
  for (let i = 0; i < kwonlyargs.length; i++) {
    const arg = kwonlyargs[i];
    const default_ = kw_defaults[i];
    if (default_) {
      const mangled = _Py_Mangle(c.u.u_private, arg.arg);
      (keys ??= []).push(PyUnicode_FromString(mangled));
      c.visit_expr(default_);
    }
  }
  if (keys !== null) {
    const default_count = keys.length;
    c.addop_load_const(loc, _PyTuple_FromArray(keys));
    c.addop_i(loc, BUILD_CONST_KEY_MAP, default_count);
    return 1;
  }
  return 0;
}

/** CPython 3.12: compiler_visit_annexpr */
function compiler_visit_annexpr(c: Compiler, annotation: ast.expr): void {
  c.addop_load_const(LOC(annotation), PyUnicode_FromString(_PyAST_ExprAsUnicode(annotation)));
}

/** CPython 3.12: compiler_visit_argannotation */
function compiler_visit_argannotation(c: Compiler, id: string, annotation: ast.expr | null, loc: Location): number {
  if (annotation === null) return 0;
  const mangled = _Py_Mangle(c.u.u_private, id);
  c.addop_load_const(loc, PyUnicode_FromString(mangled));
  if (c.future_annotations) {
    compiler_visit_annexpr(c, annotation);
  } else if (annotation._kind === K.Starred) {
    // *args: *Ts (where Ts is a TypeVarTuple). Do [annotation_value] = [*Ts]. (Note that in theory we could end up
    // here even for an argument other than *args, but in practice the grammar doesn't allow it.)
    c.visit_expr((annotation as ast.Starred).value);
    c.addop_i(loc, UNPACK_SEQUENCE, 1);
  } else {
    c.visit_expr(annotation);
  }
  return 2;
}
function compiler_visit_argannotations(c: Compiler, args: ast.arg[], loc: Location): number {
  let n = 0;
  for (const arg of args) n += compiler_visit_argannotation(c, arg.arg, arg.annotation, loc);
  return n;
}
/** Push arg annotation names and values. The expressions are evaluated out-of-order wrt the source code. Return
 * 0 if no annotations pushed, 1 if a annotations is pushed. CPython 3.12: compiler_visit_annotations */
function compiler_visit_annotations(c: Compiler, loc: Location, args: ast.arguments_, returns: ast.expr | null): number {
  let annotations_len = 0;
  annotations_len += compiler_visit_argannotations(c, args.args, loc);
  annotations_len += compiler_visit_argannotations(c, args.posonlyargs, loc);
  if (args.vararg !== null && args.vararg.annotation !== null) annotations_len += compiler_visit_argannotation(c, args.vararg.arg, args.vararg.annotation, loc);
  annotations_len += compiler_visit_argannotations(c, args.kwonlyargs, loc);
  if (args.kwarg !== null && args.kwarg.annotation !== null) annotations_len += compiler_visit_argannotation(c, args.kwarg.arg, args.kwarg.annotation, loc);
  annotations_len += compiler_visit_argannotation(c, "return", returns, loc);
  if (annotations_len) {
    c.addop_i(loc, BUILD_TUPLE, annotations_len);
    return 1;
  }
  return 0;
}

/** CPython 3.12: compiler_default_arguments */
export function compiler_default_arguments(c: Compiler, loc: Location, args: ast.arguments_): number {
  let funcflags = 0;
  if (args.defaults.length > 0) {
    c.visit_exprs(args.defaults);
    c.addop_i(loc, BUILD_TUPLE, args.defaults.length);
    funcflags |= 0x01;
  }
  if (args.kwonlyargs.length) {
    const res = compiler_visit_kwonlydefaults(c, loc, args.kwonlyargs, args.kw_defaults);
    if (res > 0) funcflags |= 0x02;
  }
  return funcflags;
}

/** CPython 3.12: compiler_check_debug_args */
export function compiler_check_debug_args(c: Compiler, args: ast.arguments_): void {
  const one = (a: ast.arg | null): void => {
    if (a !== null) c.forbidden_name(LOC(a), a.arg, Ctx.Store);
  };
  for (const a of args.posonlyargs) one(a);
  for (const a of args.args) one(a);
  one(args.vararg);
  for (const a of args.kwonlyargs) one(a);
  one(args.kwarg);
}

/** CPython 3.12: wrap_in_stopiteration_handler */
export function wrap_in_stopiteration_handler(c: Compiler): void {
  const handler = c.new_label();
  /* Insert SETUP_CLEANUP at start */
  c.INSTR_SEQUENCE.insert_instruction(0, SETUP_CLEANUP, handler, NO_LOCATION);
  c.addop_load_const(NO_LOCATION, Py_None);
  c.addop(NO_LOCATION, RETURN_VALUE);
  c.use_label(handler);
  c.addop_i(NO_LOCATION, CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR);
  c.addop_i(NO_LOCATION, RERAISE, 1);
}

/** CPython 3.12: compiler_type_params */
function compiler_type_params(c: Compiler, type_params: ast.type_param[]): void {
  const n = type_params.length;
  for (let i = 0; i < n; i++) {
    const typeparam = type_params[i] as TypeParam;
    const loc = LOC(typeparam);
    switch (typeparam._kind) {
      case K.TypeVar:
        c.addop_load_const(loc, PyUnicode_FromString(typeparam.name));
        if (typeparam.bound !== null) {
          const bound = typeparam.bound;
          c.compiler_enter_scope(typeparam.name, ScopeType.COMPILER_SCOPE_TYPEPARAMS, typeparam, bound.lineno);
          c.visit_expr(bound);
          c.addop(loc, RETURN_VALUE);
          const co = c.optimize_and_assemble(true);
          c.compiler_exit_scope();
          c.compiler_make_closure(loc, co, 0);
          const intrinsic = bound._kind === K.Tuple ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND;
          c.addop_i(loc, CALL_INTRINSIC_2, intrinsic);
        } else {
          c.addop_i(loc, CALL_INTRINSIC_1, INTRINSIC_TYPEVAR);
        }
        c.addop_i(loc, COPY, 1);
        c.compiler_nameop(loc, typeparam.name, Ctx.Store);
        break;
      case K.TypeVarTuple:
        c.addop_load_const(loc, PyUnicode_FromString(typeparam.name));
        c.addop_i(loc, CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE);
        c.addop_i(loc, COPY, 1);
        c.compiler_nameop(loc, typeparam.name, Ctx.Store);
        break;
      case K.ParamSpec:
        c.addop_load_const(loc, PyUnicode_FromString(typeparam.name));
        c.addop_i(loc, CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC);
        c.addop_i(loc, COPY, 1);
        c.compiler_nameop(loc, typeparam.name, Ctx.Store);
        break;
    }
  }
  c.addop_i(LOC(type_params[0]), BUILD_TUPLE, n);
}

/** CPython 3.12: compiler_function_body */
function compiler_function_body(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef, is_async: boolean, funcflags: number, firstlineno: number): void {
  const args = s.args;
  const body = s.body;
  const scope_type = is_async ? ScopeType.COMPILER_SCOPE_ASYNC_FUNCTION : ScopeType.COMPILER_SCOPE_FUNCTION;
  c.compiler_enter_scope(s.name, scope_type, s, firstlineno);
  /* if not -OO mode, add docstring */
  const docstring = c.c_optimize < 2 ? _PyAST_GetDocString(body) : null;
  c.compiler_add_const(docstring !== null ? docstring : Py_None);
  c.u.u_metadata.u_argcount = args.args.length;
  c.u.u_metadata.u_posonlyargcount = args.posonlyargs.length;
  c.u.u_metadata.u_kwonlyargcount = args.kwonlyargs.length;
  for (let i = docstring !== null ? 1 : 0; i < body.length; i++) c.visit_stmt(body[i]);
  if (c.u.u_ste.ste_coroutine || c.u.u_ste.ste_generator) wrap_in_stopiteration_handler(c);
  const co = c.optimize_and_assemble(true);
  c.compiler_exit_scope();
  c.compiler_make_closure(LOC(s), co, funcflags);
}

/** CPython 3.12: compiler_function */
function compiler_function(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef, is_async: boolean): void {
  const args = s.args;
  const returns = s.returns;
  const decos = s.decorator_list;
  const name = s.name;
  const type_params = s.type_params;
  compiler_check_debug_args(c, args);
  compiler_decorators(c, decos);
  let firstlineno = s.lineno;
  if (decos.length) firstlineno = decos[0].lineno;
  const loc = LOC(s);
  const is_generic = type_params.length > 0;
  if (is_generic) {
    // Used by the CALL to the type parameters function.
    c.addop(loc, PUSH_NULL);
  }
  let funcflags = compiler_default_arguments(c, loc, args);
  let num_typeparam_args = 0;
  if (is_generic) {
    if (funcflags & 0x01) num_typeparam_args += 1;
    if (funcflags & 0x02) num_typeparam_args += 1;
    if (num_typeparam_args === 2) c.addop_i(loc, SWAP, 2);
    c.compiler_enter_scope(`<generic parameters of ${name}>`, ScopeType.COMPILER_SCOPE_TYPEPARAMS, type_params, firstlineno);
    compiler_type_params(c, type_params);
    if (funcflags & 0x01 || funcflags & 0x02) c.addop_i(loc, LOAD_FAST, 0);
    if (funcflags & 0x01 && funcflags & 0x02) c.addop_i(loc, LOAD_FAST, 1);
  }
  const annotations = compiler_visit_annotations(c, loc, args, returns);
  if (annotations > 0) funcflags |= 0x04;
  compiler_function_body(c, s, is_async, funcflags, firstlineno);
  if (is_generic) {
    c.addop_i(loc, SWAP, 2);
    c.addop_i(loc, CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS);
    c.u.u_metadata.u_argcount = num_typeparam_args;
    const co = c.optimize_and_assemble(false);
    c.compiler_exit_scope();
    c.compiler_make_closure(loc, co, 0);
    if (num_typeparam_args > 0) c.addop_i(loc, SWAP, num_typeparam_args + 1);
    c.addop_i(loc, CALL, num_typeparam_args);
  }
  compiler_apply_decorators(c, decos);
  c.compiler_nameop(loc, name, Ctx.Store);
}

/** CPython 3.12: compiler_set_type_params_in_class */
function compiler_set_type_params_in_class(c: Compiler, loc: Location): void {
  c.compiler_nameop(loc, ".type_params", Ctx.Load);
  c.compiler_nameop(loc, "__type_params__", Ctx.Store);
}

/** CPython 3.12: compiler_class_body */
function compiler_class_body(c: Compiler, s: ast.ClassDef, firstlineno: number): void {
  /* ultimately generate code for: <name> = __build_class__(<func>, <name>, *<bases>, **<keywords>) where: <func>
     is a zero arg function/closure created from the class body. It mutates its locals to build the class
     namespace. <name> is the class name <bases> is the positional arguments and *varargs argument <keywords> is
     the keyword arguments and **kwds argument This borrows from compiler_call. */
  /* 1. compile the class body into a code object */
  c.compiler_enter_scope(s.name, ScopeType.COMPILER_SCOPE_CLASS, s, firstlineno);
  let loc: Location = LOCATION(firstlineno, firstlineno, 0, 0);
  /* use the class name for name mangling */
  c.u.u_private = s.name;
  /* load (global) __name__ ... */
  c.compiler_nameop(loc, "__name__", Ctx.Load);
  /* ... and store it as __module__ */
  c.compiler_nameop(loc, "__module__", Ctx.Store);
  c.addop_load_const(loc, PyUnicode_FromString(c.u.u_metadata.u_qualname!));
  c.compiler_nameop(loc, "__qualname__", Ctx.Store);
  if (s.type_params.length > 0) compiler_set_type_params_in_class(c, loc);
  if (c.u.u_ste.ste_needs_classdict) {
    c.addop(loc, LOAD_LOCALS);
    // We can't use compiler_nameop here because we need to generate a STORE_DEREF in a class namespace, and
    // compiler_nameop() won't do that by default.
    c.addop_o(loc, STORE_DEREF, c.u.u_metadata.u_cellvars, "__classdict__");
  }
  /* compile the body proper */
  compiler_body(c, loc, s.body);
  /* The following code is artificial */
  /* Set __classdictcell__ if necessary */
  if (c.u.u_ste.ste_needs_classdict) {
    /* Store __classdictcell__ into class namespace */
    const i = c.u.u_metadata.u_cellvars.get("__classdict__")!;
    c.addop_i(NO_LOCATION, LOAD_CLOSURE, i);
    c.compiler_nameop(NO_LOCATION, "__classdictcell__", Ctx.Store);
  }
  /* Return __classcell__ if it is referenced, otherwise return None */
  if (c.u.u_ste.ste_needs_class_closure) {
    /* Store __classcell__ into class namespace & return it */
    const i = c.u.u_metadata.u_cellvars.get("__class__")!;
    c.addop_i(NO_LOCATION, LOAD_CLOSURE, i);
    c.addop_i(NO_LOCATION, COPY, 1);
    c.compiler_nameop(NO_LOCATION, "__classcell__", Ctx.Store);
  } else {
    /* No methods referenced __class__, so just return None */
    c.addop_load_const(NO_LOCATION, Py_None);
  }
  c.addop(NO_LOCATION, RETURN_VALUE);
  /* create the code object */
  const co = c.optimize_and_assemble(true);
  /* leave the new scope */
  c.compiler_exit_scope();
  /* 2. load the 'build_class' function */
  // these instructions should be attributed to the class line, not a decorator line
  loc = LOC(s);
  c.addop(loc, PUSH_NULL);
  c.addop(loc, LOAD_BUILD_CLASS);
  /* 3. load a function (or closure) made from the code object */
  c.compiler_make_closure(loc, co, 0);
  /* 4. load class name */
  c.addop_load_const(loc, PyUnicode_FromString(s.name));
}

/** CPython 3.12: compiler_class */
function compiler_class(c: Compiler, s: ast.ClassDef): void {
  const decos = s.decorator_list;
  compiler_decorators(c, decos);
  let firstlineno = s.lineno;
  if (decos.length) firstlineno = decos[0].lineno;
  const loc = LOC(s);
  const type_params = s.type_params;
  const is_generic = type_params.length > 0;
  if (is_generic) {
    c.u.u_private = s.name;
    c.addop(loc, PUSH_NULL);
    c.compiler_enter_scope(`<generic parameters of ${s.name}>`, ScopeType.COMPILER_SCOPE_TYPEPARAMS, type_params, firstlineno);
    compiler_type_params(c, type_params);
    c.compiler_nameop(loc, ".type_params", Ctx.Store);
  }
  compiler_class_body(c, s, firstlineno);
  /* generate the rest of the code for the call */
  if (is_generic) {
    c.compiler_nameop(loc, ".type_params", Ctx.Load);
    c.addop_i(loc, CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC);
    c.compiler_nameop(loc, ".generic_base", Ctx.Store);
    const bases = [...s.bases];
    bases.push(new ast.Name(".generic_base", ast.Load.instance, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset));
    compiler_call_helper(c, loc, 2, bases, s.keywords);
    const co = c.optimize_and_assemble(false);
    c.compiler_exit_scope();
    c.compiler_make_closure(loc, co, 0);
    c.addop_i(loc, CALL, 0);
  } else {
    compiler_call_helper(c, loc, 2, s.bases, s.keywords);
  }
  /* 6. apply decorators */
  compiler_apply_decorators(c, decos);
  /* 7. store into <name> */
  c.compiler_nameop(loc, s.name, Ctx.Store);
}

/** CPython 3.12: compiler_typealias_body */
function compiler_typealias_body(c: Compiler, s: ast.TypeAlias): void {
  const loc = LOC(s);
  const name = (s.name as ast.Name).id;
  c.compiler_enter_scope(name, ScopeType.COMPILER_SCOPE_FUNCTION, s, loc.lineno);
  /* Make None the first constant, so the evaluate function can't have a docstring. */
  c.compiler_add_const(Py_None);
  c.visit_expr(s.value);
  c.addop(loc, RETURN_VALUE);
  const co = c.optimize_and_assemble(false);
  c.compiler_exit_scope();
  c.compiler_make_closure(loc, co, 0);
  c.addop_i(loc, BUILD_TUPLE, 3);
  c.addop_i(loc, CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS);
}

/** CPython 3.12: compiler_typealias */
function compiler_typealias(c: Compiler, s: ast.TypeAlias): void {
  const loc = LOC(s);
  const type_params = s.type_params;
  const is_generic = type_params.length > 0;
  const name = (s.name as ast.Name).id;
  if (is_generic) {
    c.addop(loc, PUSH_NULL);
    c.compiler_enter_scope(`<generic parameters of ${name}>`, ScopeType.COMPILER_SCOPE_TYPEPARAMS, type_params, loc.lineno);
    c.addop_load_const(loc, PyUnicode_FromString(name));
    compiler_type_params(c, type_params);
  } else {
    c.addop_load_const(loc, PyUnicode_FromString(name));
    c.addop_load_const(loc, Py_None);
  }
  compiler_typealias_body(c, s);
  if (is_generic) {
    const co = c.optimize_and_assemble(false);
    c.compiler_exit_scope();
    c.compiler_make_closure(loc, co, 0);
    c.addop_i(loc, CALL, 0);
  }
  c.compiler_nameop(loc, name, Ctx.Store);
}

/* ------------------------------------------------------------------ control flow */

/** CPython 3.12: compiler_if */
function compiler_if(c: Compiler, s: ast.If): void {
  const end = c.new_label();
  const next = s.orelse.length ? c.new_label() : end;
  compiler_jump_if(c, LOC(s), s.test, next, false);
  c.visit_stmts(s.body);
  if (s.orelse.length) {
    c.addop_j(NO_LOCATION, JUMP, end);
    c.use_label(next);
    c.visit_stmts(s.orelse);
  }
  c.use_label(end);
}

/** CPython 3.12: compiler_for */
function compiler_for(c: Compiler, s: ast.For): void {
  const loc = LOC(s);
  const start = c.new_label();
  const body = c.new_label();
  const cleanup = c.new_label();
  const end = c.new_label();
  c.compiler_push_fblock(loc, fblocktype.FOR_LOOP, start, end, null);
  c.visit_expr(s.iter);
  const iterloc = LOC(s.iter); // CPython 3.12.4+: the iteration instructions point at the iterable
  c.addop(iterloc, GET_ITER);
  c.use_label(start);
  c.addop_j(iterloc, FOR_ITER, cleanup);
  c.use_label(body);
  c.visit_expr(s.target);
  c.visit_stmts(s.body);
  /* Mark jump as artificial */
  c.addop_j(NO_LOCATION, JUMP, start);
  c.use_label(cleanup);
  c.addop(NO_LOCATION, END_FOR);
  c.compiler_pop_fblock(fblocktype.FOR_LOOP, start);
  c.visit_stmts(s.orelse);
  c.use_label(end);
}

/** CPython 3.12: compiler_async_for */
function compiler_async_for(c: Compiler, s: ast.AsyncFor): void {
  let loc = LOC(s);
  if (c.IS_TOP_LEVEL_AWAIT()) c.u.u_ste.ste_coroutine = 1;
  else if (c.u.u_scope_type !== ScopeType.COMPILER_SCOPE_ASYNC_FUNCTION) c.compiler_error(loc, "'async for' outside async function");
  const start = c.new_label();
  const except = c.new_label();
  const end = c.new_label();
  c.visit_expr(s.iter);
  c.addop(LOC(s.iter), GET_AITER);
  c.use_label(start);
  c.compiler_push_fblock(loc, fblocktype.FOR_LOOP, start, end, null);
  /* SETUP_FINALLY to guard the __anext__ call */
  c.addop_j(loc, SETUP_FINALLY, except);
  c.addop(loc, GET_ANEXT);
  c.addop_load_const(loc, Py_None);
  compiler_add_yield_from(c, loc, true);
  c.addop(loc, POP_BLOCK); /* for SETUP_FINALLY */
  /* Success block for __anext__ */
  c.visit_expr(s.target);
  c.visit_stmts(s.body);
  /* Mark jump as artificial */
  c.addop_j(NO_LOCATION, JUMP, start);
  c.compiler_pop_fblock(fblocktype.FOR_LOOP, start);
  /* Except block for __anext__ */
  c.use_label(except);
  /* Use same line number as the iterator, as the END_ASYNC_FOR succeeds the `for`, not the body. */
  loc = LOC(s.iter);
  c.addop(loc, END_ASYNC_FOR);
  /* `else` block */
  c.visit_stmts(s.orelse);
  c.use_label(end);
}

/** CPython 3.12: compiler_while */
function compiler_while(c: Compiler, s: ast.While): void {
  const loop = c.new_label();
  const body = c.new_label();
  const end = c.new_label();
  const anchor = c.new_label();
  c.use_label(loop);
  c.compiler_push_fblock(LOC(s), fblocktype.WHILE_LOOP, loop, end, null);
  compiler_jump_if(c, LOC(s), s.test, anchor, false);
  c.use_label(body);
  c.visit_stmts(s.body);
  compiler_jump_if(c, LOC(s), s.test, body, true);
  c.compiler_pop_fblock(fblocktype.WHILE_LOOP, loop);
  c.use_label(anchor);
  c.visit_stmts(s.orelse);
  c.use_label(end);
}

/** CPython 3.12: compiler_return */
function compiler_return(c: Compiler, s: ast.Return): void {
  let loc = LOC(s);
  const preserve_tos = s.value !== null && s.value._kind !== K.Constant;
  if (!_PyST_IsFunctionLike(c.u.u_ste)) c.compiler_error(loc, "'return' outside function");
  if (s.value !== null && c.u.u_ste.ste_coroutine && c.u.u_ste.ste_generator) c.compiler_error(loc, "'return' with value in async generator");
  if (preserve_tos) {
    c.visit_expr(s.value!);
  } else if (s.value !== null) {
    /* Emit instruction with line number for return value */
    loc = LOC(s.value);
    c.addop(loc, NOP);
  }
  if (s.value === null || s.value.lineno !== s.lineno) {
    loc = LOC(s);
    c.addop(loc, NOP);
  }
  loc = compiler_unwind_fblock_stack(c, loc, preserve_tos, false).loc;
  if (s.value === null) c.addop_load_const(loc, Py_None);
  else if (!preserve_tos) c.addop_load_const(loc, (s.value as ast.Constant).value);
  c.addop(loc, RETURN_VALUE);
}

/** CPython 3.12: compiler_break */
function compiler_break(c: Compiler, loc: Location): void {
  const origin_loc = loc;
  /* Emit instruction with line number */
  c.addop(loc, NOP);
  const r = compiler_unwind_fblock_stack(c, loc, false, true);
  loc = r.loc;
  if (r.loop === null) c.compiler_error(origin_loc, "'break' outside loop");
  loc = compiler_unwind_fblock(c, loc, r.loop, false);
  c.addop_j(loc, JUMP, r.loop.fb_exit);
}

/** CPython 3.12: compiler_continue */
function compiler_continue(c: Compiler, loc: Location): void {
  const origin_loc = loc;
  /* Emit instruction with line number */
  c.addop(loc, NOP);
  const r = compiler_unwind_fblock_stack(c, loc, false, true);
  loc = r.loc;
  if (r.loop === null) c.compiler_error(origin_loc, "'continue' not properly in loop");
  c.addop_j(loc, JUMP, r.loop.fb_block);
}

/* ------------------------------------------------------------------ try */

/** CPython 3.12: compiler_try_finally */
function compiler_try_finally(c: Compiler, s: ast.Try): void {
  let loc: Location = LOC(s);
  const body = c.new_label();
  const end = c.new_label();
  const exit = c.new_label();
  const cleanup = c.new_label();
  /* `try` block */
  c.addop_j(loc, SETUP_FINALLY, end);
  c.use_label(body);
  c.compiler_push_fblock(loc, fblocktype.FINALLY_TRY, body, end, s.finalbody);
  if (s.handlers.length) compiler_try_except(c, s);
  else c.visit_stmts(s.body);
  c.addop(NO_LOCATION, POP_BLOCK);
  c.compiler_pop_fblock(fblocktype.FINALLY_TRY, body);
  c.visit_stmts(s.finalbody);
  c.addop_j(NO_LOCATION, JUMP, exit);
  /* `finally` block */
  c.use_label(end);
  loc = NO_LOCATION;
  c.addop_j(loc, SETUP_CLEANUP, cleanup);
  c.addop(loc, PUSH_EXC_INFO);
  c.compiler_push_fblock(loc, fblocktype.FINALLY_END, end, NO_LABEL, null);
  c.visit_stmts(s.finalbody);
  c.compiler_pop_fblock(fblocktype.FINALLY_END, end);
  loc = NO_LOCATION;
  c.addop_i(loc, RERAISE, 0);
  c.use_label(cleanup);
  compiler_pop_except_and_reraise(c, loc);
  c.use_label(exit);
}

/** CPython 3.12: compiler_try_star_finally */
function compiler_try_star_finally(c: Compiler, s: ast.TryStar): void {
  let loc: Location = LOC(s);
  const body = c.new_label();
  const end = c.new_label();
  const exit = c.new_label();
  const cleanup = c.new_label();
  /* `try` block */
  c.addop_j(loc, SETUP_FINALLY, end);
  c.use_label(body);
  c.compiler_push_fblock(loc, fblocktype.FINALLY_TRY, body, end, s.finalbody);
  if (s.handlers.length) compiler_try_star_except(c, s);
  else c.visit_stmts(s.body);
  c.addop(NO_LOCATION, POP_BLOCK);
  c.compiler_pop_fblock(fblocktype.FINALLY_TRY, body);
  c.visit_stmts(s.finalbody);
  c.addop_j(NO_LOCATION, JUMP, exit);
  /* `finally` block */
  c.use_label(end);
  loc = NO_LOCATION;
  c.addop_j(loc, SETUP_CLEANUP, cleanup);
  c.addop(loc, PUSH_EXC_INFO);
  c.compiler_push_fblock(loc, fblocktype.FINALLY_END, end, NO_LABEL, null);
  c.visit_stmts(s.finalbody);
  c.compiler_pop_fblock(fblocktype.FINALLY_END, end);
  loc = NO_LOCATION;
  c.addop_i(loc, RERAISE, 0);
  c.use_label(cleanup);
  compiler_pop_except_and_reraise(c, loc);
  c.use_label(exit);
}

/** CPython 3.12: compiler_try_except */
function compiler_try_except(c: Compiler, s: ast.Try): void {
  const loc = LOC(s);
  const body = c.new_label();
  let except = c.new_label();
  const end = c.new_label();
  const cleanup = c.new_label();
  c.addop_j(loc, SETUP_FINALLY, except);
  c.use_label(body);
  c.compiler_push_fblock(loc, fblocktype.TRY_EXCEPT, body, NO_LABEL, null);
  c.visit_stmts(s.body);
  c.compiler_pop_fblock(fblocktype.TRY_EXCEPT, body);
  c.addop(NO_LOCATION, POP_BLOCK);
  if (s.orelse.length) c.visit_stmts(s.orelse);
  c.addop_j(NO_LOCATION, JUMP, end);
  const handlers = s.handlers as ast.ExceptHandler[];
  const n = handlers.length;
  c.use_label(except);
  c.addop_j(NO_LOCATION, SETUP_CLEANUP, cleanup);
  c.addop(NO_LOCATION, PUSH_EXC_INFO);
  /* Runtime will push a block here, so we need to account for that */
  c.compiler_push_fblock(loc, fblocktype.EXCEPTION_HANDLER, NO_LABEL, NO_LABEL, null);
  for (let i = 0; i < n; i++) {
    const handler = handlers[i];
    const hloc = LOC(handler);
    if (handler.type === null && i < n - 1) c.compiler_error(hloc, "default 'except:' must be last");
    const next_except = c.new_label();
    except = next_except;
    if (handler.type !== null) {
      c.visit_expr(handler.type);
      c.addop(hloc, CHECK_EXC_MATCH);
      c.addop_j(hloc, POP_JUMP_IF_FALSE, except);
    }
    if (handler.name !== null) {
      const cleanup_end = c.new_label();
      const cleanup_body = c.new_label();
      c.compiler_nameop(hloc, handler.name, Ctx.Store);
      /* try: # body except type as name: try: # body finally: name = None # in case body contains "del name"
         del name */
      /* second try: */
      c.addop_j(hloc, SETUP_CLEANUP, cleanup_end);
      c.use_label(cleanup_body);
      c.compiler_push_fblock(hloc, fblocktype.HANDLER_CLEANUP, cleanup_body, NO_LABEL, handler.name);
      /* second # body */
      c.visit_stmts(handler.body);
      c.compiler_pop_fblock(fblocktype.HANDLER_CLEANUP, cleanup_body);
      /* name = None; del name; # Mark as artificial */
      c.addop(NO_LOCATION, POP_BLOCK);
      c.addop(NO_LOCATION, POP_BLOCK);
      c.addop(NO_LOCATION, POP_EXCEPT);
      c.addop_load_const(NO_LOCATION, Py_None);
      c.compiler_nameop(NO_LOCATION, handler.name, Ctx.Store);
      c.compiler_nameop(NO_LOCATION, handler.name, Ctx.Del);
      c.addop_j(NO_LOCATION, JUMP, end);
      /* except: */
      c.use_label(cleanup_end);
      /* name = None; del name; # artificial */
      c.addop_load_const(NO_LOCATION, Py_None);
      c.compiler_nameop(NO_LOCATION, handler.name, Ctx.Store);
      c.compiler_nameop(NO_LOCATION, handler.name, Ctx.Del);
      c.addop_i(NO_LOCATION, RERAISE, 1);
    } else {
      const cleanup_body = c.new_label();
      c.addop(hloc, POP_TOP); /* exc_value */
      c.use_label(cleanup_body);
      c.compiler_push_fblock(hloc, fblocktype.HANDLER_CLEANUP, cleanup_body, NO_LABEL, null);
      c.visit_stmts(handler.body);
      c.compiler_pop_fblock(fblocktype.HANDLER_CLEANUP, cleanup_body);
      c.addop(NO_LOCATION, POP_BLOCK);
      c.addop(NO_LOCATION, POP_EXCEPT);
      c.addop_j(NO_LOCATION, JUMP, end);
    }
    c.use_label(except);
  }
  /* artificial */
  c.compiler_pop_fblock(fblocktype.EXCEPTION_HANDLER, NO_LABEL);
  c.addop_i(NO_LOCATION, RERAISE, 0);
  c.use_label(cleanup);
  compiler_pop_except_and_reraise(c, NO_LOCATION);
  c.use_label(end);
}

/** CPython 3.12: compiler_try_star_except */
function compiler_try_star_except(c: Compiler, s: ast.TryStar): void {
  const loc = LOC(s);
  const body = c.new_label();
  let except = c.new_label();
  const orelse = c.new_label();
  const end = c.new_label();
  const cleanup = c.new_label();
  const reraise_star = c.new_label();
  c.addop_j(loc, SETUP_FINALLY, except);
  c.use_label(body);
  c.compiler_push_fblock(loc, fblocktype.TRY_EXCEPT, body, NO_LABEL, null);
  c.visit_stmts(s.body);
  c.compiler_pop_fblock(fblocktype.TRY_EXCEPT, body);
  c.addop(NO_LOCATION, POP_BLOCK);
  c.addop_j(NO_LOCATION, JUMP, orelse);
  const handlers = s.handlers as ast.ExceptHandler[];
  const n = handlers.length;
  c.use_label(except);
  c.addop_j(NO_LOCATION, SETUP_CLEANUP, cleanup);
  c.addop(NO_LOCATION, PUSH_EXC_INFO);
  /* Runtime will push a block here, so we need to account for that */
  c.compiler_push_fblock(loc, fblocktype.EXCEPTION_GROUP_HANDLER, NO_LABEL, NO_LABEL, "except handler");
  for (let i = 0; i < n; i++) {
    const handler = handlers[i];
    const hloc = LOC(handler);
    const next_except = c.new_label();
    except = next_except;
    const except_with_error = c.new_label();
    const no_match = c.new_label();
    if (i === 0) {
      /* create empty list for exceptions raised/reraise in the except* blocks */
      /* [orig]       BUILD_LIST */
      /* Create a copy of the original EG */
      /* [orig, []]   COPY 2
         [orig, [], exc] */
      c.addop_i(hloc, BUILD_LIST, 0);
      c.addop_i(hloc, COPY, 2);
    }
    if (handler.type !== null) {
      c.visit_expr(handler.type);
      c.addop(hloc, CHECK_EG_MATCH);
      c.addop_i(hloc, COPY, 1);
      c.addop_j(hloc, POP_JUMP_IF_NONE, no_match);
    }
    const cleanup_end = c.new_label();
    const cleanup_body = c.new_label();
    if (handler.name !== null) c.compiler_nameop(hloc, handler.name, Ctx.Store);
    else c.addop(hloc, POP_TOP); // match
    /* second try: */
    c.addop_j(hloc, SETUP_CLEANUP, cleanup_end);
    c.use_label(cleanup_body);
    c.compiler_push_fblock(hloc, fblocktype.HANDLER_CLEANUP, cleanup_body, NO_LABEL, handler.name);
    /* second # body */
    c.visit_stmts(handler.body);
    c.compiler_pop_fblock(fblocktype.HANDLER_CLEANUP, cleanup_body);
    /* name = None; del name; # artificial */
    c.addop(NO_LOCATION, POP_BLOCK);
    if (handler.name !== null) {
      c.addop_load_const(NO_LOCATION, Py_None);
      c.compiler_nameop(NO_LOCATION, handler.name, Ctx.Store);
      c.compiler_nameop(NO_LOCATION, handler.name, Ctx.Del);
    }
    c.addop_j(NO_LOCATION, JUMP, except);
    /* except: */
    c.use_label(cleanup_end);
    /* name = None; del name; # artificial */
    if (handler.name !== null) {
      c.addop_load_const(NO_LOCATION, Py_None);
      c.compiler_nameop(NO_LOCATION, handler.name, Ctx.Store);
      c.compiler_nameop(NO_LOCATION, handler.name, Ctx.Del);
    }
    /* add exception raised to the res list */
    c.addop_i(NO_LOCATION, LIST_APPEND, 3); // exc
    c.addop(NO_LOCATION, POP_TOP); // lasti
    c.addop_j(NO_LOCATION, JUMP, except_with_error);
    c.use_label(except);
    c.addop(NO_LOCATION, NOP); // to hold a propagated location info
    c.addop_j(NO_LOCATION, JUMP, except_with_error);
    c.use_label(no_match);
    c.addop(hloc, POP_TOP); // match (None)
    c.use_label(except_with_error);
    if (i === n - 1) {
      /* Add exc to the list (if not None it's the unhandled part of the EG) */
      c.addop_i(NO_LOCATION, LIST_APPEND, 1);
      c.addop_j(NO_LOCATION, JUMP, reraise_star);
    }
  }
  /* artificial */
  c.compiler_pop_fblock(fblocktype.EXCEPTION_GROUP_HANDLER, NO_LABEL);
  const reraise = c.new_label();
  c.use_label(reraise_star);
  c.addop_i(NO_LOCATION, CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR);
  c.addop_i(NO_LOCATION, COPY, 1);
  c.addop_j(NO_LOCATION, POP_JUMP_IF_NOT_NONE, reraise);
  /* Nothing to reraise */
  c.addop(NO_LOCATION, POP_TOP);
  c.addop(NO_LOCATION, POP_BLOCK);
  c.addop(NO_LOCATION, POP_EXCEPT);
  c.addop_j(NO_LOCATION, JUMP, end);
  c.use_label(reraise);
  c.addop(NO_LOCATION, POP_BLOCK);
  c.addop_i(NO_LOCATION, SWAP, 2);
  c.addop(NO_LOCATION, POP_EXCEPT);
  c.addop_i(NO_LOCATION, RERAISE, 0);
  c.use_label(cleanup);
  compiler_pop_except_and_reraise(c, NO_LOCATION);
  c.use_label(orelse);
  c.visit_stmts(s.orelse);
  c.use_label(end);
}

/* ------------------------------------------------------------------ imports */

/** CPython 3.12: compiler_import_as */
function compiler_import_as(c: Compiler, loc: Location, name: string, asname: string): void {
  /* The IMPORT_NAME opcode was already generated. This function merely needs to bind the result to a name. If
     there is a dot in name, we need to split it and emit a IMPORT_FROM for each name. */
  const len = name.length;
  let dot = name.indexOf(".");
  if (dot !== -1) {
    /* Consume the base module name to get the first attribute */
    for (;;) {
      const pos = dot + 1;
      dot = name.indexOf(".", pos);
      const attr = name.slice(pos, dot !== -1 ? dot : len);
      c.addop_o(loc, IMPORT_FROM, c.u.u_metadata.u_names, attr);
      if (dot === -1) break;
      c.addop_i(loc, SWAP, 2);
      c.addop(loc, POP_TOP);
    }
    c.compiler_nameop(loc, asname, Ctx.Store);
    c.addop(loc, POP_TOP);
    return;
  }
  c.compiler_nameop(loc, asname, Ctx.Store);
}

/** CPython 3.12: compiler_import */
function compiler_import(c: Compiler, s: ast.Import): void {
  const loc = LOC(s);
  /* The Import node stores a module name like a.b.c as a single string. This is convenient for all cases except
     import a.b.c as d where we need to parse that string to extract the individual module names. */
  for (const alias of s.names) {
    c.addop_load_const(loc, 0);
    c.addop_load_const(loc, Py_None);
    c.addop_name(loc, IMPORT_NAME, c.u.u_metadata.u_names, alias.name);
    if (alias.asname !== null) {
      compiler_import_as(c, loc, alias.name, alias.asname);
    } else {
      let tmp = alias.name;
      const dot = alias.name.indexOf(".");
      if (dot !== -1) tmp = alias.name.slice(0, dot);
      c.compiler_nameop(loc, tmp, Ctx.Store);
    }
  }
}

/** CPython 3.12: compiler_from_import */
function compiler_from_import(c: Compiler, s: ast.ImportFrom): void {
  const n = s.names.length;
  c.addop_load_const(LOC(s), s.level ?? 0);
  /* build up the names */
  const names = s.names.map((a) => PyUnicode_FromString(a.name) as PyObject);
  if (location_is_after(LOC(s), c.c_future.ff_location) && s.module === "__future__") {
    c.compiler_error(LOC(s), "from __future__ imports must occur at the beginning of the file");
  }
  c.addop_load_const(LOC(s), _PyTuple_FromArray(names));
  c.addop_name(LOC(s), IMPORT_NAME, c.u.u_metadata.u_names, s.module ?? "");
  for (let i = 0; i < n; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.charCodeAt(0) === 42 /* '*' */) {
      c.addop_i(LOC(s), CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR);
      c.addop(NO_LOCATION, POP_TOP);
      return;
    }
    c.addop_name(LOC(s), IMPORT_FROM, c.u.u_metadata.u_names, alias.name);
    const store_name = alias.asname ?? alias.name;
    c.compiler_nameop(LOC(s), store_name, Ctx.Store);
  }
  /* remove imported module */
  c.addop(LOC(s), POP_TOP);
}

/** CPython 3.12: compiler_assert */
function compiler_assert(c: Compiler, s: ast.Assert): void {
  /* Always emit a warning if the test is a non-zero length tuple */
  if (s.test._kind === K.Tuple && (s.test as ast.Tuple).elts.length > 0) c.compiler_warn(LOC(s), "assertion is always true, perhaps remove parentheses?");
  if (c.c_optimize) return;
  const end = c.new_label();
  compiler_jump_if(c, LOC(s), s.test, end, true);
  c.addop(LOC(s), LOAD_ASSERTION_ERROR);
  if (s.msg !== null) {
    c.visit_expr(s.msg);
    c.addop_i(LOC(s), CALL, 0);
  }
  c.addop_i(LOC(s.test), RAISE_VARARGS, 1);
  c.use_label(end);
}

/** CPython 3.12: compiler_stmt_expr */
function compiler_stmt_expr(c: Compiler, loc: Location, value: ast.expr): void {
  if (c.c_interactive && c.c_nestlevel <= 1) {
    c.visit_expr(value);
    c.addop_i(loc, CALL_INTRINSIC_1, INTRINSIC_PRINT);
    c.addop(NO_LOCATION, POP_TOP);
    return;
  }
  if (value._kind === K.Constant) {
    /* ignore constant statement */
    c.addop(loc, NOP);
    return;
  }
  c.visit_expr(value);
  c.addop(NO_LOCATION, POP_TOP); /* artificial */
}

/* ------------------------------------------------------------------ with */

/** CPython 3.12: compiler_with_except_finish */
function compiler_with_except_finish(c: Compiler, cleanup: number): void {
  const suppress = c.new_label();
  c.addop_j(NO_LOCATION, POP_JUMP_IF_TRUE, suppress);
  c.addop_i(NO_LOCATION, RERAISE, 2);
  c.use_label(suppress);
  c.addop(NO_LOCATION, POP_TOP); /* exc_value */
  c.addop(NO_LOCATION, POP_BLOCK);
  c.addop(NO_LOCATION, POP_EXCEPT);
  c.addop(NO_LOCATION, POP_TOP);
  c.addop(NO_LOCATION, POP_TOP);
  const exit = c.new_label();
  c.addop_j(NO_LOCATION, JUMP, exit);
  c.use_label(cleanup);
  compiler_pop_except_and_reraise(c, NO_LOCATION);
  c.use_label(exit);
}

/** CPython 3.12: compiler_async_with */
function compiler_async_with(c: Compiler, s: ast.AsyncWith, pos: number): void {
  let loc: Location = LOC(s);
  const item = s.items[pos];
  if (c.IS_TOP_LEVEL_AWAIT()) c.u.u_ste.ste_coroutine = 1;
  else if (c.u.u_scope_type !== ScopeType.COMPILER_SCOPE_ASYNC_FUNCTION) c.compiler_error(loc, "'async with' outside async function");
  const block = c.new_label();
  const final = c.new_label();
  const exit = c.new_label();
  const cleanup = c.new_label();
  /* Evaluate EXPR */
  c.visit_expr(item.context_expr);
  loc = LOC(item.context_expr);
  c.addop(loc, BEFORE_ASYNC_WITH);
  c.addop_i(loc, GET_AWAITABLE, 1);
  c.addop_load_const(loc, Py_None);
  compiler_add_yield_from(c, loc, true);
  c.addop_j(loc, SETUP_WITH, final);
  /* SETUP_WITH pushes a finally block. */
  c.use_label(block);
  c.compiler_push_fblock(loc, fblocktype.ASYNC_WITH, block, final, s);
  if (item.optional_vars !== null) c.visit_expr(item.optional_vars);
  else c.addop(loc, POP_TOP); /* Discard result from context.__aenter__() */
  pos++;
  if (pos === s.items.length) c.visit_stmts(s.body); /* BLOCK code */
  else compiler_async_with(c, s, pos);
  c.compiler_pop_fblock(fblocktype.ASYNC_WITH, block);
  c.addop(loc, POP_BLOCK);
  /* End of body; start the cleanup */
  /* For successful outcome: call __exit__(None, None, None) */
  compiler_call_exit_with_nones(c, loc);
  c.addop_i(loc, GET_AWAITABLE, 2);
  c.addop_load_const(loc, Py_None);
  compiler_add_yield_from(c, loc, true);
  c.addop(loc, POP_TOP);
  c.addop_j(loc, JUMP, exit);
  /* For exceptional outcome: */
  c.use_label(final);
  c.addop_j(loc, SETUP_CLEANUP, cleanup);
  c.addop(loc, PUSH_EXC_INFO);
  c.addop(loc, WITH_EXCEPT_START);
  c.addop_i(loc, GET_AWAITABLE, 2);
  c.addop_load_const(loc, Py_None);
  compiler_add_yield_from(c, loc, true);
  compiler_with_except_finish(c, cleanup);
  c.use_label(exit);
}

/** CPython 3.12: compiler_with */
function compiler_with(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos];
  const block = c.new_label();
  const final = c.new_label();
  const exit = c.new_label();
  const cleanup = c.new_label();
  /* Evaluate EXPR */
  c.visit_expr(item.context_expr);
  /* Will push bound __exit__ */
  const loc = LOC(item.context_expr);
  c.addop(loc, BEFORE_WITH);
  c.addop_j(loc, SETUP_WITH, final);
  /* SETUP_WITH pushes a finally block. */
  c.use_label(block);
  c.compiler_push_fblock(loc, fblocktype.WITH, block, final, s);
  if (item.optional_vars !== null) c.visit_expr(item.optional_vars);
  else c.addop(loc, POP_TOP); /* Discard result from context.__enter__() */
  pos++;
  if (pos === s.items.length) c.visit_stmts(s.body); /* BLOCK code */
  else compiler_with(c, s, pos);
  c.addop(NO_LOCATION, POP_BLOCK);
  c.compiler_pop_fblock(fblocktype.WITH, block);
  /* End of body; start the cleanup. */
  /* For successful outcome: call __exit__(None, None, None) */
  compiler_call_exit_with_nones(c, loc);
  c.addop(loc, POP_TOP);
  c.addop_j(loc, JUMP, exit);
  /* For exceptional outcome: */
  c.use_label(final);
  c.addop_j(loc, SETUP_CLEANUP, cleanup);
  c.addop(loc, PUSH_EXC_INFO);
  c.addop(loc, WITH_EXCEPT_START);
  compiler_with_except_finish(c, cleanup);
  c.use_label(exit);
}

/* ------------------------------------------------------------------ assignments */

/** CPython 3.12: compiler_augassign */
function compiler_augassign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  let loc: Location = LOC(e);
  switch (e._kind) {
    case K.Attribute: {
      const a = e as ast.Attribute;
      c.visit_expr(a.value);
      c.addop_i(loc, COPY, 1);
      loc = update_start_location_to_match_attr(c, loc, a);
      c.addop_name(loc, LOAD_ATTR, c.u.u_metadata.u_names, a.attr);
      break;
    }
    case K.Subscript: {
      const sub = e as ast.Subscript;
      c.visit_expr(sub.value);
      if (is_two_element_slice(sub.slice)) {
        compiler_slice(c, sub.slice as ast.Slice);
        c.addop_i(loc, COPY, 3);
        c.addop_i(loc, COPY, 3);
        c.addop_i(loc, COPY, 3);
        c.addop(loc, BINARY_SLICE);
      } else {
        c.visit_expr(sub.slice);
        c.addop_i(loc, COPY, 2);
        c.addop_i(loc, COPY, 2);
        c.addop(loc, BINARY_SUBSCR);
      }
      break;
    }
    case K.Name:
      c.compiler_nameop(loc, (e as ast.Name).id, Ctx.Load);
      break;
    default:
      throw new Error(`SystemError: invalid node type (${e._kind}) for augmented assignment`);
  }
  loc = LOC(s);
  c.visit_expr(s.value);
  addop_binary(c, loc, s.op, true);
  loc = LOC(e);
  switch (e._kind) {
    case K.Attribute: {
      const a = e as ast.Attribute;
      loc = update_start_location_to_match_attr(c, loc, a);
      c.addop_i(loc, SWAP, 2);
      c.addop_name(loc, STORE_ATTR, c.u.u_metadata.u_names, a.attr);
      break;
    }
    case K.Subscript:
      if (is_two_element_slice((e as ast.Subscript).slice)) {
        c.addop_i(loc, SWAP, 4);
        c.addop_i(loc, SWAP, 3);
        c.addop_i(loc, SWAP, 2);
        c.addop(loc, STORE_SLICE);
      } else {
        c.addop_i(loc, SWAP, 3);
        c.addop_i(loc, SWAP, 2);
        c.addop(loc, STORE_SUBSCR);
      }
      break;
    case K.Name:
      c.compiler_nameop(loc, (e as ast.Name).id, Ctx.Store);
      break;
  }
}

/** CPython 3.12: check_ann_expr */
function check_ann_expr(c: Compiler, e: ast.expr): void {
  c.visit_expr(e);
  c.addop(LOC(e), POP_TOP);
}

/** CPython 3.12: check_annotation */
function check_annotation(c: Compiler, s: ast.AnnAssign): void {
  /* Annotations of complex targets does not produce anything under annotations future */
  if (c.future_annotations) return;
  /* Annotations are only evaluated in a module or class. */
  if (c.u.u_scope_type === ScopeType.COMPILER_SCOPE_MODULE || c.u.u_scope_type === ScopeType.COMPILER_SCOPE_CLASS) check_ann_expr(c, s.annotation);
}

/** CPython 3.12: check_ann_subscr. We check that everything in a subscript is defined at runtime. */
function check_ann_subscr(c: Compiler, e: ast.expr): void {
  switch (e._kind) {
    case K.Slice: {
      const sl = e as ast.Slice;
      if (sl.lower !== null) check_ann_expr(c, sl.lower);
      if (sl.upper !== null) check_ann_expr(c, sl.upper);
      if (sl.step !== null) check_ann_expr(c, sl.step);
      return;
    }
    case K.Tuple:
      /* extended slice */
      for (const el of (e as ast.Tuple).elts) check_ann_subscr(c, el);
      return;
    default:
      check_ann_expr(c, e);
  }
}

/** CPython 3.12: compiler_annassign */
function compiler_annassign(c: Compiler, s: ast.AnnAssign): void {
  const loc = LOC(s);
  const targ = s.target;
  /* We perform the actual assignment first. */
  if (s.value !== null) {
    c.visit_expr(s.value);
    c.visit_expr(targ);
  }
  switch (targ._kind) {
    case K.Name: {
      const id = (targ as ast.Name).id;
      c.forbidden_name(loc, id, Ctx.Store);
      /* If we have a simple name in a module or class, store annotation. */
      if (s.simple && (c.u.u_scope_type === ScopeType.COMPILER_SCOPE_MODULE || c.u.u_scope_type === ScopeType.COMPILER_SCOPE_CLASS)) {
        if (c.future_annotations) compiler_visit_annexpr(c, s.annotation);
        else c.visit_expr(s.annotation);
        c.addop_name(loc, LOAD_NAME, c.u.u_metadata.u_names, "__annotations__");
        c.addop_load_const(loc, PyUnicode_FromString(_Py_Mangle(c.u.u_private, id)));
        c.addop(loc, STORE_SUBSCR);
      }
      break;
    }
    case K.Attribute: {
      const a = targ as ast.Attribute;
      c.forbidden_name(loc, a.attr, Ctx.Store);
      if (s.value === null) check_ann_expr(c, a.value);
      break;
    }
    case K.Subscript:
      if (s.value === null) {
        check_ann_expr(c, (targ as ast.Subscript).value);
        check_ann_subscr(c, (targ as ast.Subscript).slice);
      }
      break;
    default:
      throw new Error(`SystemError: invalid node type (${targ._kind}) for annotated assignment`);
  }
  /* Annotation is evaluated last. */
  if (!s.simple) check_annotation(c, s);
}

/* ------------------------------------------------------------------ dispatch */

/** CPython 3.12: compiler_visit_stmt */
export function compiler_visit_stmt(c: Compiler, s0: ast.stmt): void {
  const s = s0 as Stmt;
  switch (s._kind) {
    case K.FunctionDef:
      return compiler_function(c, s, false);
    case K.ClassDef:
      return compiler_class(c, s);
    case K.TypeAlias:
      return compiler_typealias(c, s);
    case K.Return:
      return compiler_return(c, s);
    case K.Delete:
      c.visit_exprs(s.targets);
      return;
    case K.Assign: {
      const n = s.targets.length;
      c.visit_expr(s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addop_i(LOC(s), COPY, 1);
        c.visit_expr(s.targets[i]);
      }
      return;
    }
    case K.AugAssign:
      return compiler_augassign(c, s);
    case K.AnnAssign:
      return compiler_annassign(c, s);
    case K.For:
      return compiler_for(c, s);
    case K.While:
      return compiler_while(c, s);
    case K.If:
      return compiler_if(c, s);
    case K.Match:
      return compiler_match(c, s);
    case K.Raise: {
      let n = 0;
      if (s.exc !== null) {
        c.visit_expr(s.exc);
        n++;
        if (s.cause !== null) {
          c.visit_expr(s.cause);
          n++;
        }
      }
      c.addop_i(LOC(s), RAISE_VARARGS, n);
      return;
    }
    case K.Try:
      if (s.finalbody.length) return compiler_try_finally(c, s);
      return compiler_try_except(c, s);
    case K.TryStar:
      if (s.finalbody.length) return compiler_try_star_finally(c, s);
      return compiler_try_star_except(c, s);
    case K.Assert:
      return compiler_assert(c, s);
    case K.Import:
      return compiler_import(c, s);
    case K.ImportFrom:
      return compiler_from_import(c, s);
    case K.Global:
    case K.Nonlocal:
      return;
    case K.Expr:
      return compiler_stmt_expr(c, LOC(s), s.value);
    case K.Pass:
      c.addop(LOC(s), NOP);
      return;
    case K.Break:
      return compiler_break(c, LOC(s));
    case K.Continue:
      return compiler_continue(c, LOC(s));
    case K.With:
      return compiler_with(c, s, 0);
    case K.AsyncFunctionDef:
      return compiler_function(c, s, true);
    case K.AsyncWith:
      return compiler_async_with(c, s, 0);
    case K.AsyncFor:
      return compiler_async_for(c, s);
  }
}

void ctxOf;
void NB_INPLACE_ADD;
void BINARY_OP;
