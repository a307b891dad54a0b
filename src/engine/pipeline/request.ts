import { type IndexedLedger, indexLedger } from "../../consent/ledger.js";
import type { ChannelKind } from "../../model/channel.js";
import type { Customer } from "../../model/customer.js";
import type { Basis, Reason } from "../../model/decision.js";
import type { HistoryEntry } from "../../model/history.js";
import type { Message } from "../../model/message.js";
import { parseInstant } from "../../time/instant.js";
import type { CompiledPolicy } from "../plan.js";
import type { TargetFacts } from "../target.js";
import type { PreparedMessage } from "./resolve.js";

/**
 * One decision in progress: the validated inputs every stage reads, and what is derived from them
 * once per decision (the indexed ledger, the history's instants), made on first use.
 */
export interface _Request {
  readonly plan: CompiledPolicy;
  readonly customer: Customer;
  readonly message: Message;
  readonly pm: PreparedMessage;
  readonly nowMs: number;
  readonly marketing: boolean;
  /** A critical service message: bypasses preferences and the quiet hours that allow it. */
  readonly critical: boolean;
  /** The record's history plus the caller's. */
  readonly history: readonly HistoryEntry[] | undefined;
  /** @see _ledger */
  _ledgerIndex: IndexedLedger | undefined;
  /** @see _historyTimes */
  _historyMs: number[] | undefined;
}

/** One candidate channel as the stages fill it in. */
export interface _Candidate {
  readonly channel: string;
  readonly kind: ChannelKind;
  /** Its place in the message's channel list. */
  readonly index: number;
  /** What the policy's targets match against. */
  readonly facts: TargetFacts;
  /** Why it is blocked or waits. */
  readonly reasons: Reason[];
  /** Ids of the policy and pack rules that applied to it. */
  readonly applied: string[];
  /** The legal basis it would send on (set by the basis check). */
  basis: Basis | undefined;
  /** When `basis` lapses (epoch ms): no send is planned at or after it. */
  basisUntil: number | undefined;
  countsAgainst: string[] | undefined;
  blocked: boolean;
  /** The earliest instant it may go (set by timing). */
  sendAt: number;
}

/** Starts a decision for validated inputs. */
export function _request(
  plan: CompiledPolicy,
  customer: Customer,
  pm: PreparedMessage,
  nowMs: number,
  extraHistory: readonly HistoryEntry[] | undefined,
): _Request {
  const message = pm.message;
  return {
    plan,
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
    t = new Array<number>(hs.length);
    for (let i = 0; i < hs.length; i++) t[i] = parseInstant((hs[i] as HistoryEntry).at);
    req._historyMs = t;
  }
  return t;
}
