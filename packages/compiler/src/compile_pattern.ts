/**
 * PEP 634: Structural Pattern Matching. CPython 3.12: Python/compile.c (compiler_match, compiler_pattern_*).
 *
 * To keep things simple, all compiler_pattern_* and pattern_helper_* routines follow the convention of consuming
 * TOS (the subject for the given pattern) and calling jump_to_fail_pop on failure (no match). When calling into
 * these routines, it's important that pc->on_top be kept updated to reflect the current number of items that we
 * are using on the top of the stack: they will be popped on failure, and any name captures will be stored
 * *underneath* them on success. This lets us defer all names stores until the *entire* pattern matches.
 */
import {
  type PyObject, Py_None, PyUnicode_FromString, _PyTuple_FromArray, PyObject_RichCompareBool, PyExceptionInstance_Check, Py_EQ,
  BINARY_OP, BINARY_SUBSCR, BUILD_MAP, BUILD_TUPLE, COMPARE_OP, COPY, DELETE_SUBSCR, DICT_UPDATE, GET_LEN, IS_OP,
  JUMP, MATCH_CLASS, MATCH_KEYS, MATCH_MAPPING, MATCH_SEQUENCE, NOP, POP_JUMP_IF_FALSE, POP_TOP, SWAP, UNPACK_EX,
  UNPACK_SEQUENCE, NB_SUBTRACT, Py_GE, compare_masks, CONTAINS_OP,
} from "@typhon/runtime";
import * as ast from "./Parser/ast.js";
import { NodeKind as K } from "./Parser/ast.js";
import { _PyAST_ExprAsUnicode } from "./ast_unparse.js";
import type { Pattern } from "./ast_opt.js";
import type { Location } from "./symtable.js";
import { type Compiler, Ctx, LOC, NO_LOCATION } from "./compile.js";
import { compiler_jump_if } from "./compile_expr.js";

interface pattern_context {
  // A list of strings corresponding to name captures. It is used to track:
  // - Repeated name assignments in the same pattern.
  // - Different name assignments in alternatives.
  // - The order of name assignments in alternatives.
  stores: string[];
  // If 0, any name captures against our subject will raise.
  allow_irrefutable: boolean;
  // An array of blocks to jump to on failure. Jumping to fail_pop[i] will pop i items off of the stack.
  fail_pop: number[] | null;
  // The number of items on top of the stack that need to *stay* on top of the stack. Variable captures go
  // beneath these. All of them will be popped on failure.
  on_top: number;
}

function WILDCARD_CHECK(n: ast.pattern): boolean {
  return n._kind === K.MatchAs && (n as ast.MatchAs).name === null;
}
function WILDCARD_STAR_CHECK(n: ast.pattern): boolean {
  return n._kind === K.MatchStar && (n as ast.MatchStar).name === null;
}
// Limit permitted subexpressions, even if the parser & AST validator let them through
function MATCH_VALUE_EXPR(n: ast.expr): boolean {
  return n._kind === K.Constant || n._kind === K.Attribute;
}

function addop_compare(c: Compiler, loc: Location, cmp: number): void {
  c.addop_i(loc, COMPARE_OP, (cmp << 4) | compare_masks[cmp]);
}

// Allocate or resize pc->fail_pop to allow for n items to be popped on failure.
function ensure_fail_pop(c: Compiler, pc: pattern_context, n: number): void {
  const size = n + 1;
  pc.fail_pop ??= [];
  while (pc.fail_pop.length < size) pc.fail_pop.push(c.new_label());
}

// Use op to jump to the correct fail_pop block.
function jump_to_fail_pop(c: Compiler, loc: Location, pc: pattern_context, op: number): void {
  // Pop any items on the top of the stack, plus any objects we were going to capture on success:
  const pops = pc.on_top + pc.stores.length;
  ensure_fail_pop(c, pc, pops);
  c.addop_j(loc, op, pc.fail_pop![pops]);
}

// Build all of the fail_pop blocks and reset fail_pop.
function emit_and_reset_fail_pop(c: Compiler, loc: Location, pc: pattern_context): void {
  const fp = pc.fail_pop;
  if (fp === null || fp.length === 0) return;
  for (let i = fp.length - 1; i > 0; i--) {
    c.use_label(fp[i]);
    c.addop(loc, POP_TOP);
  }
  c.use_label(fp[0]);
  pc.fail_pop = null;
}

