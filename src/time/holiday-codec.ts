import type { HolidayProvider, HolidaySpan } from "./holidays.js";

/**
 * The compact holiday tables that `scripts/gen-holidays.ts` writes from `date-holidays`
 * (`holiday-tables.ts`), and the provider that reads them lazily, one jurisdiction and year at a
 * time.
 *
 * A table is a list of rules, each giving at most a few dates a year, and per jurisdiction the
 * rules it observes. A rule is a string of fields, each an upper-case tag and its argument:
 *
 * - the base date, first: `F` and `MMDD` (a fixed date), `E` and a day offset from Western Easter
 *   Sunday, `O` and one from Orthodox Easter Sunday, or `X` (no base: only `Z` fields give dates);
 * - `W` and 7 characters, for a base date falling on Sunday … Saturday: the holiday's offset from
 *   it in days, `a` … `s` for −9 … +9 (`j` = the base date itself), `_` for none that year;
 *   without `W`, the base date itself;
 * - `Y` and `first-last`: the years (counted from the table's first year) in which the rule holds;
 *   all when absent;
 * - `T` and minutes: the start within the day (default 0); `D` and minutes: the length (default
 *   1440);
 * - `Z` and `year:days`: in that year (counted from the first) the dates are these day offsets
 *   from 1 January, `.`-separated (none when empty), not the rule's;
 * - `K` and `year:minutes`: in that year the length is this.
 *
 * A jurisdiction entry is `KEY=ids` (a country) or `KEY=+ids-ids` (a region: its country's rules
 * with some added and some removed), the ids being base-36 rule indexes separated by `.`.
 */

/** Holiday tables as `scripts/gen-holidays.ts` writes them. */
export interface HolidayTables {
  /** The first year covered. */
  readonly from: number;
  /** The last year covered. */
  readonly to: number;
  /** The rules, indexed by id (see the module comment). */
  readonly rules: readonly string[];
  /** The jurisdictions, one `KEY=…` entry each (see the module comment). */
  readonly places: readonly string[];
}

const _DAY = 86_400_000;
const _MIN = 60_000;

/** A parsed rule. */
interface _Rule {
  /** `F`, `E`, `O` or `X`. */
  readonly base: string;
  /** `MMDD` for `F`, the offset for `E` and `O`. */
  readonly arg: number;
  /** Day offsets by weekday of the base date (Sunday first), `undefined` for none. */
  readonly week: readonly (number | undefined)[] | undefined;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly length: number;
  /** Per-year dates (day offsets from 1 January) instead of the rule's. */
  readonly dates: ReadonlyMap<number, readonly number[]>;
  /** Per-year lengths instead of `length`. */
  readonly lengths: ReadonlyMap<number, number>;
}

/** Parses one rule string (see the module comment). */
function _parseRule(s: string, years: number): _Rule {
  let base = "X";
  let arg = 0;
  let week: (number | undefined)[] | undefined;
  let first = 0;
  let last = years - 1;
  let start = 0;
  let length = 1440;
  const dates = new Map<number, number[]>();
  const lengths = new Map<number, number>();
  for (const [, tag, v = ""] of s.matchAll(/([A-Z])([^A-Z]*)/g)) {
    const at = v.search(/[-:]/);
    const a = v.slice(0, at);
    const b = v.slice(at + 1);
    switch (tag) {
      case "F":
      case "E":
      case "O":
        base = tag;
        arg = +v;
        break;
      case "W":
        week = [...v].map((c) => (c === "_" ? undefined : c.charCodeAt(0) - 106));
        break;
      case "Y":
        first = +a;
        last = +b;
        break;
      case "T":
        start = +v;
        break;
      case "D":
        length = +v;
        break;
      case "Z":
        dates.set(+a, b === "" ? [] : b.split(".").map(Number));
        break;
      case "K":
        lengths.set(+a, +b);
        break;
    }
  }
  return { base, arg, week, first, last, start, length, dates, lengths };
}

/** Western (Gregorian) Easter Sunday of `y`, as epoch milliseconds of its UTC midnight. */
export function westernEaster(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return Date.UTC(y, Math.floor(n / 31) - 1, (n % 31) + 1);
}

