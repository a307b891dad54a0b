import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { dateHolidays } from "../holidays.js";
import { orthodoxEaster, tableHolidays, westernEaster } from "./holiday-codec.js";
import { bundledHolidays } from "./holiday-tables.js";
import { holidayIntervals } from "./holidays.js";
import type { Interval } from "./intervals.js";

/** The countries the bundled tables must cover, each with every region date-holidays lists. */
const COUNTRIES = [
  ...["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE"],
  ...["IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"],
  ...["IS", "LI", "NO", "CH", "GB", "US", "CA", "AU", "NZ", "TR", "PR", "VI", "GU", "AS"],
];
const FROM = 2000;
const TO = 2099;

const meta = new Holidays();
const places: (readonly [country: string, region: string | undefined])[] = COUNTRIES.flatMap(
  (c) => [
    [c, undefined] as const,
    ...Object.keys(meta.getStates(c, "en") ?? {}).map((r) => [c, r] as const),
  ],
);

const Z = (s: string) => Date.parse(s);
const iso = (set: readonly Interval[] | undefined) =>
  set?.map(([s, e]) => [new Date(s).toISOString(), new Date(e).toISOString()]);

describe("bundledHolidays", () => {
  it("covers every region date-holidays lists for the bundled countries", () => {
    expect(places.length).toBeGreaterThan(200);
    for (const r of ["ENG", "NIR", "SCT", "WLS"]) expect(places).toContainEqual(["GB", r]);
    expect(places.filter(([c, r]) => c === "US" && r !== undefined)).toHaveLength(51);
    expect(places.filter(([c, r]) => c === "CA" && r !== undefined)).toHaveLength(13);
  });

  // A full sweep of every year is ~20 s of date-holidays; every place gets the years around now,
  // both ends of the span, and two more that differ from place to place, so all years get checked
  // by some place. scripts/gen-holidays.ts checks every place and year before writing the tables.
  it("equals date-holidays' public holidays, span for span, for every place", () => {
    const live = dateHolidays();
    places.forEach(([country, region], i) => {
      const years = new Set([FROM, 2024, 2025, 2026, 2027, 2028, TO]);
      years.add(FROM + ((i * 37) % (TO - FROM + 1)));
      years.add(FROM + ((i * 61 + 13) % (TO - FROM + 1)));
      const name = region === undefined ? country : `${country}-${region}`;
      for (const y of years) {
        const want = live.holidays(country, region, y);
        expect(want?.length, `${name} ${y}`).toBeGreaterThan(0);
        expect(bundledHolidays.holidays(country, region, y), `${name} ${y}`).toEqual(want);
      }
    });
  }, 60_000);

  it("gives sorted spans", () => {
    for (const [country, region] of places) {
      const spans = bundledHolidays.holidays(country, region, 2026) ?? [];
      for (let i = 1; i < spans.length; i++) {
        const [a, b] = [spans[i - 1], spans[i]] as [readonly number[], readonly number[]];
        expect(
          (a[0] as number) < (b[0] as number) ||
            (a[0] === b[0] && (a[1] as number) <= (b[1] as number)),
        ).toBe(true);
      }
    }
  });

  it("does not know other countries or years outside 2000–2099", () => {
    expect(bundledHolidays.holidays("JP", undefined, 2026)).toBeUndefined();
    expect(bundledHolidays.holidays("MP", undefined, 2026)).toBeUndefined(); // date-holidays neither
    expect(bundledHolidays.holidays("NO", undefined, 1999)).toBeUndefined();
    expect(bundledHolidays.holidays("NO", undefined, 2100)).toBeUndefined();
    expect(bundledHolidays.holidays("NO", undefined, 2026.5)).toBeUndefined();
    expect(bundledHolidays.holidays("NO", undefined, 2099)?.length).toBeGreaterThan(0);
  });

  it("falls back to the country for a region it does not list, as date-holidays does", () => {
    const us = bundledHolidays.holidays("US", undefined, 2026);
    expect(bundledHolidays.holidays("US", "ZZ", 2026)).toEqual(us);
    // Puerto Rico is its own country in date-holidays, not a US region.
    expect(bundledHolidays.holidays("US", "PR", 2026)).toEqual(us);
    expect(bundledHolidays.holidays("PR", undefined, 2026)).not.toEqual(us);
    expect(dateHolidays().holidays("US", "PR", 2026)).toEqual(us);
    // A listed region has its own: Alsace-Moselle keeps 26 December.
    expect(bundledHolidays.holidays("FR", "67", 2026)).toContainEqual([
      Date.UTC(2026, 11, 26),
      Date.UTC(2026, 11, 27),
    ]);
    expect(bundledHolidays.holidays("FR", undefined, 2026)).not.toContainEqual([
      Date.UTC(2026, 11, 26),
      Date.UTC(2026, 11, 27),
    ]);
  });
});

