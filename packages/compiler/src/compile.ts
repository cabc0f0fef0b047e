/**
 * The code generator: AST -> instruction sequence -> CFG -> code object.
 * CPython 3.12: Python/compile.c. The statement, expression and pattern visitors live in compile_stmt.ts,
 * compile_expr.ts and compile_pattern.ts; this file holds the compiler state, the instruction emitters, name
 * resolution, scopes, frame blocks, closures, and assembly (optimize_and_assemble).
 *
 * Public API: compileSource, _PyAST_Compile, _PyCompile_SyntaxErrorInfo.
 */
import {
  type PyObject, type PyCodeObject, Py_None, PyUnicode_FromString,
  RESUME, LOAD_CONST, LOAD_ATTR, LOAD_METHOD, LOAD_SUPER_ATTR, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_ATTR,
  LOAD_ZERO_SUPER_METHOD, LOAD_GLOBAL, LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_DEREF, STORE_DEREF, DELETE_DEREF,
  LOAD_FROM_DICT_OR_DEREF, LOAD_FROM_DICT_OR_GLOBALS, LOAD_LOCALS, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME,
  DELETE_NAME, LOAD_CLOSURE, BUILD_TUPLE, MAKE_FUNCTION, RETURN_VALUE, RETURN_GENERATOR, POP_TOP, MAKE_CELL,
  COPY_FREE_VARS, CO_NEWLOCALS, CO_OPTIMIZED, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_VARARGS,
  CO_VARKEYWORDS, PyCF_MASK, PyCF_ALLOW_TOP_LEVEL_AWAIT, CO_MAXBLOCKS, HAS_TARGET,
  PyCF_ONLY_AST, SETUP_ANNOTATIONS, PyCF_TYPE_COMMENTS, PyCF_ALLOW_INCOMPLETE_INPUT, PyCF_DONT_IMPLY_DEDENT,
  Py_IsInitialized, PyInterpreterState_Get,
} from "@typhon/runtime";
import * as ast from "./Parser/ast.js";
import { NodeKind as K } from "./Parser/ast.js";
import { _PyParser_ASTFromString, ParserSyntaxError } from "./Parser/index.js";
import { _PyAST_Optimize, _PyCode_ConstantKey, CompilerRecursionError, type Expr } from "./ast_opt.js";
import {
  _PySymtable_Build, _PyFuture_FromAST, _PySymtable_Lookup, _PyST_GetScope, _PyST_IsFunctionLike, _Py_Mangle,
  type symtable, type PySTEntryObject, type PyFutureFeatures, type Location, type SyntaxErrorFactory, BlockType,
  CELL, FREE, LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, SCOPE_OFFSET, SCOPE_MASK, DEF_COMP_CELL, DEF_FREE_CLASS,
  CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL,
} from "./symtable.js";
import { cfg_builder, cfg_instr, basicblock, NO_LOCATION, _PyCfg_OptimizeCodeUnit, _PyCfg_Stackdepth, _PyCfg_ConvertPseudoOps, _PyCfg_ResolveJumps, _PyBasicblock_InsertInstruction } from "./flowgraph.js";
import { instr_sequence, _PyAssemble_MakeCodeObject, type CodeUnitMetadata } from "./assemble.js";
import { compiler_visit_stmt, compiler_body } from "./compile_stmt.js";
import { compiler_visit_expr } from "./compile_expr.js";

export { NO_LOCATION } from "./flowgraph.js";
export type { Location } from "./symtable.js";

/* ------------------------------------------------------------------ definitions */

export const COMP_GENEXP = 0;
export const COMP_LISTCOMP = 1;
export const COMP_SETCOMP = 2;
export const COMP_DICTCOMP = 3;

/* A soft limit for stack use, to avoid excessive memory use for large constants, etc. */
export const STACK_USE_GUIDELINE = 30;

export const NO_LABEL = -1;

/** fblockinfo tracks the current frame block (loops, try/except, try/finally, with ...). */
export const enum fblocktype {
  WHILE_LOOP,
  FOR_LOOP,
  TRY_EXCEPT,
  FINALLY_TRY,
  FINALLY_END,
  WITH,
  ASYNC_WITH,
  HANDLER_CLEANUP,
  POP_VALUE,
  EXCEPTION_HANDLER,
  EXCEPTION_GROUP_HANDLER,
  ASYNC_COMPREHENSION_GENERATOR,
}

export interface fblockinfo {
  fb_type: fblocktype;
  /** the location the block was pushed with (used to unwind `with` blocks) */
  fb_loc: Location;
  fb_block: number;
  /** (optional) type-specific exit or cleanup block */
  fb_exit: number;
  /** (optional) additional information required for unwinding */
  fb_datum: unknown;
}

export const enum ScopeType {
  COMPILER_SCOPE_MODULE,
  COMPILER_SCOPE_CLASS,
  COMPILER_SCOPE_FUNCTION,
  COMPILER_SCOPE_ASYNC_FUNCTION,
  COMPILER_SCOPE_LAMBDA,
  COMPILER_SCOPE_COMPREHENSION,
  COMPILER_SCOPE_TYPEPARAMS,
}

