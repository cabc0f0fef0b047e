/**
 * @typhon/runtime: interpreter and thread state, the object model, type objects and their slots, builtins.
 * Names follow CPython 3.12's C-API; see docs/design.md for the value representation and error convention.
 */
export * from "./Objects/object.js";
export * from "./Objects/typeobject.js";
export * from "./Objects/typeobject_new.js";
export * from "./Objects/typeslots.js";
export * from "./Objects/cellobject.js";
export * from "./Objects/genobject.js";
export * from "./Objects/noneobject.js";
export * from "./Objects/longobject.js";
export * from "./Objects/floatobject.js";
export * from "./Objects/complexobject.js";
export * from "./Objects/unicodeobject.js";
export * from "./Objects/bytesobject.js";
export * from "./Objects/tupleobject.js";
export * from "./Objects/listobject.js";
export * from "./Objects/dictobject.js";
export * from "./Objects/exceptions.js";
export * from "./Objects/abstract.js";
export * from "./Objects/call.js";
export * from "./Objects/methodobject.js";
export * from "./Objects/descrobject.js";
export * from "./Objects/moduleobject.js";
export * from "./Objects/funcobject.js";
export * from "./Objects/codeobject.js";
export * from "./Objects/iterobject.js";
export * from "./Objects/sliceobject.js";
export * from "./Objects/setobject.js";
export * from "./Objects/rangeobject.js";
export * from "./Objects/enumobject.js";
export * from "./Objects/bltin_iterators.js";
export * from "./Include/internal/pycore_frame.js";
export * from "./Python/errors.js";
export * from "./Python/initconfig.js";
export * from "./Python/pylifecycle.js";
export * from "./Python/pythonrun.js";
export * from "./Python/import.js";
export * from "./Python/sysmodule.js";
export * from "./Python/bltinmodule.js";
export * from "./Python/traceback.js";
export * from "./Python/suggestions.js";
export * from "./pystate.js";
export * from "./Objects/stringlib/codecs.js";
export * from "./Include/index.js";
export * from "./Objects/unicode_format.js";
export * from "./Modules/mathmodule.js";
