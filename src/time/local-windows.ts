import {
  complementIntervals,
  type Interval,
  intersectAll,
  normalizeIntervals,
  pushClipped,
} from "./intervals.js";

import { toWall, transitionNear, wallDayStart, wallFields, wallToInstant } from "./zones.js";

/** A day of the week. */
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/**
 * A weekly window in local time: from `from` (inclusive) until `until` (exclusive) on each listed
 * day (default every day). `until` at or before `from` crosses midnight into the next day;
 * `"24:00"` is the end of the day.
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

/**
 * The instants of `range` that lie inside any of the windows, in zone `tz`. Each boundary is a
 * local wall time turned into an instant by `wallToInstant`: a boundary skipped by a
 * spring-forward starts at the transition, a repeated one counts at its first occurrence.
 *
 * @example
 * // Weekdays 10:00–13:00 in Oslo, on Monday 2026-05-04:
 * allowedByWindows([{ days: ["mon"], from: "10:00", until: "13:00" }], "Europe/Oslo",
 *   [Date.parse("2026-05-04T00:00:00Z"), Date.parse("2026-05-05T00:00:00Z")]);
 * // => [[Date.parse("2026-05-04T08:00:00Z"), Date.parse("2026-05-04T11:00:00Z")]]
 */
export function allowedByWindows(
  windows: readonly WeeklyWindow[],
  tz: string,
  range: Interval,
): Interval[] {
  const ws = _compile(windows);
  const out: Interval[] = [];
  // Local days from the day before the range (windows crossing midnight) to the day after.
  const firstDay = wallDayStart(toWall(tz, range[0])) - _DAY;
  const lastDay = wallDayStart(toWall(tz, range[1])) + _DAY;
  for (let day = firstDay; day <= lastDay; day += _DAY) {
    const dow = (new Date(day).getUTCDay() + 6) % 7;
    for (const w of ws) {
      if ((w.mask & (1 << dow)) === 0) continue;
      pushClipped(
        out,
        wallToInstant(tz, day + w.from * 60_000),
        wallToInstant(tz, day + w.until * 60_000),
        range,
      );
    }
  }
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
 * Whether instant `t` lies inside any of the windows in zone `tz`. Reads the wall clock directly,
 * without building intervals, unless a daylight-saving transition is within a day, where it
 * defers to `allowedByWindows` so that both always agree.
 */
export function insideWindows(windows: readonly WeeklyWindow[], tz: string, t: number): boolean {
  if (transitionNear(tz, t)) {
    const set = allowedByWindows(windows, tz, [t, t + 1]);
    return set.length > 0;
  }
  const ws = _compile(windows);
  const { dow, minute } = wallFields(toWall(tz, t));
  const prev = (dow + 6) % 7;
  for (const w of ws) {
    if ((w.mask & (1 << dow)) !== 0 && minute >= w.from && minute < w.until) return true;
    if (w.until > 1440 && (w.mask & (1 << prev)) !== 0 && minute < w.until - 1440) return true;
  }
  return false;
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
