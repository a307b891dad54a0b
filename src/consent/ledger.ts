import type { ChannelKind, Purpose } from "../model/channel.js";
import type { ConsentEvent, ConsentScope } from "../model/consent-event.js";
import { _takeConsentTimes } from "../model/fast-customer.js";
import { parseInstant } from "../time/instant.js";

/** What a consent must cover: one channel (and its kind), one purpose, an optional topic and brand. */
export interface ConsentRequest {
  readonly channel: string;
  readonly kind: ChannelKind;
  readonly purpose: Purpose;
  readonly topic?: string | undefined;
  readonly brand?: string | undefined;
}

/** Options from the policy that change how grants count. */
export interface ConsentOptions {
  /** Grants count only once confirmed (`confirmedAt` at or before the instant). */
  readonly requireConfirmation?: boolean;
  /** A grant older than this many milliseconds grants nothing. */
  readonly maxAgeMs?: number | undefined;
  /** Grants for which this returns false do not count (`insufficient`): the law wants another form. */
  readonly accept?: ((e: ConsentEvent) => boolean) | undefined;
}

/**
 * The consent state for one request at one instant.
 * - `granted`: `event` is the grant that authorises it; `expiresAt` when the state lapses, if it does.
 * - `withdrawn`: `event` is the decisive withdrawal.
 * - `expired` / `unconfirmed` / `insufficient`: `event` is the grant that no longer (or not yet,
 *   or not in this form) counts.
 * - `missing`: no event covers the request.
 */
export type ConsentState =
  | { readonly status: "granted"; readonly event: ConsentEvent; readonly expiresAt?: number }
  | {
      readonly status: "withdrawn" | "expired" | "unconfirmed" | "insufficient";
      readonly event: ConsentEvent;
    }
  | { readonly status: "missing" };

/** A ledger with its instants parsed once, so that many requests can be resolved cheaply. */
export interface IndexedLedger {
  readonly events: readonly ConsentEvent[];
  readonly at: Float64Array;
  readonly expiresAt: Float64Array;
  readonly confirmedAt: Float64Array;
}

const _MISSING: ConsentState = { status: "missing" };

/**
 * Parses the instants of a ledger once. Unparseable instants become NaN and never grant. A list
 * the customer fast path returned comes with its instants already parsed (`_takeConsentTimes`).
 */
export function indexLedger(events: readonly ConsentEvent[]): IndexedLedger {
  const kept = _takeConsentTimes(events);
  if (kept !== undefined)
    return { events, at: kept.at, expiresAt: kept.expiresAt, confirmedAt: kept.confirmedAt };
  const n = events.length;
  const at = new Float64Array(n);
  const expiresAt = new Float64Array(n);
  const confirmedAt = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i] as ConsentEvent;
    at[i] = parseInstant(e.at);
    expiresAt[i] = e.expiresAt === undefined ? Number.POSITIVE_INFINITY : parseInstant(e.expiresAt);
    confirmedAt[i] = e.confirmedAt === undefined ? Number.NaN : parseInstant(e.confirmedAt);
  }
  return { events, at, expiresAt, confirmedAt };
}

/**
 * Whether an event's scope covers a request. A scope field left out covers everything on that
 * axis; a present one covers only its values, so a topic-scoped event never covers a message
 * without a topic.
 *
 * @example
 * scopeCovers({ purposes: ["marketing"] }, { channel: "sms", kind: "electronic", purpose: "marketing" })
 * // => true
 */
export function scopeCovers(scope: ConsentScope, req: ConsentRequest): boolean {
  if (scope.channels !== undefined && !scope.channels.includes(req.channel)) return false;
  if (scope.kinds !== undefined && !scope.kinds.includes(req.kind)) return false;
  if (scope.purposes !== undefined && !scope.purposes.includes(req.purpose)) return false;
  if (scope.topics !== undefined && (req.topic === undefined || !scope.topics.includes(req.topic)))
    return false;
  if (scope.brand !== undefined && scope.brand !== req.brand) return false;
  return true;
}

/**
 * The consent state for a request as of instant `t` (epoch ms).
 *
 * Among events that cover the request and happened at or before `t`: the latest withdrawal
 * cancels every grant at or before it (a withdrawal wins a tie); a grant after it counts unless it
 * has expired, is older than `maxAgeMs`, or still awaits a required confirmation. The authorising
 * grant named is the latest one that counts. The result depends only on the set of events, never
 * on their order.
 *
 * @param ledger - an indexed ledger (see `indexLedger`), or a plain list of events
 * @param req - the channel, purpose, topic and brand to cover
 * @param t - the instant, epoch milliseconds
 * @returns the state, with the event behind it
 * @example
 * resolveConsent([{ id: "g1", type: "grant", at: "2026-01-01T00:00:00Z", scope: {} }],
 *   { channel: "email", kind: "electronic", purpose: "marketing" }, Date.parse("2026-02-01T00:00:00Z"))
 * // => { status: "granted", event: { id: "g1", … } }
 */
