#!/usr/bin/env node
// Typhon's benchmark suite: `npm run bench` (node bench/run.mjs).
//
// Runs every bench/programs/*.py with native CPython (python3; PYENV_VERSION=3.12.1 when pyenv has it)
// and with Typhon (node packages/typhon/bin/typhon.js) in the same run, checks that Typhon prints
// exactly what CPython prints, and reports wall-clock times (best of --repeat runs, whole processes,
// start-up included), the same times minus each interpreter's start-up (the best time of
// bench/empty.py), the ratios typhon/python3 and their geometric means. A program Typhon fails on
// (non-zero exit, time-out, or output different from CPython's) is shown as FAIL and left out of the
// geometric means. The JSON summary is written to node_modules/.cache/typhon-bench/results.json (and
// appended to history.jsonl there).
//
//   node bench/run.mjs [--only NAME[,NAME...]] [--repeat N] [--json] [--timeout SEC] [--budget SEC]
//                      [--cpu] [--build] [--no-typhon] [--list]
//
//   --only NAME     run only these programs (repeatable, comma-separated; names without .py)
//   --repeat N      timed runs per program and interpreter, best one kept (default 3)
//   --json          print the JSON summary on stdout instead of the table (progress goes to stderr)
//   --timeout SEC   kill a single run after SEC seconds (default 300)
//   --budget SEC    stop repeating Typhon's runs of a program once they took SEC seconds in all
//                   (default 120; at least one run is always made)
//   --cpu           rank by CPU time (user + sys of the process, from /proc: Linux only) instead of
//                   wall-clock time: steadier on a loaded machine. Both are always in the JSON.
//   --build         run `npm run build` first (it runs anyway when packages/typhon/dist is missing)
//   --no-typhon     time python3 only (to check the programs and their durations)
//   --list          list the programs and the Python features each one needs, then exit
//
// Environment: PYTHON=/path/to/python3 overrides the CPython used; TYPHON="cmd args..." overrides the
// Typhon command (the program's path is appended).
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const programsDir = path.join(here, "programs");
const emptyProgram = path.join(here, "empty.py");
const outDir = path.join(repo, "node_modules", ".cache", "typhon-bench");
const typhonBin = path.join(repo, "packages", "typhon", "bin", "typhon.js");

// ---------------------------------------------------------------------------------------------- options

function usage(msg) {
  if (msg) process.stderr.write(`bench: ${msg}\n`);
  process.stderr.write(
    "usage: node bench/run.mjs [--only NAME[,NAME...]] [--repeat N] [--json] [--timeout SEC] [--budget SEC]\n" +
      "                          [--cpu] [--build] [--no-typhon] [--list]\n"
  );
  process.exit(2);
}

const opts = {
  only: [],
  repeat: 3,
  json: false,
  timeout: 300,
  budget: 120,
  cpu: false,
  build: false,
  typhon: true,
  list: false,
};
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let val;
    const eq = a.indexOf("=");
    if (a.startsWith("--") && eq > 0) {
      val = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const next = () => {
      if (val !== undefined) return val;
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    const num = (v, name, min) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n < min) usage(`${name} must be a number >= ${min}`);
      return n;
    };
    switch (a) {
      case "--only":
        opts.only.push(
          ...next()
            .split(",")
            .map((s) => s.trim().replace(/\.py$/, ""))
            .filter(Boolean)
        );
        break;
      case "--repeat":
        opts.repeat = Math.floor(num(next(), "--repeat", 1));
        break;
      case "--json":
        opts.json = true;
        break;
      case "--timeout":
        opts.timeout = num(next(), "--timeout", 1);
        break;
      case "--budget":
        opts.budget = num(next(), "--budget", 0);
        break;
      case "--cpu":
        opts.cpu = true;
        break;
      case "--build":
        opts.build = true;
        break;
      case "--no-typhon":
        opts.typhon = false;
        break;
      case "--list":
        opts.list = true;
        break;
      case "-h":
      case "--help":
        process.stdout.write(
          readFileSync(fileURLToPath(import.meta.url), "utf8")
            .split("\nimport ")[0]
            .replace(/^#!.*\n/, "")
            .replace(/^\/\/ ?/gm, "")
        );
        process.exit(0);
        break;
      default:
        usage(`unknown argument ${JSON.stringify(argv[i])}`);
    }
  }
}

