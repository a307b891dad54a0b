import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy, decide, decideEach } from "../src/index.js";

/** Classes of input that must never fail open, each held by a property over the class. */

const now = "2026-05-06T10:00:00Z";
const grant = {
  id: "g",
  type: "grant",
  at: "2026-01-01T00:00:00Z",
  scope: { topics: ["shoes"] },
} as const;
const base = {
  id: "c1",
  jurisdiction: "NO",
  timeZone: "Europe/Oslo",
  contacts: { email: { address: "a@example.no" }, voice: { address: "+4791234567" } },
  consents: [grant],
  preferences: { channels: { email: true } },
  relationship: { lastPurchaseAt: "2026-01-01T00:00:00Z" },
};
const plan = compilePolicy({ id: "p", packs: ["NO"] });
const message = { purpose: "marketing", channels: ["email"], topic: "shoes" } as const;

class Thing {
  readonly channels = ["email"];
}
const notPlain = fc.constantFrom<() => object>(
  () => new Date(0),
  () => new Map([["email", false]]),
  () => new Thing(),
  () => new (class Empty {})(),
  () => Object.assign(Object.create({ inherited: true }), { a: 1 }),
);
/** Where a nested object of the record can be replaced. */
const places: ((r: Record<string, unknown>, v: object) => void)[] = [
  (r, v) => {
    r.preferences = v;
  },
  (r, v) => {
    r.consents = [{ ...grant, scope: v }];
  },
  (r, v) => {
    r.relationship = v;
  },
  (r, v) => {
    r.preferences = { pause: v };
  },
  (r, v) => {
    r.contacts = { email: v };
  },
  (r, v) => {
    r.registers = { "NO-RESERVASJON": v };
  },
];

describe("non-plain objects are never read as {}", () => {
  it("a Date, Map or class instance anywhere in a record makes it input.invalid", () => {
    fc.assert(
      fc.property(notPlain, fc.integer({ min: 0, max: places.length - 1 }), (make, at) => {
        const r = structuredClone(base) as Record<string, unknown>;
        (places[at] as (r: Record<string, unknown>, v: object) => void)(r, make());
        const [d] = [...decideEach(plan, [r], { message, now })];
        expect(d?.verdict).toBe("deny");
        expect(d?.reasons.map((x) => x.code)).toContain("input.invalid");
      }),
      { numRuns: 200 },
    );
  });
});

describe("a fact from the future supports no send", () => {
  const voice = { purpose: "marketing", channels: ["voice"], automated: false } as const;
  it("a register check dated after now counts as listed, however far ahead", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 * 365 * 86_400 }), (ahead) => {
        const checkedAt = new Date(Date.parse(now) + ahead * 1000).toISOString();
        const r = { ...base, registers: { "NO-RESERVASJON": { listed: false, checkedAt } } };
        const d = decide(plan, { customer: r, message: voice, now });
        expect(d.verdict).toBe("deny");
        expect(d.reasons.map((x) => x.code)).toContain("register.stale");
      }),
      { numRuns: 100 },
    );
    // The same check dated now is fresh: the property is about the future only.
    const fresh = { ...base, registers: { "NO-RESERVASJON": { listed: false, checkedAt: now } } };
    expect(
      decide(plan, { customer: fresh, message: voice, now }).reasons.map((x) => x.code),
    ).not.toContain("register.stale");
  });
});

describe("names that are members of Object.prototype", () => {
  it("a register named like one is looked up as an own key, and nothing throws", () => {
    for (const name of [
      "constructor",
      "toString",
      "valueOf",
      "hasOwnProperty",
      "__defineGetter__",
    ]) {
      const p = compilePolicy({ id: name, registers: [{ id: name, maxAge: "P30D" }] });
      const d = [
        ...decideEach(
          p,
          [
            { ...base, registers: {} },
            { ...base, contacts: {} },
          ],
          {
            message: { purpose: "marketing", channels: ["email"] },
            now,
          },
        ),
      ];
      expect(d.map((x) => x.verdict)).toEqual(["deny", "deny"]);
      expect(d[0]?.reasons.map((x) => x.code)).toContain("register.stale");
    }
  });
});
