/** The workers' side: deciding chunk jobs (`createChunkProcessor`) on BullMQ workers (`startWorker`). */
import { createHash } from "node:crypto";
import { type Job, UnrecoverableError, Worker } from "bullmq";
import { compilePolicy } from "../bundled.js";
import type { CompiledPolicy } from "../engine/compile.js";
import { prepareMessage } from "../engine/pipeline/resolve.js";
import type { HistoryEntry } from "../model/history.js";
import { _decideChunk, _idsOf, _parseChunk, type _RunContext, type RunMode } from "./chunk.js";
import { RunError } from "./errors.js";
import {
  _connectionOptions,
  _policyKey,
  _queueName,
  _runKeys,
  _VERSION,
  type RunKeys,
  type RunTarget,
} from "./keys.js";
import { type _Client, _openQueue, _run } from "./store.js";

/** What a chunk job carries: its run and its index. Its records are in Redis. */
export interface ChunkJobData {
  /** The run's id. */
  readonly run: string;
  /** The chunk's index in the run, from 0. */
  readonly chunk: number;
  /**
   * The run's incarnation (set by `enqueueRun`): a job of a run that was removed and enqueued
   * again under the same id carries the old token and is refused, never decided with the new
   * run's settings nor written into it.
   */
  readonly token: string;
}

/** What deciding a chunk job did. */
export interface ChunkResult {
  /** The run's id. */
  readonly run: string;
  /** The chunk's index. */
  readonly chunk: number;
  /** Decisions in the chunk. */
  readonly decisions: number;
  /** False when the chunk's decisions were written before (a retried or duplicate job): nothing was written. */
  readonly written: boolean;
}

/** Decides chunk jobs: the function a BullMQ worker runs, and its Redis connection. */
export interface ChunkProcessor {
  /** Decides one chunk job and writes its decisions once. */
  process(job: Pick<Job<ChunkJobData>, "data">): Promise<ChunkResult>;
  /** Closes the processor's Redis connection. */
  close(): Promise<void>;
}

/** The run is gone from Redis: no attempt can succeed. */
function _gone(run: string, chunk: number, what: string): UnrecoverableError {
  return new UnrecoverableError(
    `run '${run}' chunk ${chunk}: ${what} is not in Redis (the run was removed, or Redis lost it)`,
  );
}

/** The job belongs to an earlier run of the same id, removed since: it must not touch this one. */
function _stale(run: string, chunk: number): UnrecoverableError {
  return new UnrecoverableError(
    `run '${run}' chunk ${chunk}: this job belongs to an earlier run of the same id, removed since (its token does not match); nothing was written`,
  );
}

/** A bounded cache: the last few runs' contexts and plans. */
function _remember<V>(map: Map<string, V>, key: string, value: V): V {
  map.set(key, value);
  if (map.size > 16) map.delete(map.keys().next().value as string);
  return value;
}

/**
 * A processor for chunk jobs, for a BullMQ `Worker` of your own (or `startWorker`'s). It reads
 * the chunk's records, decides each through the one per-record path (a bad record is that
 * record's `input.invalid` and never fails the chunk), and writes the decisions with one Lua
 * script that writes only when nothing was written for the chunk before: a retried, stalled or
 * duplicate job decides again but writes nothing twice. The policy is compiled once per digest.
 *
 * @example
 * const p = createChunkProcessor({ connection: "redis://localhost:6379" });
 * const worker = new Worker("consentry", (job) => p.process(job), { connection });
 */
