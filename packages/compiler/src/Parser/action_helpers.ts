// Helpers called by the grammar actions: CPython 3.12's Parser/action_helpers.c (and the few helpers of
// Parser/pegen.c and pegen.h the actions use). Also re-exports what the generated parser imports.

import {
  PyBytes_AsUint8Array,
  PyBytes_Check,
  PyBytes_FromStringAndSize,
  PyComplexObject,
  PyUnicode_AsUTF8,
  PyUnicode_CheckExact,
  PyUnicode_FromString,
  Py_Ellipsis,
  Py_False,
  Py_None,
  Py_True,
  type PyObject,
} from "@typhon/runtime";
import * as ast from "./ast.js";
import { DOT, ELLIPSIS } from "./token.js";
import type { Parser, Token } from "./pegen.js";
import {
  RAISE_SYNTAX_ERROR,
  RAISE_SYNTAX_ERROR_KNOWN_LOCATION,
  RAISE_SYNTAX_ERROR_KNOWN_RANGE,
  ParserSyntaxError,
  formatMessage,
} from "./pegen_errors.js";
import { StringDecodeError, _PyPegen_decode_string, _PyPegen_parse_string, _Pypegen_raise_decode_error, invalidUtf8Error } from "./string_parser.js";

export {
  _PyPegen_check_barry_as_flufl,
  _PyPegen_expect_forced_result,
  _PyPegen_expect_forced_token,
  _PyPegen_expect_soft_keyword,
  _PyPegen_lookahead,
  _PyPegen_lookahead_soft_keyword,
  _PyPegen_name_token,
  _PyPegen_number_token,
  _PyPegen_soft_keyword_token,
  _PyPegen_string_token,
} from "./pegen.js";
export {
  RAISE_ERROR_KNOWN_LOCATION,
  RAISE_INDENTATION_ERROR,
  RAISE_SYNTAX_ERROR,
  RAISE_SYNTAX_ERROR_KNOWN_LOCATION,
  RAISE_SYNTAX_ERROR_KNOWN_RANGE,
  RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN,
  RAISE_SYNTAX_ERROR_STARTING_FROM,
} from "./pegen_errors.js";

type expr = ast.expr;
type Seq<T> = T[] | null;

/* ------------------------------------------------------------------ pegen.h inline helpers */

/** CHECK_VERSION / INVALID_VERSION_CHECK */
export function CHECK_VERSION<T>(p: Parser, version: number, msg: string, node: T): T {
  if (p.feature_version < version) {
    RAISE_SYNTAX_ERROR(p, "%s only supported in Python 3.%i and greater", msg, version);
  }
  return node;
}

/** NEW_TYPE_COMMENT */
export function NEW_TYPE_COMMENT(_p: Parser, tc: Token | null): string | null {
  return tc ? tc.string : null;
}

export function PyBytes_AS_STRING(s: string): string {
  return s;
}

export function PyErr_Occurred(): boolean {
  return false;
}

export function asdl_seq_LEN(seq: Seq<unknown>): number {
  return seq === null ? 0 : seq.length;
}

export function asdl_seq_GET<T>(seq: T[], i: number): T {
  return seq[i]!;
}

export function PyPegen_first_item<T>(seq: T[]): T {
  return seq[0]!;
}

export function PyPegen_last_item<T>(seq: T[]): T {
  return seq[seq.length - 1]!;
}

/* ------------------------------------------------------------------ sequences */

const dummyName = new ast.Name("", ast.Load.instance, 1, 0, 1, 0);

/** _PyPegen_dummy_name: a placeholder result for alternatives without an action. */
export function _PyPegen_dummy_name(_p: Parser): ast.Name {
  return dummyName;
}

/** _PyPegen_singleton_seq */
export function _PyPegen_singleton_seq<T>(_p: Parser, a: T): T[] {
  return [a];
}

/** _PyPegen_seq_insert_in_front */
export function _PyPegen_seq_insert_in_front<T>(_p: Parser, a: T, seq: Seq<T>): T[] {
  if (seq === null) return [a];
  const out = new Array<T>(seq.length + 1);
  out[0] = a;
  for (let i = 0; i < seq.length; i++) out[i + 1] = seq[i]!;
  return out;
}

/** _PyPegen_seq_append_to_end */
export function _PyPegen_seq_append_to_end<T>(_p: Parser, seq: Seq<T>, a: T): T[] {
  if (seq === null) return [a];
  const out = seq.slice();
  out.push(a);
  return out;
}

