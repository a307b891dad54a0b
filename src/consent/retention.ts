import { parseInstant } from "../time/instant.js";

/**
 * The instant until which proof of a consent must be kept: `years` calendar years (in UTC) after
 * the grant and, with `fromEachUse`, after the latest use at or after it. A date that does not
 * exist in the final year (29 February) rolls to 1 March.
 *
 * @param grantedAt - the grant's instant (ISO 8601)
 * @param uses - the instants of the sends that relied on it (ISO 8601), in any order
 * @param years - the retention period in years
 * @param fromEachUse - whether each use restarts the period
 * @returns epoch milliseconds
 * @throws {RangeError} when an instant cannot be read
 * @example
 * new Date(retentionEnd("2022-03-01T00:00:00Z", ["2024-06-10T09:00:00Z"], 5, true)).toISOString();
 * // => "2029-06-10T09:00:00.000Z"
 */
export function retentionEnd(
  grantedAt: string,
  uses: readonly string[],
  years: number,
  fromEachUse: boolean,
): number {
  let from = _read(grantedAt, "grantedAt");
  if (fromEachUse)
    for (const [i, u] of uses.entries()) from = Math.max(from, _read(u, `uses[${i}]`));
  const d = new Date(from);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}

function _read(v: string, field: string): number {
  const t = parseInstant(v);
  if (Number.isNaN(t)) throw new RangeError(`${field}: '${v}' is not an ISO 8601 instant`);
  return t;
}
