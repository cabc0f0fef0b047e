// Program-output differential suite: runs every tests/corpus/run/*.py through Typhon's CLI entry point, in process,
// and compares stdout, stderr and the exit status exactly with what CPython 3.12.7 gave for the same file
// (tests/golden/run/corpus.json, written by tests/golden/run/regen.mjs from the oracle; CI only reads it).
//
// Path normalisation: tracebacks name the file by its absolute path, which depends on where the checkout lives.
// Both sides replace every occurrence of the corpus directory's absolute path followed by "/" with "<dir>/":
//   File "/work/main/tests/corpus/run/err_name.py", line 3  ->  File "<dir>/err_name.py", line 3
// The goldens are stored already normalised (regen.mjs); Typhon's output is normalised here, with the same rule.
// Nothing else is rewritten.
//
// Expected failures: tests/run/xfail.json maps a program's basename to the reason it does not pass yet. A listed
// program counts as passing while its output differs; once it matches, its test FAILS until the entry is removed
// (as in engine262's test262 runner), so the list never hides progress.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { main as cliMain } from "typhon/cli";

/** packages/typhon/src/cli.ts: `main(argv, io)` runs like `python3 ARGV...` and returns the exit status. */
type Main = (argv: string[], io?: { stdout?(s: string): void; stderr?(s: string): void }) => number | Promise<number>;
const main: Main | undefined = cliMain;

interface Result {
  out: string;
  err: string;
  status: number | string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, "../corpus/run");
const golden: Record<string, Result> = JSON.parse(
  readFileSync(path.resolve(here, "../golden/run/corpus.json"), "utf8"),
);
const xfail: Record<string, string> = JSON.parse(readFileSync(path.join(here, "xfail.json"), "utf8"));
const programs = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".py"))
  .sort();

/** Must stay identical to normalise() in tests/golden/run/regen.mjs. */
function normalise(text: string, dir: string): string {
  return text.split(dir + "/").join("<dir>/");
}

async function runTyphon(file: string): Promise<Result> {
  if (typeof main !== "function") throw new Error('the "typhon" package does not export main(argv, io) yet');
  const out: string[] = [];
  const err: string[] = [];
  let status: number | string;
  try {
    status = await main([file], { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s) });
  } catch (e) {
    // A JavaScript exception escaping main() is a Typhon bug, never a Python-level outcome: make it visible.
    status = "JavaScript exception escaped main()";
    err.push(`\n[typhon crashed] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
  return { out: normalise(out.join(""), corpusDir), err: normalise(err.join(""), corpusDir), status };
}

describe("run corpus: bookkeeping", () => {
  it("every program has a golden and every golden a program", () => {
    expect(programs.filter((p) => !(p in golden)), "programs without a golden: run tests/golden/run/regen.mjs").toEqual([]);
    expect(Object.keys(golden).filter((g) => !programs.includes(g)), "goldens without a program").toEqual([]);
  });
  it("xfail.json lists only corpus programs, each with a reason", () => {
    expect(Object.keys(xfail).filter((x) => !programs.includes(x)), "stale xfail.json entries").toEqual([]);
    expect(Object.entries(xfail).filter(([, why]) => typeof why !== "string" || !why.trim()).map(([k]) => k)).toEqual([]);
  });
});

describe("run corpus: output matches CPython 3.12.7", () => {
  it.each(programs)("%s", async (name) => {
    const want = golden[name];
    if (!want) throw new Error(`no golden for ${name}: run node tests/golden/run/regen.mjs`);
    const got = await runTyphon(path.join(corpusDir, name));
    if (name in xfail) {
      if (isDeepStrictEqual(got, want)) {
        throw new Error(`${name} is listed in tests/run/xfail.json (${JSON.stringify(xfail[name])}) but now passes: remove it`);
      }
      return;
    }
    expect(got).toEqual(want);
  });
});
