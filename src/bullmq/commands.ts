/**
 * The distributed commands of `consentry` (`enqueue`, `work`, `collect`, `status`), as entries
 * of the command table. This module names them and holds their help; their bodies (`cli.ts`) and
 * `bullmq` are loaded only when one of them runs, so the command line without the optional
 * `bullmq` package installed works as before, and says what to install when one is used.
 */
import type { Command } from "../cli/command.js";
import { CliError } from "../cli/io.js";

const REDIS = `  --redis URL    Redis (default: $REDIS_URL, else redis://127.0.0.1:6379)
  --queue Q      the BullMQ queue (default: consentry)`;

/** The help of each command, by name. */
export const HELP = {
  enqueue: `Usage: consentry enqueue --policy P --message M [--now T] [--history H] [--spread D] [--chunk-size N] [--run ID] [--redis URL] [--queue Q] [--quiet] [CUSTOMERS]

Splits customers (NDJSON: a file, or standard input when CUSTOMERS is '-' or absent) into chunk
jobs on a BullMQ queue in Redis, for 'consentry work' processes on any number of machines to
decide. Takes the flags of 'consentry decide'; 'now' is fixed here (default: the current time) for
the whole run. Prints the run's id on standard output; give it to 'collect' and 'status'.
Needs the optional package bullmq (npm install bullmq) and a Redis server.

  --policy P      policy JSON file
  --message M     message JSON file
  --now T         decision instant, ISO 8601 with offset (default: the current time)
  --history H     NDJSON of history entries with a customerId field, stored with the run
  --spread D      spread deferred sends over a release window, e.g. PT2H
  --chunk-size N  records per job (default 500)
  --run ID        the run's id (default: a fresh one)
${REDIS}
  --quiet         no summary line on standard error

Example:
  run=$(consentry enqueue --policy examples/data/policy.json --message examples/data/message.json \\
    --now 2026-05-04T19:30:00Z examples/data/customers.ndjson)`,
  work: `Usage: consentry work [--redis URL] [--queue Q] [--concurrency N] [--run ID] [--lock-duration MS] [--stalled-interval MS] [--quiet]

Decides chunk jobs from the queue until stopped (SIGINT, SIGTERM), or, with --run, until that run
is decided. Start one per core, on as many machines as you like, against the same Redis. A worker
killed in the middle of a chunk loses nothing: the chunk is taken again once its lock expires.

${REDIS}
  --concurrency N       chunks decided at a time in this process (default 1; deciding is CPU-bound)
  --run ID              exit once every chunk of this run is decided (or failed)
  --lock-duration MS    how long a chunk stays locked to a worker that stopped answering (default 30000)
  --stalled-interval MS how often to look for chunks of dead workers (default 30000)
  --quiet               no lines on standard error

Example:
  consentry work --redis redis://10.0.0.5:6379 &   # on every machine, once per core`,
  collect: `Usage: consentry collect --run ID [--redis URL] [--queue Q] [--timeout S] [--remove] [--quiet]

Writes the run's decisions to standard output as NDJSON, in input order, as the workers decide
them: the same bytes 'consentry decide' writes for the same input and flags. The problems of bad
records go to standard error, as 'decide' reports them. A chunk that failed, or a run Redis lost
(a restart without persistence), is an error (exit 2), never a shorter output.

  --run ID       the run, from 'consentry enqueue'
${REDIS}
  --timeout S    give up after S seconds (default: wait)
  --remove       remove the run from Redis once collected
  --quiet        no progress line on standard error

Example:
  consentry collect --run "$run" --remove > decisions.ndjson`,
  status: `Usage: consentry status --run ID [--redis URL] [--queue Q] [--json]

Prints how far a run has got: chunks decided, decisions written and decisions per second.

  --run ID       the run, from 'consentry enqueue'
${REDIS}
  --json         the progress as one JSON object

Example:
  consentry status --run "$run"`,
} as const;

/** The name of a distributed command. */
export type DistributedCommand = keyof typeof HELP;

const SUMMARY: Record<DistributedCommand, string> = {
  enqueue: "split customers into chunk jobs on a BullMQ queue in Redis, for 'work' processes",
  work: "decide chunk jobs from the queue in Redis, on any number of machines",
  collect: "write a run's decisions in input order, as 'decide' writes them",
  status: "how far a run has got: chunks done, decisions per second",
};

/** The message when `bullmq` is not installed. */
export const MISSING_BULLMQ =
  "needs the optional package bullmq: npm install bullmq (and a Redis server)";

/** Loads the commands' bodies, and bullmq with them. */
async function _load(): Promise<typeof import("./cli.js")> {
  try {
    return await import("./cli.js");
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (
      (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
      /bullmq|ioredis/.test((e as Error).message)
    )
      throw new CliError(MISSING_BULLMQ);
    throw e;
  }
}

/** One distributed command: named here, run from `cli.ts`. */
function _lazy(name: DistributedCommand): Command {
  return {
    name,
    summary: SUMMARY[name],
    help: HELP[name],
    run: async (args, io) => (await _load()).RUN[name](args, io),
  };
}

/** The distributed commands, in the order `consentry --help` lists them. */
export const DISTRIBUTED_COMMANDS: readonly Command[] = [
  _lazy("enqueue"),
  _lazy("work"),
  _lazy("collect"),
  _lazy("status"),
];
