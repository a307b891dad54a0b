/**
 * The distributed command line against a real Redis, as a marketing script runs it: `consentry
 * enqueue`, two `consentry work` processes and `consentry collect` write what `consentry decide`
 * writes on one machine, byte for byte (standard error and exit status too); `status` reads the
 * progress; without bullmq installed the rest of the CLI works and these commands say what to
 * install; examples/sharding/bullmq.ts (two worker processes equal one process) runs.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  freePort,
  NO_REDIS,
  REDIS_AVAILABLE,
  REDIS_REQUIRED,
  startRedis,
  type TestRedis,
} from "./bullmq-redis.js";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli", "main.js");
const data = (f: string) => join(root, "examples", "data", f);
const FLAGS = [
  "--policy",
  data("policy.json"),
  "--message",
  data("message.json"),
  "--now",
  "2026-05-04T19:30:00Z",
  "--history",
  data("sends.ndjson"),
  "--spread",
  "PT2H",
];

interface Ran {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the built `consentry` with `args` (and `input` on standard input) to the end. */
function consentry(
  args: string[],
  opts: { input?: string; bin?: string; env?: Record<string, string> } = {},
): Promise<Ran> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [opts.bin ?? cli, ...args], {
      env: { ...process.env, ...opts.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    p.stderr.on("data", (d) => {
      err += d;
    });
    p.stdin.end(opts.input ?? "");
    p.once("close", (code) => resolve({ code, out, err }));
  });
}

if (!REDIS_AVAILABLE && !REDIS_REQUIRED)
  describe("consentry enqueue/work/collect", () => {
    it.skip(`not run: ${NO_REDIS}`, () => {});
  });

describe.runIf(REDIS_AVAILABLE || REDIS_REQUIRED)(
  "consentry enqueue/work/collect/status on a real Redis",
  () => {
    let redis: TestRedis;
    beforeAll(async () => {
      if (!existsSync(cli)) throw new Error("build first: npm run build");
      redis = await startRedis();
    }, 60_000);
    afterAll(async () => {
      await redis?.stop();
    });

    it("enqueue, two work processes and collect write what decide writes, byte for byte, stderr and exit status too", async () => {
      const queue = `cli-${process.pid}`;
      const target = ["--redis", redis.url, "--queue", queue];
      const one = await consentry(["decide", ...FLAGS, "--quiet", data("customers.ndjson")]);
      expect(one.code).toBe(1); // the example export has invalid lines
      // The export on standard input, as a pipe delivers it.
      const input = (await import("node:fs")).readFileSync(data("customers.ndjson"), "utf8");
      const enq = await consentry(["enqueue", ...FLAGS, ...target, "--chunk-size", "2", "-"], {
        input,
      });
      expect(enq.code).toBe(0);
      const runId = enq.out.trim();
      expect(runId).toMatch(/^run-[a-z0-9]+-[a-z0-9]+$/);
      expect(enq.err).toBe(`enqueued run ${runId}: 10 records in 5 chunks\n`);
      const before = await consentry(["status", "--run", runId, "--json", ...target]);
      expect(JSON.parse(before.out)).toMatchObject({
        runId,
        state: "enqueued",
        chunks: 5,
        chunksDone: 0,
        records: 10,
        done: false,
      });
      const workers: ChildProcess[] = [0, 1].map(() =>
        spawn(process.execPath, [cli, "work", ...target, "--run", runId, "--quiet"], {
          stdio: "ignore",
        }),
      );
      const got = await consentry(["collect", "--run", runId, "--quiet", ...target]);
      await Promise.all(
        workers.map((w) =>
          w.exitCode !== null ? undefined : new Promise((r) => w.once("exit", r)),
        ),
      );
      expect(workers.map((w) => w.exitCode)).toEqual([0, 0]);
      expect(got.out).toBe(one.out);
      expect(got.err).toBe(one.err);
      expect(got.code).toBe(one.code);
      const status = await consentry(["status", "--run", runId, ...target]);
      expect(status.out).toMatch(
        new RegExp(
          `^run ${runId}: done, 5 of 5 chunks decided, 10 of 10 records, [0-9,]+ decisions/s\\n$`,
        ),
      );
      // --remove: collected once more, then gone.
      expect(
        (await consentry(["collect", "--run", runId, "--remove", "--quiet", ...target])).out,
      ).toBe(one.out);
      const gone = await consentry(["status", "--run", runId, ...target]);
      expect(gone).toMatchObject({
        code: 2,
        err: `consentry status: no run '${runId}' in Redis\n`,
      });
    }, 120_000);

    it("bad usage and an unreachable Redis: one plain message, exit 2", async () => {
      expect(await consentry(["collect", "--redis", redis.url])).toMatchObject({
        code: 2,
        err: expect.stringMatching(/^consentry collect: collect needs --run/),
      });
      expect(await consentry(["enqueue", "--redis", redis.url])).toMatchObject({
        code: 2,
        err: expect.stringMatching(/enqueue needs --policy and --message/),
      });
      expect(
        await consentry(["enqueue", ...FLAGS, "--chunk-size", "0", data("customers.ndjson")]),
      ).toMatchObject({
        code: 2,
        err: expect.stringMatching(/--chunk-size must be a positive integer/),
      });
      const closed = `redis://127.0.0.1:${await freePort()}`;
      expect(await consentry(["status", "--run", "x", "--redis", closed])).toMatchObject({
        code: 2,
        err: `consentry status: cannot reach Redis at ${closed}\n`,
      });
    }, 60_000);

    it("examples/sharding/bullmq.ts: two worker processes decide what one process decides", () => {
      const r = spawnSync(
        "npx",
        ["--no-install", "tsx", "examples/sharding/bullmq.ts", redis.url],
        { cwd: root, encoding: "utf8", timeout: 120_000 },
      );
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(
        /: 400 decisions from 20 chunks on 2 workers; equal to one process: true\n$/,
      );
      expect(r.stdout.match(/^worker \d+: \d+ chunks$/gm)).toHaveLength(2);
    }, 150_000);
  },
);

