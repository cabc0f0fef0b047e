// Runs the reference implementation (CPython 3.12.7 under Pyodide, kept outside the repo in ../shared/oracle) for
// golden-regeneration scripts. Tests never call this: they read committed goldens, so CI needs no ../shared.
//
//   import { runOracle, runOracleJSON, repoRoot } from "../../support/oracle.mjs";
//   const res = runOracleJSON("run", ["/abs/a.py", "/abs/b.py"]);   // {"/abs/a.py": {out, err, status}, ...}
//
// Modes are the oracle's own (run, dis, code, ast, tokens, eval); see the header of cpython312.mjs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file lives in tests/support/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The oracle script: ../shared/oracle/cpython312.mjs next to the checkout; TYPHON_ORACLE overrides. */
export const oraclePath = process.env.TYPHON_ORACLE
  ? path.resolve(process.env.TYPHON_ORACLE)
  : path.resolve(repoRoot, "../shared/oracle/cpython312.mjs");

/** Throws a readable error when the oracle is not available (e.g. in CI, which only uses committed goldens). */
export function requireOracle() {
  if (!existsSync(oraclePath)) {
    throw new Error(
      `oracle not found at ${oraclePath}; goldens can only be regenerated where ../shared exists ` +
        `(or set TYPHON_ORACLE=/path/to/cpython312.mjs)`,
    );
  }
  return oraclePath;
}

/**
 * Runs the oracle once over all `args` (start-up costs ~2-3 s, so batch) and returns its stdout.
 * File arguments travel in an @LISTFILE, so any number of files is fine; `eval` sources (which may span
 * lines) are passed as they are.
 */
export function runOracle(mode, args, { cwd = repoRoot } = {}) {
  requireOracle();
  const dir = mkdtempSync(path.join(tmpdir(), "typhon-oracle-"));
  try {
    let argv = args;
    if (mode !== "eval") {
      const list = path.join(dir, "files.txt");
      writeFileSync(list, args.map((a) => a + "\n").join(""));
      argv = ["@" + list];
    }
    return execFileSync(process.execPath, [oraclePath, mode, ...argv], {
      cwd,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "inherit"],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** runOracle for the modes that print one JSON document (run, code). */
export function runOracleJSON(mode, args, options) {
  return JSON.parse(runOracle(mode, args, options));
}
