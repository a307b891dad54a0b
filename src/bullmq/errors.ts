/** What went wrong with a distributed run, as `RunError.code` says it. */
export type RunErrorCode =
  /** The run id is not one consentry accepts (letters, digits, `.`, `_`, `-`; 1–100). */
  | "invalid_run_id"
  /** A run with this id exists already: a run is enqueued once. */
  | "run_exists"
  /** No run with this id is in Redis (never enqueued, or removed). */
  | "unknown_run"
  /**
   * Some of the run's data is gone from Redis while the run was going on (Redis restarted
   * without persistence, was flushed, or evicted keys): what is left cannot be the whole answer.
   */
  | "lost"
  /** A chunk failed on every attempt (an infrastructure error: a record never fails a chunk). */
  | "chunk_failed"
  /** The policy cannot be sent to workers (functions, packs or holidays of your own). */
  | "not_transferable"
  /** A worker runs another consentry version than the producer: decisions could differ. */
  | "version_mismatch"
  /** The run did not finish within the collector's `timeoutMs`. */
  | "timeout"
  /** A bad option (a chunk size, both or neither audience). */
  | "invalid_option"
  /** The NDJSON audience cannot be read, or is one JSON document rather than NDJSON. */
  | "invalid_input";

/**
 * A distributed run could not be done, or not wholly: never a partial answer given as a whole
 * one. `code` says which case it is; `message` says it in English, naming the run and chunk.
 *
 * @example
 * try { for await (const line of collectRun(opts).lines()) out.write(line + "\n"); }
 * catch (e) { if (e instanceof RunError && e.code === "lost") console.error("start the run again"); }
 */
export class RunError extends Error {
  override readonly name: string = "RunError";
  /** What kind of failure this is. */
  readonly code: RunErrorCode;
  /** The run it concerns, when known. */
  readonly runId: string | undefined;
  /** The chunk it concerns, when one does. */
  readonly chunk: number | undefined;
  constructor(
    code: RunErrorCode,
    message: string,
    where: { runId?: string | undefined; chunk?: number | undefined } = {},
  ) {
    super(message);
    this.code = code;
    this.runId = where.runId;
    this.chunk = where.chunk;
  }
}