/** Orthodox (Julian computus) Easter Sunday of `y` in the Gregorian calendar, 1900–2099. */
export function orthodoxEaster(y: number): number {
  const d = (19 * (y % 19) + 15) % 30;
  const e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
  const n = d + e + 114;
  return Date.UTC(y, Math.floor(n / 31) - 1, (n % 31) + 1) + 13 * _DAY;
}

/** The dates of `r` in year `y` (`i` = `y − from`), as epoch milliseconds of UTC midnights. */
function _ruleDays(r: _Rule, y: number, i: number): readonly number[] {
  const jan1 = Date.UTC(y, 0, 1);
  const fixed = r.dates.get(i);
  if (fixed !== undefined) return fixed.map((d) => jan1 + d * _DAY);
  if (i < r.first || i > r.last || r.base === "X") return [];
  const b =
    r.base === "F"
      ? Date.UTC(y, Math.floor(r.arg / 100) - 1, r.arg % 100)
      : (r.base === "E" ? westernEaster(y) : orthodoxEaster(y)) + r.arg * _DAY;
  if (r.week === undefined) return [b];
  const off = r.week[new Date(b).getUTCDay()];
  return off === undefined ? [] : [b + off * _DAY];
}

/**
 * A `HolidayProvider` over `tables`: a year outside `from`–`to` or a country not in them is
 * unknown (`undefined`); a region not in them falls back to its country. Rules and jurisdictions
 * are parsed on first use, and each jurisdiction's year once.
 *
 * @param name - the provider's name.
 * @param tables - the tables, as `scripts/gen-holidays.ts` writes them.
 * @returns the provider.
 *
 * @example
 * const p = tableHolidays("demo", { from: 2026, to: 2026, rules: ["F0517"], places: ["NO=0"] });
 * p.holidays("NO", undefined, 2026); // => [[Date.UTC(2026, 4, 17), Date.UTC(2026, 4, 18)]]
 */
export function tableHolidays(name: string, tables: HolidayTables): HolidayProvider {
  const years = tables.to - tables.from + 1;
  const rules = new Map<number, _Rule>();
  let places: Map<string, string> | undefined;
  const ids = new Map<string, readonly number[]>();
  const cache = new Map<string, readonly HolidaySpan[]>();

  const rule = (id: number): _Rule => {
    let r = rules.get(id);
    if (r === undefined) {
      r = _parseRule(tables.rules[id] ?? "X", years);
      rules.set(id, r);
    }
    return r;
  };
  const entry = (key: string): string | undefined => {
    if (places === undefined) {
      places = new Map();
      for (const e of tables.places) {
        const at = e.indexOf("=");
        places.set(e.slice(0, at), e.slice(at + 1));
      }
    }
    return places.get(key);
  };
  const rulesOf = (key: string): readonly number[] | undefined => {
    let list = ids.get(key);
    if (list !== undefined) return list;
    const text = entry(key);
    if (text === undefined) return undefined;
    const dash = key.indexOf("-");
    if (dash === -1) list = text.split(".").map((x) => Number.parseInt(x, 36));
    else {
      const set = new Set(rulesOf(key.slice(0, dash)));
      for (const [, op, xs = ""] of text.matchAll(/([+-])([^+-]*)/g))
        for (const x of xs.split(".")) {
          if (x === "") continue;
          if (op === "+") set.add(Number.parseInt(x, 36));
          else set.delete(Number.parseInt(x, 36));
        }
      list = [...set];
    }
    ids.set(key, list);
    return list;
  };

  return {
    name,
    holidays(country, region, year) {
      if (!Number.isInteger(year) || year < tables.from || year > tables.to) return undefined;
      const regional = region === undefined ? undefined : `${country}-${region}`;
      const key = regional !== undefined && entry(regional) !== undefined ? regional : country;
      const cacheKey = `${key}/${year}`;
      const hit = cache.get(cacheKey);
      if (hit !== undefined) return hit;
      const list = rulesOf(key);
      if (list === undefined) return undefined;
      const i = year - tables.from;
      const out: HolidaySpan[] = [];
      for (const id of list) {
        const r = rule(id);
        const length = (r.lengths.get(i) ?? r.length) * _MIN;
        for (const d of _ruleDays(r, year, i)) {
          const s = d + r.start * _MIN;
          out.push([s, s + length]);
        }
      }
      const spans = Object.freeze(out.sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      cache.set(cacheKey, spans);
      return spans;
    },
  };
}
