/**
 * Blackout RRULEs against a reference: the `rrule` package expanding the same rule from its
 * DTSTART with no cap, over random ranges in 1990–2090, for random rules from the grammar the
 * calendar accepts; and every refused rule refused with a message. Unit cases pin the refusals,
 * the far past and future, COUNT and UNTIL, and the bounded cache.
 */

import fc from "fast-check";
import * as _rrule from "rrule";
import { describe, expect, it } from "vitest";
import {
  BlackoutRule,
  blackoutIntervals,
  defaultRruleCalendar,
  MAX_OCCURRENCES_PER_DAY,
  RruleCalendar,
  validateRrule,
} from "./calendars.js";
import { parseDuration } from "./duration.js";
import { type Interval, normalizeIntervals, pushClipped } from "./intervals.js";
import { toWall, wallToInstant } from "./zones.js";

// The package's CommonJS build hides its named exports from Node's ESM loader (see calendars.ts
// before it stopped using it at run time).
const rrulestr: typeof _rrule.rrulestr =
  _rrule.rrulestr ?? (_rrule as unknown as { default: typeof _rrule }).default.rrulestr;

const DAY = 86_400_000;
const Z = (s: string) => Date.parse(s);
const iso = (set: readonly Interval[]) =>
  set.map(([s, e]) => [new Date(s).toISOString(), new Date(e).toISOString()]);

// ---- the reference ------------------------------------------------------------------------------

/** A rule as parts, the way the generator builds it. */
interface Parts {
  dtstart?: string;
  freq: "YEARLY" | "MONTHLY" | "WEEKLY" | "DAILY";
  lists: [key: string, values: (number | string)[]][];
  scalars: [key: string, value: string][];
}

const text = (p: Parts, canonical: boolean): string => {
  const body = [
    `FREQ=${p.freq}`,
    ...p.scalars.map(([k, v]) => `${k}=${v}`),
    ...p.lists.map(([k, vs]) => {
      const list = canonical ? canon(k, vs) : vs;
      return `${k}=${list.join(",")}`;
    }),
  ].join(";");
  return p.dtstart === undefined ? body : `DTSTART:${p.dtstart}\nRRULE:${body}`;
};
const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
/** Sorted and without duplicates: the form the calendar reads every list in. */
function canon(key: string, vs: (number | string)[]): (number | string)[] {
  if (key !== "BYDAY") return [...new Set(vs as number[])].sort((a, b) => a - b);
  return [...new Set(vs as string[])];
}

/** Every occurrence start (wall time) of the rule in `[from, to]`, by `rrule` from its DTSTART. */
function reference(p: Parts, from: number, to: number): number[] {
  const count = p.scalars.find(([k]) => k === "COUNT");
  const out: number[] = [];
  if (count === undefined) {
    const r = rrulestr(
      text(p, true).includes("DTSTART")
        ? text(p, true)
        : `DTSTART:20000101T000000\nRRULE:${text(p, true)}`,
    );
    r.between(new Date(from), new Date(to), true, (d) => {
      out.push(d.getTime());
      return true;
    });
    return out;
  }
  // COUNT counts distinct occurrences (rrule counts one that two BYSETPOS positions select twice):
  // iterate without COUNT, from DTSTART, and count here.
  const n = Number(count[1]);
  const bare = { ...p, scalars: p.scalars.filter(([k]) => k !== "COUNT") };
  const t = text(bare, true);
  const r = rrulestr(t.includes("DTSTART") ? t : `DTSTART:20000101T000000\nRRULE:${t}`);
  let seen = 0;
  let last = Number.NaN;
  r.all((d) => {
    const ms = d.getTime();
    if (ms === last) return true;
    last = ms;
    if (ms > to) return false;
    if (ms >= from) out.push(ms);
    return ++seen < n;
  });
  return out;
}

/** The blackout intervals the old definition gives: every occurrence mapped and clipped. */
function referenceIntervals(p: Parts, duration: string, tz: string, range: Interval): Interval[] {
  const dur = parseDuration(duration);
  const from = toWall(tz, range[0]) - dur - 2 * DAY;
  const to = toWall(tz, range[1]) + 2 * DAY;
  const out: Interval[] = [];
  for (const w of reference(p, from, to))
    pushClipped(out, wallToInstant(tz, w), wallToInstant(tz, w + dur), range);
  return normalizeIntervals(out);
}

