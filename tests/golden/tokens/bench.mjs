#!/usr/bin/env node
// Times the tokenizer over CPython 3.12.7's pure-Python stdlib (490 files, ~10 MB, from the pinned pyodide
// package via tests/support/stdlib.ts):
//
//   node tests/golden/tokens/bench.mjs [runs]
//
// prints the best and median wall time of parser-mode tokenization (createParserTokenizer + getToken until
// ENDMARKER, i.e. what the PEG parser pays) and of the tokenize-module text (tokenizeForTokenizeModule).
// The TypeScript sources are bundled on the fly with esbuild (a dependency of vitest/tsup).
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
// (bundled inside the checkout so that tests/support/stdlib.ts finds node_modules/pyodide from there)
mkdirSync(path.join(root, "node_modules/.cache"), { recursive: true });
const tmp = mkdtempSync(path.join(root, "node_modules/.cache/typhon-bench-"));
try {
  const out = path.join(tmp, "bench.mjs");
  await build({
    stdin: {
      contents: `
        export { loadStdlib } from "./tests/support/stdlib.ts";
        export { createParserTokenizer, tokenizeForTokenizeModule } from "./packages/compiler/src/Parser/tokenizer.ts";
      `,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: out,
    logLevel: "warning",
  });
  const { loadStdlib, createParserTokenizer, tokenizeForTokenizeModule } = await import(pathToFileURL(out).href);
  const files = await loadStdlib();
  let bytes = 0;
  for (const d of files.values()) bytes += d.length;
  const runs = Number(process.argv[2] ?? 7);

  const time = (fn) => {
    const ts = [];
    let r;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      r = fn();
      ts.push(performance.now() - t0);
    }
    ts.sort((a, b) => a - b);
    return { best: ts[0], median: ts[ts.length >> 1], result: r };
  };

  const parser = time(() => {
    let n = 0;
    for (const data of files.values()) {
      const tok = createParserTokenizer(data);
      for (let t = tok.getToken(); t.type !== 0; t = tok.getToken()) {
        if (t.type === 66) throw tok.error;
        n++;
      }
    }
    return n;
  });
  const module = time(() => {
    let n = 0;
    for (const [name, data] of files) n += tokenizeForTokenizeModule(data, name).length;
    return n;
  });
  const mb = (bytes / 1e6).toFixed(1);
  console.log(`stdlib: ${files.size} files, ${mb} MB, ${runs} runs each`);
  console.log(
    `parser mode:     ${parser.result} tokens, best ${parser.best.toFixed(0)} ms, median ${parser.median.toFixed(0)} ms`
  );
  console.log(
    `tokenize module: ${module.result} chars of output, best ${module.best.toFixed(
      0
    )} ms, median ${module.median.toFixed(0)} ms`
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