/** _PyPegen_seq_flatten */
export function _PyPegen_seq_flatten<T>(_p: Parser, seqs: T[][]): T[] {
  const out: T[] = [];
  for (const s of seqs) for (let i = 0; i < s.length; i++) out.push(s[i]!);
  return out;
}

/** _PyPegen_join_sequences */
export function _PyPegen_join_sequences<T>(_p: Parser, a: Seq<T>, b: Seq<T>): T[] {
  return [...(a ?? []), ...(b ?? [])];
}

/** _PyPegen_join_names_with_dot */
export function _PyPegen_join_names_with_dot(_p: Parser, first_name: ast.Name, second_name: ast.Name): ast.Name {
  return new ast.Name(
    `${first_name.id}.${second_name.id}`,
    ast.Load.instance,
    first_name.lineno,
    first_name.col_offset,
    second_name.end_lineno,
    second_name.end_col_offset,
  );
}

/** _PyPegen_seq_count_dots */
export function _PyPegen_seq_count_dots(seq: Seq<Token>): number {
  let n = 0;
  if (seq !== null) {
    for (const t of seq) {
      if (t.type === ELLIPSIS) n += 3;
      else if (t.type === DOT) n += 1;
    }
  }
  return n;
}

/** _PyPegen_alias_for_star */
export function _PyPegen_alias_for_star(
  _p: Parser,
  lineno: number,
  col_offset: number,
  end_lineno: number,
  end_col_offset: number,
): ast.alias {
  return new ast.alias("*", null, lineno, col_offset, end_lineno, end_col_offset);
}

/** _PyPegen_map_names_to_ids */
export function _PyPegen_map_names_to_ids(_p: Parser, seq: expr[]): string[] {
  return seq.map((e) => (e as ast.Name).id);
}

/* ------------------------------------------------------------------ comparisons */

export interface CmpopExprPair {
  cmpop: ast.cmpop;
  expr: expr;
}

/** _PyPegen_cmpop_expr_pair */
export function _PyPegen_cmpop_expr_pair(_p: Parser, cmpop: ast.cmpop, expr: expr): CmpopExprPair {
  return { cmpop, expr };
}

/** _PyPegen_get_cmpops */
export function _PyPegen_get_cmpops(_p: Parser, seq: CmpopExprPair[]): ast.cmpop[] {
  return seq.map((x) => x.cmpop);
}

/** _PyPegen_get_exprs */
export function _PyPegen_get_exprs(_p: Parser, seq: CmpopExprPair[]): expr[] {
  return seq.map((x) => x.expr);
}

/* ------------------------------------------------------------------ expression contexts */

function _set_seq_context(p: Parser, seq: expr[], ctx: ast.expr_context): expr[] {
  return seq.map((e) => _PyPegen_set_expr_context(p, e, ctx));
}

