/**
 * One pass that both validates and parses an instant: the model's fast path tests every instant a
 * record holds, and the engine parses each again; a regular expression and then a parse cost
 * twice a single scan (issue 18).
 */

const _DAY = 86_400_000;

/** The two-digit number at `i`, or -1 when either character is not an ASCII digit. */
function _d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Days in month `mo` (1–12) of year `yh * 100 + yl`, by the Gregorian rule (year 0 leaps). */
function _daysIn(yh: number, yl: number, mo: number): number {
  if (mo === 2) return (yl === 0 ? yh % 4 === 0 : yl % 4 === 0) ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/**
 * Where `_strictInstant` puts the epoch milliseconds of the instant it last accepted. A slot of a
 * typed array, not a return value: a returned or module-level double is boxed in a fresh heap
 * number by V8 each time (2.4 KB per decision on the realistic mix, issue 18); a typed array
 * stores it unboxed.
 */
export const _INSTANT_MS: Float64Array = new Float64Array(1);

/**
 * Epoch milliseconds of `s` if it is an instant exactly as `InstantSchema` accepts it
 * (`YYYY-MM-DDTHH:MM:SS[.digits](Z|±HH:MM)`, a real day of the month, hours to 23, offsets to
 * ±23:59), else NaN. The value equals `Date.parse(s)` (milliseconds are the first three digits of
 * the fraction, the rest truncated). Both agreements are property tests
 * (src/model/instant-ms.test.ts). Unrolled: it runs as fast as the schema's regular expression
 * alone.
 *
 * @example
 * _strictInstantMs("2024-02-29T12:00:00+01:00"); // => Date.parse("2024-02-29T12:00:00+01:00")
 * _strictInstantMs("2026-02-29T12:00:00Z"); // => NaN (2026 is not a leap year)
 */
export function _strictInstantMs(s: string): number {
  return _strictInstant(s) ? (_INSTANT_MS[0] as number) : Number.NaN;
}

/**
 * `_strictInstantMs` without a returned number: true when `s` is an instant as `InstantSchema`
 * accepts it, its epoch milliseconds then in `_INSTANT_MS[0]`; false (the slot untouched) else.
 */
export function _strictInstant(s: string): boolean {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84)
    return false;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const yh = _d2(s, 0);
  const yl = _d2(s, 2);
  const mo = _d2(s, 5);
  const day = _d2(s, 8);
  const h = _d2(s, 11);
  const mi = _d2(s, 14);
  const sec = _d2(s, 17);
  if (yh < 0 || yl < 0 || mo < 1 || mo > 12 || day < 1 || h < 0 || h > 23) return false;
  if (mi < 0 || mi > 59 || sec < 0 || sec > 59) return false;
  if (day > 28 && day > _daysIn(yh, yl, mo)) return false;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    // Milliseconds are the first three digits of the fraction, exactly; the rest is truncated.
    let c = s.charCodeAt(++i) - 48;
    if (!(c >= 0 && c <= 9)) return false;
    for (let scale = 100; c >= 0 && c <= 9; c = s.charCodeAt(++i) - 48) {
      ms += c * scale;
      scale = scale === 100 ? 10 : scale === 10 ? 1 : 0;
    }
  }
  const z = s.charCodeAt(i);
  let off = 0;
  if (z === 90) {
    if (i !== n - 1) return false;
  } else {
    if ((z !== 43 && z !== 45) || i !== n - 6 || s.charCodeAt(i + 3) !== 58) return false;
    const oh = _d2(s, i + 1);
    const om = _d2(s, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;
    off = z === 43 ? -(oh * 60 + om) * 60_000 : (oh * 60 + om) * 60_000;
  }
  const clock = ((h * 60 + mi) * 60 + sec) * 1000 + ms;
  _INSTANT_MS[0] = _days(yh * 100 + yl, mo, day) * _DAY + clock + off;
  return true;
}

/** Days since 1970-01-01 of a valid civil date (H. Hinnant's algorithm, exact for every year). */
function _days(y0: number, mo: number, d: number): number {
  const y = mo <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
