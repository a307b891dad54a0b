/**
 * `decideManyParallel`: `decideMany` spread over worker threads (Node only, `consentry/node`).
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type CompiledPolicy, safeCompilePolicy } from "../engine/compile.js";
import type { DecideManyOptions } from "../engine/decide-many.js";
import { _checkInput, _checkPlan, _parseNow, prepareMessage } from "../engine/pipeline/resolve.js";
import type { Decision } from "../model/decision.js";
import { InputError, type Issue, PolicyError } from "../model/errors.js";
import { BUNDLED_PACKS_CORE } from "../packs/core.js";
import { BUNDLED_PACKS } from "../packs/index.js";
import { bundledHolidays } from "../time/holiday-tables.js";
import {
  type _ChunkRequest,
  type _ChunkResult,
  _decideChunk,
  type _InitFailure,
  _receiveError,
  type _WorkerInit,
} from "./parallel-protocol.js";

/** Options for `decideManyParallel`: those of `decideMany`, less `history`, plus the threads. */
export interface DecideManyParallelOptions extends Omit<DecideManyOptions, "history"> {
  /** How many worker threads decide (at least 1; about the number of cores is best). */
  readonly concurrency: number;
  /** Records sent to a worker per message. Default 1,000. */
  readonly chunkSize?: number | undefined;
  /**
   * `"json"`: each item of `customers` that is a string is the JSON text of one record (an
   * NDJSON line), parsed in the worker; text that is not JSON is decided as is, so it becomes an
   * `input.invalid` denial, as the same string would in `decideMany`. Saves the main thread from
   * parsing the records and from copying them to the workers as objects. Default `"objects"`.
   */
  readonly input?: "objects" | "json" | undefined;
  /**
   * `"json"`: yield each decision as its JSON text (`JSON.stringify(decision)`, made in the
   * worker), ready to write as an NDJSON line: the main thread then never rebuilds the decision
   * objects, which is most of its work. Default `"objects"`.
   */
  readonly output?: "objects" | "json" | undefined;
  /**
   * Not supported: a lookup function cannot be sent to another thread. Put each customer's
   * contact history in its record (`history`), or use `decideMany`.
   */
  readonly history?: undefined;
}

const _DEFAULT_CHUNK = 1_000;
/**
 * The young generation of each worker's heap (Node's default for workers is 48 MiB). Deciding
 * makes short-lived garbage; at 64 MiB less of it is promoted and collected late: about 20% more
 * decisions per second with 2 workers in bench/parallel.bench.ts.
 */
const _YOUNG_GENERATION_MB = 64;
/** Chunks sent and not yet yielded, per worker: one being decided, one waiting in its queue. */
const _IN_FLIGHT_PER_WORKER = 2;

/**
 * Screens customers for one message on `concurrency` worker threads: the same decisions as
 * `decideMany`, yielded in input order. Records go to the workers in chunks of `chunkSize`, at
 * most two chunks per worker are out at a time (the input is read only as fast as decisions are
 * taken, so memory stays flat for any length of input), and the workers are stopped when the
 * generator ends: at the end of the input, on `break` or `return`, or on an error.
 *
 * Each worker compiles the plan again from the policy `compilePolicy` was given, so the policy
 * must be plain data (JSON): a policy with typed `test` predicates, packs with functions, or a
 * `history` lookup function cannot cross threads and are refused before any worker starts.
 *
 * @param plan - a plan from `compilePolicy` on a JSON policy
 * @param customers - an iterable or async iterable of customer records (plain JSON is fine)
 * @param options - the message, `now`, `spread`, and `concurrency` (and `chunkSize`)
 * @throws {InputError} at once when the message, `now`, `concurrency` or `chunkSize` is invalid,
 * or `history` is given
 * @throws {PolicyError} at once when the policy holds functions or was changed after compiling
 * @example
 * import { decideManyParallel } from "consentry/node";
 * for await (const d of decideManyParallel(plan, customers, { message, now, concurrency: 4 })) console.log(d.verdict);
 */