export const enum Ctx {
  Load,
  Store,
  Del,
}
export function ctxOf(c: ast.expr_context): Ctx {
  return c._kind === K.Load ? Ctx.Load : c._kind === K.Store ? Ctx.Store : Ctx.Del;
}

/** LOC(x): the source span of a node. The node itself serves as the location (it has the four fields). */
export function LOC(x: { lineno: number; end_lineno: number; col_offset: number; end_col_offset: number }): Location {
  return x;
}
export function LOCATION(lineno: number, end_lineno: number, col_offset: number, end_col_offset: number): Location {
  return { lineno, end_lineno, col_offset, end_col_offset };
}
/* Return true if loc1 starts after loc2 ends. */
export function location_is_after(loc1: Location, loc2: Location): boolean {
  return loc1.lineno > loc2.end_lineno || (loc1.lineno === loc2.end_lineno && loc1.col_offset > loc2.end_col_offset);
}

/** Python's str ordering (code points; JS compares UTF-16 code units). */
export function cmpCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}

/* ------------------------------------------------------------------ compiler state */

/** The following items change on entry and exit of code blocks. */
export class compiler_unit {
  u_private: string | null = null;
  u_instr_sequence = new instr_sequence();
  u_nfblocks = 0;
  u_in_inlined_comp = 0;
  u_fblock: fblockinfo[] = [];
  constructor(
    readonly u_ste: PySTEntryObject,
    readonly u_scope_type: ScopeType,
    readonly u_metadata: CodeUnitMetadata,
  ) {}
}

/** CPython 3.12: struct compiler */
export class Compiler {
  c_st!: symtable;
  c_future!: PyFutureFeatures;
  c_flags = 0;
  /** optimization level */
  c_optimize = 0;
  /** true if in interactive mode */
  c_interactive = 0;
  c_nestlevel = 0;
  /** compiler state for current block */
  u!: compiler_unit;
  /** units of the enclosing blocks */
  c_stack: compiler_unit[] = [];
  private lines: string[] | null = null;

  constructor(
    readonly c_filename: string,
    private readonly source: string | null,
    private readonly onWarning: CompileWarningHandler | undefined = undefined,
  ) {}

  /* ---------------------------------------------------------------- errors */

  /** The source line `lineno` (1-based), for SyntaxError.text; null when unknown. */
  programText(lineno: number): string | null {
    if (this.source === null || lineno < 1) return null;
    this.lines ??= this.source.split(/\r\n|\r|\n/);
    const l = this.lines[lineno - 1];
    return l === undefined ? null : l + "\n";
  }
  /** Build a SyntaxError for a compile-time error (offsets are 1-based, as in CPython's SyntaxError). */
  readonly syntaxError: SyntaxErrorFactory = (msg, lineno, offset, end_lineno, end_offset) =>
    new ParserSyntaxError("SyntaxError", msg, this.c_filename, lineno, offset, end_lineno, end_offset, this.programText(lineno));

  /** CPython 3.12: compiler_error. Raises a SyntaxError at `loc`. */
  compiler_error(loc: Location, msg: string): never {
    throw this.syntaxError(msg, loc.lineno, loc.col_offset + 1, loc.end_lineno, loc.end_col_offset + 1);
  }
  /**
   * CPython 3.12: compiler_warn. PyErr_WarnExplicitObject(PyExc_SyntaxWarning, msg, filename, lineno) becomes a call
   * of the compileSource option `onWarning`; when it returns true (the warning is an error, as under -Werror), the
   * warning is replaced by a SyntaxError at `loc` "to get a more accurate error report".
   */
  compiler_warn(loc: Location, msg: string): void {
    if (this.onWarning === undefined) return;
    const w: CompileWarning = { category: "SyntaxWarning", message: msg, filename: this.c_filename, lineno: loc.lineno };
    if (this.onWarning(w) === true) this.compiler_error(loc, msg);
  }

  /* ---------------------------------------------------------------- instruction emitters */

