/**
 * Faults, against a real Redis: a worker process SIGKILLed in the middle of a chunk loses nothing
 * (the chunk is taken again once its lock expires, and every customer appears exactly once); a
 * duplicate job on the queue writes nothing twice; a Redis restart with persistence is survived,
 * and one that loses the data is reported (a `RunError`, exit 2), never a shorter output.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateAudience, REALISTIC } from "../bench/audience.js";
import {
  collectRun,
  enqueueRun,
  RunError,
  type RunWorker,
  removeRun,
  runProgress,
  startWorker,
} from "../src/bullmq/index.js";
import { _runKeys } from "../src/bullmq/keys.js";
import { _openQueue, _run } from "../src/bullmq/store.js";
import { main } from "../src/cli/main.js";
import { compilePolicy } from "../src/index.js";
import {
  NO_REDIS,
  REDIS_AVAILABLE,
  REDIS_REQUIRED,
  startRedis,
  type TestRedis,
} from "./bullmq-redis.js";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli", "main.js");
const data = (f: string) => join(root, "examples", "data", f);
const NOW = "2026-05-04T12:00:00Z";
const policy = JSON.parse(readFileSync(data("policy.json"), "utf8"));
const message = JSON.parse(readFileSync(data("message.json"), "utf8"));
const plan = compilePolicy(policy);
const dir = mkdtempSync(join(tmpdir(), "consentry-faults-"));

/** `consentry decide` in-process on a file: its standard output. */
async function decideFile(path: string): Promise<string> {
  let out = "";
  await main(
    [
      "decide",
      "--policy",
      data("policy.json"),
      "--message",
      data("message.json"),
      "--now",
      NOW,
      "--quiet",
      path,
    ],
    {
      stdout: {
        write: (s: string) => {
          out += s;
          return true;
        },
      },
      stderr: { write: () => true },
      stdin: (async function* () {})(),
    },
  );
  return out;
}

