import { MAX_BLACKOUT_OCCURRENCES_PER_DAY } from "../model/limits.js";
import { parseDuration } from "./duration.js";
import type { Interval } from "./intervals.js";
import { toWall, wallsToInstants } from "./zones.js";

/**
 * Blackout calendars in the recipient's local time, from RRULEs (RFC 5545).
 *
 * A rule is parsed and checked on its own terms, without expanding it over years: the frequency
 * (daily or slower), the occurrences it can have on one day, whether it can ever occur at all
 * (found within one Gregorian cycle of its periods, at most about 146,000 days examined), and,
 * for `COUNT`, the instant of its last occurrence, found by skipping whole cycles. Expansion then
 * starts at the period that holds the range asked for, whatever the DTSTART, and produces every
 * occurrence in it: nothing is ever cut off.
 *
 * The recurrence follows RFC 5545 as python-dateutil and the `rrule` package read it (the
 * property tests compare with `rrule`), on the rule's lists sorted and without duplicates, with
 * two differences where `rrule` strays from the RFC: a `BYSETPOS` position beyond the set chosen
 * from selects nothing (`rrule` takes the set's first element for a negative one), and an
 * occurrence that two positions select is one occurrence, also for `COUNT`.
 */

/**
 * Most occurrences a blackout rule may have on one local day: the product of its `BYHOUR`,
 * `BYMINUTE` and `BYSECOND` counts (each 1 when left out), or its `BYSETPOS` count when that is
 * smaller. Bounds the intervals one rule adds over a 366-day horizon to 366 × this.
 */
export const MAX_OCCURRENCES_PER_DAY: number = MAX_BLACKOUT_OCCURRENCES_PER_DAY;
/** Largest `INTERVAL` a blackout rule may have. */
export const MAX_RRULE_INTERVAL = 1000;
/** Largest `COUNT` a blackout rule may have. */
export const MAX_RRULE_COUNT = 100_000;
/** Earliest year of a blackout rule's `DTSTART` and `UNTIL`. */
export const MIN_RRULE_YEAR = 1900;
/** Latest year of a blackout rule's `DTSTART` and `UNTIL`; no rule occurs after it (as in `rrule`). */
export const MAX_RRULE_YEAR = 9999;

const _DAY = 86_400_000;
/** DTSTART of a rule that gives none: 2000-01-01 00:00 local. */
const _DEFAULT_DTSTART = Date.UTC(2000, 0, 1);
/** Widening of the wall-clock window around a range: more than any zone's offset can change. */
const _PAD = 2 * _DAY;

const _FREQS = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY"] as const;
const _TOO_OFTEN = ["HOURLY", "MINUTELY", "SECONDLY"];
const _WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const _YEARLY = 0;
const _MONTHLY = 1;
const _WEEKLY = 2;
const _DAILY = 3;
/** The day number of 1 January after the last year: no period starts on or after it. */
const _END_DAY = Date.UTC(MAX_RRULE_YEAR + 1, 0, 1) / 86_400_000;
/** Periods after which a frequency's calendar repeats: 400 Gregorian years. */
const _CYCLE = [400, 4800, 20_871, 146_097];

const _pymod = (a: number, b: number): number => ((a % b) + b) % b;
const _isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const _gcd = (a: number, b: number): number => {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
};
/** Days since 1970-01-01 of a Gregorian date. */
const _dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / _DAY;
/** Weekday of a day number, 0 = Monday. 1970-01-01 was a Thursday. */
const _weekday = (day: number): number => _pymod(day + 3, 7);

// Per-day masks of a year and the 7 days after it (weekly periods cross the year end), as in
// dateutil: month, day of month, negative day of month.
function _masks(leap: boolean): { m: Int8Array; md: Int8Array; nmd: Int8Array; range: number[] } {
  const lens = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 7];
  const total = leap ? 373 : 372;
  const m = new Int8Array(total);
  const md = new Int8Array(total);
  const nmd = new Int8Array(total);
  const range = [0];
  let i = 0;
  lens.forEach((len, k) => {
    const full = k === 12 ? 31 : len;
    for (let d = 1; d <= len; d++, i++) {
      m[i] = k === 12 ? 1 : k + 1;
      md[i] = d;
      nmd[i] = d - full - 1;
    }
    if (k < 12) range.push(i);
  });
  return { m, md, nmd, range };
}
const _M365 = _masks(false);
const _M366 = _masks(true);

/** What one year looks like to the recurrence: its length, first day, masks and week numbers. */
interface _Year {
  readonly year: number;
  readonly len: number;
  readonly nextLen: number;
  /** Day number of 1 January. */
  readonly ordinal: number;
  /** Weekday of 1 January, 0 = Monday. */
  readonly wday: number;
  readonly mmask: Int8Array;
  readonly mdmask: Int8Array;
  readonly nmdmask: Int8Array;
  readonly mrange: readonly number[];
  /** Days whose week number is listed in BYWEEKNO; undefined without BYWEEKNO. */
  readonly wnomask: Uint8Array | undefined;
  /** For ordinal weekdays in a YEARLY rule: the days they select. */
  nwdYear?: Uint8Array;
  /** For ordinal weekdays in a MONTHLY rule: the days they select, per month. */
  nwdMonth?: (Uint8Array | undefined)[];
  /** For WEEKLY and DAILY rules: 1 for each day index the BYxxx parts keep. */
  keep?: Uint8Array;
}

