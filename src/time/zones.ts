/**
 * Time zone arithmetic with an explicit IANA zone, never the process zone, exact to the second.
 *
 * Offsets come straight from `Intl.DateTimeFormat` (the local wall clock of an instant, to the
 * second, minus the instant), so an offset with seconds (local mean time, such as Monrovia's
 * -0:44:30 before 1972) and a transition off the quarter hour (St. John's at 00:01 local before
 * 2011, Casey, Gaza) are exact. Each zone's transitions are found once per 16-day chunk by
 * probing its offset at a fixed step and bisecting to the second where it changes, and kept as a
 * sorted list per chunk: an offset is then a map lookup and a comparison or two.
 *
 * The probe step assumes the zone's offset does not change and change back within one step (two
 * changes in a row to different offsets are found either way: the bisection finds the first, the
 * next probe the second). Before 1970, and for any zone not in the jurisdiction table, the step
 * is 72 hours: in the tz database the shortest such round trip since 1900 lasts four days
 * (Freetown, 1939; seven days in the data `Intl` ships). From 1970 on, a zone of the table is
 * probed at the step the table gives it (`_probeStepDays`, generated from the tz data): half the
 * shortest round trip of its offset since 1970, at most 16 days (the chunk), at least three
 * (Gaza, Hebron, and Brazil's zones of 2000). A test checks every transition of every zone from
 * 1970 to 2037 against `Intl` (src/time/zones.test.ts, all zones under `FUZZ=1`).
 *
 * Bisection tries first the instants at which an earlier chunk of any zone found a transition,
 * and the instants with the same local wall time (most zones of a country change together, or at
 * the same local hour): a guess `g` is taken when the offset at `g - 1 s` is the old one and at `g`
 * is not, which under the assumption above is exactly the first second of the new offset. Then
 * it halves on a 15-minute grid, then to the second. A cold year of a US zone costs about 30
 * `Intl` calls (160 at a 72-hour step without guesses).
 */

import { _probeStepDays } from "./zone-table.js";

const _DAY = 86_400_000;
/** Probe step before 1970 and for zones not in the table, in seconds (under four days). */
const _STEP_S = 72 * 3600;
/** Chunk length, in seconds. */
const _CHUNK_S = 16 * 86_400;
/** The last second `Date` (and so `Intl`) can represent. */
const _MAX_S = 8_640_000_000_000;
/** Bounds on the caches: chunks in all zones (about 880 zone-years), and zone names. */
const _MAX_CHUNKS = 20_000;
const _MAX_ZONES = 2_000;
/** No zone's offset has ever been 26 hours or more: ±30 h brackets every wall time's instants. */
const _REACH = 30 * 3_600_000;
/** The grid bisection halves on first, in seconds: transitions fall on it almost always. */
const _GRID_S = 900;
/** Transitions remembered per chunk index, as guesses for the other zones. */
const _MAX_GUESSES = 16;

/** A zone's offsets over `[lo, hi)`: `off[0]` from `lo`, `off[i + 1]` from `at[i]` (all ms). */
interface _Chunk {
  readonly lo: number;
  readonly hi: number;
  readonly at: readonly number[];
  readonly off: readonly number[];
}

interface _Zone {
  readonly fmt: Intl.DateTimeFormat;
  /** The probe step from 1970 on, in seconds. */
  readonly step: number;
  readonly chunks: Map<number, _Chunk>;
  /** The offset at the start of chunk `k`, read when chunk `k - 1` was built (its last probe). */
  readonly edges: Map<number, number>;
  /** The chunk asked for last: a batch decided at one instant asks the same chunk again. */
  last: _Chunk;
}

const _NONE: _Chunk = { lo: 0, hi: 0, at: [], off: [] };
const _zones = new Map<string, _Zone>();
let _chunkCount = 0;
/**
 * Per chunk index, the transitions found there in any zone: `[instant s, offset before ms]`
 * pairs, the guesses bisection tries first.
 */
const _guesses = new Map<number, number[]>();

function _clearChunks(): void {
  for (const other of _zones.values()) {
    other.chunks.clear();
    other.edges.clear();
  }
  _guesses.clear();
  _chunkCount = 0;
}

