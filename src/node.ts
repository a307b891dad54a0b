/**
 * consentry for Node only: deciding on several worker threads. `consentry/node`.
 *
 * Kept out of the main entry so that `consentry` itself never imports `node:worker_threads` and
 * runs unchanged in browsers, workers and edge runtimes.
 *
 * @packageDocumentation
 */
export type { DecideManyParallelOptions } from "./engine/parallel.js";
export { decideManyParallel } from "./engine/parallel.js";
