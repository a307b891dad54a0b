/**
 * Weekly local-time windows over many zones at once, without expanding them day by day.
 *
 * A set of weekly windows is a pattern over the local week: intervals of `[0, WEEK)`, 0 being
 * Monday 00:00 local. While a zone keeps one offset, an instant is inside exactly when its
 * position in the UTC week, shifted by the offset, is inside the pattern; so over a stretch in
 * which every zone of a set keeps its offset, the instants inside in every zone are periodic with
 * a period of one week, and their pattern is the intersection of the pattern rotated by each
 * zone's (distinct) offset. `ZoneStretches` cuts a range at every transition of every zone of a
 * set; `WeeklySet` answers "the next instant inside (or outside) at or after `t`" and "where the
 * run that ends at `u` started" from the pattern of each stretch, in time that depends on the
 * stretches and the pattern's size, never on the days of the range. The same instants as
 * expanding the windows day by day (`allowedByWindows` in each zone, intersected), which the
 * property tests check.
 */

import { forEachOffsetSpan } from "./zones.js";

const _DAY = 86_400_000;
/** Milliseconds in a week. */
export const WEEK = 7 * _DAY;
/** An instant that was Monday 00:00 UTC: 1969-12-29. */
const _MONDAY0 = -3 * _DAY;

/** A weekly pattern: flat `[a0, b0, a1, b1, …]`, sorted, disjoint, non-adjacent, within `[0, WEEK)`. */
export type WeekPattern = Float64Array;

/** The position of instant `t` in the UTC week, in `[0, WEEK)`. */
export function weekPosition(t: number): number {
  const x = (t - _MONDAY0) % WEEK;
  return x < 0 ? x + WEEK : x;
}

/** Sorts and merges flat intervals `[a, b)` within `[0, WEEK)` into a pattern. */
export function normalizePattern(flat: readonly number[]): WeekPattern {
  const n = flat.length / 2;
  const idx = Array.from({ length: n }, (_, i) => i).filter(
    (i) => (flat[2 * i] as number) < (flat[2 * i + 1] as number),
  );
  idx.sort((i, j) => (flat[2 * i] as number) - (flat[2 * j] as number));
  const out: number[] = [];
  for (const i of idx) {
    const a = flat[2 * i] as number;
    const b = flat[2 * i + 1] as number;
    if (out.length > 0 && a <= (out[out.length - 1] as number)) {
      if (b > (out[out.length - 1] as number)) out[out.length - 1] = b;
    } else out.push(a, b);
  }
  return Float64Array.from(out);
}

/** The pattern of the parts of the week outside `p`. */
export function complementPattern(p: WeekPattern): WeekPattern {
  const out: number[] = [];
  let cur = 0;
  for (let i = 0; i < p.length; i += 2) {
    if ((p[i] as number) > cur) out.push(cur, p[i] as number);
    cur = p[i + 1] as number;
  }
  if (cur < WEEK) out.push(cur, WEEK);
  return Float64Array.from(out);
}

/** The intersection of two patterns, by a linear merge. */
export function intersectPatterns(a: WeekPattern, b: WeekPattern): WeekPattern {
  // Each step keeps at most one interval and moves past one of either: at most |a| + |b| values.
  const out = new Float64Array(a.length + b.length);
  let m = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i] as number, b[j] as number);
    const e = Math.min(a[i + 1] as number, b[j + 1] as number);
    if (s < e) {
      out[m++] = s;
      out[m++] = e;
    }
    if ((a[i + 1] as number) < (b[j + 1] as number)) i += 2;
    else j += 2;
  }
  return out.slice(0, m);
}

/**
 * The pattern `{x : (x + shift) mod WEEK ∈ p}`: `p` moved back by `shift`. A rotation of a sorted
 * pattern is a cyclic shift of its intervals: the ones at or after `shift` first, then those
 * before it moved a week on, the interval across `shift` split in two, and the two that then meet
 * (the old week's end and start) merged; linear, no sort.
 */