// Progress and the table go to stdout, unless --json reserves stdout for the JSON summary.
const say = (text) => (opts.json ? process.stderr : process.stdout).write(text);
const warn = (text) => process.stderr.write(`bench: ${text}\n`);

// ---------------------------------------------------------------------------------------------- programs

/** The `# features:` comment block of a program, as one line. */
function featuresOf(file) {
  const lines = readFileSync(file, "utf8").split("\n");
  const start = lines.findIndex((l) => l.startsWith("# features:"));
  if (start < 0) return "";
  const parts = [lines[start].slice("# features:".length).trim()];
  for (let i = start + 1; i < lines.length && /^#\s{2,}\S/.test(lines[i]); i++) parts.push(lines[i].slice(1).trim());
  return parts.join(" ");
}

const allPrograms = readdirSync(programsDir)
  .filter((f) => f.endsWith(".py"))
  .sort()
  .map((f) => ({ name: f.slice(0, -3), file: path.join(programsDir, f) }));

let programs = allPrograms;
if (opts.only.length) {
  const known = new Set(allPrograms.map((p) => p.name));
  const unknown = opts.only.filter((n) => !known.has(n));
  if (unknown.length) usage(`unknown program(s): ${unknown.join(", ")} (known: ${[...known].join(", ")})`);
  programs = allPrograms.filter((p) => opts.only.includes(p.name));
}

if (opts.list) {
  for (const p of programs) process.stdout.write(`${p.name}\n    ${featuresOf(p.file)}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------- running

const timeoutMs = Math.round(opts.timeout * 1000);

// CPU time of the processes this one has waited for (Linux: cutime + cstime in /proc/self/stat).
const clockTicks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;
function childrenCpu() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / clockTicks;
  } catch {
    return null;
  }
}
if (opts.cpu && childrenCpu() === null) {
  warn("--cpu needs /proc/self/stat (Linux): using wall-clock time");
  opts.cpu = false;
}

/** Run argv once: wall-clock seconds of the whole process (spawn to exit) and its CPU seconds. */
function runOnce(argv) {
  const c0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const res = spawnSync(argv[0], argv.slice(1), {
    cwd: repo,
    encoding: "utf8",
    timeout: timeoutMs,
    killSignal: "SIGKILL",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c1 = childrenCpu();
  const cpu = c0 === null || c1 === null ? null : c1 - c0;
  const timedOut = res.error?.code === "ETIMEDOUT";
  return {
    seconds: opts.cpu ? cpu : wall,
    wall,
    cpu,
    status: res.status,
    signal: res.signal,
    stdout: res.stdout ?? "",
    stderr: res.stderr ?? "",
    error: timedOut ? null : res.error ?? null,
    timedOut,
  };
}

const clip = (s, n = 100) => (s.length > n ? s.slice(0, n - 3) + "..." : s);

/** Why a run failed, as one line: the first line of stderr (the exception line of a traceback). */
function failureReason(run, expected) {
  if (run.timedOut) return `timed out after ${opts.timeout} s`;
  if (run.error) return clip(`cannot run: ${run.error.message}`);
  const errLines = run.stderr
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== "");
  let first = errLines[0] ?? "";
  // A Python traceback's first line says nothing; its last line names the exception.
  if (first.startsWith("Traceback (most recent call last)") && errLines.length > 1)
    first = errLines[errLines.length - 1];
  if (run.status !== 0) {
    const how = run.signal ? `killed by ${run.signal}` : `exit status ${run.status}`;
    return clip(first ? first.trim() : how);
  }
  if (expected !== undefined && run.stdout !== expected) {
    const want = expected.split("\n");
    const got = run.stdout.split("\n");
    let i = 0;
    while (i < want.length && i < got.length && want[i] === got[i]) i++;
    let why;
    if (run.stdout === "") why = `no output (expected ${JSON.stringify(clip(want[0], 40))})`;
    else
      why = `output differs at line ${i + 1}: expected ${JSON.stringify(
        clip(want[i] ?? "<end>", 30)
      )}, got ${JSON.stringify(clip(got[i] ?? "<end>", 30))}`;
    if (first) why += `; stderr: ${first.trim()}`;
    return clip(why, 140);
  }
  return null;
}

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return r.status === 0 ? r.stdout.trim() : null;
}

// ---------------------------------------------------------------------------------------------- CPython

function resolvePython() {
  const probe = "import sys; print(sys.executable); print(sys.version.split()[0])";
  const tryPython = (cmd, env) => {
    const r = spawnSync(cmd, ["-c", probe], { encoding: "utf8", env, stdio: ["ignore", "pipe", "pipe"] });
    if (r.status !== 0 || !r.stdout) return null;
    const [executable, version] = r.stdout.trim().split("\n");
    // Run the real executable, not a pyenv shim (a shim adds ~0.1 s of bash to every start-up).
    return { executable: executable && existsSync(executable) ? executable : cmd, version };
  };
  if (process.env.PYTHON) {
    const p = tryPython(process.env.PYTHON, process.env);
    if (!p) {
      warn(`PYTHON=${process.env.PYTHON} does not run`);
      process.exit(1);
    }
    return { ...p, executable: process.env.PYTHON, how: "PYTHON" };
  }
  const p312 = tryPython("python3", { ...process.env, PYENV_VERSION: "3.12.1" });
  if (p312 && p312.version.startsWith("3.12")) return { ...p312, how: "PYENV_VERSION=3.12.1 python3" };
  const p = tryPython("python3", process.env);
  if (!p) {
    warn("no python3 found (set PYTHON=/path/to/python3)");
    process.exit(1);
  }
  return { ...p, how: "python3" };
}

const python = resolvePython();
if (!python.version.startsWith("3.12"))
  warn(`CPython ${python.version}, not 3.12: ratios are not comparable with 3.12 runs`);

// ---------------------------------------------------------------------------------------------- Typhon

function newestMtime(dir, filter) {
  let newest = 0;
  let stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (filter(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  }
  return newest;
}

const typhon = { command: null, available: opts.typhon, note: null, distStale: null };
if (opts.typhon) {
  if (process.env.TYPHON) {
    typhon.command = process.env.TYPHON.split(/\s+/).filter(Boolean);
  } else {
    typhon.command = [process.execPath, typhonBin];
    const dists = ["runtime", "compiler", "ceval", "typhon"].map((p) => path.join(repo, "packages", p, "dist"));
    const missing =
      !existsSync(path.join(repo, "packages", "typhon", "dist", "cli.js")) || dists.some((d) => !existsSync(d));
    if (missing || opts.build) {
      say(missing ? "Typhon's dist/ is missing: npm run build\n" : "npm run build\n");
      const r = spawnSync("npm", ["run", "build"], { cwd: repo, stdio: ["ignore", 2, 2] });
      if (r.status !== 0) {
        typhon.available = false;
        typhon.note = "npm run build failed";
        warn("npm run build failed: Typhon is not run");
      }
    }
    if (typhon.available) {
      const srcNewest = Math.max(
        ...["runtime", "compiler", "ceval", "typhon"].map((p) =>
          newestMtime(path.join(repo, "packages", p, "src"), (n) => n.endsWith(".ts"))
        )
      );
      const distNewest = Math.min(...dists.map((d) => newestMtime(d, (n) => n.endsWith(".js"))));
      typhon.distStale = srcNewest > distNewest;
      if (typhon.distStale)
        warn("packages/*/dist is older than packages/*/src: Typhon's build may be stale (--build rebuilds it)");
    }
  }
}

// ---------------------------------------------------------------------------------------------- the run

const metric = opts.cpu ? "cpu" : "wall";
const fmtS = (s) => (s == null ? "-" : s.toFixed(3));
const fmtR = (r) => (r == null ? "-" : r.toFixed(2) + "x");
const geomean = (xs) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : null);
const bestOf = (runs, key = metric) => {
  const xs = runs.map((r) => r[key]).filter((x) => x != null);
  return xs.length ? Math.min(...xs) : null;
};
const round = (x) => (x == null ? null : Math.round(x * 1e6) / 1e6);
const timing = (runs, startupBest) => {
  const b = bestOf(runs);
  return {
    best: round(b),
    net: round(b != null && startupBest != null ? b - startupBest : null),
    bestWall: round(bestOf(runs, "wall")),
    bestCpu: round(bestOf(runs, "cpu")),
    runs: runs.map((r) => ({ wall: round(r.wall), cpu: round(r.cpu) })),
  };
};

const nameWidth = Math.max(12, ...programs.map((p) => p.name.length));
const header = [
  "benchmark".padEnd(nameWidth),
  "python3 s".padStart(10),
  "typhon s".padStart(10),
  "ratio".padStart(9),
  "py net s".padStart(10),
  "ty net s".padStart(10),
  "net ratio".padStart(10),
].join("  ");

function row(name, py, ty, ratio, pyNet, tyNet, netRatio, failure) {
  const cells = [name.padEnd(nameWidth), fmtS(py).padStart(10)];
  if (!opts.typhon)
    cells.push("-".padStart(10), "-".padStart(9), fmtS(pyNet).padStart(10), "-".padStart(10), "-".padStart(10));
  else if (failure) cells.push(`FAIL (reason: ${failure})`);
  else
    cells.push(
      fmtS(ty).padStart(10),
      fmtR(ratio).padStart(9),
      fmtS(pyNet).padStart(10),
      fmtS(tyNet).padStart(10),
      fmtR(netRatio).padStart(10)
    );
  return cells.join("  ").trimEnd() + "\n";
}

const gitCommit = sh("git", ["rev-parse", "--short", "HEAD"]);
const gitDirty = gitCommit ? (sh("git", ["status", "--porcelain", "--untracked-files=no"]) ?? "") !== "" : null;
const showCommand = (argv) =>
  argv
    .map((a, i) =>
      i === 0 && a === process.execPath
        ? "node"
        : path.isAbsolute(a) && a.startsWith(repo + path.sep)
        ? path.relative(repo, a)
        : a
    )
    .join(" ");

say(
  `CPython ${python.version} (${python.how}: ${python.executable})\n` +
    `Typhon  ${
      opts.typhon
        ? typhon.available
          ? showCommand(typhon.command)
          : `not run: ${typhon.note}`
        : "not run (--no-typhon)"
    }\n` +
    `node ${process.version}, git ${gitCommit ?? "?"}${gitDirty ? " (modified)" : ""}; ` +
    `best of ${opts.repeat} runs of each program, ${
      opts.cpu ? "CPU time (user + sys)" : "wall-clock time"
    } of the whole process (start-up included); ` +
    `net = minus the best time of the empty program\n\n`
);
say(header + "\n" + "-".repeat(header.length) + "\n");

// Start-up: the empty program, a few more runs than the others (it is cheap).
const startupRuns = Math.max(opts.repeat, 5);
let startup;
{
  const pyRuns = [];
  const tyRuns = [];
  let tyFailure = typhon.available ? null : opts.typhon ? typhon.note : "not run";
  for (let i = 0; i < startupRuns; i++) {
    const r = runOnce([python.executable, emptyProgram]);
    if (r.status === 0) pyRuns.push(r);
    if (tyFailure === null) {
      const t = runOnce([...typhon.command, emptyProgram]);
      tyFailure = failureReason(t, "");
      if (!tyFailure) tyRuns.push(t);
    }
  }
  const py = bestOf(pyRuns);
  const ty = tyFailure ? null : bestOf(tyRuns);
  startup = { python: timing(pyRuns, null), typhon: tyFailure ? { failure: tyFailure } : timing(tyRuns, null) };
  say(row("(start-up)", py, ty, py && ty ? ty / py : null, null, null, null, tyFailure));
}
const pyStartup = startup.python.best;
const tyStartup = startup.typhon.best ?? null;

const results = [];
let pythonFailures = 0;
for (const p of programs) {
  const pyRuns = [];
  const tyRuns = [];
  let expected;
  let pyFailure = null;
  let nondeterministic = false;
  let tyFailure = typhon.available ? null : opts.typhon ? typhon.note : "not run";
  let tyWall = 0;
  let tyStderr;
  // Interleave the two interpreters so that both see the same machine load.
  for (let i = 0; i < opts.repeat; i++) {
    const r = runOnce([python.executable, p.file]);
    const why = failureReason(r);
    if (why) {
      pyFailure ??= why;
    } else {
      if (expected === undefined) expected = r.stdout;
      else if (r.stdout !== expected) nondeterministic = true;
      pyRuns.push(r);
    }
    if (tyFailure === null && expected !== undefined && (tyRuns.length === 0 || tyWall < opts.budget)) {
      const t = runOnce([...typhon.command, p.file]);
      tyWall += t.wall;
      tyFailure = failureReason(t, expected);
      if (tyFailure) tyStderr = t.stderr.split("\n").slice(-20).join("\n") || undefined;
      else tyRuns.push(t);
    }
  }
  if (pyFailure || nondeterministic) {
    pythonFailures++;
    pyFailure ??= "output differs between runs (not deterministic)";
    if (opts.json) warn(`${p.name}: python3 failed: ${pyFailure}`);
  }
  if (tyFailure === null && pyFailure) tyFailure = "python3 failed";
  const py = pyFailure ? null : bestOf(pyRuns);
  const ty = tyFailure ? null : bestOf(tyRuns);
  const ratio = py && ty ? ty / py : null;
  const pyNet = py != null && pyStartup != null ? py - pyStartup : null;
  const tyNet = ty != null && tyStartup != null ? ty - tyStartup : null;
  const netRatio = pyNet > 0 && tyNet != null ? Math.max(tyNet, 0) / pyNet : null;
  results.push({
    name: p.name,
    python: { ...timing(pyRuns, pyStartup), failure: pyFailure },
    typhon: tyFailure
      ? { status: "fail", reason: tyFailure, stderr: tyStderr, runs: tyRuns.length }
      : { status: "ok", ...timing(tyRuns, tyStartup) },
    ratio: round(ratio),
    netRatio: round(netRatio),
    output: expected,
  });
  if (pyFailure && !opts.typhon) say(`${p.name.padEnd(nameWidth)}  FAIL (python3: ${pyFailure})\n`);
  else
    say(
      row(p.name, bestOf(pyRuns), ty, ratio, pyNet, tyNet, netRatio, pyFailure ? `python3: ${pyFailure}` : tyFailure)
    );
}

const passed = results.filter((r) => r.ratio != null);
const excluded = results
  .filter((r) => r.ratio == null)
  .map((r) => ({ name: r.name, reason: r.python.failure ? `python3: ${r.python.failure}` : r.typhon.reason }));
const gm = geomean(passed.map((r) => r.ratio));
const gmNet = passed.every((r) => r.netRatio != null && r.netRatio > 0) ? geomean(passed.map((r) => r.netRatio)) : null;

say("-".repeat(header.length) + "\n");
say(
  !opts.typhon
    ? "typhon not run (--no-typhon)\n"
    : `geometric mean of typhon/python3 over ${passed.length} of ${results.length} programs: ` +
        (gm == null
          ? "n/a (no program passed)"
          : `${fmtR(gm)} (start-up included), ${fmtR(gmNet)} (start-up subtracted)`) +
        "\n"
);
if (excluded.length && opts.typhon)
  say(`excluded from the geometric mean (${excluded.length}): ${excluded.map((e) => e.name).join(", ")}\n`);

const summary = {
  date: new Date().toISOString(),
  git: { commit: gitCommit, dirty: gitDirty },
  node: process.version,
  python: { version: python.version, executable: python.executable, how: python.how },
  typhon: { command: typhon.command, run: typhon.available, note: typhon.note, distStale: typhon.distStale },
  options: { repeat: opts.repeat, metric, timeout: opts.timeout, budget: opts.budget, only: opts.only },
  startup,
  benchmarks: results,
  geomean: { ratio: round(gm), netRatio: round(gmNet), programs: passed.map((r) => r.name) },
  excluded,
};
mkdirSync(outDir, { recursive: true });
const resultsFile = path.join(outDir, "results.json");
writeFileSync(resultsFile, JSON.stringify(summary, null, 2) + "\n");
appendFileSync(path.join(outDir, "history.jsonl"), JSON.stringify(summary) + "\n");
say(`results: ${path.relative(repo, resultsFile)}\n`);
if (opts.json) process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
process.exitCode = pythonFailures ? 1 : 0;
