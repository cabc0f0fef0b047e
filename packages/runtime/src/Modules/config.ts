/**
 * The built-in modules every interpreter can import: the default inittab, copied into `_PyRuntime.inittab`
 * before the host's own PyImport_AppendInittab entries. CPython 3.12: Modules/config.c (_PyImport_Inittab).
 */
import type { PyObject } from "../Objects/object.js";
import { PyInit_math } from "./mathmodule.js";

/** [module name, init function] pairs, as CPython's `struct _inittab`. */
export const _PyModules_DefaultInittab: ReadonlyArray<readonly [string, () => PyObject]> = [["math", () => PyInit_math()]];
