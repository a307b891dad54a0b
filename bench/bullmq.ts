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
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
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
const N = Number(process.env.BENCH_BULLMQ_N ?? 20_000);
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

/** CPU seconds (user + system) of a live process, from /proc (Linux); 0 where unreadable. */
function cpuOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime: fields 14 and 15, in ticks
  } catch {
    return 0;
  }
}
/** CPU seconds of this process's ended, waited-for children (cutime + cstime). */
function cpuOfChildren(): number {
  const f = readFileSync("/proc/self/stat", "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(f[13]) + Number(f[14])) / 100;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");

// A pool of realistic customers, cycled with fresh ids.
const pool = generateAudience(Math.min(N, 5_000), Date.parse(NOW), 42, REALISTIC);
// Written in pieces (a few hundred MB in one string would pass V8's limit), and in two halves
// too, for the machine's own ceiling: two independent processes at once.
{
  const all = openSync(file("customers.ndjson"), "w");
  const halves = [openSync(file("half-0.ndjson"), "w"), openSync(file("half-1.ndjson"), "w")];
  for (let i = 0; i < N; i++) {
    const line = `${JSON.stringify({ ...pool[i % pool.length], id: `cust-${i}` })}\n`;
    writeSync(all, line);
    writeSync(halves[i < N / 2 ? 0 : 1] as number, line);
  }
  for (const fd of [all, ...halves]) closeSync(fd);
}
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
  let c0 = cpuOfChildren();
  await consentry(["decide", ...FLAGS, file("customers.ndjson")], file("one.ndjson"));
  const oneS = (performance.now() - t) / 1000;
  const oneCpu = cpuOfChildren() - c0;
  const one = readFileSync(file("one.ndjson"));
  console.log(
    `| what | chunk size | seconds | decisions/s | vs one process | CPU s: enqueue, collect, workers, Redis | bound on 2 idle cores | load average (1, 5, 15 min) before |`,
  );
  console.log(`| --- | ---: | ---: | ---: | ---: | --- | ---: | --- |`);
  console.log(
    `| \`consentry decide\`, one process | – | ${oneS.toFixed(2)} | ${Math.round(N / oneS).toLocaleString("en-US")} | 1.00× | ${oneCpu.toFixed(2)} | 1.00× | ${l1} |`,
  );

  // The machine's own ceiling: two independent `consentry decide` processes, each on half.
  {
    const l = load();
    const t2 = performance.now();
    const c2 = cpuOfChildren();
    await Promise.all(
      [0, 1].map((h) =>
        consentry(["decide", ...FLAGS, file(`half-${h}.ndjson`)], file(`half-${h}.out.ndjson`)),
      ),
    );
    const s2 = (performance.now() - t2) / 1000;
    const cpu2 = cpuOfChildren() - c2;
    const joined = Buffer.concat([0, 1].map((h) => readFileSync(file(`half-${h}.out.ndjson`))));
    if (!joined.equals(one)) throw new Error("the two halves' decisions differ from the whole's");
    console.log(
      `| two \`consentry decide\` at once, each on half (the machine's ceiling) | – | ${s2.toFixed(2)} | ${Math.round(N / s2).toLocaleString("en-US")} | ${(oneS / s2).toFixed(2)}× | ${cpu2.toFixed(2)} | ${((2 * oneCpu) / Math.max(cpu2, oneCpu)).toFixed(2)}× | ${l} |`,
    );
  }

  const target = ["--redis", redis.url, "--queue", "bench"];
  for (let w = 0; w < 2; w++) {
    const p = spawn(process.execPath, [cli, "work", ...target, "--quiet"], { stdio: "ignore" });
    workers.push(p);
  }
  await new Promise((r) => setTimeout(r, 3_000)); // the workers connect
  const efficiency: number[] = [];
  for (const chunk of CHUNKS) {
    const l = load();
    t = performance.now();
    const w0 = workers.map((w) => cpuOf(w.pid));
    const r0 = cpuOf(redis.pid);
    c0 = cpuOfChildren();
    const enq = await consentry([
      "enqueue",
      ...FLAGS,
      ...target,
      "--chunk-size",
      String(chunk),
      file("customers.ndjson"),
    ]);
    const runId = enq.stdout.trim();
    const enqCpu = cpuOfChildren() - c0;
    await consentry(
      ["collect", "--run", runId, "--remove", "--quiet", ...target],
      file("two.ndjson"),
    );
    const s = (performance.now() - t) / 1000;
    const colCpu = cpuOfChildren() - c0 - enqCpu;
    const wCpu = workers.map((w, i) => cpuOf(w.pid) - (w0[i] ?? 0));
    const rCpu = cpuOf(redis.pid) - r0;
    const total = enqCpu + colCpu + wCpu.reduce((a, b) => a + b, 0) + rCpu;
    // On two idle cores the run takes at least its total CPU over two, and at least its busiest
    // process's CPU: the speed-up it allows against the one process's CPU.
    const bound = oneCpu / Math.max(total / 2, ...wCpu, enqCpu, colCpu, rCpu);
    efficiency.push(oneCpu / wCpu.reduce((a, b) => a + b, 0));
    const same = one.equals(readFileSync(file("two.ndjson")));
    if (!same)
      throw new Error(
        `chunk size ${chunk}: the distributed decisions differ from consentry decide's`,
      );
    console.log(
      `| enqueue + 2 \`work\` + collect (same bytes) | ${chunk} | ${s.toFixed(2)} | ${Math.round(N / s).toLocaleString("en-US")} | ${(oneS / s).toFixed(2)}× | ${[enqCpu, colCpu, ...wCpu, rCpu].map((x) => x.toFixed(2)).join(", ")} | ${bound.toFixed(2)}× | ${l} |`,
    );
  }
  console.log(
    `\nWorkers' efficiency (one process's CPU over the workers' CPU, by chunk size): ${efficiency.map((e) => `${e.toFixed(2)}`).join(", ")}: on machines of their own, with the producer, Redis and the collector elsewhere, n workers decide about that many times n as fast as one process.`,
  );
  console.log(
    `\nThe producer runs while the workers decide (it reads lines and stores them, it does not parse them), and the collector writes each chunk as soon as it is decided; all four processes and Redis share this machine's cores. "Bound on 2 idle cores" is the speed-up the CPU times allow (one process's CPU over the larger of half the run's total CPU and its busiest process's CPU): on a loaded machine it is the figure to read, the wall-clock ratio is what this machine gave at the load shown.`,
  );
} finally {
  for (const w of workers) w.kill("SIGTERM");
  await Promise.all(workers.map((w) => (w.exitCode !== null ? undefined : once(w, "exit"))));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
