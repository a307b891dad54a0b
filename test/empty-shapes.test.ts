/**
 * Issue 11, class 7: empty or inverted shapes. A suppression with `channels: []` or
 * `purposes: []`, a pause whose `until` is at or before its `from`, an empty `contactHours`, a
 * withdrawal naming a channel the policy does not know but that looks like one of its own, a
 * message whose deadline is not after its `notBefore`: each is invalid input, said so with the
 * path, and never a send. Zero durations and empty lists in a policy are refused at compile.
 */

import {
  compilePolicy,
  decide,
  decideEach,
  InputError,
  parseCustomer,
  safeCompilePolicy,
} from "consentry";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _fastParseCustomer } from "../src/model/fast-customer.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const now = "2026-05-06T10:00:00Z";
const NOW = Date.parse(now);
// A sender whose messages name it and carry an opt-out (ePrivacy Art. 13(4) is tested elsewhere).
const plan = compilePolicy({
  id: "shapes",
  packs: ["NO"],
  messageDefaults: { facts: { senderIdentified: true, optOut: true } },
});
const base = {
  id: "c1",
  jurisdiction: "NO",
  timeZone: "Europe/Oslo",
  contacts: { email: { address: "a@example.no" }, sms: { address: "+4791234567" } },
  consents: [{ id: "g", type: "grant", at: "2026-01-01T00:00:00Z" }],
};
const message = { purpose: "marketing" as const, channels: ["email", "sms"] };
const iso = (t: number) => new Date(t).toISOString();
const instant = fc.integer({ min: -400, max: 400 }).map((d) => NOW + d * 3_600_000);

type Shape = { name: string; path: readonly unknown[]; record: Readonly<Record<string, unknown>> };
/** One empty or inverted shape in an otherwise valid record. */
const shape: fc.Arbitrary<Shape> = fc.oneof(
  fc
    .tuple(fc.constantFrom("unsubscribe", "complaint", "legal"), fc.option(instant))
    .map(([reason, at]) => ({
      name: "suppression with channels: []",
      path: ["suppressions", 0, "channels"],
      record: {
        ...base,
        suppressions: [{ reason, channels: [], ...(at === null ? {} : { at: iso(at) }) }],
      },
    })),
  fc.constantFrom("unsubscribe", "objection").map((reason) => ({
    name: "suppression with purposes: []",
    path: ["suppressions", 0, "purposes"],
    record: { ...base, suppressions: [{ reason, purposes: [] }] },
  })),
  fc.tuple(instant, fc.integer({ min: 0, max: 400 * 3_600_000 })).map(([from, back]) => ({
    name: "pause with until at or before from",
    path: ["preferences", "pause", "until"],
    record: { ...base, preferences: { pause: { from: iso(from), until: iso(from - back) } } },
  })),
  fc.constant({
    name: "contactHours: []",
    path: ["preferences", "contactHours"],
    record: { ...base, preferences: { contactHours: [] } },
  }),
  fc
    .tuple(fc.constantFrom("e-mail", "emial", "smss", "text", "e_mail"), instant)
    .map(([ch, at]) => ({
      name: "withdrawal naming a look-alike of a channel",
      path: ["consents", 1, "scope", "channels", 0],
      record: {
        ...base,
        consents: [
          ...base.consents,
          { id: "w", type: "withdraw", at: iso(Math.min(at, NOW)), scope: { channels: [ch] } },
        ],
      },
    })),
);

describe("empty or inverted shapes are invalid input, never a send", () => {
  it("each is input.invalid with its path, in batches and in decide", () => {
    fc.assert(
      fc.property(shape, (s) => {
        const [d] = [...decideEach(plan, [s.record], { message, now })];
        expect(d?.verdict, s.name).toBe("deny");
        expect(d?.channels, s.name).toEqual([]);
        expect(d?.reasons.map((r) => r.code)).toEqual(
          d?.reasons.map(() => "input.invalid" as const),
        );
        expect(d?.reasons.some((r) => JSON.stringify(r.path) === JSON.stringify(s.path))).toBe(
          true,
        );
        expect(() => decide(plan, { customer: s.record as never, message, now })).toThrow(
          InputError,
        );
        // The fast path never accepts a shape the schema refuses (a look-alike channel is a name:
        // the policy refuses it).
        if (s.name !== "withdrawal naming a look-alike of a channel")
          expect(_fastParseCustomer(s.record)).toBeUndefined();
      }),
      { numRuns: RUNS, seed: 707 },
    );
  });

  it("the same shapes, not empty and not inverted, do what they say", () => {
    const sup = { ...base, suppressions: [{ reason: "complaint", channels: ["sms"] }] };
    const d = decide(plan, {
      customer: sup as never,
      message: { ...message, channels: ["sms"] },
      now,
    });
    expect(d.reasons.map((r) => r.code)).toContain("suppressed");
    const purposes = { ...base, suppressions: [{ reason: "legal", purposes: ["marketing"] }] };
    expect(decide(plan, { customer: purposes as never, message, now }).verdict).toBe("deny");
    const pause = {
      ...base,
      preferences: { pause: { from: iso(NOW - 3_600_000), until: iso(NOW + 86_400_000) } },
    };
    const p = decide(plan, { customer: pause as never, message, now });
    expect(p.verdict).toBe("defer");
    expect(p.sendAt).toBe(iso(NOW + 86_400_000));
    expect(parseCustomer({ ...base, preferences: { pause: {} } }).success).toBe(true);
  });

  it("a message whose deadline is not after notBefore is refused", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 100 * 3_600_000 }), (nb, back) => {
        expect(() =>
          decide(plan, {
            customer: base as never,
            message: { ...message, notBefore: iso(nb), deadline: iso(nb - back) },
            now,
          }),
        ).toThrow(InputError);
      }),
      { numRuns: 50, seed: 3 },
    );
  });

  it("a policy with a zero duration or an empty list where one would loosen it is refused", () => {
    for (const bad of [
      { caps: [{ id: "c", max: 1, window: "PT0S" }] },
      { blackouts: [{ id: "b", rrule: "FREQ=DAILY", duration: "P0D" }] },
      { quietHours: [{ id: "q", windows: [] }] },
      { windows: [{ id: "w", windows: [] }] },
      { optOut: [{ id: "o", channels: [] }] },
      { registers: [{ id: "r", maxAge: "P30D", channels: [] }] },
      { quietHours: [{ id: "q", windows: [{ days: [], from: "21:00", until: "08:00" }] }] },
    ]) {
      const r = safeCompilePolicy({ id: "p", ...bad });
      expect(r.success, JSON.stringify(bad)).toBe(false);
    }
  });
});
