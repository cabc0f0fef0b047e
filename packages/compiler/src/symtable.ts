/**
 * Symbol table construction and scope analysis.
 * CPython 3.12: Python/symtable.c, Python/future.c (_PyFuture_FromAST), Include/internal/pycore_symtable.h.
 *
 * Python sets and dicts become JS Sets and Maps (insertion-ordered, as dicts are; CPython's sets iterate in hash
 * order, which only shows where update_symbols appends free names, see there).
 */
import * as ast from "./Parser/ast.js";
import { NodeKind as K } from "./Parser/ast.js";
import { _PyAST_GetDocString, CompilerRecursionError, COMPILER_RECURSION_LIMIT, COMPILER_RECURSION_LIMIT_SPINE, isSpine, spineChild, type Expr, type Stmt, type Pattern, type TypeParam, type Mod } from "./ast_opt.js";

/* flags, CPython 3.12: Include/internal/pycore_symtable.h */
export const DEF_GLOBAL = 1; /* global stmt */
export const DEF_LOCAL = 2; /* assignment in code block */
export const DEF_PARAM = 2 << 1; /* formal parameter */
export const DEF_NONLOCAL = 2 << 2; /* nonlocal stmt */
export const USE = 2 << 3; /* name is used */
export const DEF_FREE = 2 << 4; /* name used but not defined in nested block */
export const DEF_FREE_CLASS = 2 << 5; /* free variable from class's method */
export const DEF_IMPORT = 2 << 6; /* assignment occurred via import */
export const DEF_ANNOT = 2 << 7; /* this name is annotated */
export const DEF_COMP_ITER = 2 << 8; /* this name is a comprehension iteration variable */
export const DEF_TYPE_PARAM = 2 << 9; /* this name is a type parameter */
export const DEF_COMP_CELL = 2 << 10; /* this name is a cell in an inlined comprehension */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

/** CPython 3.12: _Py_block_ty */
export const enum BlockType {
  FunctionBlock,
  ClassBlock,
  ModuleBlock,
  // Used for annotations if 'from __future__ import annotations' is active. Annotation blocks cannot bind names
  // and are not evaluated.
  AnnotationBlock,
  // Used for generics and type aliases. These work mostly like functions (see PEP 695 for details). The three
  // different blocks function identically; they are different enum entries only so that error messages can be
  // more precise.
  TypeVarBoundBlock,
  TypeAliasBlock,
  TypeParamBlock,
}
/** CPython 3.12: _Py_comprehension_ty */
export const enum ComprehensionType {
  NoComprehension = 0,
  ListComprehension = 1,
  DictComprehension = 2,
  SetComprehension = 3,
  GeneratorExpression = 4,
}

export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** CPython 3.12: _PyCompilerSrcLocation */
export interface Location {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}
/** A source span of an AST node. */
interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** CPython 3.12: PyFutureFeatures */
export interface PyFutureFeatures {
  ff_features: number;
  ff_location: Location;
}

/** How a pass reports a SyntaxError: (message, lineno, offset, end_lineno, end_offset), offsets 1-based. */
export type SyntaxErrorFactory = (msg: string, lineno: number, offset: number, end_lineno: number | null, end_offset: number | null) => Error;

/** CPython 3.12: Include/internal/pycore_symtable.h (PySTEntryObject) */
export class PySTEntryObject {
  ste_symbols = new Map<string, number>();
  ste_varnames: string[] = [];
  ste_children: PySTEntryObject[] = [];
  ste_directives: [string, number, number, number, number][] | null = null;
  ste_nested = 0;
  ste_free = 0;
  ste_child_free = 0;
  ste_generator = 0;
  ste_coroutine = 0;
  ste_comprehension: ComprehensionType = ComprehensionType.NoComprehension;
  ste_varargs = 0;
  ste_varkeywords = 0;
  ste_returns_value = 0;
  ste_needs_class_closure = 0;
  ste_needs_classdict = 0;
  ste_comp_inlined = 0;
  ste_comp_iter_target = 0;
  ste_can_see_class_scope = 0;
  ste_comp_iter_expr = 0;
  constructor(
    readonly ste_table: symtable,
    readonly ste_name: string,
    readonly ste_type: BlockType,
    readonly ste_id: object,
    readonly ste_lineno: number,
    readonly ste_col_offset: number,
    readonly ste_end_lineno: number,
    readonly ste_end_col_offset: number,
  ) {}
}

/** CPython 3.12: struct symtable */
export class symtable {
  st_cur: PySTEntryObject | null = null;
  st_top!: PySTEntryObject;
  st_blocks = new Map<object, PySTEntryObject>();
  st_stack: PySTEntryObject[] = [];
  st_global!: Map<string, number>;
  st_private: string | null = null;
  recursion_depth = 0;
  /** Nodes of the left spines being walked (iteratively; limited by COMPILER_RECURSION_LIMIT_SPINE). */
  spine_depth = 0;
  recursion_limit = COMPILER_RECURSION_LIMIT;
  constructor(
    readonly st_filename: string,
    readonly st_future: PyFutureFeatures,
    readonly st_error: SyntaxErrorFactory,
  ) {}
}

/** CPython 3.12: Python/symtable.c (_Py_Mangle): __private becomes _classname__private. */
export function _Py_Mangle(privateobj: string | null, ident: string): string {
  if (privateobj === null || ident.charCodeAt(0) !== 95 || ident.charCodeAt(1) !== 95) return ident;
  const nlen = ident.length;
  /* Don't mangle __id__ or names with dots. */
  if ((ident.charCodeAt(nlen - 1) === 95 && ident.charCodeAt(nlen - 2) === 95) || ident.includes(".")) return ident;
  /* Strip leading underscores from class name */
  let ipriv = 0;
  while (privateobj.charCodeAt(ipriv) === 95) ipriv++;
  if (ipriv === privateobj.length) return ident; /* Don't mangle if class is just underscores */
  return "_" + privateobj.slice(ipriv) + ident;
}

/** CPython 3.12: Python/symtable.c (_PyST_GetSymbol) */
export function _PyST_GetSymbol(ste: PySTEntryObject, name: string): number {
  return ste.ste_symbols.get(name) ?? 0;
}
/** CPython 3.12: Python/symtable.c (_PyST_GetScope) */
export function _PyST_GetScope(ste: PySTEntryObject, name: string): number {
  return ((ste.ste_symbols.get(name) ?? 0) >> SCOPE_OFFSET) & SCOPE_MASK;
}
/** CPython 3.12: Python/symtable.c (_PyST_IsFunctionLike) */
export function _PyST_IsFunctionLike(ste: PySTEntryObject): boolean {
  const t = ste.ste_type;
  return t === BlockType.FunctionBlock || t === BlockType.TypeVarBoundBlock || t === BlockType.TypeAliasBlock || t === BlockType.TypeParamBlock;
}
/** CPython 3.12: Python/symtable.c (_PySymtable_Lookup) */
export function _PySymtable_Lookup(st: symtable, key: object): PySTEntryObject {
  const v = st.st_blocks.get(key);
  if (v === undefined) throw new Error("KeyError: unknown symbol table entry");
  return v;
}

