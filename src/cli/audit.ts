import { parseArgs } from "node:util";
import { auditSends } from "../engine/audit.js";
import type { Command } from "./command.js";
import { CliError, UsageError } from "./io.js";
import { loadPolicy } from "./load.js";
import { plural, readNdjson } from "./ndjson.js";

/** `consentry audit`: re-judges past sends as of the instant each was sent. */
export const auditCommand: Command = {
  name: "audit",
  summary: "re-judge a log of past sends as of the instant each was sent",
  help: `Usage: consentry audit --policy P --sends S --customers C [--json]

Re-judges every send of S (NDJSON: {customerId, at, channel, message}) as of the instant it was
sent, against the customer records in C (NDJSON), and lists every send the policy did not allow.
Exit status 1 when it finds any, or when a customer line could not be read (sends to that customer
then count as not allowed).

Example:
  consentry audit --policy examples/data/policy.json --sends examples/data/sends.ndjson \\
    --customers examples/data/customers.ndjson`,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        policy: { type: "string" },
        sends: { type: "string" },
        customers: { type: "string" },
        json: { type: "boolean", default: false },
      },
    });
    if (values.policy === undefined || values.sends === undefined || values.customers === undefined)
      throw new UsageError("audit needs --policy, --sends and --customers");
    const plan = loadPolicy(values.policy);
    const customers = new Map<string, unknown>();
    let skipped = 0;
    for await (const l of readNdjson({ path: values.customers, stdin: io.stdin })) {
      const v = l.value as { id?: unknown } | undefined;
      if (
        l.error !== undefined ||
        v === null ||
        typeof v !== "object" ||
        typeof v.id !== "string"
      ) {
        // Reported, never silently dropped: sends to such a customer become findings.
        io.stderr.line(`customers line ${l.line}: ${l.error ?? "needs an id"}; skipped`);
        skipped++;
        continue;
      }
      customers.set(v.id, v);
    }
    const sends: unknown[] = [];
    for await (const l of readNdjson({ path: values.sends, stdin: io.stdin })) {
      if (l.error !== undefined)
        throw new CliError(`sends '${values.sends}' line ${l.line}: ${l.error}`);
      sends.push(l.value);
    }
    const r = auditSends(plan, sends, (id) => customers.get(id));
    if (values.json) io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else {
      const lines = [
        `${plural(r.checked, "send")} checked against '${plan.id}', ${r.findings.length} not allowed`,
      ];
      for (const f of r.findings) {
        const s = f.send as { customerId?: string; at?: string; channel?: string };
        lines.push(
          `  ${s.customerId ?? "?"} ${s.channel ?? "?"} at ${s.at ?? "?"}: would have been ${f.decision.verdict}${f.decision.sendAt && f.decision.verdict === "defer" ? ` until ${f.decision.sendAt}` : ""}`,
        );
        for (const reason of f.decision.reasons)
          lines.push(
            `      - ${reason.code}${reason.channel ? ` (${reason.channel})` : ""}: ${reason.message}`,
          );
      }
      io.stdout.write(`${lines.join("\n")}\n`);
    }
    return r.findings.length > 0 || skipped > 0 ? 1 : 0;
  },
};
