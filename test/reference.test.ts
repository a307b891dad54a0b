import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleFileJsonSchema } from "../src/examples-runner/index.js";
import { jsonSchemas, SentRecordSchema } from "../src/index.js";
import { _DESCRIPTIONS } from "../src/model/descriptions.js";
import { _describedJsonSchema } from "../src/model/json-schema.js";

const root = join(import.meta.dirname, "..");

type _Json = {
  description?: string;
  properties?: Record<string, _Json>;
  additionalProperties?: _Json;
};

describe("the reference", () => {
  it("docs/reference.md and the descriptions are generated from the schemas' doc comments", () => {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", join(root, "scripts", "gen-reference.ts"), "--check"],
      { cwd: root, encoding: "utf8" },
    );
    const [, described = "0", missing = "?", which = ""] =
      /\((\d+) fields described, (\d+) not(?:: ([^)]*))?\)/.exec(out) ?? [];
    expect(Number(described)).toBeGreaterThan(500);
    // Every shape and every field of it has its description (a doc comment on it in the schema):
    // a field added without one fails here, named.
    expect(which).toBe("");
    expect(missing).toBe("0");
  });
  it("the JSON Schema carries the same descriptions, at every depth", () => {
    const s = jsonSchemas() as Record<string, _Json>;
    expect(s.customer?.description).toBe(_DESCRIPTIONS.CustomerSchema);
    expect(s.customer?.properties?.timeZone?.description).toBe(
      _DESCRIPTIONS["CustomerSchema.timeZone"],
    );
    expect(
      s.customer?.properties?.contacts?.additionalProperties?.properties?.address?.description,
    ).toBe(_DESCRIPTIONS["ContactPointSchema.address"]);
    const defer = (
      s.decision as { oneOf: { properties: Record<string, { description?: string }> }[] }
    ).oneOf[1];
    expect(defer?.properties.redecideAt?.description).toBe(
      _DESCRIPTIONS["DeferDecisionSchema.redecideAt"],
    );
    // A recursive shape (a condition, behind a $ref) is described too.
    const when = s.policy?.properties?.rules as { items?: { properties?: Record<string, _Json> } };
    expect(when.items?.properties?.when?.description).toBe(_DESCRIPTIONS["RuleSchema.when"]);
    const cond = (s.policy as { $defs?: Record<string, { anyOf?: _Json[] }> }).$defs?.__schema0;
    expect(cond?.anyOf?.[0]?.properties?.all?.description).toBe(
      _DESCRIPTIONS["ConditionSchema.all"],
    );
    const example = exampleFileJsonSchema() as _Json;
    expect(example.properties?.cases?.description).toBe(_DESCRIPTIONS["ExampleFileSchema.cases"]);
    // Every field's description reaches the JSON Schema of some root (a shape's own description
    // gives way where the field that holds it has one).
    const sent = _describedJsonSchema(SentRecordSchema, { io: "input" }, { SentRecordSchema });
    const text = JSON.stringify([s, example, sent]);
    const unreached = Object.entries(_DESCRIPTIONS).filter(
      ([k, d]) => k.includes(".") && !text.includes(JSON.stringify(d)),
    );
    expect(unreached.map(([k]) => k)).toEqual([]);
  });
  it("the built .d.ts carries each field's description as a doc comment (scripts/dts-docs.ts)", () => {
    // What tsup's declaration emit prints for a schema: its inferred type, without field comments.
    const dir = mkdtempSync(join(tmpdir(), "dts-docs-"));
    const file = join(dir, "history.d.ts");
    writeFileSync(
      file,
      `import * as z from 'zod';
declare const HistoryEntrySchema: z.ZodObject<{
    at: z.ZodISODateTime;
    channel: z.ZodString;
    topic: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
declare const ContactPointSchema: z.ZodObject<{
    obtained: z.ZodOptional<z.ZodObject<{
        at: z.ZodOptional<z.ZodISODateTime>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export { HistoryEntrySchema, ContactPointSchema };
`,
    );
    const run = () =>
      execFileSync(
        process.execPath,
        ["--import", "tsx", join(root, "scripts", "dts-docs.ts"), dir],
        {
          cwd: root,
          encoding: "utf8",
        },
      );
    expect(run()).toMatch(/^dts-docs: 5 field doc comments written in 1 files/);
    const text = readFileSync(file, "utf8");
    const doc = (k: string) => `/** ${_DESCRIPTIONS[k]} */`;
    expect(text).toContain(`${doc("HistoryEntrySchema.at")}\n    at: z.ZodISODateTime;`);
    expect(text).toContain(`${doc("HistoryEntrySchema.topic")}\n    topic:`);
    expect(text).toContain(`${doc("ContactPointSchema.obtained")}\n    obtained:`);
    // A nested shape is documented under its own name.
    expect(text).toContain(`${doc("ContactOriginSchema.at")}\n        at:`);
    // Run again (a build that did not rewrite the file): nothing is written twice.
    expect(run()).toMatch(/^dts-docs: 0 field doc comments written in 0 files/);
    expect(readFileSync(file, "utf8")).toBe(text);
    // A directory without declared schemas is an error, not a silent success.
    writeFileSync(file, "export declare const x: number;\n");
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", join(root, "scripts", "dts-docs.ts"), dir],
      { cwd: root, encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no declared schema with fields found/);
  });
});
