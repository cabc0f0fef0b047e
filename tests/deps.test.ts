// The package graph. Reads every packages/*/src/**/*.ts and packages/*/package.json and fails on:
//   - a wrong-way dependency between workspace packages, in an import or in package.json (ALLOWED below);
//   - an import of a package that the importing package's package.json does not declare as a dependency;
//   - a Node.js built-in (`node:fs`, or bare `fs`, `path`, `process`, ...; also `/// <reference types="node" />`)
//     anywhere but in typhon's host adapters: files named cli.ts or node.ts, or under typhon's src/host/.
//     runtime, compiler and ceval must run on any JavaScript host (browsers, workers, Deno, Bun);
//   - a relative (or absolute) import that leaves its own package: go through the package's name instead.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Which workspace packages each workspace package may depend on. */
const ALLOWED: Record<string, string[]> = {
  "@typhon/runtime": [],
  "@typhon/compiler": ["@typhon/runtime"],
  "@typhon/ceval": ["@typhon/runtime"],
  typhon: ["@typhon/runtime", "@typhon/compiler", "@typhon/ceval"],
};
/** The only package that may touch the host, and only in these files (paths relative to its src/). */
const HOST_PACKAGE = "typhon";
const isHostAdapter = (rel: string) =>
  ["cli.ts", "node.ts"].includes(path.posix.basename(rel)) || rel.startsWith("host/");

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const packagesDir = path.join(repoRoot, "packages");

interface Pkg {
  name: string;
  dir: string;
  json: Record<string, any>;
}
const pkgs: Pkg[] = readdirSync(packagesDir)
  .filter((d) => existsSync(path.join(packagesDir, d, "package.json")))
  .sort()
  .map((d) => {
    const json = JSON.parse(readFileSync(path.join(packagesDir, d, "package.json"), "utf8"));
    return { name: json.name, dir: path.join(packagesDir, d), json };
  });
const workspaceNames = new Set(pkgs.map((p) => p.name));
const nodeBuiltins = new Set(builtinModules.filter((m) => !m.startsWith("_")));

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((e) => {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) return sourceFiles(p);
      return /\.[mc]?tsx?$/.test(e) ? [p] : [];
    });
}

/** "@scope/name/sub" -> "@scope/name"; "name/sub" -> "name". */
function packageName(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith("node:") || nodeBuiltins.has(spec) || nodeBuiltins.has(packageName(spec));
}

/** Runtime dependencies a published package can rely on. */
function declared(p: Pkg): Set<string> {
  const j = p.json;
  return new Set([
    ...Object.keys(j.dependencies ?? {}),
    ...Object.keys(j.peerDependencies ?? {}),
    ...Object.keys(j.optionalDependencies ?? {}),
  ]);
}

interface Import {
  file: string; // repo-relative
  rel: string; // relative to the package's src/
  spec: string;
  typeReference: boolean;
}
function importsOf(p: Pkg): Import[] {
  const src = path.join(p.dir, "src");
  return sourceFiles(src).flatMap((f) => {
    const info = ts.preProcessFile(readFileSync(f, "utf8"), true, true);
    const base = { file: path.relative(repoRoot, f).split(path.sep).join("/"), rel: path.relative(src, f).split(path.sep).join("/") };
    return [
      ...info.importedFiles.map((i) => ({ ...base, spec: i.fileName, typeReference: false })),
      ...info.typeReferenceDirectives.map((i) => ({ ...base, spec: i.fileName, typeReference: true })),
    ];
  });
}

describe("package graph", () => {
  it("finds the workspace packages", () => {
    expect([...workspaceNames].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  for (const p of pkgs) {
    describe(p.name, () => {
      const imports = importsOf(p);
      const allowed = new Set(ALLOWED[p.name] ?? []);

      it("has sources to check", () => {
        expect(sourceFiles(path.join(p.dir, "src")).length).toBeGreaterThan(0);
      });

      it("package.json depends on workspace packages only in the allowed direction", () => {
        const bad: string[] = [];
        for (const field of ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"]) {
          for (const dep of Object.keys(p.json[field] ?? {})) {
            if (workspaceNames.has(dep) && !allowed.has(dep)) bad.push(`${field}: ${p.name} -> ${dep}`);
          }
        }
        expect(bad).toEqual([]);
      });

      it("imports workspace packages only in the allowed direction", () => {
        const bad = imports
          .filter((i) => workspaceNames.has(packageName(i.spec)) && !allowed.has(packageName(i.spec)))
          .map((i) => `${i.file}: "${i.spec}" (${p.name} may use: ${[...allowed].join(", ") || "no workspace package"})`);
        expect(bad).toEqual([]);
      });

      it("declares every package it imports in package.json", () => {
        const deps = declared(p);
        const bad = imports
          .filter((i) => !i.typeReference && !i.spec.startsWith(".") && !path.isAbsolute(i.spec) && !isNodeBuiltin(i.spec))
          .filter((i) => !deps.has(packageName(i.spec)))
          .map((i) => `${i.file}: "${i.spec}" is not in ${path.relative(repoRoot, p.dir)}/package.json dependencies`);
        expect(bad).toEqual([]);
      });

      it("uses Node.js built-ins only in host adapters", () => {
        const bad = imports
          .filter((i) => (i.typeReference ? i.spec === "node" || i.spec.startsWith("node/") : isNodeBuiltin(i.spec)))
          .filter((i) => !(p.name === HOST_PACKAGE && isHostAdapter(i.rel)))
          .map((i) => `${i.file}: ${i.typeReference ? `/// <reference types="${i.spec}" />` : `"${i.spec}"`}`);
        expect(
          bad,
          p.name === HOST_PACKAGE
            ? "Node.js APIs belong in src/cli.ts, a file named node.ts, or src/host/"
            : `${p.name} must not use Node.js APIs`,
        ).toEqual([]);
      });

      it("has no relative import that leaves the package", () => {
        const bad = imports
          .filter((i) => !i.typeReference && (i.spec.startsWith(".") || path.isAbsolute(i.spec)))
          .filter((i) => {
            const target = path.resolve(path.dirname(path.join(repoRoot, i.file)), i.spec);
            const inside = path.relative(p.dir, target);
            return path.isAbsolute(i.spec) || inside === "" || inside.startsWith("..") || path.isAbsolute(inside);
          })
          .map((i) => `${i.file}: "${i.spec}" (import another package by its name)`);
        expect(bad).toEqual([]);
      });
    });
  }
});
