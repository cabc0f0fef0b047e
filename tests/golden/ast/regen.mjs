#!/usr/bin/env node
// Regenerates the parser goldens from the reference CPython 3.12.7 (../shared/oracle, via
// tests/support/oracle.mjs). Tests only read the committed goldens.
//
//   node tests/golden/ast/regen.mjs [stdlib] [corpus] [errors]     (default: all three)
//
// stdlib : tests/golden/ast/stdlib.json   {zip-relative path: sha256 of ast.dump(ast.parse(src), include_attributes=True, indent=1)}
//          for the 490 .py files of CPython 3.12.7's standard library (pyodide's python_stdlib.zip)
// corpus : tests/golden/ast/corpus.json   {name: that dump} for tests/corpus/ast/*.py
// errors : tests/golden/syntax_errors.json {name: [type, msg, lineno, offset, end_lineno, end_offset]} for
//          tests/corpus/syntax_errors/*.py (compile(source, "<unknown>", "exec", PyCF_ONLY_AST) of the decoded
//          source, or of the bytes when they are not UTF-8); ["OK"] when the snippet compiles
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot, runOracle } from "../../support/oracle.mjs";

const which = new Set(process.argv.slice(2));
const all = which.size === 0;
const here = path.join(repoRoot, "tests/golden/ast");

/** Split the oracle's multi-file output ("### FILE" headers) into {file: text}. */
function splitOutput(text, files) {
  if (files.length === 1) return new Map([[files[0], text.replace(/\n$/, "")]]);
  const out = new Map();
  for (const chunk of text.split(/^### /m)) {
    if (!chunk) continue;
    const nl = chunk.indexOf("\n");
    out.set(chunk.slice(0, nl), chunk.slice(nl + 1).replace(/\n$/, ""));
  }
  return out;
}

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

if (all || which.has("stdlib")) {
  const dir = mkdtempSync(path.join(tmpdir(), "typhon-stdlib-"));
  try {
    runOracle("stdlib", [dir]);
    const rel = walk(dir);
    const files = rel.map((r) => path.join(dir, r));
    const dumps = splitOutput(runOracle("ast", files), files);
    const golden = {};
    for (const r of rel) {
      const d = dumps.get(path.join(dir, r));
      if (d === undefined) throw new Error(`no oracle output for ${r}`);
      golden[r] = createHash("sha256").update(d).digest("hex");
    }
    writeFileSync(path.join(here, "stdlib.json"), JSON.stringify(golden, null, 1) + "\n");
    console.log(`stdlib.json: ${rel.length} files`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (all || which.has("corpus")) {
  const cdir = path.join(repoRoot, "tests/corpus/ast");
  const names = readdirSync(cdir).filter((f) => f.endsWith(".py")).sort();
  // names containing eval__ / single__ / functype__ / typecomments__ select ast.parse(mode=...) or
  // ast.parse(type_comments=True); the others use the oracle's ast mode
  const special = (n) => /(eval__|single__|functype__|typecomments__)/.test(n);
  const plain = names.filter((n) => !special(n));
  const files = plain.map((n) => path.join(cdir, n));
  const dumps = splitOutput(runOracle("ast", files), files);
  const golden = {};
  for (const n of plain) golden[n] = dumps.get(path.join(cdir, n));
  const extra = {};
  for (const n of names.filter(special)) extra[n] = readFileSync(path.join(cdir, n)).toString("base64");
  if (Object.keys(extra).length) {
    const script = `
import ast, base64, json
files = json.loads(${JSON.stringify(JSON.stringify(extra))})
out = {}
for name, b64 in sorted(files.items()):
    src = base64.b64decode(b64)
    mode = "eval" if "eval__" in name else "single" if "single__" in name else "func_type" if "functype__" in name else "exec"
    out[name] = ast.dump(ast.parse(src, mode=mode, type_comments="typecomments__" in name), include_attributes=True, indent=1)
print(json.dumps(out))
`;
    Object.assign(golden, JSON.parse(runOracle("eval", [script])));
  }
  writeFileSync(path.join(here, "corpus.json"), JSON.stringify(golden, null, 1) + "\n");
  console.log(`corpus.json: ${names.length} files`);
}

if (all || which.has("errors")) {
  const edir = path.join(repoRoot, "tests/corpus/syntax_errors");
  const names = readdirSync(edir).filter((f) => f.endsWith(".py")).sort();
  // eval sources travel on the command line: send the snippets in batches of bounded size
  const batches = [];
  let cur = {}, size = 0;
  for (const n of names) {
    const b64 = readFileSync(path.join(edir, n)).toString("base64");
    if (size + b64.length > 40000 && size > 0) {
      batches.push(cur);
      cur = {};
      size = 0;
    }
    cur[n] = b64;
    size += b64.length + n.length;
  }
  if (size > 0) batches.push(cur);
  const res = {};
  for (const payload of batches) {
    const script = `
import ast, base64, json, warnings
warnings.simplefilter("ignore")
files = json.loads(${JSON.stringify(JSON.stringify(payload))})
out = {}
for name, b64 in sorted(files.items()):
    data = base64.b64decode(b64)
    try:
        src = data.decode("utf-8")
    except UnicodeDecodeError:
        src = data
    mode, flags = "exec", ast.PyCF_ONLY_AST
    if "eval__" in name: mode = "eval"
    elif "single__" in name: mode = "single"
    elif "functype__" in name: mode = "func_type"
    elif "typecomments__" in name: flags |= ast.PyCF_TYPE_COMMENTS
    try:
        compile(src, "<unknown>", mode, flags)
        out[name] = ["OK"]
    except SyntaxError as e:
        out[name] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    except (MemoryError, RecursionError, ValueError) as e:
        out[name] = [type(e).__name__, str(e), None, None, None, None]
print(json.dumps(out))
`;
    Object.assign(res, JSON.parse(runOracle("eval", [script])));
  }
  writeFileSync(path.join(repoRoot, "tests/golden/syntax_errors.json"), JSON.stringify(res, null, 1) + "\n");
  const ok = Object.values(res).filter((v) => v[0] === "OK").length;
  console.log(`syntax_errors.json: ${names.length} snippets (${ok} compile without error)`);
}