export function rotatePattern(p: WeekPattern, shift: number): WeekPattern {
  let s = shift % WEEK;
  if (s < 0) s += WEEK;
  if (s === 0 || p.length === 0) return p;
  const n = p.length;
  // The first interval that ends after s: every interval before it moves a week on whole.
  let k = 0;
  while (k < n && (p[k + 1] as number) - s <= 0) k += 2;
  const out = new Float64Array(n + 2);
  let m = 0;
  const put = (a: number, b: number) => {
    if (m > 0 && a <= (out[m - 1] as number)) {
      if (b > (out[m - 1] as number)) out[m - 1] = b;
    } else {
      out[m++] = a;
      out[m++] = b;
    }
  };
  const split = k < n && (p[k] as number) - s < 0;
  if (split) put(0, (p[k + 1] as number) - s);
  for (let i = split ? k + 2 : k; i < n; i += 2)
    put((p[i] as number) - s, (p[i + 1] as number) - s);
  for (let i = 0; i < k; i += 2) put((p[i] as number) - s + WEEK, (p[i + 1] as number) - s + WEEK);
  if (split) put((p[k] as number) - s + WEEK, WEEK);
  return out.slice(0, m);
}

/**
 * One stretch of a range in which every zone of a set keeps its offset: `[lo, hi)`, and the
 * distinct offsets (ascending) with their key.
 */
export interface Stretch {
  readonly lo: number;
  readonly hi: number;
  readonly offsets: readonly number[];
  readonly key: string;
}

/** A range cut into stretches at every transition of every zone of a set. */
export class ZoneStretches {
  readonly stretches: readonly Stretch[];
  readonly start: number;
  readonly end: number;

  /**
   * @param zones - IANA zones
   * @param start - start of the range (inclusive)
   * @param end - end of the range (exclusive), after `start`
   */
  constructor(zones: readonly string[], start: number, end: number) {
    this.start = start;
    this.end = end;
    const cuts: { at: number; zone: number; off: number }[] = [];
    zones.forEach((z, zi) => {
      forEachOffsetSpan(z, start, end, (lo, _hi, off) => {
        cuts.push({ at: lo, zone: zi, off });
        return false;
      });
    });
    cuts.sort((a, b) => a.at - b.at);
    const current = new Array<number>(zones.length).fill(0);
    const out: Stretch[] = [];
    let i = 0;
    while (i < cuts.length) {
      const at = (cuts[i] as { at: number }).at;
      while (i < cuts.length && (cuts[i] as { at: number }).at === at) {
        const c = cuts[i] as { zone: number; off: number };
        current[c.zone] = c.off;
        i++;
      }
      const hi = i < cuts.length ? (cuts[i] as { at: number }).at : end;
      const offsets = [...new Set(current)].sort((a, b) => a - b);
      out.push({ lo: at, hi, offsets, key: offsets.join(",") });
    }
    this.stretches = out;
  }

  /** The index of the last stretch that starts before `u` (u > start). */
  indexBefore(u: number): number {
    const s = this.stretches;
    let a = 0;
    let b = s.length - 1;
    while (a < b) {
      const m = (a + b + 1) >> 1;
      if ((s[m] as Stretch).lo < u) a = m;
      else b = m - 1;
    }
    return a;
  }

  /** The index of the stretch holding `t` (start ≤ t < end). */
  indexOf(t: number): number {
    const s = this.stretches;
    let a = 0;
    let b = s.length - 1;
    while (a < b) {
      const m = (a + b + 1) >> 1;
      if ((s[m] as Stretch).lo <= t) a = m;
      else b = m - 1;
    }
    return a;
  }
}

// Rotated and intersected patterns, per base pattern and set of offsets; the base patterns of a
// plan's rules live as long as the rules, so a plan reuses them across decisions.
const _byOffsets = new WeakMap<WeekPattern, Map<string, WeekPattern>>();

/** The instants of the week inside `p` in every zone whose offset is one of `offsets`. */
export function patternForOffsets(p: WeekPattern, s: Stretch): WeekPattern {
  let m = _byOffsets.get(p);
  if (m === undefined) {
    m = new Map();
    _byOffsets.set(p, m);
  }
  let q = m.get(s.key);
  if (q === undefined) {
    for (const off of s.offsets) {
      const r = rotatePattern(p, off);
      q = q === undefined ? r : intersectPatterns(q, r);
      if (q.length === 0) break;
    }
    q ??= p;
    if (m.size > 256) m.clear();
    m.set(s.key, q);
  }
  return q;
}

