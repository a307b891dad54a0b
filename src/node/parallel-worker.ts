/**
 * The worker thread of `decideManyParallel` (built as `dist/parallel-worker.js` and `.cjs`):
 * compiles the plan again from the policy source, then decides each chunk it is sent.
 */
import { parentPort, workerData } from "node:worker_threads";
import { compilePolicy as compileBundled } from "../bundled.js";
import { type CompiledPolicy, compilePolicy } from "../engine/compile.js";
import { bundledHolidays } from "../time/holiday-tables.js";
import {
  type _ChunkRequest,
  type _ChunkResult,
  _decideChunk,
  type _InitFailure,
  _sendError,
  type _WorkerInit,
} from "./parallel-protocol.js";

const port = parentPort;
if (port === null) throw new Error("consentry's parallel worker must run in a worker thread");
const init = workerData as _WorkerInit;

let plan: CompiledPolicy | undefined;
try {
  plan =
    init.packs === "bundled"
      ? compileBundled(init.policy as never)
      : compilePolicy(init.policy as never, { packs: init.packs, holidays: bundledHolidays });
} catch (e) {
  const failure: _InitFailure = { seq: -1, decisions: [], error: _sendError(e) };
  port.postMessage(failure);
}

port.on("message", (req: _ChunkRequest) => {
  if (plan === undefined) return;
  const r = _decideChunk(plan, req.records, req.base, init.options, init.modes);
  const out: _ChunkResult = { seq: req.seq, ...r };
  port.postMessage(out);
});
