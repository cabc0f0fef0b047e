/**
 * PyConfig: how an interpreter is set up. CPython 3.12: Python/initconfig.c, Include/cpython/initconfig.h
 */

/** Host file-system access for imports and open(); off unless the host grants it. */
export interface PyHostFileSystem {
  readFile(path: string): Uint8Array | null;
  isDirectory?(path: string): boolean;
}

/** CPython 3.12: Include/cpython/initconfig.h (PyConfig), with Typhon's host hooks. */
export interface PyConfig {
  /** 1 for the isolated configuration (PyConfig_InitIsolatedConfig). */
  _config_init: 1 | 2;
  isolated: boolean;
  argv: string[];
  program_name: string;
  /** sys.path entries to search for modules, after the script's directory. */
  module_search_paths: string[];
  /** A fixed str hash seed (CPython: PYTHONHASHSEED); null uses the default. */
  hash_seed: number | null;
  recursion_limit: number;
  /** Where sys.stdout / sys.stderr text goes; defaults discard (isolated) or go to the host console. */
  stdout: ((text: string) => void) | null;
  stderr: ((text: string) => void) | null;
  /** One line (with "\n") per call, or null at EOF; null denies stdin. */
  stdin: (() => string | null) | null;
  /** File-system access; null denies it. */
  filesystem: PyHostFileSystem | null;
  /** Environment variables visible as os.environ; null denies them. */
  environ: Record<string, string> | null;
  /** Python -X dev style debug checks in the evaluator (stack bounds asserted). */
  debug_checks: boolean;
  /** sys.flags.optimize (-O). */
  optimization_level: number;
}

function base(): PyConfig {
  return {
    _config_init: 2,
    isolated: false,
    argv: [""],
    program_name: "typhon",
    module_search_paths: [],
    hash_seed: null,
    recursion_limit: 1000,
    stdout: null,
    stderr: null,
    stdin: null,
    filesystem: null,
    environ: null,
    debug_checks: false,
    optimization_level: 0,
  };
}

/** CPython 3.12: Python/initconfig.c (PyConfig_InitPythonConfig) */
export function PyConfig_InitPythonConfig(): PyConfig {
  return base();
}
/** CPython 3.12: Python/initconfig.c (PyConfig_InitIsolatedConfig): nothing from the host unless granted. */
export function PyConfig_InitIsolatedConfig(): PyConfig {
  const c = base();
  c._config_init = 1;
  c.isolated = true;
  return c;
}
