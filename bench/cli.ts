/**
 * The command line, end to end: NDJSON lines piped into the built `consentry decide`, decisions
 * counted on its standard output, peak memory read by /usr/bin/time where it exists. Shared by
 * `npm run bench` and `npm run bench:cli`.
 */
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CustomerInput } from "consentry";
import { message, policy } from "./baseline.js";

const cliBin = join(import.meta.dirname, "..", "dist", "cli", "main.js");
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

export async function cli(
  n: number,
  tails: string[],
  now: number,
): Promise<{ seconds: number; rssMb: number; bytesPerLine: number }> {
  const useTime = existsSync("/usr/bin/time");
  const args = [
    ...(useTime ? ["-f", "MAXRSS_KB=%M", process.execPath] : []),
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
  return { seconds: (performance.now() - t0) / 1000, rssMb: kb / 1024, bytesPerLine: bytes / n };
}
