/** `enqueueRun`: an audience split into chunk jobs on a BullMQ queue. */
import { createHash } from "node:crypto";
import type { Queue } from "bullmq";
import { compilePolicy } from "../bundled.js";
import { CliError } from "../cli/io.js";
import type { CompiledPolicy } from "../engine/compile.js";
import { _decideRecord } from "../engine/pipeline/record.js";
import { _parseNow, prepareMessage } from "../engine/pipeline/resolve.js";
import type { HistoryEntry } from "../model/history.js";
import type { MessageInput } from "../model/message.js";
import { BUNDLED_PACKS_CORE } from "../packs/core.js";
import { BUNDLED_PACKS } from "../packs/index.js";
import { bundledHolidays } from "../time/holiday-tables.js";
import { _encodeInput, type _InputHeader, type RunMode } from "./chunk.js";
import { RunError } from "./errors.js";
import {
  _checkRunId,
  _jobId,
  _newRunId,
  _newToken,
  _policyKey,
  _queueName,
  _runKeys,
  _VERSION,
  type RunTarget,
} from "./keys.js";
import { rawLines } from "./lines.js";
import type { ChunkJobData } from "./processor.js";
import { type _Client, _openQueue, _run } from "./store.js";

/** The chunk size when none is given: records per job. */
export const DEFAULT_CHUNK_SIZE = 500;

/** What to decide, for whom, and how to split it: the options of `enqueueRun`. */
export interface EnqueueOptions extends RunTarget {
  /** The policy, from `compilePolicy` of `consentry` on a JSON policy (bundled packs). */
  readonly policy: CompiledPolicy;
  /** The message, the same for every customer of the run (JSON). */
  readonly message: MessageInput;
  /** The decision instant for every customer; default: now, when the run is enqueued. */
  readonly now?: Date | number | string | undefined;
  /** Spread deferred sends over a release window (ISO duration, as `decide --spread`). */
  readonly spread?: string | undefined;
  /**
   * The audience as NDJSON: a file path, or a stream (async iterable) of its bytes. Decided as
   * `consentry decide` decides it: a bad line is its own `input.invalid`, named `#line-N`.
   */
  readonly ndjson?: string | AsyncIterable<Buffer | string> | undefined;
  /**
   * The audience as records (JSON data), as `decideMany` takes them; a record without an id is
   * named `#<position>`. Give `ndjson` or `records`.
   */
  readonly records?: Iterable<unknown> | AsyncIterable<unknown> | undefined;
  /** How `ndjson` is named in messages (default: the path, or `standard input`). */
  readonly inputName?: string | undefined;
  /** Contact history by customer id, added to each record's own (as `decide --history`). */
  readonly history?: ReadonlyMap<string, readonly HistoryEntry[]> | undefined;
  /** Records per chunk job (1 to 100,000). Default 500. */
  readonly chunkSize?: number | undefined;
  /** The run's id (letters, digits, `.`, `_`, `-`); default: a fresh one. */
  readonly runId?: string | undefined;
  /** Attempts per chunk job before it fails (BullMQ `attempts`). Default 5. */
  readonly attempts?: number | undefined;
}

/** A run on the queue. */
export interface EnqueuedRun {
  /** The run's id: what `collectRun`, `runProgress` and `removeRun` take. */
  readonly runId: string;
  /** Chunk jobs added. */
  readonly chunks: number;
  /** Records in them. */
  readonly records: number;
  /** The SHA-256 of the policy's JSON source, the key it is stored under once. */
  readonly policyDigest: string;
  /**
   * This run's token, carried by each of its chunk jobs (`ChunkJobData.token`): a run removed and
   * enqueued again under the same id gets a new one, and jobs with the old one are refused.
   */
  readonly token: string;
}

let _bundledJson: readonly string[] | undefined;
/**
 * The bundled packs, or an equal copy (`consentry` and `consentry/bullmq` loaded from two
 * builds, or from the sources and a build, each have their own).
 */
function _bundledPacks(packs: unknown): boolean {
  // `compilePolicy` uses the notes-free core registry; a plan given the full one is the same law.
  if (packs === BUNDLED_PACKS_CORE || packs === BUNDLED_PACKS) return true;
  if (packs === null || typeof packs !== "object") return false;
  _bundledJson ??= [JSON.stringify(BUNDLED_PACKS_CORE), JSON.stringify(BUNDLED_PACKS)];
  return _bundledJson.includes(JSON.stringify(packs));
}

