/**
 * Fail closed under bad input: generated garbage and mutated records never crash a batch, never
 * hang, and never become a send. `npm run fuzz` runs the same properties longer (FUZZ_RUNS).
 */

import {
  type CustomerInput,
  compilePolicy,
  decideEach,
  PolicyError,
  parseCustomer,
  safeCompilePolicy,
} from "consentry";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const opts = { numRuns: RUNS, seed: 4242 };
const now = "2026-05-04T10:00:00Z";
const message = { purpose: "marketing" as const, channels: ["email", "sms"] };
const plan = compilePolicy({
  id: "fuzz",
  packs: "auto",
  quietHours: [{ id: "q", windows: [{ from: "21:00", until: "08:00" }] }],
  caps: [{ id: "c", max: 2, window: "P7D" }],
});
const valid: CustomerInput = {
  id: "v",
  jurisdiction: "ES",
  timeZone: "Europe/Madrid",
  contacts: { email: { address: "v@example.es" }, sms: { address: "+34600000000" } },
  consents: [
    { id: "g", type: "grant", at: "2026-01-01T00:00:00Z", scope: { purposes: ["marketing"] } },
  ],
  history: [{ at: "2026-05-01T10:00:00Z", channel: "email", purpose: "marketing" }],
};

/** A valid record with one field, at any depth, replaced by generated JSON. */
const mutated = fc
  .tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.boolean())
  .map(([junk, pick, drop]) => {
    const c = structuredClone(valid) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      if (p.length > 0) paths.push(p);
      if (v !== null && typeof v === "object")
        for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
    };
    walk(c, []);
    const path = paths[pick % paths.length] as (string | number)[];
    let o = c as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (drop) delete o[last];
    else o[last] = junk;
    return c;
  });

describe("fail closed", () => {
  it("garbage records yield input.invalid denials, in order, and the batch goes on", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.anything(), fc.jsonValue()), { maxLength: 8 }),
        (records) => {
          const out = [...decideEach(plan, [...records, valid], { message, now })];
          expect(out).toHaveLength(records.length + 1);
          records.forEach((r, i) => {
            if (!parseCustomer(r).success) {
              expect(out[i]?.verdict).toBe("deny");
              expect(out[i]?.reasons[0]?.code).toBe("input.invalid");
            }
          });
          expect(out.at(-1)?.verdict).toBe("send");
        },
      ),
      opts,
    );
  });

  it("a record with any one field broken or missing never sends unless it is still valid", () => {
    fc.assert(
      fc.property(mutated, (record) => {
        const [d] = [...decideEach(plan, [record], { message, now })];
        if (!parseCustomer(record).success) {
          expect(d?.verdict).toBe("deny");
          expect(d?.reasons.every((r) => r.code === "input.invalid")).toBe(true);
        }
      }),
      opts,
    );
  });

  it("garbage policies give a PolicyError with paths, never a crash", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (p) => {
        const r = safeCompilePolicy(p);
        if (!r.success) {
          expect(r.error).toBeInstanceOf(PolicyError);
          expect(r.error.issues.length).toBeGreaterThan(0);
        }
      }),
      opts,
    );
  });

  it("a policy nested thousands deep is refused before parsing", () => {
    let cond: unknown = { field: "channel", op: "eq", value: "sms" };
    for (let i = 0; i < 20_000; i++) cond = { not: cond };
    const r = safeCompilePolicy({ id: "p", rules: [{ id: "deep", when: cond }] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.code).toBe("too_deep");
  });

  it("__proto__ and constructor keys are refused, not obeyed", () => {
    const rec = JSON.parse(
      '{"id":"c","jurisdiction":"NO","contacts":{"email":{"address":"a@b.no"}},"attributes":{"__proto__":{"polluted":true},"constructor":1}}',
    );
    const [d] = [...decideEach(plan, [rec], { message, now })];
    expect(d?.reasons[0]).toMatchObject({
      code: "input.invalid",
      path: ["attributes", "__proto__"],
    });
    const hidden = JSON.parse(
      '{"id":"c","jurisdiction":"NO","contacts":{"__proto__":{"address":"a@b.no"}}}',
    );
    expect([...decideEach(plan, [hidden], { message, now })][0]?.reasons[0]?.code).toBe(
      "input.invalid",
    );
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const p = safeCompilePolicy(
      JSON.parse('{"id":"p","channels":{"__proto__":{"kind":"electronic"}}}'),
    );
    expect(p.success).toBe(false);
  });

  it("blackouts that recur more often than daily are refused (they would cost unbounded work)", () => {
    expect(
      safeCompilePolicy({ id: "p", blackouts: [{ id: "b", rrule: "FREQ=MINUTELY" }] }).success,
    ).toBe(false);
    expect(
      safeCompilePolicy({ id: "p", blackouts: [{ id: "b", rrule: "FREQ=HOURLY" }] }).success,
    ).toBe(false);
  });
});
