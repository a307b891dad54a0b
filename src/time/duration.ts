const _RE = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
/** The longest duration `parseDuration` accepts: 3660 days (ten years). */
export const MAX_DURATION_MS = 3660 * 86_400_000;

/**
 * Parses an ISO 8601 duration of weeks, days, hours, minutes and seconds into milliseconds
 * (a day is exactly 24 hours). Years and months are rejected: their length varies.
 *
 * @throws {RangeError} on anything else, on zero, and on more than 3660 days (ten years)
 * @example
 * parseDuration("P7D"); // => 604800000
 * parseDuration("PT1H30M"); // => 5400000
 */
export function parseDuration(s: string): number {
  const m = _RE.exec(s);
  if (m === null || s === "P" || s.endsWith("T"))
    throw new RangeError(
      `'${s}' is not an ISO 8601 duration of weeks, days, hours, minutes or seconds (for example 'P7D' or 'PT2H')`,
    );
  const [, w, d, h, mi, sec] = m;
  const ms =
    Number(w ?? 0) * 604_800_000 +
    Number(d ?? 0) * 86_400_000 +
    Number(h ?? 0) * 3_600_000 +
    Number(mi ?? 0) * 60_000 +
    Number(sec ?? 0) * 1000;
  if (ms <= 0) throw new RangeError(`'${s}' is zero: a duration must be positive`);
  if (ms > MAX_DURATION_MS) throw new RangeError(`'${s}' is longer than 3660 days (ten years)`);
  return ms;
}

/** Whether `s` is a duration that `parseDuration` accepts. */
export function isDuration(s: string): boolean {
  try {
    parseDuration(s);
    return true;
  } catch {
    return false;
  }
}