// ---- the generator ------------------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const dateTime = fc
  .record({
    y: fc.integer({ min: 1950, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.constantFrom(0, 0, 15, 30, 59),
    s: fc.constantFrom(0, 0, 0, 30),
  })
  .map(({ y, m, d, h, mi, s }) => `${y}${pad(m)}${pad(d)}T${pad(h)}${pad(mi)}${pad(s)}`);
const some = <T>(arb: fc.Arbitrary<T>, max: number) =>
  fc.array(arb, { minLength: 1, maxLength: max });
const nonZero = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).filter((n) => n !== 0);

/** Rules in the accepted grammar (some of which never occur, and are then refused). */
/** Values at the edges of the calendar half the time, any value otherwise. */
const edgy = (edges: number[], any: fc.Arbitrary<number>) =>
  fc.oneof(fc.constantFrom(...edges), any);
/** `arb` one time in `1 + absent`, otherwise left out. */
const maybe = <T>(arb: fc.Arbitrary<T>, absent = 3): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

const rules: fc.Arbitrary<Parts> = fc
  .record({
    dtstart: maybe(dateTime, 1),
    freq: fc.constantFrom("YEARLY", "MONTHLY", "WEEKLY", "DAILY") as fc.Arbitrary<Parts["freq"]>,
    interval: maybe(fc.constantFrom(2, 3, 4, 7, 13), 2),
    end: fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: 1, max: 300 }).map((n) => ["COUNT", String(n)] as const),
      fc.integer({ min: 0, max: 60 * 365 }).map((n) => ["UNTIL", n] as const),
    ),
    wkst: maybe(fc.constantFrom(...DAYS)),
    bymonth: maybe(some(fc.integer({ min: 1, max: 12 }), 4)),
    byweekno: maybe(some(edgy([1, -1, 2, 52, 53, -53], nonZero(-53, 53)), 3), 2),
    byyearday: maybe(
      some(edgy([1, 2, 7, -1, -7, 60, 365, 366, -365, -366], nonZero(-366, 366)), 4),
    ),
    bymonthday: maybe(some(edgy([1, 28, 29, 30, 31, -1, -31], nonZero(-31, 31)), 4)),
    byday: maybe(some(fc.constantFrom(...DAYS), 4), 2),
    bynday: maybe(
      some(fc.tuple(fc.constantFrom(...DAYS), fc.oneof(nonZero(-5, 5), nonZero(-53, 53))), 3),
    ),
    byhour: maybe(some(fc.integer({ min: 0, max: 23 }), 4), 2),
    byminute: maybe(some(fc.integer({ min: 0, max: 59 }), 3)),
    bysecond: maybe(some(fc.integer({ min: 0, max: 59 }), 2), 5),
    bysetpos: maybe(some(nonZero(-4, 12), 3)),
  })
  .map((g) => {
    const lists: Parts["lists"] = [];
    const scalars: Parts["scalars"] = [];
    if (g.interval !== undefined) scalars.push(["INTERVAL", String(g.interval)]);
    if (g.wkst !== undefined) scalars.push(["WKST", g.wkst]);
    if (g.end?.[0] === "COUNT") scalars.push(["COUNT", g.end[1]]);
    if (g.end?.[0] === "UNTIL") {
      const start = g.dtstart ?? "20000101T000000";
      const t =
        Date.UTC(+start.slice(0, 4), +start.slice(4, 6) - 1, +start.slice(6, 8)) + g.end[1] * DAY;
      const u = new Date(t);
      scalars.push([
        "UNTIL",
        `${u.getUTCFullYear()}${pad(u.getUTCMonth() + 1)}${pad(u.getUTCDate())}T235959`,
      ]);
    }
    if (g.bymonth) lists.push(["BYMONTH", g.bymonth]);
    if (g.byweekno && (g.freq === "YEARLY" || g.freq === "WEEKLY"))
      lists.push(["BYWEEKNO", g.byweekno]);
    if (g.byyearday) lists.push(["BYYEARDAY", g.byyearday]);
    if (g.bymonthday) lists.push(["BYMONTHDAY", g.bymonthday]);
    if (g.bynday && (g.freq === "YEARLY" || g.freq === "MONTHLY"))
      lists.push(["BYDAY", g.bynday.map(([d, n]) => `${n}${d}`)]);
    else if (g.byday) lists.push(["BYDAY", g.byday]);
    const times = (g.byhour?.length ?? 1) * (g.byminute?.length ?? 1) * (g.bysecond?.length ?? 1);
    if (g.byhour) lists.push(["BYHOUR", g.byhour]);
    if (g.byminute && times <= MAX_OCCURRENCES_PER_DAY) lists.push(["BYMINUTE", g.byminute]);
    if (g.bysecond && times <= MAX_OCCURRENCES_PER_DAY) lists.push(["BYSECOND", g.bysecond]);
    if (g.bysetpos) {
      // rrule takes the first element of the set for a negative position beyond it (the RFC and
      // dateutil select nothing, as the calendar does): keep negative positions within one day's
      // times, where the two agree.
      const t =
        (lists.find(([k]) => k === "BYHOUR")?.[1].length ?? 1) *
        (lists.find(([k]) => k === "BYMINUTE")?.[1].length ?? 1) *
        (lists.find(([k]) => k === "BYSECOND")?.[1].length ?? 1);
      const pos = g.bysetpos.filter((n) => n > 0 || -n <= new Set([t]).size * t);
      if (pos.length > 0) lists.push(["BYSETPOS", pos]);
    }
    return {
      ...(g.dtstart === undefined ? {} : { dtstart: g.dtstart }),
      freq: g.freq,
      lists,
      scalars,
    };
  });

