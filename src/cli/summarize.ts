import { parseArgs } from "node:util";
import { Summarizer, type Summary } from "../engine/summarize.js";
import type { Decision } from "../model/decision.js";
import type { Command } from "./command.js";
import { CliError, type Output } from "./io.js";
import { plural, readNdjson } from "./ndjson.js";

/**
 * What a line lacks to be a decision (`verdict`, `customerId`, `channels`), or `undefined` when
 * it has them all: a customer file fed to `summarize` must not summarize to zeros.
 */
function notDecision(v: unknown): string | undefined {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return "not an object";
  const d = v as { verdict?: unknown; customerId?: unknown; channels?: unknown };
  const missing = [
    d.verdict === "send" || d.verdict === "defer" || d.verdict === "deny" ? "" : "verdict",
    typeof d.customerId === "string" ? "" : "customerId",
    Array.isArray(d.channels) ? "" : "channels",
  ].filter((m) => m !== "");
  return missing.length === 0 ? undefined : `no ${missing.join(", ")}`;
}

function printSummary(out: Output, s: Summary): void {
  const rows = (o: Record<string, number>) =>
    Object.entries(o)
      .sort(([, a], [, b]) => b - a)
      .map(([k, v]) => `  ${k.padEnd(28)} ${String(v).padStart(9)}`)
      .join("\n") || "  (none)";
  const lines = [
    `Decisions: ${s.total}`,
    `  ${"send".padEnd(28)} ${String(s.byVerdict.send).padStart(9)}`,
    `  ${"defer".padEnd(28)} ${String(s.byVerdict.defer).padStart(9)}`,
    `  ${"deny".padEnd(28)} ${String(s.byVerdict.deny).padStart(9)}${s.invalid > 0 ? `  (${plural(s.invalid, "invalid record")})` : ""}`,
    "Reach by channel (send and defer):",
    rows(s.byChannel),
    "Denials by reason (a denial counts once per reason):",
    rows(s.denialsByReason as Record<string, number>),
    "Deferrals by hour of sendAt, recipient's local time:",
    Object.entries(s.deferralsByLocalHour)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([h, v]) => `  ${h}:00 ${String(v).padStart(9)}`)
      .join("\n") || "  (none)",
  ];
  out.write(`${lines.join("\n")}\n`);
}

/** `consentry summarize`: reach, denials and deferrals of a decisions file. */
export const summarizeCommand: Command = {
  name: "summarize",
  summary: "reach by verdict and channel, denials by reason, deferrals by local hour",
  help: `Usage: consentry summarize [--json] [DECISIONS]

Reads decisions as NDJSON (a file or standard input, as 'consentry decide' writes them) and prints
reach by verdict and channel, denials by reason code and deferrals by the hour of sendAt in the
recipient's zone. A line that is not a decision (no verdict, customerId or channels: a customer
file, say) stops it with exit status 2.

Example:
  consentry decide --policy p.json --message m.json customers.ndjson | consentry summarize`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: "boolean", default: false } },
      allowPositionals: true,
    });
    const s = new Summarizer();
    for await (const l of readNdjson({ path: positionals[0], stdin: io.stdin })) {
      if (l.error !== undefined) throw new CliError(`line ${l.line}: ${l.error}`);
      const why = notDecision(l.value);
      if (why !== undefined)
        throw new CliError(
          `line ${l.line} is not a decision (${why}); summarize reads what 'consentry decide' writes`,
        );
      s.add(l.value as Decision);
    }
    const r = s.result();
    if (values.json) io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else printSummary(io.stdout, r);
    return 0;
  },
};
