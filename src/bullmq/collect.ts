/** The run's results: `collectRun` (decisions in input order, and their summary), `runProgress`, `removeRun`. */
import type { Queue } from "bullmq";
import type { Summary } from "../engine/summarize.js";
import type { Decision } from "../model/decision.js";
import { _decodeOutput, _emptySummary, _mergeSummaries } from "./chunk.js";
import { RunError } from "./errors.js";
import {
  _checkRunId,
  _jobId,
  _policyKey,
  _queueName,
  _runKeyPattern,
  _runKeys,
  type RunRef,
  type RunTarget,
} from "./keys.js";
import type { ChunkJobData } from "./processor.js";
import { type _Client, _openQueue, _run } from "./store.js";

/** Which run, and how long to wait for it. */
export interface CollectOptions extends RunTarget {
  /** The run's id, from `enqueueRun`. */
  readonly runId: string;
  /** Give up (a `RunError` `timeout`) when the run has not finished after this long, in ms. Default: wait. */
  readonly timeoutMs?: number | undefined;
  /** How often to look again for a chunk that is not decided yet, in ms. Default 100. */
  readonly pollMs?: number | undefined;
}

/** One chunk's decided output, in input order. */
export interface CollectedChunk {
  /** The chunk's index, from 0. */
  readonly index: number;
  /** Its decisions as NDJSON: one `JSON.stringify(decision)` per line, no final newline. */
  readonly ndjson: string;
  /** Decisions in it. */
  readonly decisions: number;
  /** Of which `input.invalid`. */
  readonly invalid: number;
  /** `summarize` over its decisions. */
  readonly summary: Summary;
  /** The lines `consentry decide` writes on standard error for its bad records (`line 5: …`). */
  readonly reports: readonly string[];
}

/** The results of a run, read as its chunks are decided. */
export interface RunCollection {
  /** Each chunk's output in input order, waiting for each as needed. */
  chunks(): AsyncGenerator<CollectedChunk, void, undefined>;
  /** Each decision's JSON text (an NDJSON line without its newline), in input order. */
  lines(): AsyncGenerator<string, void, undefined>;
  /** Each decision, in input order. */
  decisions(): AsyncGenerator<Decision, void, undefined>;
  /** Waits for the whole run and returns `summarize` over all its decisions (from the chunks' summaries). */
  summary(): Promise<Summary>;
  /** Closes the collector's connection (the generators close it when they end). */
  close(): Promise<void>;
}

const _sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The state of a run's chunk `i` that is not written: wait, take it again, or report it. */
async function _missing(
  queue: Queue,
  client: _Client,
  runId: string,
  token: string,
  i: number,
): Promise<"wait" | "requeued" | "written"> {
  const keys = _runKeys(queue.name, runId);
  const why = await client.hget(keys.failed, String(i));
  if (why !== null)
    throw new RunError("chunk_failed", `run '${runId}' chunk ${i} failed: ${why}`, {
      runId,
      chunk: i,
    });
  const jobId = _jobId(runId, token, i);
  const state = await queue.getJobState(jobId);
  if (state === "failed") {
    const job = await queue.getJob(jobId);
    throw new RunError(
      "chunk_failed",
      `run '${runId}' chunk ${i} failed: ${job?.failedReason ?? "no reason given"}`,
      { runId, chunk: i },
    );
  }
  if (state !== "unknown") return "wait";
  // No job: done (removed on completion) if the output is there, lost if neither it nor the
  // input is (a worker deletes the input when it writes the output, in one script).
  if ((await _run(client, "consentryExists", [keys.output(i)], [])) === 1) return "written";
  if ((await _run(client, "consentryExists", [keys.input(i)], [])) === 0)
    throw new RunError(
      "lost",
      `run '${runId}' chunk ${i}: neither its decisions nor its records are in Redis (Redis restarted without persistence, or keys were evicted); enqueue the run again`,
      { runId, chunk: i },
    );
  // The records are there but the job is not (Redis came back from an older snapshot): add it again.
  await queue.add("decide", { run: runId, chunk: i, token } satisfies ChunkJobData, {
    jobId,
    attempts: 5,
    removeOnComplete: true,
    removeOnFail: false,
  });
  return "requeued";
}

/** The run's settings and counters, or a `RunError`. */
async function _meta(client: _Client, runId: string, keys: { meta: string }, seen: boolean) {
  const meta = await client.hgetall(keys.meta);
  if (meta.version === undefined)
    throw seen
      ? new RunError(
          "lost",
          `run '${runId}' is gone from Redis while it was collected (Redis restarted without persistence, or the run was removed)`,
          { runId },
        )
      : new RunError("unknown_run", `no run '${runId}' in Redis`, { runId });
  return meta;
}

/**
 * Collects a run's decisions in input order, as its workers write them: each chunk is waited
 * for in turn, so this can start right after `enqueueRun` (or before the workers). Decisions are
 * those `consentry decide` writes for the same input, byte for byte. A chunk that failed, or data
 * Redis lost, is a `RunError`, never a shorter output; a chunk whose records survived but whose
 * job did not (Redis back from an old snapshot) is queued again.
 *
 * @example
 * const run = collectRun({ connection, runId });
 * for await (const line of run.lines()) out.write(`${line}\n`);
 * console.log(await run.summary());
 */