const ZONES = ["UTC", "Europe/Oslo", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia"];
const ranges = fc.record({
  start: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 11, 31) }),
  /** Days after the rule's DTSTART to start at instead, where its first periods are. */
  nearStart: maybe(fc.integer({ min: -20, max: 60 }), 2),
  days: fc.integer({ min: 1, max: 366 }),
  zone: fc.constantFrom(...ZONES),
  duration: fc.constantFrom("P1D", "PT1H", "PT30M", "PT1S", "P3D", "P40D"),
});
/** The range a generated case asks about. */
function rangeOf(
  p: Parts,
  r: { start: number; nearStart?: number | undefined; days: number },
): Interval {
  const d = p.dtstart ?? "20000101T000000";
  const start =
    r.nearStart === undefined
      ? r.start
      : Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8)) + r.nearStart * DAY;
  return [start, start + r.days * DAY];
}

// ---- the properties -----------------------------------------------------------------------------

describe("blackout rules against rrule", () => {
  it("an accepted rule gives every occurrence rrule gives, over any 366-day range in 1990–2090 or near its DTSTART", () => {
    let accepted = 0;
    fc.assert(
      fc.property(rules, ranges, (p, r) => {
        const { zone, duration } = r;
        const range = rangeOf(p, r);
        const calendar = new RruleCalendar(8);
        const rule = calendar.compile(text(p, false));
        if (typeof rule === "string") {
          expect(rule.length).toBeGreaterThan(0);
          return;
        }
        accepted++;
        const got = calendar.blackoutIntervals({ rrule: text(p, false), duration }, zone, range);
        expect(iso(got)).toEqual(iso(referenceIntervals(p, duration, zone, range)));
      }),
      { numRuns: 300, seed: 20_261_202 },
    );
    expect(accepted).toBeGreaterThan(120);
  });
});

/** The same rule with DTSTART (and UNTIL) moved by whole 400-year cycles into 9200–9599. */
function late(p: Parts): Parts {
  const start = p.dtstart ?? "20000101T000000";
  const shift = 9200 + ((((+start.slice(0, 4) - 9200) % 400) + 400) % 400) - +start.slice(0, 4);
  const move = (v: string) => {
    const y = +v.slice(0, 4) + shift;
    return y > 9999 ? "99991231T235959" : `${y}${v.slice(4)}`;
  };
  return {
    ...p,
    dtstart: move(start),
    scalars: p.scalars.map(([k, v]) => [k, k === "UNTIL" ? move(v) : v] as [string, string]),
  };
}

