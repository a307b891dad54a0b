/**
 * A real Redis for the distributed tests: Debian's `redis-server` started on a free local port
 * with a throw-away directory (no snapshots, no append-only file unless `persistent`), or the one
 * `REDIS_URL` names. `CONSENTRY_REQUIRE_REDIS=1` (`npm run test:distributed`) makes a missing
 * Redis a failure; otherwise the suites are skipped and say why.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** `redis-server` on PATH, or undefined. */
export function redisServerPath(): string | undefined {
  const r = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  const p = r.stdout.trim();
  return r.status === 0 && p !== "" ? p : undefined;
}

/** True when the distributed tests can run here: `REDIS_URL` is set or `redis-server` is installed. */
export const REDIS_AVAILABLE =
  (process.env.REDIS_URL ?? "") !== "" || redisServerPath() !== undefined;
/** True when a missing Redis must fail the run (`npm run test:distributed`). */
export const REDIS_REQUIRED = process.env.CONSENTRY_REQUIRE_REDIS === "1";
/** Why the suites did not run, for the skip message. */
export const NO_REDIS =
  "no redis-server on this machine and no REDIS_URL: install Debian's redis-server (apt-get install -y redis-server) or set REDIS_URL; 'npm run test:distributed' requires it";

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Sends PING and resolves true on +PONG within `ms`. */
export function ping(port: number, host = "127.0.0.1", ms = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = new Socket();
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(ms, () => done(false));
    sock.once("error", () => done(false));
    sock.connect(port, host, () => sock.write("PING\r\n"));
    sock.once("data", (d) => done(d.toString().startsWith("+PONG")));
  });
}

/** A Redis for a test file. */
export interface TestRedis {
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** True when this helper started it (and can kill and restart it). */
  readonly owned: boolean;
  /** The server's process id while it runs (owned only), for benchmarks that read its CPU time. */
  readonly pid?: number | undefined;
  /** SIGKILLs the server (owned only). */
  kill(): Promise<void>;
  /** Starts it again on the same port and directory (owned only). */
  restart(): Promise<void>;
  /** Stops it and deletes its directory. */
  stop(): Promise<void>;
}

/**
 * Starts `redis-server` on a free port in a fresh directory, or uses `REDIS_URL` (then `kill`
 * and `restart` throw). `persistent`: an append-only file fsynced on every write, so a restart
 * keeps everything.
 */
export async function startRedis(
  options: { persistent?: boolean; external?: boolean } = {},
): Promise<TestRedis> {
  const env = process.env.REDIS_URL ?? "";
  if (env !== "" && options.external !== false)
    return {
      url: env,
      owned: false,
      kill: () => Promise.reject(new Error("REDIS_URL given: the test cannot kill that Redis")),
      restart: () =>
        Promise.reject(new Error("REDIS_URL given: the test cannot restart that Redis")),
      stop: async () => {},
    };
  const bin = redisServerPath();
  if (bin === undefined) throw new Error(NO_REDIS);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "consentry-redis-"));
  const args = [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--dir",
    dir,
    "--save",
    "",
    ...(options.persistent
      ? ["--appendonly", "yes", "--appendfsync", "always"]
      : ["--appendonly", "no"]),
    "--protected-mode",
    "no",
    "--loglevel",
    "warning",
  ];
  let proc: ChildProcess | undefined;
  const up = async () => {
    proc = spawn(bin, args, { stdio: "ignore" });
    const deadline = Date.now() + 10_000;
    while (!(await ping(port))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const down = async (signal: NodeJS.Signals) => {
    const p = proc;
    proc = undefined;
    if (p === undefined || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once("exit", r));
    p.kill(signal);
    await exited;
  };
  await up();
  return {
    url: `redis://127.0.0.1:${port}`,
    owned: true,
    get pid() {
      return proc?.pid;
    },
    kill: () => down("SIGKILL"),
    restart: up,
    async stop() {
      await down("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
