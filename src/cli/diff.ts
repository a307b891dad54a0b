import { parseArgs } from "node:util";
import { DecisionDiff } from "../engine/diff.js";
import type { HistoryEntry } from "../model/history.js";
import type { Command } from "./command.js";
import { UsageError } from "./io.js";
import { decideLine, invalidLine, lineBatch, loadMessage, loadPolicy, parseNow } from "./load.js";
import { Progress, plural, readNdjson } from "./ndjson.js";

/** `consentry diff`: the same audience under two policies, what changes. */
export const diffCommand: Command = {
  name: "diff",
  summary: "the same audience under two policies: what changes, with examples",
  help: `Usage: consentry diff --policy A --policy B --message M [--now T] [--json] [--quiet] [CUSTOMERS]

Decides the same audience under two policies and prints how many decisions change, from what to
what, with example customer ids for each kind of change.

Example:
  consentry diff --policy examples/data/policy.json --policy examples/data/policy-strict.json \\
    --message examples/data/message.json --now 2026-05-04T19:30:00Z examples/data/customers.ndjson`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        policy: { type: "string", multiple: true },
        message: { type: "string" },
        now: { type: "string" },
        json: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
      },
      allowPositionals: true,
    });
    const policies = values.policy ?? [];
    const [pa, pb] = policies;
    if (pa === undefined || pb === undefined || values.message === undefined)
      throw new UsageError("diff needs two --policy files and --message");
    if (policies.length > 2)
      throw new UsageError(`diff compares two policies, not ${policies.length}`);
    const a = loadPolicy(pa);
    const b = loadPolicy(pb);
    const ma = loadMessage(a, values.message, undefined);
    const mb = loadMessage(b, values.message, undefined);
    const nowMs = parseNow(values.now);
    const diff = new DecisionDiff();
    const none = new Map<string, HistoryEntry[]>();
    // Invalid lines are the same under both policies: reported once, for the first.
    const ba = lineBatch(a, ma, nowMs, none, io);
    const bb = lineBatch(b, mb, nowMs, none, undefined);
    const progress = new Progress(io.stderr, values.quiet);
    let n = 0;
    for await (const l of readNdjson({ path: positionals[0], stdin: io.stdin })) {
      diff.add(decideLine(ba, l), decideLine(bb, l));
      progress.tick(++n);
    }
    progress.done(n);
    if (ba.invalid > 0) io.stderr.line(invalidLine(ba.invalid, n));
    const r = diff.result();
    if (values.json) io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else {
      const lines = [
        `${plural(r.total, "customer")}, ${plural(r.changed, "decision")} ${r.changed === 1 ? "changes" : "change"} from '${a.id}' to '${b.id}'`,
      ];
      for (const [k, v] of Object.entries(r.changes))
        lines.push(
          `  ${k.padEnd(34)} ${String(v.count).padStart(7)}   e.g. ${v.examples.join(", ")}`,
        );
      io.stdout.write(`${lines.join("\n")}\n`);
    }
    return ba.invalid > 0 ? 1 : 0;
  },
};