function compiler_error_duplicate_store(c: Compiler, loc: Location, n: string): never {
  c.compiler_error(loc, `multiple assignments to name ${reprStr(n)} in pattern`);
}
/** %R of a str (identifiers need no escaping beyond the quote choice) */
function reprStr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

// Duplicate the effect of 3.10's ROT_* instructions using SWAPs.
function pattern_helper_rotate(c: Compiler, loc: Location, count: number): void {
  while (1 < count) c.addop_i(loc, SWAP, count--);
}

function pattern_helper_store_name(c: Compiler, loc: Location, n: string | null, pc: pattern_context): void {
  if (n === null) {
    c.addop(loc, POP_TOP);
    return;
  }
  c.forbidden_name(loc, n, Ctx.Store);
  // Can't assign to the same name twice:
  if (pc.stores.includes(n)) compiler_error_duplicate_store(c, loc, n);
  // Rotate this object underneath any items we need to preserve:
  const rotations = pc.on_top + pc.stores.length + 1;
  pattern_helper_rotate(c, loc, rotations);
  pc.stores.push(n);
}

function pattern_unpack_helper(c: Compiler, loc: Location, elts: ast.pattern[]): void {
  const n = elts.length;
  let seen_star = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._kind === K.MatchStar && !seen_star) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.compiler_error(loc, "too many expressions in star-unpacking sequence pattern");
      c.addop_i(loc, UNPACK_EX, i + ((n - i - 1) << 8));
      seen_star = true;
    } else if (elt._kind === K.MatchStar) {
      c.compiler_error(loc, "multiple starred expressions in sequence pattern");
    }
  }
  if (!seen_star) c.addop_i(loc, UNPACK_SEQUENCE, n);
}

function pattern_helper_sequence_unpack(c: Compiler, loc: Location, patterns: ast.pattern[], pc: pattern_context): void {
  pattern_unpack_helper(c, loc, patterns);
  const size = patterns.length;
  // We've now got a bunch of new subjects on the stack. They need to remain there after each subpattern match:
  pc.on_top += size;
  for (let i = 0; i < size; i++) {
    // One less item to keep track of each time we loop through:
    pc.on_top--;
    compiler_pattern_subpattern(c, patterns[i], pc);
  }
}

// Like pattern_helper_sequence_unpack, but uses BINARY_SUBSCR instead of UNPACK_SEQUENCE / UNPACK_EX. This is
// more efficient for patterns with a starred wildcard like [first, *_] / [first, *_, last] / [*_, last] / etc.
function pattern_helper_sequence_subscr(c: Compiler, loc: Location, patterns: ast.pattern[], star: number, pc: pattern_context): void {
  // We need to keep the subject around for extracting elements:
  pc.on_top++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i];
    if (WILDCARD_CHECK(pattern)) continue;
    if (i === star) continue;
    c.addop_i(loc, COPY, 1);
    if (i < star) {
      c.addop_load_const(loc, i);
    } else {
      // The subject may not support negative indexing! Compute a nonnegative index:
      c.addop(loc, GET_LEN);
      c.addop_load_const(loc, size - i);
      c.addop_i(loc, BINARY_OP, NB_SUBTRACT);
    }
    c.addop(loc, BINARY_SUBSCR);
    compiler_pattern_subpattern(c, pattern, pc);
  }
  // Pop the subject, we're done with it:
  pc.on_top--;
  c.addop(loc, POP_TOP);
}

// Like compiler_pattern, but turn off checks for irrefutability.
function compiler_pattern_subpattern(c: Compiler, p: ast.pattern, pc: pattern_context): void {
  const allow_irrefutable = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  compiler_pattern(c, p, pc);
  pc.allow_irrefutable = allow_irrefutable;
}

function compiler_pattern_as(c: Compiler, p: ast.MatchAs, pc: pattern_context): void {
  if (p.pattern === null) {
    // An irrefutable match:
    if (!pc.allow_irrefutable) {
      if (p.name !== null) c.compiler_error(LOC(p), `name capture ${reprStr(p.name)} makes remaining patterns unreachable`);
      c.compiler_error(LOC(p), "wildcard makes remaining patterns unreachable");
    }
    pattern_helper_store_name(c, LOC(p), p.name, pc);
    return;
  }
  // Need to make a copy for (possibly) storing later:
  pc.on_top++;
  c.addop_i(LOC(p), COPY, 1);
  compiler_pattern(c, p.pattern, pc);
  // Success! Store it:
  pc.on_top--;
  pattern_helper_store_name(c, LOC(p), p.name, pc);
}