  get INSTR_SEQUENCE(): instr_sequence {
    return this.u.u_instr_sequence;
  }
  new_label(): number {
    return this.u.u_instr_sequence.new_label();
  }
  use_label(lbl: number): void {
    this.u.u_instr_sequence.use_label(lbl);
  }
  /** ADDOP */
  addop(loc: Location, opcode: number): void {
    this.u.u_instr_sequence.addop(opcode, 0, loc);
  }
  /** ADDOP_I */
  addop_i(loc: Location, opcode: number, oparg: number): void {
    this.u.u_instr_sequence.addop(opcode, oparg, loc);
  }
  /** ADDOP_JUMP */
  addop_j(loc: Location, opcode: number, target: number): void {
    this.u.u_instr_sequence.addop(opcode, target, loc);
  }
  /** compiler_add_const: the index of `o` in the unit's constants (merged by _PyCode_ConstantKey). */
  compiler_add_const(o: PyObject): number {
    const md = this.u.u_metadata;
    const key = _PyCode_ConstantKey(o);
    let arg = md.u_consts.get(key);
    if (arg === undefined) {
      arg = md.u_consts.size;
      md.u_consts.set(key, arg);
      md.u_const_values.push(o);
    }
    return arg;
  }
  /** ADDOP_LOAD_CONST */
  addop_load_const(loc: Location, o: PyObject): void {
    this.addop_i(loc, LOAD_CONST, this.compiler_add_const(o));
  }
  /** ADDOP_LOAD_CONST of a str */
  addop_load_const_str(loc: Location, s: string): void {
    this.addop_load_const(loc, PyUnicode_FromString(s));
  }
  /** ADDOP_N / compiler_addop_o: opcode with the index of `o` in `dict` (no mangling). */
  addop_o(loc: Location, opcode: number, dict: Map<string, number>, o: string): void {
    this.addop_i(loc, opcode, dict_add_o(dict, o));
  }
  /** ADDOP_NAME / compiler_addop_name */
  addop_name(loc: Location, opcode: number, dict: Map<string, number>, o: string): void {
    const mangled = _Py_Mangle(this.u.u_private, o);
    let arg = dict_add_o(dict, mangled);
    if (opcode === LOAD_ATTR) arg <<= 1;
    if (opcode === LOAD_METHOD) {
      opcode = LOAD_ATTR;
      arg <<= 1;
      arg |= 1;
    }
    if (opcode === LOAD_SUPER_ATTR) {
      arg <<= 2;
      arg |= 2;
    }
    if (opcode === LOAD_SUPER_METHOD) {
      opcode = LOAD_SUPER_ATTR;
      arg <<= 2;
      arg |= 3;
    }
    if (opcode === LOAD_ZERO_SUPER_ATTR) {
      opcode = LOAD_SUPER_ATTR;
      arg <<= 2;
    }
    if (opcode === LOAD_ZERO_SUPER_METHOD) {
      opcode = LOAD_SUPER_ATTR;
      arg <<= 2;
      arg |= 1;
    }
    this.addop_i(loc, opcode, arg);
  }

  /* ---------------------------------------------------------------- scopes */

  /** CPython 3.12: compiler_enter_scope */
  compiler_enter_scope(name: string, scope_type: ScopeType, key: object, lineno: number): void {
    const loc: { lineno: number; end_lineno: number; col_offset: number; end_col_offset: number } = LOCATION(lineno, lineno, 0, 0);
    const ste = _PySymtable_Lookup(this.c_st, key);
    const varnames = new Map<string, number>();
    ste.ste_varnames.forEach((n, i) => varnames.set(n, i));
    const cellvars = dictbytype(ste.ste_symbols, CELL, DEF_COMP_CELL, 0);
    if (ste.ste_needs_class_closure) {
      /* Cook up an implicit __class__ cell. */
      dict_add_o(cellvars, "__class__");
    }
    if (ste.ste_needs_classdict) {
      /* Cook up an implicit __classdict__ cell. */
      dict_add_o(cellvars, "__classdict__");
    }
    const freevars = dictbytype(ste.ste_symbols, FREE, DEF_FREE_CLASS, cellvars.size);
    const md: CodeUnitMetadata = {
      u_name: name,
      u_qualname: null,
      u_consts: new Map(),
      u_const_values: [],
      u_names: new Map(),
      u_varnames: varnames,
      u_cellvars: cellvars,
      u_freevars: freevars,
      u_fasthidden: new Map(),
      u_argcount: 0,
      u_posonlyargcount: 0,
      u_kwonlyargcount: 0,
      u_firstlineno: lineno,
    };
    const u = new compiler_unit(ste, scope_type, md);
    /* Push the old compiler_unit on the stack. */
    if (this.u !== undefined) {
      this.c_stack.push(this.u);
      u.u_private = this.u.u_private;
    }
    this.u = u;
    this.c_nestlevel++;
    if (this.c_nestlevel > COMPILER_MAX_NESTING) throw new CompilerRecursionError();
    if (u.u_scope_type === ScopeType.COMPILER_SCOPE_MODULE) loc.lineno = 0;
    else this.compiler_set_qualname();
    this.addop_i(loc, RESUME, 0);
  }

  /** CPython 3.12: compiler_exit_scope */
  compiler_exit_scope(): void {
    this.c_nestlevel--;
    /* Restore c->u to the parent unit. */
    const parent = this.c_stack.pop();
    this.u = parent as compiler_unit;
  }

