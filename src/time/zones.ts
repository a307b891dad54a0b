import { tzOffset } from "@date-fns/tz";

/**
 * Time zone arithmetic with an explicit IANA zone, never the process zone. Offsets come from
 * `@date-fns/tz` (Intl underneath) and are cached per zone in 15-minute buckets: every modern
 * transition falls on a quarter hour in UTC, so a bucket never straddles one.
 */

const _BUCKET = 900_000;
const _MAX_CACHE = 200_000;
const _offsets = new Map<string, Map<number, number>>();
let _cached = 0;

/**
 * The offset of `tz` from UTC at instant `t`, in milliseconds (local = UTC + offset).
 *
 * @example
 * zoneOffsetMs("Europe/Oslo", Date.parse("2026-07-01T00:00:00Z")); // => 7200000
 */
export function zoneOffsetMs(tz: string, t: number): number {
  const bucket = Math.floor(t / _BUCKET);
  let m = _offsets.get(tz);
  if (m === undefined) {
    m = new Map();
    _offsets.set(tz, m);
  }
  let off = m.get(bucket);
  if (off === undefined) {
    off = tzOffset(tz, new Date(bucket * _BUCKET)) * 60_000;
    if (Number.isNaN(off)) throw new RangeError(`unknown time zone '${tz}'`);
    if (++_cached > _MAX_CACHE) {
      _offsets.clear();
      _cached = 0;
      _offsets.set(tz, m);
    }
    m.set(bucket, off);
  }
  return off;
}

/** A stretch of time `[lo, hi)` over which a zone's offset is `off`. */
interface _Span {
  lo: number;
  hi: number;
  off: number;
}
const _spans = new Map<string, _Span>();
const _STEP = 6 * 3_600_000;
const _REACH = 8 * 86_400_000;

/**
 * The stretch of constant offset around `t` in `tz`, at least to the nearest transition or
 * `_REACH` either side (whichever is nearer), to 15-minute precision. Found by probing every six
 * hours and bisecting where the offset changes (two transitions never fall within six hours in the
 * tz database's modern data); the last span per zone is kept, so a batch decided at one instant
 * asks the zone once.
 */
function _span(tz: string, t: number): _Span {
  const last = _spans.get(tz);
  if (last !== undefined && t >= last.lo && t < last.hi) return last;
  const b = Math.floor(t / _BUCKET) * _BUCKET;
  const off = zoneOffsetMs(tz, b);
  const edge = (dir: 1 | -1): number => {
    let inside = b; // a bucket start known to have `off`
    for (let step = _STEP; step <= _REACH; step += _STEP) {
      const probe = b + dir * step;
      if (zoneOffsetMs(tz, probe) !== off) {
        // Bisect between `inside` and `probe` at bucket precision.
        let a = inside;
        let z = probe;
        while (Math.abs(z - a) > _BUCKET) {
          const mid = Math.floor((a + z) / 2 / _BUCKET) * _BUCKET;
          if (mid === a || mid === z) break;
          if (zoneOffsetMs(tz, mid) === off) a = mid;
          else z = mid;
        }
        return dir === 1 ? a + _BUCKET : a;
      }
      inside = probe;
    }
    return dir === 1 ? inside + _BUCKET : inside;
  };
  const span = { lo: edge(-1), hi: edge(1), off };
  if (_spans.size > 1000) _spans.clear();
  _spans.set(tz, span);
  return span;
}

/** The local wall-clock time of `t` in `tz`, as epoch milliseconds of the same UTC fields. */
export function toWall(tz: string, t: number): number {
  const s = _spans.get(tz);
  return t + (s !== undefined && t >= s.lo && t < s.hi ? s.off : zoneOffsetMs(tz, t));
}
/**
 * The instant at which the local wall-clock time `wall` (epoch milliseconds of UTC fields) occurs
 * in `tz`: the earliest instant whose wall time is at or after `wall`. So a wall time skipped by a
 * spring-forward maps to the transition (the first valid instant after it), and a wall time that
 * occurs twice maps to its first occurrence.
 *
 * @example
 * // 02:30 on 2026-03-29 does not exist in Oslo: clocks go from 02:00 to 03:00 (01:00Z).
 * new Date(wallToInstant("Europe/Oslo", Date.UTC(2026, 2, 29, 2, 30))).toISOString(); // => "2026-03-29T01:00:00.000Z"
 */
export function wallToInstant(tz: string, wall: number): number {
  // Fast path: one offset holds for 30 hours either side, so the answer is unique and no gap.
  const s = _span(tz, wall);
  const guess = wall - s.off;
  if (guess - 108_000_000 >= s.lo && guess + 108_000_000 < s.hi) return guess;
  // Offsets that may be in force around this wall time (no zone has moved more than 26 h).
  let best = Number.POSITIVE_INFINITY;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const probe of [
    wall - 108_000_000,
    wall - 43_200_000,
    wall,
    wall + 43_200_000,
    wall + 108_000_000,
  ]) {
    const o = zoneOffsetMs(tz, probe);
    const t = wall - o;
    if (t < best && toWall(tz, t) === wall) best = t;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // In a gap: the earliest instant whose wall time is at or after `wall`.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (toWall(tz, mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Local calendar fields of a wall time: `dow` 0 = Monday … 6 = Sunday, `minute` of the day. */
export function wallFields(wall: number): {
  y: number;
  m: number;
  d: number;
  dow: number;
  minute: number;
} {
  const dt = new Date(wall);
  return {
    y: dt.getUTCFullYear(),
    m: dt.getUTCMonth(),
    d: dt.getUTCDate(),
    dow: (dt.getUTCDay() + 6) % 7,
    minute: dt.getUTCHours() * 60 + dt.getUTCMinutes(),
  };
}

/** The start (local midnight, as a wall time) of the local day containing wall time `wall`. */
export function wallDayStart(wall: number): number {
  return Math.floor(wall / 86_400_000) * 86_400_000;
}

/** Whether two instants around `t` (±26 h) have different offsets: a transition is near. */
export function transitionNear(tz: string, t: number): boolean {
  const s = _span(tz, t);
  if (t - 93_600_000 >= s.lo && t + 93_600_000 < s.hi) return false;
  return zoneOffsetMs(tz, t - 93_600_000) !== zoneOffsetMs(tz, t + 93_600_000);
}
