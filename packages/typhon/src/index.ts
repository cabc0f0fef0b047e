/**
 * typhon: the CPython 3.12 virtual machine as an embeddable TypeScript library.
 *
 * This package re-exports the CPython-named surface of @typhon/runtime, @typhon/compiler and @typhon/ceval,
 * and installs the compiler and the evaluator into the runtime when it is imported (the runtime reaches them
 * only through these hooks). Import from "typhon" and call `Py_InitializeFromConfig` as in CPython.
 */
import { _PyRuntime_InstallHooks, _PyTraceback_SetAnchorsHook } from "@typhon/runtime";
import { _PyCompile_Hook } from "./compilehook.js";
import { _PyTraceback_CaretAnchors } from "./anchors.js";
import { evaluator } from "@typhon/ceval";

export * from "@typhon/runtime";
export * from "@typhon/compiler";
export * from "@typhon/ceval";
// CPython-convention (null + error indicator) forms; explicit exports take precedence over the star exports.
export {
  PyRun_String, Py_CompileString, Py_CompileStringExFlags, PyEval_EvalCode, PyEval_EvalCodeEx, PyObject_GetAttr, PyObject_GetAttrString, PyObject_SetAttr, PyObject_DelAttr, PyObject_HasAttr, PyObject_Repr, PyObject_Str, PyObject_Hash, PyObject_IsTrue, PyObject_Not, PyObject_RichCompare, PyObject_RichCompareBool, PyObject_GetItem, PyObject_SetItem, PyObject_DelItem, PyObject_Size, PyObject_Length, PyObject_GetIter, PyIter_Next, PyObject_Call, PyObject_CallObject, PyObject_CallNoArgs, PyObject_CallOneArg, PyObject_CallFunctionObjArgs, PyObject_CallMethod, PyObject_IsInstance, PyObject_IsSubclass, PyObject_Vectorcall, PyNumber_Add, PyNumber_Subtract, PyNumber_Multiply, PyNumber_TrueDivide, PyNumber_FloorDivide, PyNumber_Remainder, PyNumber_Divmod, PyNumber_Power, PyNumber_Negative, PyNumber_Positive, PyNumber_Absolute, PyNumber_Invert, PyNumber_Lshift, PyNumber_Rshift, PyNumber_And, PyNumber_Or, PyNumber_Xor, PyNumber_Index, PyNumber_Long, PyImport_ImportModule, PyImport_Import, PyDict_SetItem, PyDict_SetItemString, PyDict_GetItemWithError, PyDict_GetItemString, PyDict_DelItem, PyLong_AsLong, PyLong_AsDouble, PyFloat_AsDouble,
} from "./capi.js";

export { _PyCompile_ToPythonException } from "./compilehook.js";

/** Install @typhon/compiler and @typhon/ceval into the runtime (done once, on import). */
export function _Typhon_InstallDefaultHooks(): void {
  _PyRuntime_InstallHooks({
    compile: _PyCompile_Hook,
    evaluator,
  });
  _PyTraceback_SetAnchorsHook(_PyTraceback_CaretAnchors);
}
_Typhon_InstallDefaultHooks();
