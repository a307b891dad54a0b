/**
 * `npm run bench:cli`: streams N generated customers (default 1,000,000) through the built CLI
 * (`consentry decide`, NDJSON in and out) and reports throughput and the CLI's peak memory, to
 * show memory stays flat whatever the audience size. Run `npm run build` first.
 */
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { audienceStream } from "./audience.js";

const N = Number(process.env.BENCH_N ?? 1_000_000);
const NOW = "2026-05-04T12:00:00Z";
const bin = join(import.meta.dirname, "..", "dist", "cli", "main.js");
if (!existsSync(bin)) throw new Error("build first: npm run build");

const dir = tmpdir();
const policy = join(dir, "consentry-bench-policy.json");
const message = join(dir, "consentry-bench-message.json");
writeFileSync(
  policy,
  JSON.stringify({
    id: "bench",
    quietHours: [{ id: "nights", windows: [{ from: "21:00", until: "08:00" }] }],
    caps: [{ id: "three", max: 3, window: "P7D" }],
  }),
);
writeFileSync(message, JSON.stringify({ purpose: "marketing", channels: ["email", "sms"] }));

async function measure(
  n: number,
): Promise<{ n: number; seconds: number; maxRssMb: number; lines: number }> {
  const useTime = existsSync("/usr/bin/time");
  const cmd = useTime ? "/usr/bin/time" : process.execPath;
  const args = [
    ...(useTime ? ["-f", "MAXRSS_KB=%M", process.execPath] : []),
    bin,
    "decide",
    "--policy",
    policy,
    "--message",
    message,
    "--now",
    NOW,
    "--quiet",
    "-",
  ];
  const t0 = performance.now();
  const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
  let lines = 0;
  let err = "";
  child.stdout.on("data", (b: Buffer) => {
    for (const c of b) if (c === 10) lines++;
  });
  child.stderr.on("data", (b: Buffer) => {
    err += b.toString();
  });
  const done = new Promise<number>((r) => child.on("close", (code) => r(code ?? 0)));
  let buf = "";
  for (const c of audienceStream(n, Date.parse(NOW))) {
    buf += `${JSON.stringify(c)}\n`;
    if (buf.length > 1 << 20) {
      if (!child.stdin.write(buf)) await new Promise((r) => child.stdin.once("drain", r));
      buf = "";
    }
  }
  child.stdin.end(buf);
  await done;
  const seconds = (performance.now() - t0) / 1000;
  const kb = Number(/MAXRSS_KB=(\d+)/.exec(err)?.[1] ?? Number.NaN);
  return { n, seconds, maxRssMb: kb / 1024, lines };
}

console.log(`Node ${process.version}; consentry decide over generated NDJSON, stdin to stdout`);
for (const n of [N / 100, N / 10, N]) {
  const r = await measure(n);
  console.log(
    `${String(r.n).padStart(9)} customers: ${r.lines} decisions in ${r.seconds.toFixed(1)} s, ${Math.round(r.n / r.seconds).toLocaleString("en-US")}/s end to end, peak RSS ${r.maxRssMb.toFixed(0)} MB`,
  );
}
