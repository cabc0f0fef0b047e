#!/usr/bin/env node
// Regenerates the compiler goldens from the reference CPython 3.12.7 (../shared/oracle, via
// tests/support/oracle.mjs). Tests only read the committed goldens.
//
//   node tests/golden/compile/regen.mjs [corpus] [errors] [modes] [stdlib]     (default: all four)
//
// corpus : tests/golden/compile/corpus.json  {name: {code, dis}} for tests/corpus/compile/*.py except err_*, warn_*:
//          `code` = the oracle's canonical code objects (depth-first), `dis` = dis.dis() of the module code with
//          file names made relative to the checkout ("tests/corpus/compile/NAME") and canon.ts's normalizeDis;
//          for the stress programs big_*.py only digests: {digests: [codeDigest...], disDigest: hash16(dis)}
// errors : tests/golden/compile/errors.json  {name: [type, msg, lineno, offset, end_lineno, end_offset] | ["OK"]}
//          for tests/corpus/compile/err_*.py: compile(source, name, "exec", dont_inherit=True); for warn_*.py
//          {result, warnings: [[category, message, lineno]...], werror: the result with warnings as errors}
// modes  : tests/golden/compile/modes.json   [{source, mode, optimize, flags, code | error}] for MODE_CASES below:
//          compile(source, "<modes>", mode, flags, dont_inherit=True, optimize=optimize) in the canonical form
// stdlib : tests/golden/compile/stdlib.json  {zip-relative path: {code: [[qualname, digest, linetable digest], ...],
//          dis: digest}} for the 490 .py files of CPython 3.12.7's standard library (canon.ts: codeDigest, and
//          hash16 of normalizeDis(dis text) with file names relative to the library root, e.g. "json/decoder.py")
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot, runOracle, runOracleJSON } from "../../support/oracle.mjs";

const which = new Set(process.argv.slice(2));
const all = which.size === 0;
const here = path.join(repoRoot, "tests/golden/compile");
const corpusDir = path.join(repoRoot, "tests/corpus/compile");

// canon.ts (TypeScript) is shared with the tests: bundle it for node
const cacheDir = path.join(repoRoot, "node_modules/.cache");
mkdirSync(cacheDir, { recursive: true });
const tmpBuild = mkdtempSync(path.join(cacheDir, "typhon-compile-regen-"));
let canon;
try {
  const out = path.join(tmpBuild, "canon.mjs");
  await build({ entryPoints: [path.join(here, "canon.ts")], bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "warning" });
  canon = await import(pathToFileURL(out).href);
} finally {
  rmSync(tmpBuild, { recursive: true, force: true });
}
const { codeDigest, hash16, normalizeDis } = canon;

/** Split the oracle's multi-file output ("### FILE" headers) into {file: text}. */
function splitOutput(text, files) {
  if (files.length === 1) return new Map([[files[0], text]]);
  const known = new Set(files);
  const out = new Map();
  let cur = null;
  let buf = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("### ") && known.has(line.slice(4))) {
      if (cur !== null) out.set(cur, buf.join("\n"));
      cur = line.slice(4);
      buf = [];
    } else buf.push(line);
  }
  if (cur !== null) out.set(cur, buf.join("\n"));
  return out;
}

/** The oracle's dis text made checkout-independent: absolute file names relative to `dir`, then normalizeDis. */
const disText = (text, dir) => normalizeDis(text.split(`file "${dir}/`).join('file "').trimEnd());

function walk(dir, rel = "") {
  const out = [];
  for (const e of readdirSync(dir).sort()) {
    const full = path.join(dir, e);
    const r = rel ? `${rel}/${e}` : e;
    if (statSync(full).isDirectory()) out.push(...walk(full, r));
    else if (e.endsWith(".py")) out.push(r);
  }
  return out;
}

const names = readdirSync(corpusDir).filter((f) => f.endsWith(".py")).sort();

if (all || which.has("corpus")) {
  const progs = names.filter((n) => !n.startsWith("err_") && !n.startsWith("warn_"));
  const files = progs.map((n) => path.join(corpusDir, n));
  const code = runOracleJSON("code", files);
  const dis = splitOutput(runOracle("dis", files), files);
  const golden = {};
  for (const n of progs) {
    const f = path.join(corpusDir, n);
    if (!Array.isArray(code[f])) throw new Error(`${n}: ${JSON.stringify(code[f])}`);
    const d = disText(dis.get(f), repoRoot);
    // big_*.py (stress programs: long expressions, deep nesting) keep digests only
    golden[n] = n.startsWith("big_") ? { digests: code[f].map(codeDigest), disDigest: hash16(d) } : { code: code[f], dis: d };
  }
  writeFileSync(path.join(here, "corpus.json"), JSON.stringify(golden, null, 1) + "\n");
  console.log(`corpus.json: ${progs.length} programs`);
}

