/**
 * The plan indexed by jurisdiction: a decision walks only the elements that may apply to the
 * customer's jurisdiction. Every element left out of a jurisdiction's view is checked to be one
 * that cannot apply there, under every combination of the other facts (so decisions are the same
 * as with the whole plan; the decision snapshot checks that too).
 */
import { describe, expect, it } from "vitest";
import { _planFor } from "../src/engine/pipeline/by-jurisdiction.js";
import type { TargetMatcher } from "../src/engine/target.js";
import { compilePolicy } from "../src/index.js";
import { US_STATE_CODES } from "../src/packs/us-states/index.js";

const plan = compilePolicy({ id: "p", packs: "auto" });
const LISTS = [
  "existingCustomer",
  "optOut",
  "consentRequirements",
  "registers",
  "rules",
  "time",
  "caps",
  "refusals",
  "afterOptOut",
  "changes",
] as const;
type El = { readonly applies: TargetMatcher; readonly id?: string };
const list = (p: typeof plan, l: (typeof LISTS)[number]) => p._[l] as readonly El[];
const ids = (p: typeof plan, l: (typeof LISTS)[number]) =>
  list(p, l).flatMap((e) => (e.id === undefined ? [] : [e.id]));

const INSTANTS = [
  "1990-01-01",
  "2003-06-01",
  "2021-07-01",
  "2024-01-01",
  "2026-05-01",
  "2027-06-01",
].map((d) => Date.parse(`${d}T12:00:00Z`));
const CHANNELS = [
  ["voice", "telephone"],
  ["sms", "telephone"],
  ["email", "electronic"],
  ["whatsapp", "electronic"],
  ["post", "mail"],
  ["push", "online"],
] as const;

/**
 * Whether `applies` holds for some facts in `jurisdiction`: every channel, purpose, automation,
 * customer type and instant, with the sender type and addressee cycling through all their values
 * across those (every value of each is tried; not every pairing with every other fact, which
 * made this test take minutes).
 */
function anyFacts(applies: TargetMatcher, jurisdiction: string): boolean {
  const SENDERS = ["commercial", "charity", "political"] as const;
  const ADDRESSEES = ["natural-person", "role"] as const;
  let n = 0;
  for (const [channel, kind] of CHANNELS)
    for (const purpose of ["marketing", "service", "transactional"] as const)
      for (const automated of [false, true])
        for (const customerType of ["consumer", "business"] as const)
          for (const at of INSTANTS) {
            n++;
            const f = { jurisdiction, channel, kind, purpose, automated, customerType, at };
            const more = {
              sector: undefined,
              senderType: SENDERS[n % 3] as (typeof SENDERS)[number],
              addressee: ADDRESSEES[Math.floor(n / 3) % 2] as (typeof ADDRESSEES)[number],
              messageFacts: {},
            };
            if (applies({ ...f, ...more })) return true;
          }
  return false;
}

// A state of each kind (its own hours, lists, caps, holidays; several zones; none of its own),
// the territories, a customer known only as US, and countries with and without packs.
const STATES = ["US-TX", "US-FL", "US-CT", "US-NY", "US-LA", "US-OK", "US-IN", "US-WY", "US-AK"];
const CODES = [...STATES, "US", "PR", "GU", "NO", "FR", "GB", "DE", "CA", "AU", "XK"];
// Every state code still resolves to a view (the views of the others are built the same way).
const ALL = [...US_STATE_CODES];

describe("the plan indexed by jurisdiction", () => {
  it.each(CODES.map((c) => [c]))("%s: every element left out cannot apply there", (code) => {
    const view = _planFor(plan, code);
    for (const l of LISTS) {
      const kept = new Set(list(view, l));
      for (const el of list(plan, l))
        if (!kept.has(el)) expect(anyFacts(el.applies, code), `${l} ${el.id ?? ""}`).toBe(false);
    }
  });

  it("builds a view for every state, DC and territory", () => {
    for (const code of ALL) expect(_planFor(plan, code)._.time.length).toBeGreaterThan(0);
  });

  it("keeps a state's own rules, the federal ones and, for a customer without a state, every state's restrictive ones", () => {
    const tx = _planFor(plan, "US-TX");
    const time = ids(tx, "time");
    expect(time).toContain("US-TX-HOURS");
    expect(time).toContain("US-TCPA-HOURS");
    expect(time.filter((id) => /^US-[A-Z]{2}-/.test(id) && !id.startsWith("US-TX-"))).toEqual([]);
    expect(ids(tx, "time").some((id) => id.startsWith("FR-"))).toBe(false);
    const us = _planFor(plan, "US");
    expect(ids(us, "time")).toEqual(expect.arrayContaining(["US-TX-HOURS", "US-CT-HOURS"]));
    expect(ids(us, "registers")).toEqual(expect.arrayContaining(["US-DNC", "US-TX-DNC"]));
    expect(ids(us, "optOut")).toContain("US-LIVE-CALLS-OPT-OUT");
    expect(ids(_planFor(plan, "NO"), "time").some((id) => id.startsWith("US-"))).toBe(false);
  });

  it("builds each view once and keeps the whole plan where nothing is left out", () => {
    expect(_planFor(plan, "US-TX")).toBe(_planFor(plan, "US-TX"));
    const plain = compilePolicy({
      id: "q",
      windows: [{ id: "w", windows: [{ from: "08:00", until: "20:00" }] }],
    });
    expect(_planFor(plain, "NO")).toBe(plain);
  });
});
