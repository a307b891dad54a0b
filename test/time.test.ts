/**
 * The time building blocks at their edges: daylight-saving transitions in tricky zones, windows at
 * their exact boundaries, midnight crossings, leap days and year ends. Expected instants are
 * worked out by hand from the zones' rules, never by calling the code under test.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blackoutIntervals, validateRrule } from "../src/time/calendars.js";
import { calendarPeriod, capAllowed } from "../src/time/caps.js";
import { parseDuration } from "../src/time/duration.js";
import { bundledHolidays } from "../src/time/holiday-tables.js";
import { holidayIntervals } from "../src/time/holidays.js";
import { parseInstant } from "../src/time/instant.js";
import {
  complementIntervals,
  containsInstant,
  firstInstant,
  type Interval,
  intersectIntervals,
  normalizeIntervals,
  unionIntervals,
} from "../src/time/intervals.js";
import {
  allowedByWindows,
  allowedInAllZones,
  insideWindows,
  quietHoursAllowed,
} from "../src/time/local-windows.js";
import { zonesOfJurisdiction } from "../src/time/zone-table.js";
import { toWall, wallToInstant, zoneOffsetMs } from "../src/time/zones.js";

const Z = (s: string) => Date.parse(s);
const wall = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const isoSet = (set: readonly Interval[]) =>
  set.map(([s, e]) => [new Date(s).toISOString(), new Date(e).toISOString()]);
/** Intl's offset of `tz` at `t` in ms, from the wall fields it gives (second precision). */
const intlOffset = (tz: string, t: number) => {
  const s = Math.floor(t / 1000) * 1000;
  const p: Record<string, number> = {};
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  for (const x of f.formatToParts(s)) p[x.type] = Number(x.value);
  return Date.UTC(p.year ?? 0, (p.month ?? 0) - 1, p.day, p.hour, p.minute, p.second) - s;
};

describe("wallToInstant across daylight saving", () => {
  it.each([
    [
      "Europe/Oslo: skipped 02:30 starts at the transition",
      "Europe/Oslo",
      wall(2026, 3, 29, 2, 30),
      "2026-03-29T01:00:00.000Z",
    ],
    [
      "Europe/Oslo: 03:00 right after the gap",
      "Europe/Oslo",
      wall(2026, 3, 29, 3, 0),
      "2026-03-29T01:00:00.000Z",
    ],
    [
      "Europe/Oslo: repeated 02:30 counts at its first occurrence",
      "Europe/Oslo",
      wall(2026, 10, 25, 2, 30),
      "2026-10-25T00:30:00.000Z",
    ],
    [
      "America/New_York: skipped 02:30",
      "America/New_York",
      wall(2026, 3, 8, 2, 30),
      "2026-03-08T07:00:00.000Z",
    ],
    [
      "America/New_York: repeated 01:30",
      "America/New_York",
      wall(2026, 11, 1, 1, 30),
      "2026-11-01T05:30:00.000Z",
    ],
    [
      "Australia/Lord_Howe: repeated 01:45 (30-minute shift)",
      "Australia/Lord_Howe",
      wall(2026, 4, 5, 1, 45),
      "2026-04-04T14:45:00.000Z",
    ],
    [
      "Australia/Lord_Howe: skipped 02:15 (30-minute shift)",
      "Australia/Lord_Howe",
      wall(2026, 10, 4, 2, 15),
      "2026-10-03T15:30:00.000Z",
    ],
    [
      "Pacific/Apia: all of 2011-12-30 was skipped",
      "Pacific/Apia",
      wall(2011, 12, 30, 12, 0),
      "2011-12-30T10:00:00.000Z",
    ],
    [
      "Pacific/Apia: 2011-12-31 00:00 at +14",
      "Pacific/Apia",
      wall(2011, 12, 31, 0, 0),
      "2011-12-30T10:00:00.000Z",
    ],
    [
      "Asia/Kathmandu: +05:45",
      "Asia/Kathmandu",
      wall(2026, 5, 4, 9, 0),
      "2026-05-04T03:15:00.000Z",
    ],
    [
      "America/St_Johns: -02:30 in summer",
      "America/St_Johns",
      wall(2026, 7, 1, 9, 0),
      "2026-07-01T11:30:00.000Z",
    ],
    [
      "America/St_Johns: -03:30 in winter",
      "America/St_Johns",
      wall(2026, 1, 5, 9, 0),
      "2026-01-05T12:30:00.000Z",
    ],
    [
      "Pacific/Kiritimati: +14",
      "Pacific/Kiritimati",
      wall(2026, 1, 1, 0, 0),
      "2025-12-31T10:00:00.000Z",
    ],
  ])("%s", (_name, tz, w, expected) => {
    expect(new Date(wallToInstant(tz, w)).toISOString()).toBe(expected);
  });

  it("reads offsets from the zone, not the process", () => {
    expect(zoneOffsetMs("Europe/Oslo", Z("2026-07-01T00:00:00Z"))).toBe(7_200_000);
    expect(zoneOffsetMs("Asia/Kathmandu", Z("2026-07-01T00:00:00Z"))).toBe(20_700_000);
    expect(zoneOffsetMs("America/St_Johns", Z("2026-01-01T00:00:00Z"))).toBe(-12_600_000);
  });
});

