#!/usr/bin/env node
// Typhon's PEG parser generator: reads packages/compiler/grammar/python.gram (CPython 3.12's grammar)
// and writes packages/compiler/src/Parser/parser.ts.
//
// It follows CPython's Tools/peg_generator/pegen/c_generator.py: one function per rule, artificial
// rules for groups (_tmp_N), repetitions (_loop0_N, _loop1_N) and gathers (_gather_N), memoisation
// for `(memo)` rules, the growing-seed loop for left-recursive leaders, `p.level` accounting against
// MAXSTACK, alternatives made of a single invalid_* item guarded by `p.call_invalid_rules`, rules
// named *_without_invalid switching invalid rules off, cuts, forced tokens and lookaheads. An
// alternative that succeeds ends the rule even when its action returns null. Errors are JS
// exceptions (CPython's error_indicator / PyErr_Occurred protocol), so no error checks are emitted.
//
// Usage: node packages/compiler/scripts/gen-parser.mjs
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseGrammar, computeNullables, computeLeftRecursives, itemStr, rhsStr } from "./pegen/grammar.mjs";
import { ActionTranslator } from "./pegen/action.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const gramPath = path.join(root, "grammar/python.gram");
const asdlAstPath = path.join(root, "src/Parser/ast.ts");
const outPath = path.join(root, "src/Parser/parser.ts");

// Token numbers: CPython 3.12's Grammar/Tokens (same as src/Parser/token.ts)
const TOKENS = {
  ENDMARKER: 0, NAME: 1, NUMBER: 2, STRING: 3, NEWLINE: 4, INDENT: 5, DEDENT: 6, LPAR: 7, RPAR: 8,
  LSQB: 9, RSQB: 10, COLON: 11, COMMA: 12, SEMI: 13, PLUS: 14, MINUS: 15, STAR: 16, SLASH: 17,
  VBAR: 18, AMPER: 19, LESS: 20, GREATER: 21, EQUAL: 22, DOT: 23, PERCENT: 24, LBRACE: 25,
  RBRACE: 26, EQEQUAL: 27, NOTEQUAL: 28, LESSEQUAL: 29, GREATEREQUAL: 30, TILDE: 31,
  CIRCUMFLEX: 32, LEFTSHIFT: 33, RIGHTSHIFT: 34, DOUBLESTAR: 35, PLUSEQUAL: 36, MINEQUAL: 37,
  STAREQUAL: 38, SLASHEQUAL: 39, PERCENTEQUAL: 40, AMPEREQUAL: 41, VBAREQUAL: 42,
  CIRCUMFLEXEQUAL: 43, LEFTSHIFTEQUAL: 44, RIGHTSHIFTEQUAL: 45, DOUBLESTAREQUAL: 46,
  DOUBLESLASH: 47, DOUBLESLASHEQUAL: 48, AT: 49, ATEQUAL: 50, RARROW: 51, ELLIPSIS: 52,
  COLONEQUAL: 53, EXCLAMATION: 54, OP: 55, AWAIT: 56, ASYNC: 57, TYPE_IGNORE: 58, TYPE_COMMENT: 59,
  SOFT_KEYWORD: 60, FSTRING_START: 61, FSTRING_MIDDLE: 62, FSTRING_END: 63, COMMENT: 64, NL: 65,
  ERRORTOKEN: 66,
};
const EXACT = {
  "!": 54, "!=": 28, "%": 24, "%=": 40, "&": 19, "&=": 41, "(": 7, ")": 8, "*": 16, "**": 35, "**=": 46,
  "*=": 38, "+": 14, "+=": 36, ",": 12, "-": 15, "-=": 37, "->": 51, ".": 23, "...": 52, "/": 17, "//": 47,
  "//=": 48, "/=": 39, ":": 11, ":=": 53, ";": 13, "<": 20, "<<": 33, "<<=": 44, "<=": 29, "=": 22,
  "==": 27, ">": 21, ">=": 30, ">>": 34, ">>=": 45, "@": 49, "@=": 50, "[": 9, "]": 10, "^": 32,
  "^=": 43, "{": 25, "|": 18, "|=": 42, "}": 26, "~": 31, "<>": 28,
};

