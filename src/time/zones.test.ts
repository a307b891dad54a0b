/**
 * Zone offsets against `Intl`, exact to the second, around every transition. The reference is
 * Intl's own: wall fields from `formatToParts` (hourCycle h23, second precision) and, to find
 * transitions, offsets read from the `longOffset` zone name (another path through ICU than the
 * one the code reads), scanned every two hours (the code probes every six) and bisected.
 *
 * The normal suite sweeps a fixed sample of zones, the awkward ones named (about 4 s); `FUZZ=1`
 * sweeps every zone `Intl` knows, 1970 to 2037 (about 3 minutes).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _probeStepDays } from "./zone-table.js";
import {
  forEachOffsetSpan,
  toWall,
  wallToInstant,
  wallToInstantLast,
  zoneOffsetMs,
} from "./zones.js";

const _fields = new Map<string, Intl.DateTimeFormat>();
/** Intl's local wall time of `t` (to the second, plus `t`'s milliseconds) as epoch ms of UTC fields. */
function refWall(tz: string, t: number): number {
  let f = _fields.get(tz);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    _fields.set(tz, f);
  }
  const s = Math.floor(t / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(s)) p[x.type] = Number(x.value);
  const d = new Date(0);
  d.setUTCFullYear(p.year as number, (p.month as number) - 1, p.day as number);
  d.setUTCHours(p.hour as number, p.minute as number, p.second as number, 0);
  return d.getTime() + (t - s);
}

const _names = new Map<string, Intl.DateTimeFormat>();
/** Intl's offset of `tz` at second `s` (epoch seconds), read from its `GMT±H:MM[:SS]` name. */
function refOffsetS(tz: string, s: number): number {
  let f = _names.get(tz);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: tz, timeZoneName: "longOffset" });
    _names.set(tz, f);
  }
  const str = f.format(s * 1000);
  const m = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(str);
  if (m === null) throw new Error(`unexpected zone name in '${str}'`);
  if (m[1] === undefined) return 0;
  const v = (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === "-" ? -v : v;
}

/** Transitions `[instant, offset before, offset after]` of `tz` in `[from, to)` (ms), by Intl alone. */
function refTransitions(tz: string, from: number, to: number, stepS: number): number[][] {
  const out: number[][] = [];
  let p = Math.floor(from / 1000);
  const end = Math.floor(to / 1000);
  let a = refOffsetS(tz, p);
  while (p < end) {
    const q = Math.min(p + stepS, end);
    const b = refOffsetS(tz, q);
    if (b !== a) {
      let x = p;
      let y = q;
      let yo = b;
      while (y - x > 1) {
        const mid = Math.floor((x + y) / 2);
        const o = refOffsetS(tz, mid);
        if (o === a) x = mid;
        else {
          y = mid;
          yo = o;
        }
      }
      out.push([y * 1000, a, yo]);
      a = yo;
      p = y;
    } else p = q;
  }
  return out;
}

/** The transitions the code sees, from its stretches of constant offset. */
function codeTransitions(tz: string, from: number, to: number): number[][] {
  const out: number[][] = [];
  let prev: number | undefined;
  forEachOffsetSpan(tz, from, to, (lo, _hi, off) => {
    if (prev !== undefined) out.push([lo, prev, off]);
    prev = off;
    return false;
  });
  return out;
}

/** Offset, wall time and the wall-to-instant round trip at `x` agree with Intl. */
function checkAt(tz: string, x: number): void {
  const w = refWall(tz, x);
  expect(zoneOffsetMs(tz, x), `${tz} offset at ${new Date(x).toISOString()}`).toBe(w - x);
  expect(toWall(tz, x)).toBe(w);
  // The earliest instant whose wall time is at or after w: w itself (x or an earlier occurrence).
  const back = wallToInstant(tz, w);
  expect(back, `${tz} wallToInstant at ${new Date(x).toISOString()}`).toBeLessThanOrEqual(x);
  expect(refWall(tz, back)).toBe(w);
  expect(refWall(tz, back - 1)).toBeLessThan(w);
  // The instant from which on the wall clock is never again before w: an occurrence of w, just
  // after an instant before w (checked from the transitions' side below).
  const last = wallToInstantLast(tz, w);
  expect(refWall(tz, last), `${tz} wallToInstantLast at ${new Date(x).toISOString()}`).toBe(w);
  expect(refWall(tz, last - 1)).toBeLessThan(w);
}

const FROM = Date.UTC(1970, 0, 1);
const TO = Date.UTC(2037, 0, 1);
const ALL = Intl.supportedValuesOf("timeZone");
const NAMED = [
  "America/St_Johns",
  "America/Moncton",
  "America/Goose_Bay",
  "Antarctica/Casey",
  "Asia/Gaza",
  "Africa/Monrovia",
  "Australia/Lord_Howe",
  "Pacific/Apia",
  "Pacific/Kiritimati",
  "Europe/Dublin",
  "Africa/Casablanca",
  // Probed every 16 days from 1970 on; Anchorage every 15 (Alaska's zones merged in 1983).
  "America/New_York",
  "America/Anchorage",
  "America/Recife",
];
// A fixed sample besides: every 150th zone of Intl's (sorted) list. The reference probes every
// three hours, or every two under FUZZ (the code under test probes every six).
const SWEPT = process.env.FUZZ
  ? ALL
  : [...new Set([...NAMED, ...ALL.filter((_z, i) => i % 150 === 0)])];
const STEP_S = (process.env.FUZZ ? 2 : 3) * 3600;

