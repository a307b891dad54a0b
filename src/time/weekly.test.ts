/**
 * The fast path of the time search against the simple reference it replaces: weekly windows over
 * many zones (`WeeklySet`) give exactly the instants of expanding the windows day by day in every
 * zone and intersecting (`allowedByWindows`), a `FlatSet` answers like the interval set it holds,
 * and `wallsToInstants` maps like `wallToInstant` one by one — around DST transitions both ways,
 * zones far from UTC and off the hour, and windows that cross midnight.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FlatSet, type LazySet } from "./flat-set.js";
import {
  complementIntervals,
  firstInstant,
  type Interval,
  intersectAll,
  normalizeIntervals,
} from "./intervals.js";
import {
  allowedByWindows,
  type Weekday,
  type WeeklyWindow,
  windowsPattern,
} from "./local-windows.js";
import {
  complementOf,
  complementPattern,
  intersectPatterns,
  normalizePattern,
  rotatePattern,
  WEEK,
  WeeklySet,
  ZoneStretches,
} from "./weekly.js";
import { wallsToInstants, wallToInstant } from "./zones.js";

const DAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const ZONES = [
  "Europe/Oslo",
  "America/New_York",
  "America/St_Johns",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "America/Adak",
  "Africa/Casablanca",
  "UTC",
];
const hm = (m: number) =>
  m >= 1440
    ? "24:00"
    : `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

const windowArb: fc.Arbitrary<WeeklyWindow> = fc
  .record({
    days: fc.option(fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 }), {
      nil: undefined,
    }),
    from: fc.integer({ min: 0, max: 1439 }),
    len: fc.integer({ min: 1, max: 1440 }),
    crossAt24: fc.boolean(),
  })
  .map(({ days, from, len, crossAt24 }) => ({
    ...(days === undefined ? {} : { days }),
    from: hm(from),
    until: crossAt24 && from + len >= 1440 ? "24:00" : hm((from + len) % 1440),
  }));

// Ranges around the transitions of 2026 (March, April, October, November) and at random.
const rangeArb: fc.Arbitrary<Interval> = fc
  .record({
    base: fc.constantFrom(
      Date.UTC(2026, 2, 27),
      Date.UTC(2026, 3, 3),
      Date.UTC(2026, 8, 25),
      Date.UTC(2026, 9, 23),
      Date.UTC(2026, 10, 1),
      Date.UTC(2030, 0, 1),
    ),
    shift: fc.integer({ min: -5 * 86_400_000, max: 5 * 86_400_000 }),
    len: fc.integer({ min: 1, max: 40 * 86_400_000 }),
  })
  .map(({ base, shift, len }) => [base + shift, base + shift + len] as Interval);

/** Every interval of a lazy set within `range`, found by leaping with `next`. */
function expand(s: LazySet, range: Interval): Interval[] {
  const out: Interval[] = [];
  let t = range[0];
  while (t < range[1]) {
    const a = s.next(t, true, range[1]);
    if (!(a < range[1])) break;
    const b = s.next(a, false, range[1]);
    out.push([a, b]);
    t = b;
  }
  return out;
}

/** The reference run start: the earliest s in [floor, u] with [s, u) inside `set`. */
function refRunStart(set: readonly Interval[], u: number, floor: number): number {
  for (const [a, b] of set) if (a < u && u <= b) return Math.max(a, floor);
  return u;
}

function checkLazy(s: LazySet, ref: readonly Interval[], range: Interval, probes: number[]) {
  expect(expand(s, range)).toEqual(ref);
  const outside = complementIntervals(ref, range);
  for (const t of probes) {
    if (t < range[0] || t >= range[1]) continue;
    expect(s.next(t, true, range[1])).toBe(firstInstant(ref, t) ?? range[1]);
    expect(s.next(t, false, range[1])).toBe(firstInstant(outside, t) ?? range[1]);
    expect(s.runStart(t, range[0])).toBe(refRunStart(ref, t, range[0]));
  }
  for (const [a, b] of ref) {
    expect(s.runStart(b, range[0])).toBe(a);
    expect(s.runStart(a, range[0])).toBe(refRunStart(ref, a, range[0]));
  }
}