/** A rule's parts, parsed and checked, lists sorted without duplicates, defaults applied. */
interface _Options {
  readonly freq: 0 | 1 | 2 | 3;
  readonly interval: number;
  /** Week start, 0 = Monday. */
  readonly wkst: number;
  /** Wall time (epoch ms of the local fields). */
  readonly dtstart: number;
  readonly until: number | undefined;
  readonly count: number | undefined;
  readonly bymonth: readonly number[];
  readonly byweekno: readonly number[];
  readonly byyearday: readonly number[];
  readonly bymonthday: readonly number[];
  readonly bynmonthday: readonly number[];
  readonly byweekday: readonly number[];
  readonly bynweekday: readonly (readonly [weekday: number, n: number])[];
  /** Milliseconds since local midnight, sorted. */
  readonly timeset: readonly number[];
  readonly bysetpos: readonly number[];
}

/** Why a rule is refused; `syntax` when it could not be read at all. */
class _RruleError extends Error {
  readonly syntax: boolean;
  constructor(message: string, syntax: boolean) {
    super(message);
    this.syntax = syntax;
  }
}
/** Refuses a rule that cannot be read. */
const _bad = (message: string): never => {
  throw new _RruleError(message, true);
};
/** Refuses a rule that reads but cannot serve as a blackout. */
const _fail = (message: string): never => {
  throw new _RruleError(message, false);
};

function _int(key: string, v: string, lo: number, hi: number, zero = true): number {
  if (!/^[+-]?\d{1,6}$/.test(v)) _bad(`${key} value '${v}' is not an integer`);
  const n = Number(v);
  if (n < lo || n > hi || (!zero && n === 0))
    _bad(`${key} value ${n} is out of range (${lo}…${hi}${zero ? "" : ", not 0"})`);
  return n;
}
function _ints(key: string, v: string, lo: number, hi: number, zero = true): number[] {
  if (v === "") _bad(`${key} is empty`);
  return [...new Set(v.split(",").map((x) => _int(key, x, lo, hi, zero)))].sort((a, b) => a - b);
}

