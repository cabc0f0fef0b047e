#!/usr/bin/env node
// Compiler benchmark: compile CPython 3.12.7's 490 stdlib files to code objects with Typhon (compileSource: parse,
// fold, symtable, codegen, flowgraph, assemble) and with CPython's compile(source_bytes, name, "exec")
// (PYENV_VERSION=3.12.1 python3, or $PYTHON), in the same run, and print the ratio.
//
//   node packages/compiler/scripts/bench-compiler.mjs [--runs N]
//
// Typhon is timed on its first pass over the files (a fresh process: includes JIT warm-up) and on the best of N
// further passes; the parser's share is measured separately (_PyParser_ASTFromString alone). CPython's time is
// the best of N passes of compile() over the same bytes.
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
const entry = path.join(outDir, "compiler-entry.ts");
writeFileSync(
  entry,
  `export { compileSource, _PyAST_Compile } from ${JSON.stringify(path.join(repo, "packages/compiler/src/compile.ts"))};\n` +
    `export { _PyParser_ASTFromString } from ${JSON.stringify(path.join(repo, "packages/compiler/src/Parser/index.ts"))};\n` +
    `export { Py_InitializeFromConfig, PyConfig_InitIsolatedConfig } from ${JSON.stringify(path.join(repo, "packages/runtime/src/index.ts"))};\n` +
    `export { loadStdlib } from ${JSON.stringify(path.join(repo, "tests/support/stdlib.ts"))};\n`,
);
const bundle = path.join(outDir, "compiler-bench.mjs");
await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: bundle,
  alias: { "@typhon/runtime": path.join(repo, "packages/runtime/src/index.ts") },
  logLevel: "warning",
});
const { compileSource, _PyParser_ASTFromString, Py_InitializeFromConfig, PyConfig_InitIsolatedConfig, loadStdlib } =
  await import(pathToFileURL(bundle).href);
Py_InitializeFromConfig(PyConfig_InitIsolatedConfig());

const files = await loadStdlib();
const entries = [...files.entries()];
const bytes = entries.reduce((n, [, s]) => n + s.length, 0);

function pass(fn) {
  const t = performance.now();
  for (const [name, s] of entries) fn(s, name);
  return performance.now() - t;
}
const compile = (s, name) => compileSource(s, name, "exec");
const parse = (s, name) => _PyParser_ASTFromString(s, name, "exec");
const cold = pass(compile);
let warm = Infinity;
for (let i = 0; i < runs; i++) warm = Math.min(warm, pass(compile));
let parseOnly = Infinity;
for (let i = 0; i < runs; i++) parseOnly = Math.min(parseOnly, pass(parse));

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
import sys, time, json
files = open(sys.argv[1]).read().split("\\n")
srcs = [(f, open(f, "rb").read()) for f in files]
def run():
    t = time.perf_counter()
    for f, s in srcs: compile(s, f, "exec", dont_inherit=True)
    return (time.perf_counter() - t) * 1000
first = run()
best = min([first] + [run() for _ in range(${runs})])
print(json.dumps({"version": sys.version.split()[0], "first": first, "best": best}))
`;
  const python = process.env.PYTHON ?? "python3";
  const env = { ...process.env, PYENV_VERSION: process.env.PYENV_VERSION ?? "3.12.1" };
  try {
    py = JSON.parse(execFileSync(python, ["-c", script, path.join(dir, "LIST")], { env, encoding: "utf8", maxBuffer: 1 << 26 }));
  } catch (e) {
    console.error(`(CPython not available: ${e.message.split("\n")[0]})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`${files.size} files, ${(bytes / 1e6).toFixed(1)} MB`);
console.log(`Typhon compileSource: first pass ${ms(cold)}, best of ${runs} ${ms(warm)} (parser alone: ${ms(parseOnly)})`);
if (py) {
  console.log(`CPython ${py.version} compile(): first pass ${ms(py.first)}, best of ${runs} ${ms(py.best)}`);
  console.log(`ratio Typhon/CPython: ${(warm / py.best).toFixed(2)}x (best), ${(cold / py.first).toFixed(2)}x (first pass)`);
}
