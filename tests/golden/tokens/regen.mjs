#!/usr/bin/env node
// Regenerates the tokenizer goldens from the oracle (CPython 3.12.7 under Pyodide, ../shared/oracle; CI only reads
// the committed goldens):
//
//   tests/golden/tokens/corpus.json         {snippet basename: the exact text the oracle's `tokens` mode prints}
//   tests/golden/tokens/corpus_parser.json  {snippet basename: what compile(bytes, path, "exec") does}
//                                           "OK" | [exception type, msg, lineno, offset, end_lineno, end_offset]
//                                           | ["EXC", type, str(exc)] for an exception that is no SyntaxError
//   tests/golden/tokens/stdlib.json         {stdlib path: sha256 (hex) of the oracle's `tokens` output}
//
//   node tests/golden/tokens/regen.mjs             # all three
//   node tests/golden/tokens/regen.mjs corpus      # only the snippet goldens
//   node tests/golden/tokens/regen.mjs stdlib      # only the stdlib hashes
//
// The `tokens` mode prints, for each token of tokenize.tokenize(open(FILE, "rb").readline),
//   print(tokenize.tok_name[t.exact_type], repr(t.string), t.start, t.end)
// followed by the traceback when tokenizing fails. A traceback can name the file (detect_encoding's messages), so
// every occurrence of the snippet directory's absolute path followed by "/" is replaced with "<dir>/";
// packages/compiler/test/tokenizer_module.test.ts applies the same replacement to Typhon's output (for the stdlib,
// the directory the files were unpacked into becomes "<dir>/", and Typhon is given "<dir>/PATH" as the filename).
//
// The stdlib files are the oracle's own `stdlib` selection of pyodide's python_stdlib.zip (the same files
// tests/support/stdlib.ts reads from the pinned `pyodide` devDependency).
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot, runOracle } from "../../support/oracle.mjs";

const corpusDir = path.join(repoRoot, "tests/corpus/tokens");
const goldenDir = path.join(repoRoot, "tests/golden/tokens");

/** Must stay identical to normalise() in packages/compiler/test/tokenizer_module.test.ts. */
function normalise(text, dir) {
  return text.split(dir + "/").join("<dir>/");
}

/** Split the oracle's multi-file output ("### FILE" before each file's text). */
function splitByFile(out, files) {
  const res = new Map();
  const starts = files.map((f) => {
    const i = out.indexOf(`### ${f}\n`);
    if (i < 0) throw new Error(`no output for ${f}`);
    return i;
  });
  for (let k = 0; k < files.length; k++) {
    const from = starts[k] + `### ${files[k]}\n`.length;
    const to = k + 1 < files.length ? starts[k + 1] : out.length;
    res.set(files[k], out.slice(from, to));
  }
  return res;
}

function tokensOf(files) {
  if (files.length < 2) throw new Error("pass at least two files (the oracle only prints headers then)");
  return splitByFile(runOracle("tokens", files), files);
}

function sortedObject(o) {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]])
  );
}

function regenCorpus() {
  const names = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".py"))
    .sort();
  const files = names.map((n) => path.join(corpusDir, n));
  const outs = tokensOf(files);
  const golden = {};
  for (const n of names) golden[n] = normalise(outs.get(path.join(corpusDir, n)), corpusDir);
  writeFileSync(path.join(goldenDir, "corpus.json"), JSON.stringify(sortedObject(golden), null, 1) + "\n");
  console.log(`corpus.json: ${names.length} snippets`);

  // compile() of each snippet, run inside the oracle. The snippets are copied next to a small runner script
  // (the oracle's `run` mode only sees the directories of its arguments); the copies keep their basenames and
  // compile() gets their real path, so error lines are read back from the files as CPython does.
  const tmp = mkdtempSync(path.join(tmpdir(), "typhon-tokens-"));
  try {
    for (const n of names) copyFileSync(path.join(corpusDir, n), path.join(tmp, n));
    const runner = path.join(tmp, "_compile_all.py");
    writeFileSync(
      runner,
      [
        "import json, os, sys, warnings",
        'warnings.simplefilter("ignore")',
        "d = os.path.dirname(os.path.abspath(__file__))",
        "res = {}",
        "for f in sorted(os.listdir(d)):",
        '    if not f.endswith(".py") or f.startswith("_"):',
        "        continue",
        "    p = os.path.join(d, f)",
        '    with open(p, "rb") as fh:',
        "        src = fh.read()",
        "    try:",
        '        compile(src, p, "exec", dont_inherit=True)',
        '        res[f] = "OK"',
        "    except SyntaxError as e:",
        "        res[f] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]",
        "    except Exception as e:",
        '        res[f] = ["EXC", type(e).__name__, str(e)]',
        "print(json.dumps(res))",
        "",
      ].join("\n")
    );
    const r = JSON.parse(runOracle("run", [runner]))[runner];
    if (r.status !== 0) throw new Error(`compile runner failed:\n${r.err}`);
    const res = JSON.parse(r.out);
    writeFileSync(path.join(goldenDir, "corpus_parser.json"), JSON.stringify(sortedObject(res), null, 1) + "\n");
    console.log(`corpus_parser.json: ${Object.keys(res).length} snippets`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function listPy(dir, rel = "") {
  const out = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listPy(dir, r));
    else if (e.name.endsWith(".py")) out.push(r);
  }
  return out;
}

function regenStdlib() {
  const tmp = mkdtempSync(path.join(tmpdir(), "typhon-stdlib-"));
  try {
    runOracle("stdlib", [tmp]);
    const rels = listPy(tmp).sort();
    const outs = tokensOf(rels.map((r) => path.join(tmp, r)));
    const golden = {};
    for (const r of rels) {
      const text = normalise(outs.get(path.join(tmp, r)), tmp);
      golden[r] = createHash("sha256").update(text, "utf8").digest("hex");
      // sanity: the reference tokenizes every stdlib file without error
      if (!/ENDMARKER '' \(\d+, 0\) \(\d+, 0\)\n$/.test(text)) console.warn(`warning: the oracle failed on ${r}`);
    }
    writeFileSync(path.join(goldenDir, "stdlib.json"), JSON.stringify(golden, null, 1) + "\n");
    console.log(`stdlib.json: ${rels.length} files`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const what = process.argv[2] ?? "all";
if (what === "all" || what === "corpus") regenCorpus();
if (what === "all" || what === "stdlib") regenStdlib();
