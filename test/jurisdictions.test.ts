/**
 * Jurisdiction codes are real ISO 3166 codes, checked against the iso-3166 package's own lists:
 * the schema, the customer fast path and `isJurisdiction` accept exactly those, and refuse the rest
 * with `invalid_jurisdiction` and the nearest real code.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { BUNDLED_PACKS, CustomerSchema, compilePolicy, PolicyError } from "consentry";
import fc from "fast-check";
import { iso31661, iso31662 } from "iso-3166";
import { describe, expect, it } from "vitest";
import { _issuesFromZod } from "../src/model/errors.js";
import { _fastParseCustomer } from "../src/model/fast-customer.js";
import { isJurisdiction, suggestJurisdiction } from "../src/model/jurisdictions.js";
import { JurisdictionSchema } from "../src/model/primitives.js";
import { PACK_LISTS } from "../src/packs/pack.js";

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000), seed: 20261202 };
const ISO1 = new Set(iso31661.map((c) => c.alpha2));
const ISO2 = new Set(iso31662.map((s) => s.code));
const root = join(import.meta.dirname, "..");

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const upper = fc.constantFrom(...LETTERS);
const alnum = fc.constantFrom(...`${LETTERS}0123456789`);
const str = (a: fc.Arbitrary<string>, min: number, max: number) =>
  fc.array(a, { minLength: min, maxLength: max }).map((cs) => cs.join(""));
// Codes shaped like ISO 3166-2, over the real countries most of the time so hits are common.
const subdivisionShaped = fc.tuple(
  fc.oneof(fc.constantFrom(...ISO1), str(upper, 2, 2)),
  str(alnum, 1, 3),
);

/** Whether the three checks accept `code`, and they agree. */
function accepted(code: string): boolean {
  const schema = JurisdictionSchema.safeParse(code).success;
  const fast = _fastParseCustomer({ id: "c", jurisdiction: code }) !== undefined;
  const full = CustomerSchema.safeParse({ id: "c", jurisdiction: code }).success;
  expect(isJurisdiction(code), code).toBe(schema);
  expect(fast, `fast path on ${code}`).toBe(schema);
  expect(full, `customer schema on ${code}`).toBe(schema);
  return schema;
}

describe("isJurisdiction", () => {
  it("accepts every ISO 3166-1 alpha-2 and every ISO 3166-2 code of the package", () => {
    for (const c of [...ISO1, ...ISO2]) expect(accepted(c), c).toBe(true);
    expect(ISO1.size).toBe(249);
    expect(ISO2.size).toBeGreaterThan(5000);
  });

  it("accepts a two-letter code iff ISO 3166-1 assigns it (all 676)", () => {
    for (const a of LETTERS) for (const b of LETTERS) expect(accepted(a + b)).toBe(ISO1.has(a + b));
  });

  it("accepts `XX-YYY` iff ISO 3166-2 lists it (property)", () => {
    fc.assert(
      fc.property(subdivisionShaped, ([cc, sub]) => {
        const code = `${cc}-${sub}`;
        expect(accepted(code)).toBe(ISO2.has(code));
      }),
      runs,
    );
  });

  it("refuses near misses and other strings (property)", () => {
    for (const c of ["UK", "EL", "EU", "XX", "US-FLA", "US-12", "us-fl", "US-", "US-FL ", "NOR"])
      expect(accepted(c), c).toBe(false);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (s) => {
        expect(accepted(s)).toBe(ISO1.has(s) || ISO2.has(s));
      }),
      runs,
    );
  });
});

describe("suggestJurisdiction", () => {
  it.each([
    ["UK", "GB"],
    ["EL", "GR"],
    ["US-FLA", "US-FL"],
    ["US-12", "US-FL"],
    ["US-06", "US-CA"],
    ["us-fl", "US-FL"],
    ["us_fl", "US-FL"],
    [" no", "NO"],
    ["NOR", "NO"],
    ["USA", "US"],
    ["GBR-ENG", "GB-ENG"],
    ["UK-ENG", "GB-ENG"],
    ["US-NYC", "US-NY"],
    ["fr-9740", "FR-974"],
    ["US-FL", "US-FL"],
  ])("%s → %s", (code, want) => {
    expect(suggestJurisdiction(code)).toBe(want);
  });

  it.each(["XX", "EU", "", "US-QQQ", "ZZ-1", "Norway", "x".repeat(100)])(
    "no clear suggestion for %j",
    (code) => {
      expect(suggestJurisdiction(code)).toBeUndefined();
    },
  );

  it("suggests only real codes, and a real code for every lower-cased real code (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 8 }),
          subdivisionShaped.map(([a, b]) => `${a}-${b}`),
        ),
        (s) => {
          const got = suggestJurisdiction(s);
          if (got !== undefined) expect(isJurisdiction(got), `${s} → ${got}`).toBe(true);
        },
      ),
      runs,
    );
    for (const c of ISO2) expect(suggestJurisdiction(c.toLowerCase())).toBe(c);
  });
});

