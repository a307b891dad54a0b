/**
 * consentry/bullmq against a real Redis (test/bullmq-redis.ts): the decisions of a run, decided by
 * BullMQ workers in chunks, are those `consentry decide` writes for the same input, byte for byte
 * (standard error too), for any chunk size and any mix of good and poisoned lines; records equal
 * `decideMany`; the summary equals `summarize`; a duplicate or retried job writes nothing twice;
 * progress is readable while a run goes on; `removeRun` leaves nothing behind.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  collectRun,
  createChunkProcessor,
  enqueueRun,
  RunError,
  type RunWorker,
  removeRun,
  runProgress,
  startWorker,
} from "../src/bullmq/index.js";
import { _openQueue } from "../src/bullmq/store.js";
import { main } from "../src/cli/main.js";
import { compilePolicy, type Decision, decideMany, definePolicy, summarize } from "../src/index.js";
import {
  NO_REDIS,
  REDIS_AVAILABLE,
  REDIS_REQUIRED,
  startRedis,
  type TestRedis,
} from "./bullmq-redis.js";

const root = join(import.meta.dirname, "..");
const data = (f: string) => join(root, "examples", "data", f);
const NOW = "2026-05-04T19:30:00Z";
const policyJson = JSON.parse(readFileSync(data("policy.json"), "utf8"));
const message = JSON.parse(readFileSync(data("message.json"), "utf8"));
const plan = compilePolicy(policyJson);
const exampleLines = readFileSync(data("customers.ndjson"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");

/** `consentry decide` in-process on `input`: its standard output, error and exit status. */
export async function decideCli(input: string, extra: string[] = []) {
  let out = "";
  let err = "";
  const code = await main(
    [
      "decide",
      "--policy",
      data("policy.json"),
      "--message",
      data("message.json"),
      "--now",
      NOW,
      ...extra,
    ],
    {
      stdout: {
        write: (s: string) => {
          out += s;
          return true;
        },
      },
      stderr: {
        write: (s: string) => {
          err += s;
          return true;
        },
      },
      stdin: (async function* () {
        if (input !== "") yield Buffer.from(input);
      })(),
    },
  );
  return { code, out, err };
}

/** What collecting a run gives: the NDJSON bytes `collect` writes, and the problem lines. */
async function collected(redis: TestRedis, runId: string, queue: string) {
  let out = "";
  const reports: string[] = [];
  for await (const c of collectRun({
    connection: redis.url,
    queue,
    runId,
    timeoutMs: 60_000,
  }).chunks()) {
    out += `${c.ndjson}\n`;
    reports.push(...c.reports);
  }
  return { out, reports };
}

/** The kinds of line an export can hold: good records, and every way a line can be poisoned. */
const POISON = [
  "not json at all",
  '{"id":"dup","jurisdiction":"NO","jurisdiction":"SE"}',
  '{"id":"bad-zone","jurisdiction":"NO","timeZone":"Mars/Olympus"}',
  '{"jurisdiction":"NO"}',
  "42",
  "null",
  '"a string"',
  "[1,2]",
  "   ",
  "",
  '{"id":"unicode-ø","jurisdiction":"NO","timeZone":"Europe/Oslo","contacts":{"email":{"address":"ø@x.no"}}}',
  '{"id":"cr"}\r',
];

if (!REDIS_AVAILABLE && !REDIS_REQUIRED)
  describe("consentry/bullmq", () => {
    it.skip(`not run: ${NO_REDIS}`, () => {});
  });

