import {
  complementIntervals,
  type Interval,
  intersectAll,
  normalizeIntervals,
  pushClipped,
} from "./intervals.js";

import { normalizePattern, WEEK, type WeekPattern } from "./weekly.js";
import { forEachOffsetSpan, toWall, wallDayStart, wallWeekday } from "./zones.js";

/** A day of the week. */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/**
 * A weekly window in local time: from `from` (inclusive) until `until` (exclusive) on each listed
 * day (default every day). `until` at or before `from` crosses midnight into the next day;
 * `"24:00"` is the end of the day. An instant is inside when its local wall time is, so a window
 * covers both occurrences of a wall time repeated when clocks go back.
 */
export interface WeeklyWindow {
  readonly days?: readonly Weekday[] | undefined;
  readonly from: string;
  readonly until: string;
}

const _DAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const _DAY = 86_400_000;

interface _Compiled {
  readonly mask: number; // bit k = weekday k (0 = Monday)
  readonly from: number; // minutes
  readonly until: number; // minutes, may exceed 1440 when crossing midnight
}

const _cache = new WeakMap<readonly WeeklyWindow[], readonly _Compiled[]>();

function _minutes(hhmm: string): number {
  const h = Number(hhmm.slice(0, 2));
  const m = Number(hhmm.slice(3, 5));
  return h * 60 + m;
}

function _compile(windows: readonly WeeklyWindow[]): readonly _Compiled[] {
  let c = _cache.get(windows);
  if (c === undefined) {
    c = windows.map((w) => {
      const from = _minutes(w.from);
      let until = _minutes(w.until);
      if (until <= from) until += 1440;
      let mask = 0;
      for (const d of w.days ?? _DAYS) mask |= 1 << _DAYS.indexOf(d);
      return { mask, from, until };
    });
    _cache.set(windows, c);
  }
  return c;
}

const _patterns = new WeakMap<readonly WeeklyWindow[], WeekPattern>();

/**
 * The part of the local week inside any of the windows, as a pattern over `[0, WEEK)` (0 is
 * Monday 00:00 local): the form `WeeklySet` checks many zones and days with. Kept per windows
 * list, so a policy's rules are turned into patterns once.
 *
 * @example
 * windowsPattern([{ days: ["mon"], from: "10:00", until: "13:00" }]);
 * // => Float64Array [36000000, 46800000]
 */
export function windowsPattern(windows: readonly WeeklyWindow[]): WeekPattern {
  let p = _patterns.get(windows);
  if (p === undefined) {
    const flat: number[] = [];
    for (const w of _compile(windows))
      for (let d = 0; d < 7; d++) {
        if ((w.mask & (1 << d)) === 0) continue;
        const a = d * _DAY + w.from * 60_000;
        const b = d * _DAY + w.until * 60_000;
        if (b > WEEK) flat.push(a, WEEK, 0, b - WEEK);
        else flat.push(a, b);
      }
    p = normalizePattern(flat);
    _patterns.set(windows, p);
  }
  return p;
}

/**
 * Whether wall time `wall` (epoch ms of local fields) lies in any of the compiled windows: on a
 * listed day from `from` (inclusive) until `until` (exclusive), or in the part past midnight of a
 * window that started the day before.
 */
function _wallInside(ws: readonly _Compiled[], wall: number): boolean {
  const day = wallDayStart(wall);
  const dow = wallWeekday(day);
  const prev = (dow + 6) % 7;
  const ms = wall - day;
  for (const w of ws) {
    if ((w.mask & (1 << dow)) !== 0 && ms >= w.from * 60_000 && ms < w.until * 60_000) return true;
    if (w.until > 1440 && (w.mask & (1 << prev)) !== 0 && ms < (w.until - 1440) * 60_000)
      return true;
  }
  return false;
}

/**
 * The instants of `range` that lie inside any of the windows, in zone `tz`. Membership is decided
 * by the instant's local wall time, so a window covers both occurrences of a wall time repeated
 * when clocks go back, and a window edge skipped when they go forward takes effect at the
 * transition. Built stretch by stretch of constant offset: within one, the window's wall
 * intervals shifted by the offset are exactly its instants.
 *
 * @example
 * // Weekdays 10:00–13:00 in Oslo, on Monday 2026-05-04:
 * allowedByWindows([{ days: ["mon"], from: "10:00", until: "13:00" }], "Europe/Oslo",
 *   [Date.parse("2026-05-04T00:00:00Z"), Date.parse("2026-05-05T00:00:00Z")]);
 * // => [[Date.parse("2026-05-04T08:00:00Z"), Date.parse("2026-05-04T11:00:00Z")]]
 * // Oslo's clocks go back at 03:00 CEST on 2026-10-25 (01:00Z): quiet hours until 02:30 hold in
 * // both 02:00–02:30s (00:00Z–00:30Z and 01:00Z–01:30Z).
 */
export function allowedByWindows(
  windows: readonly WeeklyWindow[],
  tz: string,
  range: Interval,
): Interval[] {
  const ws = _compile(windows);
  const out: Interval[] = [];
  forEachOffsetSpan(tz, range[0], range[1], (lo, hi, off) => {
    const span: Interval = [lo, hi];
    // Local days from the day before the stretch (windows crossing midnight) to its last day.
    const lastDay = wallDayStart(hi - 1 + off);
    for (let day = wallDayStart(lo + off) - _DAY; day <= lastDay; day += _DAY) {
      const bit = 1 << wallWeekday(day);
      for (const w of ws)
        if ((w.mask & bit) !== 0)
          pushClipped(out, day + w.from * 60_000 - off, day + w.until * 60_000 - off, span);
    }
    return false;
  });
  return normalizeIntervals(out);
}

/** The instants of `range` outside every quiet window: the complement of `allowedByWindows`. */
export function quietHoursAllowed(
  quiet: readonly WeeklyWindow[],
  tz: string,
  range: Interval,
): Interval[] {
  return complementIntervals(allowedByWindows(quiet, tz, range), range);
}

/**
 * Whether instant `t` lies inside any of the windows in zone `tz`: whether its local wall time
 * does. Agrees with `allowedByWindows` at every instant, repeated and skipped hours included.
 *
 * @example
 * // 01:15Z on 2026-10-25 is 02:15 in Oslo for the second time (CET).
 * insideWindows([{ from: "21:00", until: "02:30" }], "Europe/Oslo", Date.parse("2026-10-25T01:15:00Z")); // => true
 */
export function insideWindows(windows: readonly WeeklyWindow[], tz: string, t: number): boolean {
  return _wallInside(_compile(windows), toWall(tz, t));
}

/**
 * The instants of `range` inside the windows in every one of `zones`: the rule for a customer
 * whose zone is unknown.
 */
export function allowedInAllZones(
  windows: readonly WeeklyWindow[],
  zones: readonly string[],
  range: Interval,
): readonly Interval[] {
  return intersectAll(zones.map((z) => allowedByWindows(windows, z, range)));
}