function compiler_pattern_star(c: Compiler, p: ast.MatchStar, pc: pattern_context): void {
  pattern_helper_store_name(c, LOC(p), p.name, pc);
}

function validate_kwd_attrs(c: Compiler, attrs: string[], patterns: ast.pattern[]): void {
  // Any errors will point to the pattern rather than the arg name as the parser is only supplying identifiers
  // rather than Name or keyword nodes
  const nattrs = attrs.length;
  for (let i = 0; i < nattrs; i++) {
    const attr = attrs[i];
    c.forbidden_name(LOC(patterns[i]), attr, Ctx.Store);
    for (let j = i + 1; j < nattrs; j++) {
      if (attr === attrs[j]) c.compiler_error(LOC(patterns[j]), `attribute name repeated in class pattern: ${attr}`);
    }
  }
}

function compiler_pattern_class(c: Compiler, p: ast.MatchClass, pc: pattern_context): void {
  const patterns = p.patterns;
  const kwd_attrs = p.kwd_attrs;
  const kwd_patterns = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = kwd_attrs.length;
  const nkwd_patterns = kwd_patterns.length;
  if (nattrs !== nkwd_patterns) {
    // AST validator shouldn't let this happen, but if it does, just fail, don't crash out of the interpreter
    c.compiler_error(LOC(p), `kwd_attrs (${nattrs}) / kwd_patterns (${nkwd_patterns}) length mismatch in class pattern`);
  }
  if (nattrs) validate_kwd_attrs(c, kwd_attrs, kwd_patterns);
  c.visit_expr(p.cls);
  const attr_names = kwd_attrs.map((n) => PyUnicode_FromString(n) as PyObject);
  c.addop_load_const(LOC(p), _PyTuple_FromArray(attr_names));
  c.addop_i(LOC(p), MATCH_CLASS, nargs);
  c.addop_i(LOC(p), COPY, 1);
  c.addop_load_const(LOC(p), Py_None);
  c.addop_i(LOC(p), IS_OP, 1);
  // TOS is now a tuple of (nargs + nattrs) attributes (or None):
  pc.on_top++;
  jump_to_fail_pop(c, LOC(p), pc, POP_JUMP_IF_FALSE);
  c.addop_i(LOC(p), UNPACK_SEQUENCE, nargs + nattrs);
  pc.on_top += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.on_top--;
    const pattern = i < nargs ? patterns[i] /* Positional */ : kwd_patterns[i - nargs] /* Keyword */;
    if (WILDCARD_CHECK(pattern)) {
      c.addop(LOC(p), POP_TOP);
      continue;
    }
    compiler_pattern_subpattern(c, pattern, pc);
  }
  // Success! Pop the tuple of attributes:
}

/** Python equality of two constant keys of a mapping pattern (the `seen` set of compiler_pattern_mapping). */
function constEqual(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  try {
    return PyObject_RichCompareBool(a, b, Py_EQ);
  } catch (e) {
    if (PyExceptionInstance_Check(e)) return false;
    throw e;
  }
}