export function decideManyParallel(
  plan: CompiledPolicy,
  customers: Iterable<unknown> | AsyncIterable<unknown>,
  options: DecideManyParallelOptions & { readonly output: "json" },
): AsyncGenerator<string, void, undefined>;
export function decideManyParallel(
  plan: CompiledPolicy,
  customers: Iterable<unknown> | AsyncIterable<unknown>,
  options: DecideManyParallelOptions & { readonly output?: "objects" | undefined },
): AsyncGenerator<Decision, void, undefined>;
export function decideManyParallel(
  plan: CompiledPolicy,
  customers: Iterable<unknown> | AsyncIterable<unknown>,
  options: DecideManyParallelOptions,
): AsyncGenerator<Decision | string, void, undefined>;
export async function* decideManyParallel(
  plan: CompiledPolicy,
  customers: Iterable<unknown> | AsyncIterable<unknown>,
  options: DecideManyParallelOptions,
): AsyncGenerator<Decision | string, void, undefined> {
  _checkPlan(plan, "decideManyParallel");
  _checkInput(options, "decideManyParallel", "{ message, now, concurrency } as its third argument");
  const {
    concurrency,
    chunkSize = _DEFAULT_CHUNK,
    input = "objects",
    output = "objects",
    ...batch
  } = options;
  const issues: Issue[] = [];
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1024)
    issues.push({
      code: "invalid_concurrency",
      path: ["concurrency"],
      message: "must be a whole number of worker threads from 1 to 1024",
    });
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 1_000_000)
    issues.push({
      code: "invalid_chunk_size",
      path: ["chunkSize"],
      message: "must be a whole number of records from 1 to 1,000,000",
    });
  if (input !== "objects" && input !== "json")
    issues.push({ code: "invalid_value", path: ["input"], message: "must be 'objects' or 'json'" });
  if (output !== "objects" && output !== "json")
    issues.push({
      code: "invalid_value",
      path: ["output"],
      message: "must be 'objects' or 'json'",
    });
  if ((options as DecideManyOptions).history !== undefined)
    issues.push({
      code: "not_transferable",
      path: ["history"],
      message:
        "a history lookup function cannot be sent to worker threads: put each customer's " +
        "contact history in its record ('history'), or use decideMany",
    });
  else {
    const fn = _findFunction(batch, []);
    if (fn !== undefined)
      issues.push({
        code: "not_transferable",
        path: fn,
        message: "a function cannot be sent to worker threads",
      });
  }
  if (issues.length > 0) throw new InputError(issues as [Issue, ...Issue[]]);
  // Checked here, as decideMany checks them, so a bad message fails before any thread starts.
  // Every other option of decideMany goes to the workers as it is, `now` as epoch milliseconds.
  const local: DecideManyOptions = { ...batch, now: _parseNow(options.now) };
  prepareMessage(plan, local.message, local);
  const init: _WorkerInit = {
    policy: plan._.source,
    packs: _transferablePacks(plan),
    options: local,
    modes: { input, output },
  };

  const worker = _workerScript();
  const results = new Map<number, _ChunkResult>();
  let failure: Error | undefined;
  let ending = false;
  let wake: (() => void) | undefined;
  const fail = (e: Error) => {
    failure ??= e;
    wake?.();
  };
  type _Thread = { readonly thread: Worker; busy: number };
  const workers: _Thread[] = [];
  const start = () => {
    const w: _Thread = {
      thread: new Worker(worker.script, {
        workerData: init,
        eval: worker.eval,
        resourceLimits: { maxYoungGenerationSizeMb: _YOUNG_GENERATION_MB },
      }),
      busy: 0,
    };
    workers.push(w);
    w.thread.on("message", (r: _ChunkResult | _InitFailure) => {
      if (r.seq === -1) return fail(_receiveError((r as _InitFailure).error));
      w.busy--;
      results.set(r.seq, r);
      wake?.();
    });
    w.thread.on("error", (e) => fail(_startError(e)));
    w.thread.on("messageerror", (e) => fail(e));
    w.thread.on("exit", (code) => {
      if (!ending) fail(new Error(`a consentry worker thread stopped (exit code ${code})`));
    });
  };
  const setRef = (on: boolean) => {
    for (const w of workers) on ? w.thread.ref() : w.thread.unref();
  };

  const source: Iterator<unknown> | AsyncIterator<unknown> =
    Symbol.asyncIterator in customers
      ? customers[Symbol.asyncIterator]()
      : customers[Symbol.iterator]();
  const isAsync = Symbol.asyncIterator in customers;
  let inputDone = false;
  let inputError: { error: unknown } | undefined;
  let sent = 0; // chunks sent (or decided here)
  let taken = 0; // chunks yielded
  let base = 0; // input index of the next record

  const send = (records: unknown[]) => {
    const seq = sent++;
    const req: _ChunkRequest = { seq, base, records };
    base += records.length;
    let w = workers[0] as _Thread;
    for (const o of workers) if (o.busy < w.busy) w = o;
    try {
      w.thread.postMessage(req);
      w.busy++;
    } catch (e) {
      // A record that cannot be cloned (a function in it, say): decide this chunk here instead,
      // so the decisions are still those of decideMany.
      if ((e as { name?: unknown } | null)?.name !== "DataCloneError") throw e;
      results.set(seq, { seq, ..._decideChunk(plan, records, req.base, local, init.modes) });
    }
  };
  /** Reads and sends chunks until the window is full or the input ends. */
  const fill = async () => {
    while (!inputDone && sent - taken < concurrency * _IN_FLIGHT_PER_WORKER) {
      const records: unknown[] = [];
      try {
        while (records.length < chunkSize) {
          const r = isAsync
            ? await (source as AsyncIterator<unknown>).next()
            : (source as Iterator<unknown>).next();
          if (r.done === true) {
            inputDone = true;
            break;
          }
          records.push(r.value);
        }
      } catch (e) {
        // decideMany yields every decision before the input failed, then throws: so do we.
        inputDone = true;
        inputError = { error: e };
      }
      if (records.length > 0) send(records);
    }
  };

  try {
    for (let i = 0; i < concurrency; i++) start();
    await fill();
    while (taken < sent) {
      setRef(true);
      while (failure === undefined && !results.has(taken))
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      wake = undefined;
      if (failure !== undefined) throw failure;
      const r = results.get(taken) as _ChunkResult;
      results.delete(taken);
      taken++;
      // Keep the workers busy while the caller takes this chunk's decisions.
      await fill();
      // Suspended at `yield`, the workers must not keep the process alive on their own.
      setRef(false);
      for (const d of r.decisions) yield d;
      if (r.error !== undefined) throw _receiveError(r.error);
    }
    if (failure !== undefined) throw failure;
    if (inputError !== undefined) throw inputError.error;
  } finally {
    ending = true;
    await Promise.all(workers.map((w) => w.thread.terminate()));
    if (!inputDone) await source.return?.();
  }
}