  /** CPython 3.12: compiler_set_qualname */
  private compiler_set_qualname(): void {
    const u = this.u;
    let base: string | null = null;
    const stack_size = this.c_stack.length;
    if (stack_size > 1) {
      let force_global = false;
      let parent = this.c_stack[stack_size - 1];
      if (parent.u_scope_type === ScopeType.COMPILER_SCOPE_TYPEPARAMS) {
        /* The parent is a type parameter scope, so we need to look at the grandparent. */
        if (stack_size === 2) {
          // If we're immediately within the module, we can skip the rest and just set the qualname to be the
          // same as name.
          u.u_metadata.u_qualname = u.u_metadata.u_name;
          return;
        }
        parent = this.c_stack[stack_size - 2];
      }
      if (
        u.u_scope_type === ScopeType.COMPILER_SCOPE_FUNCTION ||
        u.u_scope_type === ScopeType.COMPILER_SCOPE_ASYNC_FUNCTION ||
        u.u_scope_type === ScopeType.COMPILER_SCOPE_CLASS
      ) {
        const mangled = _Py_Mangle(parent.u_private, u.u_metadata.u_name);
        const scope = _PyST_GetScope(parent.u_ste, mangled);
        if (scope === GLOBAL_EXPLICIT) force_global = true;
      }
      if (!force_global) {
        if (
          parent.u_scope_type === ScopeType.COMPILER_SCOPE_FUNCTION ||
          parent.u_scope_type === ScopeType.COMPILER_SCOPE_ASYNC_FUNCTION ||
          parent.u_scope_type === ScopeType.COMPILER_SCOPE_LAMBDA
        ) {
          base = parent.u_metadata.u_qualname + ".<locals>";
        } else {
          base = parent.u_metadata.u_qualname;
        }
      }
    }
    u.u_metadata.u_qualname = base !== null ? base + "." + u.u_metadata.u_name : u.u_metadata.u_name;
  }

  /* ---------------------------------------------------------------- frame blocks */

  /** CPython 3.12: compiler_push_fblock */
  compiler_push_fblock(loc: Location, t: fblocktype, block_label: number, exit: number, datum: unknown): void {
    if (this.u.u_nfblocks >= CO_MAXBLOCKS) this.compiler_error(loc, "too many statically nested blocks");
    this.u.u_fblock[this.u.u_nfblocks++] = { fb_type: t, fb_loc: loc, fb_block: block_label, fb_exit: exit, fb_datum: datum };
  }
  /** CPython 3.12: compiler_pop_fblock */
  compiler_pop_fblock(_t: fblocktype, _block_label: number): void {
    this.u.u_nfblocks--;
  }

  /* ---------------------------------------------------------------- names */

  /** CPython 3.12: get_ref_type */
  get_ref_type(name: string): number {
    if (this.u.u_scope_type === ScopeType.COMPILER_SCOPE_CLASS && (name === "__class__" || name === "__classdict__")) return CELL;
    const scope = _PyST_GetScope(this.u.u_ste, name);
    if (scope === 0) {
      throw new Error(`SystemError: _PyST_GetScope(name='${name}') failed: unknown scope in unit ${this.u.u_metadata.u_name}`);
    }
    return scope;
  }

  /** CPython 3.12: forbidden_name */
  forbidden_name(loc: Location, name: string, ctx: Ctx): boolean {
    if (ctx === Ctx.Store && name === "__debug__") this.compiler_error(loc, "cannot assign to __debug__");
    if (ctx === Ctx.Del && name === "__debug__") this.compiler_error(loc, "cannot delete __debug__");
    return false;
  }

  /** CPython 3.12: compiler_nameop */
  compiler_nameop(loc: Location, name: string, ctx: Ctx): void {
    const u = this.u;
    let dict = u.u_metadata.u_names;
    this.forbidden_name(loc, name, ctx);
    const mangled = _Py_Mangle(u.u_private, name);
    let op = 0;
    let optype: number = Optype.OP_NAME;
    const scope = _PyST_GetScope(u.u_ste, mangled);
    switch (scope) {
      case FREE:
        dict = u.u_metadata.u_freevars;
        optype = Optype.OP_DEREF;
        break;
      case CELL:
        dict = u.u_metadata.u_cellvars;
        optype = Optype.OP_DEREF;
        break;
      case LOCAL:
        if (_PyST_IsFunctionLike(u.u_ste) || u.u_metadata.u_fasthidden.get(mangled) === true) optype = Optype.OP_FAST;
        break;
      case GLOBAL_IMPLICIT:
        if (_PyST_IsFunctionLike(u.u_ste)) optype = Optype.OP_GLOBAL;
        break;
      case GLOBAL_EXPLICIT:
        optype = Optype.OP_GLOBAL;
        break;
      default:
        /* scope can be 0 */
        break;
    }
    switch (optype) {
      case Optype.OP_DEREF:
        switch (ctx) {
          case Ctx.Load:
            if (u.u_ste.ste_type === BlockType.ClassBlock && !u.u_in_inlined_comp) {
              op = LOAD_FROM_DICT_OR_DEREF;
              // First load the locals
              this.addop(loc, LOAD_LOCALS);
            } else if (u.u_ste.ste_can_see_class_scope) {
              op = LOAD_FROM_DICT_OR_DEREF;
              // First load the classdict
              this.addop_o(loc, LOAD_DEREF, u.u_metadata.u_freevars, "__classdict__");
            } else {
              op = LOAD_DEREF;
            }
            break;
          case Ctx.Store:
            op = STORE_DEREF;
            break;
          case Ctx.Del:
            op = DELETE_DEREF;
            break;
        }
        break;
      case Optype.OP_FAST:
        op = ctx === Ctx.Load ? LOAD_FAST : ctx === Ctx.Store ? STORE_FAST : DELETE_FAST;
        this.addop_o(loc, op, u.u_metadata.u_varnames, mangled);
        return;
      case Optype.OP_GLOBAL:
        switch (ctx) {
          case Ctx.Load:
            if (u.u_ste.ste_can_see_class_scope && scope === GLOBAL_IMPLICIT) {
              op = LOAD_FROM_DICT_OR_GLOBALS;
              // First load the classdict
              this.addop_o(loc, LOAD_DEREF, u.u_metadata.u_freevars, "__classdict__");
            } else {
              op = LOAD_GLOBAL;
            }
            break;
          case Ctx.Store:
            op = STORE_GLOBAL;
            break;
          case Ctx.Del:
            op = DELETE_GLOBAL;
            break;
        }
        break;
      case Optype.OP_NAME:
        switch (ctx) {
          case Ctx.Load:
            op = u.u_ste.ste_type === BlockType.ClassBlock && u.u_in_inlined_comp ? LOAD_GLOBAL : LOAD_NAME;
            break;
          case Ctx.Store:
            op = STORE_NAME;
            break;
          case Ctx.Del:
            op = DELETE_NAME;
            break;
        }
        break;
    }
    let arg = dict_add_o(dict, mangled);
    if (op === LOAD_GLOBAL) arg <<= 1;
    this.addop_i(loc, op, arg);
  }

