/**
 * Scale-out on BullMQ and Redis against one process, on this machine: the built `consentry
 * decide` on a realistic NDJSON export (bench/baseline.ts's policy, the performance issue's mix:
 * ledgers of 1–50 events, histories of 0–200 sends, a quarter of customers in the night), then
 * the same export through `consentry enqueue`, two `consentry work` processes and `consentry
 * collect`, at several chunk sizes. Wall-clock time from the first byte read to the last decision
 * written, for both; the outputs are checked to be the same bytes before anything is reported.
 * The load average is printed beside every figure: on a shared machine it says how far to trust
 * it. Redis: `redis-server` started on a free port (test/bullmq-redis.ts), or REDIS_URL.
 *
 * Run: `npm run build && npx tsx bench/bullmq.ts` (`npm run bench:bullmq`). Size:
 * `BENCH_BULLMQ_N=20000` (default 10,000); chunk sizes: `BENCH_BULLMQ_CHUNKS=100,500,2000`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { startRedis } from "../test/bullmq-redis.js";
import { generateAudience, REALISTIC } from "./audience.js";
import { message, policy } from "./baseline.js";
import { machine } from "./measure.js";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist", "cli", "main.js");
if (!existsSync(cli)) throw new Error("build first: npm run build");
const N = Number(process.env.BENCH_BULLMQ_N ?? 10_000);
const CHUNKS = (process.env.BENCH_BULLMQ_CHUNKS ?? "100,500,2000").split(",").map(Number);
const NOW = "2026-05-04T12:00:00Z";
const dir = mkdtempSync(join(tmpdir(), "consentry-bench-bullmq-"));
const file = (f: string) => join(dir, f);
writeFileSync(file("policy.json"), JSON.stringify(policy));
writeFileSync(file("message.json"), JSON.stringify(message));
const FLAGS = [
  "--policy",
  file("policy.json"),
  "--message",
  file("message.json"),
  "--now",
  NOW,
  "--quiet",
];

/** Runs the CLI with `args`, standard output to `out` (a file), and resolves with its exit status. */
async function consentry(
  args: string[],
  out?: string,
  input?: string,
): Promise<{ code: number | null; stdout: string }> {
  const p = spawn(process.execPath, [cli, ...args], {
    stdio: [input === undefined ? "ignore" : "pipe", "pipe", "inherit"],
  });
  let stdout = "";
  if (out !== undefined) p.stdout?.pipe(createWriteStream(out));
  else
    p.stdout?.on("data", (d) => {
      stdout += d;
    });
  if (input !== undefined && p.stdin) createReadStream(input).pipe(p.stdin);
  const [code] = (await once(p, "close")) as [number | null];
  return { code, stdout };
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");

// A pool of realistic customers, cycled with fresh ids.
const pool = generateAudience(Math.min(N, 5_000), Date.parse(NOW), 42, REALISTIC);
const lines: string[] = [];
for (let i = 0; i < N; i++)
  lines.push(JSON.stringify({ ...pool[i % pool.length], id: `cust-${i}` }));
writeFileSync(file("customers.ndjson"), `${lines.join("\n")}\n`);
const mb = readFileSync(file("customers.ndjson")).length / 1e6;

console.log(`# consentry/bullmq: one process against two worker processes\n`);
console.log(
  `${machine()}; ${N.toLocaleString("en-US")} realistic customers (${mb.toFixed(0)} MB of NDJSON, ${Math.round((mb * 1e6) / N).toLocaleString("en-US")} bytes a line)\n`,
);

const redis = await startRedis();
const workers: ChildProcess[] = [];
try {
  let t = performance.now();
  const l1 = load();
  await consentry(["decide", ...FLAGS, file("customers.ndjson")], file("one.ndjson"));
  const oneS = (performance.now() - t) / 1000;
  const one = readFileSync(file("one.ndjson"));
  console.log(
    `| what | chunk size | seconds | decisions/s | vs one process | load average (1, 5, 15 min) before |`,
  );
  console.log(`| --- | ---: | ---: | ---: | ---: | --- |`);
  console.log(
    `| \`consentry decide\`, one process | – | ${oneS.toFixed(2)} | ${Math.round(N / oneS).toLocaleString("en-US")} | 1.00× | ${l1} |`,
  );

  const target = ["--redis", redis.url, "--queue", "bench"];
  for (let w = 0; w < 2; w++) {
    const p = spawn(process.execPath, [cli, "work", ...target, "--quiet"], { stdio: "ignore" });
    workers.push(p);
  }
  await new Promise((r) => setTimeout(r, 3_000)); // the workers connect
  for (const chunk of CHUNKS) {
    const l = load();
    t = performance.now();
    const enq = await consentry([
      "enqueue",
      ...FLAGS,
      ...target,
      "--chunk-size",
      String(chunk),
      file("customers.ndjson"),
    ]);
    const runId = enq.stdout.trim();
    await consentry(
      ["collect", "--run", runId, "--remove", "--quiet", ...target],
      file("two.ndjson"),
    );
    const s = (performance.now() - t) / 1000;
    const same = one.equals(readFileSync(file("two.ndjson")));
    if (!same)
      throw new Error(
        `chunk size ${chunk}: the distributed decisions differ from consentry decide's`,
      );
    console.log(
      `| enqueue + 2 \`work\` + collect (same bytes) | ${chunk} | ${s.toFixed(2)} | ${Math.round(N / s).toLocaleString("en-US")} | ${(oneS / s).toFixed(2)}× | ${l} |`,
    );
  }
  console.log(
    `\nThe producer runs while the workers decide (it reads lines and stores them, it does not parse them), and the collector writes each chunk as soon as it is decided; all four processes and Redis share this machine's cores.`,
  );
} finally {
  for (const w of workers) w.kill("SIGTERM");
  await Promise.all(workers.map((w) => (w.exitCode !== null ? undefined : once(w, "exit"))));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