describe("blackout rules at year ends, against rrule", () => {
  // Week numbers and year days of weeks that cross the year end: the random rules reach them
  // rarely, so every year end from 2014 to 2031 is checked for each.
  it.each([
    "FREQ=YEARLY;BYWEEKNO=1",
    "FREQ=YEARLY;BYWEEKNO=1;WKST=SU",
    "FREQ=YEARLY;BYWEEKNO=1;WKST=TH;BYDAY=MO,FR",
    "FREQ=YEARLY;BYWEEKNO=52,53",
    "FREQ=YEARLY;BYWEEKNO=-1;WKST=SA",
    "FREQ=YEARLY;BYWEEKNO=-53,-52",
    "FREQ=WEEKLY;BYWEEKNO=1,53",
    "FREQ=WEEKLY;BYYEARDAY=1,3,-1",
    "FREQ=WEEKLY;WKST=WE;BYYEARDAY=2,-2,366",
    "FREQ=WEEKLY;INTERVAL=3;BYMONTHDAY=1,-1;BYMONTH=1,12",
  ])("%s", (rule) => {
    const p: Parts = {
      dtstart: "19991230T060000",
      freq: rule.split(";")[0]?.slice(5) as Parts["freq"],
      lists: [],
      scalars: rule
        .split(";")
        .slice(1)
        .map((kv) => kv.split("=") as [string, string]),
    };
    for (let y = 2014; y <= 2031; y++) {
      const range: Interval = [Date.UTC(y, 11, 20), Date.UTC(y + 1, 0, 12)];
      const got = blackoutIntervals({ rrule: text(p, false), duration: "PT1H" }, "UTC", range);
      expect(iso(got)).toEqual(iso(referenceIntervals(p, "PT1H", "UTC", range)));
    }
  });
});

describe("blackout rules refused", () => {
  it("a rule refused as never occurring has no occurrence in rrule either", () => {
    // rrule runs to year 9999 looking for an occurrence it never finds: moved to 9200–9599, the
    // rule is in the same place of the 400-year Gregorian cycle and rrule searches a full cycle.
    let checked = 0;
    fc.assert(
      fc.property(
        rules.filter((p) => {
          const r = new RruleCalendar(1).compile(text(p, false));
          return typeof r === "string" && r.includes("never occurs");
        }),
        (p) => {
          const moved = late(p);
          expect(new RruleCalendar(1).compile(text(moved, false))).toMatch(/never occurs/);
          let any = false;
          rrulestr(text(moved, true)).all(() => {
            any = true;
            return false;
          });
          expect(any).toBe(false);
          checked++;
        },
      ),
      { numRuns: 10, seed: 7 },
    );
    expect(checked).toBe(10);
  });

  it("any text is either accepted or refused with a message, never thrown", () => {
    const token = fc.oneof(
      fc.constantFrom(
        "FREQ=DAILY",
        "FREQ=HOURLY",
        "FREQ=SECONDLY",
        "FREQ=WEEKLY",
        "FREQ=YEARLY",
        "BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12",
        "BYMINUTE=0,15,30,45",
        "BYSECOND=0,30",
        "BYMONTHDAY=31",
        "BYMONTH=2",
        "BYMONTHDAY=30",
        "BYDAY=1MO",
        "BYDAY=MO,1TU",
        "BYSETPOS=-1",
        "COUNT=0",
        "COUNT=3",
        "INTERVAL=0",
        "UNTIL=19991231",
        "UNTIL=20260230",
        "BYEASTER=0",
        "TZID=Europe/Oslo",
        "WKST=XX",
        "BYHOUR=24",
        "",
        "=",
        "FREQ",
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 6 }),
        fc.constantFrom("", "DTSTART:20270101T000000\n", "DTSTART:99991231\n", "EXDATE:20260101\n"),
        (ts, head) => {
          const r = new RruleCalendar(1).compile(`${head}${ts.join(";")}`);
          if (typeof r === "string") expect(r.length).toBeGreaterThan(0);
          else expect(r).toBeInstanceOf(BlackoutRule);
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });

  it.each([
    ["FREQ=HOURLY", /at most daily/],
    ["FREQ=MINUTELY", /at most daily/],
    ["FREQ=SOMETIMES", /not a valid RRULE/],
    ["DTSTART;TZID=Europe/Oslo:20260101T000000\nRRULE:FREQ=DAILY", /TZID/],
    ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", /never occurs/],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", /never occurs/],
    ["FREQ=YEARLY;BYWEEKNO=1;BYMONTH=6", /never occurs/],
    ["FREQ=YEARLY;BYYEARDAY=366;BYMONTH=2", /never occurs/],
    ["FREQ=MONTHLY;BYDAY=6MO", /never occurs/],
    ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-6", /never occurs/],
    ["DTSTART:20010101\nRRULE:FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29", /never occurs/],
    ["DTSTART:21000101\nRRULE:FREQ=YEARLY;INTERVAL=400;BYMONTH=2;BYMONTHDAY=29", /never occurs/],
    [
      "DTSTART:20260301\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20271231",
      /never occurs on or before UNTIL/,
    ],
    ["FREQ=DAILY;COUNT=0", /COUNT value 0/],
    ["FREQ=DAILY;INTERVAL=0", /INTERVAL value 0/],
    ["DTSTART:20300101\nRRULE:FREQ=DAILY;UNTIL=20290101", /UNTIL 20290101 is before DTSTART/],
    ["FREQ=DAILY;COUNT=3;UNTIL=20300101", /COUNT and UNTIL/],
    [
      "FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,30",
      /48 occurrences a day/,
    ],
    ["FREQ=DAILY;BYHOUR=9;BYMINUTE=0,1,2,3,4,5;BYSECOND=0,10,20,30,40", /30 occurrences a day/],
    ["FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0,30", /6 occurrences a day/],
    ["FREQ=WEEKLY;BYDAY=1MO", /ordinal weekday needs FREQ=MONTHLY or FREQ=YEARLY/],
    ["FREQ=MONTHLY;BYDAY=MO,1TU", /mixes plain/],
    ["FREQ=DAILY\nEXDATE:20260101T000000", /unsupported property 'EXDATE'/],
    ["FREQ=DAILY;DTSTART=20260101T000000", /DTSTART goes on its own line/],
    ["FREQ=DAILY;BYEASTER=0", /unsupported part 'BYEASTER'/],
    ["DTSTART:20260230\nRRULE:FREQ=DAILY", /not a valid date-time/],
    ["DTSTART:18991231\nRRULE:FREQ=DAILY", /outside the years 1900–9999/],
    ["FREQ=DAILY;BYHOUR=24", /out of range/],
    ["FREQ=DAILY;FREQ=WEEKLY", /given twice/],
  ])("refuses %j with a message", (rule, message) => {
    expect(validateRrule(rule.replace("\\n", "\n"))).toMatch(message);
  });

  it("accepts rare rules that do occur", () => {
    for (const rule of [
      "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", // 2016, 2044…
      "FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH", // ISO week 53 exists in 2004, 2009…
      "FREQ=MONTHLY;BYDAY=5FR",
      "FREQ=YEARLY;INTERVAL=400;BYMONTH=2;BYMONTHDAY=29", // 2000, 2400…
      "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-9", // months with five Mondays and four Tuesdays
      "DTSTART:99991231T120000\nRRULE:FREQ=DAILY",
    ])
      expect(validateRrule(rule.replace("\\n", "\n"))).toBeUndefined();
  });
});

