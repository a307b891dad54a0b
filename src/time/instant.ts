import { _strictInstantMs } from "../model/instant-ms.js";
import { MAX_DURATION_MS } from "./duration.js";

const _DAY = 86_400_000;

/**
 * Epoch milliseconds of a UTC date and time, like `Date.UTC` but exact for every year: `Date.UTC`
 * reads years 0 to 99 as 1900 to 1999. `m` counts months from 0 and may run past 11 (or below 0)
 * into the next (or previous) year; the day and time fields may run past their ranges too.
 *
 * @example
 * _utc(2026, 2, 29); // => Date.UTC(2026, 2, 29)
 * _utc(50, 0, 1); // => -60589296000000 (year 50, not 1950)
 */
export function _utc(y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const yy0 = y + Math.floor(m / 12);
  const mo = m - Math.floor(m / 12) * 12 + 1; // 1..12
  // Days from the civil date (H. Hinnant's algorithm): exact for every year.
  const yy = mo <= 2 ? yy0 - 1 : yy0;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146_097 + doe - 719_468;
  return days * _DAY + ((h * 60 + mi) * 60 + s) * 1000 + ms;
}

/** The longest policy horizon, 366 days: how far past `now` a send may be planned. */
export const MAX_HORIZON_MS = 366 * _DAY;

/**
 * The earliest instant the engine decides at: 1900-01-01T00:00:00.000Z. Every year the time
 * layer meets is then past 99, where `Date.UTC` is exact, and `Intl` knows every zone's offset.
 */
export const MIN_INSTANT_MS = -2_208_988_800_000;

/**
 * The latest instant the engine decides at: 9999-12-31T23:59:59.999Z less the longest duration
 * (3660 days), the longest horizon (366 days) and two days for zone offsets and local days
 * (9988-12-20T23:59:59.999Z). Anything the engine adds to `now` (a horizon, a delay, a spread, a
 * cap's window) then stays within year 9999, so every instant it writes is a four-digit-year ISO
 * string the model reads back, and far inside the `Date` range (±8.64e15 ms).
 */
export const MAX_INSTANT_MS = 253_402_300_799_999 - MAX_DURATION_MS - MAX_HORIZON_MS - 2 * _DAY;

/**
 * Whether `ms` is an instant the engine supports: an integer in
 * `[MIN_INSTANT_MS, MAX_INSTANT_MS]` (1900-01-01T00:00:00.000Z to 9988-12-20T23:59:59.999Z).
 *
 * @example
 * isSupportedInstant(Date.parse("2026-05-04T09:00:00Z")); // => true
 * isSupportedInstant(8.64e15); // => false
 * isSupportedInstant(Number.NaN); // => false
 */
export function isSupportedInstant(ms: number): boolean {
  return Number.isInteger(ms) && ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;
}

/**
 * Epoch milliseconds of an ISO 8601 instant as the model accepts it
 * (`YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`), without `Date.parse`: a decision reads dozens of
 * instants (its ledger and history), and this is several times cheaper. It is the model's own
 * one-pass validation (`_strictInstantMs`); any other string is handed to `Date.parse`, so the
 * result always equals `Date.parse(s)` (checked by a property test).
 *
 * @example
 * parseInstant("2026-03-29T01:30:00+02:00"); // => Date.parse("2026-03-29T01:30:00+02:00")
 */
export function parseInstant(s: string): number {
  const t = _strictInstantMs(s);
  return Number.isNaN(t) ? Date.parse(s) : t;
}