describe(`zone offsets agree with Intl at every transition, 1970–2037 (${SWEPT.length} zones)`, () => {
  it.each(SWEPT)(
    "%s: the same transitions; offset, wall time and round trips at t - 1 s, t, t + 1 s",
    (tz) => {
      const ref = refTransitions(tz, FROM, TO, STEP_S);
      if (NAMED.includes(tz)) expect(ref.length).toBeGreaterThan(0);
      expect(codeTransitions(tz, FROM, TO)).toEqual(ref);
      // The probe step the table gives the zone is within the shortest round trip of its offset
      // in Intl's own data (from each change to the first return to the offset it left).
      const step = _probeStepDays(tz);
      const trs = ref as [number, number, number][];
      if (step !== undefined)
        for (const [i, [t0, left]] of trs.entries()) {
          const back = trs.slice(i).find(([, , after]) => after === left);
          if (back !== undefined)
            expect(
              back[0] - t0,
              `${tz} round trip from ${new Date(t0).toISOString()}`,
            ).toBeGreaterThanOrEqual(step * 86_400_000);
        }
      for (const [t, before, after] of ref as [number, number, number][]) {
        for (const x of [t - 1000, t, t + 1000]) checkAt(tz, x);
        if (after > before) {
          // Wall times skipped by a jump forward start at the transition.
          expect(wallToInstant(tz, t + before)).toBe(t);
          expect(wallToInstant(tz, t + after - 1)).toBe(t);
          expect(wallToInstantLast(tz, t + before)).toBe(t);
          expect(wallToInstantLast(tz, t + after - 1)).toBe(t);
        } else {
          // A repeated wall time maps to its first occurrence, or for an end to its second (the
          // first, for the wall time the clock goes back to: it never goes below it again).
          expect(wallToInstant(tz, t + after)).toBe(t + after - before);
          expect(wallToInstantLast(tz, t + after)).toBe(t + after - before);
          expect(wallToInstantLast(tz, t + after + 1)).toBe(t + 1);
          expect(wallToInstantLast(tz, t + before - 1)).toBe(t + before - 1 - after);
        }
      }
    },
  );
});

describe("offsets off the quarter hour and with seconds", () => {
  const Z = Date.parse;
  it("St. John's fell back at 00:01 local in 2006 (02:31Z), not on a quarter hour", () => {
    expect(zoneOffsetMs("America/St_Johns", Z("2006-10-29T02:30:59Z"))).toBe(-9_000_000);
    expect(zoneOffsetMs("America/St_Johns", Z("2006-10-29T02:31:00Z"))).toBe(-12_600_000);
    expect(zoneOffsetMs("America/St_Johns", Z("2006-10-29T02:40:00Z"))).toBe(-12_600_000);
  });
  it("Casey went to +11 at 16:01Z on 2020-10-03", () => {
    expect(zoneOffsetMs("Antarctica/Casey", Z("2020-10-03T16:00:59Z"))).toBe(8 * 3_600_000);
    expect(zoneOffsetMs("Antarctica/Casey", Z("2020-10-03T16:05:00Z"))).toBe(11 * 3_600_000);
  });
  it("Gaza sprang forward at 00:01 local on 2010-03-27 (22:01Z)", () => {
    expect(zoneOffsetMs("Asia/Gaza", Z("2010-03-26T22:00:59Z"))).toBe(2 * 3_600_000);
    expect(zoneOffsetMs("Asia/Gaza", Z("2010-03-26T22:05:00Z"))).toBe(3 * 3_600_000);
  });
  it("Monrovia kept -0:44:30 until 1972, with its sign", () => {
    const t = Z("1960-01-01T00:00:00Z");
    expect(zoneOffsetMs("Africa/Monrovia", t)).toBe(-2_670_000);
    expect(new Date(toWall("Africa/Monrovia", t)).toISOString()).toBe("1959-12-31T23:15:30.000Z");
    expect(wallToInstant("Africa/Monrovia", Date.UTC(1959, 11, 31, 23, 15, 30))).toBe(t);
    // 1972-01-07 00:00 local (00:44:30Z): clocks went forward 44 min 30 s to GMT.
    expect(zoneOffsetMs("Africa/Monrovia", Z("1972-01-07T00:44:29Z"))).toBe(-2_670_000);
    expect(zoneOffsetMs("Africa/Monrovia", Z("1972-01-07T00:44:30Z"))).toBe(0);
  });
  it("Oslo's repeated 02:30 on 2026-10-25: first occurrence to start, last to end", () => {
    const w = Date.UTC(2026, 9, 25, 2, 30);
    expect(wallToInstant("Europe/Oslo", w)).toBe(Z("2026-10-25T00:30:00Z"));
    expect(wallToInstantLast("Europe/Oslo", w)).toBe(Z("2026-10-25T01:30:00Z"));
    // Skipped 02:30 on 2026-03-29: both give the transition.
    expect(wallToInstantLast("Europe/Oslo", Date.UTC(2026, 2, 29, 2, 30))).toBe(
      Z("2026-03-29T01:00:00Z"),
    );
  });
  it("rejects unknown zones and instants that are not finite", () => {
    expect(() => zoneOffsetMs("Mars/Olympus_Mons", 0)).toThrow(RangeError);
    expect(() => zoneOffsetMs("Europe/Oslo", Number.NaN)).toThrow(RangeError);
    expect(() => toWall("Europe/Oslo", Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("any zone, any instant 1900–2100, asked in any order (property)", () => {
  it("offset and wall time equal Intl's; wallToInstant gives the earliest instant of the wall time", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...ALL),
            fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
          ),
          { minLength: 1, maxLength: 10 },
        ),
        (qs) => {
          for (const [tz, t] of qs) checkAt(tz, t);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: 20261123 },
    );
  });
});
