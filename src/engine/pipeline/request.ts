import { type IndexedLedger, indexLedger } from "../../consent/ledger.js";
import type { ChannelKind } from "../../model/channel.js";
import type { Customer } from "../../model/customer.js";
import { _historyTimesOf } from "../../model/fast-customer.js";
import type { HistoryEntry } from "../../model/history.js";
import { parseInstant } from "../../time/instant.js";
import type { _Candidate, _Request, CompiledPolicy, PreparedMessage } from "../plan.js";
import { _planFor } from "./by-jurisdiction.js";
import { _presumedOf } from "./presumed.js";

export type { _Candidate, _Request } from "../plan.js";

/** Starts a decision for validated inputs. */
export function _request(
  plan: CompiledPolicy,
  customer: Customer,
  pm: PreparedMessage,
  nowMs: number,
  extraHistory: readonly HistoryEntry[] | undefined,
): _Request {
  const message = pm.message;
  const presumed = message.channels.map((ch, i) =>
    _presumedOf(customer, _contactOf(customer, ch)?.address, ch, pm._kinds[i] as ChannelKind),
  );
  return {
    plan: _planFor(plan, customer.jurisdiction, _union(presumed)),
    presumed,
    customer,
    message,
    pm,
    nowMs,
    marketing: message.purpose === "marketing",
    critical: message.priority === "critical" && message.purpose !== "marketing",
    history:
      extraHistory === undefined
        ? customer.history
        : customer.history === undefined
          ? extraHistory
          : [...customer.history, ...extraHistory],
    _ledgerIndex: undefined,
    _historyMs: undefined,
  };
}

/** The jurisdictions of all channels' presumptions, once each, sorted. */
function _union(presumed: readonly (readonly string[])[]): readonly string[] {
  let out: string[] | undefined;
  for (const js of presumed)
    for (const j of js) {
      out ??= [];
      if (!out.includes(j)) out.push(j);
    }
  return out === undefined ? _NONE : out.sort();
}

const _NONE: readonly string[] = [];

/**
 * Adds a planned send of `c` (timed, eligible) to the request's history, so that the channels
 * timed after it count it against the caps (`delivery: "all"`), as history counts a send: against
 * every cap whose `countBy` it matches. Not counted only when the message is `exempt-uncounted`
 * and no law's cap counts it (`c.countsAgainst` empty); the sender's caps it would count against
 * then do not bind the message anyway.
 */
export function _plan(req: _Request, c: _Candidate): void {
  const m = req.message;
  const entry: HistoryEntry = {
    at: new Date(c.sendAt).toISOString(),
    channel: c.channel,
    purpose: m.purpose,
    ...(m.topic === undefined ? {} : { topic: m.topic }),
    ...(m.campaign === undefined ? {} : { campaign: m.campaign }),
    ...(m.caps === "exempt-uncounted" && (c.countsAgainst?.length ?? 0) === 0 && !_lawCounts(req)
      ? { counted: false }
      : {}),
  };
  const r = req as { history: readonly HistoryEntry[] | undefined };
  r.history = [...(req.history ?? []), entry];
  req._historyMs = undefined;
  const planned = _planned.get(req);
  if (planned === undefined) _planned.set(req, [c]);
  else planned.push(c);
}

const _planned = new WeakMap<_Request, _Candidate[]>();

/**
 * Whether a law's (a pack's) cap counts a planned send of this marketing message on any channel:
 * a cap that does not count by channel counts every send of the same purpose and topic, so the
 * sender's `exempt-uncounted` cannot take the send out of the law's count.
 */
function _lawCounts(req: _Request): boolean {
  return (
    req.message.purpose === "marketing" &&
    req.plan._.caps.some((cap) => cap.fromPack && !cap.countBy.includes("channel"))
  );
}

/** The candidates planned so far in this decision (`delivery: "all"`), in the order timed. */
export function _plannedOf(req: _Request): readonly _Candidate[] {
  return _planned.get(req) ?? [];
}

/** The customer's consent ledger, indexed once per decision. */
export function _ledger(req: _Request): IndexedLedger {
  req._ledgerIndex ??= indexLedger(req.customer.consents);
  return req._ledgerIndex;
}

/** The instants of the history, parsed once per decision (several caps and channels read them). */
export function _historyTimes(req: _Request): readonly number[] {
  let t = req._historyMs;
  if (t === undefined) {
    const hs = req.history ?? [];
    t = _historyTimesOf(hs); // parsed while the record was validated, when it was
    if (t === undefined) {
      const p = new Array<number>(hs.length);
      for (let i = 0; i < hs.length; i++) p[i] = parseInstant((hs[i] as HistoryEntry).at);
      t = p;
    }
    req._historyMs = t;
  }
  return t;
}

/** The customer's contact point on a channel: an own key only (a channel named `constructor`). */
export function _contactOf(
  customer: Customer,
  channel: string,
): Customer["contacts"][string] | undefined {
  return Object.hasOwn(customer.contacts, channel) ? customer.contacts[channel] : undefined;
}
