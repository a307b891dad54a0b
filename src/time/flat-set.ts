import type { Interval } from "./intervals.js";

/**
 * A normal interval set over a range, flat in a typed array, with the two questions the time
 * search asks of every constraint: the next instant inside (or outside) at or after `t`, and
 * where the run of instants inside that ends at `u` started. `WeeklySet` answers the same for
 * weekly windows over many zones.
 */
export interface LazySet {
  /** The first instant in `[t, end)` inside the set when `want`, outside it otherwise; `end` when none. */
  next(t: number, want: boolean, end: number): number;
  /** The earliest `s` in `[floor, u]` with every instant of `[s, u)` inside (`u` when `u`'s predecessor is outside). */
  runStart(u: number, floor: number): number;
}

/** A normal interval set (sorted, disjoint, non-adjacent) as a `LazySet`. */
export class FlatSet implements LazySet {
  /** `[a0, b0, a1, b1, …]`. */
  readonly flat: Float64Array;

  /** @param set - a normal interval set, or one already flat */
  constructor(set: readonly Interval[] | Float64Array) {
    if (set instanceof Float64Array) {
      this.flat = set;
      return;
    }
    const f = new Float64Array(set.length * 2);
    set.forEach((iv, i) => {
      f[2 * i] = iv[0];
      f[2 * i + 1] = iv[1];
    });
    this.flat = f;
  }

  /**
   * The instants of `range` outside every interval of any of `lists` (each sorted by start, as
   * normal sets are): the allowed set of a constraint that forbids `lists[z]` in zone `z` and must
   * hold in every zone.
   */
  static outsideAll(
    lists: readonly (readonly Interval[] | Float64Array)[],
    range: Interval,
  ): FlatSet {
    // Union the lists pairwise (each merge linear), then take the complement within the range.
    let flats: Float64Array[] = lists.map((l) => {
      if (l instanceof Float64Array) return l;
      const f = new Float64Array(l.length * 2);
      for (let i = 0; i < l.length; i++) {
        const iv = l[i] as Interval;
        f[2 * i] = iv[0];
        f[2 * i + 1] = iv[1];
      }
      return f;
    });
    while (flats.length > 1) {
      const next: Float64Array[] = [];
      for (let i = 0; i + 1 < flats.length; i += 2)
        next.push(_union(flats[i] as Float64Array, flats[i + 1] as Float64Array));
      if (flats.length % 2 === 1) next.push(flats[flats.length - 1] as Float64Array);
      flats = next;
    }
    const u = flats[0] ?? new Float64Array(0);
    const out = new Float64Array(u.length + 2);
    let n = 0;
    let cur = range[0];
    const hi = range[1];
    for (let i = 0; i < u.length; i += 2) {
      const s = u[i] as number;
      const e = u[i + 1] as number;
      if (e <= cur) continue;
      if (s >= hi) break;
      if (s > cur) {
        out[n++] = cur;
        out[n++] = s;
      }
      cur = e;
    }
    if (cur < hi) {
      out[n++] = cur;
      out[n++] = hi;
    }
    return new FlatSet(out.subarray(0, n));
  }

  /** The index of the first interval that ends after `t`. */
  private _after(t: number): number {
    const f = this.flat;
    let a = 0;
    let b = f.length / 2;
    while (a < b) {
      const m = (a + b) >> 1;
      if ((f[2 * m + 1] as number) <= t) a = m + 1;
      else b = m;
    }
    return a;
  }

  next(t: number, want: boolean, end: number): number {
    if (!(t < end)) return end;
    const f = this.flat;
    const i = this._after(t);
    const inside = i < f.length / 2 && (f[2 * i] as number) <= t;
    let at: number;
    if (want) at = inside ? t : i < f.length / 2 ? (f[2 * i] as number) : end;
    else at = inside ? (f[2 * i + 1] as number) : t;
    return Math.min(at, end);
  }

  runStart(u: number, floor: number): number {
    if (!(u > floor)) return u;
    const f = this.flat;
    // The interval with a < u <= b.
    let a = 0;
    let b = f.length / 2;
    while (a < b) {
      const m = (a + b) >> 1;
      if ((f[2 * m + 1] as number) < u) a = m + 1;
      else b = m;
    }
    if (a >= f.length / 2 || (f[2 * a] as number) >= u) return u;
    return Math.max(f[2 * a] as number, floor);
  }
}

/** The union of two flat interval lists sorted by start, merged where they overlap or touch. */
function _union(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let s: number;
    let e: number;
    if (j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))) {
      s = a[i] as number;
      e = a[i + 1] as number;
      i += 2;
    } else {
      s = b[j] as number;
      e = b[j + 1] as number;
      j += 2;
    }
    if (n > 0 && s <= (out[n - 1] as number)) {
      if (e > (out[n - 1] as number)) out[n - 1] = e;
    } else {
      out[n++] = s;
      out[n++] = e;
    }
  }
  return out.subarray(0, n);
}
