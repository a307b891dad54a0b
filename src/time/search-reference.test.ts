/**
 * The time search's fast path (`_firstInstant`, `_lazySet`: weekly windows as patterns over zone
 * stretches, other constraints built as far as asked, zones with equal offsets checked once)
 * against the simple reference it replaced: every constraint's allowed set expanded in every zone
 * over the whole range, intersected, and the first instant read off. The questions the
 * explanations ask (the next instant inside and outside from the start, the run that leads to
 * the send) are checked against the same reference sets.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { _Request } from "../engine/pipeline/request.js";
import {
  _distinctZones,
  _firstInstant,
  _lazySet,
  type _SearchConstraint,
} from "../engine/pipeline/timing-search.js";
import { blackoutIntervals, blackoutIntervalsFlat } from "./calendars.js";
import {
  complementIntervals,
  containsInstant,
  firstInstant,
  type Interval,
  intersectAll,
  normalizeIntervals,
} from "./intervals.js";
import {
  allowedByWindows,
  insideWindows,
  type Weekday,
  type WeeklyWindow,
  windowsPattern,
} from "./local-windows.js";
import { complementOf } from "./weekly.js";

const DAY = 86_400_000;
const DAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const ZONES = [
  "America/New_York",
  "America/Detroit",
  "America/Chicago",
  "America/Phoenix",
  "America/St_Johns",
  "Pacific/Guam",
  "Europe/Oslo",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
];
const hm = (m: number) =>
  `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

const windowArb: fc.Arbitrary<WeeklyWindow> = fc
  .record({
    days: fc.option(fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 }), {
      nil: undefined,
    }),
    from: fc.integer({ min: 0, max: 1439 }),
    len: fc.integer({ min: 1, max: 1000 }),
  })
  .map(({ days, from, len }) => ({
    ...(days === undefined ? {} : { days }),
    from: hm(from),
    until: hm(from + len),
  }));

function windows(ws: readonly WeeklyWindow[], quiet: boolean): _SearchConstraint {
  return {
    zoned: true,
    weekly: quiet ? complementOf(windowsPattern(ws)) : windowsPattern(ws),
    holds: (z, t) => insideWindows(ws, z, t) !== quiet,
    allowed: (z, r) => {
      const a = allowedByWindows(ws, z, r);
      return quiet ? complementIntervals(a, r) : a;
    },
  };
}
function blackout(rrule: string): _SearchConstraint {
  const spec = { rrule, duration: "PT3H" };
  return {
    zoned: true,
    holds: (z, t) => blackoutIntervals(spec, z, [t, t + 1]).length === 0,
    allowed: (z, r) => complementIntervals(blackoutIntervals(spec, z, r), r),
    blocked: (z, r) => blackoutIntervalsFlat(spec, z, r),
  };
}
/** An unzoned constraint (a pause, a rolling cap) with the allowed set `set`. */
function fixed(set: readonly Interval[]): _SearchConstraint {
  return {
    zoned: false,
    holds: (_z, t) => containsInstant(set, t),
    allowed: (_z, r) => intersectAll([set, [r]]),
  };
}

const constraintArb = (start: number, len: number): fc.Arbitrary<_SearchConstraint> =>
  fc.oneof(
    fc
      .tuple(fc.array(windowArb, { minLength: 1, maxLength: 4 }), fc.boolean())
      .map(([ws, quiet]) => windows(ws, quiet)),
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom("MO", "TU", "SA", "SU"))
      .map(([h, d]) => blackout(`FREQ=WEEKLY;BYDAY=${d};BYHOUR=${h}`)),
    fc
      .array(
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 5 * DAY })),
        {
          maxLength: 6,
        },
      )
      .map((xs) =>
        fixed(
          normalizeIntervals(
            xs.map(([f, l]) => {
              const a = Math.floor(start + f * len);
              return [a, a + l] as Interval;
            }),
          ),
        ),
      ),
  );

describe("the fast time search equals the reference (property)", () => {
  it("first instant, next inside/outside from the start and run starts, 1–4 zones, 1–90 days", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          Date.UTC(2026, 2, 1, 5, 17),
          Date.UTC(2026, 9, 20, 23, 59),
          Date.UTC(2030, 5, 1),
        ),
        fc.integer({ min: 1, max: 90 }),
        fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, days, zones, fromF) => {
          const len = days * DAY;
          return fc.assert(
            fc.property(
              fc.array(constraintArb(start, len), { minLength: 1, maxLength: 5 }),
              (cs) => {
                const req = {} as _Request;
                const range: Interval = [start, start + len];
                const from = Math.floor(start + fromF * len);
                const ref = cs.map((k) =>
                  k.zoned
                    ? intersectAll(zones.map((z) => k.allowed(z, range)))
                    : k.allowed("UTC", range),
                );
                const all = intersectAll(ref);
                const distinct = _distinctZones(req, zones, range[0], range[1]);
                expect(_firstInstant(req, cs, distinct, range, from)).toBe(firstInstant(all, from));
                const sendAt = firstInstant(all, start);
                cs.forEach((k, i) => {
                  const set = ref[i] as readonly Interval[];
                  const lazy = _lazySet(req, k, distinct, range);
                  const outside = complementIntervals(set, range);
                  expect(lazy.next(start, true, range[1])).toBe(
                    firstInstant(set, start) ?? range[1],
                  );
                  expect(lazy.next(start, false, range[1])).toBe(
                    firstInstant(outside, start) ?? range[1],
                  );
                  if (sendAt !== undefined) {
                    const run = set.find(([a, b]) => a < sendAt && sendAt <= b);
                    expect(lazy.runStart(sendAt, start)).toBe(
                      run === undefined ? sendAt : Math.max(run[0], start),
                    );
                  }
                });
              },
            ),
            { numRuns: 4 },
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("a constraint whose set depends on the whole range", () => {
  it("a holiday provider that does not know a year the range touches fails closed over all of it", () => {
    const start = Date.UTC(2026, 11, 20);
    const range: Interval = [start, start + 30 * DAY];
    const knownUntil = Date.UTC(2027, 0, 1);
    // Like the holiday constraint: no holidays in known years, nothing allowed when the range
    // reaches an unknown one.
    const holiday: _SearchConstraint = {
      zoned: true,
      wholeRange: true,
      holds: () => true,
      allowed: (_z, r) => (r[1] > knownUntil ? [] : [r]),
    };
    const quiet = windows([{ from: "00:00", until: "23:00" }], true);
    const req = {} as _Request;
    const zones = ["Europe/Oslo"];
    const ref = intersectAll([
      holiday.allowed("Europe/Oslo", range),
      quiet.allowed("Europe/Oslo", range),
    ]);
    expect(ref).toEqual([]);
    expect(_firstInstant(req, [holiday, quiet], zones, range, start)).toBeUndefined();
    expect(_lazySet(req, holiday, zones, range).next(start, true, range[1])).toBe(range[1]);
  });
});
