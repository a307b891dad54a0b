import type { Reason, ReasonCode } from "../model/decision.js";
import type { Citation } from "../model/policy.js";
import { zoneOffsetMs } from "../time/zones.js";

/** Builds a reason, leaving out the fields that are undefined (exactOptionalPropertyTypes). */
export function _reason(
  code: ReasonCode,
  message: string,
  extra: {
    channel?: string | undefined;
    rule?: string | undefined;
    source?: Citation | undefined;
    liftsAt?: string | undefined;
    path?: (string | number)[] | undefined;
    facts?: Record<string, string | number | boolean> | undefined;
  } = {},
): Reason {
  const r: { -readonly [K in keyof Reason]: Reason[K] } = { code, message };
  if (extra.channel !== undefined) r.channel = extra.channel;
  if (extra.rule !== undefined) r.rule = extra.rule;
  if (extra.source !== undefined) r.source = extra.source;
  if (extra.liftsAt !== undefined) r.liftsAt = extra.liftsAt;
  if (extra.path !== undefined) r.path = extra.path;
  if (extra.facts !== undefined) r.facts = extra.facts;
  return r;
}

// Two remembered conversions: a batch decided at one instant asks for `now` (and often a send
// at `now`) in every decision.
let _k1 = Number.NaN;
let _v1 = "";
let _k2 = Number.NaN;
let _v2 = "";
/** An instant as an ISO string in UTC. */
export function _iso(t: number): string {
  if (t === _k1) return _v1;
  if (t === _k2) {
    _k2 = _k1;
    const v = _v2;
    _v2 = _v1;
    _k1 = t;
    _v1 = v;
    return v;
  }
  const v = new Date(t).toISOString();
  _k2 = _k1;
  _v2 = _v1;
  _k1 = t;
  _v1 = v;
  return v;
}

/** An instant as local ISO time with offset in `tz`, for example `2026-05-05T09:00:00.000+02:00`. */
export function _localIso(tz: string, t: number): string {
  const hit = _localLast.get(tz);
  if (hit !== undefined && hit.t === t) return hit.v;
  const v = _formatLocal(tz, t);
  if (_localLast.size > 1000) _localLast.clear();
  _localLast.set(tz, { t, v });
  return v;
}
// The last local conversion per zone: a batch sends most customers of a zone at the same instant.
const _localLast = new Map<string, { t: number; v: string }>();

function _formatLocal(tz: string, t: number): string {
  const off = zoneOffsetMs(tz, t);
  const wall = new Date(t + off).toISOString().slice(0, 23);
  const sign = off < 0 ? "-" : "+";
  const m = Math.abs(off) / 60_000;
  return `${wall}${sign}${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