describe("the command line without bullmq installed", () => {
  it("works as before, lists the distributed commands, and says what to install when one is used", async () => {
    if (!existsSync(cli)) throw new Error("build first: npm run build");
    // The built CLI in a directory whose node_modules has everything but bullmq (and its ioredis).
    const dir = mkdtempSync(join(tmpdir(), "consentry-nobullmq-"));
    try {
      cpSync(join(root, "dist"), join(dir, "dist"), { recursive: true });
      cpSync(join(root, "package.json"), join(dir, "package.json"));
      mkdirSync(join(dir, "node_modules"));
      for (const m of readdirSync(join(root, "node_modules")))
        if (m !== "bullmq" && m !== "ioredis" && m !== ".bin")
          symlinkSync(join(root, "node_modules", m), join(dir, "node_modules", m));
      const bin = join(dir, "dist", "cli", "main.js");
      const help = await consentry(["--help"], { bin });
      expect(help.code).toBe(0);
      for (const c of ["enqueue", "work", "collect", "status", "decide"])
        expect(help.out).toMatch(new RegExp(`^  ${c} `, "m"));
      expect((await consentry(["enqueue", "--help"], { bin })).out).toMatch(
        /^Usage: consentry enqueue/,
      );
      const decided = await consentry(["decide", ...FLAGS, "--quiet", data("customers.ndjson")], {
        bin,
      });
      expect(decided.code).toBe(1);
      expect(decided.out.trimEnd().split("\n")).toHaveLength(10);
      for (const c of ["enqueue", "work", "collect", "status"])
        expect(await consentry([c, "--run", "x"], { bin })).toMatchObject({
          code: 2,
          out: "",
          err: `consentry ${c}: needs the optional package bullmq: npm install bullmq (and a Redis server)\n`,
        });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
