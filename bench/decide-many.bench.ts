/**
 * `npm run bench`: decisions per second for consentry on 100,000 generated customers with a
 * realistic policy, against a plain hand-written function doing the same checks, in the same run.
 * The hand-written function is checked to agree with consentry on every customer first.
 */

import {
  type CustomerInput,
  compilePolicy,
  type Decision,
  decideEach,
  decideMany,
  type MessageInput,
} from "consentry";
import { Bench } from "tinybench";
import { generateAudience } from "./audience.js";

const N = Number(process.env.BENCH_N ?? 100_000);
const NOW = Date.parse("2026-05-04T12:00:00Z"); // a Monday: midday in Europe, morning in America

const policy = {
  id: "bench",
  channelPriority: ["email", "sms"],
  consent: { doubleOptIn: ["email", "sms"] },
  existingCustomer: [{ id: "soft", channels: ["email"], purchaseWithin: "P365D" }],
  rules: [
    {
      id: "no-minors",
      purposes: ["marketing"],
      when: { field: "customer.attributes.age", op: "lt", value: 18 },
    },
    {
      id: "sms-gold",
      channels: ["sms"],
      unless: { field: "customer.attributes.tier", op: "eq", value: "gold" },
    },
  ],
  quietHours: [{ id: "nights", windows: [{ from: "21:00", until: "08:00" }] }],
  caps: [{ id: "three-a-week", max: 3, window: "P7D" }],
} as const;
const message: MessageInput = {
  purpose: "marketing",
  topic: "running",
  category: "running",
  channels: ["email", "sms"],
};

// ---- the hand-written baseline: the same checks, no explanations, no validation ---------------

const fmt = new Map<string, Intl.DateTimeFormat>();
function localHour(tz: string, t: number): number {
  let f = fmt.get(tz);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "numeric", hourCycle: "h23" });
    fmt.set(tz, f);
  }
  return Number(f.format(t));
}
type Ev = NonNullable<CustomerInput["consents"]>[number];
function consentOk(
  evs: readonly Ev[],
  channel: string,
  now: number,
): "granted" | "withdrawn" | "none" {
  let wAt = -Infinity;
  for (const e of evs) {
    const s = e.scope ?? {};
    if (e.type !== "withdraw" || (s.channels && !s.channels.includes(channel))) continue;
    const t = Date.parse(e.at);
    if (t <= now && t > wAt) wAt = t;
  }
  let granted = false;
  for (const e of evs) {
    const s = e.scope ?? {};
    if (e.type !== "grant" || (s.channels && !s.channels.includes(channel))) continue;
    const t = Date.parse(e.at);
    if (t <= now && t > wAt && e.confirmedAt !== undefined && Date.parse(e.confirmedAt) <= now)
      granted = true;
  }
  return granted ? "granted" : wAt > -Infinity ? "withdrawn" : "none";
}
function handWritten(c: CustomerInput, now: number): { verdict: string; channel?: string } {
  const order = c.preferences?.channelOrder;
  const chans = ["email", "sms"].sort((a, b) => {
    const ia = order?.indexOf(a) ?? -1;
    const ib = order?.indexOf(b) ?? -1;
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a === "email" ? -1 : 1);
  });
  let sawTimeBlock = false;
  let best: { channel: string; at: number } | undefined;
  for (const ch of chans) {
    const contact = c.contacts?.[ch];
    if (!contact || (contact.status ?? "ok") !== "ok") continue;
    if (c.suppressions?.length) continue;
    if (c.preferences?.topics?.running === false) continue;
    const st = consentOk(c.consents ?? [], ch, now);
    if (st === "withdrawn") continue;
    if (st === "none") {
      const lp = c.relationship?.lastPurchaseAt;
      const ok =
        ch === "email" &&
        contact.obtained?.method === "purchase" &&
        contact.obtained.optOutOffered === true &&
        (c.relationship?.purchasedCategories ?? []).includes("running") &&
        lp !== undefined &&
        now - Date.parse(lp) < 365 * 86_400_000 &&
        Date.parse(lp) <= now;
      if (!ok) continue;
    }
    const age = c.attributes?.age;
    if (typeof age === "number" && age < 18) continue;
    if (ch === "sms" && c.attributes?.tier !== "gold") continue;
    // time: quiet hours 21–08 local and 3 sends per rolling 7 days
    const h = localHour(c.timeZone as string, now);
    let count = 0;
    for (const s of c.history ?? []) {
      const t = Date.parse(s.at);
      if (s.purpose === "marketing" && t > now - 7 * 86_400_000 && t <= now) count++;
    }
    if (h >= 21 || h < 8 || count >= 3) {
      sawTimeBlock = true;
      best ??= { channel: ch, at: Number.POSITIVE_INFINITY };
      continue;
    }
    if (best === undefined) return { verdict: "send", channel: ch };
  }
  if (best !== undefined || sawTimeBlock)
    return { verdict: "defer", channel: best?.channel as string };
  return { verdict: "deny" };
}