export function createChunkProcessor(target: RunTarget): ChunkProcessor {
  const name = _queueName(target);
  const queue = _openQueue(name, target);
  const plans = new Map<string, CompiledPolicy>();
  const runs = new Map<string, _RunContext & { history: boolean }>();

  const plan = async (client: _Client, digest: string, run: string, chunk: number) => {
    const known = plans.get(digest);
    if (known !== undefined) return known;
    const source = await client.get(_policyKey(name, digest));
    if (source === null) throw _gone(run, chunk, "its policy");
    if (createHash("sha256").update(source).digest("hex") !== digest)
      throw new UnrecoverableError(`policy ${digest} in Redis does not match its digest`);
    return _remember(plans, digest, compilePolicy(JSON.parse(source)));
  };

  const context = async (client: _Client, keys: RunKeys, job: ChunkJobData) => {
    const { run, chunk, token } = job;
    // Cached by run and token: a run enqueued again under the same id is another run.
    const cacheKey = `${run}\u0000${token}`;
    const known = runs.get(cacheKey);
    if (known !== undefined) return known;
    const meta = await client.hgetall(keys.meta);
    if (meta.version === undefined) throw _gone(run, chunk, "the run");
    if (meta.token !== token) throw _stale(run, chunk);
    if (meta.version !== _VERSION)
      throw new UnrecoverableError(
        new RunError(
          "version_mismatch",
          `run '${run}' was enqueued by consentry ${meta.version}; this worker runs ${_VERSION} (decisions could differ)`,
        ).message,
      );
    const p = await plan(client, meta.policy as string, run, chunk);
    const spread = meta.spread === "" ? {} : { spread: meta.spread };
    return _remember(runs, cacheKey, {
      plan: p,
      pm: prepareMessage(p, JSON.parse(meta.message as string), spread),
      nowMs: Number(meta.nowMs),
      mode: meta.mode as RunMode,
      history: meta.history === "1",
    });
  };

  const histories = async (client: _Client, keys: RunKeys, ids: string[]) => {
    const map = new Map<string, HistoryEntry[]>();
    if (ids.length === 0) return map;
    const found = await client.hmget(keys.history, ...ids);
    found.forEach((h, i) => {
      if (h !== null) map.set(ids[i] as string, JSON.parse(h) as HistoryEntry[]);
    });
    return map;
  };

  return {
    async process(job) {
      const { run, chunk, token } = job.data;
      const keys = _runKeys(name, run);
      const client = await queue.client;
      const done = (): ChunkResult => ({ run, chunk, decisions: 0, written: false });
      if ((await _run(client, "consentryExists", [keys.output(chunk)], [])) === 1) return done();
      const ctx = await context(client, keys, job.data);
      const input = await client.get(keys.input(chunk));
      if (input === null) {
        // A duplicate of this job may have written the chunk meanwhile (and deleted its input).
        if ((await _run(client, "consentryExists", [keys.output(chunk)], [])) === 1) return done();
        throw _gone(run, chunk, "its input");
      }
      const parsed = _parseChunk(input, ctx.mode);
      const history = ctx.history ? await histories(client, keys, _idsOf(parsed)) : new Map();
      const out = _decideChunk(ctx, parsed, history);
      const w = await _run(
        client,
        "consentryWriteOnce",
        [keys.meta, keys.output(chunk), keys.input(chunk)],
        [out.text, out.n, out.invalid, Date.now(), String(token)],
      );
      if (w === -1) throw _gone(run, chunk, "the run");
      if (w === -2) throw _stale(run, chunk);
      return { run, chunk, decisions: out.n, written: w === 1 };
    },
    close: () => queue.close(),
  };
}

/** How a worker takes chunk jobs: the options of `startWorker`. */
export interface WorkerOptions extends RunTarget {
  /** Chunk jobs decided at a time in this process (deciding is CPU-bound: 1, the default, per core). */
  readonly concurrency?: number | undefined;
  /**
   * How long a job stays locked to this worker without a renewal, in ms (BullMQ
   * `lockDuration`, default 30,000). A worker that dies loses its lock after this long, and its
   * chunk is taken again.
   */
  readonly lockDuration?: number | undefined;
  /** How often this worker looks for stalled jobs, in ms (BullMQ `stalledInterval`, default 30,000). */
  readonly stalledInterval?: number | undefined;
  /** How many times a chunk may stall (its worker die) before it fails. Default 5. */
  readonly maxStalledCount?: number | undefined;
  /** Told of each chunk decided. */
  readonly onChunk?: ((result: ChunkResult) => void) | undefined;
  /** Told of each error BullMQ reports (a lost connection, retried by BullMQ); default: none. */
  readonly onError?: ((error: Error) => void) | undefined;
}

/** A running worker. */
export interface RunWorker {
  /** The BullMQ worker. */
  readonly worker: Worker<ChunkJobData, ChunkResult>;
  /** Chunks this worker has decided (including those it found written before). */
  readonly chunks: number;
  /** Stops taking jobs, lets the current one finish, and closes the connections. */
  close(): Promise<void>;
}

/**
 * Starts a BullMQ worker that decides the chunk jobs of every run on the queue, on this machine,
 * until closed. Start one per core, on as many machines as you like, against the same Redis.
 * A chunk that fails on every attempt (never because of a record) is recorded with the run, and
 * the collector reports it.
 *
 * @example
 * const w = await startWorker({ connection: "redis://localhost:6379" });
 * process.on("SIGTERM", () => w.close());
 */
export async function startWorker(options: WorkerOptions): Promise<RunWorker> {
  const name = _queueName(options);
  const processor = createChunkProcessor(options);
  let chunks = 0;
  const worker = new Worker<ChunkJobData, ChunkResult>(
    name,
    async (job) => {
      const r = await processor.process(job);
      chunks++;
      options.onChunk?.(r);
      return r;
    },
    {
      connection: _connectionOptions(options.connection),
      concurrency: options.concurrency ?? 1,
      lockDuration: options.lockDuration ?? 30_000,
      stalledInterval: options.stalledInterval ?? 30_000,
      maxStalledCount: options.maxStalledCount ?? 5,
    },
  );
  const fails = _openQueue(name, options);
  worker.on("failed", (job, err) => {
    if (job === undefined) return;
    const final =
      err.name === "UnrecoverableError" ||
      job.finishedOn !== undefined ||
      job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) return;
    const keys = _runKeys(name, job.data.run);
    fails.client
      .then((c) =>
        _run(
          c,
          "consentryFail",
          [keys.meta, keys.failed],
          [job.data.chunk, err.message, String(job.data.token)],
        ),
      )
      .catch(() => {});
  });
  // Connection errors are retried by BullMQ; without a listener they would be thrown.
  worker.on("error", (e) => options.onError?.(e));
  await worker.waitUntilReady();
  return {
    worker,
    get chunks() {
      return chunks;
    },
    async close() {
      await worker.close();
      await processor.close();
      await fails.close();
    },
  };
}
