/**
 * The main example: screen a small audience in six countries for one marketing message, under
 * the sender's policy on top of the law of each customer's country (`"packs": "auto"` in
 * data/policy.json), and print each decision with its reasons, the rule and the law behind each,
 * and the send time in UTC and in the recipient's own time; then a summary.
 *
 * Run it with `npm start`.
 */
import { readFileSync } from "node:fs";
import { compilePolicy, type Decision, decideMany, type MessageInput, summarize } from "consentry";

const data = (name: string): string =>
  readFileSync(new URL(`./data/${name}`, import.meta.url), "utf8");

const plan = compilePolicy(JSON.parse(data("policy.json")));
const message = JSON.parse(data("message.json")) as MessageInput;
const now = "2026-05-04T19:30:00Z"; // a Monday evening in Europe

// `npm start | head` closes the pipe early: stop quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(0);
});

console.log(`Policy ${plan.id}@${plan.version}, message ${message.id}, now ${now}\n`);

// One customer per line, as a CRM export; the last three lines are broken on purpose. Lines are
// numbered from 1 in the file, blank ones included, as `consentry decide` numbers them: a record
// without an id is `#line-10`, and its problems say `line 10: …`.
const lines = data("customers.ndjson")
  .split("\n")
  .map((text, i) => ({ line: i + 1, text }))
  .filter(({ text }) => text.trim() !== "");
const records = lines.map(({ text }): { record: unknown; notJson?: string } => {
  try {
    return { record: JSON.parse(text) };
  } catch (e) {
    // Not JSON: decideMany judges it input.invalid; we say why, as the command line does.
    return { record: text, notJson: `not JSON: ${(e as Error).message}` };
  }
});

/** `2026-05-05T09:00:00.000+02:00` as `09:00 Tue`, the recipient's wall clock. */
function wallClock(local: string): string {
  const day = new Date(`${local.slice(0, 10)}T00:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "short",
    timeZone: "UTC",
  });
  return `${local.slice(11, 16)} ${day}`;
}

const zones = new Map(
  records.map(({ record }) => {
    const r = record as { id?: unknown; timeZone?: unknown } | null;
    return [String(r?.id), typeof r?.timeZone === "string" ? r.timeZone : undefined] as const;
  }),
);

const decisions: Decision[] = [];
let i = 0;
for await (const d of decideMany(
  plan,
  records.map((r) => r.record),
  { message, now },
)) {
  const { line } = lines[i] as { line: number };
  const { notJson } = records[i] as { notJson?: string };
  const name = d.customerId === `#${i}` ? `#line-${line}` : d.customerId;
  i++;
  decisions.push(d);
  const head = `${name.padEnd(14)} ${d.verdict.toUpperCase().padEnd(6)}`;
  let what = "";
  if (d.verdict !== "deny" && d.sendAt !== undefined) {
    const zone = zones.get(d.customerId);
    const local =
      d.sendAtLocal === undefined
        ? ""
        : ` = ${wallClock(d.sendAtLocal)} in ${zone ?? "their zone"}`;
    what = ` via ${d.channel} ${d.verdict === "send" ? "now" : "at"} ${d.sendAt}${local}`;
  }
  const basis =
    d.basis === undefined
      ? ""
      : `  [${d.basis.code}${d.basis.consentId ? ` ${d.basis.consentId}` : ""}]`;
  console.log(`${head}${what}${basis}`.trimEnd());
  for (const r of d.reasons) {
    // The rule behind the reason, and the law it applies when it is a pack's.
    const law = r.source === undefined ? "" : ` · ${r.source.law} ${r.source.section ?? ""}`;
    const by = r.rule === undefined ? "" : ` [${r.rule}${law.trimEnd()}]`;
    const text = r.code === "input.invalid" ? `line ${line}: ${notJson ?? r.message}` : r.message;
    console.log(`${" ".repeat(15)}- ${r.code}${r.channel ? ` (${r.channel})` : ""}${by}: ${text}`);
  }
}

const s = summarize(decisions);
console.log(
  `\n${s.total} customers: ${s.byVerdict.send} send, ${s.byVerdict.defer} defer, ${s.byVerdict.deny} deny (${s.invalid} invalid)`,
);
console.log("by channel:", s.byChannel);
console.log("denials by reason:", s.denialsByReason);
