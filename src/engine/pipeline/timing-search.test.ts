import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _ascendingOrder } from "./timing-search.js";

/** The reference: indices sorted by time with a comparator, stably. */
function reference(times: readonly number[]): number[] {
  return times.map((_, i) => i).sort((a, b) => (times[a] as number) - (times[b] as number));
}

describe("_ascendingOrder", () => {
  const runs = { numRuns: 2000, seed: 20261204 };
  it("equals the stable comparator sort on instants of history (ties included)", () => {
    const instant = fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 });
    const near = fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_050 }); // many ties
    fc.assert(
      fc.property(fc.array(fc.oneof(instant, near), { maxLength: 300 }), (times) => {
        expect([..._ascendingOrder(times)]).toStrictEqual(reference(times));
      }),
      runs,
    );
  });
  it("falls back to the comparator for spans too wide to pack, and for fractions", () => {
    const wide = [Number.MAX_SAFE_INTEGER, 0, -Number.MAX_SAFE_INTEGER, 5, 0];
    expect([..._ascendingOrder(wide)]).toStrictEqual(reference(wide));
    const frac = [2.5, 1.25, 2.5, -0.5];
    expect([..._ascendingOrder(frac)]).toStrictEqual(reference(frac));
    expect([..._ascendingOrder([])]).toStrictEqual([]);
    expect([..._ascendingOrder([7])]).toStrictEqual([0]);
  });
});
