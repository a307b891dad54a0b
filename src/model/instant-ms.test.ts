/** The one-pass instant parse agrees with the schema's pattern and with Date.parse (property). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _strictInstantMs } from "./instant-ms.js";
import { INSTANT_PATTERN, InstantSchema } from "./primitives.js";

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
/** ISO-shaped strings, valid or not: months to 13, days to 32, hours to 24, any fraction. */
const iso = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0")),
    two(13),
    two(32),
    two(24),
    two(60),
    two(60),
    fc.oneof(fc.constant(""), fc.stringMatching(/^\.\d{0,12}$/)),
    fc.oneof(
      fc.constant("Z"),
      fc.tuple(fc.constantFrom("+", "-"), two(24), two(60)).map(([s, h, m]) => `${s}${h}:${m}`),
      fc.constantFrom("", "z", "+0100", "+01", "Z\n", " Z"),
    ),
  )
  .map(([y, mo, d, h, mi, s, f, z]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${f}${z}`);
/** February 28–30 of leap and common years, century years included. */
const february = fc
  .tuple(
    fc.constantFrom(0, 4, 100, 200, 400, 1900, 2000, 2023, 2024, 2100, 2400, 9996, 9999),
    fc.constantFrom("28", "29", "30"),
  )
  .map(([y, d]) => `${String(y).padStart(4, "0")}-02-${d}T00:00:00Z`);
/** Any one character of a valid instant replaced by any other. */
const mangled = fc
  .tuple(
    fc.date({ noInvalidDate: true, min: new Date(0), max: new Date("2999-12-31T00:00:00Z") }),
    fc.boolean(),
    fc.nat(),
    fc.constantFrom(..."0123456789:-+.TZ a/٣".split("")),
  )
  .map(([d, local, at, ch]) => {
    const s = local ? d.toISOString().replace("Z", "+05:30") : d.toISOString();
    const i = at % s.length;
    return s.slice(0, i) + ch + s.slice(i + 1);
  });

/**
 * `s` with its fraction cut to nine digits. Past nine, V8's `Date.parse` reads the fraction oddly
 * (`.0004000000` as 4 ms, `.0000000001` as 0); the model takes the first three digits, as ISO 8601
 * truncation and `Date.parse` up to nine digits do, and as `parseInstant` always has.
 */
function _nineDigits(s: string): string {
  return s.replace(/(\.\d{9})\d+/, "$1");
}

describe("_strictInstantMs", () => {
  it("accepts exactly what the schema accepts, with the number Date.parse gives (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          iso,
          february,
          mangled,
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        (s) => {
          const t = _strictInstantMs(s);
          const accepted = InstantSchema.safeParse(s).success;
          expect(!Number.isNaN(t)).toBe(accepted);
          expect(INSTANT_PATTERN.test(s)).toBe(accepted);
          if (accepted) expect(t).toBe(Date.parse(_nineDigits(s)));
        },
      ),
      { numRuns: 20 * Number(process.env.PROPERTY_RUNS ?? 1000), seed: 20261204 },
    );
  });
  it("knows leap years and the days of each month", () => {
    expect(_strictInstantMs("2024-02-29T00:00:00Z")).toBe(Date.parse("2024-02-29T00:00:00Z"));
    expect(_strictInstantMs("2000-02-29T00:00:00Z")).toBe(Date.parse("2000-02-29T00:00:00Z"));
    expect(_strictInstantMs("1900-02-29T00:00:00Z")).toBeNaN();
    expect(_strictInstantMs("2026-04-31T00:00:00Z")).toBeNaN();
    expect(_strictInstantMs("2026-04-30T23:59:59.9999+23:59")).toBe(
      Date.parse("2026-04-30T23:59:59.999+23:59"),
    );
    expect(_strictInstantMs("2026-04-30T12:00:00.0004000000Z")).toBe(
      Date.parse("2026-04-30T12:00:00Z"),
    );
    expect(_strictInstantMs("2026-04-30T24:00:00Z")).toBeNaN();
    expect(_strictInstantMs("2026-04-30T12:00:00.Z")).toBeNaN();
    expect(_strictInstantMs("2026-04-30T12:00Z")).toBeNaN();
  });
});
