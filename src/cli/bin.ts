#!/usr/bin/env node
/**
 * The `consentry` executable: wires `main` to the process (streams, environment, exit status)
 * and re-runs the streaming commands with a small heap. Everything else is in `main.ts`, which
 * is loaded only by the process that runs the command: a parent that re-runs itself loads no
 * more than this file (loading the commands and the engine costs about 0.15 s of CPU and
 * 30 MB, which the parent would otherwise spend and hold for nothing).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * A streaming run holds little live data, but V8 sizes its heap to the allocation rate and lets
 * a million-record `decide` grow past 200 MB of garbage. Unless the user chose a heap limit, the
 * streaming commands re-run themselves once with a small old space (V8 ignores that flag once
 * started). `CONSENTRY_NO_RESPAWN=1` turns this off.
 */
function respawnWithSmallHeap(argv: string[]): boolean {
  const streaming = argv[0] === "decide" || argv[0] === "diff";
  const chosen =
    process.execArgv.some((a) => a.startsWith("--max-old-space-size")) ||
    (process.env.NODE_OPTIONS ?? "").includes("--max-old-space-size") ||
    process.env.CONSENTRY_NO_RESPAWN === "1";
  if (!streaming || chosen || argv.includes("--help") || argv.includes("-h")) return false;
  const child = spawn(
    process.execPath,
    ["--max-old-space-size=96", ...process.execArgv, fileURLToPath(import.meta.url), ...argv],
    { stdio: "inherit", env: { ...process.env, CONSENTRY_NO_RESPAWN: "1" } },
  );
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("error", (e) => {
    process.stderr.write(`consentry: cannot start: ${e.message}\n`);
    process.exitCode = 2;
  });
  child.on("exit", (code, signal) => {
    process.exitCode = signal === null ? (code ?? 2) : 2;
  });
  return true;
}

const argv = process.argv.slice(2);
if (!respawnWithSmallHeap(argv))
  import("./main.js")
    .then(({ main }) => main(argv, process))
    .then(
      (code) => {
        process.exitCode = code;
      },
      // main never rejects; this is the last guard (and a bundle that does not load).
      (e: unknown) => {
        process.stderr.write(`consentry: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
      },
    );
