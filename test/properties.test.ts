/**
 * Invariants of the whole decision over generated customers, histories and policies (fast-check,
 * seeded so a failure reproduces): the chosen instant lies inside every window, more history never
 * makes a send earlier, a larger cap never makes it later, withdrawing consent never turns a deny
 * into a send, and the same input always gives the same decision.
 */

import {
  type CustomerInput,
  compilePolicy,
  type Decision,
  decide,
  type HistoryEntry,
} from "consentry";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insideWindows } from "../src/time/local-windows.js";

const ZONES = [
  "Europe/Oslo",
  "America/New_York",
  "Australia/Lord_Howe",
  "Pacific/Apia",
  "Asia/Kathmandu",
  "America/St_Johns",
];
const T0 = Date.parse("2026-01-01T00:00:00Z");
const YEAR = 365 * 86_400_000;
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000), seed: 20261122 };

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const windowArb = fc.record({ from: hhmm, until: hhmm });
const instant = fc.integer({ min: T0, max: T0 + YEAR });
const historyArb = fc.array(
  fc.record({
    at: fc.integer({ min: T0 - 30 * 86_400_000, max: T0 + YEAR }),
    channel: fc.constantFrom("email", "sms"),
    purpose: fc.constant("marketing" as const),
  }),
  { maxLength: 8 },
);
const toHistory = (xs: { at: number; channel: string; purpose: "marketing" }[]): HistoryEntry[] =>
  xs.map((x) => ({ ...x, at: new Date(x.at).toISOString() }));

const customer = (tz: string, over: Partial<CustomerInput> = {}): CustomerInput => ({
  id: "p",
  jurisdiction: "NO",
  timeZone: tz,
  contacts: { email: { address: "a@example.no" }, sms: { address: "+4790000000" } },
  consents: [
    { id: "g", type: "grant", at: "2025-01-01T00:00:00Z", scope: { purposes: ["marketing"] } },
  ],
  ...over,
});
const message = { purpose: "marketing" as const, channels: ["email", "sms"] };
const timeOf = (d: Decision) =>
  d.verdict === "deny" ? Number.POSITIVE_INFINITY : Date.parse(d.sendAt as string);

