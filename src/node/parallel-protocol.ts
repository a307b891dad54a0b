/**
 * What the main thread and the worker threads of `decideManyParallel` say to each other, and the
 * chunk decider both of them use. Plain data only: everything here crosses `postMessage`.
 */

import type { CompiledPolicy } from "../engine/compile.js";
import { _batch, type DecideManyOptions } from "../engine/decide-many.js";
import { _decideRecord } from "../engine/pipeline/record.js";
import type { Decision } from "../model/decision.js";
import { InputError, type Issue, PolicyError } from "../model/errors.js";
import type { Pack } from "../model/pack.js";

/** What a worker is started with (`workerData`). */
export interface _WorkerInit {
  /** The policy as the caller passed it to `compilePolicy`. */
  readonly policy: unknown;
  /** `"bundled"`: compile with the bundled packs; else the packs themselves (plain data). */
  readonly packs: "bundled" | Readonly<Record<string, Pack>> | undefined;
  /** The options of `decideMany`, `now` already validated, in epoch milliseconds. */
  readonly options: DecideManyOptions;
  readonly modes: _Modes;
}

/** What the records are (objects, or JSON texts to parse) and what to yield for each. */
export interface _Modes {
  readonly input: "objects" | "json";
  readonly output: "objects" | "json";
}

/** A chunk of raw records; `base` is the input index of its first record. */
export interface _ChunkRequest {
  readonly seq: number;
  readonly base: number;
  readonly records: readonly unknown[];
}

/** An error as plain data, to rebuild on the other side. */
export interface _SentError {
  readonly name: string;
  readonly message: string;
  readonly stack: string | undefined;
  readonly issues: readonly Issue[] | undefined;
}

/**
 * The decisions of a chunk, in order. With `error`, deciding stopped there: the decisions before
 * it are kept, as `decideMany` would have yielded them before throwing.
 */
export interface _ChunkResult {
  readonly seq: number;
  /** Decisions, or their JSON texts with `output: "json"`. */
  readonly decisions: readonly (Decision | string)[];
  readonly error?: _SentError | undefined;
}

/** A worker that could not compile the plan says so before any chunk. */
export interface _InitFailure {
  readonly seq: -1;
  readonly decisions: readonly [];
  readonly error: _SentError;
}

export function _sendError(e: unknown): _SentError {
  if (e instanceof Error) {
    const issues = (e as { issues?: unknown }).issues;
    return {
      name: e.name,
      message: e.message,
      stack: e.stack,
      issues: Array.isArray(issues) ? (issues as Issue[]) : undefined,
    };
  }
  return { name: "Error", message: String(e), stack: undefined, issues: undefined };
}

/** Rebuilds a sent error: `InputError` and `PolicyError` keep their class and issues. */
export function _receiveError(e: _SentError): Error {
  const issues = e.issues as readonly [Issue, ...Issue[]] | undefined;
  let err: Error;
  if (e.name === "InputError" && issues?.length) err = new InputError(issues);
  else if (e.name === "PolicyError" && issues?.length) err = new PolicyError(issues);
  else {
    err = new Error(e.message);
    if (e.name !== "Error") Object.defineProperty(err, "name", { value: e.name });
  }
  if (e.stack !== undefined) err.stack = e.stack;
  return err;
}

/** A JSON text becomes its value; anything else, text that is not JSON included, stays as is. */
function _parseRecord(r: unknown): unknown {
  if (typeof r !== "string") return r;
  try {
    return JSON.parse(r) as unknown;
  } catch {
    return r;
  }
}

/**
 * Decides one chunk exactly as `decideMany` decides those records at their place in the whole
 * input (a record without a string `id` is named `#<input index>`), through the one per-record
 * path. Only an invalid message or `now` stops it, before the first record.
 */
export function _decideChunk(
  plan: CompiledPolicy,
  raw: readonly unknown[],
  base: number,
  options: DecideManyOptions,
  modes: _Modes,
): { decisions: (Decision | string)[]; error?: _SentError } {
  const json = modes.output === "json";
  const decisions: (Decision | string)[] = [];
  try {
    const batch = _batch(plan, options);
    for (let i = 0; i < raw.length; i++) {
      const record = modes.input === "json" ? _parseRecord(raw[i]) : raw[i];
      const d = _decideRecord(batch, record, base + i);
      decisions.push(json ? JSON.stringify(d) : d);
    }
    return { decisions };
  } catch (e) {
    return { decisions, error: _sendError(e) };
  }
}
