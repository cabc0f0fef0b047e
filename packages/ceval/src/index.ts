/**
 * @typhon/ceval: the CPython 3.12 evaluation loop, frames and the PEP 523 eval_frame hook.
 */
export * from "./ceval.js";
export * from "./ceval_macros.js";