// ---- run ---------------------------------------------------------------------------------------

const audience = generateAudience(N, NOW);
const plan = compilePolicy(policy);
const opts = { message, now: NOW };

// Agreement first: the baseline must make the same call on every customer.
let mismatches = 0;
const counts = { send: 0, defer: 0, deny: 0 };
let i = 0;
for (const d of decideEach(plan, audience, opts)) {
  const c = audience[i++] as CustomerInput;
  const h = handWritten(c, NOW);
  counts[d.verdict]++;
  if (h.verdict !== d.verdict || (d.verdict !== "deny" && h.channel !== d.channel)) {
    if (mismatches++ < 3)
      console.error("disagree on", c.id, { consentry: [d.verdict, d.channel], hand: h });
  }
}
console.log(
  `audience: ${N} customers — ${counts.send} send, ${counts.defer} defer, ${counts.deny} deny; baseline disagrees on ${mismatches}`,
);
if (mismatches > 0) process.exitCode = 1;

// Deferral-heavy mixes: the same audience at 00:30 in Europe (most inside quiet hours), and one
// where every customer is at the weekly cap.
const NIGHT = Date.parse("2026-05-04T22:30:00Z");
const night = generateAudience(N, NIGHT);
const capped = generateAudience(N, NOW, 42, { recentSends: 3 });
const share = (aud: CustomerInput[], now: number) => {
  const c = { send: 0, defer: 0, deny: 0 };
  for (const d of decideEach(plan, aud, { message, now })) c[d.verdict]++;
  return c;
};
console.log("night mix:", share(night, NIGHT), " at-cap mix:", share(capped, NOW));

const bench = new Bench({ iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 });
let sink: Decision | undefined;
bench
  .add("hand-written function (baseline)", () => {
    for (const c of audience) handWritten(c, NOW);
  })
  .add("consentry decideEach (sync)", () => {
    for (const d of decideEach(plan, audience, opts)) sink = d;
  })
  .add("consentry decideMany (async)", async () => {
    for await (const d of decideMany(plan, audience, opts)) sink = d;
  })
  .add("consentry decideEach, night (deferrals)", () => {
    for (const d of decideEach(plan, night, { message, now: NIGHT })) sink = d;
  })
  .add("consentry decideEach, everyone at cap", () => {
    for (const d of decideEach(plan, capped, { message, now: NOW })) sink = d;
  });
await bench.run();
void sink;

const rows = bench.tasks.map((t) => {
  const ms = t.result && "latency" in t.result ? t.result.latency.mean : Number.NaN;
  return { name: t.name, perSecond: N / (ms / 1000) };
});
const base = rows[0]?.perSecond ?? Number.NaN;
const sendNow = rows[1]?.perSecond ?? Number.NaN;
console.log(`\nNode ${process.version}, ${N} customers per run, mean of 5 runs\n`);
for (const [i, r] of rows.entries()) {
  const vs = i >= 3 ? `, ${(sendNow / r.perSecond).toFixed(2)}× the send-now mix's` : "";
  const rate = Math.round(r.perSecond).toLocaleString("en-US").padStart(10);
  console.log(
    `${r.name.padEnd(40)} ${rate} decisions/s   time: ${(base / r.perSecond).toFixed(1)}× the baseline's${vs}`,
  );
}