describe("the issue for an unknown jurisdiction", () => {
  it("has the code invalid_jurisdiction and names the nearest code", () => {
    const r = CustomerSchema.safeParse({ id: "c", jurisdiction: "UK" });
    expect(r.success).toBe(false);
    const issues = _issuesFromZod(r.error as never);
    expect(issues).toEqual([
      {
        code: "invalid_jurisdiction",
        path: ["jurisdiction"],
        message: "unknown jurisdiction 'UK' (ISO 3166): did you mean 'GB'?",
      },
    ]);
    const xx = _issuesFromZod(JurisdictionSchema.safeParse("XX").error as never);
    expect(xx).toEqual([
      { code: "invalid_jurisdiction", path: [], message: "unknown jurisdiction 'XX' (ISO 3166)" },
    ]);
    const odd = JurisdictionSchema.safeParse(`NO\nline 2: forged${"x".repeat(40)}`);
    expect(odd.error?.issues[0]?.message).toBe(
      "unknown jurisdiction 'NO\\nline 2: forgedxxxxxxx…' (ISO 3166)",
    );
  });

  it("refuses a policy whose targets name a code that is not ISO 3166", () => {
    const bad = {
      id: "p",
      quietHours: [
        { id: "q", jurisdictions: ["US-FLA"], channels: ["sms"], from: "20:00", until: "08:00" },
      ],
    };
    let err: unknown;
    try {
      compilePolicy(bad as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyError);
    expect((err as PolicyError).issues).toContainEqual(
      expect.objectContaining({
        code: "invalid_jurisdiction",
        message: "unknown jurisdiction 'US-FLA' (ISO 3166): did you mean 'US-FL'?",
      }),
    );
  });
});

describe("every code the project itself uses is real", () => {
  it("in the bundled packs", () => {
    for (const pack of Object.values(BUNDLED_PACKS)) {
      for (const j of pack.jurisdictions)
        expect(isJurisdiction(j), `${pack.code}: ${j}`).toBe(true);
      for (const list of PACK_LISTS)
        for (const el of ((pack.policy as Record<string, unknown[] | undefined>)[list] ?? []) as {
          id: string;
          jurisdictions?: string[];
        }[])
          for (const j of el.jurisdictions ?? [])
            expect(isJurisdiction(j), `${pack.code} ${el.id}: ${j}`).toBe(true);
    }
  });

  it("in examples/ and test/fixtures/ (every `jurisdiction` and `jurisdictions` value)", () => {
    const found: string[] = [];
    const visit = (v: unknown, key?: string): void => {
      if (typeof v === "string" && (key === "jurisdiction" || key === "jurisdictions"))
        found.push(v);
      else if (Array.isArray(v))
        for (const x of v) visit(x, key === "jurisdictions" ? key : undefined);
      else if (v !== null && typeof v === "object")
        for (const [k, x] of Object.entries(v)) visit(x, k);
    };
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".json")) visit(JSON.parse(readFileSync(path, "utf8")));
        else if (name.endsWith(".ndjson"))
          for (const line of readFileSync(path, "utf8").split("\n"))
            if (line.trim() !== "") {
              try {
                visit(JSON.parse(line));
              } catch {
                // a fixture of malformed lines, on purpose
              }
            }
      }
    };
    walk(join(root, "examples"));
    walk(join(root, "test", "fixtures"));
    expect(found.length).toBeGreaterThan(30);
    // Fixtures that test refusal on purpose spell out a country's name instead of its code.
    const intended = new Set(["Norway", "Sweden", "Spain"]);
    for (const j of found) if (!intended.has(j)) expect(isJurisdiction(j), j).toBe(true);
  });
});
