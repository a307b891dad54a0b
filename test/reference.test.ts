import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleFileJsonSchema } from "../src/examples-runner/index.js";
import { jsonSchemas } from "../src/index.js";
import { _DESCRIPTIONS } from "../src/model/descriptions.js";

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
    const text = JSON.stringify([s, example]);
    const unreached = Object.entries(_DESCRIPTIONS).filter(
      ([k, d]) => k.includes(".") && !text.includes(JSON.stringify(d)),
    );
    expect(unreached.map(([k]) => k)).toEqual([]);
  });
});