  /* ---------------------------------------------------------------- closures */

  /** CPython 3.12: compiler_make_closure */
  compiler_make_closure(loc: Location, co: PyCodeObject, flags: number): void {
    if (co.co_nfreevars) {
      let i = co.co_nlocalsplus - co.co_nfreevars; // PyCode_GetFirstFree
      for (; i < co.co_nlocalsplus; ++i) {
        /* Bypass com_addop_varname because it will generate LOAD_DEREF but LOAD_CLOSURE is needed. */
        const name = co.co_localsplusnames[i].value;
        /* Special case: If a class contains a method with a free variable that has the same name as a method,
           the name will be considered free *and* local in the class. It should be handled by the closure, as
           well as by the normal name lookup logic. */
        const reftype = this.get_ref_type(name);
        const arg = reftype === CELL ? this.u.u_metadata.u_cellvars.get(name) : this.u.u_metadata.u_freevars.get(name);
        if (arg === undefined) {
          throw new Error(`SystemError: compiler_lookup_arg(name='${name}') with reftype=${reftype} failed in ${this.u.u_metadata.u_name}; freevars of code ${co.co_name.value}`);
        }
        this.addop_i(loc, LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.addop_i(loc, BUILD_TUPLE, co.co_nfreevars);
    }
    this.addop_load_const(loc, co);
    this.addop_i(loc, MAKE_FUNCTION, flags);
  }

  /* ---------------------------------------------------------------- assembly */

  /** CPython 3.12: compute_code_flags */
  compute_code_flags(): number {
    const ste = this.u.u_ste;
    let flags = 0;
    if (_PyST_IsFunctionLike(ste)) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.ste_nested) flags |= CO_NESTED;
      if (ste.ste_generator && !ste.ste_coroutine) flags |= CO_GENERATOR;
      if (!ste.ste_generator && ste.ste_coroutine) flags |= CO_COROUTINE;
      if (ste.ste_generator && ste.ste_coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.ste_varargs) flags |= CO_VARARGS;
      if (ste.ste_varkeywords) flags |= CO_VARKEYWORDS;
    }
    /* (Only) inherit compilerflags in PyCF_MASK */
    flags |= this.c_flags & PyCF_MASK;
    if (this.IS_TOP_LEVEL_AWAIT() && ste.ste_coroutine && !ste.ste_generator) flags |= CO_COROUTINE;
    return flags;
  }

