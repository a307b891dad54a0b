/**
 * Local windows decided by the instant's local wall time: both occurrences of a repeated wall
 * time are in a window, a skipped window edge takes effect at the transition, and the point check
 * and the interval sets agree with each other and with Intl's wall clock at every instant.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsInstant, type Interval } from "./intervals.js";
import {
  allowedByWindows,
  insideWindows,
  quietHoursAllowed,
  type Weekday,
  type WeeklyWindow,
} from "./local-windows.js";
import { forEachOffsetSpan } from "./zones.js";

const Z = Date.parse;
const iso = (set: readonly Interval[]) =>
  set.map(([s, e]) => [new Date(s).toISOString(), new Date(e).toISOString()]);
const DAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const _fmts = new Map<string, Intl.DateTimeFormat>();
/** Intl's local weekday (0 = Monday) and second of the day at `t`. */
function refLocal(tz: string, t: number): { dow: number; second: number } {
  let f = _fmts.get(tz);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      weekday: "short",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    _fmts.set(tz, f);
  }
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(t)) p[x.type] = x.value;
  const dow = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(p.weekday as string);
  return { dow, second: (Number(p.hour) * 60 + Number(p.minute)) * 60 + Number(p.second) };
}

/** Whether Intl's wall clock at `t` is inside the windows, from the windows' definition alone. */
function refInside(windows: readonly WeeklyWindow[], tz: string, t: number): boolean {
  const { dow, second } = refLocal(tz, t);
  const m = (s: string) => (Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5))) * 60;
  return windows.some((w) => {
    const days = w.days ?? DAYS;
    const from = m(w.from);
    const until = m(w.until);
    const today = days.includes(DAYS[dow] as Weekday);
    const yesterday = days.includes(DAYS[(dow + 6) % 7] as Weekday);
    if (until > from) return today && second >= from && second < until;
    // Crosses midnight: the evening part today, the morning part from a window opened yesterday.
    return (today && second >= from) || (yesterday && second < until);
  });
}

describe("the repeated hour when clocks go back (Oslo, 2026-10-25: 03:00 CEST → 02:00 CET at 01:00Z)", () => {
  const night: Interval = [Z("2026-10-24T12:00:00Z"), Z("2026-10-25T12:00:00Z")];
  it("quiet hours ending 02:30 hold in both 02:00–02:30s, CEST and CET", () => {
    const quiet = [{ from: "21:00", until: "02:30" }];
    expect(iso(quietHoursAllowed(quiet, "Europe/Oslo", night))).toEqual([
      ["2026-10-24T12:00:00.000Z", "2026-10-24T19:00:00.000Z"],
      ["2026-10-25T00:30:00.000Z", "2026-10-25T01:00:00.000Z"],
      ["2026-10-25T01:30:00.000Z", "2026-10-25T12:00:00.000Z"],
    ]);
    expect(insideWindows(quiet, "Europe/Oslo", Z("2026-10-25T00:15:00Z"))).toBe(true); // 02:15 CEST
    expect(insideWindows(quiet, "Europe/Oslo", Z("2026-10-25T00:45:00Z"))).toBe(false); // 02:45 CEST
    expect(insideWindows(quiet, "Europe/Oslo", Z("2026-10-25T01:15:00Z"))).toBe(true); // 02:15 CET
    expect(insideWindows(quiet, "Europe/Oslo", Z("2026-10-25T01:30:00Z"))).toBe(false); // 02:30 CET
  });
  it("a window opening at 02:30 opens at its first occurrence; the second 02:00–02:30 is outside", () => {
    const open = [{ from: "02:30", until: "05:00" }];
    expect(iso(allowedByWindows(open, "Europe/Oslo", night))).toEqual([
      ["2026-10-25T00:30:00.000Z", "2026-10-25T01:00:00.000Z"],
      ["2026-10-25T01:30:00.000Z", "2026-10-25T04:00:00.000Z"],
    ]);
    expect(insideWindows(open, "Europe/Oslo", Z("2026-10-25T01:15:00Z"))).toBe(false);
  });
  it("a window inside the repeated hour holds twice", () => {
    const w = [{ from: "02:10", until: "02:20" }];
    expect(iso(allowedByWindows(w, "Europe/Oslo", night))).toEqual([
      ["2026-10-25T00:10:00.000Z", "2026-10-25T00:20:00.000Z"],
      ["2026-10-25T01:10:00.000Z", "2026-10-25T01:20:00.000Z"],
    ]);
  });
  it("Lord Howe repeats half an hour (01:30–02:00 on 2026-04-05)", () => {
    const quiet = [{ from: "20:00", until: "01:45" }];
    // 01:30 +11 is 14:30Z; clocks go back to 01:30 +10:30 at 15:00Z.
    expect(insideWindows(quiet, "Australia/Lord_Howe", Z("2026-04-04T14:40:00Z"))).toBe(true);
    expect(insideWindows(quiet, "Australia/Lord_Howe", Z("2026-04-04T14:50:00Z"))).toBe(false);
    expect(insideWindows(quiet, "Australia/Lord_Howe", Z("2026-04-04T15:10:00Z"))).toBe(true);
    expect(insideWindows(quiet, "Australia/Lord_Howe", Z("2026-04-04T15:15:00Z"))).toBe(false);
  });
});

