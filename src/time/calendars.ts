import Holidays from "date-holidays";
import type { RRule, RRuleSet } from "rrule";
import * as _rrule from "rrule";
import { parseDuration } from "./duration.js";
import { type Interval, normalizeIntervals, pushClipped } from "./intervals.js";
import { toWall, wallToInstant } from "./zones.js";

/**
 * Calendars in the recipient's local time: RRULE blackouts (`rrule`) and public holidays
 * (`date-holidays`, maintained per country and region, rather than tables written by hand).
 */

// rrule ships ESM under "module" but no "exports" map, so Node loads its CommonJS build, whose
// named exports Node cannot see; bundlers load the ESM build. Take rrulestr from whichever it is.
const rrulestr: typeof _rrule.rrulestr =
  _rrule.rrulestr ?? (_rrule as unknown as { default: typeof _rrule }).default.rrulestr;

/** Most occurrences one rule may expand to in one year; more is rejected at compile time. */
export const MAX_OCCURRENCES_PER_YEAR = 10_000;

/** A floating DTSTART for rules that give none: 2000-01-01 00:00 local. */
const _DEFAULT_DTSTART = "DTSTART:20000101T000000\n";

interface _Rule {
  readonly rule: RRule | RRuleSet;
  readonly years: Map<number, readonly number[]>;
}
const _rules = new Map<string, _Rule>();

function _parse(text: string): RRule | RRuleSet {
  const s = text.trim();
  const full = /DTSTART/i.test(s)
    ? s
    : `${_DEFAULT_DTSTART}${/^RRULE:/i.test(s) ? s : `RRULE:${s}`}`;
  if (/TZID=/i.test(full))
    throw new Error("TZID is not allowed: blackouts are in the recipient's local time");
  return rrulestr(full, { forceset: false });
}

function _rule(text: string): _Rule {
  let r = _rules.get(text);
  if (r === undefined) {
    r = { rule: _parse(text), years: new Map() };
    _rules.set(text, r);
  }
  return r;
}

/** Occurrence starts of a rule in one local year, as wall times (epoch ms of UTC fields). */
function _year(r: _Rule, year: number): readonly number[] {
  let ys = r.years.get(year);
  if (ys === undefined) {
    const out: number[] = [];
    r.rule.between(
      new Date(Date.UTC(year, 0, 1)),
      new Date(Date.UTC(year + 1, 0, 1)),
      false,
      (d) => {
        if (d.getTime() === Date.UTC(year + 1, 0, 1)) return false;
        out.push(d.getTime());
        return out.length < MAX_OCCURRENCES_PER_YEAR;
      },
    );
    // `between` with inc=false excludes the start itself; add it when it is an occurrence.
    const start = Date.UTC(year, 0, 1);
    const after = r.rule.after(new Date(start - 1), true);
    if (after !== null && after.getTime() === start && out[0] !== start) out.unshift(start);
    ys = out;
    r.years.set(year, ys);
  }
  return ys;
}

/**
 * Checks an RRULE for a blackout: parseable, no TZID, not more often than daily, and not more
 * than `MAX_OCCURRENCES_PER_YEAR` occurrences a year.
 *
 * @returns an error message, or undefined when the rule is usable
 */
