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
 * instants (its ledger and history), and this is several times cheaper. Any other shape is handed
 * to `Date.parse`, so the result always equals `Date.parse(s)` (checked by a property test).
 *
 * @example
 * parseInstant("2026-03-29T01:30:00+02:00"); // => Date.parse("2026-03-29T01:30:00+02:00")
 */
export function parseInstant(s: string): number {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84)
    return Date.parse(s);
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return Date.parse(s);
  for (const k of _DIGITS) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return Date.parse(s);
  }
  const y = _d(s, 0) * 1000 + _d(s, 1) * 100 + _d(s, 2) * 10 + _d(s, 3);
  const mo = _d(s, 5) * 10 + _d(s, 6);
  const day = _d(s, 8) * 10 + _d(s, 9);
  const h = _d(s, 11) * 10 + _d(s, 12);
  const mi = _d(s, 14) * 10 + _d(s, 15);
  const sec = _d(s, 17) * 10 + _d(s, 18);
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    // Milliseconds are the first three digits of the fraction; the rest is truncated.
    i++;
    if (!(s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)) return Date.parse(s);
    let scale = 100;
    while (i < n) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      ms += c * scale;
      scale /= 10;
      i++;
    }
    ms = Math.floor(ms);
  }
  let off = 0;
  const z = s.charCodeAt(i);
  if (z === 90 && i === n - 1) off = 0;
  else if ((z === 43 || z === 45) && i === n - 6 && s.charCodeAt(i + 3) === 58) {
    for (const k of [i + 1, i + 2, i + 4, i + 5]) {
      const c = s.charCodeAt(k);
      if (c < 48 || c > 57) return Date.parse(s);
    }
    const oh = _d(s, i + 1) * 10 + _d(s, i + 2);
    const om = _d(s, i + 4) * 10 + _d(s, i + 5);
    if (!(oh >= 0 && oh <= 23 && om >= 0 && om <= 59)) return Date.parse(s);
    off = (oh * 60 + om) * 60_000;
    if (z === 43) off = -off;
  } else return Date.parse(s);
  if (
    !(y >= 0 && y <= 9999) ||
    !(mo >= 1 && mo <= 12) ||
    !(day >= 1 && day <= 31) ||
    !(h >= 0 && h <= 23) ||
    !(mi >= 0 && mi <= 59) ||
    !(sec >= 0 && sec <= 59)
  )
    return Date.parse(s);
  return _utc(y, mo - 1, day, h, mi, sec, ms) + off;
}

const _DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

function _d(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}
