/**
 * The command line, end to end: NDJSON lines piped into the built `consentry decide`, decisions
 * counted on its standard output, peak memory and CPU time read by /usr/bin/time where it exists.
 * Shared by `npm run bench` and `npm run bench:cli`.
 *
 * The machine is shared and has two cores, and this process produces the lines while the CLI
 * reads them, so wall time measures the load as much as the CLI. The fair figure is the CLI's own
 * CPU time (user + system, its re-spawned child included) against the floor's: a plain Node
 * script fed the same lines by the same producer, which parses each line and writes a small JSON
 * object per line (`floor: true`). Compare ratios, not rates.
 */
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CustomerInput } from "consentry";
import { message, policy } from "./baseline.js";

/** The built CLI; `BENCH_CLI_BIN` names another build, to compare two. */
const cliBin =
  process.env.BENCH_CLI_BIN ?? join(import.meta.dirname, "..", "dist", "cli", "main.js");
const dir = tmpdir();
const policyFile = join(dir, "consentry-bench-policy.json");
const messageFile = join(dir, "consentry-bench-message.json");
writeFileSync(policyFile, JSON.stringify(policy));
writeFileSync(messageFile, JSON.stringify(message));

/** NDJSON lines of the pool, each with its id cut off so a fresh one can be put in front. */
export function linesOf(customers: readonly CustomerInput[]): string[] {
  return customers.map((c) => {
    const json = JSON.stringify(c);
    const prefix = `{"id":${JSON.stringify(c.id)}`;
    if (!json.startsWith(prefix)) throw new Error("id must come first");
    return json.slice(prefix.length);
  });
}

/**
 * The floor of the CLI's job: read NDJSON lines from standard input, `JSON.parse` each and write
 * a small JSON object per line, in 64 KB writes that wait for a full pipe, as the CLI does.
 */
const FLOOR = `
import { createInterface } from "node:readline";
let out = [];
let size = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.length === 0) continue;
  const v = JSON.parse(line);
  const s = JSON.stringify({ customerId: v.id, verdict: "send", channel: "email" });
  out.push(s);
  size += s.length + 1;
  if (size >= 65536) {
    if (!process.stdout.write(out.join("\\n") + "\\n")) await new Promise((r) => process.stdout.once("drain", r));
    out = [];
    size = 0;
  }
}
if (out.length > 0) process.stdout.write(out.join("\\n") + "\\n");
`;

/** One run through the CLI (or the floor): wall and CPU seconds, peak RSS, input size. */
export interface CliRun {
  /** Wall time, the producer included. */
  readonly seconds: number;
  /** The consumer's CPU time, user + system (NaN without /usr/bin/time). */
  readonly cpuSeconds: number;
  /** The consumer's peak RSS in MiB (NaN without /usr/bin/time). */
  readonly rssMb: number;
  readonly bytesPerLine: number;
}

/**
 * Pipes `n` lines (`tails` cycled, each with a fresh id) into `consentry decide`, or into the
 * floor script with `floor: true`, and counts the lines that come out.
 */
export async function cli(
  n: number,
  tails: string[],
  now: number,
  options: { floor?: boolean } = {},
): Promise<CliRun> {
  const useTime = existsSync("/usr/bin/time");
  const target = options.floor
    ? ["--input-type=module", "-e", FLOOR]
    : [
        cliBin,
        "decide",
        "--policy",
        policyFile,
        "--message",
        messageFile,
        "--now",
        new Date(now).toISOString(),
        "--quiet",
        "-",
      ];
  const args = [
    ...(useTime ? ["-f", "MAXRSS_KB=%M CPU_S=%U+%S", process.execPath] : []),
    ...target,
  ];
  const t0 = performance.now();
  const child = spawn(useTime ? "/usr/bin/time" : process.execPath, args, {
    stdio: ["pipe", "pipe", "pipe"],
  });
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
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    buf += `{"id":"cust-${i}"${tails[i % tails.length]}\n`;
    if (buf.length > 1 << 20) {
      bytes += buf.length;
      if (!child.stdin.write(buf)) await new Promise((r) => child.stdin.once("drain", r));
      buf = "";
    }
  }
  bytes += buf.length;
  child.stdin.end(buf);
  const code = await done;
  if (lines !== n || code > 1) throw new Error(`CLI wrote ${lines} of ${n} lines, exit ${code}`);
  const kb = Number(/MAXRSS_KB=(\d+)/.exec(err)?.[1] ?? Number.NaN);
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(err);
  return {
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: cpu === null ? Number.NaN : Number(cpu[1]) + Number(cpu[2]),
    rssMb: kb / 1024,
    bytesPerLine: bytes / n,
  };
}

/**
 * The CLI against its floor, alternated `reps` times on the same lines: the median ratio of CPU
 * times (CLI / floor), the CLI's median rate by CPU time and its largest peak RSS.
 */
export async function cliVsFloor(
  n: number,
  tails: string[],
  now: number,
  reps = 3,
): Promise<{
  ratio: number;
  cpuRate: number;
  wallRate: number;
  rssMb: number;
  bytesPerLine: number;
}> {
  const ratios: number[] = [];
  const cpus: number[] = [];
  const walls: number[] = [];
  let rssMb = 0;
  let bytesPerLine = 0;
  for (let r = 0; r < reps; r++) {
    const f = await cli(n, tails, now, { floor: true });
    const c = await cli(n, tails, now);
    ratios.push(c.cpuSeconds / f.cpuSeconds);
    cpus.push(c.cpuSeconds);
    walls.push(c.seconds);
    rssMb = Math.max(rssMb, c.rssMb);
    bytesPerLine = c.bytesPerLine;
  }
  const median = (xs: number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  return {
    ratio: median(ratios),
    cpuRate: n / median(cpus),
    wallRate: n / median(walls),
    rssMb,
    bytesPerLine,
  };
}
