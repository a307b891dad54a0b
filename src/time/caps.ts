import { _utc } from "./instant.js";
import { complementIntervals, type Interval, normalizeIntervals } from "./intervals.js";
import { toWall, wallDayStart, wallToInstant, wallWeekday } from "./zones.js";

/** A frequency cap window: rolling (`ms` long) or a local calendar day, week (Monday first) or month. */
export type CapWindow =
  | { readonly kind: "rolling"; readonly ms: number }
  | { readonly kind: "calendar"; readonly unit: "day" | "week" | "month" };

function _countIn(sends: ArrayLike<number>, lo: number, hi: number, loInclusive: boolean): number {
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
 * The instants of `range` at which one more send stays within the cap in every window that
 * would hold it, counting sends already scheduled after the instant too.
 *
 * - rolling: a window of `ms` ending at `u` holds the sends in `(u - ms, u]`; a send at `t` lies
 *   in the windows ending in `[t, t + ms)`, and none of them may already hold `max`. So a send
 *   exactly `ms` before or after a counted one does not share a window with it; the cap lifts the
 *   instant the oldest counted send leaves the window and closes `ms` before a scheduled one.
 * - calendar: every send in the local day, week (Monday to Sunday) or month of `t` counts,
 *   including ones scheduled later in that period.
 *
 * `max` 0 allows nothing. Instants are whole milliseconds.
 *
 * @param sends - counted sends, sorted ascending, epoch ms
 * @example
 * capAllowed([0, 10], 2, { kind: "rolling", ms: 100 }, "UTC", [0, 200]); // => [[100, 200]]
 * capAllowed([150], 1, { kind: "rolling", ms: 100 }, "UTC", [0, 300]); // => [[0, 51], [250, 300]]
 */
export function capAllowed(
  sends: ArrayLike<number>,
  max: number,
  window: CapWindow,
  tz: string,
  range: Interval,
): Interval[] {
  if (max <= 0) return [];
  if (sends.length < max) return [[range[0], range[1]]];
  if (window.kind === "rolling") return _rollingAllowed(sends, max, window.ms, range);
  const out: Interval[] = [];
  let t = range[0];
  for (let guard = 0; t < range[1] && guard < 4000; guard++) {
    const [ps, pe] = calendarPeriod(window.unit, tz, t);
    if (_countIn(sends, ps, pe - 1, true) < max) out.push([t, Math.min(pe, range[1])]);
    t = pe > t ? pe : t + 86_400_000;
  }
  return normalizeIntervals(out);
}

/**
 * The instants of `range` at which a rolling cap allows one more send. The windows full already
 * are those ending at a `u` with `max` sends in `(u - ms, u]`; a send at `t` shares one of them
 * when `u - ms < t <= u`, so each full stretch `[a, b)` of window ends forbids `[a - ms + 1, b)`.
 */
function _rollingAllowed(
  sends: ArrayLike<number>,
  max: number,
  ms: number,
  range: Interval,
): Interval[] {
  // Window ends that matter: [range start, range end + ms). The count only changes at a send
  // (it enters) or ms after one (it leaves).
  const lo = range[0];
  const hi = range[1] + ms;
  // The sends are sorted, so the sends and the sends plus ms are two sorted runs: merged, not
  // sorted with a comparator (a comparator sort and its copy per cap and range, issue 18).
  const cuts = [lo];
  const n = sends.length;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < n && !((sends[i] as number) > lo && (sends[i] as number) < hi)) i++;
    while (j < n && !((sends[j] as number) + ms > lo && (sends[j] as number) + ms < hi)) j++;
    if (i >= n && j >= n) break;
    const a = i < n ? (sends[i] as number) : Number.POSITIVE_INFINITY;
    const b = j < n ? (sends[j] as number) + ms : Number.POSITIVE_INFINITY;
    if (a <= b) {
      cuts.push(a);
      i++;
    } else {
      cuts.push(b);
      j++;
    }
  }
  cuts.push(hi);
  const blocked: Interval[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    if (a >= b) continue;
    if (_countIn(sends, a - ms, a, false) >= max) blocked.push([a - ms + 1, b]);
  }
  return complementIntervals(normalizeIntervals(blocked), range);
}

/**
 * Whether one more send at `t` stays within the cap in every window that would hold it (as
 * `capAllowed`), given a counter of sends in `[lo, hi]` (or `(lo, hi]` when `loInclusive` is
 * false) that counts unsorted sends in place, and for the exact check the sorted sends, of which
 * only those in the open interval `(lo, hi)` it is given matter (it may return more).
 */
export function capAllowsAt(
  count: (lo: number, hi: number, loInclusive: boolean) => number,
  sorted: (lo: number, hi: number) => ArrayLike<number>,
  max: number,
  window: CapWindow,
  tz: string,
  t: number,
): boolean {
  if (max <= 0) return false;
  if (window.kind === "calendar") {
    const [ps, pe] = calendarPeriod(window.unit, tz, t);
    return count(ps, pe - 1, true) < max;
  }
  // Every window that holds t lies within (t - ms, t + ms): fewer than max there is enough.
  if (count(t - window.ms, t + window.ms - 1, false) < max) return true;
  // `_rollingAllowed` over `[t, t + 1]` reads only the sends in `(t - ms, t + 1 + ms)`: the cuts
  // are the sends and the sends plus `ms` inside `(t, t + 1 + ms)`, the counts those in
  // `(a - ms, a]` for cuts `a` in `[t, t + 1 + ms)`.
  const ms = window.ms;
  return _rollingAllowed(sorted(t - ms, t + 1 + ms), max, ms, [t, t + 1]).length > 0;
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