/** The bundled holiday tables, or another copy of them. */
function _bundledHolidays(h: { readonly name: string } | undefined): boolean {
  return h === bundledHolidays || h?.name === bundledHolidays.name;
}

/** The policy's JSON source, refused when workers could not compile the same plan from it. */
export function _policySource(plan: CompiledPolicy): string {
  const refuse = (why: string) => {
    throw new RunError("not_transferable", `the policy cannot be sent to workers: ${why}`);
  };
  if (!_bundledPacks(plan._.packs) || !_bundledHolidays(plan._.holidays))
    refuse("compile it with compilePolicy from 'consentry' (bundled packs and holiday tables)");
  let source: string | undefined;
  try {
    source = JSON.stringify(plan._.source);
  } catch (e) {
    refuse(`it is not JSON (${(e as Error).message})`);
  }
  if (source === undefined) refuse("it is not JSON");
  let again: CompiledPolicy | undefined;
  try {
    again = compilePolicy(JSON.parse(source as string));
  } catch {
    // Compared below.
  }
  if (again === undefined || JSON.stringify(again.policy) !== JSON.stringify(plan.policy))
    refuse("its JSON is not the policy (functions, or the object was changed after compiling)");
  return source as string;
}

/** The message's JSON, refused when the workers would read another message from it. */
function _messageJson(plan: CompiledPolicy, message: MessageInput, spread: string | undefined) {
  const opts = spread === undefined ? {} : { spread };
  const pm = prepareMessage(plan, message, opts);
  const json = JSON.stringify(message);
  const again = prepareMessage(plan, JSON.parse(json), opts);
  if (JSON.stringify(again.message) !== JSON.stringify(pm.message))
    throw new RunError("not_transferable", "the message cannot be sent to workers as JSON");
  return json;
}

/** The items of the audience, each with its line number (NDJSON) or position (records). */
async function* _items(
  o: EnqueueOptions,
  plan: CompiledPolicy,
  nowMs: number,
): AsyncGenerator<{ at: number; text: string | Buffer; pre?: string }> {
  if (o.ndjson !== undefined) {
    for await (const l of rawLines(o.ndjson, o.inputName)) yield { at: l.line, text: l.bytes };
    return;
  }
  const batch = {
    plan,
    nowMs,
    pm: prepareMessage(plan, o.message, o.spread === undefined ? {} : { spread: o.spread }),
  };
  let i = 0;
  for await (const record of o.records as AsyncIterable<unknown>) {
    let text: string | undefined;
    try {
      text = JSON.stringify(record);
    } catch {
      // Decided here, below.
    }
    // A record JSON cannot carry (a BigInt, a cycle) is decided here, as decideMany would.
    if (text === undefined)
      yield { at: i, text: "", pre: JSON.stringify(_decideRecord(batch, record, i)) };
    else yield { at: i, text };
    i++;
  }
}

function _checkOptions(o: EnqueueOptions): { chunkSize: number; attempts: number } {
  const chunkSize = o.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const attempts = o.attempts ?? 5;
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 100_000)
    throw new RunError(
      "invalid_option",
      `chunkSize must be an integer from 1 to 100000, not ${chunkSize}`,
    );
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new RunError("invalid_option", `attempts must be a positive integer, not ${attempts}`);
  if ((o.ndjson === undefined) === (o.records === undefined))
    throw new RunError(
      "invalid_option",
      "give the audience as 'ndjson' or as 'records' (one of them)",
    );
  return { chunkSize, attempts };
}

/**
 * Splits an audience into chunk jobs on a BullMQ queue, for workers (`startWorker`, on any number
 * of machines) to decide. The policy's JSON source is stored once under its SHA-256; the message,
 * `now` (fixed here when not given) and `spread` once for the run. Each chunk's records are
 * stored in Redis and its job (id `<run>-c<index>`, so adding it twice adds it once) names it.
 * Nothing is parsed here: the workers parse the records.
 *
 * @returns the run's id, and how many chunks and records were enqueued
 * @throws {InputError} at once when the message, `spread` or `now` is invalid
 * @throws {RunError} `run_exists`, `invalid_run_id`, `not_transferable`, `invalid_option`, and
 *   `invalid_input` when the NDJSON cannot be read or is one JSON document
 * @example
 * const { runId } = await enqueueRun({ connection: "redis://localhost:6379", policy: plan,
 *   message, now: "2026-05-04T08:00:00Z", ndjson: "customers.ndjson" });
 */