const grammar = parseGrammar(readFileSync(gramPath, "utf8"));
const rules = grammar.rules;

// ASDL classes (read from the generated ast.ts so the two stay in sync)
const astSrc = readFileSync(asdlAstPath, "utf8");
const astClasses = new Set([...astSrc.matchAll(/^export class (\w+) extends/gm)].map((m) => (m[1] === "arguments_" ? "arguments" : m[1])));
const simpleSingletons = new Set([...astSrc.matchAll(/^export class (\w+) extends \w+ \{\n(?:.*\n){4}  static readonly instance/gm)].map((m) => m[1]));
if (simpleSingletons.size !== 32) throw new Error(`expected 32 singleton classes, found ${simpleSingletons.size}`);

/* ------------------------------------------------------------------ artificial rules */

const todo = new Map(); // rules still to emit, in pegen's order
for (const [name, r] of rules) todo.set(name, r);
let counter = 0;
const allRules = new Map(rules);
function addRule(name, rhs) {
  const r = { name, type: null, memo: false, rhs, leftRecursive: false, leader: false, nullable: false, artificial: true };
  todo.set(name, r);
  allRules.set(name, r);
  return name;
}
const groupCache = new Map(); // str(rhs) -> name (pegen caches by node identity; equal text => equal code)
function nameNode(rhs) {
  counter++;
  return addRule(`_tmp_${counter}`, rhs);
}
function nameLoop(node, isRepeat1) {
  counter++;
  const name = `${isRepeat1 ? "_loop1_" : "_loop0_"}${counter}`;
  return addRule(name, { k: "rhs", alts: [{ k: "alt", items: [{ k: "named", name: null, type: null, item: node }], action: null }] });
}
function nameGather(node) {
  counter++;
  const name = `_gather_${counter}`;
  counter++;
  const extra = `_loop0_${counter}`;
  addRule(extra, {
    k: "rhs",
    alts: [{ k: "alt", items: [{ k: "named", name: null, type: null, item: node.sep }, { k: "named", name: "elem", type: null, item: node.node }], action: "elem" }],
  });
  addRule(name, {
    k: "rhs",
    alts: [{ k: "alt", items: [{ k: "named", name: "elem", type: null, item: node.node }, { k: "named", name: "seq", type: null, item: { k: "name", value: extra } }], action: null }],
  });
  return name;
}

/* ------------------------------------------------------------------ analyses */

computeNullables(rules);
computeLeftRecursives(rules);

/* ------------------------------------------------------------------ keywords */

const keywords = new Map(); // 'kw' -> type
let nextKeyword = 500;
const softKeywords = new Set();
function keywordType(kw) {
  if (!keywords.has(kw)) keywords.set(kw, nextKeyword++);
  return keywords.get(kw);
}

/* ------------------------------------------------------------------ calls (CCallMakerVisitor) */

const EXTRA_NAMES = ["_start_lineno", "_start_col_offset", "_end_lineno", "_end_col_offset"];
const translator = new ActionTranslator({ simpleSingletons, astClasses, extraNames: EXTRA_NAMES });
const usedHelpers = new Set();

// A call: { expr: JS expression (string) evaluating to the result or null, var: default var name,
//           nodetype: "name"|"token"|"keyword"|"soft"|"rule"|"cut"|"forced", tokenType?, soft? }
const callCache = new Map();
function generateCall(node) {
  switch (node.k) {
    case "named": {
      const c = generateCall(node.item);
      return node.name ? { ...c, var: node.name } : c;
    }
    case "name": {
      const name = node.value;
      if (name in TOKENS) {
        if (name === "NAME" || name === "NUMBER" || name === "STRING" || name === "SOFT_KEYWORD") {
          const fn = `_PyPegen_${name.toLowerCase()}_token`;
          usedHelpers.add(fn);
          return { expr: `${fn}(p)`, var: `${name.toLowerCase()}_var`, nodetype: name === "NAME" ? "name" : name === "SOFT_KEYWORD" ? "softany" : "basetoken", tokenType: TOKENS[name] };
        }
        return { expr: `p.expect_token(${TOKENS[name]})`, var: `${name.toLowerCase()}_var`, nodetype: "token", tokenType: TOKENS[name] };
      }
      if (!allRules.has(name)) throw new Error(`unknown rule or token ${name}`);
      return { expr: `${name}_rule(p)`, var: `${name}_var`, nodetype: "rule", fn: `${name}_rule` };
    }
    case "string": {
      const val = node.value.slice(1, -1);
      if (/^[a-zA-Z_]\w*$/.test(val)) {
        if (node.value.startsWith("'")) {
          const t = keywordType(val);
          return { expr: `p.expect_token(${t})`, var: "_keyword", nodetype: "keyword", tokenType: t };
        }
        softKeywords.add(val);
        usedHelpers.add("_PyPegen_expect_soft_keyword");
        return { expr: `_PyPegen_expect_soft_keyword(p, ${JSON.stringify(val)})`, var: "_keyword", nodetype: "soft", soft: val };
      }
      if (!(val in EXACT)) throw new Error(`unknown literal ${node.value}`);
      return { expr: `p.expect_token(${EXACT[val]})`, var: "_literal", nodetype: "token", tokenType: EXACT[val] };
    }
    case "group":
      return generateCall(node.rhs);
    case "rhs": {
      const key = node;
      if (callCache.has(key)) return callCache.get(key);
      let c;
      if (node.alts.length === 1 && node.alts[0].items.length === 1 && node.alts[0].action == null) {
        c = generateCall(node.alts[0].items[0]);
      } else {
        const name = nameNode(node);
        c = { expr: `${name}_rule(p)`, var: `${name}_var`, nodetype: "rule", fn: `${name}_rule` };
      }
      callCache.set(key, c);
      return c;
    }
    case "opt": {
      const c = generateCall(node.node);
      return { expr: c.expr, var: "_opt_var", nodetype: "opt", inner: c };
    }
    case "rep0":
    case "rep1": {
      if (callCache.has(node)) return callCache.get(node);
      const name = nameLoop(node.node, node.k === "rep1");
      const c = { expr: `${name}_rule(p)`, var: `${name}_var`, nodetype: "rule", fn: `${name}_rule` };
      callCache.set(node, c);
      return c;
    }
    case "gather": {
      if (callCache.has(node)) return callCache.get(node);
      const name = nameGather(node);
      const c = { expr: `${name}_rule(p)`, var: `${name}_var`, nodetype: "rule", fn: `${name}_rule` };
      callCache.set(node, c);
      return c;
    }
    case "poslook":
    case "neglook": {
      const positive = node.k === "poslook";
      const c = generateCall(node.node);
      let expr;
      if (c.nodetype === "token" || c.nodetype === "keyword" || c.nodetype === "name" || c.nodetype === "basetoken") {
        // _PyPegen_lookahead_with_int / _with_name: only the token type matters
        expr = `p.peek_type() ${positive ? "===" : "!=="} ${c.tokenType}`;
      } else if (c.nodetype === "soft") {
        usedHelpers.add("_PyPegen_lookahead_soft_keyword");
        expr = `${positive ? "" : "!"}_PyPegen_lookahead_soft_keyword(p, ${JSON.stringify(c.soft)})`;
      } else if (c.nodetype === "softany") {
        usedHelpers.add("_PyPegen_lookahead");
        usedHelpers.add("_PyPegen_soft_keyword_token");
        expr = `_PyPegen_lookahead(${positive ? 1 : 0}, _PyPegen_soft_keyword_token, p)`;
      } else if (c.nodetype === "rule") {
        usedHelpers.add("_PyPegen_lookahead");
        expr = `_PyPegen_lookahead(${positive ? 1 : 0}, ${c.fn}, p)`;
      } else {
        throw new Error(`lookahead on ${c.nodetype}`);
      }
      return { expr, var: null, nodetype: "lookahead" };
    }
    case "forced": {
      const inner = node.node;
      if (inner.k === "string") {
        const val = inner.value.slice(1, -1);
        if (!(val in EXACT)) throw new Error(`forced ${inner.value}`);
        usedHelpers.add("_PyPegen_expect_forced_token");
        return { expr: `_PyPegen_expect_forced_token(p, ${EXACT[val]}, ${JSON.stringify(val)})`, var: "_literal", nodetype: "forced" };
      }
      if (inner.k === "group") {
        const c = generateCall(inner.rhs);
        usedHelpers.add("_PyPegen_expect_forced_result");
        return { expr: `_PyPegen_expect_forced_result(p, ${c.expr}, ${JSON.stringify(rhsStr(inner.rhs))})`, var: "_literal", nodetype: "forced" };
      }
      throw new Error("forced on non-token");
    }
    case "cut":
      return { expr: "(_cut_var = 1)", var: "_cut_var", nodetype: "cut" };
    default:
      throw new Error(`generateCall ${node.k}`);
  }
}

/* ------------------------------------------------------------------ emission */

const out = [];
let indentLevel = 0;
const emit = (s = "") => out.push(s === "" ? "" : "  ".repeat(indentLevel) + s);

const ruleTypeIds = new Map();
let nextTypeId = 1000;

function needsMemoId(rule) {
  return (rule.memo && !rule.leftRecursive) || (rule.leftRecursive && rule.leader);
}

function emitAlt(rule, alt, { isLoop, isGather, hasCut }) {
  // collect item calls and variable names (pegen: dedupe of assigned variables)
  const localNames = [];
  const dedupe = (name) => {
    let n = name,
      c = 0;
    while (localNames.includes(n)) n = `${name}_${++c}`;
    localNames.push(n);
    return n;
  };
  const conds = [];
  let altHasCut = false;
  for (const it of alt.items) {
    const c = generateCall(it);
    if (c.nodetype === "lookahead") {
      conds.push(c.expr);
      continue;
    }
    const v = dedupe(c.var);
    if (c.nodetype === "cut") {
      altHasCut = true;
      conds.push(`(_cut_var = 1)`);
    } else if (c.nodetype === "opt") {
      conds.push(`((${v} = ${c.expr}), true)`);
    } else {
      conds.push(`(${v} = ${c.expr})`);
    }
  }
  const isInvalidGuard = alt.items.length === 1 && itemStr(alt.items[0]).startsWith("invalid_");
  const declared = localNames.filter((n) => n !== "_cut_var");
  emit(`${isInvalidGuard ? "if (p.call_invalid_rules) " : ""}{ // ${itemStr(alt).replace(/\n/g, " ")}`);
  indentLevel++;
  if (declared.length) emit(`let ${declared.map((n) => `${n}: any`).join(", ")};`);
  if (altHasCut) emit(`let _cut_var = 0;`);
  const cond = conds.join(" && ");
  let action;
  if (alt.action != null) {
    action = translator.translate(alt.action);
  } else if (localNames.length > 1) {
    if (isGather) action = `_PyPegen_seq_insert_in_front(p, ${localNames[0]}, ${localNames[1]})`, usedHelpers.add("_PyPegen_seq_insert_in_front");
    else action = `_PyPegen_dummy_name(p)`, usedHelpers.add("_PyPegen_dummy_name");
  } else {
    action = localNames[0];
  }
  const usesExtra = alt.action != null && /\bEXTRA\b/.test(alt.action);
  if (isLoop) {
    emit(`while (${cond}) {`);
    indentLevel++;
    if (usesExtra) emitEndExtra(rule, true);
    emit(`_res = ${action};`);
    emit(`_children.push(_res);`);
    if (alt.items.length === 1 && alt.items[0].item.k === "name" && alt.items[0].item.value === "statement") {
      // Typhon: a complete statement is never re-parsed from a position inside it (a failure of an
      // enclosing rule re-uses the memo of \`block\` at the block's start), so the memo entries of its
      // tokens are dropped: they would otherwise live until the end of the parse.
      emit(`p.forget_memo(_mark, p.mark);`);
    }
    emit(`_mark = p.mark;`);
    indentLevel--;
    emit(`}`);
    emit(`p.mark = _mark;`);
  } else {
    emit(`if (${cond}) {`);
    indentLevel++;
    if (usesExtra) emitEndExtra(rule, false);
    emit(`_res = ${action};`);
    emit(`break done;`);
    indentLevel--;
    emit(`}`);
    emit(`p.mark = _mark;`);
    if (altHasCut) {
      emit(`if (_cut_var) {`);
      emit(`  ${exitStmts(rule)}return null;`);
      emit(`}`);
    }
  }
  indentLevel--;
  emit(`}`);
}

function emitEndExtra(rule) {
  // pegen returns NULL from the rule when there is no such token (mark 0): impossible here, since every
  // alternative of python.gram whose action uses EXTRA consumes a token
  void rule;
  emit(`const _token = p.get_last_nonnwhitespace_token()!;`);
  emit(`const _end_lineno = _token.end_lineno;`);
  emit(`const _end_col_offset = _token.end_col_offset;`);
}

function exitStmts(rule) {
  let s = "";
  if (rule.name.endsWith("without_invalid")) s += "p.call_invalid_rules = _prev_call_invalid; ";
  return s + "p.level--; ";
}

function ruleUsesExtra(rule) {
  return rule.rhs.alts.some((a) => a.action != null && /\bEXTRA\b/.test(a.action));
}

function emitRuleFunction(rule, fnName, { memo }) {
  const isLoop = rule.name.startsWith("_loop");
  const isGather = rule.name.startsWith("_gather");
  emit(`// ${rule.name}: ${rhsStr(rule.rhs).replace(/\n/g, " ")}`);
  emit(`function ${fnName}(p: Parser): any {`);
  indentLevel++;
  emit(`if (p.level++ === MAXSTACK) _Pypegen_stack_overflow(p);`);
  if (rule.name.endsWith("without_invalid")) {
    emit(`const _prev_call_invalid = p.call_invalid_rules;`);
    emit(`p.call_invalid_rules = 0;`);
  }
  if (isLoop) {
    emit(`let _res: any = null;`);
    emit(`let _mark = p.mark;`);
    emit(`const _children: any[] = [];`);
    for (const alt of rule.rhs.alts) emitAlt(rule, alt, { isLoop: true, isGather });
    if (rule.name.startsWith("_loop1_")) {
      emit(`if (_children.length === 0) { p.level--; return null; }`);
    }
    emit(`p.level--;`);
    emit(`return _children;`);
    indentLevel--;
    emit(`}`);
    emit();
    return;
  }
  emit(`let _res: any = null;`);
  if (memo) {
    emit(`if (p.mark === p.fill) p.fill_token();`);
    emit(`for (let _m = p.tokens[p.mark]!.memo; _m !== null; _m = _m.next) {`);
    emit(`  if (_m.type === ${ruleTypeIds.get(rule.name)}) { p.mark = _m.mark; ${exitStmts(rule)}return _m.node; }`);
    emit(`}`);
  }
  emit(`const _mark = p.mark;`);
  if (ruleUsesExtra(rule)) {
    emit(`if (p.mark === p.fill) p.fill_token();`);
    emit(`const _start_lineno = p.tokens[_mark]!.lineno;`);
    emit(`const _start_col_offset = p.tokens[_mark]!.col_offset;`);
  }
  emit(`done: {`);
  indentLevel++;
  for (const alt of rule.rhs.alts) emitAlt(rule, alt, { isLoop: false, isGather });
  emit(`_res = null;`);
  indentLevel--;
  emit(`}`);
  if (memo) emit(`p.insert_memo(_mark, ${ruleTypeIds.get(rule.name)}, _res);`);
  if (rule.name.endsWith("without_invalid")) emit(`p.call_invalid_rules = _prev_call_invalid;`);
  emit(`p.level--;`);
  emit(`return _res;`);
  indentLevel--;
  emit(`}`);
  emit();
}

function emitLeftRecursiveLeader(rule) {
  const id = ruleTypeIds.get(rule.name);
  emit(`// ${rule.name}: ${rhsStr(rule.rhs).replace(/\n/g, " ")} (left-recursive leader)`);
  emit(`function ${rule.name}_rule(p: Parser): any {`);
  indentLevel++;
  emit(`if (p.level++ === MAXSTACK) _Pypegen_stack_overflow(p);`);
  emit(`let _res: any = null;`);
  emit(`if (p.mark === p.fill) p.fill_token();`);
  emit(`for (let _m = p.tokens[p.mark]!.memo; _m !== null; _m = _m.next) {`);
  emit(`  if (_m.type === ${id}) { p.mark = _m.mark; p.level--; return _m.node; }`);
  emit(`}`);
  emit(`const _mark = p.mark;`);
  emit(`let _resmark = p.mark;`);
  emit(`for (;;) {`);
  emit(`  p.update_memo(_mark, ${id}, _res);`);
  emit(`  p.mark = _mark;`);
  emit(`  p.in_raw_rule++;`);
  emit(`  const _raw = ${rule.name}_raw(p);`);
  emit(`  p.in_raw_rule--;`);
  emit(`  if (!_raw || p.mark <= _resmark) break;`);
  emit(`  _resmark = p.mark;`);
  emit(`  _res = _raw;`);
  emit(`}`);
  emit(`p.mark = _resmark;`);
  emit(`p.level--;`);
  emit(`return _res;`);
  indentLevel--;
  emit(`}`);
  emit();
  emitRuleFunction(rule, `${rule.name}_raw`, { memo: false });
}

// type ids for memoised rules (pegen numbers every rule from 1000 in order)
for (const name of rules.keys()) ruleTypeIds.set(name, nextTypeId++);

const bodies = [];
{
  // emit rules in pegen's order; artificial rules are appended to `todo` while emitting
  const emitted = new Set();
  while (true) {
    const pending = [...todo.keys()].filter((n) => !emitted.has(n));
    if (pending.length === 0) break;
    for (const name of pending) {
      emitted.add(name);
      const rule = todo.get(name);
      if (!ruleTypeIds.has(name)) ruleTypeIds.set(name, nextTypeId++);
      if (rule.leftRecursive && rule.leader) emitLeftRecursiveLeader(rule);
      else emitRuleFunction(rule, `${name}_rule`, { memo: rule.memo && !rule.leftRecursive });
    }
  }
  bodies.push(...out.splice(0));
}

for (const h of translator.helpers) usedHelpers.add(h);
const runtimeNames = [...translator.runtime].sort();

// helpers come from pegen.ts (parser core) or action_helpers.ts
const header = [];
header.push(`// GENERATED FILE, DO NOT EDIT.`);
header.push(`// Generated by packages/compiler/scripts/gen-parser.mjs from packages/compiler/grammar/python.gram`);
header.push(`// (CPython 3.12's Grammar/python.gram). Regenerate: node packages/compiler/scripts/gen-parser.mjs`);
header.push(`/* eslint-disable */`);
header.push(`import * as ast from "./ast.js";`);
if (runtimeNames.length) header.push(`import { ${runtimeNames.join(", ")} } from "@typhon/runtime";`);
header.push(`import { Parser, MAXSTACK, _Pypegen_stack_overflow } from "./pegen.js";`);
header.push(`import {`);
for (const h of [...usedHelpers].sort()) header.push(`  ${h},`);
header.push(`} from "./action_helpers.js";`);
header.push(``);
header.push(`/** Hard keywords of the grammar and their token types. */`);
header.push(`export const reserved_keywords: ReadonlyMap<string, number> = new Map([`);
for (const [k, t] of keywords) header.push(`  [${JSON.stringify(k)}, ${t}],`);
header.push(`]);`);
header.push(`/** Soft keywords of the grammar. */`);
header.push(`export const soft_keywords: readonly string[] = ${JSON.stringify([...softKeywords].sort())};`);
header.push(``);
header.push(`export const START_RULES = {`);
header.push(`  file: (p: Parser): any => file_rule(p),`);
header.push(`  interactive: (p: Parser): any => interactive_rule(p),`);
header.push(`  eval: (p: Parser): any => eval_rule(p),`);
header.push(`  func_type: (p: Parser): any => func_type_rule(p),`);
header.push(`};`);
header.push(``);

writeFileSync(outPath, [...header, ...bodies].join("\n"));
const lr = [...rules.values()].filter((r) => r.leftRecursive).map((r) => r.name + (r.leader ? "*" : ""));
console.log(`wrote ${path.relative(process.cwd(), outPath)}: ${todo.size} rules (${rules.size} grammar rules), keywords ${keywords.size}, soft keywords ${[...softKeywords]}`);
console.log(`left-recursive (* = leader): ${lr.join(" ")}`);
