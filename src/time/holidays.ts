import Holidays from "date-holidays";
import { type Interval, normalizeIntervals, pushClipped } from "./intervals.js";
import { toWall, wallToInstant } from "./zones.js";

/**
 * Public holidays in the recipient's local time (`date-holidays`, maintained per country and
 * region, rather than tables written by hand).
 */

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
