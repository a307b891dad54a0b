import type { Decision } from "../model/decision.js";
import type { HistoryEntry } from "../model/history.js";
import type { MessageInput } from "../model/message.js";
import { type _Batch, _decideRecord } from "./pipeline/record.js";
import {
  _checkInput,
  _checkPlan,
  _parseNow,
  type BatchOptions,
  prepareMessage,
} from "./pipeline/resolve.js";
import type { CompiledPolicy } from "./plan.js";

/** Options for screening many customers with one message. */
export interface DecideManyOptions extends BatchOptions {
  /** The message, validated once for the whole batch. */
  readonly message: MessageInput;
  /** The decision instant for every customer. */
  readonly now: Date | number | string;
  /**
   * Looks up the contact history of a customer, added to the record's own `history`. What it
   * returns is validated like the record's own history: bad entries make the record
   * `input.invalid`.
   */
  readonly history?: ((customerId: string) => readonly HistoryEntry[] | undefined) | undefined;
}

/** Resolves what a batch shares: `now` and the message, once. Throws `InputError` when invalid. */
export function _batch(plan: CompiledPolicy, options: DecideManyOptions): _Batch {
  _checkPlan(plan, "decideMany");
  _checkInput(options, "decideMany", "{ message, now } as its third argument");
  return {
    plan,
    nowMs: _parseNow(options.now),
    pm: prepareMessage(plan, options.message, options),
    history: options.history,
  };
}

/**
 * Screens customers for one message, yielding one decision per record in input order. A record
 * that fails validation yields a `deny` with `input.invalid` and the path of each bad field (its
 * `customerId` is the record's `id` if it has one, else `#<index>`), and the run goes on.
 *
 * @param plan - a compiled policy
 * @param customers - an iterable or async iterable of customer records (plain JSON is fine)
 * @param options - the message, `now`, and an optional history lookup
 * @throws {InputError} at once when the message or `now` is invalid (nothing is judged then)
 * @example
 * for await (const d of decideMany(plan, readCustomers(), { message, now: new Date() })) console.log(d.verdict);
 */
export async function* decideMany(
  plan: CompiledPolicy,
  customers: Iterable<unknown> | AsyncIterable<unknown>,
  options: DecideManyOptions,
): AsyncGenerator<Decision, void, undefined> {
  const batch = _batch(plan, options);
  let i = 0;
  if (Symbol.asyncIterator in customers) {
    for await (const record of customers) yield _decideRecord(batch, record, i++);
  } else {
    for (const record of customers) yield _decideRecord(batch, record, i++);
  }
}

/**
 * The synchronous twin of `decideMany` for in-memory audiences: no Promise per decision.
 *
 * @example
 * const decisions = [...decideEach(plan, customers, { message, now })];
 */
export function* decideEach(
  plan: CompiledPolicy,
  customers: Iterable<unknown>,
  options: DecideManyOptions,
): Generator<Decision, void, undefined> {
  const batch = _batch(plan, options);
  let i = 0;
  for (const record of customers) yield _decideRecord(batch, record, i++);
}