/** A DTSTART or UNTIL value, `YYYYMMDD` or `YYYYMMDDThhmmss` (a trailing `Z` is read as local). */
function _dateTime(key: string, v: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(v);
  if (m === null) _bad(`${key} '${v}' is not a date (YYYYMMDD) or date-time (YYYYMMDDThhmmss)`);
  const [y, mo, d, h, mi, s] = (m as RegExpExecArray).slice(1).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  if (
    back.getUTCFullYear() !== y ||
    back.getUTCMonth() !== mo - 1 ||
    back.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    _bad(`${key} '${v}' is not a valid date-time`);
  if (y < MIN_RRULE_YEAR || y > MAX_RRULE_YEAR)
    _fail(`${key} '${v}' is outside the years ${MIN_RRULE_YEAR}–${MAX_RRULE_YEAR}`);
  return t;
}

/** Parses the text of a blackout rule into checked options; throws `_RruleError`. */
function _parse(text: string): _Options {
  let dtstart: number | undefined;
  let rrule: string | undefined;
  for (const line of text.trim().split(/\s+/)) {
    if (line === "") continue;
    if (/TZID=/i.test(line))
      _fail("TZID is not allowed: blackouts are in the recipient's local time");
    const dt = /^DTSTART(?:;VALUE=DATE(?:-TIME)?)?:(.*)$/i.exec(line);
    if (dt !== null) {
      if (dtstart !== undefined) _bad("more than one DTSTART");
      dtstart = _dateTime("DTSTART", dt[1] as string);
      continue;
    }
    const prop = /^([A-Z-]+)[:;]/i.exec(line)?.[1]?.toUpperCase();
    if (prop !== undefined && prop !== "RRULE")
      _fail(
        `unsupported property '${prop}': a blackout is one RRULE with an optional DTSTART (no RDATE, EXDATE or EXRULE)`,
      );
    if (rrule !== undefined) _fail("more than one RRULE: write one blackout per rule");
    rrule = line.replace(/^RRULE:/i, "");
  }
  if (rrule === undefined) _bad("no RRULE");
  const parts = new Map<string, string>();
  for (const part of (rrule as string).split(";")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq <= 0) _bad(`'${part}' is not KEY=VALUE`);
    const key = part.slice(0, eq).toUpperCase();
    if (parts.has(key)) _bad(`${key} is given twice`);
    parts.set(key, part.slice(eq + 1).toUpperCase());
  }
  const known = [
    "FREQ",
    "INTERVAL",
    "COUNT",
    "UNTIL",
    "WKST",
    "BYMONTH",
    "BYWEEKNO",
    "BYYEARDAY",
    "BYMONTHDAY",
    "BYDAY",
    "BYHOUR",
    "BYMINUTE",
    "BYSECOND",
    "BYSETPOS",
  ];
  for (const key of parts.keys())
    if (!known.includes(key))
      _bad(
        key === "DTSTART"
          ? "DTSTART goes on its own line: 'DTSTART:20260101T000000 RRULE:FREQ=…'"
          : `unknown or unsupported part '${key}'`,
      );
  const freqName = parts.get("FREQ");
  if (freqName === undefined) _bad("FREQ is missing");
  if (_TOO_OFTEN.includes(freqName as string))
    _fail(
      "a blackout may recur at most daily (FREQ=DAILY or slower); use quietHours for hours of the day",
    );
  const freq = _FREQS.indexOf(freqName as (typeof _FREQS)[number]);
  if (freq < 0) _bad(`FREQ '${freqName}' is not one of YEARLY, MONTHLY, WEEKLY, DAILY`);

  const start = dtstart ?? _DEFAULT_DTSTART;
  const s = new Date(start);
  const get = (k: string) => parts.get(k);
  const list = (k: string, lo: number, hi: number, zero = true) => {
    const v = get(k);
    return v === undefined ? undefined : _ints(k, v, lo, hi, zero);
  };
  const interval =
    get("INTERVAL") === undefined
      ? 1
      : _int("INTERVAL", get("INTERVAL") as string, 1, MAX_RRULE_INTERVAL);
  const count =
    get("COUNT") === undefined
      ? undefined
      : _int("COUNT", get("COUNT") as string, 1, MAX_RRULE_COUNT);
  const until = get("UNTIL") === undefined ? undefined : _dateTime("UNTIL", get("UNTIL") as string);
  if (count !== undefined && until !== undefined) _fail("COUNT and UNTIL must not both be given");
  if (until !== undefined && until < start)
    _fail(`UNTIL ${get("UNTIL")} is before DTSTART ${new Date(start).toISOString().slice(0, 19)}`);
  const wkstName = get("WKST");
  const wkst = wkstName === undefined ? 0 : _WEEKDAYS.indexOf(wkstName);
  if (wkst < 0) _bad(`WKST '${wkstName}' is not a weekday (MO…SU)`);

  let bymonth = list("BYMONTH", 1, 12) ?? [];
  const byweekno = list("BYWEEKNO", -53, 53, false) ?? [];
  const byyearday = list("BYYEARDAY", -366, 366, false) ?? [];
  const monthdays = list("BYMONTHDAY", -31, 31, false);
  let byweekday: number[] = [];
  let bynweekday: [number, number][] = [];
  const byday = get("BYDAY");
  if (byday !== undefined) {
    if (byday === "") _bad("BYDAY is empty");
    for (const tok of byday.split(",")) {
      const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(tok);
      if (m === null) _bad(`BYDAY value '${tok}' is not a weekday such as MO or 1MO or -1FR`);
      const wd = _WEEKDAYS.indexOf((m as RegExpExecArray)[2] as string);
      const nth = (m as RegExpExecArray)[1];
      if (nth === undefined) byweekday.push(wd);
      else {
        const n = _int("BYDAY", nth, -53, 53, false);
        if (freq !== _YEARLY && freq !== _MONTHLY)
          _fail(`BYDAY '${tok}': an ordinal weekday needs FREQ=MONTHLY or FREQ=YEARLY`);
        bynweekday.push([wd, n]);
      }
    }
    if (byweekday.length > 0 && bynweekday.length > 0)
      _fail("BYDAY mixes plain (MO) and ordinal (1MO) weekdays: write two blackouts");
    byweekday = [...new Set(byweekday)].sort((a, b) => a - b);
    bynweekday = [...new Map(bynweekday.map((x) => [`${x[0]},${x[1]}`, x] as const)).values()].sort(
      (a, b) => a[0] - b[0] || a[1] - b[1],
    );
  }
  let bymonthday = monthdays?.filter((d) => d > 0) ?? [];
  const bynmonthday = monthdays?.filter((d) => d < 0) ?? [];
  // Defaults from DTSTART when no day is named (RFC 5545 §3.3.10; dateutil).
  if (
    byweekno.length === 0 &&
    byyearday.length === 0 &&
    monthdays === undefined &&
    byday === undefined
  ) {
    if (freq === _YEARLY) {
      if (get("BYMONTH") === undefined) bymonth = [s.getUTCMonth() + 1];
      bymonthday = [s.getUTCDate()];
    } else if (freq === _MONTHLY) bymonthday = [s.getUTCDate()];
    else if (freq === _WEEKLY) byweekday = [_weekday(Math.floor(start / _DAY))];
  }
  const hours = list("BYHOUR", 0, 23) ?? [s.getUTCHours()];
  const minutes = list("BYMINUTE", 0, 59) ?? [s.getUTCMinutes()];
  const seconds = list("BYSECOND", 0, 59) ?? [s.getUTCSeconds()];
  const bysetpos = list("BYSETPOS", -366, 366, false) ?? [];
  const perDay = hours.length * minutes.length * seconds.length;
  const perDayBound = bysetpos.length > 0 ? Math.min(perDay, bysetpos.length) : perDay;
  if (perDayBound > MAX_OCCURRENCES_PER_DAY)
    _fail(
      `up to ${perDayBound} occurrences a day (BYHOUR × BYMINUTE × BYSECOND); at most ${MAX_OCCURRENCES_PER_DAY} are allowed: use quietHours for hours of the day`,
    );
  const timeset: number[] = [];
  for (const h of hours)
    for (const mi of minutes)
      for (const se of seconds) timeset.push(((h * 60 + mi) * 60 + se) * 1000);
  return {
    freq: freq as 0 | 1 | 2 | 3,
    interval,
    wkst,
    dtstart: start,
    until,
    count,
    bymonth,
    byweekno,
    byyearday,
    bymonthday,
    bynmonthday,
    byweekday,
    bynweekday,
    timeset,
    bysetpos,
  };
}

/** A lookup table of small integers, offset so that negative values index too. */
function _table(values: readonly number[], offset: number, size: number): Uint8Array {
  const t = new Uint8Array(size);
  for (const v of values) t[v + offset] = 1;
  return t;
}

/**
 * One blackout rule, parsed and checked: expands to its occurrences within any range, from the
 * period that holds the range (never from DTSTART), and keeps the last expansion per duration so
 * that the zones of one decision share it.
 */
