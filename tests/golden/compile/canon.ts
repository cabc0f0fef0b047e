// Shared by the compiler goldens' generator (tests/golden/compile/regen.mjs, which bundles this file with esbuild)
// and the compiler tests: the digests and normalisations both sides apply.
import { createHash } from "node:crypto";

/** A code object in the oracle's canonical `code` form (see the header of ../shared/oracle/cpython312.mjs). */
export interface CanonicalCodeLike {
  qualname: string;
  linetable: string;
}

/** The first 16 hex digits of the SHA-256 of `s` (UTF-8). */
export function hash16(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 16);
}

/**
 * The stdlib golden's compact form of one code object: [qualname, digest of its canonical JSON without the
 * linetable, digest of the linetable]. Locations are kept apart so that a location-only difference shows as such.
 * The JSON is JSON.stringify of the object (the oracle's field order), so both sides must come from JSON.parse /
 * codeToCanonicalJSON, never from Python's json.dumps text.
 */
export function codeDigest(co: CanonicalCodeLike): [string, string, string] {
  const { linetable, ...rest } = co;
  return [co.qualname, hash16(JSON.stringify(rest)), hash16(linetable)];
}

/**
 * Normalise a dis.dis() text for comparison: code object addresses (` at 0x7f...`) become ` at 0x?` (CPython
 * prints id(), Typhon a counter), and the items of every `frozenset({...})` are sorted (both print them in
 * hash-table order, which depends on the str hash seed: random in the oracle, whose hashes are also 32-bit).
 */
export function normalizeDis(text: string): string {
  text = text.replace(/ at 0x[0-9a-f]+, file "/g, ' at 0x?, file "');
  const key = "frozenset({";
  let out = "";
  let i = 0;
  for (;;) {
    const j = text.indexOf(key, i);
    if (j < 0) break;
    out += text.slice(i, j + key.length);
    const { items, end } = scanItems(text, j + key.length);
    out += items.sort().join(", ");
    i = end;
  }
  return out + text.slice(i);
}

/** Split the repr items of a set display starting at `p` up to its closing `}` (quotes and brackets respected). */
function scanItems(s: string, p: number): { items: string[]; end: number } {
  const items: string[] = [];
  let depth = 0;
  let start = p;
  while (p < s.length) {
    const ch = s[p];
    if (ch === "'" || ch === '"') {
      p++;
      while (p < s.length && s[p] !== ch) p += s[p] === "\\" ? 2 : 1;
      p++;
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "}") {
      if (depth === 0) break;
      depth--;
    } else if (ch === "," && depth === 0) {
      items.push(s.slice(start, p).trim());
      start = p + 1;
    } else if (ch === "\n") break; // malformed: stop at the end of the line
    p++;
  }
  const last = s.slice(start, p).trim();
  if (last !== "") items.push(last);
  return { items, end: p };
}

/**
 * Programs whose constant folding needs what the runtime does not have yet (CPython folds them, Typhon emits the
 * operation): they are expected to differ until the runtime grows the operation; then `it.fails` fails and the
 * entry must go.
 */
export const RUNTIME_GAPS: Record<string, string> = {};