function compiler_pattern_mapping(c: Compiler, p: ast.MatchMapping, pc: pattern_context): void {
  const keys = p.keys;
  const patterns = p.patterns;
  let size = keys.length;
  const npatterns = patterns.length;
  if (size !== npatterns) {
    // AST validator shouldn't let this happen, but if it does, just fail, don't crash out of the interpreter
    c.compiler_error(LOC(p), `keys (${size}) / patterns (${npatterns}) length mismatch in mapping pattern`);
  }
  // We have a double-star target if "rest" is set
  const star_target = p.rest;
  // We need to keep the subject on top during the mapping and length checks:
  pc.on_top++;
  c.addop(LOC(p), MATCH_MAPPING);
  jump_to_fail_pop(c, LOC(p), pc, POP_JUMP_IF_FALSE);
  if (!size && star_target === null) {
    // If the pattern is just "{}", we're done! Pop the subject:
    pc.on_top--;
    c.addop(LOC(p), POP_TOP);
    return;
  }
  if (size) {
    // If the pattern has any keys in it, perform a length check:
    c.addop(LOC(p), GET_LEN);
    c.addop_load_const(LOC(p), size);
    addop_compare(c, LOC(p), Py_GE);
    jump_to_fail_pop(c, LOC(p), pc, POP_JUMP_IF_FALSE);
  }
  // Collect all of the keys into a tuple for MATCH_KEYS and **rest. They can either be dotted names or literals:
  // Maintaining a set of Constant_kind kind keys allows us to raise a SyntaxError in the case of duplicates.
  const seen: PyObject[] = [];
  for (let i = 0; i < size; i++) {
    const key = keys[i];
    if (key._kind === K.Constant) {
      const v = (key as ast.Constant).value;
      if (seen.some((s) => constEqual(s, v))) c.compiler_error(LOC(p), `mapping pattern checks duplicate key (${reprConst(v)})`);
      seen.push(v);
    } else if (key._kind !== K.Attribute) {
      c.compiler_error(LOC(p), "mapping pattern keys may only match literals and attribute lookups");
    }
    c.visit_expr(key);
  }
  // all keys have been checked; there are no duplicates
  c.addop_i(LOC(p), BUILD_TUPLE, size);
  c.addop(LOC(p), MATCH_KEYS);
  // There's now a tuple of keys and a tuple of values on top of the subject:
  pc.on_top += 2;
  c.addop_i(LOC(p), COPY, 1);
  c.addop_load_const(LOC(p), Py_None);
  c.addop_i(LOC(p), IS_OP, 1);
  jump_to_fail_pop(c, LOC(p), pc, POP_JUMP_IF_FALSE);
  // So far so good. Use that tuple of values on the stack to match sub-patterns against:
  c.addop_i(LOC(p), UNPACK_SEQUENCE, size);
  pc.on_top += size - 1;
  for (let i = 0; i < size; i++) {
    pc.on_top--;
    compiler_pattern_subpattern(c, patterns[i], pc);
  }
  // If we get this far, it's a match! Whatever happens next should consume the tuple of keys and the subject:
  pc.on_top -= 2;
  if (star_target !== null) {
    // If we have a starred name, bind a dict of remaining items to it (this may seem a bit inefficient, but keys
    // is rarely big enough to actually impact runtime):
    // rest = dict(TOS1)
    // for key in TOS:
    //     del rest[key]
    c.addop_i(LOC(p), BUILD_MAP, 0); // [subject, keys, empty]
    c.addop_i(LOC(p), SWAP, 3); // [empty, keys, subject]
    c.addop_i(LOC(p), DICT_UPDATE, 2); // [copy, keys]
    c.addop_i(LOC(p), UNPACK_SEQUENCE, size); // [copy, keys...]
    while (size) {
      c.addop_i(LOC(p), COPY, 1 + size--); // [copy, keys..., copy]
      c.addop_i(LOC(p), SWAP, 2); // [copy, keys..., copy, key]
      c.addop(LOC(p), DELETE_SUBSCR); // [copy, keys...]
    }
    pattern_helper_store_name(c, LOC(p), star_target, pc);
  } else {
    c.addop(LOC(p), POP_TOP); // Tuple of keys.
    c.addop(LOC(p), POP_TOP); // Subject.
  }
}

/** %R of a constant mapping key (for the duplicate-key error message). */
function reprConst(v: PyObject): string {
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  const e = new ast.Constant(v, null, 0, 0, 0, 0);
  return _PyAST_ExprAsUnicode(e);
}

