/**
 * consentry past one machine: an audience decided by BullMQ workers against one Redis.
 * `consentry/bullmq` (Node only; `bullmq` is an optional peer dependency: `npm install bullmq`).
 *
 * `enqueueRun` splits an audience into chunk jobs; `startWorker` (on any number of machines)
 * decides them; `collectRun` yields the decisions in input order, the same as `consentry decide`
 * on one machine, byte for byte, and their summary; `runProgress` says how far a run has got;
 * `removeRun` deletes it. A chunk's decisions are written once, so a retried, stalled or
 * duplicated job writes nothing twice, and a worker killed mid-chunk loses nothing.
 *
 * @packageDocumentation
 */
export type { RunMode } from "./chunk.js";
export {
  type CollectedChunk,
  type CollectOptions,
  collectRun,
  type RunCollection,
  type RunProgress,
  removeRun,
  runProgress,
} from "./collect.js";
export { RunError, type RunErrorCode } from "./errors.js";
export type { RedisConnection, RunRef, RunTarget } from "./keys.js";
export {
  type ChunkJobData,
  type ChunkProcessor,
  type ChunkResult,
  createChunkProcessor,
  type RunWorker,
  startWorker,
  type WorkerOptions,
} from "./processor.js";
export {
  DEFAULT_CHUNK_SIZE,
  type EnqueuedRun,
  type EnqueueOptions,
  enqueueRun,
} from "./producer.js";