  IS_TOP_LEVEL_AWAIT(): boolean {
    return (this.c_flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.u.u_ste.ste_type === BlockType.ModuleBlock;
  }

  /** CPython 3.12: optimize_and_assemble */
  optimize_and_assemble(addNone: boolean): PyCodeObject {
    const code_flags = this.compute_code_flags();
    /* add_return_at_end: make sure every instruction stream that falls off the end returns None. */
    if (addNone) this.addop_load_const(NO_LOCATION, Py_None);
    this.addop(NO_LOCATION, RETURN_VALUE);
    return optimize_and_assemble_code_unit(this.u, code_flags, this.c_filename);
  }

  /** ADDOP/VISIT helpers for the visitors */
  visit_expr(e: ast.expr): void {
    compiler_visit_expr(this, e as Expr);
  }
  visit_stmt(s: ast.stmt): void {
    compiler_visit_stmt(this, s);
  }
  visit_stmts(seq: readonly ast.stmt[]): void {
    for (const s of seq) compiler_visit_stmt(this, s);
  }
  visit_exprs(seq: readonly ast.expr[]): void {
    for (const e of seq) compiler_visit_expr(this, e as Expr);
  }
  get future_annotations(): boolean {
    return (this.c_future.ff_features & CO_FUTURE_ANNOTATIONS) !== 0;
  }
}

/** The deepest nesting of code units (functions in functions ...) accepted: far beyond what the parser allows in
 * practice, and well inside the JS stack. */
const COMPILER_MAX_NESTING = 1000;

/** dict_add_o: the index of `o` in `dict`, adding it at the end if missing. */
export function dict_add_o(dict: Map<string, number>, o: string): number {
  let v = dict.get(o);
  if (v === undefined) {
    v = dict.size;
    dict.set(o, v);
  }
  return v;
}

/* Return new dict containing names from src that match scope(s). src is a symbol table dictionary. If the scope
of a name matches either scope_type or flag is set, insert it into the new dict. The values are integers, starting
at offset and increasing by one for each key. The keys are sorted so that the order is deterministic. */
function dictbytype(src: Map<string, number>, scope_type: number, flag: number, offset: number): Map<string, number> {
  const dest = new Map<string, number>();
  // Sort the keys so that we have a deterministic order on the indexes saved in the returned dictionary. (Only the
  // selected keys are sorted: same result as CPython's sort-then-filter, without sorting every symbol.)
  const keys: string[] = [];
  for (const [k, vi] of src) {
    const scope = (vi >> SCOPE_OFFSET) & SCOPE_MASK;
    if (scope === scope_type || vi & flag) keys.push(k);
  }
  if (keys.length > 1) keys.sort(cmpCodePoints);
  let i = offset;
  for (const k of keys) dest.set(k, i++);
  return dest;
}

/** compiler_nameop's kinds of name access (module level: an enum inside the function is rebuilt per call). */
const Optype = { OP_FAST: 0, OP_GLOBAL: 1, OP_DEREF: 2, OP_NAME: 3 } as const;

/* ------------------------------------------------------------------ optimize_and_assemble_code_unit */

function instr_sequence_to_cfg(seq: instr_sequence): cfg_builder {
  const g = new cfg_builder();
  /* There can be more than one label for the same offset. The offset2lbl maping selects one of them which we
   * use consistently. */
  const n = seq.s_instrs.length;
  const offset2lbl = new Int32Array(n).fill(-1);
  const lm = seq.s_labelmap;
  for (let lbl = 0; lbl < lm.length; lbl++) {
    const offset = lm[lbl];
    if (offset >= 0) offset2lbl[offset] = lbl;
  }
  for (let i = 0; i < n; i++) {
    const lbl = offset2lbl[i];
    if (lbl >= 0) g.useLabel(lbl);
    const instr = seq.s_instrs[i];
    const opcode = instr.i_opcode;
    let oparg = instr.i_oparg;
    if (HAS_TARGET(opcode)) {
      const offset = lm[oparg];
      oparg = offset2lbl[offset];
    }
    g.addop(opcode, oparg, instr.i_loc);
  }
  return g;
}

function build_cellfixedoffsets(umd: CodeUnitMetadata): number[] {
  const nlocals = umd.u_varnames.size;
  const ncellvars = umd.u_cellvars.size;
  const nfreevars = umd.u_freevars.size;
  const noffsets = ncellvars + nfreevars;
  const fixed: number[] = [];
  for (let i = 0; i < noffsets; i++) fixed.push(nlocals + i);
  for (const [varname, cellindex] of umd.u_cellvars) {
    const varindex = umd.u_varnames.get(varname);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  return fixed;
}

function insert_prefix_instructions(umd: CodeUnitMetadata, entryblock: basicblock, fixed: number[], nfreevars: number, code_flags: number): void {
  /* Add the generator prefix instructions. */
  if (code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    _PyBasicblock_InsertInstruction(entryblock, 0, new cfg_instr(RETURN_GENERATOR, 0, LOCATION(umd.u_firstlineno, umd.u_firstlineno, -1, -1)));
    _PyBasicblock_InsertInstruction(entryblock, 1, new cfg_instr(POP_TOP, 0, NO_LOCATION));
  }
  /* Set up cells for any variable that escapes, to be put in a closure. */
  const ncellvars = umd.u_cellvars.size;
  if (ncellvars) {
    // umd->u_cellvars has the cells out of order so we sort them before adding the MAKE_CELL instructions. Note
    // that we adjust for arg cells, which come first.
    const nvars = ncellvars + umd.u_varnames.size;
    const sorted = new Int32Array(nvars);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0, ncellsused = 0; ncellsused < ncellvars; i++) {
      const oldindex = sorted[i] - 1;
      if (oldindex === -1) continue;
      // This will get fixed in offset_derefs().
      _PyBasicblock_InsertInstruction(entryblock, ncellsused, new cfg_instr(MAKE_CELL, oldindex, NO_LOCATION));
      ncellsused += 1;
    }
  }
  if (nfreevars) _PyBasicblock_InsertInstruction(entryblock, 0, new cfg_instr(COPY_FREE_VARS, nfreevars, NO_LOCATION));
}

function fix_cell_offsets(umd: CodeUnitMetadata, entryblock: basicblock, fixedmap: number[]): number {
  const nlocals = umd.u_varnames.size;
  const ncellvars = umd.u_cellvars.size;
  const nfreevars = umd.u_freevars.size;
  const noffsets = ncellvars + nfreevars;
  // First deal with duplicates (arg cells).
  let numdropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i] -= numdropped;
    else numdropped += 1; // It was a duplicate (cell/arg).
  }
  // Then update offsets, either relative to locals or by cell2arg.
  for (let b: basicblock | null = entryblock; b !== null; b = b.b_next) {
    for (const inst of b.b_instr) {
      switch (inst.i_opcode) {
        case MAKE_CELL:
        case LOAD_CLOSURE:
        case LOAD_DEREF:
        case STORE_DEREF:
        case DELETE_DEREF:
        case LOAD_FROM_DICT_OR_DEREF:
          inst.i_oparg = fixedmap[inst.i_oparg];
      }
    }
  }
  return numdropped;
}

