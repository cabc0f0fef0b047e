/**
 * @typhon/compiler: Python 3.12 source -> AST (the PEG parser) -> code objects identical to CPython 3.12.7's,
 * plus the disassembler. Names follow CPython's C-API and Lib/dis.py.
 */
export * from "./Parser/index.js";
export { tokenizeForTokenizeModule } from "./Parser/tokenizer.js";
export {
  compileSource,
  _PyAST_Compile,
  _PyCompile_SyntaxErrorInfo,
  type SyntaxErrorInfo,
  type CompileOptions,
  type CompileWarning,
  type CompileWarningHandler,
  CompilerRecursionError,
  CompilerSyntaxError,
} from "./compile.js";
export { _PyDis_Disassemble, _PyDis_DisassembleOne, codeToCanonicalJSON, type CanonicalCode } from "./dis.js";
export {
  _PySymtable_Build,
  _PySymtable_Lookup,
  _PyFuture_FromAST,
  _PyST_GetSymbol,
  _PyST_GetScope,
  _PyST_IsFunctionLike,
  _Py_Mangle,
  symtable,
  PySTEntryObject,
  type PyFutureFeatures,
} from "./symtable.js";
export { _PyAST_Optimize } from "./ast_opt.js";