export class BlackoutRule {
  /** The rule as written. */
  readonly text: string;
  /** @internal */
  readonly _o: _Options;
  /** The wall time of the last occurrence (for `COUNT` or `UNTIL`), or undefined when endless. */
  readonly lastWall: number | undefined;
  /** The wall time of the first occurrence. */
  readonly firstWall: number;
  private readonly _bymonth: Uint8Array;
  private readonly _byweekday: Uint8Array;
  private readonly _bymd: Uint8Array;
  private readonly _bynmd: Uint8Array;
  private readonly _byyd: Uint8Array;
  private readonly _bysetpos: Uint8Array;
  private readonly _years = new Map<number, _Year>();
  /** The year of the last day-based period, for consecutive periods. */
  private _lastYear: _Year | undefined;
  /** First day (day number) of DTSTART's week, for WEEKLY periods after the first. */
  private readonly _week0: number;
  private readonly _day0: number;
  private readonly _month0: number;
  private readonly _year0: number;
  private _expansions = new Map<number, { lo: number; hi: number; ivs: Float64Array }>();

  /** @throws {Error} with the reason when the rule is not usable as a blackout */
  constructor(text: string) {
    this.text = text;
    const o = _parse(text);
    this._o = o;
    this._bymonth = _table(o.bymonth, 0, 13);
    this._byweekday = _table(o.byweekday, 0, 7);
    this._bymd = _table(o.bymonthday, 0, 32);
    this._bynmd = _table(
      o.bynmonthday.map((d) => -d),
      0,
      32,
    );
    this._byyd = _table(o.byyearday, 366, 733);
    this._bysetpos = _table(
      o.bysetpos.filter((p) => p > 0),
      0,
      367,
    );
    const s = new Date(o.dtstart);
    this._year0 = s.getUTCFullYear();
    this._month0 = this._year0 * 12 + s.getUTCMonth();
    this._day0 = Math.floor(o.dtstart / _DAY);
    this._week0 = this._day0 - _pymod(_weekday(this._day0) - o.wkst, 7);
    const first = this._first();
    if (first === undefined || (o.until !== undefined && first > o.until))
      _fail(
        `the rule never occurs${o.until !== undefined ? " on or before UNTIL" : ""} (no date from DTSTART ${s.toISOString().slice(0, 10)} on matches all its parts)`,
      );
    this.firstWall = first as number;
    this.lastWall = o.count !== undefined ? this._countEnd(o.count) : o.until;
  }

  // ---- the calendar of one year ------------------------------------------------------------------

  private _year(y: number): _Year {
    let yi = this._years.get(y);
    if (yi !== undefined) return yi;
    const o = this._o;
    const leap = _isLeap(y);
    const masks = leap ? _M366 : _M365;
    const len = leap ? 366 : 365;
    const ordinal = _dayNumber(y, 1, 1);
    const wday = _weekday(ordinal);
    let wnomask: Uint8Array | undefined;
    if (o.byweekno.length > 0) {
      // dateutil's week numbering (ISO 8601 with week start WKST), ported as is.
      wnomask = new Uint8Array(len + 7);
      const wdayAt = (i: number) => _pymod(wday + i, 7);
      const firstwkst = _pymod(7 - wday + o.wkst, 7);
      let no1wkst = firstwkst;
      let wyearlen: number;
      if (no1wkst >= 4) {
        no1wkst = 0;
        wyearlen = len + _pymod(wday - o.wkst, 7);
      } else wyearlen = len - no1wkst;
      const numweeks = Math.floor(Math.floor(wyearlen / 7) + _pymod(wyearlen, 7) / 4);
      for (const n0 of o.byweekno) {
        const n = n0 < 0 ? n0 + numweeks + 1 : n0;
        if (!(n > 0 && n <= numweeks)) continue;
        let i: number;
        if (n > 1) {
          i = no1wkst + (n - 1) * 7;
          if (no1wkst !== firstwkst) i -= 7 - firstwkst;
        } else i = no1wkst;
        for (let k = 0; k < 7; k++) {
          wnomask[i] = 1;
          i++;
          if (wdayAt(i) === o.wkst) break;
        }
      }
      if (o.byweekno.includes(1)) {
        let i = no1wkst + numweeks * 7;
        if (no1wkst !== firstwkst) i -= 7 - firstwkst;
        if (i < len) {
          for (let j = 0; j < 7; j++) {
            wnomask[i] = 1;
            i += 1;
            if (wdayAt(i) === o.wkst) break;
          }
        }
      }
      if (no1wkst) {
        let lnumweeks: number;
        if (!o.byweekno.includes(-1)) {
          const lyearweekday = _weekday(_dayNumber(y - 1, 1, 1));
          let lno1wkst = _pymod(7 - lyearweekday + o.wkst, 7);
          const lyearlen = _isLeap(y - 1) ? 366 : 365;
          let weekst: number;
          if (lno1wkst >= 4) {
            lno1wkst = 0;
            weekst = lyearlen + _pymod(lyearweekday - o.wkst, 7);
          } else weekst = len - no1wkst;
          lnumweeks = Math.floor(52 + _pymod(weekst, 7) / 4);
        } else lnumweeks = -1;
        if (o.byweekno.includes(lnumweeks)) for (let i = 0; i < no1wkst; i++) wnomask[i] = 1;
      }
    }
    yi = {
      year: y,
      len,
      nextLen: _isLeap(y + 1) ? 366 : 365,
      ordinal,
      wday,
      mmask: masks.m,
      mdmask: masks.md,
      nmdmask: masks.nmd,
      mrange: masks.range,
      wnomask,
    };
    if (this._years.size >= 8) {
      this._years.clear();
      this._lastYear = undefined;
    }
    this._years.set(y, yi);
    return yi;
  }