describe.runIf(REDIS_AVAILABLE || REDIS_REQUIRED)("consentry/bullmq on a real Redis", () => {
  let redis: TestRedis;
  const queue = `lib-${process.pid}`;
  const workers: RunWorker[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    for (let i = 0; i < 2; i++)
      workers.push(
        await startWorker({
          connection: redis.url,
          queue,
          stalledInterval: 1_000,
          lockDuration: 5_000,
        }),
      );
  }, 60_000);
  afterAll(async () => {
    for (const w of workers) await w.close();
    await redis?.stop();
  });

  it("the decisions equal `consentry decide` byte for byte (standard error too), for any chunk size and mix of poisoned lines", async () => {
    const line = fc.oneof(fc.constantFrom(...exampleLines), fc.constantFrom(...POISON));
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 0, maxLength: 40, size: "medium" }),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        async (lines, chunkSize, bom) => {
          const input = `${bom ? "\uFEFF" : ""}${lines.join("\n")}\n`;
          const one = await decideCli(input);
          // One JSON document instead of NDJSON: refused by both, with the same words.
          if (one.code === 2) {
            const e = await enqueueRun({
              connection: redis.url,
              queue,
              policy: plan,
              message,
              now: NOW,
              chunkSize,
              ndjson: [Buffer.from(input)] as never,
            }).catch((x) => x);
            expect(e).toBeInstanceOf(RunError);
            expect(one.err).toContain((e as RunError).message);
            return;
          }
          const run = await enqueueRun({
            connection: redis.url,
            queue,
            policy: plan,
            message,
            now: NOW,
            chunkSize,
            ndjson: (async function* () {
              // In pieces that cut lines (and characters) anywhere, as a pipe delivers them.
              const b = Buffer.from(input);
              for (let i = 0; i < b.length; i += 7) yield b.subarray(i, i + 7);
            })(),
          });
          const got = await collected(redis, run.runId, queue);
          expect(got.out === "\n" ? "" : got.out).toBe(one.out);
          const invalid = one.out.split("\n").filter((l) => l.includes('"input.invalid"')).length;
          const errLines = got.reports.map((r) => `${r}\n`).join("");
          expect(
            `${errLines}${invalid > 0 ? `${invalid} of ${run.records} ${run.records === 1 ? "record" : "records"} ${invalid === 1 ? "was" : "were"} invalid\n` : ""}`,
          ).toBe(one.err);
          const decisions =
            one.out === ""
              ? []
              : one.out
                  .trimEnd()
                  .split("\n")
                  .map((l) => JSON.parse(l) as Decision);
          expect(
            await collectRun({ connection: redis.url, queue, runId: run.runId }).summary(),
          ).toEqual(summarize(decisions));
          await removeRun({ connection: redis.url, queue, runId: run.runId });
          if (run.chunks > 1) compared++;
        },
      ),
      { numRuns: 12, seed: 20_261_204 },
    );
    // Most runs were split into several chunks and compared (not refused as one JSON document);
    // seeded, so that how many is not left to chance.
    expect(compared).toBeGreaterThan(6);
  }, 240_000);

  it("records (JSON data) equal decideMany, unsendable ones (a BigInt, a throwing getter) included", async () => {
    const records: unknown[] = exampleLines.map((l) => {
      try {
        return JSON.parse(l);
      } catch {
        return l; // a line that is not JSON stays a string: invalid, as in decideMany
      }
    });
    records.splice(2, 0, { id: "big", n: 10n });
    records.splice(5, 0, {
      get id(): string {
        throw new Error("no id for you");
      },
    });
    records.push("plain string", null);
    const want: Decision[] = [];
    for await (const d of decideMany(plan, records, { message, now: NOW, spread: "PT2H" }))
      want.push(d);
    const run = await enqueueRun({
      connection: redis.url,
      queue,
      policy: plan,
      message,
      now: NOW,
      spread: "PT2H",
      chunkSize: 4,
      records,
    });
    const c = collectRun({ connection: redis.url, queue, runId: run.runId });
    const got: Decision[] = [];
    for await (const d of c.decisions()) got.push(d);
    expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    expect(
      got.filter((d) => d.reasons.some((r) => r.code === "input.invalid")).length,
    ).toBeGreaterThanOrEqual(4);
    expect(await c.summary()).toEqual(summarize(want));
  });

  it("--history and --spread: equal to `consentry decide` with them", async () => {
    const input = `${exampleLines.join("\n")}\n`;
    const one = await decideCli(input, ["--history", data("sends.ndjson"), "--spread", "PT3H"]);
    const history = new Map<string, never[]>();
    for (const l of readFileSync(data("sends.ndjson"), "utf8").split("\n")) {
      if (l.trim() === "") continue;
      const { customerId, ...entry } = JSON.parse(l);
      history.set(customerId, [...(history.get(customerId) ?? []), entry as never]);
    }
    const run = await enqueueRun({
      connection: redis.url,
      queue,
      policy: plan,
      message,
      now: NOW,
      spread: "PT3H",
      history,
      chunkSize: 3,
      ndjson: data("customers.ndjson"),
    });
    expect((await collected(redis, run.runId, queue)).out).toBe(one.out);
    expect(one.out).not.toBe((await decideCli(input)).out);
  });

  it("a duplicate or retried job writes nothing twice, even run at the same moment", async () => {
    const q2 = `dup-${process.pid}`; // no worker on this queue: the test delivers the jobs itself
    const run = await enqueueRun({
      connection: redis.url,
      queue: q2,
      policy: plan,
      message,
      now: NOW,
      chunkSize: 4,
      ndjson: data("customers.ndjson"),
    });
    expect(run.chunks).toBe(3);
    const p1 = createChunkProcessor({ connection: redis.url, queue: q2 });
    const p2 = createChunkProcessor({ connection: redis.url, queue: q2 });
    try {
      // Chunk 0 twice at once (two workers handed the same job), chunk 1 twice in a row.
      const both = await Promise.all([
        p1.process({ data: { run: run.runId, chunk: 0, token: run.token } }),
        p2.process({ data: { run: run.runId, chunk: 0, token: run.token } }),
      ]);
      expect(both.filter((r) => r.written)).toHaveLength(1);
      expect(
        (await p1.process({ data: { run: run.runId, chunk: 1, token: run.token } })).written,
      ).toBe(true);
      expect(await p2.process({ data: { run: run.runId, chunk: 1, token: run.token } })).toEqual({
        run: run.runId,
        chunk: 1,
        decisions: 0,
        written: false,
      });
      const mid = await runProgress({ connection: redis.url, queue: q2, runId: run.runId });
      expect(mid).toMatchObject({ chunks: 3, chunksDone: 2, decided: 8, records: 10, done: false });
      expect(mid.decisionsPerSecond).toBeGreaterThan(0);
      // The same job added again (same run and chunk): BullMQ keeps one.
      const q = _openQueue(q2, { connection: redis.url });
      await q.add(
        "decide",
        { run: run.runId, chunk: 2, token: run.token },
        { jobId: `${run.runId}-${run.token}-c2` },
      );
      expect(await q.getJobCounts("wait")).toEqual({ wait: 3 });
      await q.close();
      await p2.process({ data: { run: run.runId, chunk: 2, token: run.token } });
      await p1.process({ data: { run: run.runId, chunk: 2, token: run.token } });
      const end = await runProgress({ connection: redis.url, queue: q2, runId: run.runId });
      expect(end).toMatchObject({ chunks: 3, chunksDone: 3, decided: 10, done: true });
      expect((await collected(redis, run.runId, q2)).out).toBe(
        (await decideCli(readFileSync(data("customers.ndjson"), "utf8"))).out,
      );
    } finally {
      await p1.close();
      await p2.close();
      await removeRun({ connection: redis.url, queue: q2, runId: run.runId });
    }
  });

  it("a run removed and enqueued again under its id: the earlier run's jobs write nothing into it, and a worker's cached settings are not reused", async () => {
    const qr = `reuse-${process.pid}`; // no worker on this queue: the test delivers the jobs itself
    const target = { connection: redis.url, queue: qr };
    const base = { ...target, policy: plan, message, chunkSize: 4, runId: "same-id" };
    const first = await enqueueRun({
      ...base,
      now: "2026-05-04T01:00:00Z",
      ndjson: data("customers.ndjson"),
    });
    const p = createChunkProcessor(target);
    try {
      // The worker decides chunk 0 of the first run (and keeps its settings), then the run goes.
      expect(
        (await p.process({ data: { run: "same-id", chunk: 0, token: first.token } })).written,
      ).toBe(true);
      await removeRun({ ...target, runId: "same-id" });
      const second = await enqueueRun({ ...base, now: NOW, ndjson: data("customers.ndjson") });
      expect(second.token).not.toBe(first.token);
      // A job of the first run, still held by a worker, is refused and writes nothing.
      await expect(
        p.process({ data: { run: "same-id", chunk: 1, token: first.token } }),
      ).rejects.toThrow(/earlier run of the same id/);
      const q = _openQueue(qr, target);
      const c = await q.client;
      expect(await c.get(`consentry:${qr}:run:{same-id}:out:1`)).toBeNull();
      await q.close();
      // The second run's jobs are decided with the second run's settings, not the cached ones.
      for (let i = 0; i < second.chunks; i++)
        expect(
          (await p.process({ data: { run: "same-id", chunk: i, token: second.token } })).written,
        ).toBe(true);
      expect((await collected(redis, "same-id", qr)).out).toBe(
        (await decideCli(readFileSync(data("customers.ndjson"), "utf8"))).out,
      );
    } finally {
      await p.close();
      await removeRun({ ...target, runId: "same-id" });
    }
  });

  it("removeRun deletes every key of the run, and the policy once no run uses it", async () => {
    const q3 = `rm-${process.pid}`;
    const a = await enqueueRun({
      connection: redis.url,
      queue: q3,
      policy: plan,
      message,
      now: NOW,
      chunkSize: 3,
      ndjson: data("customers.ndjson"),
      runId: "run-a",
    });
    const b = await enqueueRun({
      connection: redis.url,
      queue: q3,
      policy: plan,
      message,
      now: NOW,
      chunkSize: 3,
      ndjson: data("customers.ndjson"),
      runId: "run-b",
    });
    expect(a.policyDigest).toBe(b.policyDigest);
    const q = _openQueue(q3, { connection: redis.url });
    const keys = async () => {
      const c = await q.client;
      const [, found] = await c.scan("0", { MATCH: `consentry:${q3}:*`, COUNT: 10_000 });
      return found.sort();
    };
    try {
      expect((await keys()).filter((k) => k.includes("policy"))).toHaveLength(2);
      expect(await removeRun({ connection: redis.url, queue: q3, runId: "run-a" })).toBeGreaterThan(
        4,
      );
      expect((await keys()).some((k) => k.includes("{run-a}"))).toBe(false);
      expect((await keys()).filter((k) => k.includes("policy"))).toHaveLength(2);
      await removeRun({ connection: redis.url, queue: q3, runId: "run-b" });
      expect(await keys()).toEqual([]);
      expect(await q.getJobCounts("wait")).toEqual({ wait: 0 });
      await expect(
        runProgress({ connection: redis.url, queue: q3, runId: "run-a" }),
      ).rejects.toMatchObject({ code: "unknown_run" });
    } finally {
      await q.close();
    }
  });

  it("refuses plainly: a run id twice, a bad id, a bad chunk size, a policy workers cannot rebuild, an unknown run", async () => {
    const base = {
      connection: redis.url,
      queue,
      policy: plan,
      message,
      now: NOW,
      ndjson: data("customers.ndjson"),
    };
    await enqueueRun({ ...base, runId: "twice" });
    await expect(enqueueRun({ ...base, runId: "twice" })).rejects.toMatchObject({
      code: "run_exists",
    });
    await expect(enqueueRun({ ...base, runId: "has space" })).rejects.toMatchObject({
      code: "invalid_run_id",
    });
    await expect(enqueueRun({ ...base, chunkSize: 0 })).rejects.toMatchObject({
      code: "invalid_option",
    });
    const withFn = compilePolicy(
      definePolicy({ id: "typed", rules: [{ id: "vip", test: () => false }] }),
    );
    await expect(enqueueRun({ ...base, policy: withFn })).rejects.toMatchObject({
      code: "not_transferable",
    });
    await expect(
      enqueueRun({ ...base, message: { ...message, channels: ["pigeon"] } }),
    ).rejects.toThrow(/pigeon|channel/);
    const unknown = collectRun({ connection: redis.url, queue, runId: "never-enqueued" });
    await expect(unknown.summary()).rejects.toMatchObject({
      code: "unknown_run",
      runId: "never-enqueued",
    });
    await removeRun({ connection: redis.url, queue, runId: "twice" });
  });
});