/**
 * The packs to send with the policy: `"bundled"` for the bundled set (the worker has them), else
 * the packs themselves, which must be plain data.
 */
function _transferablePacks(plan: CompiledPolicy): _WorkerInit["packs"] {
  if (plan._.source === undefined || plan._.source === null)
    throw new PolicyError([
      {
        code: "not_transferable",
        path: [],
        message: "this plan has no policy source: compile it with compilePolicy",
      },
    ]);
  const packs =
    plan._.packs === BUNDLED_PACKS_CORE || plan._.packs === BUNDLED_PACKS
      ? "bundled"
      : plan._.packs;
  const issues: Issue[] = [];
  const fn = _findFunction(plan._.source, []);
  if (fn !== undefined)
    issues.push({
      code: "not_transferable",
      path: fn,
      message:
        "a function cannot be sent to worker threads: 'concurrency' needs a JSON policy " +
        "(write the rule as a 'when' or 'unless' condition, or use decideMany)",
    });
  if (packs !== "bundled" && packs !== undefined) {
    const pfn = _findFunction(packs, ["packs"]);
    if (pfn !== undefined)
      issues.push({
        code: "not_transferable",
        path: pfn,
        message:
          "a function in a pack cannot be sent to worker threads: 'concurrency' needs packs " +
          "that are plain data (or use decideMany)",
      });
  }
  if (plan._.holidays !== undefined && plan._.holidays !== bundledHolidays)
    issues.push({
      code: "not_transferable",
      path: ["holidays"],
      message:
        "a holiday provider of your own cannot be sent to worker threads: 'concurrency' uses " +
        "the bundled holiday tables (or use decideMany)",
    });
  if (issues.length > 0) throw new PolicyError(issues as [Issue, ...Issue[]]);
  // The workers compile the source again: it must still be the policy this plan was made from.
  const again = safeCompilePolicy(plan._.source, {
    packs: plan._.packs,
    holidays: plan._.holidays,
  });
  if (!again.success || JSON.stringify(again.data.policy) !== JSON.stringify(plan.policy))
    throw new PolicyError([
      {
        code: "policy_changed",
        path: [],
        message:
          "the policy object was changed after compilePolicy: compile it again before " +
          "deciding with 'concurrency'",
      },
    ]);
  return packs;
}

/** The path of the first function or symbol in a value, if any. */
function _findFunction(
  value: unknown,
  path: (string | number)[],
  seen: Set<object> = new Set(),
): (string | number)[] | undefined {
  if (typeof value === "function" || typeof value === "symbol") return path;
  if (value === null || typeof value !== "object" || seen.has(value)) return undefined;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = _findFunction(value[i], [...path, i], seen);
      if (p !== undefined) return p;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value)) {
    const p = _findFunction(v, [...path, k], seen);
    if (p !== undefined) return p;
  }
  return undefined;
}

/** A worker script that cannot be found says where it was looked for, and why it may be missing. */
function _startError(e: Error): Error {
  const code = (e as { code?: unknown }).code;
  if (code !== "MODULE_NOT_FOUND" && code !== "ERR_MODULE_NOT_FOUND") return e;
  return new Error(
    `consentry/node could not load its worker script (${e.message}): it must stay next to ` +
      "consentry's own files, so keep consentry external when you bundle your code",
    { cause: e },
  );
}

/**
 * How to start a worker: the worker script next to this module, `parallel-worker.js` beside the
 * ESM build and `parallel-worker.cjs` beside the CommonJS build (where tsup's shim derives
 * `import.meta.url` from `__filename`). Run from source (tests, tsx), it is `parallel-worker.ts`,
 * loaded through tsx's require hook: on Node 20 tsx's ESM hooks do not reach worker threads.
 */
function _workerScript(): { script: string | URL; eval: boolean } {
  const here = import.meta.url;
  const ext = /\.[cm]?[jt]s$/.exec(new URL(here).pathname)?.[0] ?? ".js";
  const url = new URL(`./parallel-worker${ext}`, here);
  if (ext !== ".ts") return { script: url, eval: false };
  const tsx = createRequire(here).resolve("tsx/cjs/api");
  return {
    script: `require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(fileURLToPath(url))});`,
    eval: true,
  };
}
