/**
 * The main example: screen a small audience in several countries for one marketing message and
 * print each decision with its reasons, then a summary.
 *
 * Run it with `npm start`.
 */
import { readFileSync } from "node:fs";
import { compilePolicy, type Decision, decideMany, type MessageInput, summarize } from "consentry";

const data = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), "utf8"));

const plan = compilePolicy(data("policy.json"));
const message = data("message.json") as MessageInput;
const now = "2026-05-04T19:30:00Z"; // a Monday evening in Europe

console.log(`Policy ${plan.id}@${plan.version}, message ${message.id}, now ${now}\n`);

const decisions: Decision[] = [];
// One customer per line, as a CRM export; the last two lines are broken on purpose.
const customers = readFileSync(new URL("./data/customers.ndjson", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      return line; // not JSON: decideMany reports it as input.invalid
    }
  });

for await (const d of decideMany(plan, customers, { message, now })) {
  decisions.push(d);
  const head = `${d.customerId.padEnd(14)} ${d.verdict.toUpperCase().padEnd(6)}`;
  const where = d.channel === undefined ? "" : ` via ${d.channel}`;
  const when = d.verdict === "defer" ? ` at ${d.sendAt}` : "";
  const basis =
    d.basis === undefined
      ? ""
      : `  [${d.basis.code}${d.basis.consentId ? ` ${d.basis.consentId}` : ""}]`;
  console.log(`${head}${where}${when}${basis}`);
  for (const r of d.reasons)
    console.log(`${" ".repeat(22)}- ${r.code}${r.channel ? ` (${r.channel})` : ""}: ${r.message}`);
}

const s = summarize(decisions);
console.log(
  `\n${s.total} customers: ${s.byVerdict.send} send, ${s.byVerdict.defer} defer, ${s.byVerdict.deny} deny (${s.invalid} invalid)`,
);
console.log("by channel:", s.byChannel);
console.log("denials by reason:", s.denialsByReason);