describe("decision properties", () => {
  it("the chosen instant lies outside every quiet window and inside every allowed window", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        windowArb,
        windowArb,
        instant,
        (tz, quiet, allowed, now) => {
          const plan = compilePolicy({
            id: "p",
            quietHours: [{ id: "q", windows: [quiet] }],
            windows: [{ id: "w", windows: [allowed] }],
          });
          const d = decide(plan, { customer: customer(tz), message, now });
          if (d.verdict === "deny") {
            expect(d.reasons.some((r) => r.code === "deadline.unreachable")).toBe(true);
            return;
          }
          const t = Date.parse(d.sendAt as string);
          expect(t).toBeGreaterThanOrEqual(now);
          expect(insideWindows([quiet], tz, t)).toBe(false);
          expect(insideWindows([allowed], tz, t)).toBe(true);
        },
      ),
      runs,
    );
  });

  it("adding history never makes a send earlier", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        historyArb,
        historyArb,
        instant,
        fc.integer({ min: 1, max: 4 }),
        (tz, h1, h2, now, max) => {
          const plan = compilePolicy({
            id: "p",
            caps: [
              { id: "c", max, window: "P7D" },
              { id: "d", max: max + 1, window: "week" },
            ],
          });
          const a = decide(plan, { customer: customer(tz), message, now, history: toHistory(h1) });
          const b = decide(plan, {
            customer: customer(tz),
            message,
            now,
            history: toHistory([...h1, ...h2]),
          });
          expect(timeOf(b)).toBeGreaterThanOrEqual(timeOf(a));
        },
      ),
      runs,
    );
  });

  it("a larger cap never makes a send later", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        historyArb,
        instant,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("P1D", "P7D", "day", "week", "month"),
        (tz, h, now, max, window) => {
          const small = compilePolicy({ id: "p", caps: [{ id: "c", max, window }] });
          const big = compilePolicy({ id: "p", caps: [{ id: "c", max: max + 1, window }] });
          const input = { customer: customer(tz), message, now, history: toHistory(h) };
          expect(timeOf(decide(big, input))).toBeLessThanOrEqual(timeOf(decide(small, input)));
        },
      ),
      runs,
    );
  });

  it("withdrawing consent never turns a deny or a defer into an earlier send", () => {
    const plan = compilePolicy({
      id: "p",
      quietHours: [{ id: "q", windows: [{ from: "21:00", until: "08:00" }] }],
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        instant,
        fc.integer({ min: T0 - YEAR, max: T0 + YEAR }),
        fc.option(fc.constantFrom("email", "sms"), { nil: undefined }),
        (tz, now, at, channel) => {
          const base = customer(tz);
          const withdrawal = {
            id: "w",
            type: "withdraw" as const,
            at: new Date(at).toISOString(),
            scope: channel ? { channels: [channel] } : {},
          };
          const before = decide(plan, { customer: base, message, now });
          const after = decide(plan, {
            customer: { ...base, consents: [...(base.consents ?? []), withdrawal] },
            message,
            now,
          });
          expect(timeOf(after)).toBeGreaterThanOrEqual(timeOf(before));
          if (before.verdict === "deny") expect(after.verdict).toBe("deny");
        },
      ),
      runs,
    );
  });

  it("adding a deny rule never turns a deny into a send, nor makes a send earlier", () => {
    const base = {
      id: "p",
      quietHours: [{ id: "q", windows: [{ from: "21:00", until: "08:00" }] }],
    };
    const cond = fc.oneof(
      fc.record({
        field: fc.constant("channel"),
        op: fc.constant("eq" as const),
        value: fc.constantFrom("email", "sms"),
      }),
      fc.record({
        field: fc.constant("customer.attributes.tier"),
        op: fc.constantFrom("eq" as const, "ne" as const),
        value: fc.constantFrom("gold", "silver"),
      }),
      fc.record({
        field: fc.constant("customer.jurisdiction"),
        op: fc.constant("in" as const),
        value: fc.constant(["NO", "SE"]),
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        instant,
        cond,
        fc.boolean(),
        fc.constantFrom("gold", "silver"),
        (tz, now, c, unless, tier) => {
          const input = { customer: customer(tz, { attributes: { tier } }), message, now };
          const before = decide(compilePolicy(base), input);
          const rule = unless ? { id: "r", unless: c } : { id: "r", when: c };
          const after = decide(compilePolicy({ ...base, rules: [rule] }), input);
          expect(timeOf(after)).toBeGreaterThanOrEqual(timeOf(before));
          if (before.verdict === "deny") expect(after.verdict).toBe("deny");
        },
      ),
      runs,
    );
  });

  it("is deterministic: the same input gives the same decision", () => {
    const plan = compilePolicy({
      id: "p",
      quietHours: [{ id: "q", windows: [{ from: "21:00", until: "08:00" }] }],
      caps: [{ id: "c", max: 2, window: "P7D" }],
    });
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), historyArb, instant, (tz, h, now) => {
        const input = { customer: customer(tz), message, now, history: toHistory(h) };
        expect(decide(plan, input)).toEqual(decide(plan, structuredClone(input)));
      }),
      runs,
    );
  });
});

describe("spreading deferred sends", () => {
  const plan = compilePolicy({
    id: "p",
    quietHours: [{ id: "q", windows: [{ from: "21:00", until: "08:00" }] }],
  });
  const now = "2026-05-04T20:00:00Z"; // 22:00 in Oslo
  it("moves each deferred send to a stable offset inside the release window, never into quiet hours", () => {
    const times = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const d = decide(plan, {
        customer: customer("Europe/Oslo", { id: `c${i}` }),
        message,
        now,
        spread: "PT2H",
      });
      const t = Date.parse(d.sendAt as string);
      expect(d.verdict).toBe("defer");
      expect(t).toBeGreaterThanOrEqual(Date.parse("2026-05-05T06:00:00Z"));
      expect(t).toBeLessThan(Date.parse("2026-05-05T08:00:00Z"));
      expect(
        decide(plan, {
          customer: customer("Europe/Oslo", { id: `c${i}` }),
          message,
          now,
          spread: "PT2H",
        }).sendAt,
      ).toBe(d.sendAt);
      times.add(t);
    }
    expect(times.size).toBeGreaterThan(150);
  });
  it("does not move a send that may go now", () => {
    const d = decide(plan, {
      customer: customer("Europe/Oslo"),
      message,
      now: "2026-05-04T10:00:00Z",
      spread: "PT2H",
    });
    expect(d).toMatchObject({ verdict: "send", sendAt: "2026-05-04T10:00:00.000Z" });
  });
  it("rejects a malformed spread", () => {
    expect(() =>
      decide(plan, { customer: customer("Europe/Oslo"), message, now, spread: "2h" }),
    ).toThrow(/spread/);
  });
});
