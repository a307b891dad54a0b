import { parseArgs } from "node:util";
import type { Command } from "./command.js";
import { UsageError } from "./io.js";
import {
  decideLine,
  invalidLine,
  lineBatch,
  loadHistory,
  loadMessage,
  loadPolicy,
  parseNow,
} from "./load.js";
import { LineWriter, Progress, readNdjsonChunks } from "./ndjson.js";

/** `consentry decide`: one decision per customer line, streaming, in input order. */
export const decideCommand: Command = {
  name: "decide",
  summary: "decide for every customer of an NDJSON export, one decision per line",
  help: `Usage: consentry decide --policy P --message M [--now T] [--history H] [--spread D] [--quiet] [CUSTOMERS]

Reads customers as NDJSON (a file, or standard input when CUSTOMERS is '-' or absent) and writes one
decision per line to standard output, in input order, streaming. A malformed line (not JSON, a key
given twice, a bad field) becomes an input.invalid decision named '#line-N' unless it has an id, and
is reported on standard error with its line number and field path.

  --policy P    policy JSON file (errors are all printed, with paths, before any customer is read)
  --message M   message JSON file
  --now T       decision instant, ISO 8601 with offset (default: the current time)
  --history H   NDJSON of history entries with a customerId field, added to each record's history
  --spread D    spread deferred sends over a release window, e.g. PT2H
  --quiet       no progress line on standard error

Example:
  consentry decide --policy examples/data/policy.json --message examples/data/message.json \\
    --now 2026-05-04T19:30:00Z examples/data/customers.ndjson > decisions.ndjson`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        policy: { type: "string" },
        message: { type: "string" },
        now: { type: "string" },
        history: { type: "string" },
        spread: { type: "string" },
        quiet: { type: "boolean", default: false },
      },
      allowPositionals: true,
    });
    if (values.policy === undefined || values.message === undefined)
      throw new UsageError("decide needs --policy and --message");
    if (positionals.length > 1)
      throw new UsageError(`decide reads one CUSTOMERS file, not ${positionals.length}`);
    const plan = loadPolicy(values.policy);
    const pm = loadMessage(plan, values.message, values.spread);
    const nowMs = parseNow(values.now);
    const history = await loadHistory(values.history, io);
    const out = new LineWriter(io.stdout);
    const progress = new Progress(io.stderr, values.quiet);
    const batch = lineBatch(plan, pm, nowMs, history, io);
    let n = 0;
    // A chunk of input at a time, its lines synchronously: a line awaits only a full pipe.
    read: for await (const lines of readNdjsonChunks({ path: positionals[0], stdin: io.stdin }))
      for (const l of lines) {
        const full = out.write(JSON.stringify(decideLine(batch, l)));
        if (full !== undefined) await full;
        // The reader has gone (`| head`): nobody reads the rest.
        if (out.closed) break read;
        progress.tick(++n);
      }
    await out.flush();
    progress.done(n);
    if (batch.invalid > 0) io.stderr.line(invalidLine(batch.invalid, n));
    return batch.invalid > 0 ? 1 : 0;
  },
};