function compiler_pattern_or(c: Compiler, p: ast.MatchOr, pc: pattern_context): void {
  const end = c.new_label();
  const size = p.patterns.length;
  // We're going to be messing with pc. Keep the original info handy:
  const old_pc: pattern_context = { ...pc };
  // control is the list of names bound by the first alternative. It is used for checking different name bindings
  // in alternatives, and for correcting the order in which extracted elements are placed on the stack.
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    pc.stores = [];
    // An irrefutable sub-pattern must be last, if it is allowed at all:
    pc.allow_irrefutable = i === size - 1 && old_pc.allow_irrefutable;
    pc.fail_pop = null;
    pc.on_top = 0;
    c.addop_i(LOC(alt), COPY, 1);
    compiler_pattern(c, alt, pc);
    // Success!
    const nstores = pc.stores.length;
    if (!i) {
      // This is the first alternative, so save its stores as a "control" for the others (they can't bind a
      // different set of names, and might need to be reordered):
      control = pc.stores;
    } else if (nstores !== control!.length) {
      c.compiler_error(LOC(p), "alternative patterns bind different names");
    } else if (nstores) {
      // There were captures. Check to see if we differ from control:
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.compiler_error(LOC(p), "alternative patterns bind different names");
        if (icontrol !== istores) {
          // Reorder the names on the stack to match the order of the names in control. There's probably a better
          // way of doing this; the current solution is potentially very inefficient when each alternative
          // subpattern binds lots of names in different orders. It's fine for reasonable cases, though, and the
          // peephole optimizer will ensure that the final code is as efficient as possible.
          let rotations = istores + 1;
          // Perform the same rotation on pc->stores:
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          // That just did:
          // rotated = pc_stores[:rotations]
          // del pc_stores[:rotations]
          // pc_stores[icontrol-istores:icontrol-istores] = rotated
          // Do the same thing to the stack, using several rotations:
          while (rotations--) pattern_helper_rotate(c, LOC(alt), icontrol + 1);
        }
      }
    }
    c.addop_j(LOC(alt), JUMP, end);
    emit_and_reset_fail_pop(c, LOC(alt), pc);
  }
  pc.stores = old_pc.stores;
  pc.allow_irrefutable = old_pc.allow_irrefutable;
  pc.fail_pop = old_pc.fail_pop;
  pc.on_top = old_pc.on_top;
  // No match. Pop the remaining copy of the subject and fail:
  c.addop(LOC(p), POP_TOP);
  jump_to_fail_pop(c, LOC(p), pc, JUMP);
  c.use_label(end);
  const nstores = control!.length;
  // There's a bunch of stuff on the stack between where the new stores are and where they need to be:
  // - The other stores.
  // - A copy of the subject.
  // - Anything else that may be on top of the stack.
  // - Any previous stores we've already stashed away on the stack.
  const nrots = nstores + 1 + pc.on_top + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    // Rotate this capture to its proper place on the stack:
    pattern_helper_rotate(c, LOC(p), nrots);
    // Update the list of previous stores with this new name, checking for duplicates:
    const name = control![i];
    if (pc.stores.includes(name)) compiler_error_duplicate_store(c, LOC(p), name);
    pc.stores.push(name);
  }
  // Pop the copy of the subject:
  c.addop(LOC(p), POP_TOP);
}

function compiler_pattern_sequence(c: Compiler, p: ast.MatchSequence, pc: pattern_context): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let only_wildcard = true;
  let star_wildcard = false;
  // Find a starred name, if it exists. There may be at most one:
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i];
    if (pattern._kind === K.MatchStar) {
      if (star >= 0) c.compiler_error(LOC(p), "multiple starred names in sequence pattern");
      star_wildcard = WILDCARD_STAR_CHECK(pattern);
      only_wildcard = only_wildcard && star_wildcard;
      star = i;
      continue;
    }
    only_wildcard = only_wildcard && WILDCARD_CHECK(pattern);
  }
  // We need to keep the subject on top during the sequence and length checks:
  pc.on_top++;
  c.addop(LOC(p), MATCH_SEQUENCE);
  jump_to_fail_pop(c, LOC(p), pc, POP_JUMP_IF_FALSE);
  if (star < 0) {
    // No star: len(subject) == size
    c.addop(LOC(p), GET_LEN);
    c.addop_load_const(LOC(p), size);
    addop_compare(c, LOC(p), 2 /* Py_EQ */);
    jump_to_fail_pop(c, LOC(p), pc, POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    // Star: len(subject) >= size - 1
    c.addop(LOC(p), GET_LEN);
    c.addop_load_const(LOC(p), size - 1);
    addop_compare(c, LOC(p), Py_GE);
    jump_to_fail_pop(c, LOC(p), pc, POP_JUMP_IF_FALSE);
  }
  // Whatever comes next should consume the subject:
  pc.on_top--;
  if (only_wildcard) {
    // Patterns like: [] / [_] / [_, _] / [*_] / [_, *_] / [_, _, *_] / etc.
    c.addop(LOC(p), POP_TOP);
  } else if (star_wildcard) {
    pattern_helper_sequence_subscr(c, LOC(p), patterns, star, pc);
  } else {
    pattern_helper_sequence_unpack(c, LOC(p), patterns, pc);
  }
}

