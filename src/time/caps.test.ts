/** Calendar periods exact in every year, years 0–99 included. */
import { describe, expect, it } from "vitest";
import { calendarPeriod, capAllowed } from "./caps.js";

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