describe("blackout expansion", () => {
  const utc = (rrule: string, from: string, to: string, duration = "PT1M") =>
    blackoutIntervals({ rrule, duration }, "UTC", [Z(from), Z(to)]);

  it("a blackout four times a day from 2027 runs to the end of the year: nothing is cut", () => {
    const rule = "DTSTART:20270101T000000\nRRULE:FREQ=DAILY;BYHOUR=0,6,12,18;BYMINUTE=30";
    const set = utc(rule, "2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z");
    expect(set).toHaveLength(4 * 365);
    expect(iso(set.slice(-1))).toEqual([["2027-12-31T18:30:00.000Z", "2027-12-31T18:31:00.000Z"]]);
    // The same from 2090 on, and over a leap year.
    expect(utc(rule, "2088-01-01T00:00:00Z", "2089-01-01T00:00:00Z")).toHaveLength(4 * 366);
  });

  it("a DTSTART far in the future starts the rule then, and one far in the past still counts", () => {
    const future = "DTSTART:20800101T000000\nRRULE:FREQ=DAILY";
    expect(utc(future, "2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z")).toEqual([]);
    expect(iso(utc(future, "2079-12-31T12:00:00Z", "2080-01-02T00:00:00Z"))).toEqual([
      ["2080-01-01T00:00:00.000Z", "2080-01-01T00:01:00.000Z"],
    ]);
    const past = "DTSTART:19000101T000000\nRRULE:FREQ=WEEKLY;BYDAY=SU";
    expect(iso(utc(past, "2090-01-01T00:00:00Z", "2090-01-03T00:00:00Z"))).toEqual([
      ["2090-01-01T00:00:00.000Z", "2090-01-01T00:01:00.000Z"],
    ]);
  });

  it("COUNT and UNTIL end the rule", () => {
    const sundays = "DTSTART:20260101T000000\nRRULE:FREQ=WEEKLY;BYDAY=SU;COUNT=3";
    expect(iso(utc(sundays, "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", "P1D"))).toEqual([
      ["2026-01-04T00:00:00.000Z", "2026-01-05T00:00:00.000Z"],
      ["2026-01-11T00:00:00.000Z", "2026-01-12T00:00:00.000Z"],
      ["2026-01-18T00:00:00.000Z", "2026-01-19T00:00:00.000Z"],
    ]);
    const until = "DTSTART:20260101T090000\nRRULE:FREQ=DAILY;UNTIL=20260103T090000";
    expect(utc(until, "2025-12-01T00:00:00Z", "2026-02-01T00:00:00Z")).toHaveLength(3);
  });

  it.each([
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;COUNT=40",
    "FREQ=YEARLY;INTERVAL=3;BYWEEKNO=53;BYDAY=TH;BYHOUR=8,20;COUNT=61",
    "FREQ=MONTHLY;INTERVAL=5;BYMONTH=2;BYMONTHDAY=29;BYDAY=SU;COUNT=9",
    "FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO,TU;BYSETPOS=-1;COUNT=45",
    "FREQ=DAILY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=29;BYDAY=FR;COUNT=8",
  ])("COUNT past one 400-year cycle ends where rrule's last occurrence is: %s", (rule) => {
    const r = new RruleCalendar(1).compile(`DTSTART:20000101T000000\nRRULE:${rule}`);
    if (typeof r === "string") throw new Error(r);
    const all = rrulestr(`DTSTART:20000101T000000\nRRULE:${rule}`).all();
    expect(all.length).toBe(Number(rule.split("COUNT=")[1]));
    expect(r.lastWall).toBe(all[all.length - 1]?.getTime());
    expect(r.lastWall).toBeGreaterThan(Date.UTC(2400, 0, 1));
  });

  it("a long blackout that began before the range still covers it", () => {
    // One occurrence on 2026-01-01 lasting 40 days, asked about from 2026-02-01.
    const once = "DTSTART:20260101T000000\nRRULE:FREQ=YEARLY;COUNT=1";
    expect(iso(utc(once, "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "P40D"))).toEqual([
      ["2026-02-01T00:00:00.000Z", "2026-02-10T00:00:00.000Z"],
    ]);
  });

  it("BYSETPOS beyond the set selects nothing (rrule would take the first)", () => {
    // Mondays and Tuesdays of March 2027: 1, 2, 8, 9, 15, 16, 22, 23, 29, 30 (ten); -10 is
    // 1 March, and -11 is nothing in March but is in months with eleven.
    const rule = "DTSTART:20270101T000000\nRRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-10";
    expect(iso(utc(rule, "2027-03-01T00:00:00Z", "2027-04-01T00:00:00Z"))).toEqual([
      ["2027-03-01T00:00:00.000Z", "2027-03-01T00:01:00.000Z"],
    ]);
    expect(validateRrule("FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-11")).toMatch(/never occurs/);
  });

  it("reads lists in any order and with duplicates as the sorted set", () => {
    const a = "DTSTART:20260101T000000\nRRULE:FREQ=DAILY;BYHOUR=17,9,9";
    const b = "DTSTART:20260101T000000\nRRULE:FREQ=DAILY;BYHOUR=9,17";
    expect(utc(a, "2026-03-01T00:00:00Z", "2026-03-05T00:00:00Z")).toEqual(
      utc(b, "2026-03-01T00:00:00Z", "2026-03-05T00:00:00Z"),
    );
  });
});

describe("the rule cache", () => {
  it("keeps at most maxRules rules, the most recently used", () => {
    const c = new RruleCalendar(3);
    for (let h = 0; h < 10; h++) c.compile(`FREQ=DAILY;BYHOUR=${h}`);
    expect(c.size).toBe(3);
    const kept = c.compile("FREQ=DAILY;BYHOUR=9");
    expect(c.compile("FREQ=DAILY;BYHOUR=9")).toBe(kept);
    // The module's default calendar is bounded too.
    for (let i = 0; i < 300; i++)
      validateRrule(`FREQ=DAILY;BYHOUR=${i % 24};BYMINUTE=${Math.floor(i / 24)}`);
    expect(defaultRruleCalendar.size).toBeLessThanOrEqual(defaultRruleCalendar.maxRules);
    expect(defaultRruleCalendar.maxRules).toBe(256);
  });
});
