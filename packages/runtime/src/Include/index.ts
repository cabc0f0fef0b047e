export * from "./opcode.js";
