/**
 * A customer known to be in the United States but not in which state (jurisdiction `US`) is held
 * to every state's restrictive rules, not only the federal ones: for any customer, message and
 * instant, the decision for `US` is never more permissive than for any state, DC or territory —
 * no channel sends for `US` where some state blocks it, and none sends earlier (fast-check, seeded).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jurisdictionBinds } from "../src/engine/target.js";
import {
  BUNDLED_PACKS,
  type CustomerInput,
  compilePolicy,
  type Decision,
  decide,
  type MessageInput,
} from "../src/index.js";
import { US_STATE_CODES } from "../src/packs/us-states/index.js";

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: 20261204 };
const DAY = 86_400_000;
const T0 = Date.parse("2021-01-01T00:00:00Z");
const T1 = Date.parse("2027-06-01T00:00:00Z");
const plan = compilePolicy({ id: "p", packs: ["US"], horizon: "P14D" });
const REGISTERS = Object.values(BUNDLED_PACKS)
  .filter((p) => p.code === "US" || p.code.startsWith("US-"))
  .flatMap((p) => (p.policy.registers ?? []).map((r) => r.id));
const ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Puerto_Rico",
  "Pacific/Guam",
];
const TOPICS = ["loans", "cars"];

const consentArb = fc.record({
  at: fc.integer({ min: T0 - 400 * DAY, max: T1 }),
  type: fc.constantFrom("grant" as const, "withdraw" as const),
  method: fc.constantFrom("written" as const, "single-opt-in" as const, "verbal" as const),
  channel: fc.option(fc.constantFrom("voice", "sms", "email"), { nil: undefined }),
});
const registerArb = fc.record({
  listed: fc.boolean(),
  age: fc.integer({ min: 0, max: 120 }),
});
const historyArb = fc.record({
  ago: fc.integer({ min: 0, max: 3 * DAY }),
  channel: fc.constantFrom("voice", "sms", "email"),
  topic: fc.constantFrom(...TOPICS),
});

const caseArb = fc.record({
  state: fc.constantFrom(...US_STATE_CODES),
  tz: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  type: fc.constantFrom("consumer" as const, "business" as const),
  now: fc.integer({ min: T0, max: T1 }),
  consents: fc.array(consentArb, { maxLength: 3 }),
  registers: fc.dictionary(fc.constantFrom(...REGISTERS), registerArb, { maxKeys: 6 }),
  history: fc.array(historyArb, { maxLength: 5 }),
  purchasedDaysAgo: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
  channels: fc.subarray(["voice", "sms", "email"], { minLength: 1 }),
  automated: fc.boolean(),
  topic: fc.constantFrom(...TOPICS),
  maxDelay: fc.constantFrom(undefined, "PT1H", "P3D"),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const iso = (t: number) => new Date(t).toISOString();

function input(
  c: Case,
  jurisdiction: string,
): { customer: CustomerInput; message: MessageInput; now: string } {
  return {
    customer: {
      id: "c",
      jurisdiction,
      type: c.type,
      ...(c.tz === undefined ? {} : { timeZone: c.tz }),
      contacts: {
        voice: { address: "+15555550123" },
        sms: { address: "+15555550123" },
        email: { address: "c@example.com" },
      },
      consents: c.consents.map((e, i) => ({
        id: `e${i}`,
        type: e.type,
        at: iso(e.at),
        ...(e.type === "grant" ? { method: e.method } : {}),
        ...(e.channel === undefined ? {} : { scope: { channels: [e.channel] } }),
      })),
      registers: Object.fromEntries(
        Object.entries(c.registers).map(([id, r]) => [
          id,
          { listed: r.listed, checkedAt: iso(c.now - r.age * DAY) },
        ]),
      ),
      ...(c.purchasedDaysAgo === undefined
        ? {}
        : { relationship: { lastPurchaseAt: iso(c.now - c.purchasedDaysAgo * DAY) } }),
    },
    message: {
      purpose: "marketing",
      channels: c.channels,
      automated: c.automated,
      topic: c.topic,
      ...(c.maxDelay === undefined ? {} : { maxDelay: c.maxDelay }),
    },
    now: iso(c.now),
  };
}

function decideFor(c: Case, jurisdiction: string): Decision {
  const i = input(c, jurisdiction);
  return decide(plan, {
    ...i,
    history: c.history.map((h) => ({
      at: iso(c.now - h.ago),
      channel: h.channel,
      purpose: "marketing" as const,
      topic: h.topic,
    })),
  });
}

/** Each channel's earliest send (epoch ms), or +∞ where it is blocked. */
function perChannel(d: Decision): Map<string, number> {
  return new Map(
    d.channels.map((ch) => [
      ch.channel,
      ch.status === "ok" && ch.sendAt !== undefined
        ? Date.parse(ch.sendAt)
        : Number.POSITIVE_INFINITY,
    ]),
  );
}

