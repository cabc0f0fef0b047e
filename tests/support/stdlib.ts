// CPython 3.12.7's pure-Python standard library, read from the `pyodide` npm package's python_stdlib.zip (a pinned
// devDependency), with the same file selection as the oracle's `stdlib` mode: names ending in ".py" that do not
// start with "pyodide", "_pyodide", "site-packages" or "_sysconfigdata" (490 files).
//
//   const files = await loadStdlib();   // Map<"json/decoder.py", bytes>, sorted by name
//
// The first call extracts the zip (a small reader over node:zlib inflateRawSync) into
// node_modules/.cache/typhon-stdlib/<zip size>-<zip mtime>/ and later calls (other test files, other runs) read
// the files back from there.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";

/** The checkout: the nearest directory above this module that has node_modules/pyodide (this file normally lives
 * in tests/support/, but may also run bundled from elsewhere inside the checkout). */
const repoRoot = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let d = here; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, "node_modules/pyodide/package.json"))) return d;
    if (path.dirname(d) === d) return path.resolve(here, "../..");
  }
})();

/** The path of pyodide's python_stdlib.zip. */
export function stdlibZipPath(): string {
  const require = createRequire(path.join(repoRoot, "package.json"));
  return path.join(path.dirname(require.resolve("pyodide/package.json")), "python_stdlib.zip");
}

/** The oracle's selection of stdlib sources. */
export function isStdlibSource(name: string): boolean {
  return (
    name.endsWith(".py") &&
    !name.startsWith("pyodide") &&
    !name.startsWith("_pyodide") &&
    !name.startsWith("site-packages") &&
    !name.startsWith("_sysconfigdata")
  );
}

/** Read every entry of a zip archive accepted by `filter` (stored or deflated; no ZIP64, no encryption). */
export function readZip(zip: Uint8Array, filter: (name: string) => boolean): Map<string, Uint8Array> {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // End of central directory record: the last 0x06054b50 signature (followed by at most 64 KiB of comment).
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file (no end of central directory record)");
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const out = new Map<string, Uint8Array>();
  for (let n = 0; n < count; n++) {
    if (dv.getUint32(p, true) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const csize = dv.getUint32(p + 20, true);
    const usize = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const local = dv.getUint32(p + 42, true);
    const name = decoder.decode(zip.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith("/") || !filter(name)) continue;
    if (flags & 1) throw new Error(`${name}: encrypted zip entries are not supported`);
    if (dv.getUint32(local, true) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    const dataStart = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    const raw = zip.subarray(dataStart, dataStart + csize);
    let data: Uint8Array;
    if (method === 0) data = raw.slice();
    else if (method === 8) data = new Uint8Array(inflateRawSync(raw));
    else throw new Error(`${name}: unsupported compression method ${method}`);
    if (data.length !== usize) throw new Error(`${name}: size mismatch (${data.length} != ${usize})`);
    out.set(name, data);
  }
  return out;
}

let cached: Promise<Map<string, Uint8Array>> | null = null;

/** The 490 stdlib sources of CPython 3.12.7, keyed by their path inside the zip, in sorted order. */
export function loadStdlib(): Promise<Map<string, Uint8Array>> {
  cached ??= Promise.resolve().then(load);
  return cached;
}

function load(): Map<string, Uint8Array> {
  const zipPath = stdlibZipPath();
  const st = statSync(zipPath);
  const cacheRoot = path.join(repoRoot, "node_modules/.cache/typhon-stdlib");
  const dir = path.join(cacheRoot, `${st.size}-${Math.floor(st.mtimeMs)}`);
  const manifest = path.join(dir, "manifest.json");
  if (existsSync(manifest)) {
    try {
      const names: string[] = JSON.parse(readFileSync(manifest, "utf8"));
      const files = new Map<string, Uint8Array>();
      for (const n of names) files.set(n, new Uint8Array(readFileSync(path.join(dir, n))));
      return files;
    } catch {
      // a damaged cache: extract again below
    }
  }
  const entries = readZip(new Uint8Array(readFileSync(zipPath)), isStdlibSource);
  const names = [...entries.keys()].sort();
  const files = new Map<string, Uint8Array>();
  for (const n of names) files.set(n, entries.get(n)!);
  try {
    // Write into a private directory, then rename it into place (other test workers may race with us).
    const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
    for (const n of names) {
      const f = path.join(tmp, n);
      mkdirSync(path.dirname(f), { recursive: true });
      writeFileSync(f, files.get(n)!);
    }
    writeFileSync(path.join(tmp, "manifest.json"), JSON.stringify(names));
    try {
      renameSync(tmp, dir);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another process won the race
    }
  } catch {
    // the cache is an optimisation only
  }
  return files;
}