export function resolveConsent(
  ledger: IndexedLedger | readonly ConsentEvent[],
  req: ConsentRequest,
  t: number,
  options: ConsentOptions = {},
): ConsentState {
  const idx = _isIndexed(ledger) ? ledger : indexLedger(ledger);
  const { events, at } = idx;
  const n = events.length;
  // Pass 1: the latest covering withdrawal at or before t.
  let wAt = Number.NEGATIVE_INFINITY;
  let wIdx = -1;
  for (let i = 0; i < n; i++) {
    const e = events[i] as ConsentEvent;
    const ti = at[i] as number;
    if (e.type !== "withdraw" || !(ti <= t) || !scopeCovers(e.scope, req)) continue;
    if (ti > wAt || (ti === wAt && _before(events[wIdx], e))) {
      wAt = ti;
      wIdx = i;
    }
  }
  // Pass 2: grants after it.
  let best = -1;
  let bestExpiry = Number.NEGATIVE_INFINITY;
  let expired = -1;
  let unconfirmed = -1;
  let insufficient = -1;
  const accept = options.accept;
  for (let i = 0; i < n; i++) {
    const e = events[i] as ConsentEvent;
    const ti = at[i] as number;
    if (e.type !== "grant" || !(ti <= t) || !(ti > wAt) || !scopeCovers(e.scope, req)) continue;
    if (accept !== undefined && !accept(e)) {
      insufficient = _later(events, at, insufficient, i);
      continue;
    }
    const conf = idx.confirmedAt[i] as number;
    if (options.requireConfirmation === true && !(conf <= t)) {
      unconfirmed = _later(events, at, unconfirmed, i);
      continue;
    }
    let exp = idx.expiresAt[i] as number;
    if (options.maxAgeMs !== undefined) {
      const since = Number.isNaN(conf) ? ti : conf;
      exp = Math.min(exp, since + options.maxAgeMs);
    }
    if (!(exp > t)) {
      expired = _later(events, at, expired, i);
      continue;
    }
    best = _later(events, at, best, i);
    if (exp > bestExpiry) bestExpiry = exp;
  }
  if (best >= 0) {
    const event = events[best] as ConsentEvent;
    return bestExpiry === Number.POSITIVE_INFINITY
      ? { status: "granted", event }
      : { status: "granted", event, expiresAt: bestExpiry };
  }
  if (insufficient >= 0)
    return { status: "insufficient", event: events[insufficient] as ConsentEvent };
  if (unconfirmed >= 0)
    return { status: "unconfirmed", event: events[unconfirmed] as ConsentEvent };
  if (expired >= 0) return { status: "expired", event: events[expired] as ConsentEvent };
  if (wIdx >= 0) return { status: "withdrawn", event: events[wIdx] as ConsentEvent };
  return _MISSING;
}

function _isIndexed(l: IndexedLedger | readonly ConsentEvent[]): l is IndexedLedger {
  return !Array.isArray(l);
}

/** Deterministic order of two events at the same instant: by id, then by canonical form. */
function _before(a: ConsentEvent | undefined, b: ConsentEvent): boolean {
  if (a === undefined) return true;
  if (a.id !== b.id) return a.id < b.id;
  return canonicalEvent(a) < canonicalEvent(b);
}

function _later(events: readonly ConsentEvent[], at: Float64Array, cur: number, i: number): number {
  if (cur < 0) return i;
  const a = at[cur] as number;
  const b = at[i] as number;
  if (b > a) return i;
  if (b < a) return cur;
  return _before(events[cur], events[i] as ConsentEvent) ? i : cur;
}

/** A canonical JSON form of an event: keys sorted at every level, so equal events compare equal. */
export function canonicalEvent(e: ConsentEvent): string {
  return JSON.stringify(e, (_k, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/**
 * Merges ledgers from several systems into one: the union of their events, identical events
 * kept once, sorted by instant and then canonically. The result is the same whatever the order of
 * the inputs and however often an event repeats (commutative, associative, idempotent). Two
 * different events that share an id are both kept: neither is silently dropped.
 *
 * @example
 * mergeLedgers(crmEvents, shopEvents).length // => number of distinct events
 */
export function mergeLedgers(...ledgers: readonly (readonly ConsentEvent[])[]): ConsentEvent[] {
  const byKey = new Map<string, { e: ConsentEvent; t: number }>();
  for (const list of ledgers) {
    for (const e of list) {
      const key = canonicalEvent(e);
      if (!byKey.has(key)) byKey.set(key, { e, t: parseInstant(e.at) });
    }
  }
  return [...byKey.entries()]
    .sort(([ka, a], [kb, b]) => a.t - b.t || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, v]) => v.e);
}
