/** Calendar periods exact in every year, years 0–99 included. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarPeriod, capAllowed } from "./caps.js";
import { complementIntervals, normalizeIntervals } from "./intervals.js";

const Z = Date.parse;
const iso = ([s, e]: readonly [number, number]) => [
  new Date(s).toISOString(),
  new Date(e).toISOString(),
];

describe("calendar periods in years 0–99", () => {
  it("a month, week and day of the year 50 are in the year 50, not 1950", () => {
    const t = Z("0050-06-15T12:00:00Z");
    expect(iso(calendarPeriod("month", "UTC", t))).toEqual([
      "0050-06-01T00:00:00.000Z",
      "0050-07-01T00:00:00.000Z",
    ]);
    expect(iso(calendarPeriod("day", "Europe/Oslo", t))).toEqual([
      // Local mean time +0:53:28 (Oslo is a link to Berlin in the tz database since 2022).
      "0050-06-14T23:06:32.000Z",
      "0050-06-15T23:06:32.000Z",
    ]);
    // 0050-06-15 is a Wednesday in the proleptic Gregorian calendar (as Date reckons it).
    expect(iso(calendarPeriod("week", "UTC", t))).toEqual([
      "0050-06-13T00:00:00.000Z",
      "0050-06-20T00:00:00.000Z",
    ]);
    expect(iso(calendarPeriod("month", "UTC", Z("0099-12-31T23:00:00Z")))).toEqual([
      "0099-12-01T00:00:00.000Z",
      "0100-01-01T00:00:00.000Z",
    ]);
  });
  it("a one-per-month cap counts a send earlier that month", () => {
    const sends = [Z("0050-06-02T10:00:00Z")];
    const range = [Z("0050-06-15T00:00:00Z"), Z("0050-07-15T00:00:00Z")] as const;
    expect(
      capAllowed(sends, 1, { kind: "calendar", unit: "month" }, "UTC", range).map(iso),
    ).toEqual([["0050-07-01T00:00:00.000Z", "0050-07-15T00:00:00.000Z"]]);
  });
});

describe("rolling caps: the window ends merged from the sorted sends", () => {
  /** The rolling rule as it read before the merge: every cut collected, then sorted. */
  function reference(sends: number[], max: number, ms: number, range: [number, number]) {
    if (max <= 0) return [];
    if (sends.length < max) return [[range[0], range[1]]];
    const count = (lo: number, hi: number) => sends.filter((s) => s > lo && s <= hi).length;
    const lo = range[0];
    const hi = range[1] + ms;
    const cuts = [lo];
    for (const s of sends) {
      if (s > lo && s < hi) cuts.push(s);
      if (s + ms > lo && s + ms < hi) cuts.push(s + ms);
    }
    cuts.sort((a, b) => a - b);
    cuts.push(hi);
    const blocked: [number, number][] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i] as number;
      const b = cuts[i + 1] as number;
      if (a < b && count(a - ms, a) >= max) blocked.push([a - ms + 1, b]);
    }
    return complementIntervals(normalizeIntervals(blocked), range);
  }
  it("allows exactly what collecting and sorting every cut allows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 400 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: -100, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        (raw, max, ms, start, len) => {
          const sends = [...raw].sort((a, b) => a - b);
          const range: [number, number] = [start, start + len];
          expect(capAllowed(sends, max, { kind: "rolling", ms }, "UTC", range)).toStrictEqual(
            reference(sends, max, ms, range),
          );
        },
      ),
      { numRuns: 3000, seed: 20261204 },
    );
  });
});
