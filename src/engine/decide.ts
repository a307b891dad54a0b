import type { Customer, CustomerInput } from "../model/customer.js";
import type { Decision } from "../model/decision.js";
import { InputError, type SafeResult } from "../model/errors.js";
import type { HistoryEntry, HistoryEntryInput } from "../model/history.js";
import type { Message, MessageInput } from "../model/message.js";
import { parseCustomer } from "../model/parse-customer.js";
import { _channelIssues } from "./pipeline/channels.js";
import { _judgeChecked } from "./pipeline/record.js";
import {
  _checkInput,
  _checkPlan,
  _nonEmpty,
  _parseNow,
  _preparedMessage,
  _resolveHistory,
  type BatchOptions,
  type PreparedMessage,
} from "./pipeline/resolve.js";
import type { CompiledPolicy } from "./plan.js";

/**
 * `decide` reads as the design's steps: resolve the inputs (throwing for bad ones), then judge
 * them (candidates, eligibility, timing, choice, verdict: see `pipeline/record.ts`).
 */

/** What `decide` needs: one customer, one message, the contact history and the instant. */
export interface DecisionInput extends BatchOptions {
  /** The customer record (validated by `decide`; data from outside: see `safeDecide`). */
  readonly customer: CustomerInput | Customer;
  /** The message (validated by `decide`). */
  readonly message: MessageInput | Message;
  /** What was already sent to this customer; added to `customer.history`. */
  readonly history?: readonly (HistoryEntryInput | HistoryEntry)[] | undefined;
  /** The decision instant: a `Date`, epoch milliseconds, or an ISO 8601 string with an offset. */
  readonly now: Date | number | string;
}

/**
 * What `safeDecide` takes: the same fields as `DecisionInput`, each as data from outside
 * (parsed JSON, a database row), checked at run time.
 */
export interface UncheckedDecisionInput extends BatchOptions {
  /** The customer record, of any shape: validated. */
  readonly customer: unknown;
  /** The message, of any shape: validated. */
  readonly message: unknown;
  /** The contact history, of any shape: validated. */
  readonly history?: unknown;
  /** The decision instant, of any shape: validated. */
  readonly now: unknown;
}

/**
 * Decides whether, when and through which channel one message may be sent to one customer.
 *
 * @param plan - a policy compiled by `compilePolicy`
 * @param input - the customer, the message, the history and `now`
 * @returns the decision: `send`, `defer` (with `sendAt`) or `deny`, with reasons
 * @throws {InputError} when the customer, message, history or `now` is invalid (naming the field)
 * @example
 * const d = decide(plan, { customer, message: { purpose: "marketing", channels: ["email"] }, now: "2026-05-04T10:00:00Z" });
 * d.verdict; // => "send"
 */
export function decide(plan: CompiledPolicy, input: DecisionInput): Decision {
  // 1. Resolve: every input validated once, instants to numbers once.
  const r = _resolveInput(plan, input);
  // 2–6. Candidates, eligibility, timing, choice, verdict (channel names were checked above).
  return _judgeChecked(plan, r.customer, r.pm, r.nowMs, r.history);
}

/**
 * `parseCustomer`, with a customer that cannot even be read (a throwing getter, a revoked Proxy)
 * reported as an issue `unreadable` at the customer, as the batch functions report it, rather
 * than the error it threw.
 */
function _readCustomer(raw: unknown): ReturnType<typeof parseCustomer> {
  try {
    return parseCustomer(raw);
  } catch (e) {
    return {
      success: false,
      issues: [
        {
          code: "unreadable",
          path: [],
          message: `the customer could not be read (${e instanceof Error ? e.message : String(e)})`,
        },
      ],
    };
  }
}

/** What `_resolveInput` gives: the input validated, instants as numbers. */
interface _Resolved {
  nowMs: number;
  pm: PreparedMessage;
  customer: Customer;
  history: readonly HistoryEntry[] | undefined;
}

/**
 * Validates what `decide` is given, throwing an `InputError` that names the bad field. An input
 * that throws when read (a getter, a Proxy) is an `InputError` too (issue `unreadable`), never
 * the error it threw: `safeDecide` returns it, and nothing is decided.
 */
export function _resolveInput(
  plan: CompiledPolicy,
  input: DecisionInput | UncheckedDecisionInput,
): _Resolved {
  _checkPlan(plan, "decide");
  try {
    return _resolveChecked(plan, input);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(
      [
        {
          code: "unreadable",
          path: [],
          message: `the input could not be read (${e instanceof Error ? e.message : String(e)})`,
        },
      ],
      { cause: e },
    );
  }
}

function _resolveChecked(
  plan: CompiledPolicy,
  input: DecisionInput | UncheckedDecisionInput,
): _Resolved {
  _checkInput(input, "decide", "{ customer, message, now } as its second argument");
  const nowMs = _parseNow(input.now);
  // The same message object, unchanged, is validated once per plan (see `_preparedMessage`).
  const pm = _preparedMessage(plan, input.message, input);
  const cr = _readCustomer(input.customer);
  if (!cr.success)
    throw new InputError(
      _nonEmpty(cr.issues.map((i) => ({ ...i, path: ["customer", ...i.path] }))),
      { cause: cr.error },
    );
  let history: readonly HistoryEntry[] | undefined;
  if (input.history !== undefined) {
    const hr = _resolveHistory(input.history);
    if (!hr.ok) throw new InputError(_nonEmpty(hr.issues));
    history = hr.history;
  }
  // Channel names the policy does not know but that look like one of its channels.
  const bad = _channelIssues(plan, cr.data, history, ["customer"]);
  if (bad.length > 0) throw new InputError(_nonEmpty(bad));
  return { nowMs, pm, customer: cr.data, history };
}

/**
 * Like `decide`, but returns `{ success: true, data }` or `{ success: false, error }` instead of
 * throwing. Never returns a permission for invalid input.
 */
export function safeDecide(
  plan: CompiledPolicy,
  input: DecisionInput | UncheckedDecisionInput,
): SafeResult<Decision, InputError> {
  try {
    return { success: true, data: decide(plan, input as DecisionInput) };
  } catch (e) {
    if (e instanceof InputError) return { success: false, error: e };
    throw e;
  }
}

export type { BatchOptions, PreparedMessage } from "./pipeline/resolve.js";
export { prepareMessage } from "./pipeline/resolve.js";
