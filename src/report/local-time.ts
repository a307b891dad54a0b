import { toWall, wallToInstant, zoneOffsetMs } from "../time/zones.js";

/**
 * Local times for people: an instant shown in an explicit IANA zone (never the process zone), and
 * the zone's offset changes (daylight saving) found over a stretch of time.
 */

const _DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const _MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;
const _HOUR = 3_600_000;
const _DAY = 86_400_000;

const _pad = (n: number) => String(n).padStart(2, "0");

/** `UTC+2`, `UTC-4`, `UTC+5:30`: an offset in milliseconds, for people. */
export function _offsetLabel(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const m = Math.abs(Math.round(offsetMs / 60_000));
  return `UTC${sign}${Math.floor(m / 60)}${m % 60 === 0 ? "" : `:${_pad(m % 60)}`}`;
}

/**
 * The zone's short name at `t` where Intl knows a real one (`CEST`, `EDT`), else its offset
 * (`UTC+2`).
 */
export function _zoneName(tz: string, t: number): string {
  for (const locale of ["en-US", "en-GB"]) {
    const part = new Intl.DateTimeFormat(locale, { timeZone: tz, timeZoneName: "short" })
      .formatToParts(new Date(t))
      .find((p) => p.type === "timeZoneName")?.value;
    if (part !== undefined && !/^(GMT|UTC)([+-]|$)/.test(part)) return part;
  }
  return _offsetLabel(zoneOffsetMs(tz, t));
}

/** `Tue 5 May` for the local day of `t` in `tz`. */
export function _localDay(tz: string, t: number): string {
  const w = new Date(toWall(tz, t));
  return `${_DAYS[w.getUTCDay()]} ${w.getUTCDate()} ${_MONTHS[w.getUTCMonth()]}`;
}

/** `09:00` for the local clock time of `t` in `tz`. */
export function _localClock(tz: string, t: number): string {
  const w = new Date(toWall(tz, t));
  return `${_pad(w.getUTCHours())}:${_pad(w.getUTCMinutes())}`;
}

/** `Tue 5 May 09:00` for `t` in `tz`. */
export function _localDateTime(tz: string, t: number): string {
  return `${_localDay(tz, t)} ${_localClock(tz, t)}`;
}

/** The instant of local midnight that starts the local day containing `t` in `tz`. */
export function _localMidnight(tz: string, t: number): number {
  const w = toWall(tz, t);
  return wallToInstant(tz, Math.floor(w / _DAY) * _DAY);
}

/** A change of a zone's offset: the instant, and the offsets (ms) before and after. */
export interface _Transition {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

/**
 * The offset changes of `tz` in `[from, to)`, each to the minute: probes every hour (no zone
 * changes twice within one) and bisects where the offset differs.
 */
export function _transitions(tz: string, from: number, to: number): _Transition[] {
  const out: _Transition[] = [];
  let prev = zoneOffsetMs(tz, from);
  for (let t = from + _HOUR; t < to + _HOUR; t += _HOUR) {
    const probe = Math.min(t, to);
    const off = zoneOffsetMs(tz, probe);
    if (off !== prev) {
      let lo = probe - _HOUR;
      let hi = probe;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (zoneOffsetMs(tz, mid) === prev) lo = mid;
        else hi = mid;
      }
      if (hi < to) out.push({ at: hi, before: prev, after: off });
      prev = off;
    }
  }
  return out;
}

/**
 * Tick instants for a local-time axis over `[from, to)`: every local midnight, and between them
 * every `stepHours` local hours (fewer for long stretches).
 */
export function _localTicks(tz: string, from: number, to: number, stepHours: number): number[] {
  const ticks: number[] = [];
  for (let day = _localMidnight(tz, from); day < to; ) {
    const wall = toWall(tz, day);
    for (let h = 0; h < 24; h += stepHours) {
      const t = wallToInstant(tz, wall + h * _HOUR);
      if (t >= from && t < to) ticks.push(t);
    }
    day = wallToInstant(tz, wall + _DAY);
  }
  return ticks;
}