describe("a US customer without a state", () => {
  it("is bound by every state's restrictive rules (jurisdictionBinds), and no state's by another", () => {
    expect(jurisdictionBinds("US", "US-TX")).toBe(true);
    expect(jurisdictionBinds("US", "US")).toBe(true);
    expect(jurisdictionBinds("US-FL", "US-TX")).toBe(false);
    expect(jurisdictionBinds("CA", "US-TX")).toBe(false);
    expect(jurisdictionBinds("US-TX", "US")).toBe(true);
  });

  it("is never decided more permissively than the same customer in any one state", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const inState = perChannel(decideFor(c, c.state));
        const unknown = perChannel(decideFor(c, "US"));
        for (const [ch, t] of inState) {
          const u = unknown.get(ch) ?? Number.POSITIVE_INFINITY;
          expect(u, `${ch}: US sends at ${u}, ${c.state} at ${t}`).toBeGreaterThanOrEqual(t);
        }
      }),
      runs,
    );
  });

  it("cites the state rules that bind it: a Sunday-noon call in an unknown state waits for Monday (Alabama, Louisiana, Mississippi: no Sunday calls)", () => {
    const d = decide(plan, {
      customer: {
        id: "c",
        jurisdiction: "US",
        timeZone: "America/Chicago",
        contacts: { voice: { address: "+15555550123" } },
        consents: [{ id: "w", type: "grant", at: "2025-01-01T00:00:00Z", method: "written" }],
        registers: Object.fromEntries(
          REGISTERS.map((id) => [id, { listed: false, checkedAt: "2026-05-09T00:00:00Z" }]),
        ),
      },
      message: { purpose: "marketing", channels: ["voice"], automated: false, maxDelay: "PT1H" },
      now: "2026-05-10T17:00:00Z",
    });
    // Deferred to Monday 10:00 Central (Kentucky's hours start at 10 a.m.).
    expect(d.verdict).toBe("defer");
    expect(d.verdict === "defer" && d.sendAt).toBe("2026-05-11T15:00:00.000Z");
    const rules = d.channels.flatMap((ch) => ch.reasons.map((r) => r.rule));
    expect(rules).toEqual(expect.arrayContaining(["US-AL-HOURS", "US-LA-HOURS", "US-MS-HOURS"]));
    // The same call to a customer known to be in Illinois sends.
    const il = decide(plan, {
      customer: {
        id: "c",
        jurisdiction: "US-IL",
        timeZone: "America/Chicago",
        contacts: { voice: { address: "+15555550123" } },
        consents: [{ id: "w", type: "grant", at: "2025-01-01T00:00:00Z", method: "written" }],
        registers: Object.fromEntries(
          REGISTERS.map((id) => [id, { listed: false, checkedAt: "2026-05-09T00:00:00Z" }]),
        ),
      },
      message: { purpose: "marketing", channels: ["voice"], automated: false, maxDelay: "PT1H" },
      now: "2026-05-10T17:00:00Z",
    });
    expect(il.verdict).toBe("send");
  });
});