export function validateRrule(text: string): string | undefined {
  try {
    const r = _parse(text);
    const opts = "options" in r ? r.options : undefined;
    if (opts !== undefined && opts.freq > 3)
      return "a blackout may recur at most daily (FREQ=DAILY or slower); use quietHours for hours of the day";
    const probe: number[] = [];
    r.between(new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2027, 0, 1)), true, (d) => {
      probe.push(d.getTime());
      return probe.length <= MAX_OCCURRENCES_PER_YEAR;
    });
    if (probe.length > MAX_OCCURRENCES_PER_YEAR)
      return `more than ${MAX_OCCURRENCES_PER_YEAR} occurrences a year`;
    return undefined;
  } catch (e) {
    return `not a valid RRULE: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/**
 * The blackout periods of an RRULE within `range`: each occurrence starts at its local wall time
 * in `tz` and lasts `duration` of wall-clock time (so `P1D` from local midnight ends at the next
 * local midnight, across daylight saving). Rules without DTSTART start on 2000-01-01 local.
 *
 * @example
 * // Every Sunday, in Oslo:
 * blackoutIntervals({ rrule: "FREQ=WEEKLY;BYDAY=SU" }, "Europe/Oslo", [Date.parse("2026-05-09T00:00:00Z"), Date.parse("2026-05-12T00:00:00Z")]);
 * // => [[Date.parse("2026-05-09T22:00:00Z"), Date.parse("2026-05-10T22:00:00Z")]]
 */
export function blackoutIntervals(
  spec: { readonly rrule: string; readonly duration?: string | undefined },
  tz: string,
  range: Interval,
): Interval[] {
  const r = _rule(spec.rrule);
  const dur = parseDuration(spec.duration ?? "P1D");
  const wallFrom = toWall(tz, range[0]) - dur - 86_400_000;
  const wallTo = toWall(tz, range[1]) + 86_400_000;
  const y0 = new Date(wallFrom).getUTCFullYear();
  const y1 = new Date(wallTo).getUTCFullYear();
  const out: Interval[] = [];
  for (let y = y0; y <= y1; y++) {
    for (const w of _year(r, y)) {
      if (w < wallFrom || w > wallTo) continue;
      pushClipped(out, wallToInstant(tz, w), wallToInstant(tz, w + dur), range);
    }
  }
  return normalizeIntervals(out);
}

const _holidayDays = new Map<string, readonly (readonly [number, number])[]>();
const _holidayLib = new Map<string, Holidays | null>();

/** Public holidays of a country (and region) in one year, as local wall-time spans. */
function _holidayWalls(
  country: string,
  region: string | undefined,
  year: number,
): readonly (readonly [number, number])[] {
  const key = `${country}/${region ?? ""}/${year}`;
  let days = _holidayDays.get(key);
  if (days === undefined) {
    const libKey = `${country}/${region ?? ""}`;
    let hd = _holidayLib.get(libKey);
    if (hd === undefined) {
      hd = !holidaysKnown(country)
        ? null
        : region !== undefined && holidaysKnown(country, region)
          ? new Holidays(country, region)
          : new Holidays(country);
      _holidayLib.set(libKey, hd);
    }
    days =
      hd === null
        ? []
        : hd
            .getHolidays(year)
            .filter((x) => x.type === "public")
            .map((x) => {
              const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(x.date);
              const start =
                m === null
                  ? Number.NaN
                  : Date.UTC(
                      +(m[1] as string),
                      +(m[2] as string) - 1,
                      +(m[3] as string),
                      +(m[4] as string),
                      +(m[5] as string),
                      +(m[6] as string),
                    );
              return [start, start + (x.end.getTime() - x.start.getTime())] as const;
            })
            .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && e > s);
    _holidayDays.set(key, days);
  }
  return days;
}

/** Whether `date-holidays` knows the country (and region). */
export function holidaysKnown(country: string, region?: string): boolean {
  const h = new Holidays();
  if (!Object.hasOwn(h.getCountries("en"), country)) return false;
  return region === undefined || Object.hasOwn(h.getStates(country, "en") ?? {}, region);
}

/**
 * The public holidays of `country` (and `region`, ISO 3166-2 suffix such as `FL`) within
 * `range`, each as its local day(s) in `tz`. An unknown country has no holidays here: a rule that
 * needs them should check `holidaysKnown` first.
 *
 * @example
 * // 17 May, Norway's Constitution Day, in Oslo:
 * holidayIntervals("NO", undefined, "Europe/Oslo", [Date.parse("2026-05-16T00:00:00Z"), Date.parse("2026-05-18T00:00:00Z")]);
 * // => [[Date.parse("2026-05-16T22:00:00Z"), Date.parse("2026-05-17T22:00:00Z")]]
 */
export function holidayIntervals(
  country: string,
  region: string | undefined,
  tz: string,
  range: Interval,
): Interval[] {
  const wallFrom = toWall(tz, range[0]) - 2 * 86_400_000;
  const wallTo = toWall(tz, range[1]) + 86_400_000;
  const out: Interval[] = [];
  for (let y = new Date(wallFrom).getUTCFullYear(); y <= new Date(wallTo).getUTCFullYear(); y++) {
    for (const [ws, we] of _holidayWalls(country, region, y)) {
      if (we < wallFrom || ws > wallTo) continue;
      pushClipped(out, wallToInstant(tz, ws), wallToInstant(tz, we), range);
    }
  }
  return normalizeIntervals(out);
}