describe("the skipped hour when clocks go forward (Oslo, 2026-03-29: 02:00 CET → 03:00 CEST at 01:00Z)", () => {
  const night: Interval = [Z("2026-03-28T12:00:00Z"), Z("2026-03-29T12:00:00Z")];
  it("quiet hours ending at a skipped 02:30 end at the transition", () => {
    expect(
      iso(quietHoursAllowed([{ from: "21:00", until: "02:30" }], "Europe/Oslo", night)),
    ).toEqual([
      ["2026-03-28T12:00:00.000Z", "2026-03-28T20:00:00.000Z"],
      ["2026-03-29T01:00:00.000Z", "2026-03-29T12:00:00.000Z"],
    ]);
  });
  it("a window opening at a skipped 02:30 opens at the transition; one inside the gap never opens", () => {
    expect(
      iso(allowedByWindows([{ from: "02:30", until: "05:00" }], "Europe/Oslo", night)),
    ).toEqual([["2026-03-29T01:00:00.000Z", "2026-03-29T03:00:00.000Z"]]);
    expect(allowedByWindows([{ from: "02:10", until: "02:50" }], "Europe/Oslo", night)).toEqual([]);
  });
  it("Apia skipped all of Friday 2011-12-30: a Friday window never opened", () => {
    const fri = [{ days: ["fri" as const], from: "09:00", until: "17:00" }];
    expect(
      allowedByWindows(fri, "Pacific/Apia", [Z("2011-12-28T00:00:00Z"), Z("2012-01-02T00:00:00Z")]),
    ).toEqual([]);
  });
});

describe("point check, interval sets and Intl's wall clock agree (property)", () => {
  const zones = [
    "Europe/Oslo",
    "America/New_York",
    "Australia/Lord_Howe",
    "America/St_Johns",
    "Pacific/Apia",
    "Europe/Dublin",
    "Africa/Casablanca",
    "America/Santiago",
    "America/Havana",
    "Pacific/Chatham",
    "Asia/Gaza",
    "Antarctica/Casey",
  ];
  // Every transition of these zones 2000–2030, to draw instants near.
  const near = zones.map((tz) => {
    const ts: number[] = [];
    forEachOffsetSpan(tz, Date.UTC(2000, 0, 1), Date.UTC(2031, 0, 1), (lo) => {
      ts.push(lo);
      return false;
    });
    return ts.slice(1);
  });
  const hhmm = (max: number) =>
    fc
      .tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) =>
        h === 24 ? "24:00" : `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`,
      );
  const window = fc.record(
    {
      days: fc.subarray([...DAYS], { minLength: 1 }),
      from: fc.oneof(hhmm(23), fc.constantFrom("00:00", "01:00", "02:00", "02:30", "03:00")),
      until: fc.oneof(hhmm(24), fc.constantFrom("00:00", "01:00", "02:00", "02:30", "03:00")),
    },
    { requiredKeys: ["from", "until"] },
  );
  const instant = fc
    .tuple(
      fc.nat(),
      fc.nat(),
      fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }),
      fc.boolean(),
    )
    .map(([zi, ti, d, whole]) => {
      const k = zi % zones.length;
      const ts = near[k] as number[];
      const t = (ts[ti % ts.length] as number) + d;
      return [zones[k] as string, whole ? Math.floor(t / 60_000) * 60_000 : t] as const;
    });
  it("for random windows at random instants within three hours of a transition", () => {
    fc.assert(
      fc.property(
        fc.array(window, { minLength: 1, maxLength: 3 }),
        instant,
        fc.integer({ min: 1, max: 3 * 86_400_000 }),
        fc.integer({ min: 1, max: 3 * 86_400_000 }),
        (windows, [tz, t], before, after) => {
          const inside = refInside(windows, tz, t);
          const range: Interval = [t - before, t + after];
          expect(insideWindows(windows, tz, t)).toBe(inside);
          expect(containsInstant(allowedByWindows(windows, tz, range), t)).toBe(inside);
          expect(containsInstant(quietHoursAllowed(windows, tz, range), t)).toBe(!inside);
          // The set from the instant itself agrees too (a range that starts at t).
          expect(containsInstant(allowedByWindows(windows, tz, [t, t + 1]), t)).toBe(inside);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 3000), seed: 20261025 },
    );
  });
});
