import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExampleFile, runExampleCase, runExampleFile } from "../src/examples-runner/index.js";
import { definePack } from "../src/packs/index.js";

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

describe("a user's own packs", () => {
  const XA = definePack({
    code: "XA",
    name: "A test pack of the user's own",
    jurisdictions: ["NO"],
    notes: [],
    policy: {
      rules: [
        { id: "xa-no-sms", channels: ["sms"], when: { field: "channel", op: "eq", value: "sms" } },
      ],
    },
  });
  const file = {
    policy: { id: "own", packs: ["XA"] },
    defaults: {
      now: "2026-05-04T10:00:00Z",
      message: { purpose: "service", channels: ["sms"] },
      customer: {
        id: "c",
        jurisdiction: "NO",
        timeZone: "Europe/Oslo",
        contacts: { sms: { address: "+4791234567" } },
      },
    },
    cases: [
      {
        name: "the pack's rule denies",
        expect: { verdict: "deny", reasons: ["rule.deny"], rules: ["xa-no-sms"] },
      },
    ],
  };

  it("runs examples against packs passed to the runner", () => {
    const results = runExampleFile(file, { packs: { XA } });
    expect(results.map((r) => [r.passed, r.problems])).toEqual([[true, []]]);
  });

  it("does not know a user's pack unless it is passed", () => {
    expect(() => runExampleFile(file)).toThrow(/unknown pack 'XA'/);
  });
});