describe("parseInstant", () => {
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
  const iso = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0")),
      two(13),
      two(32),
      two(24),
      two(60),
      two(60),
      fc.oneof(fc.constant(""), fc.stringMatching(/^\.\d{0,9}$/)),
      fc.oneof(
        fc.constant("Z"),
        fc.tuple(fc.constantFrom("+", "-"), two(24), two(60)).map(([s, h, m]) => `${s}${h}:${m}`),
        fc.constantFrom("", "z", "+0100", "+01"),
      ),
    )
    .map(([y, mo, d, h, mi, s, f, z]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${f}${z}`);
  // Any one character of a valid instant replaced by any other.
  const mangled = fc
    .tuple(
      fc.date({ noInvalidDate: true, min: new Date(0), max: new Date("2999-12-31T00:00:00Z") }),
      fc.boolean(),
      fc.nat(),
      fc.constantFrom(..."0123456789:-+.TZ a/".split("")),
    )
    .map(([d, local, at, ch]) => {
      const s = local ? d.toISOString().replace("Z", "+05:30") : d.toISOString();
      const i = at % s.length;
      return s.slice(0, i) + ch + s.slice(i + 1);
    });
  it("equals Date.parse on every ISO-shaped string, valid or not, and on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          iso,
          mangled,
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        (s) => {
          expect(parseInstant(s)).toStrictEqual(Date.parse(s));
        },
      ),
      { numRuns: 20 * Number(process.env.PROPERTY_RUNS ?? 1000), seed: 20261123 },
    );
  });
});

describe("cached offsets agree with the zone, in any order of asking", () => {
  const zones = [
    "Europe/Oslo",
    "America/New_York",
    "Australia/Lord_Howe",
    "Pacific/Apia",
    "Asia/Kathmandu",
    "America/St_Johns",
    "Pacific/Chatham",
  ];
  // Instants near transitions are where a cache would go wrong: draw around them on purpose.
  const nearTransitions = [
    "2026-03-29T01:00:00Z",
    "2026-10-25T01:00:00Z",
    "2026-03-08T07:00:00Z",
    "2026-11-01T06:00:00Z",
    "2026-04-04T15:00:00Z",
    "2026-10-03T16:00:00Z",
    "2021-09-25T14:00:00Z",
  ].map(Date.parse);
  const instant = fc.oneof(
    fc.integer({
      min: Date.parse("2000-01-01T00:00:00Z"),
      max: Date.parse("2040-01-01T00:00:00Z"),
    }),
    fc
      .tuple(
        fc.constantFrom(...nearTransitions),
        fc.integer({ min: -40 * 3_600_000, max: 40 * 3_600_000 }),
      )
      .map(([t, d]) => t + d),
  );
  it("toWall and wallToInstant match Intl", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...zones), instant), { minLength: 1, maxLength: 20 }),
        (qs) => {
          for (const [tz, t] of qs) {
            const off = intlOffset(tz, t);
            expect(toWall(tz, t)).toBe(t + off);
            // wallToInstant gives an instant whose wall time is the asked one (outside gaps).
            const w = t + off;
            const back = wallToInstant(tz, w);
            expect(back).toBeLessThanOrEqual(t);
            expect(back + intlOffset(tz, back)).toBe(w);
          }
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000), seed: 20261123 },
    );
  });
});

describe("weekly windows", () => {
  const quiet = [{ from: "21:00", until: "08:00" }];
  it("quiet hours crossing midnight, in Oslo summer time", () => {
    expect(
      isoSet(
        quietHoursAllowed(quiet, "Europe/Oslo", [
          Z("2026-05-04T00:00:00Z"),
          Z("2026-05-05T12:00:00Z"),
        ]),
      ),
    ).toEqual([
      ["2026-05-04T06:00:00.000Z", "2026-05-04T19:00:00.000Z"],
      ["2026-05-05T06:00:00.000Z", "2026-05-05T12:00:00.000Z"],
    ]);
  });
  it("start inclusive, end exclusive", () => {
    const w = [{ days: ["mon" as const], from: "10:00", until: "13:00" }];
    expect(insideWindows(w, "Europe/Oslo", Z("2026-05-04T07:59:59.999Z"))).toBe(false);
    expect(insideWindows(w, "Europe/Oslo", Z("2026-05-04T08:00:00Z"))).toBe(true);
    expect(insideWindows(w, "Europe/Oslo", Z("2026-05-04T10:59:59.999Z"))).toBe(true);
    expect(insideWindows(w, "Europe/Oslo", Z("2026-05-04T11:00:00Z"))).toBe(false);
  });
  it("French-style weekday windows in Kathmandu's +05:45", () => {
    const w = [
      {
        days: ["mon", "tue", "wed", "thu", "fri"] as ("mon" | "tue" | "wed" | "thu" | "fri")[],
        from: "10:00",
        until: "13:00",
      },
      {
        days: ["mon", "tue", "wed", "thu", "fri"] as ("mon" | "tue" | "wed" | "thu" | "fri")[],
        from: "14:00",
        until: "20:00",
      },
    ];
    expect(
      isoSet(
        allowedByWindows(w, "Asia/Kathmandu", [
          Z("2026-05-09T00:00:00Z"),
          Z("2026-05-12T00:00:00Z"),
        ]),
      ),
    ).toEqual([
      ["2026-05-11T04:15:00.000Z", "2026-05-11T07:15:00.000Z"],
      ["2026-05-11T08:15:00.000Z", "2026-05-11T14:15:00.000Z"],
    ]);
  });
  it("a window over the spring-forward gap is shorter in real time", () => {
    const w = [{ from: "01:00", until: "04:00" }];
    expect(
      isoSet(
        allowedByWindows(w, "Europe/Oslo", [Z("2026-03-28T12:00:00Z"), Z("2026-03-29T12:00:00Z")]),
      ),
    ).toEqual([["2026-03-29T00:00:00.000Z", "2026-03-29T02:00:00.000Z"]]);
  });
  it("a window starting in the gap starts at the transition", () => {
    const w = [{ from: "02:30", until: "05:00" }];
    expect(
      isoSet(
        allowedByWindows(w, "Europe/Oslo", [Z("2026-03-28T12:00:00Z"), Z("2026-03-29T12:00:00Z")]),
      ),
    ).toEqual([["2026-03-29T01:00:00.000Z", "2026-03-29T03:00:00.000Z"]]);
  });
  it("a window in the repeated hour holds at both occurrences of its wall times, and the fast check agrees", () => {
    const w = [{ from: "02:30", until: "03:30" }];
    // 02:30–03:00 CEST, then (clocks back to 02:00 at 01:00Z) 02:30–03:30 CET.
    expect(
      isoSet(
        allowedByWindows(w, "Europe/Oslo", [Z("2026-10-24T12:00:00Z"), Z("2026-10-25T12:00:00Z")]),
      ),
    ).toEqual([
      ["2026-10-25T00:30:00.000Z", "2026-10-25T01:00:00.000Z"],
      ["2026-10-25T01:30:00.000Z", "2026-10-25T02:30:00.000Z"],
    ]);
    expect(insideWindows(w, "Europe/Oslo", Z("2026-10-25T01:15:00Z"))).toBe(false); // 02:15 CET
    expect(insideWindows(w, "Europe/Oslo", Z("2026-10-25T01:45:00Z"))).toBe(true); // 02:45 the second time
    expect(insideWindows(w, "Europe/Oslo", Z("2026-10-25T02:30:00Z"))).toBe(false);
  });
  it("the leap day is a Tuesday like any other", () => {
    const w = [{ days: ["tue" as const], from: "09:00", until: "10:00" }];
    expect(
      isoSet(
        allowedByWindows(w, "Europe/Oslo", [Z("2028-02-28T00:00:00Z"), Z("2028-03-02T00:00:00Z")]),
      ),
    ).toEqual([["2028-02-29T08:00:00.000Z", "2028-02-29T09:00:00.000Z"]]);
  });
  it("for an unknown zone, only the hours open in every zone of the jurisdiction", () => {
    const w = [{ from: "08:00", until: "21:00" }];
    expect(zonesOfJurisdiction("US-FL")).toEqual(["America/Chicago", "America/New_York"]);
    // Sunday's window closes at 21:00 EDT (01:00Z) in Miami and 21:00 CDT (02:00Z) in Pensacola;
    // Monday's opens at 08:00 EDT (12:00Z) and 08:00 CDT (13:00Z).
    expect(
      isoSet(
        allowedInAllZones(w, zonesOfJurisdiction("US-FL"), [
          Z("2026-05-04T00:00:00Z"),
          Z("2026-05-05T00:00:00Z"),
        ]),
      ),
    ).toEqual([
      ["2026-05-04T00:00:00.000Z", "2026-05-04T01:00:00.000Z"],
      ["2026-05-04T13:00:00.000Z", "2026-05-05T00:00:00.000Z"],
    ]);
    // Codes that are not ISO 3166 have no zones (test/zones.test.ts covers the whole table).
    expect(zonesOfJurisdiction("US-ZZ")).toEqual([]);
    expect(zonesOfJurisdiction("XX")).toEqual([]);
  });
  it("the fast check and the intervals agree everywhere (property)", () => {
    const zones = [
      "Europe/Oslo",
      "America/New_York",
      "Australia/Lord_Howe",
      "Pacific/Apia",
      "Asia/Kathmandu",
      "America/St_Johns",
    ];
    const hhmm = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
      .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        hhmm,
        hhmm,
        fc.integer({ min: Z("2026-01-01T00:00:00Z"), max: Z("2027-01-01T00:00:00Z") }),
        (tz, from, until, t) => {
          const w = [{ from, until }];
          expect(insideWindows(w, tz, t)).toBe(
            containsInstant(allowedByWindows(w, tz, [t - 86_400_000, t + 86_400_000]), t),
          );
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe("calendars", () => {
  it("every Sunday, local midnight to midnight", () => {
    expect(
      isoSet(
        blackoutIntervals({ rrule: "FREQ=WEEKLY;BYDAY=SU" }, "Europe/Oslo", [
          Z("2026-05-09T00:00:00Z"),
          Z("2026-05-12T00:00:00Z"),
        ]),
      ),
    ).toEqual([["2026-05-09T22:00:00.000Z", "2026-05-10T22:00:00.000Z"]]);
  });
  it("a Sunday blackout on the spring-forward day lasts 23 hours", () => {
    expect(
      isoSet(
        blackoutIntervals({ rrule: "FREQ=WEEKLY;BYDAY=SU" }, "Europe/Oslo", [
          Z("2026-03-28T00:00:00Z"),
          Z("2026-03-30T12:00:00Z"),
        ]),
      ),
    ).toEqual([["2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z"]]);
  });
  it("24–26 December every year, across the year end", () => {
    const spec = { rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24", duration: "P3D" };
    expect(
      isoSet(
        blackoutIntervals(spec, "Europe/Oslo", [
          Z("2026-12-01T00:00:00Z"),
          Z("2027-01-15T00:00:00Z"),
        ]),
      ),
    ).toEqual([["2026-12-23T23:00:00.000Z", "2026-12-26T23:00:00.000Z"]]);
  });
  it("validates rules: garbage, too frequent, TZID", () => {
    expect(validateRrule("FREQ=WEEKLY;BYDAY=SU")).toBeUndefined();
    expect(validateRrule("FREQ=SOMETIMES")).toMatch(/not a valid RRULE/);
    expect(validateRrule("FREQ=MINUTELY")).toMatch(/at most daily/);
    expect(validateRrule("FREQ=HOURLY")).toMatch(/at most daily/);
    expect(validateRrule("DTSTART;TZID=Europe/Oslo:20260101T000000\nRRULE:FREQ=DAILY")).toMatch(
      /TZID/,
    );
  });
  it("a rule that never occurs is refused, not expanded to nothing", () => {
    expect(validateRrule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")).toMatch(/never occurs/);
    expect(() =>
      blackoutIntervals({ rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30" }, "Europe/Oslo", [
        Z("2026-01-01T00:00:00Z"),
        Z("2027-01-01T00:00:00Z"),
      ]),
    ).toThrow(/never occurs/);
  });
  it("public holidays from the bundled tables, as local days", () => {
    expect(
      isoSet(
        holidayIntervals(bundledHolidays, "NO", undefined, "Europe/Oslo", [
          Z("2026-05-16T00:00:00Z"),
          Z("2026-05-18T00:00:00Z"),
        ]) ?? [],
      ),
    ).toEqual([["2026-05-16T22:00:00.000Z", "2026-05-17T22:00:00.000Z"]]);
    expect(
      isoSet(
        holidayIntervals(bundledHolidays, "FR", undefined, "Europe/Paris", [
          Z("2026-05-01T00:00:00Z"),
          Z("2026-05-02T12:00:00Z"),
        ]) ?? [],
      ),
    ).toEqual([["2026-05-01T00:00:00.000Z", "2026-05-01T22:00:00.000Z"]]);
    expect(
      isoSet(
        holidayIntervals(bundledHolidays, "US", "FL", "America/New_York", [
          Z("2026-07-03T00:00:00Z"),
          Z("2026-07-06T00:00:00Z"),
        ]) ?? [],
      ),
    ).toEqual([["2026-07-03T04:00:00.000Z", "2026-07-05T04:00:00.000Z"]]);
  });
});

describe("frequency caps", () => {
  const T = Z("2026-05-04T10:00:00Z");
  const H = 3_600_000;
  const D = 86_400_000;
  it("rolling: a send exactly one window ago no longer counts", () => {
    expect(
      capAllowed([T, T + H], 2, { kind: "rolling", ms: D }, "UTC", [T + 2 * H, T + 2 * D]),
    ).toEqual([[T + D, T + 2 * D]]);
  });
  it("max 0 allows nothing; fewer sends than max allows everything", () => {
    expect(capAllowed([], 0, { kind: "rolling", ms: D }, "UTC", [T, T + D])).toEqual([]);
    expect(capAllowed([T], 2, { kind: "rolling", ms: D }, "UTC", [T, T + D])).toEqual([[T, T + D]]);
  });
  it("one per local day: 23:00 then 00:05 the next day is fine", () => {
    const sent = [Z("2026-05-04T20:00:00Z")]; // 22:00 in Oslo
    expect(
      isoSet(
        capAllowed(sent, 1, { kind: "calendar", unit: "day" }, "Europe/Oslo", [
          Z("2026-05-04T20:30:00Z"),
          Z("2026-05-05T12:00:00Z"),
        ]),
      ),
    ).toEqual([["2026-05-04T22:00:00.000Z", "2026-05-05T12:00:00.000Z"]]);
  });
  it("weeks start on Monday in the recipient's zone", () => {
    const sent = [Z("2026-05-10T08:00:00Z")]; // Sunday 10:00 in Oslo
    const [s, e] = calendarPeriod("week", "Europe/Oslo", sent[0] as number);
    expect([new Date(s).toISOString(), new Date(e).toISOString()]).toEqual([
      "2026-05-03T22:00:00.000Z",
      "2026-05-10T22:00:00.000Z",
    ]);
    expect(
      firstInstant(
        capAllowed(sent, 1, { kind: "calendar", unit: "week" }, "Europe/Oslo", [
          Z("2026-05-10T09:00:00Z"),
          Z("2026-05-20T00:00:00Z"),
        ]),
        Z("2026-05-10T09:00:00Z"),
      ),
    ).toBe(Z("2026-05-10T22:00:00Z"));
  });
  it("a month cap in a leap February lifts on 1 March local", () => {
    const sent = [Z("2028-02-01T10:00:00Z")];
    expect(
      firstInstant(
        capAllowed(sent, 1, { kind: "calendar", unit: "month" }, "Europe/Oslo", [
          Z("2028-02-10T00:00:00Z"),
          Z("2028-03-10T00:00:00Z"),
        ]),
        0,
      ),
    ).toBe(Z("2028-02-29T23:00:00Z"));
  });
  it("a larger cap never allows less (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 * D }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 10 * D }),
        (xs, max, ms) => {
          const sends = [...xs].sort((a, b) => a - b);
          const range: Interval = [0, 40 * D];
          const small = capAllowed(sends, max, { kind: "rolling", ms }, "UTC", range);
          const big = capAllowed(sends, max + 1, { kind: "rolling", ms }, "UTC", range);
          expect(intersectIntervals(small, big)).toEqual(small);
        },
      ),
      { numRuns: 1000, seed: 11 },
    );
  });
});

describe("interval algebra", () => {
  const arbSet = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 100 })), {
      maxLength: 12,
    })
    .map((xs) => normalizeIntervals(xs.map(([s, l]) => [s, s + l] as const)));
  it("intersection is commutative and inside both; union and complement are consistent", () => {
    fc.assert(
      fc.property(arbSet, arbSet, fc.integer({ min: 0, max: 1200 }), (a, b, t) => {
        const i = intersectIntervals(a, b);
        expect(intersectIntervals(b, a)).toEqual(i);
        expect(containsInstant(i, t)).toBe(containsInstant(a, t) && containsInstant(b, t));
        expect(containsInstant(unionIntervals(a, b), t)).toBe(
          containsInstant(a, t) || containsInstant(b, t),
        );
        expect(containsInstant(complementIntervals(a, [0, 1200]), t)).toBe(
          t < 1200 && !containsInstant(a, t),
        );
        const f = firstInstant(a, t);
        if (f !== undefined) expect(containsInstant(a, f) && f >= t).toBe(true);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
  it("parses durations and rejects the rest", () => {
    expect(parseDuration("P7D")).toBe(604_800_000);
    expect(parseDuration("PT1H30M")).toBe(5_400_000);
    expect(parseDuration("P1W")).toBe(604_800_000);
    for (const bad of ["P", "PT", "P1M", "7d", "P0D", "P4000D", "P1DT"])
      expect(() => parseDuration(bad)).toThrow(RangeError);
  });
});
