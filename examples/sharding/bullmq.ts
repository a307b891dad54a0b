/**
 * An audience decided by two BullMQ worker processes against one Redis, and the same audience
 * decided in this one process: the decisions are the same. `consentry/bullmq` needs a Redis
 * server and `npm install bullmq`; on many machines, run the workers there instead (the same
 * `startWorker` call, or `consentry work --redis redis://…`).
 *
 * Run it with `npm run build && npx tsx examples/sharding/bullmq.ts [redis-url]` (default
 * $REDIS_URL, else redis://127.0.0.1:6379). `test/bullmq-cli.test.ts` runs it.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compilePolicy, type Decision, decideMany, type MessageInput } from "consentry";
import { collectRun, enqueueRun, removeRun, startWorker } from "consentry/bullmq";

const url = process.argv[3] ?? process.argv[2] ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const queue = "consentry-example";

if (process.argv[2] === "work") {
  // A worker process: decides chunk jobs until told to stop, then says how many it decided.
  const w = await startWorker({ connection: url, queue });
  process.send?.("ready");
  const stop = async () => {
    await w.close();
    console.log(`worker ${process.pid}: ${w.chunks} chunks`);
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  // The parent is gone (the IPC channel closed): stop too.
  process.once("disconnect", stop);
} else {
  const data = (name: string) => readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8");
  const plan = compilePolicy(JSON.parse(data("policy.json")));
  const message = JSON.parse(data("message.json")) as MessageInput;
  // One instant for the whole campaign, fixed when it is planned (never `new Date()` on a worker).
  const now = "2026-05-04T19:30:00Z";
  // The example's customers, 40 times over with fresh ids: 400 records (a few of them invalid).
  const lines = data("customers.ndjson")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const records: unknown[] = [];
  for (let copy = 0; copy < 40; copy++)
    for (const line of lines) {
      let r: unknown;
      try {
        r = JSON.parse(line);
      } catch {
        r = line; // not JSON: an input.invalid decision, in both
      }
      const id = (r as { id?: unknown } | null)?.id;
      records.push(typeof id === "string" ? { ...(r as object), id: `${id}-${copy}` } : r);
    }

  // Two worker processes (on two machines, this would be the same command on each).
  const workers = [0, 1].map(() =>
    spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "work", url], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  const stopWorkers = () =>
    Promise.all(
      workers.map((w) => {
        if (w.exitCode !== null) return undefined;
        const exited = new Promise((ok) => w.once("exit", ok));
        w.kill("SIGTERM");
        return exited;
      }),
    );
  process.once("exit", () => {
    for (const w of workers) w.kill("SIGKILL");
  });
  await Promise.all(workers.map((w) => new Promise((ok) => w.once("message", ok))));

  const { runId, chunks } = await enqueueRun({
    connection: url,
    queue,
    policy: plan,
    message,
    now,
    spread: "PT2H",
    chunkSize: 20,
    records,
  });
  const run = collectRun({ connection: url, queue, runId });
  const distributed: Decision[] = [];
  for await (const d of run.decisions()) distributed.push(d);

  const one: Decision[] = [];
  for await (const d of decideMany(plan, records, { message, now, spread: "PT2H" })) one.push(d);

  await stopWorkers();
  await removeRun({ connection: url, queue, runId });
  const same = JSON.stringify(distributed) === JSON.stringify(one);
  console.log(
    `run ${runId}: ${distributed.length} decisions from ${chunks} chunks on 2 workers; equal to one process: ${same}`,
  );
  if (!same) process.exit(1);
}