if (all || which.has("errors")) {
  const errs = names.filter((n) => n.startsWith("err_") || n.startsWith("warn_"));
  const sources = {};
  for (const n of errs) sources[n] = readFileSync(path.join(corpusDir, n), "utf8");
  const script = `
import json, warnings
_res = {}
for _name, _src in json.loads(${JSON.stringify(JSON.stringify(sources))}).items():
    with warnings.catch_warnings(record=True) as _ws:
        warnings.simplefilter("always")
        try:
            compile(_src, _name, "exec", dont_inherit=True)
            _res[_name] = ["OK"]
        except SyntaxError as e:
            _res[_name] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        except Exception as e:
            _res[_name] = [type(e).__name__, str(e)]
    if _name.startswith("warn_"):
        _res[_name] = {"result": _res[_name], "warnings": [[w.category.__name__, str(w.message), w.lineno] for w in _ws]}
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                compile(_src, _name, "exec", dont_inherit=True)
                _res[_name]["werror"] = ["OK"]
            except SyntaxError as e:
                _res[_name]["werror"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
print(json.dumps(_res, sort_keys=True))
`;
  const golden = JSON.parse(runOracle("eval", [script]));
  writeFileSync(path.join(here, "errors.json"), JSON.stringify(golden, null, 1) + "\n");
  console.log(`errors.json: ${errs.length} snippets`);
}

// eval / single modes, optimize levels and compile flags (the corpus files are all exec, optimize 0, flags 0)
const CO_FUTURE_ANNOTATIONS = 0x1000000;
const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
const MODE_CASES = [
  ["a + 1", "eval"],
  ["lambda x, *y, z=1: (x, y, z)", "eval"],
  ["[x * 2 for x in y if x]", "eval"],
  ["f(*a, **k).b[1:2]", "eval"],
  ["(yield)", "eval"],
  ["a = 1", "single"],
  ["a", "single"],
  ["1 + 2", "single"],
  ["if x:\n    y\n    z = 1\n", "single"],
  ["for i in x: i\n", "single"],
  ["x = 1; x; print(x)\n", "single"],
  ["def f():\n    return 1\n", "single"],
  ["assert x\nassert x, 'm'\nif __debug__:\n    print(1)\nelse:\n    print(2)\n", "exec", 1],
  ["assert x\nif __debug__:\n    print(1)\nx = __debug__\n", "exec", 0],
  ['"""mod doc"""\ndef f():\n    "doc"\n    return 1\nclass C:\n    "doc"\n    x = 1\nassert f\n', "exec", 2],
  ['"""mod doc"""\ndef f():\n    "doc"\n', "exec", 1],
  ["def f(a: int) -> list[int]:\n    pass\nx: dict[str, int] = {}\n", "exec", 0, CO_FUTURE_ANNOTATIONS],
  ["await x\nasync for i in y:\n    pass\n[i async for i in z]\n", "exec", 0, PyCF_ALLOW_TOP_LEVEL_AWAIT],
  ["await x\n", "single", 0, PyCF_ALLOW_TOP_LEVEL_AWAIT],
  ["[await y for y in z]", "eval", 0, PyCF_ALLOW_TOP_LEVEL_AWAIT],
];
if (all || which.has("modes")) {
  const cases = MODE_CASES.map(([source, mode, optimize = 0, flags = 0]) => ({ source, mode, optimize, flags }));
  const script = `
import json, types
def _const(c):
    if isinstance(c, types.CodeType):
        return "<code %s>" % c.co_qualname
    if isinstance(c, frozenset):
        return "frozenset({%s})" % ", ".join(sorted(_const(x) for x in c))
    if isinstance(c, tuple):
        inner = ", ".join(_const(x) for x in c)
        return "(%s,)" % inner if len(c) == 1 else "(%s)" % inner
    return repr(c)
def _code(co, out):
    out.append({
        "name": co.co_name, "qualname": co.co_qualname, "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount, "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount, "nlocals": co.co_nlocals,
        "stacksize": co.co_stacksize, "flags": co.co_flags, "code": co.co_code.hex(),
        "consts": [_const(c) for c in co.co_consts], "names": list(co.co_names),
        "varnames": list(co.co_varnames), "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars), "exceptiontable": co.co_exceptiontable.hex(),
        "linetable": co.co_linetable.hex(),
    })
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            _code(c, out)
    return out
_res = []
for _c in json.loads(${JSON.stringify(JSON.stringify(cases))}):
    try:
        _c["code"] = _code(compile(_c["source"], "<modes>", _c["mode"], _c["flags"], dont_inherit=True, optimize=_c["optimize"]), [])
    except SyntaxError as e:
        _c["error"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    _res.append(_c)
print(json.dumps(_res))
`;
  const golden = JSON.parse(runOracle("eval", [script]));
  writeFileSync(path.join(here, "modes.json"), JSON.stringify(golden, null, 1) + "\n");
  console.log(`modes.json: ${golden.length} cases`);
}

if (all || which.has("stdlib")) {
  const dir = mkdtempSync(path.join(tmpdir(), "typhon-stdlib-"));
  try {
    runOracle("stdlib", [dir]);
    const rel = walk(dir);
    const files = rel.map((r) => path.join(dir, r));
    const code = runOracleJSON("code", files);
    const dis = splitOutput(runOracle("dis", files), files);
    const golden = {};
    let count = 0;
    for (const r of rel) {
      const f = path.join(dir, r);
      if (!Array.isArray(code[f]) || !dis.has(f)) throw new Error(`no oracle output for ${r}`);
      golden[r] = { code: code[f].map(codeDigest), dis: hash16(disText(dis.get(f), dir)) };
      count += code[f].length;
    }
    // one file a line, so that a regeneration diff shows which files changed
    const lines = Object.entries(golden).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    writeFileSync(path.join(here, "stdlib.json"), "{\n" + lines.join(",\n") + "\n}\n");
    console.log(`stdlib.json: ${rel.length} files, ${count} code objects`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
