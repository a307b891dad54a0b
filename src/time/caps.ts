import { _utc } from "./instant.js";
import { type Interval, normalizeIntervals } from "./intervals.js";
import { toWall, wallDayStart, wallToInstant, wallWeekday } from "./zones.js";

/** A frequency cap window: rolling (`ms` long) or a local calendar day, week (Monday first) or month. */
export type CapWindow =
  | { readonly kind: "rolling"; readonly ms: number }
  | { readonly kind: "calendar"; readonly unit: "day" | "week" | "month" };

function _countIn(sends: readonly number[], lo: number, hi: number, loInclusive: boolean): number {
  // sends sorted ascending; count s with (lo < s or lo <= s if inclusive) and s <= hi
  let a = 0;
  let b = sends.length;
  while (a < b) {
    const m = (a + b) >> 1;
    const v = sends[m] as number;
    if (loInclusive ? v < lo : v <= lo) a = m + 1;
    else b = m;
  }
  let c = a;
  let d = sends.length;
  while (c < d) {
    const m = (c + d) >> 1;
    if ((sends[m] as number) <= hi) c = m + 1;
    else d = m;
  }
  return c - a;
}

/**
 * The local calendar period (as instants) containing instant `t`: from the first instant of the
 * local day, week (Monday first) or month to the first instant of the next. Exact for every year
 * (no `Date.UTC`, which reads years 0 to 99 as 1900 to 1999).
 */
export function calendarPeriod(unit: "day" | "week" | "month", tz: string, t: number): Interval {
  const wall = toWall(tz, t);
  let s: number;
  let e: number;
  if (unit === "month") {
    const w = new Date(wall);
    s = _utc(w.getUTCFullYear(), w.getUTCMonth(), 1);
    e = _utc(w.getUTCFullYear(), w.getUTCMonth() + 1, 1);
  } else {
    const day = wallDayStart(wall);
    if (unit === "day") {
      s = day;
      e = day + 86_400_000;
    } else {
      s = day - wallWeekday(day) * 86_400_000;
      e = s + 7 * 86_400_000;
    }
  }
  return [wallToInstant(tz, s), wallToInstant(tz, e)];
}

/**
 * The instants of `range` at which one more send stays within the cap.
 *
 * - rolling: the sends counted at `t` are those in `(t - ms, t]`; a send exactly `ms` ago no
 *   longer counts, so the cap lifts the instant the oldest counted send leaves the window.
 * - calendar: every send in the local day, week (Monday to Sunday) or month of `t` counts,
 *   including ones scheduled later in that period.
 *
 * `max` 0 allows nothing.
 *
 * @param sends - counted sends, sorted ascending, epoch ms
 * @example
 * capAllowed([0, 10], 2, { kind: "rolling", ms: 100 }, "UTC", [0, 200]); // => [[100, 200]]
 */
export function capAllowed(
  sends: readonly number[],
  max: number,
  window: CapWindow,
  tz: string,
  range: Interval,
): Interval[] {
  if (max <= 0) return [];
  if (sends.length < max) return [[range[0], range[1]]];
  const out: Interval[] = [];
  if (window.kind === "rolling") {
    const ms = window.ms;
    // The count only changes at a send (enters) or ms after one (leaves).
    const cuts = [range[0]];
    for (const s of sends) {
      if (s > range[0] && s < range[1]) cuts.push(s);
      if (s + ms > range[0] && s + ms < range[1]) cuts.push(s + ms);
    }
    cuts.sort((a, b) => a - b);
    cuts.push(range[1]);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i] as number;
      const b = cuts[i + 1] as number;
      if (a >= b) continue;
      if (_countIn(sends, a - ms, a, false) < max) out.push([a, b]);
    }
    return normalizeIntervals(out);
  }
  let t = range[0];
  for (let guard = 0; t < range[1] && guard < 4000; guard++) {
    const [ps, pe] = calendarPeriod(window.unit, tz, t);
    if (_countIn(sends, ps, pe - 1, true) < max) out.push([t, Math.min(pe, range[1])]);
    t = pe > t ? pe : t + 86_400_000;
  }
  return normalizeIntervals(out);
}

/**
 * How many sends the cap sees at instant `t`, given a counter of sends in `[lo, hi]` (or
 * `(lo, hi]` when `loInclusive` is false): lets a caller count unsorted sends in place.
 */
export function capCountWith(
  count: (lo: number, hi: number, loInclusive: boolean) => number,
  window: CapWindow,
  tz: string,
  t: number,
): number {
  if (window.kind === "rolling") return count(t - window.ms, t, false);
  const [ps, pe] = calendarPeriod(window.unit, tz, t);
  return count(ps, pe - 1, true);
}