function _zone(tz: string): _Zone {
  let z = _zones.get(tz);
  if (z === undefined) {
    let fmt: Intl.DateTimeFormat;
    try {
      fmt = new Intl.DateTimeFormat("en-US", {
        timeZone: tz,
        hourCycle: "h23",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
    } catch (e) {
      throw new RangeError(`unknown time zone '${tz}'`, { cause: e });
    }
    if (_zones.size >= _MAX_ZONES) {
      _zones.clear();
      _guesses.clear();
      _chunkCount = 0;
    }
    const days = _probeStepDays(tz);
    const step = days === undefined ? _STEP_S : days * 86_400;
    z = { fmt, step, chunks: new Map(), edges: new Map(), last: _NONE };
    _zones.set(tz, z);
  }
  return z;
}

/**
 * The offset in ms of the zone formatted by `fmt` at second `s` (epoch seconds), from the local
 * day of the month, hour, minute and second that `Intl` gives for it. The year is not needed: a
 * local date is the UTC date or the day before or after.
 */
function _intlOffset(fmt: Intl.DateTimeFormat, s: number): number {
  const u = Math.min(Math.max(s, -_MAX_S), _MAX_S) * 1000;
  const str = fmt.format(u);
  let day: number;
  let h: number;
  let mi: number;
  let sec: number;
  // en-US gives "MM/DD, HH:MM:SS"; read it by position, or by parts should the layout differ.
  if (
    str.length === 15 &&
    str.charCodeAt(2) === 47 &&
    str.charCodeAt(9) === 58 &&
    str.charCodeAt(12) === 58
  ) {
    day = _two(str, 3);
    h = _two(str, 7);
    mi = _two(str, 10);
    sec = _two(str, 13);
  } else {
    const p: Record<string, number> = {};
    for (const part of fmt.formatToParts(u)) p[part.type] = Number(part.value);
    day = p.day ?? Number.NaN;
    h = (p.hour ?? Number.NaN) % 24;
    mi = p.minute ?? Number.NaN;
    sec = p.second ?? Number.NaN;
  }
  const utcDay = new Date(u).getUTCDate();
  const utcSec = ((u % _DAY) + _DAY) % _DAY;
  const delta = day === utcDay ? 0 : day === utcDay + 1 || (day === 1 && utcDay >= 28) ? 1 : -1;
  const off = ((h * 60 + mi) * 60 + sec) * 1000 - utcSec + delta * _DAY;
  if (Number.isNaN(off)) throw new RangeError(`Intl gave no wall time for '${str}'`);
  return off;
}

function _two(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

/**
 * Finds the transitions of chunk `k`: probes at the zone's step (every 72 hours before 1970), the
 * last one at the chunk's end (kept as the next chunk's first offset), and where the offset
 * changes, the first second of the new one.
 */
function _build(z: _Zone, k: number): _Chunk {
  const lo = k * _CHUNK_S;
  const hi = lo + _CHUNK_S;
  const step = lo >= 0 ? z.step : _STEP_S;
  const at: number[] = [];
  let a = z.edges.get(k) ?? _intlOffset(z.fmt, lo);
  z.edges.delete(k);
  const off = [a];
  let p = lo;
  let hiOff = Number.NaN;
  for (;;) {
    const q = Math.min(p + step, hi);
    const b = q === hi && !Number.isNaN(hiOff) ? hiOff : _intlOffset(z.fmt, q);
    if (q === hi) hiOff = b;
    if (b !== a) {
      // `a` holds at p and not at q: the first second at which it no longer holds.
      const y = _firstChange(z, k, a, p, q, b);
      if (y < hi) {
        at.push(y * 1000);
        off.push(_found);
        p = y;
        a = _found;
        continue;
      }
    }
    if (q === hi) break;
    p = q;
  }
  z.edges.set(k + 1, hiOff);
  return { lo: lo * 1000, hi: hi * 1000, at, off };
}

/** The offset `_firstChange` found at the second it returned. */
let _found = Number.NaN;

/**
 * The first second in `(x, y]` at which the offset of `z` is not `a`, given that it is `a` at `x`
 * and `yOff` at `y` and changes at most once to another offset and never back in between; the
 * offset there is left in `_found`. Guesses first (transitions found in chunk `k` of any zone,
 * at the same instant or the same wall time), then halving on a 15-minute grid, then to the second.
 */
function _firstChange(z: _Zone, k: number, a: number, x: number, y: number, yOff: number): number {
  const seen = _guesses.get(k);
  if (seen !== undefined)
    for (let i = 0; i < seen.length && y - x > 1; i += 2) {
      const t = seen[i] as number;
      for (let n = 0; n < 2 && y - x > 1; n++) {
        // The same instant, then the same wall time (the offset before is `seen[i + 1]` there).
        const g = n === 0 ? t : t + ((seen[i + 1] as number) - a) / 1000;
        if (!(g > x && g <= y) || (n === 1 && g === t)) continue;
        const o = g === y ? yOff : _intlOffset(z.fmt, g);
        if (o === a) {
          x = g;
          continue;
        }
        y = g;
        yOff = o;
        const before = g - 1 === x ? a : _intlOffset(z.fmt, g - 1);
        if (before === a) x = g - 1;
        else {
          y = g - 1;
          yOff = before;
        }
      }
    }
  // Grid points strictly between x and y, halved.
  for (;;) {
    const i = Math.floor(x / _GRID_S) + 1;
    const j = Math.ceil(y / _GRID_S) - 1;
    if (i > j) break;
    const g = Math.floor((i + j) / 2) * _GRID_S;
    const o = _intlOffset(z.fmt, g);
    if (o === a) x = g;
    else {
      y = g;
      yOff = o;
    }
  }
  while (y - x > 1) {
    const mid = Math.floor((x + y) / 2);
    const o = _intlOffset(z.fmt, mid);
    if (o === a) x = mid;
    else {
      y = mid;
      yOff = o;
    }
  }
  let list = _guesses.get(k);
  if (list === undefined) {
    list = [];
    _guesses.set(k, list);
  }
  if (list.length < 2 * _MAX_GUESSES && !_has(list, y, a)) list.push(y, a);
  _found = yOff;
  return y;
}

function _has(list: readonly number[], t: number, a: number): boolean {
  for (let i = 0; i < list.length; i += 2) if (list[i] === t && list[i + 1] === a) return true;
  return false;
}

/** The chunk of `tz` containing instant `t`, built on first use. */
function _chunk(z: _Zone, t: number): _Chunk {
  if (t >= z.last.lo && t < z.last.hi) return z.last;
  if (!Number.isFinite(t)) throw new RangeError(`not a finite instant: ${t}`);
  const k = Math.floor(t / 1000 / _CHUNK_S);
  let c = z.chunks.get(k);
  if (c === undefined) {
    if (++_chunkCount > _MAX_CHUNKS) {
      _clearChunks();
      _chunkCount = 1;
    }
    c = _build(z, k);
    z.chunks.set(k, c);
  }
  z.last = c;
  return c;
}

/**
 * The offset of the zone throughout `[t - 30 h, t + 30 h]` when it has one there (no transition
 * in the chunk or two chunks that span it), else undefined.
 */
function _steadyAround(z: _Zone, t: number): number | undefined {
  const a = _chunk(z, t - _REACH);
  if (a.at.length !== 0) return undefined;
  if (t + _REACH < a.hi) return a.off[0];
  const b = _chunk(z, t + _REACH);
  return b.at.length === 0 && b.lo === a.hi && b.off[0] === a.off[0] ? a.off[0] : undefined;
}

/** The index in `c.off` of the offset at `t` (t inside the chunk). */
function _index(c: _Chunk, t: number): number {
  const at = c.at;
  let i = 0;
  while (i < at.length && t >= (at[i] as number)) i++;
  return i;
}

/**
 * The offset of `tz` from UTC at instant `t`, in milliseconds (local = UTC + offset), exact to
 * the second.
 *
 * @throws {RangeError} for an unknown zone or an instant that is not finite
 * @example
 * zoneOffsetMs("Europe/Oslo", Date.parse("2026-07-01T00:00:00Z")); // => 7200000
 * zoneOffsetMs("Africa/Monrovia", Date.parse("1960-01-01T00:00:00Z")); // => -2670000
 */
export function zoneOffsetMs(tz: string, t: number): number {
  const c = _chunk(_zone(tz), t);
  return c.off[_index(c, t)] as number;
}

/**
 * Calls `fn(lo, hi, off)` for each stretch `[lo, hi)` of constant offset `off` of `tz` that
 * overlaps `[from, to)`, clipped to it, in order; stretches meet exactly at the zone's
 * transitions. Stops early when `fn` returns true.
 *
 * @example
 * // Oslo on 2026-10-25: CEST until 01:00Z, CET after.
 * forEachOffsetSpan("Europe/Oslo", Date.parse("2026-10-25T00:00:00Z"), Date.parse("2026-10-25T02:00:00Z"), (lo, hi, off) => {});
 * // => called with (00:00Z, 01:00Z, 7200000), then (01:00Z, 02:00Z, 3600000)
 */
export function forEachOffsetSpan(
  tz: string,
  from: number,
  to: number,
  fn: (lo: number, hi: number, off: number) => boolean | undefined,
): void {
  if (!(from < to)) return;
  const z = _zone(tz);
  let lo = from;
  let off = Number.NaN;
  let t = from;
  while (t < to) {
    const c = _chunk(z, t);
    for (let i = _index(c, t); ; i++) {
      const o = c.off[i] as number;
      if (o !== off) {
        if (t > lo && fn(lo, t, off) === true) return;
        lo = t;
        off = o;
      }
      t = i < c.at.length ? (c.at[i] as number) : c.hi;
      if (t >= to || i >= c.at.length) break;
    }
  }
  fn(lo, to, off);
}

/** The local wall-clock time of `t` in `tz`, as epoch milliseconds of the same UTC fields. */
export function toWall(tz: string, t: number): number {
  const c = _chunk(_zone(tz), t);
  return t + (c.off[_index(c, t)] as number);
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
  const z = _zone(tz);
  // Fast path: one offset holds for 30 hours either side, so the answer is unique and no gap.
  const off = _steadyAround(z, wall);
  if (off !== undefined) return wall - off;
  // Before wall - 30 h every wall time is earlier than `wall`; by wall + 30 h every one is later.
  let found = Number.NaN;
  forEachOffsetSpan(tz, wall - _REACH, wall + _REACH, (lo, hi, off) => {
    const t = Math.max(lo, wall - off);
    if (t >= hi) return false;
    found = t;
    return true;
  });
  return found;
}

/**
 * The instant from which on the local wall clock of `tz` is never again before `wall` (looking
 * 30 hours ahead): the second occurrence of a wall time repeated when clocks go back, the
 * transition for one skipped when they go forward, and otherwise the same instant as
 * `wallToInstant`. The end to give an interval of forbidden local times (a blackout, a holiday)
 * so that it covers every instant whose wall time is before its end, in both occurrences of a
 * repeated hour.
 *
 * @example
 * // 02:30 on 2026-10-25 occurs twice in Oslo: 00:30Z (CEST) and 01:30Z (CET).
 * new Date(wallToInstantLast("Europe/Oslo", Date.UTC(2026, 9, 25, 2, 30))).toISOString(); // => "2026-10-25T01:30:00.000Z"
 */
export function wallToInstantLast(tz: string, wall: number): number {
  const z = _zone(tz);
  const off = _steadyAround(z, wall);
  if (off !== undefined) return wall - off;
  // The latest end of a stretch's instants with wall time before `wall`.
  let found = Number.NaN;
  forEachOffsetSpan(tz, wall - _REACH, wall + _REACH, (lo, hi, off) => {
    const t = Math.min(hi, wall - off);
    if (t > lo && !(t <= found)) found = t;
    return false;
  });
  return found;
}

/** The start (local midnight, as a wall time) of the local day containing wall time `wall`. */
export function wallDayStart(wall: number): number {
  return Math.floor(wall / _DAY) * _DAY;
}

/** The weekday of a wall time, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function wallWeekday(wall: number): number {
  return (((Math.floor(wall / _DAY) + 3) % 7) + 7) % 7;
}

/**
 * The instants at which each of the sorted wall times `walls` occurs in `tz`: element `i` of the
 * result is `wallToInstant(tz, walls[i])`, found for all of them in one pass over the zone's
 * stretches of constant offset (the mapping is monotone, so the stretch that holds the next wall
 * time never lies before the one that held the last).
 *
 * @param walls - wall times (epoch milliseconds of local fields), ascending
 * @example
 * // 02:30 on 2026-03-29 does not exist in Oslo; 12:00 is CEST.
 * wallsToInstants("Europe/Oslo", [Date.UTC(2026, 2, 29, 2, 30), Date.UTC(2026, 2, 29, 12)]);
 * // => Float64Array [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 2, 29, 10)]
 */
export function wallsToInstants(tz: string, walls: ArrayLike<number>): Float64Array {
  const n = walls.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const los: number[] = [];
  const his: number[] = [];
  const offs: number[] = [];
  forEachOffsetSpan(
    tz,
    (walls[0] as number) - _REACH,
    (walls[n - 1] as number) + _REACH,
    (lo, hi, off) => {
      los.push(lo);
      his.push(hi);
      offs.push(off);
      return false;
    },
  );
  let j = 0;
  for (let i = 0; i < n; i++) {
    const w = walls[i] as number;
    // The first stretch holding an instant whose wall time is at or after w.
    while (
      j < los.length - 1 &&
      Math.max(los[j] as number, w - (offs[j] as number)) >= (his[j] as number)
    )
      j++;
    out[i] = Math.max(los[j] as number, w - (offs[j] as number));
  }
  return out;
}

/**
 * The offsets of `tz` over `[from, to)` as a string: two zones with the same string have the
 * same offset at every instant of the range, so every local-time rule treats them alike there.
 */
export function offsetSchedule(tz: string, from: number, to: number): string {
  let key = "";
  forEachOffsetSpan(tz, from, to, (lo, _hi, off) => {
    key += `${lo}:${off};`;
    return false;
  });
  return key;
}
