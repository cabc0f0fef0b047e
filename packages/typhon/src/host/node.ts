/**
 * Node host adapters: the file system and process streams. Only the CLI and hosts that opt in import this.
 */
import { readFileSync, statSync } from "node:fs";
import type { PyHostFileSystem } from "@typhon/runtime";

/** The real file system through node:fs (read-only so far). */
export const nodeFileSystem: PyHostFileSystem = {
  readFile(path: string): Uint8Array | null {
    try {
      return new Uint8Array(readFileSync(path));
    } catch {
      return null;
    }
  },
  isDirectory(path: string): boolean {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
};
