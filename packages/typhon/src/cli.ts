/**
 * The `typhon` command, like `python3`: `typhon FILE [args]`, `typhon -c CODE`, plus the tools
 * `typhon dis FILE`, `typhon compile --json FILE...`, `typhon tokens FILE`, `typhon ast FILE`.
 * Node-only (it reads files); the library entry point is index.ts.
 */
import { realpathSync } from "node:fs";
import * as path from "node:path";
import { PyConfig_InitPythonConfig, Py_InitializeFromConfig, Py_FinalizeEx, _PyRun_SimpleStringStatus } from "@typhon/runtime";
import {
  compileSource,
  _PyDis_Disassemble,
  codeToCanonicalJSON,
  _PyParser_ASTFromString,
  astDump,
  tokenizeForTokenizeModule,
  _PyCompile_SyntaxErrorInfo,
} from "@typhon/compiler";
// The library entry installs the compiler and the evaluator into the runtime.
import "./index.js";
import { nodeFileSystem } from "./host/node.js";

/** Where `main` writes; defaults to the process streams. */
export interface MainIO {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

const USAGE = `usage: typhon [-c cmd | file | -] [arg] ...
       typhon dis FILE          disassemble FILE as CPython 3.12's dis.dis does
       typhon compile --json FILE...   canonical code objects of each FILE as JSON
       typhon tokens FILE       tokenize FILE as CPython 3.12's tokenize module does
       typhon ast FILE          ast.dump(ast.parse(FILE), include_attributes=True, indent=1)
`;

/** Run the command line `argv` (without the program name); returns the exit status. */
export function main(argv: string[], io: MainIO = {}): number {
  const out = io.stdout ?? ((t: string) => void process.stdout.write(t));
  const err = io.stderr ?? ((t: string) => void process.stderr.write(t));
  const readText = (f: string): Uint8Array | null => nodeFileSystem.readFile(f);
  const cmd = argv[0];
  if (cmd === undefined || cmd === "-h" || cmd === "--help") {
    (cmd === undefined ? err : out)(USAGE);
    return cmd === undefined ? 2 : 0;
  }
  if (cmd === "-V" || cmd === "--version") {
    out("Python 3.12.7 (typhon)\n");
    return 0;
  }
  try {
    if (cmd === "dis" || cmd === "tokens" || cmd === "ast" || cmd === "compile") {
      let files = argv.slice(1);
      let json = false;
      if (cmd === "compile") {
        json = files[0] === "--json";
        if (json) files = files.slice(1);
        if (!json) {
          err("typhon compile: only --json output is supported\n");
          return 2;
        }
      }
      if (files.length === 0) {
        err(USAGE);
        return 2;
      }
      const result: Record<string, unknown> = {};
      for (const f of files) {
        const src = readText(f);
        if (src === null) {
          err(`typhon: can't open file '${f}': [Errno 2] No such file or directory\n`);
          return 2;
        }
        const filename = path.resolve(f);
        if (cmd === "compile") {
          try {
            const co = compileSource(src, filename, "exec");
            result[f] = codeToCanonicalJSON(co);
          } catch (e) {
            const info = _PyCompile_SyntaxErrorInfo(e);
            if (info === null) throw e;
            result[f] = { SyntaxError: [info.msg, info.lineno, info.offset] };
          }
          continue;
        }
        if (files.length > 1) out(`### ${f}\n`);
        if (cmd === "dis") out(_PyDis_Disassemble(compileSource(src, filename, "exec")));
        else if (cmd === "tokens") out(tokenizeForTokenizeModule(src));
        else out(astDump(_PyParser_ASTFromString(src, filename, "exec")) + "\n");
      }
      if (cmd === "compile") out(JSON.stringify(result) + "\n");
      return 0;
    }
    return runPython(argv, out, err);
  } catch (e) {
    err(`typhon: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 70;
  }
}

function runPython(argv: string[], out: (t: string) => void, err: (t: string) => void): number {
  let source: Uint8Array | string;
  let filename: string;
  let args: string[];
  if (argv[0] === "-c") {
    if (argv.length < 2) {
      err("Argument expected for the -c option\n" + USAGE);
      return 2;
    }
    source = argv[1];
    filename = "<string>";
    args = ["-c", ...argv.slice(2)];
  } else if (argv[0] === "-m") {
    err("typhon: -m is not supported yet (imports of .py modules arrive with the import system)\n");
    return 2;
  } else {
    const f = argv[0];
    const data = nodeFileSystem.readFile(f);
    if (data === null) {
      err(`typhon: can't open file '${path.resolve(f)}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    source = data;
    filename = path.resolve(f);
    try {
      filename = realpathSync(f);
    } catch {
      /* keep the resolved path */
    }
    args = argv;
  }
  const config = PyConfig_InitPythonConfig();
  config.argv = args;
  config.stdout = out;
  config.stderr = err;
  config.filesystem = nodeFileSystem;
  config.module_search_paths = filename === "<string>" ? [""] : [path.dirname(filename)];
  Py_InitializeFromConfig(config);
  try {
    return _PyRun_SimpleStringStatus(source, filename);
  } finally {
    Py_FinalizeEx();
  }
}
