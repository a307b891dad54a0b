/**
 * The bodies of `consentry enqueue`, `work`, `collect` and `status` (named, with their help, in
 * `commands.ts`). Loaded only when one runs: this module loads `bullmq`.
 */
import { connect } from "node:net";
import { parseArgs } from "node:util";
import { CliError, type CommandIo, UsageError } from "../cli/io.js";
import { invalidLine, loadHistory, loadMessage, loadPolicy, parseNow } from "../cli/load.js";
import { LineWriter, Progress, plural, readJsonFile } from "../cli/ndjson.js";
import type { MessageInput } from "../model/message.js";
import { collectRun, removeRun, runProgress } from "./collect.js";
import { RunError } from "./errors.js";
import { _connectionOptions, type RunTarget } from "./keys.js";
import { startWorker } from "./processor.js";
import { enqueueRun } from "./producer.js";

/** The options every distributed command takes. */
const TARGET = {
  redis: { type: "string" },
  queue: { type: "string" },
} as const;

/** Where Redis is: `--redis`, else `$REDIS_URL`, else the local default. */
function _target(
  values: { redis?: string | undefined; queue?: string | undefined },
  io: CommandIo,
): RunTarget {
  const url = values.redis ?? io.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  return { connection: url, queue: values.queue };
}

/**
 * Fails within a few seconds, plainly, when nothing listens where Redis should be (rather than
 * retrying on and on): a TCP connection to its host and port, closed at once.
 */
async function _reachable(t: RunTarget): Promise<void> {
  const o = _connectionOptions(t.connection) as { host?: string; port?: number; path?: string };
  if (o.path !== undefined) return; // a Unix socket: BullMQ reports it
  const host = o.host ?? "127.0.0.1";
  const port = o.port ?? 6379;
  const ok = await new Promise<boolean>((resolve) => {
    const sock = connect({ host, port });
    const done = (v: boolean) => {
      sock.destroy();
      resolve(v);
    };
    sock.setTimeout(5_000, () => done(false));
    sock.once("error", () => done(false));
    sock.once("connect", () => done(true));
  });
  if (!ok)
    throw new CliError(
      `cannot reach Redis at ${typeof t.connection === "string" ? t.connection : `${host}:${port}`}`,
    );
}

/** Runs a body, turning a `RunError` into a message the user reads (exit 2). */
async function _guard(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof RunError) throw new CliError(e.message);
    throw e;
  }
}