  /** The days ordinal weekdays select within `ranges` of a year (dateutil's `nwdaymask`). */
  private _nwd(yi: _Year, ranges: readonly (readonly [number, number])[]): Uint8Array {
    const mask = new Uint8Array(yi.len);
    for (const [first, end] of ranges) {
      const last = end - 1;
      for (const [wd, n] of this._o.bynweekday) {
        let i: number;
        if (n < 0) {
          i = last + (n + 1) * 7;
          i -= _pymod(_pymod(yi.wday + i, 7) - wd, 7);
        } else {
          i = first + (n - 1) * 7;
          i += _pymod(7 - _pymod(yi.wday + i, 7) + wd, 7);
        }
        if (first <= i && i <= last) mask[i] = 1;
      }
    }
    return mask;
  }

  private _nwdMask(yi: _Year, month: number): Uint8Array | undefined {
    const o = this._o;
    if (o.bynweekday.length === 0) return undefined;
    if (o.freq === _YEARLY) {
      yi.nwdYear ??= this._nwd(
        yi,
        o.bymonth.length === 0
          ? [[0, yi.len]]
          : o.bymonth.map((m) => [yi.mrange[m - 1] as number, yi.mrange[m] as number] as const),
      );
      return yi.nwdYear;
    }
    yi.nwdMonth ??= [];
    let m = yi.nwdMonth[month];
    if (m === undefined) {
      m = this._nwd(yi, [[yi.mrange[month - 1] as number, yi.mrange[month] as number]]);
      yi.nwdMonth[month] = m;
    }
    return m;
  }

  /** Whether day index `d` of year `yi` is removed by the rule's BYxxx parts (dateutil's `isFiltered`). */
  private _filtered(yi: _Year, nwd: Uint8Array | undefined, d: number): boolean {
    const o = this._o;
    if (o.bymonth.length > 0 && this._bymonth[yi.mmask[d] as number] === 0) return true;
    if (yi.wnomask !== undefined && yi.wnomask[d] === 0) return true;
    if (o.byweekday.length > 0 && this._byweekday[_pymod(yi.wday + d, 7)] === 0) return true;
    if (nwd !== undefined && nwd[d] !== 1) return true;
    if (
      (o.bymonthday.length > 0 || o.bynmonthday.length > 0) &&
      this._bymd[yi.mdmask[d] as number] === 0 &&
      this._bynmd[-(yi.nmdmask[d] as number)] === 0
    )
      return true;
    if (o.byyearday.length > 0) {
      const yd = this._byyd;
      if (d < yi.len) {
        if (yd[d + 1 + 366] === 0 && yd[-yi.len + d + 366] === 0) return true;
      } else if (yd[d + 1 - yi.len + 366] === 0 && yd[-yi.nextLen + d - yi.len + 366] === 0)
        return true;
    }
    return false;
  }

  // ---- periods -----------------------------------------------------------------------------------

  /**
   * Period `k` (k = 0 holds DTSTART): its year, the first and end day index within that year, and
   * the month (for MONTHLY); undefined past the last year.
   */
  private _periodOf(
    k: number,
  ): { yi: _Year; start: number; end: number; month: number } | undefined {
    const o = this._o;
    if (o.freq === _YEARLY || o.freq === _MONTHLY) {
      let y: number;
      let month: number;
      if (o.freq === _YEARLY) {
        y = this._year0 + k * o.interval;
        month = 0;
      } else {
        const mi = this._month0 + k * o.interval;
        y = Math.floor(mi / 12);
        month = (mi % 12) + 1;
      }
      if (y > MAX_RRULE_YEAR) return undefined;
      const yi = this._year(y);
      return o.freq === _YEARLY
        ? { yi, start: 0, end: yi.len, month }
        : { yi, start: yi.mrange[month - 1] as number, end: yi.mrange[month] as number, month };
    }
    const day =
      o.freq === _DAILY
        ? this._day0 + k * o.interval
        : k === 0
          ? this._day0
          : this._week0 + 7 * o.interval * k;
    let yi = this._lastYear;
    if (yi === undefined || day < yi.ordinal || day >= yi.ordinal + yi.len) {
      if (day >= _END_DAY) return undefined;
      const y = new Date(day * _DAY).getUTCFullYear();
      yi = this._year(y);
      this._lastYear = yi;
    }
    const start = day - yi.ordinal;
    if (o.freq === _DAILY) return { yi, start, end: start + 1, month: 0 };
    let end = start + 1;
    while (end - start < 7 && _pymod(yi.wday + end, 7) !== o.wkst) end++;
    return { yi, start, end, month: 0 };
  }

  /** The day indices of period `p` that the BYxxx parts keep. */
  private _days(p: { yi: _Year; start: number; end: number; month: number }): number[] {
    const nwd = this._nwdMask(p.yi, p.month);
    const out: number[] = [];
    for (let d = p.start; d < p.end; d++) if (!this._filtered(p.yi, nwd, d)) out.push(d);
    return out;
  }

