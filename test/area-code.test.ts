/**
 * A US customer's telephone number presumes the state of its area code (Fla. Stat.
 * § 501.059(8)(d); see the US-FL pack's notes): a call or text to it is held to the restrictive
 * rules of that state too. For any customer, message, instant and area code, the decision with
 * the area code is never more permissive than with a number that presumes no state — no channel
 * sends where it was blocked, and none sends earlier (fast-check, seeded).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canApplyIn, compileTarget } from "../src/engine/target.js";
import { compilePolicy, type Decision, decide } from "../src/index.js";
import {
  areaCodeJurisdiction,
  nanpAreaCode,
  presumedJurisdiction,
  usAreaCodes,
} from "../src/model/area-codes.js";
import { BUNDLED_PACKS } from "../src/packs/index.js";
import { US_STATE_CODES } from "../src/packs/us-states/index.js";

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200), seed: 20261204 };
const DAY = 86_400_000;
const T0 = Date.parse("2021-01-01T00:00:00Z");
const T1 = Date.parse("2027-06-01T00:00:00Z");
const plan = compilePolicy({ id: "p", packs: ["US"], horizon: "P14D" });
const REGISTERS = Object.values(BUNDLED_PACKS)
  .filter((p) => p.code === "US" || p.code.startsWith("US-"))
  .flatMap((p) => (p.policy.registers ?? []).map((r) => r.id));
const NPAS = usAreaCodes().map(([npa]) => npa);
const ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"];
const iso = (t: number) => new Date(t).toISOString();

const caseArb = fc.record({
  state: fc.constantFrom(...US_STATE_CODES),
  npa: fc.constantFrom(...NPAS),
  tz: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  now: fc.integer({ min: T0, max: T1 }),
  consent: fc.option(fc.constantFrom("written" as const, "verbal" as const), { nil: undefined }),
  registers: fc.dictionary(
    fc.constantFrom(...REGISTERS),
    fc.record({ listed: fc.boolean(), age: fc.integer({ min: 0, max: 120 }) }),
    { maxKeys: 6 },
  ),
  history: fc.array(fc.integer({ min: 0, max: 3 * DAY }), { maxLength: 4 }),
  channels: fc.subarray(["voice", "sms", "email"], { minLength: 1 }),
  automated: fc.boolean(),
  maxDelay: fc.constantFrom(undefined, "PT1H", "P3D"),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function decideFor(c: Case, number: string): Decision {
  return decide(plan, {
    customer: {
      id: "c",
      jurisdiction: c.state,
      ...(c.tz === undefined ? {} : { timeZone: c.tz }),
      contacts: {
        voice: { address: number },
        sms: { address: number },
        email: { address: "c@example.com" },
      },
      consents:
        c.consent === undefined
          ? []
          : [{ id: "g", type: "grant", at: iso(T0 - 30 * DAY), method: c.consent }],
      registers: Object.fromEntries(
        Object.entries(c.registers).map(([id, r]) => [
          id,
          { listed: r.listed, checkedAt: iso(c.now - r.age * DAY) },
        ]),
      ),
    },
    message: {
      purpose: "marketing",
      channels: c.channels,
      automated: c.automated,
      topic: "solar",
      ...(c.maxDelay === undefined ? {} : { maxDelay: c.maxDelay }),
    },
    now: iso(c.now),
    history: c.history.map((ago) => ({
      at: iso(c.now - ago),
      channel: "voice",
      purpose: "marketing" as const,
      topic: "solar",
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

describe("the area-code table", () => {
  it("names every state, DC and the territories, each code once", () => {
    const states = new Set(usAreaCodes().map(([, j]) => j));
    for (const code of US_STATE_CODES) expect(states.has(code), code).toBe(true);
    expect(new Set(NPAS).size).toBe(NPAS.length);
    expect(["787", "939", "340", "671", "670", "684", "202"].map(areaCodeJurisdiction)).toEqual([
      "US-PR",
      "US-PR",
      "US-VI",
      "US-GU",
      "US-MP",
      "US-AS",
      "US-DC",
    ]);
    // Toll-free, Canadian and Caribbean codes presume no US state.
    for (const npa of ["800", "888", "416", "604", "876", "555"])
      expect(areaCodeJurisdiction(npa), npa).toBeUndefined();
  });

  it("agrees with NANPA's NPA database on a sample, and holds all 380 assigned US codes", () => {
    // From NANPA's npa_report.csv (File Date 11/26/2025, the copy at github.com/taus9/trim-npa-report,
    // commit 0dd079f; checked 2026-12-04): every twelfth assigned US geographic code and the eight
    // the first version lacked, as NPA:LOCATION.
    const sample =
      "201:NJ 215:PA 231:MI 262:WI 303:CO 317:IN 331:IL 352:FL 357:CA 402:NE 417:MO 443:MD 465:NY " +
      "471:MS 472:NC 483:AL 507:MN 531:NE 565:GA 601:MS 616:MI 621:TX 631:NY 661:CA 686:VA 715:WI " +
      "729:TN 730:IL 760:CA 761:KY 779:IL 810:MI 830:TX 850:FL 870:AR 913:KS 930:IN 948:VA 978:MA";
    for (const pair of sample.split(" ")) {
      const [npa, state] = pair.split(":") as [string, string];
      expect(areaCodeJurisdiction(npa), npa).toBe(`US-${state}`);
    }
    expect(NPAS).toHaveLength(380);
    // Unassigned or non-geographic in the same file: 627 and 935 (US, not assigned), 710 (US
    // government, non-geographic), 456 (not assigned).
    for (const npa of ["627", "935", "710", "456"])
      expect(areaCodeJurisdiction(npa), npa).toBeUndefined();
  });

  it("reads the area code of E.164 and national NANP numbers, and of nothing else", () => {
    expect(nanpAreaCode("+13055550123")).toBe("305");
    expect(nanpAreaCode("(212) 555-0123")).toBe("212");
    expect(nanpAreaCode("1-405-555-0123")).toBe("405");
    expect(nanpAreaCode("+442079460000")).toBeUndefined();
    expect(nanpAreaCode("+4930555501234")).toBeUndefined();
    expect(nanpAreaCode("joe@example.com")).toBeUndefined();
    expect(nanpAreaCode("+11055550123")).toBeUndefined(); // no NPA starts with 0 or 1
    expect(presumedJurisdiction("+13055550123")).toBe("US-FL");
  });
});

describe("a presumed jurisdiction", () => {
  const facts = {
    jurisdiction: "US-NY",
    customerType: "consumer" as const,
    channel: "voice",
    kind: "telephone" as const,
    purpose: "marketing" as const,
    automated: false,
    at: Date.parse("2026-05-05T00:30:00Z"),
    sector: undefined,
    senderType: "commercial" as const,
    addressee: "natural-person" as const,
    messageFacts: {},
    presumed: ["US-FL"],
  };
  it("binds restrictive elements of its state, not permissive ones", () => {
    const restrictive = compileTarget({ jurisdictions: ["US-FL"] }, undefined, {
      restrictive: true,
    });
    const permissive = compileTarget({ jurisdictions: ["US-FL"] });
    expect(restrictive(facts)).toBe(true);
    expect(permissive(facts)).toBe(false);
    expect(restrictive({ ...facts, presumed: [] })).toBe(false);
    expect(canApplyIn(restrictive, "US-NY", ["US-FL"])).toBe(true);
    expect(canApplyIn(restrictive, "US-NY")).toBe(false);
    expect(canApplyIn(permissive, "US-NY", ["US-FL"])).toBe(false);
  });

  it("holds a call to a 305 number of a New York customer to Florida's hours, and cites them", () => {
    const at = (number: string) =>
      decide(plan, {
        customer: {
          id: "c",
          jurisdiction: "US-NY",
          timeZone: "America/New_York",
          contacts: { voice: { address: number } },
          registers: Object.fromEntries(
            REGISTERS.map((id) => [id, { listed: false, checkedAt: "2026-05-01T00:00:00Z" }]),
          ),
        },
        message: { purpose: "marketing", channels: ["voice"], automated: false },
        now: "2026-05-05T00:30:00Z",
      });
    const fl = at("+13055550123");
    expect(fl.verdict).toBe("defer");
    expect(fl.verdict === "defer" && fl.sendAt).toBe("2026-05-05T12:00:00.000Z");
    expect(fl.channels.flatMap((ch) => ch.reasons.map((r) => r.rule))).toContain("US-FL-FTA-HOURS");
    expect(at("+12125550123").verdict).toBe("send");
  });

  it("times a customer with no zone in the zones of the number's state too (850: Florida's Central panhandle)", () => {
    const at = (number: string, timeZone?: string) =>
      decide(plan, {
        customer: {
          id: "c",
          jurisdiction: "US-NY",
          ...(timeZone === undefined ? {} : { timeZone }),
          contacts: { voice: { address: number } },
          registers: Object.fromEntries(
            REGISTERS.map((id) => [id, { listed: false, checkedAt: "2026-05-01T00:00:00Z" }]),
          ),
        },
        message: { purpose: "marketing", channels: ["voice"], automated: false },
        // 08:30 in New York, 07:30 in Pensacola.
        now: "2026-05-05T12:30:00Z",
      });
    const fl = at("+18505550123");
    expect(fl.verdict).toBe("defer");
    // 08:00 Central, when Florida's hours open in every zone of New York and Florida.
    expect(fl.verdict === "defer" && fl.sendAt).toBe("2026-05-05T13:00:00.000Z");
    const tz = fl.channels[0]?.reasons.find((r) => r.code === "timezone.unknown");
    expect(tz?.message).toContain("every zone of US-NY and US-FL (the number's area code)");
    expect(tz?.message).toContain("America/Chicago");
    // A New York number, or a customer whose zone is known, is timed where they are.
    expect(at("+12125550123").verdict).toBe("send");
    expect(at("+18505550123", "America/New_York").verdict).toBe("send");
  });

  it("never makes a decision more permissive than with a number that presumes no state", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const neutral = perChannel(decideFor(c, "+15555550123"));
        const coded = perChannel(decideFor(c, `+1${c.npa}5550123`));
        for (const [ch, t] of neutral) {
          const u = coded.get(ch) ?? Number.POSITIVE_INFINITY;
          expect(u, `${ch}: ${c.npa} sends at ${u}, no area code at ${t}`).toBeGreaterThanOrEqual(
            t,
          );
        }
      }),
      runs,
    );
  });
});
