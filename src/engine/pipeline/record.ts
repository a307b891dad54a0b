import type { Customer } from "../../model/customer.js";
import type { Decision } from "../../model/decision.js";
import type { Issue } from "../../model/errors.js";
import type { HistoryEntry } from "../../model/history.js";
import type { CompiledPolicy } from "../plan.js";
import { _candidates } from "./candidates.js";
import { _channelIssues } from "./channels.js";
import { _choose } from "./choose.js";
import { _judgeInForce } from "./in-force.js";
import { _plan, _request } from "./request.js";
import { _resolveHistory, _resolveRecord, type PreparedMessage } from "./resolve.js";
import { _countsAgainst } from "./timing.js";
import { _invalidDecision, _verdict } from "./verdict.js";

/**
 * Judges validated inputs: the five steps of the design, each a stage of its own.
 * 1. candidates in order; 2. eligibility, per candidate; 3. timing, for the eligible ones;
 * 4. choice; 5. verdict. A record naming a channel the policy does not know but that looks like
 * one it does (see `_channelIssues`) is `input.invalid`.
 */
export function _judge(
  plan: CompiledPolicy,
  customer: Customer,
  pm: PreparedMessage,
  nowMs: number,
  extraHistory: readonly HistoryEntry[] | undefined,
): Decision {
  const bad = _channelIssues(plan, customer, extraHistory);
  if (bad.length > 0) return _invalidDecision(plan, customer.id, nowMs, bad, pm.message.id);
  return _judgeChecked(plan, customer, pm, nowMs, extraHistory);
}

/** `_judge` for inputs whose channel names were checked. */
export function _judgeChecked(
  plan: CompiledPolicy,
  customer: Customer,
  pm: PreparedMessage,
  nowMs: number,
  extraHistory: readonly HistoryEntry[] | undefined,
): Decision {
  const req = _request(plan, customer, pm, nowMs, extraHistory);
  const candidates = _candidates(req);
  const eligible = [];
  const all = pm.message.delivery === "all";
  for (const c of candidates) {
    _judgeInForce(req, c);
    c.countsAgainst = _countsAgainst(req, c.channel, c.facts);
    if (c.blocked) continue;
    eligible.push(c);
    // With `delivery: "all"` every eligible channel is sent: the later ones are timed with the
    // earlier ones' planned sends counted against the caps, so together they stay within them.
    if (all) _plan(req, c);
  }
  const chosen = eligible.length === 0 ? undefined : _choose(req, eligible);
  return _verdict(req, candidates, eligible, chosen);
}

/** What every record of a batch shares: the plan, the prepared message, `now`, a history lookup. */
export interface _Batch {
  readonly plan: CompiledPolicy;
  readonly pm: PreparedMessage;
  readonly nowMs: number;
  /** Looks up contact history to add to a record's own (validated like the record's). */
  readonly history?: ((customerId: string) => unknown) | undefined;
  /** Told of each record that is judged `input.invalid`, with its issues (the CLI reports them). */
  readonly onInvalid?: ((issues: readonly Issue[]) => void) | undefined;
}

/**
 * The one per-record path: every batch (`decideMany`, `decideEach`, the CLI, worker threads,
 * audit, the example runner) decides a raw record through it. It never throws: a record that
 * fails validation, or whose reading throws (a getter, a Proxy), is an `input.invalid` denial.
 * A record without a string `id` is named `#<position>`, where it stands in its input.
 *
 * @param note - put before each `input.invalid` message (the CLI's `line 12: `)
 */
export function _decideRecord(
  batch: _Batch,
  record: unknown,
  position: number | string,
  note = "",
): Decision {
  const { plan, pm, nowMs } = batch;
  let issues: readonly Issue[];
  try {
    const r = _resolveRecord(record);
    if (r.ok) {
      const extra = batch.history?.(r.customer.id);
      const h = extra === undefined ? undefined : _resolveHistory(extra);
      if (h === undefined || h.ok) {
        const history = h?.history;
        issues = _channelIssues(plan, r.customer, history);
        if (issues.length === 0) return _judgeChecked(plan, r.customer, pm, nowMs, history);
      } else issues = h.issues;
    } else issues = r.issues;
  } catch (e) {
    issues = [
      {
        code: "unreadable",
        path: [],
        message: `the record could not be read (${e instanceof Error ? e.message : String(e)})`,
      },
    ];
  }
  batch.onInvalid?.(issues);
  const withNote =
    note === "" ? issues : issues.map((i) => ({ ...i, message: `${note}${i.message}` }));
  return _invalidDecision(plan, _recordId(record, position), nowMs, withNote, pm.message.id);
}

/** A record's own string id, else `#<position>`. Never throws, whatever the record. */
export function _recordId(record: unknown, position: number | string): string {
  try {
    const id =
      record !== null && typeof record === "object" ? (record as { id?: unknown }).id : undefined;
    if (typeof id === "string") return id;
  } catch {
    // A throwing getter: named by its position.
  }
  return `#${position}`;
}