/** _PyPegen_set_expr_context: a copy of `expr` with context `ctx` (recursively for tuples and lists). */
export function _PyPegen_set_expr_context(p: Parser, e: expr, ctx: ast.expr_context): expr {
  switch (e._kind) {
    case ast.NodeKind.Name: {
      const n = e as ast.Name;
      return new ast.Name(n.id, ctx, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
    }
    case ast.NodeKind.Tuple: {
      const n = e as ast.Tuple;
      return new ast.Tuple(_set_seq_context(p, n.elts, ctx), ctx, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
    }
    case ast.NodeKind.List: {
      const n = e as ast.List;
      return new ast.List(_set_seq_context(p, n.elts, ctx), ctx, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
    }
    case ast.NodeKind.Subscript: {
      const n = e as ast.Subscript;
      return new ast.Subscript(n.value, n.slice, ctx, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
    }
    case ast.NodeKind.Attribute: {
      const n = e as ast.Attribute;
      return new ast.Attribute(n.value, n.attr, ctx, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
    }
    case ast.NodeKind.Starred: {
      const n = e as ast.Starred;
      return new ast.Starred(_PyPegen_set_expr_context(p, n.value, ctx), ctx, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
    }
    default:
      return e;
  }
}

/* ------------------------------------------------------------------ dicts and patterns */

export interface KeyValuePair {
  key: expr | null;
  value: expr;
}

/** _PyPegen_key_value_pair */
export function _PyPegen_key_value_pair(_p: Parser, key: expr | null, value: expr): KeyValuePair {
  return { key, value };
}

/** _PyPegen_get_keys */
export function _PyPegen_get_keys(_p: Parser, seq: Seq<KeyValuePair>): (expr | null)[] {
  return seq === null ? [] : seq.map((x) => x.key);
}

/** _PyPegen_get_values */
export function _PyPegen_get_values(_p: Parser, seq: Seq<KeyValuePair>): expr[] {
  return seq === null ? [] : seq.map((x) => x.value);
}

export interface KeyPatternPair {
  key: expr;
  pattern: ast.pattern;
}

/** _PyPegen_key_pattern_pair */
export function _PyPegen_key_pattern_pair(_p: Parser, key: expr, pattern: ast.pattern): KeyPatternPair {
  return { key, pattern };
}

/** _PyPegen_get_pattern_keys */
export function _PyPegen_get_pattern_keys(_p: Parser, seq: KeyPatternPair[]): expr[] {
  return seq.map((x) => x.key);
}

/** _PyPegen_get_patterns */
export function _PyPegen_get_patterns(_p: Parser, seq: KeyPatternPair[]): ast.pattern[] {
  return seq.map((x) => x.pattern);
}

/* ------------------------------------------------------------------ calls */

export interface KeywordOrStarred {
  element: ast.keyword | expr;
  is_keyword: number;
}

/** _PyPegen_keyword_or_starred */
export function _PyPegen_keyword_or_starred(_p: Parser, element: ast.keyword | expr, is_keyword: number): KeywordOrStarred {
  return { element, is_keyword };
}

/** _PyPegen_seq_extract_starred_exprs */
export function _PyPegen_seq_extract_starred_exprs(_p: Parser, kwargs: KeywordOrStarred[]): expr[] | null {
  const out: expr[] = [];
  for (const k of kwargs) if (!k.is_keyword) out.push(k.element as expr);
  return out.length === 0 ? null : out;
}

/** _PyPegen_seq_delete_starred_exprs */
export function _PyPegen_seq_delete_starred_exprs(_p: Parser, kwargs: KeywordOrStarred[]): ast.keyword[] | null {
  const out: ast.keyword[] = [];
  for (const k of kwargs) if (k.is_keyword) out.push(k.element as ast.keyword);
  return out.length === 0 ? null : out;
}

/** _PyPegen_collect_call_seqs */
export function _PyPegen_collect_call_seqs(
  p: Parser,
  a: expr[],
  b: KeywordOrStarred[] | null,
  lineno: number,
  col_offset: number,
  end_lineno: number,
  end_col_offset: number,
): ast.Call {
  if (b === null) {
    return new ast.Call(_PyPegen_dummy_name(p), a, null, lineno, col_offset, end_lineno, end_col_offset);
  }
  const starreds = _PyPegen_seq_extract_starred_exprs(p, b);
  const keywords = _PyPegen_seq_delete_starred_exprs(p, b);
  const args = starreds ? [...a, ...starreds] : a.slice();
  return new ast.Call(_PyPegen_dummy_name(p), args, keywords, lineno, col_offset, end_lineno, end_col_offset);
}

/* ------------------------------------------------------------------ function parameters */

export interface NameDefaultPair {
  arg: ast.arg;
  value: expr | null;
}

export interface SlashWithDefault {
  plain_names: ast.arg[];
  names_with_defaults: NameDefaultPair[];
}

export interface StarEtc {
  vararg: ast.arg | null;
  kwonlyargs: NameDefaultPair[] | null;
  kwarg: ast.arg | null;
}

/** _PyPegen_add_type_comment_to_arg */
export function _PyPegen_add_type_comment_to_arg(_p: Parser, a: ast.arg, tc: Token | null): ast.arg {
  if (tc === null) return a;
  return new ast.arg(a.arg, a.annotation, tc.string, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
}

/** _PyPegen_name_default_pair */
export function _PyPegen_name_default_pair(p: Parser, arg: ast.arg, value: expr | null, tc: Token | null): NameDefaultPair {
  return { arg: _PyPegen_add_type_comment_to_arg(p, arg, tc), value };
}

/** _PyPegen_slash_with_default */
export function _PyPegen_slash_with_default(_p: Parser, plain_names: ast.arg[], names_with_defaults: NameDefaultPair[]): SlashWithDefault {
  return { plain_names, names_with_defaults };
}

/** _PyPegen_star_etc */
export function _PyPegen_star_etc(_p: Parser, vararg: ast.arg | null, kwonlyargs: NameDefaultPair[] | null, kwarg: ast.arg | null): StarEtc {
  return { vararg, kwonlyargs, kwarg };
}

function _get_names(seq: NameDefaultPair[]): ast.arg[] {
  return seq.map((x) => x.arg);
}

function _get_defaults(seq: NameDefaultPair[]): (expr | null)[] {
  return seq.map((x) => x.value);
}

/** _PyPegen_make_arguments */
export function _PyPegen_make_arguments(
  _p: Parser,
  slash_without_default: ast.arg[] | null,
  slash_with_default: SlashWithDefault | null,
  plain_names: ast.arg[] | null,
  names_with_default: NameDefaultPair[] | null,
  star_etc: StarEtc | null,
): ast.arguments_ {
  let posonlyargs: ast.arg[];
  if (slash_without_default !== null) posonlyargs = slash_without_default;
  else if (slash_with_default !== null) posonlyargs = [...slash_with_default.plain_names, ..._get_names(slash_with_default.names_with_defaults)];
  else posonlyargs = [];

  let posargs: ast.arg[];
  if (plain_names !== null && names_with_default !== null) posargs = [...plain_names, ..._get_names(names_with_default)];
  else if (plain_names === null && names_with_default !== null) posargs = _get_names(names_with_default);
  else if (plain_names !== null && names_with_default === null) posargs = plain_names;
  else posargs = [];

  let posdefaults: (expr | null)[];
  if (slash_with_default !== null && names_with_default !== null) {
    posdefaults = [..._get_defaults(slash_with_default.names_with_defaults), ..._get_defaults(names_with_default)];
  } else if (slash_with_default === null && names_with_default !== null) posdefaults = _get_defaults(names_with_default);
  else if (slash_with_default !== null && names_with_default === null) posdefaults = _get_defaults(slash_with_default.names_with_defaults);
  else posdefaults = [];

  const vararg = star_etc !== null && star_etc.vararg !== null ? star_etc.vararg : null;
  const kwonlyargs = star_etc !== null && star_etc.kwonlyargs !== null ? _get_names(star_etc.kwonlyargs) : [];
  const kwdefaults = star_etc !== null && star_etc.kwonlyargs !== null ? _get_defaults(star_etc.kwonlyargs) : [];
  const kwarg = star_etc !== null && star_etc.kwarg !== null ? star_etc.kwarg : null;

  return new ast.arguments_(posonlyargs, posargs, vararg, kwonlyargs, kwdefaults, kwarg, posdefaults as expr[]);
}

/** _PyPegen_empty_arguments */
export function _PyPegen_empty_arguments(_p: Parser): ast.arguments_ {
  return new ast.arguments_([], [], null, [], [], null, []);
}

/* ------------------------------------------------------------------ statements */

export interface AugOperator {
  kind: ast.operator;
}

/** _PyPegen_augoperator */
export function _PyPegen_augoperator(_p: Parser, kind: ast.operator): AugOperator {
  return { kind };
}

/** _PyPegen_function_def_decorators */
export function _PyPegen_function_def_decorators(_p: Parser, decorators: expr[], f: ast.FunctionDef | ast.AsyncFunctionDef): ast.stmt {
  if (f._kind === ast.NodeKind.AsyncFunctionDef) {
    return new ast.AsyncFunctionDef(f.name, f.args, f.body, decorators, f.returns, f.type_comment, f.type_params, f.lineno, f.col_offset, f.end_lineno, f.end_col_offset);
  }
  return new ast.FunctionDef(f.name, f.args, f.body, decorators, f.returns, f.type_comment, f.type_params, f.lineno, f.col_offset, f.end_lineno, f.end_col_offset);
}

/** _PyPegen_class_def_decorators */
export function _PyPegen_class_def_decorators(_p: Parser, decorators: expr[], c: ast.ClassDef): ast.ClassDef {
  return new ast.ClassDef(c.name, c.bases, c.keywords, c.body, decorators, c.type_params, c.lineno, c.col_offset, c.end_lineno, c.end_col_offset);
}

/** _PyPegen_make_module */
export function _PyPegen_make_module(p: Parser, a: ast.stmt[] | null): ast.Module {
  const type_ignores = p.type_ignore_comments.map((c) => new ast.TypeIgnore(c.lineno, c.tag));
  return new ast.Module(a, type_ignores);
}

/** _PyPegen_interactive_exit */
export function _PyPegen_interactive_exit(_p: Parser): null {
  return null;
}

/* ------------------------------------------------------------------ error helpers */

/** _PyPegen_get_expr_name */
export function _PyPegen_get_expr_name(e: expr): string {
  switch (e._kind) {
    case ast.NodeKind.Attribute:
      return "attribute";
    case ast.NodeKind.Subscript:
      return "subscript";
    case ast.NodeKind.Starred:
      return "starred";
    case ast.NodeKind.Name:
      return "name";
    case ast.NodeKind.List:
      return "list";
    case ast.NodeKind.Tuple:
      return "tuple";
    case ast.NodeKind.Lambda:
      return "lambda";
    case ast.NodeKind.Call:
      return "function call";
    case ast.NodeKind.BoolOp:
    case ast.NodeKind.BinOp:
    case ast.NodeKind.UnaryOp:
      return "expression";
    case ast.NodeKind.GeneratorExp:
      return "generator expression";
    case ast.NodeKind.Yield:
    case ast.NodeKind.YieldFrom:
      return "yield expression";
    case ast.NodeKind.Await:
      return "await expression";
    case ast.NodeKind.ListComp:
      return "list comprehension";
    case ast.NodeKind.SetComp:
      return "set comprehension";
    case ast.NodeKind.DictComp:
      return "dict comprehension";
    case ast.NodeKind.Dict:
      return "dict literal";
    case ast.NodeKind.Set:
      return "set display";
    case ast.NodeKind.JoinedStr:
    case ast.NodeKind.FormattedValue:
      return "f-string expression";
    case ast.NodeKind.Constant: {
      const value = (e as ast.Constant).value;
      if (value === Py_None) return "None";
      if (value === Py_False) return "False";
      if (value === Py_True) return "True";
      if (value === Py_Ellipsis) return "ellipsis";
      return "literal";
    }
    case ast.NodeKind.Compare:
      return "comparison";
    case ast.NodeKind.IfExp:
      return "conditional expression";
    case ast.NodeKind.NamedExpr:
      return "named expression";
    default:
      throw new Error(`unexpected expression in assignment ${e._kind} (line ${e.lineno})`);
  }
}

export enum TARGETS_TYPE {
  STAR_TARGETS,
  DEL_TARGETS,
  FOR_TARGETS,
}

/** _PyPegen_get_invalid_target */
export function _PyPegen_get_invalid_target(e: expr | null, targets_type: TARGETS_TYPE): expr | null {
  if (e === null) return null;
  switch (e._kind) {
    case ast.NodeKind.List:
    case ast.NodeKind.Tuple: {
      for (const other of (e as ast.List | ast.Tuple).elts) {
        const child = _PyPegen_get_invalid_target(other, targets_type);
        if (child !== null) return child;
      }
      return null;
    }
    case ast.NodeKind.Starred:
      if (targets_type === TARGETS_TYPE.DEL_TARGETS) return e;
      return _PyPegen_get_invalid_target((e as ast.Starred).value, targets_type);
    case ast.NodeKind.Compare:
      // This is needed, because the `a in b` in `for a in b` gets parsed as a comparison, and so we need
      // to search the left side of the comparison for invalid targets.
      if (targets_type === TARGETS_TYPE.FOR_TARGETS) {
        const cmp = e as ast.Compare;
        if (cmp.ops[0]!._kind === ast.NodeKind.In) return _PyPegen_get_invalid_target(cmp.left, targets_type);
        return null;
      }
      return e;
    case ast.NodeKind.Name:
    case ast.NodeKind.Subscript:
    case ast.NodeKind.Attribute:
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET */
export function RAISE_SYNTAX_ERROR_INVALID_TARGET(p: Parser, type: TARGETS_TYPE, e: expr): null {
  const invalid_target = _PyPegen_get_invalid_target(e, type);
  if (invalid_target !== null) {
    const msg = type === TARGETS_TYPE.STAR_TARGETS || type === TARGETS_TYPE.FOR_TARGETS ? "cannot assign to %s" : "cannot delete %s";
    RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, invalid_target, msg, _PyPegen_get_expr_name(invalid_target));
  }
  return null;
}

/** _PyPegen_arguments_parsing_error */
export function _PyPegen_arguments_parsing_error(p: Parser, e: ast.Call): never {
  let keyword_unpacking = false;
  for (const k of e.keywords) if (!k.arg) keyword_unpacking = true;
  RAISE_SYNTAX_ERROR(
    p,
    keyword_unpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument",
  );
}

/** _PyPegen_get_last_comprehension_item */
export function _PyPegen_get_last_comprehension_item(comprehension: ast.comprehension): expr {
  if (comprehension.ifs.length === 0) return comprehension.iter;
  return comprehension.ifs[comprehension.ifs.length - 1]!;
}

/** _PyPegen_nonparen_genexp_in_call */
export function _PyPegen_nonparen_genexp_in_call(p: Parser, args: ast.Call, comprehensions: ast.comprehension[]): null {
  const len = args.args.length;
  if (len <= 1) return null;
  const last_comprehension = comprehensions[comprehensions.length - 1]!;
  RAISE_SYNTAX_ERROR_KNOWN_RANGE(
    p,
    args.args[len - 1]!,
    _PyPegen_get_last_comprehension_item(last_comprehension),
    "Generator expression must be parenthesized",
  );
}

/** _PyPegen_check_legacy_stmt */
export function _PyPegen_check_legacy_stmt(_p: Parser, name: expr): boolean {
  if (name._kind !== ast.NodeKind.Name) return false;
  const id = (name as ast.Name).id;
  return id === "print" || id === "exec";
}

/** _PyPegen_ensure_imaginary */
export function _PyPegen_ensure_imaginary(p: Parser, exp: expr): expr {
  if (exp._kind !== ast.NodeKind.Constant || !((exp as ast.Constant).value instanceof PyComplexObject)) {
    RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, exp, "imaginary number required in complex literal");
  }
  return exp;
}

/** _PyPegen_ensure_real */
export function _PyPegen_ensure_real(p: Parser, exp: expr): expr {
  if (exp._kind !== ast.NodeKind.Constant || (exp as ast.Constant).value instanceof PyComplexObject) {
    RAISE_SYNTAX_ERROR_KNOWN_LOCATION(p, exp, "real number required in complex literal");
  }
  return exp;
}

/* ------------------------------------------------------------------ strings and f-strings */

// Python str values of constants are created through the runtime; this keeps the JS string of each
// str Constant created by the parser so folding does not need to go back through the runtime.
function strConst(s: string, kind: string | null, lineno: number, col: number, end_lineno: number, end_col: number): ast.Constant {
  return new ast.Constant(PyUnicode_FromString(s), kind, lineno, col, end_lineno, end_col);
}

function isStrConstant(e: expr): e is ast.Constant {
  return e._kind === ast.NodeKind.Constant && PyUnicode_CheckExact((e as ast.Constant).value);
}

function constStr(e: ast.Constant): string {
  return PyUnicode_AsUTF8(e.value);
}

/** A UnicodeDecodeError propagating out of the parser unconverted (as from PyUnicode_FromString). */
function unicodeDecodeError(p: Parser, e: StringDecodeError): ParserSyntaxError {
  return new ParserSyntaxError("UnicodeDecodeError", e.message, p.filename, null, null, null, null, null);
}

/** _PyPegen_constant_from_token: the raw text of an FSTRING_MIDDLE token (decoded later). */
export function _PyPegen_constant_from_token(p: Parser, tok: Token): ast.Constant {
  if (tok.raw !== null) {
    // PyUnicode_FromString of bytes that are not UTF-8
    const e = invalidUtf8Error(tok.raw, true);
    if (e) throw unicodeDecodeError(p, e);
  }
  return strConst(tok.string, null, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset);
}

/** _PyPegen_decoded_constant_from_token: an FSTRING_MIDDLE of a format spec, escapes decoded. */
export function _PyPegen_decoded_constant_from_token(p: Parser, tok: Token): ast.Constant {
  let s: string;
  try {
    if (tok.raw !== null) {
      const err = invalidUtf8Error(tok.raw, false);
      if (err) throw err;
    }
    s = _PyPegen_decode_string(p, false, tok.string, tok);
  } catch (e) {
    // CPython lets the UnicodeDecodeError propagate here (no conversion to SyntaxError)
    if (e instanceof StringDecodeError) throw unicodeDecodeError(p, e);
    throw e;
  }
  return strConst(s, null, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset);
}

/** _PyPegen_constant_from_string: the value of a STRING token. */
export function _PyPegen_constant_from_string(p: Parser, tok: Token): ast.Constant {
  let r;
  try {
    r = _PyPegen_parse_string(p, tok);
  } catch (e) {
    _Pypegen_raise_decode_error(p, e);
  }
  const kind = tok.string.charCodeAt(0) === 0x75 ? "u" : null;
  const value: PyObject = r.bytes ? PyBytes_FromStringAndSize(r.data!) : PyUnicode_FromString(r.str!);
  return new ast.Constant(value, kind, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset);
}

export interface ResultTokenWithMetadata {
  result: expr;
  metadata: string | null;
}

function result_token_with_metadata(_p: Parser, result: expr, metadata: string | null): ResultTokenWithMetadata {
  return { result, metadata };
}

/** _PyPegen_check_fstring_conversion */
export function _PyPegen_check_fstring_conversion(p: Parser, conv_token: Token, conv: ast.Name): ResultTokenWithMetadata {
  if (conv_token.lineno !== conv.lineno || conv_token.end_col_offset !== conv.col_offset) {
    RAISE_SYNTAX_ERROR_KNOWN_RANGE(p, conv_token, conv, "f-string: conversion type must come right after the exclamanation mark");
  }
  return result_token_with_metadata(p, conv, conv_token.metadata);
}

/** _PyPegen_setup_full_format_spec */
export function _PyPegen_setup_full_format_spec(
  p: Parser,
  colon: Token,
  spec: expr[] | null,
  lineno: number,
  col_offset: number,
  end_lineno: number,
  end_col_offset: number,
): ResultTokenWithMetadata | null {
  if (!spec) return null;
  // This is needed to keep compatibility with 3.11, where an empty format spec is parsed as an *empty*
  // JoinedStr node, instead of having an empty constant in it.
  const items = spec.filter((item) => !(isStrConstant(item) && constStr(item).length === 0));
  let res: expr;
  if (items.length === 0 || (items.length === 1 && items[0]!._kind === ast.NodeKind.Constant)) {
    res = new ast.JoinedStr(items, lineno, col_offset, end_lineno, end_col_offset);
  } else {
    res = _PyPegen_concatenate_strings(p, items, lineno, col_offset, end_lineno, end_col_offset);
  }
  return result_token_with_metadata(p, res, colon.metadata);
}

/** PyObject_Repr of a str, for the conversion error message (%R). */
function strRepr(s: string): string {
  // Python's repr of a short identifier-like string
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}

/** _PyPegen_formatted_value */
export function _PyPegen_formatted_value(
  p: Parser,
  expression: expr,
  debug: Token | null,
  conversion: ResultTokenWithMetadata | null,
  format: ResultTokenWithMetadata | null,
  closing_brace: Token,
  lineno: number,
  col_offset: number,
  end_lineno: number,
  end_col_offset: number,
): expr {
  let conversion_val = -1;
  if (conversion !== null) {
    const conversion_expr = conversion.result as ast.Name;
    const id = conversion_expr.id;
    const first = id.codePointAt(0)!;
    if ([...id].length > 1 || !(first === 0x73 || first === 0x72 || first === 0x61)) {
      RAISE_SYNTAX_ERROR_KNOWN_LOCATION(
        p,
        conversion_expr,
        "f-string: invalid conversion character %R: expected 's', 'r', or 'a'",
        strRepr(id),
      );
    }
    conversion_val = first;
  } else if (debug && !format) {
    /* If no conversion is specified, use !r for debug expressions */
    conversion_val = 0x72;
  }
  const formatted_value = new ast.FormattedValue(
    expression,
    conversion_val,
    format ? format.result : null,
    lineno,
    col_offset,
    end_lineno,
    end_col_offset,
  );
  if (debug) {
    /* Find the non whitespace token after the "=" */
    let debug_end_line: number, debug_end_offset: number;
    let debug_metadata: string | null;
    if (conversion) {
      debug_end_line = conversion.result.lineno;
      debug_end_offset = conversion.result.col_offset;
      debug_metadata = conversion.metadata;
    } else if (format) {
      debug_end_line = format.result.lineno;
      debug_end_offset = format.result.col_offset + 1;
      debug_metadata = format.metadata;
    } else {
      debug_end_line = end_lineno;
      debug_end_offset = end_col_offset;
      debug_metadata = closing_brace.metadata;
    }
    const debug_text = strConst(debug_metadata ?? "", null, lineno, col_offset + 1, debug_end_line, debug_end_offset - 1);
    return new ast.JoinedStr([debug_text, formatted_value], lineno, col_offset, debug_end_line, debug_end_offset);
  }
  return formatted_value;
}

/** _PyPegen_decode_fstring_part */
function _PyPegen_decode_fstring_part(p: Parser, is_raw: boolean, constant: ast.Constant, token: Token): ast.Constant {
  const bstr = constStr(constant);
  const s = bstr === "{{" || bstr === "}}" ? bstr.slice(0, 1) : bstr;
  is_raw = is_raw || s.indexOf("\\") < 0;
  let str: string;
  try {
    str = _PyPegen_decode_string(p, is_raw, s, token);
  } catch (e) {
    _Pypegen_raise_decode_error(p, e);
  }
  return strConst(str, null, constant.lineno, constant.col_offset, constant.end_lineno, constant.end_col_offset);
}

function _get_resized_exprs(p: Parser, a: Token, raw_expressions: expr[], b: Token): expr[] {
  const quote_str = a.string;
  const is_raw = /[rR]/.test(quote_str);
  const seq: expr[] = [];
  for (let item of raw_expressions) {
    // This should correspond to a JoinedStr node of two elements created _PyPegen_formatted_value. This
    // situation can only be the result of a f-string debug expression where the first element is a
    // constant with the text and the second a formatted value with the expression.
    if (item._kind === ast.NodeKind.JoinedStr) {
      const values = (item as ast.JoinedStr).values;
      if (values.length !== 2) {
        throw new Error(`SystemError: unexpected JoinedStr node without debug data in f-string at line ${item.lineno}`);
      }
      seq.push(values[0]!, values[1]!);
      continue;
    }
    if (item._kind === ast.NodeKind.Constant) {
      item = _PyPegen_decode_fstring_part(p, is_raw, item as ast.Constant, b);
      /* Tokenizer emits string parts even when the underlying string might become an empty value (e.g.
         FSTRING_MIDDLE with the value \\n) so we need to check for them and simplify it here. */
      if (isStrConstant(item) && constStr(item).length === 0) continue;
    }
    seq.push(item);
  }
  return seq;
}

/** _PyPegen_joined_str */
export function _PyPegen_joined_str(p: Parser, a: Token, raw_expressions: expr[], b: Token): ast.JoinedStr {
  const resized_exprs = _get_resized_exprs(p, a, raw_expressions, b);
  return new ast.JoinedStr(resized_exprs, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
}

/** _PyPegen_concatenate_strings */
export function _PyPegen_concatenate_strings(
  p: Parser,
  strings: expr[],
  lineno: number,
  col_offset: number,
  end_lineno: number,
  end_col_offset: number,
): expr {
  const len = strings.length;
  let f_string_found = false;
  let unicode_string_found = false;
  let bytes_found = false;
  for (const elem of strings) {
    if (elem._kind === ast.NodeKind.Constant) {
      if (PyBytes_Check((elem as ast.Constant).value)) bytes_found = true;
      else unicode_string_found = true;
    } else {
      // a JoinedStr, or a FormattedValue when called for a format spec
      f_string_found = true;
    }
  }
  if ((unicode_string_found || f_string_found) && bytes_found) {
    RAISE_SYNTAX_ERROR(p, "cannot mix bytes and nonbytes literals");
  }
  if (bytes_found) {
    /* Bytes literals never get a kind, but just for consistency since they are represented as Constant
       nodes, we'll mirror the same behavior as unicode strings for determining the kind. */
    const kind = (strings[0] as ast.Constant).kind;
    let value: PyObject;
    if (len === 1) {
      value = (strings[0] as ast.Constant).value;
    } else {
      const parts = strings.map((e) => PyBytes_AsUint8Array((e as ast.Constant).value));
      let total = 0;
      for (const x of parts) total += x.length;
      const data = new Uint8Array(total);
      let o = 0;
      for (const x of parts) {
        data.set(x, o);
        o += x.length;
      }
      value = PyBytes_FromStringAndSize(data);
    }
    return new ast.Constant(value, kind, lineno, col_offset, end_lineno, end_col_offset);
  }
  if (!f_string_found && len === 1) return strings[0]!;

  /* build flattened list */
  const flattened: expr[] = [];
  for (const elem of strings) {
    if (elem._kind === ast.NodeKind.JoinedStr) for (const v of (elem as ast.JoinedStr).values) flattened.push(v);
    else flattened.push(elem);
  }

  /* build folded list */
  const values: expr[] = [];
  const n = flattened.length;
  for (let i = 0; i < n; i++) {
    let elem = flattened[i]!;
    /* if the current elem and the following are constants, fold them and all consequent constants */
    if (elem._kind === ast.NodeKind.Constant) {
      if (i + 1 < n && flattened[i + 1]!._kind === ast.NodeKind.Constant) {
        const first_elem = elem as ast.Constant;
        /* When a string is getting concatenated, the kind of the string is determined by the first
           string in the concatenation sequence. */
        const kind = first_elem.kind;
        let text = "";
        let last_elem = elem;
        let j: number;
        for (j = i; j < n; j++) {
          const current_elem = flattened[j]!;
          if (current_elem._kind === ast.NodeKind.Constant) {
            text += constStr(current_elem as ast.Constant);
            last_elem = current_elem;
          } else {
            break;
          }
        }
        i = j - 1;
        elem = strConst(text, kind, first_elem.lineno, first_elem.col_offset, last_elem.end_lineno, last_elem.end_col_offset);
      }
      /* Drop all empty contanst strings */
      if (f_string_found && isStrConstant(elem) && constStr(elem).length === 0) continue;
    }
    values.push(elem);
  }

  if (!f_string_found) {
    const elem = values[0] as ast.Constant;
    return new ast.Constant(elem.value, elem.kind, lineno, col_offset, end_lineno, end_col_offset);
  }
  return new ast.JoinedStr(values, lineno, col_offset, end_lineno, end_col_offset);
}

export { formatMessage };