/** The first point at or after position `x` inside `q`, as a distance from `x` (Infinity when none). */
function _ahead(q: WeekPattern, x: number): number {
  if (q.length === 0) return Number.POSITIVE_INFINITY;
  let a = 0;
  let b = q.length / 2;
  while (a < b) {
    const m = (a + b) >> 1;
    if ((q[2 * m + 1] as number) <= x) a = m + 1;
    else b = m;
  }
  if (a < q.length / 2) return Math.max((q[2 * a] as number) - x, 0);
  return WEEK - x + (q[0] as number);
}

/**
 * How far back from position `x` the run of `q` holding the instant just before `x` reaches (0
 * when that instant is outside; Infinity when `q` is the whole week).
 */
function _behind(q: WeekPattern, x0: number): number {
  const n = q.length;
  if (n === 0) return 0;
  if (n === 2 && q[0] === 0 && q[1] === WEEK) return Number.POSITIVE_INFINITY;
  const x = x0 === 0 ? WEEK : x0;
  // The interval with a < x <= b.
  let a = 0;
  let b = n / 2;
  while (a < b) {
    const m = (a + b) >> 1;
    if ((q[2 * m + 1] as number) < x) a = m + 1;
    else b = m;
  }
  if (a >= n / 2 || (q[2 * a] as number) >= x) return 0;
  let back = x - (q[2 * a] as number);
  // A run that starts the week continues from the end of the week before.
  if (q[2 * a] === 0 && q[n - 1] === WEEK) back += WEEK - (q[n - 2] as number);
  return back;
}

/** A weekly pattern over the stretches of a zone set: the instants inside it in every zone. */
export class WeeklySet {
  private readonly _in: WeekPattern;
  private readonly _z: ZoneStretches;

  /**
   * @param pattern - the allowed part of the local week
   * @param zones - the stretches of the zones it must hold in
   */
  constructor(pattern: WeekPattern, zones: ZoneStretches) {
    this._in = pattern;
    this._z = zones;
  }

  /**
   * The first instant in `[t, end)` (within the range) inside the set when `want`, outside it
   * otherwise; `end` when there is none.
   */
  next(t: number, want: boolean, end: number): number {
    const z = this._z;
    const lim = Math.min(end, z.end);
    if (!(t < lim)) return end;
    const ss = z.stretches;
    let cur = t;
    for (let i = z.indexOf(t); i < ss.length; i++) {
      const s = ss[i] as Stretch;
      if (s.lo >= lim) break;
      if (cur < s.lo) cur = s.lo;
      const inside = patternForOffsets(this._in, s);
      const q = want ? inside : complementOf(inside);
      const at = cur + _ahead(q, weekPosition(cur));
      if (at < s.hi) return at < lim ? at : end;
    }
    return end;
  }

  /**
   * The earliest `s` in `[floor, u]` such that every instant of `[s, u)` is inside the set (`u`
   * when the instant just before `u` is outside).
   */
  runStart(u: number, floor: number): number {
    const z = this._z;
    const ss = z.stretches;
    if (!(u > floor) || !(u > z.start)) return u;
    let cur = Math.min(u, z.end);
    if (cur < u) return u;
    for (let i = z.indexBefore(cur); i >= 0; i--) {
      const s = ss[i] as Stretch;
      const back = _behind(patternForOffsets(this._in, s), weekPosition(cur));
      if (back === 0) return cur;
      const from = cur - back;
      if (from > s.lo) return Math.max(from, floor);
      cur = s.lo;
      if (cur <= floor) return floor;
    }
    return Math.max(cur, floor);
  }
}

const _complementCache = new WeakMap<WeekPattern, WeekPattern>();
/** `complementPattern(p)`, one object per pattern object (so its rotations are cached once). */
export function complementOf(p: WeekPattern): WeekPattern {
  return _complements(p);
}
function _complements(p: WeekPattern): WeekPattern {
  let c = _complementCache.get(p);
  if (c === undefined) {
    c = complementPattern(p);
    _complementCache.set(p, c);
  }
  return c;
}