/** A realistic export of `n` customers (ledgers of 1–50 events, histories of 0–200 sends), with a poisoned line. */
function exportFile(name: string, n: number, seed: number): string {
  const lines = generateAudience(n, Date.parse(NOW), seed, REALISTIC).map((c) => JSON.stringify(c));
  lines.splice(3, 0, '{"id":"poison","jurisdiction":"NO","jurisdiction":"SE"}', "not json");
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

async function collectText(url: string, queue: string, runId: string): Promise<string> {
  let out = "";
  for await (const c of collectRun({ connection: url, queue, runId, timeoutMs: 120_000 }).chunks())
    out += `${c.ndjson}\n`;
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `f` is true, or fails after `ms`. */
async function until(f: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await f())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

if (!REDIS_AVAILABLE && !REDIS_REQUIRED)
  describe("consentry/bullmq faults", () => {
    it.skip(`not run: ${NO_REDIS}`, () => {});
  });

describe.runIf(REDIS_AVAILABLE || REDIS_REQUIRED)("consentry/bullmq faults on a real Redis", () => {
  let redis: TestRedis;
  beforeAll(async () => {
    if (!existsSync(cli))
      throw new Error("build first: npm run build (the killed worker is the built CLI)");
    redis = await startRedis();
  }, 60_000);
  afterAll(async () => {
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a worker SIGKILLed in the middle of a chunk loses nothing: the chunk is taken again, every customer once", async () => {
    const queue = `kill-${process.pid}`;
    const file = exportFile("kill.ndjson", 1_500, 7);
    const want = await decideFile(file);
    const run = await enqueueRun({
      connection: redis.url,
      queue,
      policy: plan,
      message,
      now: NOW,
      chunkSize: 500,
      ndjson: file,
    });
    expect(run.chunks).toBe(4);
    const keys = _runKeys(queue, run.runId);
    const q = _openQueue(queue, { connection: redis.url });
    const client = await q.client;
    const written = async (i: number) =>
      (await _run(client, "consentryExists", [keys.output(i)], [])) === 1;
    // The victim: a `consentry work` process with a short lock, killed while its first chunk is active.
    const victim: ChildProcess = spawn(
      process.execPath,
      [cli, "work", "--redis", redis.url, "--queue", queue, "--lock-duration", "1500", "--quiet"],
      { stdio: "ignore" },
    );
    const exited = new Promise((r) => victim.once("exit", r));
    let killedOn = -1;
    await until(
      async () => {
        const active = await q.getJobs(["active"]);
        if (active.length === 0) return false;
        killedOn = Number((active[0]?.data as { chunk?: number } | undefined)?.chunk);
        return true;
      },
      60_000,
      "the victim to take a chunk",
    );
    victim.kill("SIGKILL");
    await exited;
    // It died mid-chunk: that chunk has no decisions, and its job is still active (locked by the dead).
    expect(await written(killedOn)).toBe(false);
    // A second worker (looking for stalled jobs every 500 ms) takes the chunk again once the lock expires.
    const rescuer = await startWorker({ connection: redis.url, queue, stalledInterval: 500 });
    try {
      const got = await collectText(redis.url, queue, run.runId);
      expect(got).toBe(want);
      const ids = got
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).customerId as string);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(1_502);
      const p = await runProgress({ connection: redis.url, queue, runId: run.runId });
      expect(p).toMatchObject({ done: true, chunksDone: 4, decided: 1_502, chunksFailed: 0 });
    } finally {
      await rescuer.close();
      await q.close();
      await removeRun({ connection: redis.url, queue, runId: run.runId });
    }
  }, 180_000);

  it("a duplicate job on the queue (another id, the same chunk) writes nothing twice", async () => {
    const queue = `dupq-${process.pid}`;
    const file = exportFile("dup.ndjson", 300, 8);
    const run = await enqueueRun({
      connection: redis.url,
      queue,
      policy: plan,
      message,
      now: NOW,
      chunkSize: 50,
      ndjson: file,
    });
    const q = _openQueue(queue, { connection: redis.url });
    for (let i = 0; i < run.chunks; i++)
      await q.add(
        "decide",
        { run: run.runId, chunk: i, token: run.token },
        { jobId: `again-${i}` },
      );
    const chunks: boolean[] = [];
    const ws: RunWorker[] = [];
    for (let i = 0; i < 2; i++)
      ws.push(
        await startWorker({ connection: redis.url, queue, onChunk: (r) => chunks.push(r.written) }),
      );
    try {
      expect(await collectText(redis.url, queue, run.runId)).toBe(await decideFile(file));
      await until(async () => chunks.length === 2 * run.chunks, 60_000, "every job to be taken");
      expect(chunks.filter((w) => w)).toHaveLength(run.chunks);
      expect(await runProgress({ connection: redis.url, queue, runId: run.runId })).toMatchObject({
        decided: 302,
        chunksDone: run.chunks,
      });
    } finally {
      for (const w of ws) await w.close();
      await q.close();
    }
  }, 120_000);

  it("a Redis restart with persistence (append-only file) in the middle of a run is survived", async () => {
    const own = await startRedis({ persistent: true, external: false });
    const queue = "restart";
    const file = exportFile("restart.ndjson", 800, 9);
    const run = await enqueueRun({
      connection: own.url,
      queue,
      policy: plan,
      message,
      now: NOW,
      chunkSize: 40,
      ndjson: file,
    });
    const ws: RunWorker[] = [];
    try {
      for (let i = 0; i < 2; i++)
        ws.push(
          await startWorker({
            connection: own.url,
            queue,
            stalledInterval: 500,
            lockDuration: 2_000,
          }),
        );
      await until(
        async () =>
          (await runProgress({ connection: own.url, queue, runId: run.runId })).chunksDone >= 3,
        60_000,
        "a few chunks",
      );
      const before = await runProgress({ connection: own.url, queue, runId: run.runId });
      await own.kill();
      await sleep(300);
      await own.restart();
      expect(before.done).toBe(false);
      expect(await collectText(own.url, queue, run.runId)).toBe(await decideFile(file));
      expect(await runProgress({ connection: own.url, queue, runId: run.runId })).toMatchObject({
        done: true,
        decided: 802,
      });
    } finally {
      for (const w of ws) await w.close();
      await own.stop();
    }
  }, 180_000);

  it("a Redis restart that loses the data is reported (RunError 'lost', collect exits 2), never a shorter output", async () => {
    const own = await startRedis({ persistent: false, external: false });
    const queue = "wiped";
    const file = exportFile("wiped.ndjson", 200, 10);
    const run = await enqueueRun({
      connection: own.url,
      queue,
      policy: plan,
      message,
      now: NOW,
      chunkSize: 20,
      ndjson: file,
    });
    const w = await startWorker({ connection: own.url, queue });
    try {
      await until(
        async () =>
          (await runProgress({ connection: own.url, queue, runId: run.runId })).chunksDone >= 2,
        60_000,
        "two chunks",
      );
      await w.close();
      // The collector has read some chunks when Redis goes away and comes back empty.
      const collector = collectRun({
        connection: own.url,
        queue,
        runId: run.runId,
        pollMs: 20,
      }).chunks();
      const first = await collector.next();
      expect(first.done).toBe(false);
      await own.kill();
      await own.restart();
      let error: unknown;
      try {
        for (;;) if ((await collector.next()).done) break;
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RunError);
      expect(error).toMatchObject({ code: "lost", runId: run.runId });
      await expect(
        runProgress({ connection: own.url, queue, runId: run.runId }),
      ).rejects.toMatchObject({ code: "unknown_run" });
      // The command line says so, with exit status 2.
      const r = spawn(
        process.execPath,
        [cli, "collect", "--run", run.runId, "--redis", own.url, "--queue", queue],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let err = "";
      r.stderr?.on("data", (d) => {
        err += d;
      });
      const code = await new Promise((res) => r.once("exit", res));
      expect(code).toBe(2);
      expect(err).toMatch(new RegExp(`no run '${run.runId}' in Redis`));
    } finally {
      await own.stop();
    }
  }, 120_000);
});