/* ---------------------------------------------------------------- future.c */

const FUTURE_IGNORED = new Set(["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop"]);

/** CPython 3.12: Python/future.c (_PyFuture_FromAST) */
export function _PyFuture_FromAST(mod: ast.mod, raise: SyntaxErrorFactory): PyFutureFeatures {
  const ff: PyFutureFeatures = { ff_features: 0, ff_location: { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 } };
  if (!(mod._kind === K.Module || mod._kind === K.Interactive)) return ff;
  const body = (mod as ast.Module | ast.Interactive).body;
  let i = 0;
  if (_PyAST_GetDocString(body) !== null) i++;
  for (; i < body.length; i++) {
    const s = body[i];
    /* The only things that can precede a future statement are another future statement and a doc string. */
    if (s._kind !== K.ImportFrom) return ff;
    const imp = s as ast.ImportFrom;
    if (imp.module !== "__future__") return ff;
    for (const name of imp.names) {
      const feature = name.name;
      if (FUTURE_IGNORED.has(feature)) continue;
      if (feature === "barry_as_FLUFL") ff.ff_features |= CO_FUTURE_BARRY_AS_BDFL;
      else if (feature === "annotations") ff.ff_features |= CO_FUTURE_ANNOTATIONS;
      else if (feature === "braces") throw raise("not a chance", s.lineno, s.col_offset + 1, s.lineno, null);
      else throw raise(`future feature ${feature.slice(0, 100)} is not defined`, s.lineno, s.col_offset + 1, s.lineno, null);
    }
    ff.ff_location = { lineno: s.lineno, end_lineno: s.end_lineno, col_offset: s.col_offset, end_col_offset: s.end_col_offset };
  }
  return ff;
}

/* ---------------------------------------------------------------- error messages */

const GLOBAL_PARAM = "name '%U' is parameter and global";
const NONLOCAL_PARAM = "name '%U' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN = "name '%U' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN = "name '%U' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE = "name '%U' is used prior to global declaration";
const NONLOCAL_AFTER_USE = "name '%U' is used prior to nonlocal declaration";
const GLOBAL_ANNOT = "annotated name '%U' can't be global";
const NONLOCAL_ANNOT = "annotated name '%U' can't be nonlocal";
const IMPORT_STAR_WARNING = "import * only allowed at module level";
const NAMED_EXPR_COMP_IN_CLASS = "assignment expression within a comprehension cannot be used in a class body";
const NAMED_EXPR_COMP_IN_TYPEVAR_BOUND = "assignment expression within a comprehension cannot be used in a TypeVar bound";
const NAMED_EXPR_COMP_IN_TYPEALIAS = "assignment expression within a comprehension cannot be used in a type alias";
const NAMED_EXPR_COMP_IN_TYPEPARAM = "assignment expression within a comprehension cannot be used within the definition of a generic";
const NAMED_EXPR_COMP_CONFLICT = "assignment expression cannot rebind comprehension iteration variable '%U'";
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = "comprehension inner loop cannot rebind assignment expression target '%U'";
const NAMED_EXPR_COMP_ITER_EXPR = "assignment expression cannot be used in a comprehension iterable expression";
const ANNOTATION_NOT_ALLOWED = "%s cannot be used within an annotation";
const TYPEVAR_BOUND_NOT_ALLOWED = "%s cannot be used within a TypeVar bound";
const TYPEALIAS_NOT_ALLOWED = "%s cannot be used within a type alias";
const TYPEPARAM_NOT_ALLOWED = "%s cannot be used within the definition of a generic";
const DUPLICATE_TYPE_PARAM = "duplicate type parameter '%U'";
const DUPLICATE_ARGUMENT = "duplicate argument '%U' in function definition";