function prepare_localsplus(umd: CodeUnitMetadata, g: cfg_builder, code_flags: number): number {
  const nlocals = umd.u_varnames.size;
  const ncellvars = umd.u_cellvars.size;
  const nfreevars = umd.u_freevars.size;
  let nlocalsplus = nlocals + ncellvars + nfreevars;
  const cellfixedoffsets = build_cellfixedoffsets(umd);
  // This must be called before fix_cell_offsets().
  insert_prefix_instructions(umd, g.g_entryblock, cellfixedoffsets, nfreevars, code_flags);
  const numdropped = fix_cell_offsets(umd, g.g_entryblock, cellfixedoffsets);
  nlocalsplus -= numdropped;
  return nlocalsplus;
}

function cfg_to_instr_sequence(g: cfg_builder): instr_sequence {
  const seq = new instr_sequence();
  let lbl = 0;
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) {
    b.b_label = lbl;
    lbl += b.b_instr.length;
  }
  for (let b: basicblock | null = g.g_entryblock; b !== null; b = b.b_next) {
    seq.use_label(b.b_label);
    for (const instr of b.b_instr) {
      seq.addop(instr.i_opcode, instr.i_oparg, instr.i_loc);
      const hi = seq.s_instrs[seq.s_instrs.length - 1];
      if (instr.i_except !== null) {
        hi.h_offset = instr.i_except.b_offset;
        hi.h_startdepth = instr.i_except.b_startdepth;
        hi.h_preserve_lasti = instr.i_except.b_preserve_lasti;
      } else {
        hi.h_offset = -1;
      }
    }
  }
  return seq;
}

/** CPython 3.12: optimize_and_assemble_code_unit */
function optimize_and_assemble_code_unit(u: compiler_unit, code_flags: number, filename: string): PyCodeObject {
  const consts = u.u_metadata.u_const_values.slice();
  const g = instr_sequence_to_cfg(u.u_instr_sequence);
  const nparams = u.u_ste.ste_varnames.length;
  const nlocals = u.u_metadata.u_varnames.size;
  _PyCfg_OptimizeCodeUnit(g, consts, code_flags, nlocals, nparams, u.u_metadata.u_firstlineno);
  /** Assembly **/
  const nlocalsplus = prepare_localsplus(u.u_metadata, g, code_flags);
  const maxdepth = _PyCfg_Stackdepth(g.g_entryblock, code_flags);
  _PyCfg_ConvertPseudoOps(g.g_entryblock);
  /* Order of basic blocks must have been determined by now */
  _PyCfg_ResolveJumps(g);
  /* Can't modify the bytecode after computing jump offsets. */
  const optimized_instrs = cfg_to_instr_sequence(g);
  return _PyAssemble_MakeCodeObject(u.u_metadata, consts, maxdepth, optimized_instrs, nlocalsplus, code_flags, filename);
}

/* ------------------------------------------------------------------ module compilation */

/** CPython 3.12: find_ann. Search if variable annotations are present statically in a block. */
export function find_ann(stmts: readonly ast.stmt[]): boolean {
  for (const st of stmts) {
    let res = false;
    switch (st._kind) {
      case K.AnnAssign:
        return true;
      case K.For:
      case K.AsyncFor:
      case K.While:
      case K.If: {
        const s = st as ast.For | ast.AsyncFor | ast.While | ast.If;
        res = find_ann(s.body) || find_ann(s.orelse);
        break;
      }
      case K.With:
      case K.AsyncWith:
        res = find_ann((st as ast.With | ast.AsyncWith).body);
        break;
      case K.Try:
      case K.TryStar: {
        const s = st as ast.Try | ast.TryStar;
        for (const h of s.handlers as ast.ExceptHandler[]) if (find_ann(h.body)) return true;
        res = find_ann(s.body) || find_ann(s.finalbody) || find_ann(s.orelse);
        break;
      }
      case K.Match:
        for (const m of (st as ast.Match).cases) if (find_ann(m.body)) return true;
        break;
      default:
        res = false;
    }
    if (res) return res;
  }
  return false;
}

/** CPython 3.12: compiler_codegen */
function compiler_codegen(c: Compiler, mod: ast.mod): void {
  c.compiler_enter_scope("<module>", ScopeType.COMPILER_SCOPE_MODULE, mod, 1);
  const loc = LOCATION(1, 1, 0, 0);
  switch (mod._kind) {
    case K.Module:
      compiler_body(c, loc, (mod as ast.Module).body);
      break;
    case K.Interactive: {
      const body = (mod as ast.Interactive).body;
      if (find_ann(body)) c.addop(loc, SETUP_ANNOTATIONS);
      c.c_interactive = 1;
      c.visit_stmts(body);
      break;
    }
    case K.Expression:
      c.visit_expr((mod as ast.Expression).body);
      break;
    default:
      throw new Error(`SystemError: module kind ${mod._kind} should not be possible`);
  }
}

