/**
 * Interval algebra over instants (epoch milliseconds). An interval is half-open `[start, end)`;
 * an interval set is a readonly array of intervals that is sorted, disjoint, non-empty and
 * non-adjacent (see `normalizeIntervals`). Every time constraint is such a set of allowed instants,
 * and constraints combine by intersection.
 */

/** A half-open interval `[start, end)` of epoch milliseconds. */
export type Interval = readonly [start: number, end: number];

/**
 * Sorts and merges intervals into a normal set: sorted, disjoint, non-empty, non-adjacent.
 *
 * @example
 * normalizeIntervals([[5, 7], [1, 3], [3, 4]]); // => [[1, 4], [5, 7]]
 */
export function normalizeIntervals(list: readonly Interval[]): Interval[] {
  const xs = list.filter((i) => i[0] < i[1]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of xs) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1]) {
      if (e > last[1]) last[1] = e;
    } else out.push([s, e]);
  }
  return out;
}

/**
 * The union of two sets.
 *
 * @example
 * unionIntervals([[1, 3]], [[2, 5]]); // => [[1, 5]]
 */
export function unionIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  return normalizeIntervals([...a, ...b]);
}

/**
 * The intersection of two normal sets, by a linear merge.
 *
 * @example
 * intersectIntervals([[1, 5]], [[3, 8]]); // => [[3, 5]]
 */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const s = Math.max(x[0], y[0]);
    const e = Math.min(x[1], y[1]);
    if (s < e) out.push([s, e]);
    if (x[1] < y[1]) i++;
    else j++;
  }
  return out;
}

/**
 * The intersection of several normal sets. The intersection of no sets is not defined: pass at
 * least one.
 */
export function intersectAll(sets: readonly (readonly Interval[])[]): readonly Interval[] {
  let acc = sets[0] ?? [];
  for (let k = 1; k < sets.length && acc.length > 0; k++)
    acc = intersectIntervals(acc, sets[k] as readonly Interval[]);
  return acc;
}

/**
 * The instants of `within` that are not in `set`.
 *
 * @example
 * complementIntervals([[2, 3]], [0, 10]); // => [[0, 2], [3, 10]]
 */
export function complementIntervals(set: readonly Interval[], within: Interval): Interval[] {
  const out: Interval[] = [];
  let cur = within[0];
  for (const [s, e] of set) {
    if (e <= cur) continue;
    if (s >= within[1]) break;
    if (s > cur) out.push([cur, s]);
    if (e > cur) cur = e;
  }
  if (cur < within[1]) out.push([cur, within[1]]);
  return out;
}

/**
 * The earliest instant at or after `from` inside the set, or undefined.
 *
 * @example
 * firstInstant([[5, 7]], 0); // => 5
 * firstInstant([[5, 7]], 6); // => 6
 * firstInstant([[5, 7]], 7); // => undefined
 */
export function firstInstant(set: readonly Interval[], from: number): number | undefined {
  for (const [s, e] of set) {
    if (e <= from) continue;
    return Math.max(s, from);
  }
  return undefined;
}

/** Whether `t` lies inside the set (start inclusive, end exclusive). */
export function containsInstant(set: readonly Interval[], t: number): boolean {
  let lo = 0;
  let hi = set.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const iv = set[mid] as Interval;
    if (t < iv[0]) hi = mid - 1;
    else if (t >= iv[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The end of the interval containing `t`, or undefined when `t` is outside the set. */
export function nextExit(set: readonly Interval[], t: number): number | undefined {
  for (const [s, e] of set) if (t >= s && t < e) return e;
  return undefined;
}

/** Appends `[s, e)` clipped to `range` to `out`, when anything of it is left. */
export function pushClipped(out: Interval[], s: number, e: number, range: Interval): void {
  const cs = Math.max(s, range[0]);
  const ce = Math.min(e, range[1]);
  if (cs < ce) out.push([cs, ce]);
}
