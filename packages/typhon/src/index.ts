/**
 * typhon: the CPython 3.12 virtual machine as an embeddable TypeScript library.
 *
 * This package re-exports the CPython-named surface of @typhon/runtime, @typhon/compiler and @typhon/ceval,
 * and installs the compiler and the evaluator into the runtime when it is imported (the runtime reaches them
 * only through these hooks). Import from "typhon" and call `Py_InitializeFromConfig` as in CPython.
 */
import { _PyRuntime_InstallHooks, _PyTraceback_SetAnchorsHook } from "@typhon/runtime";
import { compileSource, _PyTraceback_CaretAnchors } from "@typhon/compiler";
import { evaluator } from "@typhon/ceval";

export * from "@typhon/runtime";
export * from "@typhon/compiler";
export * from "@typhon/ceval";

/** Install @typhon/compiler and @typhon/ceval into the runtime (done once, on import). */
export function _Typhon_InstallDefaultHooks(): void {
  _PyRuntime_InstallHooks({
    compile: (source, filename, mode, flags, optimize) => compileSource(source, filename, mode, optimize, flags),
    evaluator,
  });
  _PyTraceback_SetAnchorsHook(_PyTraceback_CaretAnchors);
}
_Typhon_InstallDefaultHooks();