function fmt(m: string, s: string): string {
  return m.replace(/%[US]|%s/, () => s);
}
/** PyErr_RangedSyntaxLocationObject(filename, lineno, col+1, end_lineno, end_col+1) after PyErr_Format. */
function rangedError(st: symtable, msg: string, lineno: number, col: number, end_lineno: number, end_col: number): never {
  throw st.st_error(msg, lineno, col + 1, end_lineno, end_col + 1);
}
function errorAt(st: symtable, msg: string, n: Span): never {
  rangedError(st, msg, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
}

/* ---------------------------------------------------------------- pass 1: collect */

function symtable_enter_block(st: symtable, name: string, block: BlockType, key: object, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): void {
  const ste = new PySTEntryObject(st, name, block, key, lineno, col_offset, end_lineno, end_col_offset);
  const prev = st.st_cur;
  if (prev !== null && (prev.ste_nested || _PyST_IsFunctionLike(prev))) ste.ste_nested = 1;
  st.st_blocks.set(key, ste);
  st.st_stack.push(ste);
  /* bpo-37757: For now, disallow *all* assignment expressions in the outermost iterator expression of a
   * comprehension, even those inside a nested comprehension or a lambda expression. */
  if (prev !== null) ste.ste_comp_iter_expr = prev.ste_comp_iter_expr;
  st.st_cur = ste;
  /* Annotation blocks shouldn't have any affect on the symbol table since in the compilation stage, they will
   * all be transformed to strings. They are only created if future 'annotations' feature is activated. */
  if (block === BlockType.AnnotationBlock) return;
  if (block === BlockType.ModuleBlock) st.st_global = ste.ste_symbols;
  if (prev !== null) prev.ste_children.push(ste);
}
function symtable_exit_block(st: symtable): void {
  st.st_cur = null;
  st.st_stack.pop();
  if (st.st_stack.length) st.st_cur = st.st_stack[st.st_stack.length - 1];
}

function symtable_lookup(st: symtable, name: string): number {
  return _PyST_GetSymbol(st.st_cur!, _Py_Mangle(st.st_private, name));
}

function symtable_add_def_helper(st: symtable, name: string, flag: number, ste: PySTEntryObject, lineno: number, col_offset: number, end_lineno: number, end_col_offset: number): void {
  const mangled = _Py_Mangle(st.st_private, name);
  const dict = ste.ste_symbols;
  const o = dict.get(mangled);
  let val: number;
  if (o !== undefined) {
    val = o;
    if (flag & DEF_PARAM && val & DEF_PARAM) {
      /* Is it better to use 'mangled' or 'name' here? */
      rangedError(st, fmt(DUPLICATE_ARGUMENT, name), lineno, col_offset, end_lineno, end_col_offset);
    }
    if (flag & DEF_TYPE_PARAM && val & DEF_TYPE_PARAM) {
      rangedError(st, fmt(DUPLICATE_TYPE_PARAM, name), lineno, col_offset, end_lineno, end_col_offset);
    }
    val |= flag;
  } else {
    val = flag;
  }
  if (ste.ste_comp_iter_target) {
    /* This name is an iteration variable in a comprehension, so check for a binding conflict with any named
     * expressions. Otherwise, mark it as an iteration variable so subsequent named expressions can check for
     * conflicts. */
    if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
      rangedError(st, fmt(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name), lineno, col_offset, end_lineno, end_col_offset);
    }
    val |= DEF_COMP_ITER;
  }
  dict.set(mangled, val);
  if (flag & DEF_PARAM) {
    ste.ste_varnames.push(mangled);
  } else if (flag & DEF_GLOBAL) {
    /* XXX need to update DEF_GLOBAL for other flags too; perhaps only DEF_FREE_GLOBAL */
    let v = flag;
    const g = st.st_global.get(mangled);
    if (g !== undefined) v |= g;
    st.st_global.set(mangled, v);
  }
}
function symtable_add_def(st: symtable, name: string, flag: number, loc: Span): void {
  symtable_add_def_helper(st, name, flag, st.st_cur!, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
}

function symtable_enter_type_param_block(st: symtable, name: string, key: object, has_defaults: boolean, has_kwdefaults: boolean, kind: K, loc: Span): void {
  const current_type = st.st_cur!.ste_type;
  symtable_enter_block(st, name, BlockType.TypeParamBlock, key, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
  if (current_type === BlockType.ClassBlock) {
    st.st_cur!.ste_can_see_class_scope = 1;
    symtable_add_def(st, "__classdict__", USE, loc);
  }
  if (kind === K.ClassDef) {
    // It gets "set" when we create the type params tuple and "used" when we build up the bases.
    symtable_add_def(st, ".type_params", DEF_LOCAL, loc);
    symtable_add_def(st, ".type_params", USE, loc);
    st.st_private = name;
    // This is used for setting the generic base
    symtable_add_def(st, ".generic_base", DEF_LOCAL, loc);
    symtable_add_def(st, ".generic_base", USE, loc);
  }
  if (has_defaults) symtable_add_def(st, ".defaults", DEF_PARAM, loc);
  if (has_kwdefaults) symtable_add_def(st, ".kwdefaults", DEF_PARAM, loc);
}

function symtable_record_directive(st: symtable, name: string, loc: Span): void {
  const cur = st.st_cur!;
  if (cur.ste_directives === null) cur.ste_directives = [];
  cur.ste_directives.push([_Py_Mangle(st.st_private, name), loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset]);
}

function has_kwonlydefaults(kwonlyargs: ast.arg[], kw_defaults: (ast.expr | null)[]): boolean {
  for (let i = 0; i < kwonlyargs.length; i++) if (kw_defaults[i]) return true;
  return false;
}

function enter(st: symtable): void {
  if (++st.recursion_depth > st.recursion_limit) throw new CompilerRecursionError();
}

function visit_exprs(st: symtable, seq: readonly (ast.expr | null)[]): void {
  for (const e of seq) if (e !== null) symtable_visit_expr(st, e);
}
function visit_stmts(st: symtable, seq: readonly ast.stmt[]): void {
  for (const s of seq) symtable_visit_stmt(st, s);
}

function visit_function(st: symtable, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  symtable_add_def(st, s.name, DEF_LOCAL, s);
  const args = s.args;
  visit_exprs(st, args.defaults);
  visit_exprs(st, args.kw_defaults);
  visit_exprs(st, s.decorator_list);
  if (s.type_params.length > 0) {
    // args->defaults is never NULL in CPython's AST (an empty sequence at worst), so has_defaults is always true.
    symtable_enter_type_param_block(st, s.name, s.type_params, true, has_kwonlydefaults(args.kwonlyargs, args.kw_defaults), s._kind, s);
    for (const tp of s.type_params) symtable_visit_type_param(st, tp as TypeParam);
  }
  symtable_visit_annotations(st, s, args, s.returns);
  symtable_enter_block(st, s.name, BlockType.FunctionBlock, s, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
  if (s._kind === K.AsyncFunctionDef) st.st_cur!.ste_coroutine = 1;
  symtable_visit_arguments(st, args);
  visit_stmts(st, s.body);
  symtable_exit_block(st);
  if (s.type_params.length > 0) symtable_exit_block(st);
}

function symtable_visit_stmt(st: symtable, s0: ast.stmt): void {
  enter(st);
  const s = s0 as Stmt;
  switch (s._kind) {
    case K.FunctionDef:
    case K.AsyncFunctionDef:
      visit_function(st, s);
      break;
    case K.ClassDef: {
      symtable_add_def(st, s.name, DEF_LOCAL, s);
      visit_exprs(st, s.decorator_list);
      if (s.type_params.length > 0) {
        symtable_enter_type_param_block(st, s.name, s.type_params, false, false, s._kind, s);
        for (const tp of s.type_params) symtable_visit_type_param(st, tp as TypeParam);
      }
      visit_exprs(st, s.bases);
      for (const k of s.keywords) symtable_visit_expr(st, k.value);
      symtable_enter_block(st, s.name, BlockType.ClassBlock, s, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
      const tmp = st.st_private;
      st.st_private = s.name;
      if (s.type_params.length > 0) {
        symtable_add_def(st, "__type_params__", DEF_LOCAL, s);
        symtable_add_def(st, ".type_params", USE, s);
      }
      visit_stmts(st, s.body);
      st.st_private = tmp;
      symtable_exit_block(st);
      if (s.type_params.length > 0) symtable_exit_block(st);
      break;
    }
    case K.TypeAlias: {
      symtable_visit_expr(st, s.name);
      const name = (s.name as ast.Name).id;
      const is_in_class = st.st_cur!.ste_type === BlockType.ClassBlock;
      const is_generic = s.type_params.length > 0;
      if (is_generic) {
        symtable_enter_type_param_block(st, name, s.type_params, false, false, s._kind, s);
        for (const tp of s.type_params) symtable_visit_type_param(st, tp as TypeParam);
      }
      symtable_enter_block(st, name, BlockType.TypeAliasBlock, s, s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
      st.st_cur!.ste_can_see_class_scope = is_in_class ? 1 : 0;
      if (is_in_class) symtable_add_def(st, "__classdict__", USE, s.value);
      symtable_visit_expr(st, s.value);
      symtable_exit_block(st);
      if (is_generic) symtable_exit_block(st);
      break;
    }
    case K.Return:
      if (s.value !== null) {
        symtable_visit_expr(st, s.value);
        st.st_cur!.ste_returns_value = 1;
      }
      break;
    case K.Delete:
      visit_exprs(st, s.targets);
      break;
    case K.Assign:
      visit_exprs(st, s.targets);
      symtable_visit_expr(st, s.value);
      break;
    case K.AnnAssign:
      if (s.target._kind === K.Name) {
        const e_name = s.target as ast.Name;
        const cur = symtable_lookup(st, e_name.id);
        if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && st.st_cur!.ste_symbols !== st.st_global && s.simple) {
          errorAt(st, fmt(cur & DEF_GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT, e_name.id), s);
        }
        if (s.simple) symtable_add_def(st, e_name.id, DEF_ANNOT | DEF_LOCAL, e_name);
        else if (s.value !== null) symtable_add_def(st, e_name.id, DEF_LOCAL, e_name);
      } else {
        symtable_visit_expr(st, s.target);
      }
      symtable_visit_annotation(st, s.annotation);
      if (s.value !== null) symtable_visit_expr(st, s.value);
      break;
    case K.AugAssign:
      symtable_visit_expr(st, s.target);
      symtable_visit_expr(st, s.value);
      break;
    case K.For:
    case K.AsyncFor:
      symtable_visit_expr(st, s.target);
      symtable_visit_expr(st, s.iter);
      visit_stmts(st, s.body);
      visit_stmts(st, s.orelse);
      break;
    case K.While:
    case K.If:
      symtable_visit_expr(st, s.test);
      visit_stmts(st, s.body);
      visit_stmts(st, s.orelse);
      break;
    case K.Match:
      symtable_visit_expr(st, s.subject);
      for (const m of s.cases) {
        symtable_visit_pattern(st, m.pattern as Pattern);
        if (m.guard !== null) symtable_visit_expr(st, m.guard);
        visit_stmts(st, m.body);
      }
      break;
    case K.Raise:
      if (s.exc !== null) {
        symtable_visit_expr(st, s.exc);
        if (s.cause !== null) symtable_visit_expr(st, s.cause);
      }
      break;
    case K.Try:
    case K.TryStar:
      visit_stmts(st, s.body);
      for (const eh of s.handlers as ast.ExceptHandler[]) {
        if (eh.type !== null) symtable_visit_expr(st, eh.type);
        if (eh.name !== null) symtable_add_def(st, eh.name, DEF_LOCAL, eh);
        visit_stmts(st, eh.body);
      }
      visit_stmts(st, s.orelse);
      visit_stmts(st, s.finalbody);
      break;
    case K.Assert:
      symtable_visit_expr(st, s.test);
      if (s.msg !== null) symtable_visit_expr(st, s.msg);
      break;
    case K.Import:
    case K.ImportFrom:
      for (const a of s.names) symtable_visit_alias(st, a);
      break;
    case K.Global:
    case K.Nonlocal: {
      const isGlobal = s._kind === K.Global;
      for (const name of s.names) {
        const cur = symtable_lookup(st, name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
          let msg: string;
          if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
          else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
          else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
          else msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN; /* DEF_LOCAL */
          errorAt(st, fmt(msg, name), s);
        }
        symtable_add_def(st, name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
        symtable_record_directive(st, name, s);
      }
      break;
    }
    case K.Expr:
      symtable_visit_expr(st, s.value);
      break;
    case K.Pass:
    case K.Break:
    case K.Continue:
      /* nothing to do here */
      break;
    case K.With:
    case K.AsyncWith:
      for (const it of s.items) {
        symtable_visit_expr(st, it.context_expr);
        if (it.optional_vars !== null) symtable_visit_expr(st, it.optional_vars);
      }
      visit_stmts(st, s.body);
      break;
  }
  st.recursion_depth--;
}

function symtable_extend_namedexpr_scope(st: symtable, e: ast.Name): void {
  const target_name = e.id;
  /* Iterate over the stack in reverse and add to the nearest adequate scope */
  for (let i = st.st_stack.length - 1; i >= 0; i--) {
    const ste = st.st_stack[i];
    /* If we find a comprehension scope, check for a target binding conflict with iteration variables,
     * otherwise skip it */
    if (ste.ste_comprehension) {
      const target_in_scope = _PyST_GetSymbol(ste, target_name);
      if (target_in_scope & DEF_COMP_ITER && target_in_scope & DEF_LOCAL) errorAt(st, fmt(NAMED_EXPR_COMP_CONFLICT, target_name), e);
      continue;
    }
    /* If we find a FunctionBlock entry, add as GLOBAL/LOCAL or NONLOCAL/LOCAL */
    if (ste.ste_type === BlockType.FunctionBlock) {
      const target_in_scope = _PyST_GetSymbol(ste, target_name);
      if (target_in_scope & DEF_GLOBAL) symtable_add_def(st, target_name, DEF_GLOBAL, e);
      else symtable_add_def(st, target_name, DEF_NONLOCAL, e);
      symtable_record_directive(st, target_name, e);
      symtable_add_def_helper(st, target_name, DEF_LOCAL, ste, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      return;
    }
    /* If we find a ModuleBlock entry, add as GLOBAL */
    if (ste.ste_type === BlockType.ModuleBlock) {
      symtable_add_def(st, target_name, DEF_GLOBAL, e);
      symtable_record_directive(st, target_name, e);
      symtable_add_def_helper(st, target_name, DEF_GLOBAL, ste, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      return;
    }
    /* Disallow usage in ClassBlock and type scopes */
    switch (ste.ste_type) {
      case BlockType.ClassBlock:
        errorAt(st, NAMED_EXPR_COMP_IN_CLASS, e);
        break;
      case BlockType.TypeParamBlock:
        errorAt(st, NAMED_EXPR_COMP_IN_TYPEPARAM, e);
        break;
      case BlockType.TypeAliasBlock:
        errorAt(st, NAMED_EXPR_COMP_IN_TYPEALIAS, e);
        break;
      case BlockType.TypeVarBoundBlock:
        errorAt(st, NAMED_EXPR_COMP_IN_TYPEVAR_BOUND, e);
        break;
    }
  }
  /* We should always find either a function-like block, ModuleBlock or ClassBlock and should never fall to this
   * case */
  throw new Error("SystemError: unreachable in symtable_extend_namedexpr_scope");
}

function symtable_handle_namedexpr(st: symtable, e: ast.NamedExpr): void {
  if (st.st_cur!.ste_comp_iter_expr > 0) {
    /* Assignment isn't allowed in a comprehension iterable expression */
    errorAt(st, NAMED_EXPR_COMP_ITER_EXPR, e);
  }
  if (st.st_cur!.ste_comprehension) {
    /* Inside a comprehension body, so find the right target scope */
    symtable_extend_namedexpr_scope(st, e.target as ast.Name);
  }
  symtable_visit_expr(st, e.value);
  symtable_visit_expr(st, e.target);
}

function symtable_raise_if_annotation_block(st: symtable, name: string, e: ast.expr): void {
  const type = st.st_cur!.ste_type;
  let msg: string;
  if (type === BlockType.AnnotationBlock) msg = ANNOTATION_NOT_ALLOWED;
  else if (type === BlockType.TypeVarBoundBlock) msg = TYPEVAR_BOUND_NOT_ALLOWED;
  else if (type === BlockType.TypeAliasBlock) msg = TYPEALIAS_NOT_ALLOWED;
  else if (type === BlockType.TypeParamBlock) msg = TYPEPARAM_NOT_ALLOWED;
  else return;
  errorAt(st, fmt(msg, name), e);
}
function symtable_raise_if_comprehension_block(st: symtable, e: ast.expr): never {
  const type = st.st_cur!.ste_comprehension;
  errorAt(
    st,
    type === ComprehensionType.ListComprehension
      ? "'yield' inside list comprehension"
      : type === ComprehensionType.SetComprehension
        ? "'yield' inside set comprehension"
        : type === ComprehensionType.DictComprehension
          ? "'yield' inside dict comprehension"
          : "'yield' inside generator expression",
    e,
  );
}

function symtable_visit_expr(st: symtable, e0: ast.expr): void {
  // A left spine (`a + b + c + ...`, `a.b().c[0]`: BinOp.left, Attribute.value, Subscript.value, Call.func) is
  // walked iteratively in the recursive visiting order (innermost first, then each node's other children), so that
  // long chains do not overflow the JS stack; their length counts against COMPILER_RECURSION_LIMIT_SPINE.
  if (isSpine(e0) && isSpine(spineChild(e0))) {
    const chain: ast.expr[] = [];
    let n: ast.expr = e0;
    while (isSpine(n)) {
      chain.push(n);
      n = spineChild(n);
    }
    st.spine_depth += chain.length;
    if (st.spine_depth > COMPILER_RECURSION_LIMIT_SPINE) throw new CompilerRecursionError();
    symtable_visit_expr(st, n);
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i] as Expr;
      switch (e._kind) {
        case K.BinOp:
          symtable_visit_expr(st, e.right);
          break;
        case K.Subscript:
          symtable_visit_expr(st, e.slice);
          break;
        case K.Call:
          visit_exprs(st, e.args);
          for (const k of e.keywords) symtable_visit_expr(st, k.value);
          break;
      }
    }
    st.spine_depth -= chain.length;
    return;
  }
  enter(st);
  const e = e0 as Expr;
  const cur = st.st_cur!;
  switch (e._kind) {
    case K.NamedExpr:
      symtable_raise_if_annotation_block(st, "named expression", e);
      symtable_handle_namedexpr(st, e);
      break;
    case K.BoolOp:
      visit_exprs(st, e.values);
      break;
    case K.BinOp:
      symtable_visit_expr(st, e.left);
      symtable_visit_expr(st, e.right);
      break;
    case K.UnaryOp:
      symtable_visit_expr(st, e.operand);
      break;
    case K.Lambda: {
      if (cur.ste_can_see_class_scope) {
        // gh-109118
        errorAt(st, "Cannot use lambda in annotation scope within class scope", e);
      }
      const args = e.args;
      visit_exprs(st, args.defaults);
      visit_exprs(st, args.kw_defaults);
      symtable_enter_block(st, "lambda", BlockType.FunctionBlock, e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
      symtable_visit_arguments(st, args);
      symtable_visit_expr(st, e.body);
      symtable_exit_block(st);
      break;
    }
    case K.IfExp:
      symtable_visit_expr(st, e.test);
      symtable_visit_expr(st, e.body);
      symtable_visit_expr(st, e.orelse);
      break;
    case K.Dict:
      visit_exprs(st, e.keys);
      visit_exprs(st, e.values);
      break;
    case K.Set:
      visit_exprs(st, e.elts);
      break;
    case K.GeneratorExp:
      symtable_handle_comprehension(st, e, "genexpr", e.generators, e.elt, null);
      break;
    case K.ListComp:
      symtable_handle_comprehension(st, e, "listcomp", e.generators, e.elt, null);
      break;
    case K.SetComp:
      symtable_handle_comprehension(st, e, "setcomp", e.generators, e.elt, null);
      break;
    case K.DictComp:
      symtable_handle_comprehension(st, e, "dictcomp", e.generators, e.key, e.value);
      break;
    case K.Yield:
      symtable_raise_if_annotation_block(st, "yield expression", e);
      if (e.value !== null) symtable_visit_expr(st, e.value);
      st.st_cur!.ste_generator = 1;
      if (st.st_cur!.ste_comprehension) symtable_raise_if_comprehension_block(st, e);
      break;
    case K.YieldFrom:
      symtable_raise_if_annotation_block(st, "yield expression", e);
      symtable_visit_expr(st, e.value);
      st.st_cur!.ste_generator = 1;
      if (st.st_cur!.ste_comprehension) symtable_raise_if_comprehension_block(st, e);
      break;
    case K.Await:
      symtable_raise_if_annotation_block(st, "await expression", e);
      symtable_visit_expr(st, e.value);
      st.st_cur!.ste_coroutine = 1;
      break;
    case K.Compare:
      symtable_visit_expr(st, e.left);
      visit_exprs(st, e.comparators);
      break;
    case K.Call:
      symtable_visit_expr(st, e.func);
      visit_exprs(st, e.args);
      for (const k of e.keywords) symtable_visit_expr(st, k.value);
      break;
    case K.FormattedValue:
      symtable_visit_expr(st, e.value);
      if (e.format_spec !== null) symtable_visit_expr(st, e.format_spec);
      break;
    case K.JoinedStr:
      visit_exprs(st, e.values);
      break;
    case K.Constant:
      /* Nothing to do here. */
      break;
    /* The following exprs can be assignment targets. */
    case K.Attribute:
      symtable_visit_expr(st, e.value);
      break;
    case K.Subscript:
      symtable_visit_expr(st, e.value);
      symtable_visit_expr(st, e.slice);
      break;
    case K.Starred:
      symtable_visit_expr(st, e.value);
      break;
    case K.Slice:
      if (e.lower !== null) symtable_visit_expr(st, e.lower);
      if (e.upper !== null) symtable_visit_expr(st, e.upper);
      if (e.step !== null) symtable_visit_expr(st, e.step);
      break;
    case K.Name:
      symtable_add_def(st, e.id, e.ctx._kind === K.Load ? USE : DEF_LOCAL, e);
      /* Special-case super: it counts as a use of __class__ */
      if (e.ctx._kind === K.Load && _PyST_IsFunctionLike(st.st_cur!) && e.id === "super") symtable_add_def(st, "__class__", USE, e);
      break;
    /* child nodes of List and Tuple will have expr_context set */
    case K.List:
    case K.Tuple:
      visit_exprs(st, e.elts);
      break;
  }
  st.recursion_depth--;
}

function symtable_visit_type_param(st: symtable, tp: TypeParam): void {
  enter(st);
  switch (tp._kind) {
    case K.TypeVar:
      symtable_add_def(st, tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
      if (tp.bound !== null) {
        const is_in_class = st.st_cur!.ste_can_see_class_scope;
        symtable_enter_block(st, tp.name, BlockType.TypeVarBoundBlock, tp, tp.lineno, tp.col_offset, tp.end_lineno, tp.end_col_offset);
        st.st_cur!.ste_can_see_class_scope = is_in_class;
        if (is_in_class) symtable_add_def(st, "__classdict__", USE, tp.bound);
        symtable_visit_expr(st, tp.bound);
        symtable_exit_block(st);
      }
      break;
    case K.TypeVarTuple:
    case K.ParamSpec:
      symtable_add_def(st, tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
      break;
  }
  st.recursion_depth--;
}

function symtable_visit_pattern(st: symtable, p: Pattern): void {
  enter(st);
  switch (p._kind) {
    case K.MatchValue:
      symtable_visit_expr(st, p.value);
      break;
    case K.MatchSingleton:
      /* Nothing to do here. */
      break;
    case K.MatchSequence:
      for (const q of p.patterns) symtable_visit_pattern(st, q as Pattern);
      break;
    case K.MatchStar:
      if (p.name !== null) symtable_add_def(st, p.name, DEF_LOCAL, p);
      break;
    case K.MatchMapping:
      visit_exprs(st, p.keys);
      for (const q of p.patterns) symtable_visit_pattern(st, q as Pattern);
      if (p.rest !== null) symtable_add_def(st, p.rest, DEF_LOCAL, p);
      break;
    case K.MatchClass:
      symtable_visit_expr(st, p.cls);
      for (const q of p.patterns) symtable_visit_pattern(st, q as Pattern);
      for (const q of p.kwd_patterns) symtable_visit_pattern(st, q as Pattern);
      break;
    case K.MatchAs:
      if (p.pattern !== null) symtable_visit_pattern(st, p.pattern as Pattern);
      if (p.name !== null) symtable_add_def(st, p.name, DEF_LOCAL, p);
      break;
    case K.MatchOr:
      for (const q of p.patterns) symtable_visit_pattern(st, q as Pattern);
      break;
  }
  st.recursion_depth--;
}

function symtable_implicit_arg(st: symtable, pos: number): void {
  const cur = st.st_cur!;
  symtable_add_def_helper(st, "." + pos, DEF_PARAM, cur, cur.ste_lineno, cur.ste_col_offset, cur.ste_end_lineno, cur.ste_end_col_offset);
}
function symtable_visit_params(st: symtable, args: ast.arg[]): void {
  for (const arg of args) symtable_add_def(st, arg.arg, DEF_PARAM, arg);
}
function symtable_visit_annotation(st: symtable, annotation: ast.expr): void {
  const future_annotations = st.st_future.ff_features & CO_FUTURE_ANNOTATIONS;
  if (future_annotations) {
    symtable_enter_block(st, "_annotation", BlockType.AnnotationBlock, annotation, annotation.lineno, annotation.col_offset, annotation.end_lineno, annotation.end_col_offset);
  }
  symtable_visit_expr(st, annotation);
  if (future_annotations) symtable_exit_block(st);
}
function symtable_visit_argannotations(st: symtable, args: ast.arg[]): void {
  for (const arg of args) if (arg.annotation !== null) symtable_visit_expr(st, arg.annotation);
}
function symtable_visit_annotations(st: symtable, o: ast.FunctionDef | ast.AsyncFunctionDef, a: ast.arguments_, returns: ast.expr | null): void {
  const future_annotations = st.st_future.ff_features & CO_FUTURE_ANNOTATIONS;
  if (future_annotations) symtable_enter_block(st, "_annotation", BlockType.AnnotationBlock, o.args, o.lineno, o.col_offset, o.end_lineno, o.end_col_offset);
  symtable_visit_argannotations(st, a.posonlyargs);
  symtable_visit_argannotations(st, a.args);
  if (a.vararg !== null && a.vararg.annotation !== null) symtable_visit_expr(st, a.vararg.annotation);
  if (a.kwarg !== null && a.kwarg.annotation !== null) symtable_visit_expr(st, a.kwarg.annotation);
  symtable_visit_argannotations(st, a.kwonlyargs);
  if (future_annotations) symtable_exit_block(st);
  if (returns !== null) symtable_visit_annotation(st, returns);
}
function symtable_visit_arguments(st: symtable, a: ast.arguments_): void {
  /* skip default arguments inside function block XXX should ast be different? */
  symtable_visit_params(st, a.posonlyargs);
  symtable_visit_params(st, a.args);
  symtable_visit_params(st, a.kwonlyargs);
  if (a.vararg !== null) {
    symtable_add_def(st, a.vararg.arg, DEF_PARAM, a.vararg);
    st.st_cur!.ste_varargs = 1;
  }
  if (a.kwarg !== null) {
    symtable_add_def(st, a.kwarg.arg, DEF_PARAM, a.kwarg);
    st.st_cur!.ste_varkeywords = 1;
  }
}
function symtable_visit_alias(st: symtable, a: ast.alias): void {
  /* Compute store_name, the name actually bound by the import operation. It is different than a->name when
   * a->name is a dotted package name (e.g. spam.eggs) */
  const name = a.asname ?? a.name;
  const dot = name.indexOf(".");
  const store_name = dot !== -1 ? name.slice(0, dot) : name;
  if (name !== "*") {
    symtable_add_def(st, store_name, DEF_IMPORT, a);
  } else if (st.st_cur!.ste_type !== BlockType.ModuleBlock) {
    errorAt(st, IMPORT_STAR_WARNING, a);
  }
}
function symtable_visit_comprehension(st: symtable, lc: ast.comprehension): void {
  const cur = st.st_cur!;
  cur.ste_comp_iter_target = 1;
  symtable_visit_expr(st, lc.target);
  cur.ste_comp_iter_target = 0;
  cur.ste_comp_iter_expr++;
  symtable_visit_expr(st, lc.iter);
  cur.ste_comp_iter_expr--;
  visit_exprs(st, lc.ifs);
  if (lc.is_async) cur.ste_coroutine = 1;
}
function symtable_handle_comprehension(
  st: symtable,
  e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
  scope_name: string,
  generators: ast.comprehension[],
  elt: ast.expr,
  value: ast.expr | null,
): void {
  if (st.st_cur!.ste_can_see_class_scope) {
    // gh-109118
    errorAt(st, "Cannot use comprehension in annotation scope within class scope", e);
  }
  const is_generator = e._kind === K.GeneratorExp;
  const outermost = generators[0];
  /* Outermost iterator is evaluated in current scope */
  st.st_cur!.ste_comp_iter_expr++;
  symtable_visit_expr(st, outermost.iter);
  st.st_cur!.ste_comp_iter_expr--;
  /* Create comprehension scope for the rest */
  symtable_enter_block(st, scope_name, BlockType.FunctionBlock, e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  const cur = st.st_cur!;
  switch (e._kind) {
    case K.ListComp:
      cur.ste_comprehension = ComprehensionType.ListComprehension;
      break;
    case K.SetComp:
      cur.ste_comprehension = ComprehensionType.SetComprehension;
      break;
    case K.DictComp:
      cur.ste_comprehension = ComprehensionType.DictComprehension;
      break;
    default:
      cur.ste_comprehension = ComprehensionType.GeneratorExpression;
  }
  if (outermost.is_async) cur.ste_coroutine = 1;
  /* Outermost iter is received as an argument */
  symtable_implicit_arg(st, 0);
  /* Visit iteration variable target, and mark them as such */
  cur.ste_comp_iter_target = 1;
  symtable_visit_expr(st, outermost.target);
  cur.ste_comp_iter_target = 0;
  /* Visit the rest of the comprehension body */
  visit_exprs(st, outermost.ifs);
  for (let i = 1; i < generators.length; i++) symtable_visit_comprehension(st, generators[i]);
  if (value !== null) symtable_visit_expr(st, value);
  symtable_visit_expr(st, elt);
  cur.ste_generator = is_generator ? 1 : 0;
  const is_async = cur.ste_coroutine && !is_generator;
  symtable_exit_block(st);
  if (is_async) st.st_cur!.ste_coroutine = 1;
}

/* ---------------------------------------------------------------- pass 2: analyze */

function error_at_directive(ste: PySTEntryObject, name: string, msg: string): never {
  for (const d of ste.ste_directives ?? []) {
    if (d[0] === name) rangedError(ste.ste_table, msg, d[1], d[2], d[3], d[4]);
  }
  throw new Error("RuntimeError: BUG: internal directive bookkeeping broken");
}

/* Decide on scope of name, given flags. The namespace dictionaries may be modified to record information about
   the new name. For example, a new global will add an entry to global. A name that was global can be changed to
   local. */
function analyze_name(
  ste: PySTEntryObject,
  scopes: Map<string, number>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  type_params: Set<string>,
  class_entry: PySTEntryObject | null,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) error_at_directive(ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    if (bound !== null) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) error_at_directive(ste, name, "nonlocal declaration not allowed at module level");
    if (!bound.has(name)) error_at_directive(ste, name, `no binding for nonlocal '${name}' found`);
    if (type_params.has(name)) error_at_directive(ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
    scopes.set(name, FREE);
    ste.ste_free = 1;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    if (flags & DEF_TYPE_PARAM) type_params.add(name);
    else type_params.delete(name);
    return;
  }
  // If we were passed class_entry (i.e., we're in an ste_can_see_class_scope scope) and the bound name is in that
  // set, then the name is potentially bound both by the immediately enclosing class namespace, and also by an
  // outer function namespace. In that case, we want the runtime name resolution to look at only the class
  // namespace and the globals (not the namespace providing the bound). Similarly, if the name is explicitly
  // global in the class namespace (through the global statement), we want to also treat it as a global in this
  // scope.
  if (class_entry !== null) {
    const class_flags = _PyST_GetSymbol(class_entry, name);
    if (class_flags & DEF_GLOBAL) {
      scopes.set(name, GLOBAL_EXPLICIT);
      return;
    } else if (class_flags & DEF_BOUND && !(class_flags & DEF_NONLOCAL)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
  }
  /* If an enclosing block has a binding for this name, it is a free variable rather than a global variable.
     Note that having a non-NULL bound implies that the block is nested. */
  if (bound !== null && bound.has(name)) {
    scopes.set(name, FREE);
    ste.ste_free = 1;
    free.add(name);
    return;
  }
  /* If a parent has a global statement, then call it global explicit? It could also be global implicit. */
  if (global.has(name)) {
    scopes.set(name, GLOBAL_IMPLICIT);
    return;
  }
  if (ste.ste_nested) ste.ste_free = 1;
  scopes.set(name, GLOBAL_IMPLICIT);
}

function is_free_in_any_child(entry: PySTEntryObject, key: string): boolean {
  for (const child of entry.ste_children) if (_PyST_GetScope(child, key) === FREE) return true;
  return false;
}

function inline_comprehension(ste: PySTEntryObject, comp: PySTEntryObject, scopes: Map<string, number>, comp_free: Set<string>, inlined_cells: Set<string>): void {
  for (const [k, comp_flags] of comp.ste_symbols) {
    // skip comprehension parameter
    if (comp_flags & DEF_PARAM) continue;
    const scope = (comp_flags >> SCOPE_OFFSET) & SCOPE_MASK;
    const only_flags = comp_flags & ((1 << SCOPE_OFFSET) - 1);
    if (scope === CELL || only_flags & DEF_COMP_CELL) inlined_cells.add(k);
    const existing = ste.ste_symbols.get(k);
    if (existing === undefined) {
      // name does not exist in scope, copy from comprehension
      ste.ste_symbols.set(k, only_flags);
      scopes.set(k, scope);
    } else if (existing & DEF_BOUND) {
      // free vars in comprehension that are locals in outer scope can now simply be locals, unless they are free
      // in comp children, or if the outer scope is a class block
      if (!is_free_in_any_child(comp, k) && ste.ste_type !== BlockType.ClassBlock) comp_free.delete(k);
    }
  }
}

/* If a name is defined in free and also in locals, then this block provides the binding for the free variable.
   The name should be marked CELL in this block and removed from the free list. */
function analyze_cells(scopes: Map<string, number>, free: Set<string>, inlined_cells: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL) continue;
    if (!free.has(name) && !inlined_cells.has(name)) continue;
    /* Replace LOCAL with CELL for this name, and remove from free. */
    scopes.set(name, CELL);
    free.delete(name);
  }
}

function drop_class_free(ste: PySTEntryObject, free: Set<string>): void {
  if (free.delete("__class__")) ste.ste_needs_class_closure = 1;
  if (free.delete("__classdict__")) ste.ste_needs_classdict = 1;
}

/* Enter the final scope information into the ste_symbols dict. */
function update_symbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null, free: Set<string>, inlined_cells: Set<string>, classflag: boolean): void {
  /* Update scope information for all symbols in this scope */
  for (const [name, v] of symbols) {
    let flags = v;
    if (inlined_cells.has(name)) flags |= DEF_COMP_CELL;
    flags |= scopes.get(name)! << SCOPE_OFFSET;
    symbols.set(name, flags);
  }
  /* Record not yet resolved free variables from children (if any). (CPython iterates the set in hash order;
     the order only matters for the symbols of an inlined comprehension in a class body.) */
  const v_free = FREE << SCOPE_OFFSET;
  for (const name of free) {
    const v = symbols.get(name);
    /* Handle symbol that already exists in this scope */
    if (v !== undefined) {
      /* Handle a free variable in a method of the class that has the same name as a local or global in the
         class scope. */
      if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
      /* It's a cell, or already free in this scope */
      continue;
    }
    /* Handle global symbol */
    if (bound !== null && !bound.has(name)) continue; /* it's a global */
    /* Propagate new free symbol up the lexical stack */
    symbols.set(name, v_free);
  }
}

/* Make final symbol table decisions for block of ste. */
function analyze_block(ste: PySTEntryObject, bound: Set<string> | null, free: Set<string>, global: Set<string>, type_params: Set<string>, class_entry: PySTEntryObject | null): void {
  const local = new Set<string>(); /* collect new names bound in block */
  const scopes = new Map<string, number>(); /* collect scopes defined for each name */
  /* Allocate new global, bound and free variable sets. These sets hold the names visible in nested blocks. For
     ClassBlocks, the bound and global names are initialized before analyzing names, because class bindings
     aren't visible in methods. For other blocks, they are initialized after names are analyzed. */
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();
  const inlined_cells = new Set<string>();

  /* Class namespace has no effect on names visible in nested functions, so populate the global and bound sets
     to be passed to child blocks before analyzing this one. */
  if (ste.ste_type === BlockType.ClassBlock) {
    for (const g of global) newglobal.add(g);
    if (bound !== null) for (const b of bound) newbound.add(b);
  }

  for (const [name, flags] of ste.ste_symbols) analyze_name(ste, scopes, name, flags, bound, local, free, global, type_params, class_entry);

  /* Populate global and bound sets to be passed to children. */
  if (ste.ste_type !== BlockType.ClassBlock) {
    /* Add function locals to bound set */
    if (_PyST_IsFunctionLike(ste)) for (const l of local) newbound.add(l);
    /* Pass down previously bound symbols */
    if (bound !== null) for (const b of bound) newbound.add(b);
    /* Pass down known globals */
    for (const g of global) newglobal.add(g);
  } else {
    /* Special-case __class__ and __classdict__ */
    newbound.add("__class__");
    newbound.add("__classdict__");
  }

  /* Recursively call analyze_child_block() on each child block. newbound, newglobal now contain the names
     visible in nested blocks. The free variables in the children will be added to newfree. */
  for (const entry of ste.ste_children) {
    let new_class_entry: PySTEntryObject | null = null;
    if (entry.ste_can_see_class_scope) {
      if (ste.ste_type === BlockType.ClassBlock) new_class_entry = ste;
      else if (class_entry !== null) new_class_entry = class_entry;
    }
    // we inline all non-generator-expression comprehensions
    const inline_comp = entry.ste_comprehension && !entry.ste_generator;
    const child_free = analyze_child_block(entry, newbound, newfree, newglobal, type_params, new_class_entry);
    if (inline_comp) {
      inline_comprehension(ste, entry, scopes, child_free, inlined_cells);
      entry.ste_comp_inlined = 1;
    }
    for (const f of child_free) newfree.add(f);
    /* Check if any children have free variables */
    if (entry.ste_free || entry.ste_child_free) ste.ste_child_free = 1;
  }

  /* Splice children of inlined comprehensions into our children list */
  for (let i = ste.ste_children.length - 1; i >= 0; --i) {
    const entry = ste.ste_children[i];
    if (entry.ste_comp_inlined) ste.ste_children.splice(i, 1, ...entry.ste_children);
  }

  /* Check if any local variables must be converted to cell variables */
  if (_PyST_IsFunctionLike(ste)) analyze_cells(scopes, newfree, inlined_cells);
  else if (ste.ste_type === BlockType.ClassBlock) drop_class_free(ste, newfree);
  /* Records the results of the analysis in the symbol table entry */
  update_symbols(ste.ste_symbols, scopes, bound, newfree, inlined_cells, ste.ste_type === BlockType.ClassBlock || ste.ste_can_see_class_scope !== 0);

  for (const f of newfree) free.add(f);
}

function analyze_child_block(entry: PySTEntryObject, bound: Set<string>, free: Set<string>, global: Set<string>, type_params: Set<string>, class_entry: PySTEntryObject | null): Set<string> {
  /* Copy the bound/global/free sets. These sets are used by all blocks enclosed by the current block. The
     analyze_block() call modifies these sets. */
  const temp_bound = new Set(bound);
  const temp_free = new Set(free);
  const temp_global = new Set(global);
  const temp_type_params = new Set(type_params);
  analyze_block(entry, temp_bound, temp_free, temp_global, temp_type_params, class_entry);
  return temp_free;
}

/** CPython 3.12: Python/symtable.c (_PySymtable_Build) */
export function _PySymtable_Build(mod: ast.mod, filename: string, future: PyFutureFeatures, raise: SyntaxErrorFactory): symtable {
  const st = new symtable(filename, future, raise);
  /* Make the initial symbol information gathering pass */
  symtable_enter_block(st, "top", BlockType.ModuleBlock, mod, 0, 0, 0, 0);
  st.st_top = st.st_cur!;
  const m = mod as Mod;
  switch (m._kind) {
    case K.Module:
    case K.Interactive:
      for (const s of m.body) symtable_visit_stmt(st, s);
      break;
    case K.Expression:
      symtable_visit_expr(st, m.body);
      break;
    case K.FunctionType:
      throw new Error("RuntimeError: this compiler does not handle FunctionTypes");
  }
  symtable_exit_block(st);
  /* Make the second symbol analysis pass */
  analyze_block(st.st_top, null, new Set(), new Set(), new Set(), null);
  return st;
}
