#!/usr/bin/env node
// Parser benchmark: parse CPython 3.12.7's 490 stdlib files with Typhon's parser and with CPython's
// ast.parse (PYENV_VERSION=3.12.1 python3, or $PYTHON), in the same run, and print the ratio.
//
//   node packages/compiler/scripts/bench-parser.mjs [--runs N]
//
// Typhon is timed on its first pass over the files (a fresh process: includes JIT warm-up) and on the best
// of N further passes. CPython's time is the best of N passes of ast.parse(source_bytes) (which also builds
// the Python-level AST objects) and of compile(source_bytes, name, "exec", PyCF_ONLY_AST) over the same files.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../../..");
const ri = process.argv.indexOf("--runs");
const runs = ri > 0 ? Number(process.argv[ri + 1]) : 5;

const outDir = path.join(repo, "node_modules/.cache/typhon-bench");
mkdirSync(outDir, { recursive: true });
const entry = path.join(outDir, "entry.ts");
writeFileSync(
  entry,
  `export { _PyParser_ASTFromString } from ${JSON.stringify(path.join(repo, "packages/compiler/src/Parser/index.ts"))};\n` +
    `export { loadStdlib } from ${JSON.stringify(path.join(repo, "tests/support/stdlib.ts"))};\n`,
);
const bundle = path.join(outDir, "parser-bench.mjs");
await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: bundle,
  alias: { "@typhon/runtime": path.join(repo, "packages/runtime/src/index.ts") },
  logLevel: "warning",
});
const { _PyParser_ASTFromString, loadStdlib } = await import(pathToFileURL(bundle).href);

const files = await loadStdlib();
const sources = [...files.values()];
const bytes = sources.reduce((n, s) => n + s.length, 0);

function pass() {
  const t = performance.now();
  for (const s of sources) _PyParser_ASTFromString(s, "<bench>", "exec");
  return performance.now() - t;
}
const cold = pass();
let warm = Infinity;
for (let i = 0; i < runs; i++) warm = Math.min(warm, pass());

// CPython on the same files
const dir = mkdtempSync(path.join(tmpdir(), "typhon-bench-"));
let py = null;
try {
  const list = [];
  for (const [name, data] of files) {
    const f = path.join(dir, name);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, data);
    list.push(f);
  }
  writeFileSync(path.join(dir, "LIST"), list.join("\n"));
  const script = `
import ast, sys, time, json
files = open(sys.argv[1]).read().split("\\n")
srcs = [open(f, "rb").read() for f in files]
def run(fn):
    t = time.perf_counter()
    for s in srcs: fn(s)
    return (time.perf_counter() - t) * 1000
first = run(ast.parse)
best_parse = min([first] + [run(ast.parse) for _ in range(${runs})])
best_only_ast = min(run(lambda s: compile(s, "<bench>", "exec", ast.PyCF_ONLY_AST)) for _ in range(${runs}))
print(json.dumps({"version": sys.version.split()[0], "first": first, "parse": best_parse, "only_ast": best_only_ast}))
`;
  const python = process.env.PYTHON ?? "python3";
  const env = { ...process.env, PYENV_VERSION: process.env.PYENV_VERSION ?? "3.12.1" };
  py = JSON.parse(execFileSync(python, ["-c", script, path.join(dir, "LIST")], { env, encoding: "utf8" }));
} catch (e) {
  console.error(`CPython timing unavailable: ${e.message.split("\n")[0]}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(`${files.size} files, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`Typhon parser: first pass ${cold.toFixed(0)} ms, best of ${runs} warm passes ${warm.toFixed(0)} ms`);
if (py) {
  console.log(`CPython ${py.version}: ast.parse first pass ${py.first.toFixed(0)} ms, best ${py.parse.toFixed(0)} ms; compile(PyCF_ONLY_AST) best ${py.only_ast.toFixed(0)} ms`);
  console.log(`ratio Typhon/CPython (ast.parse, best): warm ${(warm / py.parse).toFixed(2)}, first pass ${(cold / py.first).toFixed(2)}`);
}