/** A positive integer option. */
function _int(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} must be a positive integer, not '${v}'`);
  return n;
}

/** `--run`, required. */
function _runId(v: string | undefined, command: string): string {
  if (v === undefined)
    throw new UsageError(`${command} needs --run (the id 'consentry enqueue' printed)`);
  return v;
}

async function enqueue(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      policy: { type: "string" },
      message: { type: "string" },
      now: { type: "string" },
      history: { type: "string" },
      spread: { type: "string" },
      "chunk-size": { type: "string" },
      run: { type: "string" },
      quiet: { type: "boolean", default: false },
      ...TARGET,
    },
    allowPositionals: true,
  });
  if (values.policy === undefined || values.message === undefined)
    throw new UsageError("enqueue needs --policy and --message");
  if (positionals.length > 1)
    throw new UsageError(`enqueue reads one CUSTOMERS file, not ${positionals.length}`);
  const chunkSize = _int(values["chunk-size"], "--chunk-size");
  // Checked as 'decide' checks them, before Redis is touched.
  const plan = loadPolicy(values.policy);
  loadMessage(plan, values.message, values.spread);
  const message = readJsonFile(values.message, "message") as MessageInput;
  const now = parseNow(values.now);
  const history = await loadHistory(values.history, io);
  const target = _target(values, io);
  await _reachable(target);
  const path = positionals[0];
  const fromStdin = path === undefined || path === "-";
  return _guard(async () => {
    const r = await enqueueRun({
      ...target,
      policy: plan,
      message,
      now,
      spread: values.spread,
      history: history.size === 0 ? undefined : history,
      chunkSize,
      runId: values.run,
      ndjson: fromStdin ? io.stdin : path,
    });
    io.stdout.write(`${r.runId}\n`);
    if (!values.quiet)
      io.stderr.line(
        `enqueued run ${r.runId}: ${plural(r.records, "record")} in ${plural(r.chunks, "chunk")}`,
      );
    return 0;
  });
}

async function work(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      concurrency: { type: "string" },
      run: { type: "string" },
      "lock-duration": { type: "string" },
      "stalled-interval": { type: "string" },
      quiet: { type: "boolean", default: false },
      ...TARGET,
    },
  });
  const target = _target(values, io);
  const say = (t: string) => {
    if (!values.quiet) io.stderr.line(t);
  };
  await _reachable(target);
  const w = await startWorker({
    ...target,
    concurrency: _int(values.concurrency, "--concurrency"),
    lockDuration: _int(values["lock-duration"], "--lock-duration"),
    stalledInterval: _int(values["stalled-interval"], "--stalled-interval"),
    onError: (e) => say(`consentry work: ${e.message} (retrying)`),
  });
  say(
    `consentry work: taking chunks from queue '${target.queue ?? "consentry"}' (pid ${process.pid})`,
  );
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  let poll: NodeJS.Timeout | undefined;
  let failure: Error | undefined;
  if (values.run !== undefined) {
    const runId = values.run;
    const check = async () => {
      try {
        const p = await runProgress({ ...target, runId });
        if (p.done || (p.state === "enqueued" && p.chunksDone + p.chunksFailed >= p.chunks))
          return stop();
      } catch (e) {
        if (e instanceof RunError) {
          failure = e;
          return stop();
        }
      }
      poll = setTimeout(check, 250);
    };
    poll = setTimeout(check, 250);
  }
  await stopped;
  clearTimeout(poll);
  process.off("SIGINT", stop);
  process.off("SIGTERM", stop);
  await w.close();
  say(`consentry work: decided ${plural(w.chunks, "chunk")}`);
  if (failure !== undefined) throw new CliError(failure.message);
  return 0;
}

async function collect(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      run: { type: "string" },
      timeout: { type: "string" },
      remove: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      ...TARGET,
    },
  });
  const runId = _runId(values.run, "collect");
  const target = _target(values, io);
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0))
    throw new UsageError(`--timeout must be a number of seconds, not '${values.timeout}'`);
  await _reachable(target);
  return _guard(async () => {
    const out = new LineWriter(io.stdout);
    const progress = new Progress(io.stderr, values.quiet);
    const run = collectRun({
      ...target,
      runId,
      timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    });
    let n = 0;
    let invalid = 0;
    for await (const c of run.chunks()) {
      for (const r of c.reports) io.stderr.line(r);
      const full = out.write(c.ndjson);
      if (full !== undefined) await full;
      if (out.closed) break;
      n += c.decisions;
      invalid += c.invalid;
      progress.tick(n);
    }
    await run.close();
    await out.flush();
    progress.done(n);
    if (invalid > 0) io.stderr.line(invalidLine(invalid, n));
    if (values.remove && !out.closed) await removeRun({ ...target, runId });
    return invalid > 0 ? 1 : 0;
  });
}

async function status(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { run: { type: "string" }, json: { type: "boolean", default: false }, ...TARGET },
  });
  const runId = _runId(values.run, "status");
  const target = _target(values, io);
  await _reachable(target);
  return _guard(async () => {
    const p = await runProgress({ ...target, runId });
    if (values.json) io.stdout.write(`${JSON.stringify(p)}\n`);
    else
      io.stdout.write(
        `run ${p.runId}: ${p.done ? "done" : p.state}, ${p.chunksDone} of ${p.chunks} chunks decided` +
          `${p.chunksFailed > 0 ? ` (${p.chunksFailed} failed)` : ""}, ` +
          `${p.decided.toLocaleString("en-US")} of ${p.records.toLocaleString("en-US")} records, ` +
          `${Math.round(p.decisionsPerSecond).toLocaleString("en-US")} decisions/s\n`,
      );
    return p.chunksFailed > 0 ? 1 : 0;
  });
}

/** The bodies, by command name (those `commands.ts` names). */
export const RUN: Record<
  "enqueue" | "work" | "collect" | "status",
  (args: string[], io: CommandIo) => Promise<number>
> = {
  enqueue,
  work,
  collect,
  status,
};
