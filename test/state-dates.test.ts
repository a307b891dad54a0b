/**
 * State rules in force by date: each dated state rule starts at midnight of its first day in the
 * state's easternmost zone (and ends at the last midnight anywhere in the state), checked against
 * the tz database for every state and every date a rule names; and a send just before and just
 * after each change is judged under the law of its instant.
 */
import { describe, expect, it } from "vitest";
import { compileTarget } from "../src/engine/target.js";
import { BUNDLED_PACKS, compilePolicy, decide } from "../src/index.js";
import { US_FL } from "../src/packs/us-fl/index.js";
import {
  statePack,
  stateRuleEnd,
  stateRuleStart,
  stateRules,
  US_STATE_CODES,
  US_STATE_DATA,
} from "../src/packs/us-states/index.js";
import { zonesOfJurisdiction } from "../src/time/zone-table.js";
import { wallToInstant } from "../src/time/zones.js";

const DAY = 86_400_000;
const wall = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The earliest and latest instants at which `date` begins somewhere in the state. */
function midnights(code: string, date: string): [number, number] {
  const ts = zonesOfJurisdiction(code).map((z) => wallToInstant(z, wall(date)));
  return [Math.min(...ts), Math.max(...ts)];
}

const ruleDates = Object.values(US_STATE_DATA).flatMap((s) =>
  stateRules(s).flatMap((r) => [r.from, r.until].filter((d): d is string => d !== undefined)),
);
/** Every rule's dates, and the days around each US DST change from 1987 to 2030. */
const DATES = [...new Set(ruleDates)];
for (let y = 1987; y <= 2030; y++)
  for (const m of [3, 4, 10, 11])
    for (let d = 1; d <= 31; d += 1) {
      const t = Date.UTC(y, m - 1, d);
      if (new Date(t).getUTCMonth() === m - 1 && new Date(t).getUTCDay() <= 1)
        DATES.push(new Date(t).toISOString().slice(0, 10));
    }

