/**
 * Measuring helpers for the benchmark: wall time and bytes allocated by one run, and the machine
 * it ran on. Allocation is read from V8's GC profiler (bytes freed by every collection during the
 * run plus the growth of the heap), so it counts short-lived garbage too.
 */
import { cpus, totalmem } from "node:os";
import { GCProfiler } from "node:v8";

/** One timed run: seconds and bytes allocated. */
export interface Run {
  readonly seconds: number;
  readonly bytes: number;
}

/** Runs `fn` once, timing it and counting what it allocated. */
export async function run(fn: () => unknown): Promise<Run> {
  const profiler = new GCProfiler();
  profiler.start();
  const h0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  await fn();
  const seconds = (performance.now() - t0) / 1000;
  const h1 = process.memoryUsage().heapUsed;
  const stats = profiler.stop()?.statistics ?? [];
  let freed = 0;
  for (const s of stats)
    freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
  return { seconds, bytes: Math.max(0, h1 - h0 + freed) };
}

/** The run with the median time among `times` runs (allocation of that run). */
export async function median(times: number, fn: () => unknown): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) runs.push(await run(fn));
  runs.sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)] as Run;
}

/** What the figures were measured on. */
export function machine(): string {
  const c = cpus();
  return `${c.length} × ${c[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}-${process.arch}`;
}

/** A rate for a table: 1,234,567. */
export const fmtRate = (x: number): string =>
  Number.isFinite(x) ? Math.round(x).toLocaleString("en-US") : "n/a";
/** A ratio for a table: 3.1×. */
export const fmtRatio = (x: number): string =>
  Number.isFinite(x) ? `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×` : "n/a";