  /**
   * The occurrences (wall times, sorted, distinct) of period `k`, before the DTSTART and end
   * filters; empty past the last year.
   */
  private _raw(k: number): number[] {
    const p = this._periodOf(k);
    if (p === undefined) return [];
    const days = this._days(p);
    if (days.length === 0) return [];
    const ts = this._o.timeset;
    const base = p.yi.ordinal * _DAY;
    const out: number[] = [];
    if (this._o.bysetpos.length === 0) {
      for (const d of days) for (const t of ts) out.push(base + d * _DAY + t);
      return out;
    }
    // A position indexes the period's occurrences flattened (day by day, each day's times in
    // order): from the start when positive, from the end when negative.
    const n = ts.length;
    const total = days.length * n;
    for (const pos of this._o.bysetpos) {
      const idx = pos > 0 ? pos - 1 : total + pos;
      if (idx < 0 || idx >= total) continue; // a position beyond the set selects nothing
      out.push(base + (days[Math.floor(idx / n)] as number) * _DAY + (ts[idx % n] as number));
    }
    out.sort((a, b) => a - b);
    return out.filter((v, i) => i === 0 || v !== out[i - 1]);
  }

  /** Occurrences of period `k` at or after DTSTART and at or before `end`. */
  private _occ(k: number, end: number | undefined): number[] {
    const raw = this._raw(k);
    const lo = this._o.dtstart;
    if (
      raw.length === 0 ||
      ((raw[0] as number) >= lo && (end === undefined || (raw[raw.length - 1] as number) <= end))
    )
      return raw;
    return raw.filter((t) => t >= lo && (end === undefined || t <= end));
  }

  /** How many periods make one calendar cycle (after which the pattern repeats). */
  private get _cyclePeriods(): number {
    const c = _CYCLE[this._o.freq] as number;
    return c / _gcd(c, this._o.interval);
  }

  /**
   * How many occurrences period `k` has at or after DTSTART, without building them where it can;
   * -1 past the last year.
   */
  private _count(k: number): number {
    const o = this._o;
    if (o.freq === _DAILY && k > 0) {
      // The long scans are daily: one day per period, read off the year's mask, nothing built.
      const day = this._day0 + k * o.interval;
      let yi = this._lastYear;
      if (yi === undefined || day < yi.ordinal || day >= yi.ordinal + yi.len) {
        if (day >= _END_DAY) return -1;
        const y = new Date(day * _DAY).getUTCFullYear();
        yi = this._year(y);
        this._lastYear = yi;
      }
      const total = (this._keep(yi)[day - yi.ordinal] as number) * o.timeset.length;
      return total > 0 && o.bysetpos.length > 0 ? this._setposCount(total) : total;
    }
    const p = this._periodOf(k);
    if (p === undefined) return -1;
    if (k === 0) return this._occ(0, undefined).length;
    let days = 0;
    if (o.freq === _WEEKLY) {
      const keep = this._keep(p.yi);
      for (let d = p.start; d < p.end; d++) days += keep[d] as number;
    } else {
      const nwd = this._nwdMask(p.yi, p.month);
      for (let d = p.start; d < p.end; d++) if (!this._filtered(p.yi, nwd, d)) days++;
    }
    const total = days * o.timeset.length;
    return o.bysetpos.length > 0 ? this._setposCount(total) : total;
  }

  /** For day-based rules (no ordinal weekdays, no months): the days of a year the parts keep. */
  private _keep(yi: _Year): Uint8Array {
    if (yi.keep === undefined) {
      const keep = new Uint8Array(yi.len + 7);
      for (let d = 0; d < yi.len + 7; d++) keep[d] = this._filtered(yi, undefined, d) ? 0 : 1;
      yi.keep = keep;
    }
    return yi.keep;
  }

  /** How many distinct occurrences BYSETPOS selects from a period of `total`. */
  private _setposCount(total: number): number {
    let n = 0;
    for (const pos of this._o.bysetpos) {
      if (pos > 0) {
        if (pos <= total) n++;
      } else if (-pos <= total && !this._setposHas(total + pos + 1)) n++;
    }
    return n;
  }

  /** Whether BYSETPOS lists the positive position `pos`. */
  private _setposHas(pos: number): boolean {
    return pos <= 366 && this._bysetpos[pos] === 1;
  }

  /**
   * Counts occurrences through periods `from`…`to` until the `state.rem`-th: returns it, or NaN
   * past the last year, or undefined (with `state.rem` lowered by what the periods held).
   */
  private _scan(from: number, to: number, state: { rem: number }): number | undefined {
    const o = this._o;
    let k = from;
    if (o.freq === _DAILY) {
      // A tight loop over each year's mask: the long scans (up to a 146,097-day cycle) are daily.
      const T = o.timeset.length;
      const setpos = o.bysetpos.length > 0;
      while (k <= to) {
        if (k === 0) {
          const n = this._count(0);
          if (n >= state.rem) return this._occ(0, undefined)[state.rem - 1];
          state.rem -= n;
          k++;
          continue;
        }
        const day = this._day0 + k * o.interval;
        if (day >= _END_DAY) return Number.NaN;
        const y = new Date(day * _DAY).getUTCFullYear();
        const yi = this._year(y);
        const keep = this._keep(yi);
        const last = Math.min(to, Math.floor((yi.ordinal + yi.len - 1 - this._day0) / o.interval));
        for (; k <= last; k++) {
          let n = (keep[this._day0 + k * o.interval - yi.ordinal] as number) * T;
          if (n === 0) continue;
          if (setpos) n = this._setposCount(n);
          if (n >= state.rem) return this._occ(k, undefined)[state.rem - 1];
          state.rem -= n;
        }
      }
      return undefined;
    }
    for (; k <= to; k++) {
      const n = this._count(k);
      if (n < 0) return Number.NaN;
      if (n >= state.rem) return this._occ(k, undefined)[state.rem - 1];
      state.rem -= n;
    }
    return undefined;
  }

