import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { retentionEnd } from "./retention.js";

const iso = (t: number) => new Date(t).toISOString();

describe("retentionEnd", () => {
  it("counts calendar years from the grant (UWG § 7a example: 1 March 2022, last call 10 June 2024)", () => {
    expect(iso(retentionEnd("2022-03-01T00:00:00Z", [], 5, true))).toBe("2027-03-01T00:00:00.000Z");
    expect(iso(retentionEnd("2022-03-01T00:00:00Z", ["2024-06-10T09:00:00Z"], 5, true))).toBe(
      "2029-06-10T09:00:00.000Z",
    );
  });

  it("ignores uses unless each use restarts the period", () => {
    expect(iso(retentionEnd("2022-03-01T00:00:00Z", ["2024-06-10T09:00:00Z"], 5, false))).toBe(
      "2027-03-01T00:00:00.000Z",
    );
  });

  it("rolls a leap day to 1 March when the final year has none", () => {
    expect(iso(retentionEnd("2024-02-29T12:00:00Z", [], 5, false))).toBe(
      "2029-03-01T12:00:00.000Z",
    );
    expect(iso(retentionEnd("2024-02-29T12:00:00Z", [], 4, false))).toBe(
      "2028-02-29T12:00:00.000Z",
    );
  });

  it("counts in UTC whatever the offset of the instants", () => {
    expect(iso(retentionEnd("2022-03-01T01:00:00+02:00", [], 5, false))).toBe(
      "2027-02-28T23:00:00.000Z",
    );
  });

  it("throws naming the field for an unreadable instant", () => {
    expect(() => retentionEnd("yesterday", [], 5, true)).toThrow(/grantedAt/);
    expect(() => retentionEnd("2022-03-01T00:00:00Z", ["soon"], 5, true)).toThrow(/uses\[0\]/);
  });

  it("ends at least `years` after the grant and after every use, and a later use never shortens it", () => {
    const t = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) });
    fc.assert(
      fc.property(
        t,
        fc.array(t, { maxLength: 5 }),
        fc.integer({ min: 1, max: 10 }),
        (g, uses, y) => {
          const end = retentionEnd(iso(g), uses.map(iso), y, true);
          for (const u of [g, ...uses])
            expect(end).toBeGreaterThanOrEqual(u + y * 365 * 86_400_000);
          const later = retentionEnd(iso(g), [...uses, g + 1000].map(iso), y, true);
          expect(later).toBeGreaterThanOrEqual(end);
        },
      ),
    );
  });
});
