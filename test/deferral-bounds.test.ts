/**
 * Issue 11, class 15: a send is never planned at or after an instant at which a fact already in
 * the record ends its permission: a withdrawal dated later, a suppression dated later, a register
 * check that goes stale, a consent that expires (`expiresAt`), a purchase that stops overriding a
 * listing. When waiting (here for a pause) would cross it, the channel is denied with
 * `deadline.unreachable`, which names what ends it.
 */

import { compilePolicy, decide } from "consentry";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const now = "2026-05-06T10:00:00Z";
const NOW = Date.parse(now);
const H = 3_600_000;
const D = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();
const plan = compilePolicy({
  id: "bounds",
  registers: [{ id: "ACME-DNC", maxAge: "P30D" }],
  horizon: "P30D",
});
const listedPlan = compilePolicy({
  id: "bounds-listed",
  registers: [{ id: "ACME-DNC", maxAge: "P30D", existingCustomerOverrides: "P10D" }],
  horizon: "P30D",
});
const message = { purpose: "marketing" as const, channels: ["email"] };
const base = (over: Record<string, unknown> = {}) => ({
  id: "c1",
  jurisdiction: "NO",
  timeZone: "Europe/Oslo",
  contacts: { email: { address: "a@example.no" } },
  consents: [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z" }] as unknown[],
  registers: { "ACME-DNC": { listed: false, checkedAt: iso(NOW - D) } },
  ...over,
});

type Fact = { name: string; covers: boolean; listed?: boolean; apply: (F: number) => object };
/** A dated fact that ends (or, for the controls, does not end) the email's permission at F. */
const FACTS: Fact[] = [
  {
    name: "withdrawal of everything",
    covers: true,
    apply: (F) => ({
      consents: [...base().consents, { id: "w", type: "withdraw", at: iso(F), scope: {} }],
    }),
  },
  {
    name: "withdrawal of email marketing",
    covers: true,
    apply: (F) => ({
      consents: [
        ...base().consents,
        {
          id: "w",
          type: "withdraw",
          at: iso(F),
          scope: { channels: ["email"], purposes: ["marketing"] },
        },
      ],
    }),
  },
  {
    name: "suppression of email",
    covers: true,
    apply: (F) => ({ suppressions: [{ reason: "unsubscribe", at: iso(F), channels: ["email"] }] }),
  },
  {
    name: "suppression of everything",
    covers: true,
    apply: (F) => ({ suppressions: [{ reason: "legal", at: iso(F) }] }),
  },
  {
    // An objection to direct marketing (GDPR Art. 21) stops marketing on every channel, whatever
    // channels it was recorded for: dated later, it bounds the email too.
    name: "objection recorded for sms",
    covers: true,
    apply: (F) => ({ suppressions: [{ reason: "objection", at: iso(F), channels: ["sms"] }] }),
  },
  {
    name: "register check going stale",
    covers: true,
    apply: (F) => ({
      registers: { "ACME-DNC": { listed: false, checkedAt: iso(F - 30 * D - 1) } },
    }),
  },
  {
    name: "consent expiring",
    covers: true,
    apply: (F) => ({
      consents: [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z", expiresAt: iso(F) }],
    }),
  },
  {
    name: "purchase that stops overriding a listing",
    covers: true,
    listed: true,
    apply: (F) => ({
      registers: { "ACME-DNC": { listed: true, checkedAt: iso(NOW - D) } },
      relationship: { lastPurchaseAt: iso(F - 10 * D - 1) },
    }),
  },
  // Controls: facts that do not end the email's permission.
  {
    name: "withdrawal of sms only",
    covers: false,
    apply: (F) => ({
      consents: [
        ...base().consents,
        { id: "w", type: "withdraw", at: iso(F), scope: { channels: ["sms"] } },
      ],
    }),
  },
  {
    name: "unsubscribe from sms only",
    covers: false,
    apply: (F) => ({ suppressions: [{ reason: "unsubscribe", at: iso(F), channels: ["sms"] }] }),
  },
  {
    name: "suppression of service only",
    covers: false,
    apply: (F) => ({ suppressions: [{ reason: "other", at: iso(F), purposes: ["service"] }] }),
  },
];

describe("no deferral at or after a fact in the record that ends permission", () => {
  it("the send waits for the pause only when it can go before the fact; else deadline.unreachable", () => {
    let bounded = 0;
    let deferred = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FACTS.length - 1 }),
        // The fact: a minute to 9 days ahead; the pause: over in up to 10 days.
        fc.integer({ min: 1, max: 9 * 24 * 60 }).map((m) => NOW + m * 60_000),
        fc.integer({ min: 0, max: 10 * 24 * 60 }).map((m) => NOW + m * 60_000),
        (k, F, pauseEnd) => {
          const fact = FACTS[k] as Fact;
          // A purchase override needs the purchase before now.
          fc.pre(!fact.listed || F - 10 * D - 1 <= NOW);
          const pause =
            pauseEnd > NOW ? { pause: { from: iso(NOW - H), until: iso(pauseEnd) } } : {};
          const customer = base({ ...fact.apply(F), preferences: pause });
          const d = decide(fact.listed ? listedPlan : plan, {
            customer: customer as never,
            message,
            now,
          });
          const at = d.sendAt === undefined ? undefined : Date.parse(d.sendAt);
          if (fact.covers) {
            if (at !== undefined) expect(at, fact.name).toBeLessThan(F);
            if (pauseEnd < F) {
              expect(d.verdict, fact.name).toBe(pauseEnd > NOW ? "defer" : "send");
              expect(at).toBe(Math.max(NOW, pauseEnd));
              if (pauseEnd > NOW) deferred++;
            } else {
              expect(d.verdict, fact.name).toBe("deny");
              const r = d.reasons.find((x) => x.code === "deadline.unreachable");
              expect(r?.message).toContain(iso(F));
              bounded++;
            }
          } else {
            // A fact that does not cover the email does not bound it.
            expect(d.verdict, fact.name).toBe(pauseEnd > NOW ? "defer" : "send");
            expect(at).toBe(Math.max(NOW, pauseEnd));
          }
        },
      ),
      { numRuns: RUNS, seed: 1515 },
    );
    // Both sides of the bound were reached.
    expect(bounded).toBeGreaterThan(RUNS / 20);
    expect(deferred).toBeGreaterThan(RUNS / 20);
  });

  it("names what ends the permission", () => {
    const F = NOW + 2 * D;
    const customer = base({
      suppressions: [{ reason: "unsubscribe", at: iso(F) }],
      preferences: { pause: { until: iso(NOW + 3 * D) } },
    });
    const d = decide(plan, { customer: customer as never, message, now });
    expect(d.verdict).toBe("deny");
    expect(d.reasons.find((r) => r.code === "deadline.unreachable")?.message).toContain(
      `a suppression (unsubscribe) starts at ${iso(F)}`,
    );
  });
});
