/** Exact UTC fields for every year, and the range of instants the engine supports. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DURATION_MS } from "./duration.js";
import {
  _utc,
  isSupportedInstant,
  MAX_HORIZON_MS,
  MAX_INSTANT_MS,
  MIN_INSTANT_MS,
  parseInstant,
} from "./instant.js";

/** The instant of UTC fields built with setUTCFullYear, which takes every year as it is. */
function viaSetter(y: number, m: number, d: number, h: number, mi: number, s: number, ms: number) {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m, d);
  dt.setUTCHours(h, mi, s, ms);
  return dt.getTime();
}

describe("_utc", () => {
  it("reads years 0–99 as they are, where Date.UTC reads 1900–1999", () => {
    expect(new Date(_utc(50, 0, 1)).toISOString()).toBe("0050-01-01T00:00:00.000Z");
    expect(new Date(_utc(0, 1, 29)).toISOString()).toBe("0000-02-29T00:00:00.000Z");
    expect(new Date(Date.UTC(50, 0, 1)).toISOString()).toBe("1950-01-01T00:00:00.000Z");
  });
  it("equals setUTCFullYear's instant for any fields, months and days running over (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3000, max: 12000 }),
        fc.integer({ min: -30, max: 40 }),
        fc.integer({ min: -40, max: 70 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 999 }),
        (y, m, d, h, mi, s, ms) => {
          expect(_utc(y, m, d, h, mi, s, ms)).toBe(viaSetter(y, m, d, h, mi, s, ms));
          if (y >= 100 && y <= 9999 && m >= 0 && m <= 11)
            expect(_utc(y, m, d, h, mi, s, ms)).toBe(Date.UTC(y, m, d, h, mi, s, ms));
        },
      ),
      { numRuns: 5000, seed: 100 },
    );
  });
});

describe("the supported range of instants", () => {
  it("runs from 1900-01-01 to 9988-12-20, integers only", () => {
    expect(new Date(MIN_INSTANT_MS).toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect(new Date(MAX_INSTANT_MS).toISOString()).toBe("9988-12-20T23:59:59.999Z");
    expect(isSupportedInstant(MIN_INSTANT_MS)).toBe(true);
    expect(isSupportedInstant(MAX_INSTANT_MS)).toBe(true);
    expect(isSupportedInstant(MIN_INSTANT_MS - 1)).toBe(false);
    expect(isSupportedInstant(MAX_INSTANT_MS + 1)).toBe(false);
    expect(isSupportedInstant(8.64e15)).toBe(false);
    expect(isSupportedInstant(-8.64e15)).toBe(false);
    expect(isSupportedInstant(Number.NaN)).toBe(false);
    expect(isSupportedInstant(Number.POSITIVE_INFINITY)).toBe(false);
    expect(isSupportedInstant(Date.parse("2026-05-04T09:00:00Z") + 0.5)).toBe(false);
    expect(isSupportedInstant(parseInstant("0050-06-15T00:00:00Z"))).toBe(false);
  });
  it("leaves room for the longest horizon and duration within year 9999", () => {
    const last = MAX_INSTANT_MS + MAX_HORIZON_MS + MAX_DURATION_MS + 2 * 86_400_000;
    expect(new Date(last).toISOString()).toBe("9999-12-31T23:59:59.999Z");
    expect(parseInstant(new Date(last).toISOString())).toBe(last);
  });
});