  /** The first occurrence at or after DTSTART, within one cycle; undefined when there is none. */
  private _first(): number | undefined {
    const hit = this._scan(0, this._cyclePeriods, { rem: 1 });
    return hit === undefined || Number.isNaN(hit) ? undefined : hit;
  }

  /** The wall time of occurrence number `count` (1-based), or undefined when it falls past the last year. */
  private _countEnd(count: number): number | undefined {
    const state = { rem: count };
    const P = this._cyclePeriods;
    // Period 0 and one full cycle after it; from period 1 on, the count per cycle repeats.
    let hit = this._scan(0, P, state);
    if (hit !== undefined) return Number.isNaN(hit) ? undefined : hit;
    const perCycle = count - state.rem - this._count(0);
    const skip = Math.floor((state.rem - 1) / perCycle);
    state.rem -= skip * perCycle;
    const from = 1 + (1 + skip) * P;
    hit = this._scan(from, from + P - 1, state);
    return hit === undefined || Number.isNaN(hit) ? undefined : hit;
  }

  /** The index of the last period that starts on or before day `day` (may be negative). */
  private _periodAtOrBefore(day: number): number {
    const o = this._o;
    if (o.freq === _YEARLY)
      return Math.floor((new Date(day * _DAY).getUTCFullYear() - this._year0) / o.interval);
    if (o.freq === _MONTHLY) {
      const d = new Date(day * _DAY);
      return Math.floor((d.getUTCFullYear() * 12 + d.getUTCMonth() - this._month0) / o.interval);
    }
    if (o.freq === _DAILY) return Math.floor((day - this._day0) / o.interval);
    if (day < this._day0) return -1;
    return Math.max(0, Math.floor((day - this._week0) / (7 * o.interval)));
  }

  /**
   * Every occurrence whose start lies in `[from, to]` (wall times), sorted, plus the last one
   * before `from` if it starts after `from - before`: what overlaps `[from, to]` when each lasts
   * `before` milliseconds.
   */
  occurrences(from: number, to: number, before = 0): number[] {
    const end = this.lastWall;
    const out: number[] = [];
    if (to < this.firstWall || (end !== undefined && from - before > end)) return out;
    // The latest occurrence before `from`, searched backwards period by period.
    if (before > 0) {
      const stop = from - before;
      for (let k = this._periodAtOrBefore(Math.floor(from / _DAY)); k >= 0; k--) {
        const p = this._periodOf(k);
        if (p === undefined) continue;
        if ((p.yi.ordinal + p.end) * _DAY <= stop) break;
        const occ = this._occ(k, end);
        let found: number | undefined;
        for (const t of occ) if (t < from) found = t;
        if (found !== undefined) {
          if (found > stop) out.push(found);
          break;
        }
      }
    }
    for (let k = Math.max(0, this._periodAtOrBefore(Math.floor(from / _DAY))); ; k++) {
      const p = this._periodOf(k);
      if (p === undefined) break;
      const startWall = (p.yi.ordinal + p.start) * _DAY;
      if (startWall > to || (end !== undefined && startWall > end)) break;
      for (const t of this._occ(k, end)) if (t >= from && t <= to) out.push(t);
    }
    return out;
  }

  /**
   * The blackout in wall time: sorted, disjoint `[start, end)` pairs (flat) of the union of
   * occurrences lasting `dur`, covering at least `[from, to]`. Cached per duration.
   */
  wallIntervals(
    from: number,
    to: number,
    dur: number,
  ): { lo: number; hi: number; ivs: Float64Array } {
    const c = this._expansions.get(dur);
    if (c !== undefined && c.lo <= from && to <= c.hi) return c;
    const lo = from - _PAD;
    const hi = to + _PAD;
    const occ = this.occurrences(lo, hi, dur);
    const ivs: number[] = [];
    for (const s of occ) {
      const e = s + dur;
      const n = ivs.length;
      if (n > 0 && s <= (ivs[n - 1] as number)) {
        if (e > (ivs[n - 1] as number)) ivs[n - 1] = e;
      } else ivs.push(s, e);
    }
    const fresh = { lo, hi, ivs: Float64Array.from(ivs) };
    if (this._expansions.size >= 4) this._expansions.clear();
    this._expansions.set(dur, fresh);
    return fresh;
  }

  /**
   * The blackout periods within `range` in zone `tz`: each occurrence starts at its local wall
   * time and lasts `dur` of wall-clock time. Flat `[s0, e0, s1, e1, …]`, sorted and merged.
   */
  intervalsFlat(tz: string, range: Interval, dur: number): Float64Array {
    const wFrom = toWall(tz, range[0]) - _PAD;
    const wTo = toWall(tz, range[1]) + _PAD;
    const { ivs } = this.wallIntervals(wFrom, wTo, dur);
    // First wall interval that ends after wFrom.
    let a = 0;
    let b = ivs.length / 2;
    while (a < b) {
      const m = (a + b) >> 1;
      if ((ivs[2 * m + 1] as number) <= wFrom) a = m + 1;
      else b = m;
    }
    let z = a;
    while (2 * z < ivs.length && (ivs[2 * z] as number) <= wTo) z++;
    // Starts and ends of disjoint sorted wall intervals are one ascending list: mapped in one
    // pass (wallToInstant is monotone, so mapped intervals stay sorted; merge the ones that touch).
    const at = wallsToInstants(tz, ivs.subarray(2 * a, 2 * z));
    let n = 0;
    for (let i = 0; i < at.length; i += 2) {
      const s = Math.max(at[i] as number, range[0]);
      const e = Math.min(at[i + 1] as number, range[1]);
      if (s >= e) continue;
      if (n > 0 && s <= (at[n - 1] as number)) {
        if (e > (at[n - 1] as number)) at[n - 1] = e;
      } else {
        at[n++] = s;
        at[n++] = e;
      }
    }
    return at.subarray(0, n);
  }