function compiler_pattern_value(c: Compiler, p: ast.MatchValue, pc: pattern_context): void {
  const value = p.value;
  if (!MATCH_VALUE_EXPR(value)) c.compiler_error(LOC(p), "patterns may only match literals and attribute lookups");
  c.visit_expr(value);
  addop_compare(c, LOC(p), 2 /* Py_EQ */);
  jump_to_fail_pop(c, LOC(p), pc, POP_JUMP_IF_FALSE);
}

function compiler_pattern_singleton(c: Compiler, p: ast.MatchSingleton, pc: pattern_context): void {
  c.addop_load_const(LOC(p), p.value);
  c.addop_i(LOC(p), IS_OP, 0);
  jump_to_fail_pop(c, LOC(p), pc, POP_JUMP_IF_FALSE);
}

function compiler_pattern(c: Compiler, p0: ast.pattern, pc: pattern_context): void {
  const p = p0 as Pattern;
  switch (p._kind) {
    case K.MatchValue:
      return compiler_pattern_value(c, p, pc);
    case K.MatchSingleton:
      return compiler_pattern_singleton(c, p, pc);
    case K.MatchSequence:
      return compiler_pattern_sequence(c, p, pc);
    case K.MatchMapping:
      return compiler_pattern_mapping(c, p, pc);
    case K.MatchClass:
      return compiler_pattern_class(c, p, pc);
    case K.MatchStar:
      return compiler_pattern_star(c, p, pc);
    case K.MatchAs:
      return compiler_pattern_as(c, p, pc);
    case K.MatchOr:
      return compiler_pattern_or(c, p, pc);
  }
  // AST validator shouldn't let this happen, but if it does, just fail, don't crash out of the interpreter
  c.compiler_error(LOC(p0 as Pattern), `invalid match pattern node in AST (kind=${p0._kind})`);
}

/** CPython 3.12: compiler_match (compiler_match_inner) */
export function compiler_match(c: Compiler, s: ast.Match): void {
  const pc: pattern_context = { stores: [], allow_irrefutable: false, fail_pop: null, on_top: 0 };
  c.visit_expr(s.subject);
  const end = c.new_label();
  const cases = s.cases.length;
  let m = s.cases[cases - 1];
  const has_default = WILDCARD_CHECK(m.pattern) && 1 < cases ? 1 : 0;
  for (let i = 0; i < cases - has_default; i++) {
    m = s.cases[i];
    // Only copy the subject if we're *not* on the last case:
    if (i !== cases - has_default - 1) c.addop_i(LOC(m.pattern), COPY, 1);
    pc.stores = [];
    // Irrefutable cases must be either guarded, last, or both:
    pc.allow_irrefutable = m.guard !== null || i === cases - 1;
    pc.fail_pop = null;
    pc.on_top = 0;
    compiler_pattern(c, m.pattern, pc);
    // It's a match! Store all of the captured names (they're on the stack).
    for (const name of pc.stores) c.compiler_nameop(LOC(m.pattern), name, Ctx.Store);
    if (m.guard !== null) {
      ensure_fail_pop(c, pc, 0);
      compiler_jump_if(c, LOC(m.pattern), m.guard, pc.fail_pop![0], false);
    }
    // Success! Pop the subject off, we're done with it:
    if (i !== cases - has_default - 1) c.addop(LOC(m.pattern), POP_TOP);
    c.visit_stmts(m.body);
    c.addop_j(NO_LOCATION, JUMP, end);
    // If the pattern fails to match, we want the line number of the cleanup to be associated with the failed
    // pattern, not the last line of the body
    emit_and_reset_fail_pop(c, LOC(m.pattern), pc);
  }
  if (has_default) {
    // A trailing "case _" is common, and lets us save a bit of redundant pushing and popping in the loop above:
    m = s.cases[cases - 1];
    if (cases === 1) {
      // No matches. Done with the subject:
      c.addop(LOC(m.pattern), POP_TOP);
    } else {
      // Show line coverage for default case (it doesn't create bytecode)
      c.addop(LOC(m.pattern), NOP);
    }
    if (m.guard !== null) compiler_jump_if(c, LOC(m.pattern), m.guard, end, false);
    c.visit_stmts(m.body);
  }
  c.use_label(end);
}

void CONTAINS_OP;
