/**
 * consentry for Node only: deciding on several worker threads. `consentry/node`.
 *
 * Kept out of the main entry so that `consentry` itself never imports `node:worker_threads` and
 * runs unchanged in browsers, workers and edge runtimes.
 *
 * @packageDocumentation
 */
import type { CompiledPolicy } from "./engine/compile.js";
import { type DecideManyOptions, decideMany as decideManyOneThread } from "./engine/decide-many.js";
import type { Decision } from "./model/decision.js";
import { type DecideManyParallelOptions, decideManyParallel } from "./node/parallel.js";

export type { DecideManyParallelOptions } from "./node/parallel.js";
export { decideManyParallel };

/** `decideMany`'s options plus `concurrency`: how many worker threads decide (default 1). */
export interface DecideManyNodeOptions extends DecideManyOptions {
  /** Worker threads; 1 (the default) decides on the calling thread, as `consentry`'s `decideMany`. */
  readonly concurrency?: number | undefined;
  /** Records sent to a worker per message, when `concurrency` > 1. Default 1,000. */
  readonly chunkSize?: number | undefined;
}

/**
 * `decideMany` with a `concurrency` option: above 1, the records are decided on that many worker
 * threads (`decideManyParallel`: same decisions, input order, JSON policies only, no `history`
 * lookup function); otherwise on the calling thread.
 *
 * @example
 * import { decideMany } from "consentry/node";
 * for await (const d of decideMany(plan, customers, { message, now, concurrency: 2 })) console.log(d.verdict);
 */
export function decideMany(
  plan: CompiledPolicy,
  customers: Iterable<unknown> | AsyncIterable<unknown>,
  options: DecideManyNodeOptions,
): AsyncGenerator<Decision, void, undefined> {
  const { concurrency, chunkSize, ...rest } = options;
  if (concurrency === undefined || concurrency === 1)
    return decideManyOneThread(plan, customers, rest);
  // A history lookup function cannot cross threads: decideManyParallel refuses it with an
  // InputError that says so, rather than this dropping it.
  const opts = {
    ...rest,
    concurrency,
    chunkSize,
    output: "objects",
  } as DecideManyParallelOptions & {
    readonly output: "objects";
  };
  return decideManyParallel(plan, customers, opts);
}
