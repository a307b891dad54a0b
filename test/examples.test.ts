import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExampleFile, runExampleCase } from "../src/examples-runner/index.js";

/**
 * Every `*.json` policy example file under `examples/`, recursively; `examples/data/` holds the
 * inputs of the runnable scripts instead (run by `scripts.test.ts`).
 */
function exampleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === "data" ? [] : exampleFiles(p);
    return name.endsWith(".json") ? [p] : [];
  });
}

const root = join(import.meta.dirname, "..", "examples");
const files = exampleFiles(root);

it("finds the policy example files", () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files.map((f) => [relative(root, f), f] as const))("%s", (_name, path) => {
  let loaded: ReturnType<typeof loadExampleFile>;
  try {
    loaded = loadExampleFile(JSON.parse(readFileSync(path, "utf8")));
  } catch (e) {
    it("loads", () => {
      throw e;
    });
    return;
  }
  const { file, plan } = loaded;
  it.each(file.cases.map((c) => [c.name, c] as const))("%s", (_caseName, c) => {
    const r = runExampleCase(file, plan, c);
    expect(r.problems, JSON.stringify(r.actual, null, 2)).toEqual([]);
  });
});