/** CPython 3.12: compiler_mod */
function compiler_mod(c: Compiler, mod: ast.mod): PyCodeObject {
  const addNone = mod._kind !== K.Expression;
  compiler_codegen(c, mod);
  const co = c.optimize_and_assemble(addNone);
  c.compiler_exit_scope();
  return co;
}

/** CPython 3.12: compiler_setup + compiler_mod */
function compile(mod: ast.mod, filename: string, flags: number, optimize: number, source: string | null, onWarning?: CompileWarningHandler): PyCodeObject {
  const c = new Compiler(filename, source, onWarning);
  c.c_future = _PyFuture_FromAST(mod, c.syntaxError);
  const merged = c.c_future.ff_features | flags;
  c.c_future.ff_features = merged;
  c.c_flags = merged;
  c.c_optimize = optimize === -1 ? interpreterOptimizationLevel() : optimize;
  try {
    _PyAST_Optimize(mod, { optimize: c.c_optimize, ff_features: merged });
    c.c_st = _PySymtable_Build(mod, filename, c.c_future, c.syntaxError);
    return compiler_mod(c, mod);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompilerRecursionError();
    throw e;
  }
}

function interpreterOptimizationLevel(): number {
  return Py_IsInitialized() ? PyInterpreterState_Get().config.optimization_level : 0;
}

/* ------------------------------------------------------------------ public API */

/**
 * CPython 3.12: Python/compile.c (_PyAST_Compile): compile an AST (mutated by the constant folder, as CPython
 * mutates its C AST) into a code object. `optimize` -1 means the interpreter's level (0 here).
 */
export function _PyAST_Compile(mod: ast.mod, filename: string, flags = 0, optimize = -1, options: CompileOptions = {}): PyCodeObject {
  return compile(mod, filename, flags, optimize, null, options.onWarning);
}

/**
 * compile(source, filename, mode) in one step: parse (Parser/index.ts), fold, build the symbol table, generate
 * code, assemble. Returns the runtime's code object. Throws ParserSyntaxError for syntax errors (from the parser
 * or the compiler) and CompilerRecursionError (pyType "RecursionError") for too deeply nested code.
 */
export function compileSource(
  source: string | Uint8Array,
  filename: string,
  mode: "exec" | "eval" | "single",
  optimize = -1,
  flags = 0,
  options: CompileOptions = {},
): PyCodeObject {
  let mod: ast.mod;
  try {
    mod = _PyParser_ASTFromString(source, filename, mode, {
      type_comments: (flags & PyCF_TYPE_COMMENTS) !== 0,
      barry_as_bdfl: (flags & CO_FUTURE_BARRY_AS_BDFL) !== 0,
      allow_incomplete_input: (flags & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0,
      dont_imply_dedent: (flags & PyCF_DONT_IMPLY_DEDENT) !== 0,
    });
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompilerRecursionError("maximum recursion depth exceeded during parsing");
    throw e;
  }
  if (flags & PyCF_ONLY_AST) throw new Error("compileSource: PyCF_ONLY_AST is not supported (use _PyParser_ASTFromString)");
  const text = typeof source === "string" ? source : null;
  return compile(mod, filename, flags, optimize, text ?? decodeForText(source as Uint8Array), options.onWarning);
}

function decodeForText(b: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: false }).decode(b);
  } catch {
    return null;
  }
}

/** A warning issued while compiling (CPython: PyErr_WarnExplicitObject from compiler_warn). */
export interface CompileWarning {
  category: "SyntaxWarning";
  message: string;
  filename: string;
  lineno: number;
}
/** Receives each compile-time warning; returning true turns it into a SyntaxError (the -Werror behaviour). */
export type CompileWarningHandler = (w: CompileWarning) => boolean | void;
/** compileSource's options beyond CPython's compile() arguments. */
export interface CompileOptions {
  /** Compile-time SyntaxWarnings ("is" with a literal, "perhaps you missed a comma?", ...); default: ignored. */
  onWarning?: CompileWarningHandler;
}

/** What a SyntaxError reports (for the CLI): the parser's and the compiler's SyntaxErrors. */
export interface SyntaxErrorInfo {
  pyType: string;
  msg: string;
  filename: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

/** Recognise a SyntaxError (or IndentationError / TabError) thrown by the parser or the compiler. */
export function _PyCompile_SyntaxErrorInfo(e: unknown): SyntaxErrorInfo | null {
  if (e instanceof ParserSyntaxError) {
    if (e.pyType !== "SyntaxError" && e.pyType !== "IndentationError" && e.pyType !== "TabError") return null;
    return { pyType: e.pyType, msg: e.msg, filename: e.filename, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text };
  }
  return null;
}

export { CompilerRecursionError } from "./ast_opt.js";
/** The compiler's SyntaxError is the parser's class (one SyntaxError type for both stages). */
export { ParserSyntaxError as CompilerSyntaxError } from "./Parser/index.js";