describe("tableHolidays", () => {
  const p = tableHolidays("t", {
    from: 2020,
    to: 2029,
    rules: [
      "F0101",
      // 26 Dec, or the Monday after when it falls on Saturday, the Tuesday after on Sunday.
      "F1226WljjjjjlY0-9",
      "E-2T720D720",
      // Only 2022-2023, 2022 moved to 3 June, 2023 lasting two days.
      "F0601Y2-3Z2:153K3:2880",
      "XZ5:10.20",
    ],
    places: ["AA=0.1.2", "AA-R=+3-1", "BB=4"],
  });
  it("reads fixed dates, weekday tables, Easter offsets, times, lengths and year exceptions", () => {
    const d = (y: number, m: number, day: number, h = 0) => Date.UTC(y, m - 1, day, h);
    expect(p.holidays("AA", undefined, 2021)).toEqual([
      [d(2021, 1, 1), d(2021, 1, 2)],
      [d(2021, 4, 2, 12), d(2021, 4, 3)],
      [d(2021, 12, 28), d(2021, 12, 29)], // 26 Dec 2021 is a Sunday
    ]);
    expect(p.holidays("AA", undefined, 2026)?.[2]).toEqual([d(2026, 12, 28), d(2026, 12, 29)]); // Saturday
    expect(p.holidays("AA", undefined, 2024)?.[2]).toEqual([d(2024, 12, 26), d(2024, 12, 27)]); // Thursday
    expect(p.holidays("AA", "R", 2022)).toEqual([
      [d(2022, 1, 1), d(2022, 1, 2)],
      [d(2022, 4, 15, 12), d(2022, 4, 16)],
      [d(2022, 6, 3), d(2022, 6, 4)],
    ]);
    expect(p.holidays("AA", "R", 2023)?.[2]).toEqual([d(2023, 6, 1), d(2023, 6, 3)]);
    expect(p.holidays("AA", "R", 2024)).toHaveLength(2);
    expect(p.holidays("BB", undefined, 2025)).toEqual([
      [d(2025, 1, 11), d(2025, 1, 12)],
      [d(2025, 1, 21), d(2025, 1, 22)],
    ]);
    expect(p.holidays("BB", undefined, 2026)).toEqual([]);
    expect(p.holidays("AA", undefined, 2030)).toBeUndefined();
  });
  it("computes Western and Orthodox Easter", () => {
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    expect([2024, 2025, 2026, 2038].map((y) => day(westernEaster(y)))).toEqual([
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2038-04-25",
    ]);
    expect([2024, 2025, 2026, 2038].map((y) => day(orthodoxEaster(y)))).toEqual([
      "2024-05-05",
      "2025-04-20",
      "2026-04-12",
      "2038-04-25",
    ]);
  });
});

describe("holidayIntervals", () => {
  it("gives a holiday's local days in the customer's zone", () => {
    // 4 July 2026 is a Saturday: Friday 3 July is the federal holiday observed.
    expect(
      iso(
        holidayIntervals(bundledHolidays, "US", "CA", "America/Los_Angeles", [
          Z("2026-07-02T00:00:00Z"),
          Z("2026-07-07T00:00:00Z"),
        ]),
      ),
    ).toEqual([["2026-07-03T07:00:00.000Z", "2026-07-05T07:00:00.000Z"]]);
  });
  it("keeps a holiday's length as date-holidays measures it across a DST change", () => {
    // Easter Sunday 2024 is the day clocks go forward in Croatia: date-holidays makes it 23 hours
    // long, so it ends at 23:00 local.
    expect(
      iso(
        holidayIntervals(bundledHolidays, "HR", undefined, "Europe/Zagreb", [
          Z("2024-03-30T00:00:00Z"),
          Z("2024-03-31T22:00:00Z"),
        ]),
      ),
    ).toEqual([["2024-03-30T23:00:00.000Z", "2024-03-31T21:00:00.000Z"]]);
    // Austria's National Day 2025 falls on the day clocks go back: 25 hours, to 01:00 on the 27th.
    expect(
      iso(
        holidayIntervals(bundledHolidays, "AT", undefined, "Europe/Vienna", [
          Z("2025-10-25T00:00:00Z"),
          Z("2025-10-28T00:00:00Z"),
        ]),
      ),
    ).toEqual([["2025-10-25T22:00:00.000Z", "2025-10-27T00:00:00.000Z"]]);
  });
  it("is undefined when the provider does not know the country or a year the range touches", () => {
    const r: Interval = [Z("2026-05-01T00:00:00Z"), Z("2026-05-02T00:00:00Z")];
    expect(holidayIntervals(bundledHolidays, "JP", undefined, "Asia/Tokyo", r)).toBeUndefined();
    expect(holidayIntervals(dateHolidays(), "JP", undefined, "Asia/Tokyo", r)).toEqual([]);
    expect(
      holidayIntervals(bundledHolidays, "NO", undefined, "Europe/Oslo", [
        Z("2099-12-30T00:00:00Z"),
        Z("2100-01-01T00:00:00Z"),
      ]),
    ).toBeUndefined();
    // A known country with no holiday in the range: known, empty.
    expect(
      holidayIntervals(bundledHolidays, "NO", undefined, "Europe/Oslo", [
        Z("2026-06-10T00:00:00Z"),
        Z("2026-06-11T00:00:00Z"),
      ]),
    ).toEqual([]);
  });
});
