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

  /** @param set - a normal interval set */
  constructor(set: readonly Interval[]) {
    const f = new Float64Array(set.length * 2);
    set.forEach((iv, i) => {
      f[2 * i] = iv[0];
      f[2 * i + 1] = iv[1];
    });
    this.flat = f;
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
    return at < end ? at : end;
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
