/**
 * Public holidays from `date-holidays` at run time: `consentry/holidays`.
 *
 * The core ships compact tables generated from `date-holidays` for the jurisdictions its packs
 * cover (`bundledHolidays`); this subpath is for every other country, region or year that
 * `date-holidays` knows. It needs `date-holidays` installed (an optional peer dependency) and
 * weighs what that library weighs (about 1.4 MB minified, with its time zone and astronomy data).
 *
 * @packageDocumentation
 */
import Holidays from "date-holidays";
import type { HolidayProvider, HolidaySpan } from "./time/holidays.js";

export type { HolidayProvider, HolidaySpan } from "./time/holidays.js";

const _MAX_CACHED = 20_000;
const _DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})/;

/**
 * A `HolidayProvider` backed by `date-holidays`: every country and region it knows, any year.
 * Only holidays it marks `public` count, each from its local start (`date`, read as wall time) for
 * its length (`end − start`). A region it does not know falls back to the country; a country it
 * does not know, or a year that is not an integer, gives `undefined`.
 *
 * @returns a provider that builds each country's calendar on first use and caches each year.
 *
 * @example
 * import { dateHolidays } from "consentry/holidays";
 * dateHolidays().holidays("JP", undefined, 2026)?.length; // => 18
 */
export function dateHolidays(): HolidayProvider {
  const calendars = new Map<string, Holidays | null>();
  const years = new Map<string, readonly HolidaySpan[] | undefined>();
  let countries: Record<string, string> | undefined;

  const calendar = (country: string, region: string | undefined): Holidays | null => {
    const key = `${country}/${region ?? ""}`;
    let hd = calendars.get(key);
    if (hd === undefined) {
      const meta = new Holidays();
      countries ??= meta.getCountries("en");
      if (!Object.hasOwn(countries, country)) hd = null;
      else if (region !== undefined && Object.hasOwn(meta.getStates(country, "en") ?? {}, region))
        hd = new Holidays(country, region);
      else hd = new Holidays(country);
      calendars.set(key, hd);
    }
    return hd;
  };

  return {
    name: "date-holidays",
    holidays(country, region, year) {
      if (!Number.isInteger(year)) return undefined;
      const key = `${country}/${region ?? ""}/${year}`;
      if (years.has(key)) return years.get(key);
      const hd = calendar(country, region);
      const spans = hd === null ? undefined : Object.freeze(_publicSpans(hd, year));
      if (years.size >= _MAX_CACHED) years.clear();
      years.set(key, spans);
      return spans;
    },
  };
}

/** The `public` holidays `hd` lists for `year`, as sorted wall-time spans. */
function _publicSpans(hd: Holidays, year: number): HolidaySpan[] {
  const out: HolidaySpan[] = [];
  for (const x of hd.getHolidays(year)) {
    if (x.type !== "public") continue;
    const m = _DATE.exec(x.date);
    if (m === null) continue;
    const start = Date.UTC(
      +(m[1] as string),
      +(m[2] as string) - 1,
      +(m[3] as string),
      +(m[4] as string),
      +(m[5] as string),
      +(m[6] as string),
    );
    const end = start + (x.end.getTime() - x.start.getTime());
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) out.push([start, end]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
