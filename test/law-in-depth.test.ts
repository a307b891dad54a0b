/**
 * The law in depth: elements in force by date (a decision applies the law in force at the instant
 * of its send, a deferral across a change is judged at its `sendAt`), contracts that override a
 * register, refusal periods counted in full local days, and the packs' dates. Property tests over
 * generated instants (fast-check, seeded), compared with a direct reading of the rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BUNDLED_PACKS,
  type CustomerInput,
  compilePolicy,
  decide,
  PolicyError,
} from "../src/index.js";
import { PACK_LISTS } from "../src/packs/pack.js";

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: 20261202 };
const T0 = Date.parse("2026-01-01T00:00:00Z");
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

const customer: CustomerInput = {
  id: "c",
  jurisdiction: "IE",
  timeZone: "Europe/Dublin",
  contacts: { email: { address: "c@example.ie" }, voice: { address: "+35312345678" } },
  consents: [{ id: "ok", type: "grant", at: "2025-01-01T00:00:00Z" }],
};

describe("law in force by date", () => {
  it("a dated prohibition denies exactly the sends whose instant falls in [from, until)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 * DAY }),
        fc.integer({ min: 1, max: 60 * DAY }),
        fc.integer({ min: 0, max: 200 * DAY }),
        fc.integer({ min: 0, max: 20 * DAY }),
        (from, length, now, wait) => {
          const f = T0 + from;
          const u = f + length;
          const n = T0 + now;
          const plan = compilePolicy({
            id: "p",
            horizon: "P90D",
            rules: [
              {
                id: "ban",
                from: iso(f),
                until: iso(u),
                when: { field: "channel", op: "eq", value: "email" },
              },
            ],
          });
          const d = decide(plan, {
            customer,
            message: { purpose: "marketing", channels: ["email"], notBefore: iso(n + wait) },
            now: iso(n),
          });
          const start = n + wait;
          // The first instant at or after the start at which the rule is out of force.
          const first = start >= f && start < u ? u : start;
          if (first - n > 90 * DAY) expect(d.verdict).toBe("deny");
          else {
            expect(d.sendAt === undefined ? Number.NaN : Date.parse(d.sendAt)).toBe(first);
            expect(d.verdict).toBe(first === n ? "send" : "defer");
          }
        },
      ),
      runs,
    );
  });

  it("names the version it applied in the citation", () => {
    const plan = compilePolicy({
      id: "p",
      rules: [
        {
          id: "ban",
          from: "2026-01-01T00:00:00Z",
          when: { field: "channel", op: "eq", value: "email" },
          source: { law: "Some Act", section: "s. 1" },
        },
      ],
    });
    const d = decide(plan, {
      customer,
      message: { purpose: "marketing", channels: ["email"] },
      now: "2026-05-01T10:00:00Z",
    });
    expect(d.reasons.find((r) => r.rule === "ban")?.source?.inForce).toEqual({
      from: "2026-01-01T00:00:00Z",
    });
  });

  it("refuses dates without an offset and an until that is not after from, naming the field", () => {
    const bad = (rule: Record<string, unknown>) => () =>
      compilePolicy({
        id: "p",
        rules: [{ id: "r", when: { field: "channel", op: "eq", value: "email" }, ...rule }],
      });
    expect(bad({ from: "2026-08-11" })).toThrow(PolicyError);
    try {
      bad({ from: "2026-08-11T00:00:00Z", until: "2026-08-11T00:00:00Z" })();
      expect.unreachable();
    } catch (e) {
      expect((e as PolicyError).issues[0]).toMatchObject({
        code: "invalid_dates",
        path: ["rules", 0, "until"],
      });
    }
  });

  it("a dated policy whose dates cover every instant decides as the undated one", () => {
    const base = {
      id: "p",
      quietHours: [{ id: "night", windows: [{ from: "21:00", until: "08:00" }] }],
      caps: [{ id: "week", max: 2, window: "P7D" }],
    };
    const dated = {
      ...base,
      quietHours: base.quietHours.map((q) => ({ ...q, from: "1900-01-01T00:00:00Z" })),
      caps: base.caps.map((k) => ({ ...k, until: "9000-01-01T00:00:00Z" })),
    };
    const a = compilePolicy(base);
    const b = compilePolicy(dated);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * DAY }), (t) => {
        const input = {
          customer,
          message: { purpose: "marketing" as const, channels: ["email"] },
          now: iso(T0 + t),
        };
        expect(decide(b, input)).toEqual(decide(a, input));
      }),
      { ...runs, numRuns: 100 },
    );
  });
});

describe("contracts", () => {
  const plan = compilePolicy({
    id: "p",
    registers: [
      {
        id: "REG",
        channels: ["voice"],
        maxAge: "P30D",
        contractOverrides: { endedWithin: "P30D" },
      },
    ],
  });
  it("a contract of the message's type overrides a listing while it runs and for endedWithin after", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }),
        fc.boolean(),
        (startDay, endDay, sameType) => {
          const now = Date.parse("2026-05-04T10:00:00Z");
          const start = now + startDay * DAY;
          const end = endDay === undefined ? undefined : Math.max(start, now + endDay * DAY);
          const d = decide(plan, {
            customer: {
              ...customer,
              registers: { REG: { listed: true, checkedAt: "2026-05-01T00:00:00Z" } },
              relationship: {
                contracts: [
                  {
                    type: sameType ? "broadband" : "insurance",
                    start: iso(start),
                    ...(end === undefined ? {} : { end: iso(end) }),
                  },
                ],
              },
            },
            message: { purpose: "marketing", category: "broadband", channels: ["voice"] },
            now: iso(now),
          });
          const holds = sameType && start <= now && (end === undefined || now < end + 30 * DAY);
          expect(d.reasons.some((r) => r.code === "register.listed")).toBe(!holds);
        },
      ),
      runs,
    );
  });
});

describe("refusal periods in full calendar days", () => {
  const plan = compilePolicy({
    id: "p",
    horizon: "P120D",
    refusals: [{ id: "R", channels: ["voice"], blocksFor: "P60D", fullDays: true }],
  });
  const ZONES = ["Europe/Paris", "Indian/Reunion", "America/St_Johns", "Pacific/Apia"];
  const dtf = (tz: string) =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone: tz,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
  it("lifts at local midnight after the 60th full day from the refusal (compared with Intl)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * DAY }), fc.constantFrom(...ZONES), (t, tz) => {
        const refused = T0 + t;
        const d = decide(plan, {
          customer: { ...customer, jurisdiction: "FR", timeZone: tz },
          message: { purpose: "marketing", channels: ["voice"], automated: false },
          history: [
            { at: iso(refused), channel: "voice", purpose: "marketing", outcome: "refused" },
          ],
          now: iso(refused),
        });
        const lifts = d.sendAt === undefined ? Number.NaN : Date.parse(d.sendAt);
        const parts = (x: number) =>
          Object.fromEntries(
            dtf(tz)
              .formatToParts(x)
              .map((p) => [p.type, p.value]),
          );
        const l = parts(lifts);
        expect(`${l.hour}:${l.minute}`).toBe("00:00");
        // 61 local calendar dates after the refusal's date (the day of the refusal does not count).
        const r = parts(refused);
        const dates =
          (Date.UTC(Number(l.year), Number(l.month) - 1, Number(l.day)) -
            Date.UTC(Number(r.year), Number(r.month) - 1, Number(r.day))) /
          DAY;
        expect(dates).toBe(61);
        // And an instant before it is blocked.
        expect(lifts - 1).toBeGreaterThan(refused);
      }),
      { ...runs, numRuns: 200 },
    );
  });
});

describe("the packs' dates in force", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
  it.each(["FR", "US", "SE", "GB"])(
    "every rule of %s carries its `from` date, shown in the README",
    (code) => {
      const pack = BUNDLED_PACKS[code];
      if (pack === undefined) throw new Error(code);
      for (const l of PACK_LISTS)
        for (const el of ((pack.policy as Record<string, unknown[] | undefined>)[l] ?? []) as {
          id: string;
          from?: string;
        }[]) {
          expect(el.from, el.id).toMatch(/^\d{4}-\d{2}-\d{2}T/);
          const row = readme
            .split("\n")
            .find((line) => line.startsWith(`| ${code} | \`${el.id}\``));
          expect(row, el.id).toContain(`from ${el.from?.slice(0, 10)}`);
        }
    },
  );
});
