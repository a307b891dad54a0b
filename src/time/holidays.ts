import { type Interval, normalizeIntervals, pushClipped } from "./intervals.js";
import { toWall, wallToInstant } from "./zones.js";

/**
 * Public holidays in the recipient's local time, from a `HolidayProvider`: the tables bundled with
 * the core (`bundledHolidays`, generated from `date-holidays` at build time) or `date-holidays`
 * itself at run time (`consentry/holidays`).
 */

/**
 * One public holiday as a local wall-time span `[startWall, endWall)`: epoch milliseconds of the
 * local calendar fields read as UTC (so 2026-05-17 00:00 local is `Date.UTC(2026, 4, 17)`). The
 * end is the start plus the holiday's length as `date-holidays` measures it.
 */
export type HolidaySpan = readonly [startWall: number, endWall: number];

/**
 * Where public holidays come from: per country (ISO 3166-1 alpha-2, `NO`), region (the ISO 3166-2
 * suffix, `FL` for `US-FL`) and year.
 */
export interface HolidayProvider {
  /** A short name for diagnostics, such as `bundled` or `date-holidays`. */
  readonly name: string;
  /**
   * The public holidays of `country` (and `region`) listed for `year`, sorted by start then end;
   * `undefined` when the provider does not know that country or year (the caller must then fail
   * closed), an empty array when it knows there are none. A region the provider does not know
   * falls back to the country's holidays.
   */
  holidays(
    country: string,
    region: string | undefined,
    year: number,
  ): readonly HolidaySpan[] | undefined;
}

/**
 * The public holidays of `country` (and `region`, ISO 3166-2 suffix such as `FL`) within
 * `range`, each as its local day(s) in `tz`, from `provider`; `undefined` when the provider does
 * not know one of the years the range touches (or the country at all), so the caller can fail
 * closed.
 *
 * @param provider - where the holidays come from, such as `bundledHolidays`.
 * @param country - ISO 3166-1 alpha-2 code.
 * @param region - ISO 3166-2 suffix, or `undefined` for the country alone.
 * @param tz - the IANA zone whose local days the holidays cover.
 * @param range - the instants asked about, `[from, to)`.
 * @returns a normal interval set of holiday instants within `range`, or `undefined`.
 *
 * @example
 * // 17 May, Norway's Constitution Day, in Oslo:
 * holidayIntervals(bundledHolidays, "NO", undefined, "Europe/Oslo", [Date.parse("2026-05-16T00:00:00Z"), Date.parse("2026-05-18T00:00:00Z")]);
 * // => [[Date.parse("2026-05-16T22:00:00Z"), Date.parse("2026-05-17T22:00:00Z")]]
 */
export function holidayIntervals(
  provider: HolidayProvider,
  country: string,
  region: string | undefined,
  tz: string,
  range: Interval,
): Interval[] | undefined {
  const wallFrom = toWall(tz, range[0]) - 2 * 86_400_000;
  const wallTo = toWall(tz, range[1]) + 86_400_000;
  const out: Interval[] = [];
  for (let y = new Date(wallFrom).getUTCFullYear(); y <= new Date(wallTo).getUTCFullYear(); y++) {
    const spans = provider.holidays(country, region, y);
    if (spans === undefined) return undefined;
    for (const [ws, we] of spans) {
      if (we < wallFrom || ws > wallTo) continue;
      pushClipped(out, wallToInstant(tz, ws), wallToInstant(tz, we), range);
    }
  }
  return normalizeIntervals(out);
}