export async function enqueueRun(options: EnqueueOptions): Promise<EnqueuedRun> {
  const { chunkSize, attempts } = _checkOptions(options);
  const runId = _checkRunId(options.runId ?? _newRunId());
  const plan = options.policy;
  const nowMs = _parseNow(options.now ?? Date.now());
  const message = _messageJson(plan, options.message, options.spread);
  const source = _policySource(plan);
  const digest = createHash("sha256").update(source).digest("hex");
  const name = _queueName(options);
  const keys = _runKeys(name, runId);
  const queue = _openQueue(name, options);
  const token = _newToken();
  try {
    const client = await queue.client;
    const meta = {
      version: _VERSION,
      token,
      policy: digest,
      message,
      nowMs,
      spread: options.spread ?? "",
      mode: (options.ndjson !== undefined ? "lines" : "records") satisfies RunMode,
      chunkSize,
      history: options.history !== undefined && options.history.size > 0 ? "1" : "0",
      state: "enqueuing",
      createdAt: Date.now(),
      queued: 0,
      records: 0,
      done: 0,
      decided: 0,
      invalid: 0,
    };
    const created = await _run(
      client,
      "consentryCreateRun",
      [keys.meta],
      Object.entries(meta).flat(),
    );
    if (created !== 1)
      throw new RunError("run_exists", `run '${runId}' exists already in queue '${name}'`, {
        runId,
      });
    const policyKey = _policyKey(name, digest);
    await _run(client, "consentryPutPolicy", [policyKey, `${policyKey}:runs`], [source, runId]);
    await _putHistory(client, keys.history, options.history);
    const { chunks, records } = await _putChunks(
      queue,
      client,
      { runId, token },
      options,
      plan,
      nowMs,
      {
        chunkSize,
        attempts,
      },
    );
    await _run(client, "consentryHset", [keys.meta], ["state", "enqueued", "chunks", chunks]);
    return { runId, chunks, records, policyDigest: digest, token };
  } catch (e) {
    if (e instanceof CliError) throw new RunError("invalid_input", e.message, { runId });
    throw e;
  } finally {
    await queue.close();
  }
}

/** Stores the history lookup, a thousand customers per command. */
async function _putHistory(
  client: _Client,
  key: string,
  history: ReadonlyMap<string, readonly HistoryEntry[]> | undefined,
): Promise<void> {
  if (history === undefined) return;
  let batch: string[] = [];
  for (const [id, entries] of history) {
    batch.push(id, JSON.stringify(entries));
    if (batch.length >= 2_000) {
      await _run(client, "consentryHset", [key], batch);
      batch = [];
    }
  }
  if (batch.length > 0) await _run(client, "consentryHset", [key], batch);
}

/** Reads the audience and adds its chunks: the records first, then the job that names them. */
async function _putChunks(
  queue: Queue,
  client: _Client,
  { runId, token }: { runId: string; token: string },
  o: EnqueueOptions,
  plan: CompiledPolicy,
  nowMs: number,
  sizes: { chunkSize: number; attempts: number },
): Promise<{ chunks: number; records: number }> {
  const keys = _runKeys(queue.name, runId);
  let chunks = 0;
  let records = 0;
  let at: number[] = [];
  let texts: (string | Buffer)[] = [];
  let pre: Record<string, string> | undefined;
  const flush = async () => {
    const header: _InputHeader = pre === undefined ? { at } : { at, pre };
    const put = await _run(
      client,
      "consentryPutChunk",
      [keys.meta, keys.input(chunks)],
      [_encodeInput(header, texts), texts.length],
    );
    if (put !== 1)
      throw new RunError("lost", `run '${runId}' vanished from Redis while it was enqueued`, {
        runId,
      });
    await queue.add("decide", { run: runId, chunk: chunks, token } satisfies ChunkJobData, {
      jobId: _jobId(runId, token, chunks),
      attempts: sizes.attempts,
      backoff: { type: "exponential", delay: 1_000 },
      removeOnComplete: true,
      removeOnFail: false,
    });
    records += texts.length;
    chunks++;
    at = [];
    texts = [];
    pre = undefined;
  };
  for await (const item of _items(o, plan, nowMs)) {
    if (item.pre !== undefined) pre = { ...pre, [texts.length]: item.pre };
    at.push(item.at);
    texts.push(item.text);
    if (texts.length >= sizes.chunkSize) await flush();
  }
  if (texts.length > 0) await flush();
  return { chunks, records };
}
