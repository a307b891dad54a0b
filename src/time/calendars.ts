import type { RRule, RRuleSet } from "rrule";
import * as _rrule from "rrule";
import { parseDuration } from "./duration.js";
import { type Interval, normalizeIntervals, pushClipped } from "./intervals.js";
import { toWall, wallToInstant } from "./zones.js";

/** Blackout calendars in the recipient's local time, from RRULEs (`rrule`). */

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