export function collectRun(options: CollectOptions): RunCollection {
  const runId = _checkRunId(options.runId);
  const name = _queueName(options);
  const keys = _runKeys(name, runId);
  const pollMs = options.pollMs ?? 100;
  let queue: Queue | undefined;
  const open = () => (queue ??= _openQueue(name, options));
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  const close = async () => {
    const q = queue;
    queue = undefined;
    await q?.close();
  };

  async function* chunks(): AsyncGenerator<CollectedChunk, void, undefined> {
    const q = open();
    try {
      const client = await q.client;
      let meta = await _meta(client, runId, keys, false);
      const token = String(meta.token);
      for (let i = 0; ; i++) {
        let waited = 0;
        let text: string | null;
        for (;;) {
          text = await client.get(keys.output(i));
          if (text !== null) break;
          meta = await _meta(client, runId, keys, true);
          if (meta.token !== token)
            throw new RunError(
              "lost",
              `run '${runId}' was removed and enqueued again while it was collected; collect the new run from the start`,
              { runId, chunk: i },
            );
          if (meta.state === "enqueued" && i >= Number(meta.chunks)) return;
          if (Date.now() > deadline)
            throw new RunError(
              "timeout",
              `run '${runId}' is not done after ${options.timeoutMs} ms (chunk ${i} not decided yet)`,
              { runId, chunk: i },
            );
          // Every second or so of waiting, make sure the chunk is still on its way.
          if (i < Number(meta.queued) && waited % 10 === 9)
            await _missing(q, client, runId, token, i);
          waited++;
          await _sleep(Math.min(pollMs * 2 ** Math.min(waited, 4), 1_000));
        }
        const { header, body } = _decodeOutput(text);
        yield {
          index: i,
          ndjson: body,
          decisions: header.n,
          invalid: header.invalid,
          summary: header.summary,
          reports: header.reports,
        };
      }
    } finally {
      await close();
    }
  }

  return {
    chunks,
    async *lines() {
      for await (const c of chunks()) yield* c.ndjson.split("\n");
    },
    async *decisions() {
      for await (const c of chunks())
        for (const l of c.ndjson.split("\n")) yield JSON.parse(l) as Decision;
    },
    async summary() {
      let s = _emptySummary();
      for await (const c of chunks()) s = _mergeSummaries(s, c.summary);
      return s;
    },
    close,
  };
}

/** How far a run has got: what `runProgress` returns. */
export interface RunProgress {
  /** The run's id. */
  readonly runId: string;
  /** `enqueuing` while the producer adds chunks; `enqueued` once all are added. */
  readonly state: "enqueuing" | "enqueued";
  /** Chunks added so far (all of them once `enqueued`). */
  readonly chunks: number;
  /** Chunks decided. */
  readonly chunksDone: number;
  /** Chunks that failed on every attempt. */
  readonly chunksFailed: number;
  /** Records enqueued so far. */
  readonly records: number;
  /** Decisions written. */
  readonly decided: number;
  /** Of which `input.invalid`. */
  readonly invalid: number;
  /** True when every chunk is decided. */
  readonly done: boolean;
  /** When the run was enqueued (epoch ms). */
  readonly createdAt: number;
  /** Decisions per second since the run was enqueued (to the last chunk, once done). */
  readonly decisionsPerSecond: number;
  /** The consentry version that enqueued it. */
  readonly version: string;
}

/**
 * How far a run has got, readable while it runs (from any machine): chunks added and decided,
 * decisions written, and decisions per second.
 *
 * @throws {RunError} `unknown_run` when no such run is in Redis
 */
export async function runProgress(options: RunRef): Promise<RunProgress> {
  const runId = _checkRunId(options.runId);
  const name = _queueName(options);
  const keys = _runKeys(name, runId);
  const queue = _openQueue(name, options);
  try {
    const client = await queue.client;
    const meta = await _meta(client, runId, keys, false);
    const failed = Object.keys(await client.hgetall(keys.failed)).length;
    const n = (f: string) => Number(meta[f] ?? 0);
    const state = meta.state === "enqueued" ? "enqueued" : "enqueuing";
    const chunks = state === "enqueued" ? n("chunks") : n("queued");
    const done = state === "enqueued" && n("done") >= chunks;
    const end = done && meta.lastAt !== undefined ? n("lastAt") : Date.now();
    const seconds = Math.max((end - n("createdAt")) / 1000, 0.001);
    return {
      runId,
      state,
      chunks,
      chunksDone: n("done"),
      chunksFailed: failed,
      records: n("records"),
      decided: n("decided"),
      invalid: n("invalid"),
      done,
      createdAt: n("createdAt"),
      decisionsPerSecond: n("decided") / seconds,
      version: meta.version as string,
    };
  } finally {
    await queue.close();
  }
}

/**
 * Removes a run from Redis: its jobs that are not being decided, its records, decisions,
 * counters and history, and its policy source when no other run uses it.
 *
 * @returns the number of keys deleted (0 when there was no such run)
 */
export async function removeRun(options: RunRef): Promise<number> {
  const runId = _checkRunId(options.runId);
  const name = _queueName(options);
  const keys = _runKeys(name, runId);
  const queue = _openQueue(name, options);
  try {
    const client = await queue.client;
    const meta = await client.hgetall(keys.meta);
    const chunks = Number(meta.queued ?? 0);
    const token = String(meta.token);
    for (let i = 0; i < chunks; i++) await queue.remove(_jobId(runId, token, i)).catch(() => 0);
    let deleted = 0;
    let cursor = "0";
    do {
      const [next, found] = await client.scan(cursor, {
        MATCH: _runKeyPattern(name, runId),
        COUNT: 1000,
      });
      cursor = next;
      if (found.length > 0) deleted += await client.del(...found);
    } while (cursor !== "0");
    if (meta.policy !== undefined) {
      const pk = _policyKey(name, meta.policy);
      await _run(client, "consentryReleasePolicy", [pk, `${pk}:runs`], [runId]);
    }
    return deleted;
  } finally {
    await queue.close();
  }
}
