import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}/src/index.ts`, import.meta.url));

// Tests run against the TypeScript sources, not dist/, so `npm test` needs no build.
export default defineConfig({
  resolve: {
    alias: {
      "@typhon/runtime": src("runtime"),
      "@typhon/compiler": src("compiler"),
      "@typhon/ceval": src("ceval"),
      "typhon/cli": fileURLToPath(new URL("./packages/typhon/src/cli.ts", import.meta.url)),
      typhon: src("typhon"),
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