  /** `intervalsFlat` as an interval set. */
  intervals(tz: string, range: Interval, dur: number): Interval[] {
    const f = this.intervalsFlat(tz, range, dur);
    const out: Interval[] = [];
    for (let i = 0; i < f.length; i += 2) out.push([f[i] as number, f[i + 1] as number]);
    return out;
  }
}

/**
 * A bounded cache of compiled blackout rules (least recently used first out), with the
 * operations the engine needs. A compiled plan may own one; the module functions use a default.
 */
export class RruleCalendar {
  /** Most rules (accepted or refused) kept. */
  readonly maxRules: number;
  private readonly _rules = new Map<string, BlackoutRule | string>();

  /** @param maxRules - most rules kept (default 256) */
  constructor(maxRules = 256) {
    this.maxRules = Math.max(1, maxRules);
  }

  /** How many rules are cached now. */
  get size(): number {
    return this._rules.size;
  }

  /**
   * The compiled rule for `text`, or the reason it is refused.
   *
   * @example
   * new RruleCalendar().compile("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30");
   * // => "the rule never occurs (no date from DTSTART 2000-01-01 on matches all its parts)"
   */
  compile(text: string): BlackoutRule | string {
    let r = this._rules.get(text);
    if (r !== undefined) {
      this._rules.delete(text);
      this._rules.set(text, r);
      return r;
    }
    try {
      r = new BlackoutRule(text);
    } catch (e) {
      if (!(e instanceof _RruleError)) throw e;
      r = e.syntax ? `not a valid RRULE: ${e.message}` : e.message;
    }
    if (this._rules.size >= this.maxRules) {
      const oldest = this._rules.keys().next().value as string;
      this._rules.delete(oldest);
    }
    this._rules.set(text, r);
    return r;
  }

  /** The reason `text` is refused as a blackout rule, or undefined when it is usable. */
  validate(text: string): string | undefined {
    const r = this.compile(text);
    return typeof r === "string" ? r : undefined;
  }

  /** `blackoutIntervals` with this calendar's rules. */
  blackoutIntervals(
    spec: { readonly rrule: string; readonly duration?: string | undefined },
    tz: string,
    range: Interval,
  ): Interval[] {
    const r = this.compile(spec.rrule);
    if (typeof r === "string") throw new RangeError(r);
    return r.intervals(tz, range, parseDuration(spec.duration ?? "P1D"));
  }

  /** `blackoutIntervals` with this calendar's rules, flat `[s0, e0, s1, e1, …]`. */
  blackoutFlat(
    spec: { readonly rrule: string; readonly duration?: string | undefined },
    tz: string,
    range: Interval,
  ): Float64Array {
    const r = this.compile(spec.rrule);
    if (typeof r === "string") throw new RangeError(r);
    return r.intervalsFlat(tz, range, parseDuration(spec.duration ?? "P1D"));
  }
}

/** The calendar the module functions use: at most 256 rules cached. */
export const defaultRruleCalendar: RruleCalendar = new RruleCalendar();

/**
 * Checks an RRULE for a blackout, exactly and without expanding it: parseable; no TZID, RDATE,
 * EXDATE or EXRULE; FREQ daily or slower; at most `MAX_OCCURRENCES_PER_DAY` occurrences a day;
 * `INTERVAL` and `COUNT` within their limits, not both `COUNT` and `UNTIL`, `UNTIL` not before
 * `DTSTART`; ordinal weekdays only in MONTHLY and YEARLY rules; and occurring at least once.
 *
 * @returns an error message, or undefined when the rule is usable
 * @example
 * validateRrule("FREQ=WEEKLY;BYDAY=SU"); // => undefined
 * validateRrule("FREQ=HOURLY"); // => "a blackout may recur at most daily (FREQ=DAILY or slower); use quietHours for hours of the day"
 */
export function validateRrule(text: string): string | undefined {
  return defaultRruleCalendar.validate(text);
}

/**
 * The blackout periods of an RRULE within `range`: each occurrence starts at its local wall time
 * in `tz` and lasts `duration` of wall-clock time (so `P1D` from local midnight ends at the next
 * local midnight, across daylight saving). Rules without DTSTART start on 2000-01-01 local. Every
 * occurrence that overlaps the range counts, whatever the range's year or length.
 *
 * @throws {RangeError} when the rule is refused by `validateRrule`
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
  return defaultRruleCalendar.blackoutIntervals(spec, tz, range);
}

/**
 * `blackoutIntervals` as a flat array `[s0, e0, s1, e1, …]` (no interval objects): what the time
 * search unions over a customer's zones.
 *
 * @throws {RangeError} when the rule is refused by `validateRrule`
 */
export function blackoutIntervalsFlat(
  spec: { readonly rrule: string; readonly duration?: string | undefined },
  tz: string,
  range: Interval,
): Float64Array {
  return defaultRruleCalendar.blackoutFlat(spec, tz, range);
}