describe("WeeklySet equals the windows expanded day by day in every zone (property)", () => {
  it("allowed and quiet windows, one to four zones, ranges across DST transitions", () => {
    fc.assert(
      fc.property(
        fc.array(windowArb, { minLength: 1, maxLength: 5 }),
        fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 4 }),
        rangeArb,
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        (windows, zones, range, quiet, fr) => {
          const inside = windowsPattern(windows);
          const pattern = quiet ? complementOf(inside) : inside;
          const per = zones.map((z) => {
            const a = allowedByWindows(windows, z, range);
            return quiet ? complementIntervals(a, range) : a;
          });
          const ref = intersectAll(per);
          const probes = fr.map((f) => Math.floor(range[0] + f * (range[1] - range[0])));
          checkLazy(
            new WeeklySet(pattern, new ZoneStretches(zones, range[0], range[1])),
            ref,
            range,
            probes,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("two rules intersected as patterns equal the rules intersected as sets", () => {
    fc.assert(
      fc.property(
        fc.array(windowArb, { minLength: 1, maxLength: 4 }),
        fc.array(windowArb, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 3 }),
        rangeArb,
        (send, quiet, zones, range) => {
          const p = intersectPatterns(windowsPattern(send), complementOf(windowsPattern(quiet)));
          const ref = intersectAll(
            zones.flatMap((z) => [
              allowedByWindows(send, z, range),
              complementIntervals(allowedByWindows(quiet, z, range), range),
            ]),
          );
          expect(
            expand(new WeeklySet(p, new ZoneStretches(zones, range[0], range[1])), range),
          ).toEqual(ref);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a rotated pattern holds x exactly when the pattern holds x + shift", () => {
    fc.assert(
      fc.property(
        fc.array(windowArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -2 * WEEK, max: 2 * WEEK }),
        fc.array(fc.integer({ min: 0, max: WEEK - 1 }), { minLength: 1, maxLength: 20 }),
        (windows, shift, xs) => {
          const p = windowsPattern(windows);
          const r = rotatePattern(p, shift);
          const has = (q: Float64Array, x: number) => {
            for (let i = 0; i < q.length; i += 2)
              if ((q[i] as number) <= x && x < (q[i + 1] as number)) return true;
            return false;
          };
          for (const x of xs) expect(has(r, x)).toBe(has(p, (((x + shift) % WEEK) + WEEK) % WEEK));
        },
      ),
    );
  });

  it("a rotation is the pattern of its shifted pieces, sorted and merged (the same array)", () => {
    // The reference: every interval shifted, split where it crosses the week, then sorted and
    // merged by normalizePattern (how rotations were computed before the linear shift).
    const reference = (p: Float64Array, shift: number) => {
      const s = ((shift % WEEK) + WEEK) % WEEK;
      if (s === 0 || p.length === 0) return p;
      const flat: number[] = [];
      for (let i = 0; i < p.length; i += 2) {
        let a = (p[i] as number) - s;
        let b = (p[i + 1] as number) - s;
        if (b <= 0) {
          a += WEEK;
          b += WEEK;
        }
        if (a < 0) flat.push(a + WEEK, WEEK, 0, b);
        else flat.push(a, b);
      }
      return normalizePattern(flat);
    };
    fc.assert(
      fc.property(
        fc.array(windowArb, { maxLength: 8 }),
        fc.oneof(
          fc.integer({ min: -2 * WEEK, max: 2 * WEEK }),
          fc.constantFrom(0, 1, -1, WEEK, 3_600_000, -3_600_000, 86_400_000),
        ),
        (windows, shift) => {
          const p = windowsPattern(windows);
          expect([...rotatePattern(p, shift)]).toEqual([...reference(p, shift)]);
          // A pattern reaching round the week (its end and its start) rotates too.
          const c = complementPattern(p);
          expect([...rotatePattern(c, shift)]).toEqual([...reference(c, shift)]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("FlatSet answers like its interval set (property)", () => {
  it("next inside, next outside and run starts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 50 })), {
          maxLength: 20,
        }),
        fc.array(fc.integer({ min: 0, max: 1100 }), { maxLength: 20 }),
        (raw, probes) => {
          const range: Interval = [0, 1100];
          const ref = normalizeIntervals(
            raw.map(([a, l]) => [a, Math.min(a + l, 1100)] as Interval),
          );
          checkLazy(new FlatSet(ref), ref, range, probes);
        },
      ),
    );
  });
});

describe("wallsToInstants maps each wall time like wallToInstant (property)", () => {
  it("sorted wall times around transitions, in any zone of the sample", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES, "Africa/Monrovia", "Antarctica/Casey"),
        rangeArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (tz, range, fr) => {
          const walls = fr
            .map((f) => Math.floor(range[0] + f * (range[1] - range[0])))
            .sort((a, b) => a - b);
          expect([...wallsToInstants(tz, walls)]).toEqual(walls.map((w) => wallToInstant(tz, w)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