describe("state rule dates", () => {
  it.each(US_STATE_CODES.map((c) => [c]))(
    "%s: a rule starts at the earliest midnight in the state and ends at the latest",
    (code) => {
      for (const date of DATES) {
        const [east, west] = midnights(code, date);
        expect(Date.parse(stateRuleStart(code, date)), `${code} ${date}`).toBe(east);
        const prev = new Date(wall(date) - DAY).toISOString().slice(0, 10);
        expect(Date.parse(stateRuleEnd(code, prev)), `${code} end ${prev}`).toBe(west);
      }
    },
  );

  it("every dated state rule's element carries those instants and applies from them, not before", () => {
    let checked = 0;
    for (const s of Object.values(US_STATE_DATA)) {
      const pack = statePack(s);
      const els = Object.values(pack.policy).flat() as unknown as {
        id: string;
        from?: string;
        until?: string;
        channels: string[];
        purposes: ("marketing" | "service" | "transactional")[];
        automated?: boolean;
        customerTypes?: ("consumer" | "business")[];
      }[];
      for (const r of stateRules(s)) {
        const el = els.find((e) => e.id === r.id);
        expect(el, r.id).toBeDefined();
        if (el === undefined) continue;
        expect(el.from).toBe(r.from === undefined ? undefined : stateRuleStart(s.code, r.from));
        expect(el.until).toBe(r.until === undefined ? undefined : stateRuleEnd(s.code, r.until));
        if (el.from === undefined) continue;
        const applies = compileTarget({ ...el, jurisdictions: [s.code] });
        const facts = (at: number) => ({
          jurisdiction: s.code,
          customerType: el.customerTypes?.[0] ?? ("consumer" as const),
          channel: el.channels[0] as string,
          kind: "telephone" as const,
          purpose: "marketing" as const,
          automated: el.automated ?? true,
          sector: undefined,
          senderType: "commercial" as const,
          addressee: "natural-person" as const,
          messageFacts: {},
          at,
        });
        const from = Date.parse(el.from);
        expect(applies(facts(from - 1)), `${r.id} before`).toBe(false);
        expect(applies(facts(from)), `${r.id} at`).toBe(true);
        if (el.until !== undefined) {
          expect(applies(facts(Date.parse(el.until) - 1)), `${r.id} last`).toBe(true);
          expect(applies(facts(Date.parse(el.until))), `${r.id} after`).toBe(false);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});

const plan = compilePolicy({ id: "p", packs: ["US"] });
const written = [
  { id: "w", type: "grant" as const, at: "2020-01-01T00:00:00Z", method: "written" as const },
];
/** Every US register id, so a customer can be screened clean against all of them. */
const REGISTERS = Object.values(BUNDLED_PACKS)
  .filter((p) => p.code === "US" || p.code.startsWith("US-"))
  .flatMap((p) => (p.policy.registers ?? []).map((r) => r.id));
/** A live marketing call or text to a customer in `code`, zone `tz`, at `now`. */
function send(code: string, tz: string, now: string, channel: "voice" | "sms" = "voice") {
  return decide(plan, {
    customer: {
      id: "c",
      jurisdiction: code,
      timeZone: tz,
      contacts: { [channel]: { address: "+15555550123" } },
      consents: written,
      registers: Object.fromEntries(
        REGISTERS.map((id) => [
          id,
          { listed: false, checkedAt: new Date(Date.parse(now) - DAY).toISOString() },
        ]),
      ),
    },
    message: { purpose: "marketing", channels: [channel], automated: false, maxDelay: "PT1S" },
    now,
  });
}
const cited = (d: ReturnType<typeof decide>) =>
  d.channels.flatMap((c) => c.reasons).flatMap((r) => (r.rule === undefined ? [] : [r.rule]));

describe("a send just before and just after a state's change of law", () => {
  it.each([
    // Oklahoma Telephone Solicitation Act of 2022: 8 p.m. end from 1 November 2022.
    [
      "US-OK",
      "America/Chicago",
      "2022-10-31T20:30:00-05:00",
      "2022-11-01T20:30:00-05:00",
      "voice",
      "US-OK-HOURS",
    ],
    // Maryland Stop the Spam Calls Act of 2023: 8 p.m. end from 1 January 2024.
    [
      "US-MD",
      "America/New_York",
      "2023-12-31T20:30:00-05:00",
      "2024-01-01T20:30:00-05:00",
      "voice",
      "US-MD-HOURS",
    ],
    // Connecticut (PA 23-98): 9 a.m.–8 p.m. from 1 October 2023.
    [
      "US-CT",
      "America/New_York",
      "2023-09-30T20:30:00-04:00",
      "2023-10-01T20:30:00-04:00",
      "voice",
      "US-CT-HOURS",
    ],
    // Texas SB 140: texts are telephone solicitations from 1 September 2025 (Sunday hours from noon).
    [
      "US-TX",
      "America/Chicago",
      "2025-08-31T10:00:00-05:00",
      "2025-09-07T10:00:00-05:00",
      "sms",
      "US-TX-HOURS-SMS",
    ],
    // Florida CS/SB 1120: 8 p.m. end from 1 July 2021.
    [
      "US-FL",
      "America/New_York",
      "2021-06-30T20:30:00-04:00",
      "2021-07-01T20:30:00-04:00",
      "voice",
      "US-FL-FTA-HOURS",
    ],
  ] as const)(
    "%s: sends on the day before, not after (%s)",
    (code, tz, before, after, channel, rule) => {
      const a = send(code, tz, before, channel);
      expect(a.verdict, JSON.stringify(a.channels)).toBe("send");
      const b = send(code, tz, after, channel);
      expect(b.verdict).not.toBe("send");
      expect(cited(b)).toContain(rule);
    },
  );

  it("Indiana's list binds from 1 January 2002: a listed number is called on 31 December 2001, not on 2 January", () => {
    const call = (now: string) =>
      decide(plan, {
        customer: {
          id: "c",
          jurisdiction: "US-IN",
          timeZone: "America/Indiana/Indianapolis",
          contacts: { voice: { address: "+15555550123" } },
          registers: Object.fromEntries(
            REGISTERS.map((id) => [
              id,
              {
                listed: id === "US-IN-DNC",
                checkedAt: new Date(Date.parse(now) - DAY).toISOString(),
              },
            ]),
          ),
        },
        message: { purpose: "marketing", channels: ["voice"], automated: false, maxDelay: "PT1S" },
        now,
      });
    const before = call("2001-12-31T14:00:00-05:00");
    expect(before.verdict, JSON.stringify(before.channels)).toBe("send");
    const after = call("2002-01-02T14:00:00-05:00");
    expect(after.verdict).toBe("deny");
    expect(cited(after)).toContain("US-IN-DNC");
  });

  it("Massachusetts' recorded-message ban binds from 1 January 2003, its other rules' day", () => {
    const automatedCall = (now: string) =>
      decide(plan, {
        customer: {
          id: "c",
          jurisdiction: "US-MA",
          timeZone: "America/New_York",
          contacts: { voice: { address: "+15555550123" } },
          consents: [{ id: "w", type: "grant", at: "2001-01-01T00:00:00Z", method: "written" }],
          registers: Object.fromEntries(
            REGISTERS.map((id) => [
              id,
              { listed: false, checkedAt: new Date(Date.parse(now) - DAY).toISOString() },
            ]),
          ),
        },
        message: { purpose: "marketing", channels: ["voice"], automated: true, maxDelay: "PT1S" },
        now,
      });
    const before = automatedCall("2002-12-31T14:00:00-05:00");
    expect(before.verdict, JSON.stringify(before.channels)).toBe("send");
    const after = automatedCall("2003-01-01T14:00:00-05:00");
    expect(after.verdict).toBe("deny");
    expect(cited(after)).toContain("US-MA-RECORDED");
  });

  it("the first instant is midnight in the easternmost zone: one instant earlier the old law holds everywhere", () => {
    // Florida's 2021 rules start at 00:00 Eastern Daylight Time (04:00Z), an hour before midnight
    // in the Panhandle's Central zone.
    const start = Date.parse(US_FL.policy.windows?.[0]?.from ?? "");
    expect(new Date(start).toISOString()).toBe("2021-07-01T04:00:00.000Z");
    const justBefore = new Date(start - 1).toISOString();
    const justAfter = new Date(start).toISOString();
    const el = US_FL.policy.windows?.[0];
    expect(el).toBeDefined();
    const applies = compileTarget({ ...el, jurisdictions: ["US-FL"] });
    const facts = {
      jurisdiction: "US-FL",
      customerType: "consumer" as const,
      channel: "voice",
      kind: "telephone" as const,
      purpose: "marketing" as const,
      automated: false,
      sector: undefined,
      senderType: "commercial" as const,
      addressee: "natural-person" as const,
      messageFacts: {},
    };
    expect(applies({ ...facts, at: Date.parse(justBefore) })).toBe(false);
    expect(applies({ ...facts, at: Date.parse(justAfter) })).toBe(true);
  });

  it("Florida's HB 761: a decision names the version of § 501.059(8)(a) in force on its day", () => {
    const automatedCall = (now: string) =>
      decide(plan, {
        customer: {
          id: "c",
          jurisdiction: "US-FL",
          timeZone: "America/New_York",
          contacts: { voice: { address: "+13055550123" } },
          consents: written,
          registers: Object.fromEntries(
            REGISTERS.map((id) => [
              id,
              { listed: false, checkedAt: new Date(Date.parse(now) - DAY).toISOString() },
            ]),
          ),
        },
        message: { purpose: "marketing", channels: ["voice"], automated: true },
        now,
      });
    const before = automatedCall("2023-05-25T16:00:00Z");
    const after = automatedCall("2023-05-26T16:00:00Z");
    expect(before.verdict).toBe("send");
    expect(after.verdict).toBe("send");
    const applied = (d: ReturnType<typeof decide>) => d.channels.flatMap((c) => c.applied ?? []);
    expect(applied(before)).toContain("US-FL-FTSA-AUTODIAL-2021");
    expect(applied(before)).not.toContain("US-FL-FTSA-AUTODIAL");
    expect(applied(after)).toContain("US-FL-FTSA-AUTODIAL");
    expect(applied(after)).not.toContain("US-FL-FTSA-AUTODIAL-2021");
  });
});
