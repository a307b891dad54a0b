/**
 * Where a run lives in Redis. Every key of a run carries the run id as a hash tag (`{id}`), so a
 * run's keys share one Redis Cluster slot and its Lua scripts may touch them together.
 */
import pkg from "../../package.json" with { type: "json" };
import { RunError } from "./errors.js";

/** The consentry version that made a run; every worker must run the same one. */
export const _VERSION: string = pkg.version;

/** How to reach Redis: a URL (`redis://host:6379/0`, `rediss://` for TLS) or ioredis options. */
export type RedisConnection = string | Readonly<Record<string, unknown>>;

/** What every part of a run is told: where Redis is, and the queue its jobs go through. */
export interface RunTarget {
  /** Redis: a URL or ioredis connection options (`{ host, port }`). */
  readonly connection: RedisConnection;
  /** The BullMQ queue the chunk jobs go through. Default `"consentry"`. */
  readonly queue?: string | undefined;
}

/** One run on a target: what `runProgress` and `removeRun` take. */
export interface RunRef extends RunTarget {
  /** The run's id, from `enqueueRun` (or `consentry enqueue`). */
  readonly runId: string;
}

/** The queue of a target. */
export function _queueName(t: RunTarget): string {
  return t.queue ?? "consentry";
}

const _RUN_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Refuses a run id that cannot name keys and job ids safely. */
export function _checkRunId(runId: string): string {
  if (typeof runId !== "string" || !_RUN_ID.test(runId))
    throw new RunError(
      "invalid_run_id",
      `run id '${String(runId)}' must be 1 to 100 letters, digits, '.', '_' or '-'`,
      { runId: String(runId) },
    );
  return runId;
}

/** A fresh run id: time-ordered, with enough randomness that two producers never collide. */
export function _newRunId(): string {
  const rnd = Math.floor(Math.random() * 36 ** 8)
    .toString(36)
    .padStart(8, "0");
  return `run-${Date.now().toString(36)}-${rnd}`;
}

/**
 * A fresh token for one run's incarnation (128 random bits, hex). A run removed and enqueued again
 * under the same id gets a new token, so the jobs of the earlier one, still on a worker, can never
 * write into the new one nor be taken for its jobs.
 */
export function _newToken(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The BullMQ job id of a chunk: the run, its incarnation's token and the chunk, so adding it twice
 * adds it once, and a job left over from an earlier run of the same id is never mistaken for it.
 */
export function _jobId(runId: string, token: string, chunk: number): string {
  return `${runId}-${token}-c${chunk}`;
}

/** The keys of one run. */
export interface RunKeys {
  /** Hash: the run's settings, counters and state. */
  readonly meta: string;
  /** Hash: chunk index → why it failed. */
  readonly failed: string;
  /** Hash: customer id → JSON array of history entries (`--history`). */
  readonly history: string;
  /** String: a chunk's input. */
  input(chunk: number): string;
  /** String: a chunk's decisions (written once). */
  output(chunk: number): string;
}

/** The keys of run `runId` in queue `queue`. */
export function _runKeys(queue: string, runId: string): RunKeys {
  const base = `consentry:${queue}:run:{${runId}}`;
  return {
    meta: `${base}:meta`,
    failed: `${base}:failed`,
    history: `${base}:history`,
    input: (chunk) => `${base}:in:${chunk}`,
    output: (chunk) => `${base}:out:${chunk}`,
  };
}

/** The pattern that matches every key of a run (for `removeRun`'s scan). */
export function _runKeyPattern(queue: string, runId: string): string {
  return `consentry:${queue}:run:{${runId}}:*`;
}

/** The key of a policy's JSON source, stored once under its digest. */
export function _policyKey(queue: string, digest: string): string {
  return `consentry:${queue}:policy:${digest}`;
}

/** ioredis options from a URL, or the options as given. */
export function _connectionOptions(c: RedisConnection): Record<string, unknown> {
  if (typeof c !== "string") return { ...c };
  let url: URL;
  try {
    url = new URL(c);
  } catch {
    throw new RunError("invalid_option", `'${c}' is not a Redis URL (redis://host:port)`);
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:")
    throw new RunError("invalid_option", `'${c}' is not a Redis URL (redis:// or rediss://)`);
  const db = url.pathname.replace(/^\//, "");
  return {
    host: url.hostname === "" ? "127.0.0.1" : url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port === "" ? 6379 : Number(url.port),
    ...(url.username !== "" ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password !== "" ? { password: decodeURIComponent(url.password) } : {}),
    ...(db !== "" ? { db: Number(db) } : {}),
    ...(url.protocol === "rediss:" ? { tls: {} } : {}),
  };
}
