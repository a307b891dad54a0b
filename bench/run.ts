/**
 * `npm run bench`: the benchmark suite. Builds first and measures the built package (what users
 * install), in one run:
 *
 * 1. the realistic policy (bench/baseline.ts) on the performance issue's audience mix (ledgers of
 *    1–50 events, histories of 0–200 sends, a quarter of customers in the night) at 10^4, 10^5
 *    and 10^6 customers: decisions per second and bytes allocated per decision for a hand-written
 *    function doing the same checks, `decide`, `decideEach` and `decideMany`;
 * 2. deferral-heavy mixes (most customers in quiet hours, or everyone at the cap) against the
 *    send-now mix;
 * 3. the CLI end to end (NDJSON in, NDJSON out, through a pipe) at each size;
 * 4. the four-check policy against json-rules-engine and Cedar (bench/four-check.ts);
 * 5. worker threads against one thread (bench/parallel.bench.ts, in its own process);
 * 6. the worst decision and compile within the documented limits (bench/worst-case.ts, in its own
 *    process, so that its first decisions are cold);
 *
 * and writes bench/RESULTS.md. Every alternative is checked to agree with consentry on every
 * customer before it is timed. Sizes: `BENCH_SIZES=10000,100000` (default 10^4, 10^5, 10^6).
 */

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CustomerInput } from "consentry";
import { generateAudience, REALISTIC } from "./audience.js";
import { handWritten, message, policy } from "./baseline.js";
import { cliVsFloor, linesOf } from "./cli.js";
import { fmtRate, fmtRatio, machine, median, type Run } from "./measure.js";

const root = join(import.meta.dirname, "..");
const distIndex = join(root, "dist", "index.js");
const cliBin = join(root, "dist", "cli", "main.js");
if (!existsSync(distIndex) || !existsSync(cliBin)) throw new Error("build first: npm run build");
const lib: typeof import("consentry") = await import(pathToFileURL(distIndex).href);

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const POOL = 10_000;
const NOW = Date.parse("2026-05-04T12:00:00Z"); // a Monday: midday in Europe, night in Sydney
const NIGHT = Date.parse("2026-05-04T22:30:00Z"); // 00:30 in Central Europe
const plan = lib.compilePolicy(policy);
const opts = { message, now: NOW };
const out: string[] = [];
const say = (line = "") => {
  console.log(line);
  out.push(line);
};

// ---- audiences ----------------------------------------------------------------------------------

// A pool of distinct customers; larger audiences cycle through it with fresh ids, so every size
// reads the same kind of record and memory holds the pool only.
const pool = generateAudience(POOL, NOW, 42, REALISTIC);
function* audience(n: number): Generator<CustomerInput> {
  for (let i = 0; i < n; i++) {
    const c = pool[i % POOL] as CustomerInput;
    yield { ...c, id: `cust-${i}` };
  }
}

function agreement(customers: readonly CustomerInput[], now: number): string {
  const counts = { send: 0, defer: 0, deny: 0 };
  let mismatches = 0;
  let i = 0;
  for (const d of lib.decideEach(plan, customers, { message, now })) {
    const c = customers[i++] as CustomerInput;
    const h = handWritten(c, now);
    counts[d.verdict]++;
    if (h.verdict !== d.verdict || (d.verdict !== "deny" && h.channel !== d.channel)) {
      if (mismatches++ < 3)
        console.error("disagree on", c.id, { consentry: [d.verdict, d.channel], hand: h });
    }
  }
  if (mismatches > 0) {
    console.error(`the hand-written baseline disagrees with consentry on ${mismatches} customers`);
    process.exit(1);
  }
  return `${counts.send} send, ${counts.defer} defer, ${counts.deny} deny`;
}

say("# consentry benchmark results");
say();
say(`Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine()}.`);
say(
  "Rates are decisions per second on one core; ratios compare with the hand-written function in the same run (lower is better for consentry's time ratio).",
);
say();
const mix = agreement(pool, NOW);
say(
  `Realistic mix (${POOL.toLocaleString("en-US")} distinct customers: ledgers of 1–50 events, histories of 0–200 sends, 8 places): ${mix}; the hand-written baseline agrees on every customer.`,
);
say();

// ---- 1. library, by size --------------------------------------------------------------------------

let sink: unknown;
type Row = { size: number; name: string; rate: number; bytes: number };
const rows: Row[] = [];
const warm = 2_000;
for (const fn of [
  () => {
    for (const c of audience(warm)) sink = handWritten(c, NOW);
  },
  () => {
    for (const d of lib.decideEach(plan, audience(warm), opts)) sink = d;
  },
])
  fn();

for (const n of SIZES) {
  const times = n <= 10_000 ? 5 : n <= 100_000 ? 3 : 1;
  const stream = await median(times, () => {
    for (const c of audience(n)) sink = c;
  });
  const net = (r: Run, name: string) => {
    const rate = n / Math.max(r.seconds - stream.seconds, 1e-9);
    rows.push({ size: n, name, rate, bytes: Math.max(0, r.bytes - stream.bytes) / n });
  };
  net(
    await median(times, () => {
      for (const c of audience(n)) sink = handWritten(c, NOW);
    }),
    "hand-written function",
  );
  net(
    await median(times, () => {
      for (const c of audience(n)) sink = lib.decide(plan, { customer: c, message, now: NOW });
    }),
    "decide (one call per customer)",
  );
  net(
    await median(times, () => {
      for (const d of lib.decideEach(plan, audience(n), opts)) sink = d;
    }),
    "decideEach (sync)",
  );
  net(
    await median(times, async () => {
      for await (const d of lib.decideMany(plan, audience(n), opts)) sink = d;
    }),
    "decideMany (async)",
  );
  console.error(`… ${n} done`);
}

say("## The library, by audience size");
say();
say("| customers | engine | decisions/s | time vs hand-written | bytes allocated per decision |");
say("| ---: | --- | ---: | ---: | ---: |");
for (const r of rows) {
  const base = rows.find((x) => x.size === r.size && x.name === "hand-written function");
  say(
    `| ${r.size.toLocaleString("en-US")} | ${r.name} | ${fmtRate(r.rate)} | ${fmtRatio((base?.rate ?? Number.NaN) / r.rate)} | ${fmtRate(r.bytes)} |`,
  );
}
say();
say(
  "Larger audiences cycle through the pool with fresh ids; the cost of producing the records (one object spread each) is measured alone and subtracted.",
);
say();

// ---- 2. deferral-heavy mixes ----------------------------------------------------------------------

const night = generateAudience(POOL, NIGHT, 42, REALISTIC);
const capped = generateAudience(POOL, NOW, 42, { ...REALISTIC, recentSends: 3 });
const mixes: [string, readonly CustomerInput[], number][] = [
  ["send-now mix (12:00 UTC)", pool, NOW],
  ["night mix (22:30 UTC: most in quiet hours)", night, NIGHT],
  ["everyone at the weekly cap", capped, NOW],
];
say("## Deferral-heavy mixes");
say();
say("| mix | verdicts | hand-written/s | decideEach/s | time vs hand-written | vs send-now |");
say("| --- | --- | ---: | ---: | ---: | ---: |");
let sendNowRate = Number.NaN;
for (const [name, aud, now] of mixes) {
  const verdicts = agreement(aud, now);
  const h = await median(5, () => {
    for (const c of aud) sink = handWritten(c, now);
  });
  const r = await median(5, () => {
    for (const d of lib.decideEach(plan, aud, { message, now })) sink = d;
  });
  const rate = aud.length / r.seconds;
  if (Number.isNaN(sendNowRate)) sendNowRate = rate;
  say(
    `| ${name} | ${verdicts} | ${fmtRate(aud.length / h.seconds)} | ${fmtRate(rate)} | ${fmtRatio(r.seconds / h.seconds)} | ${fmtRatio(sendNowRate / rate)} |`,
  );
}
say();

// ---- 3. the CLI end to end ------------------------------------------------------------------------

const compact = generateAudience(POOL, NOW, 42);
say("## The command line, end to end");
say();
say(
  "`consentry decide` reading NDJSON on standard input and writing one decision per line, the records produced by the benchmark process on the other core. The floor: a plain Node script reading the same lines from the same producer, `JSON.parse` each and writing a small JSON object per line. Rates and ratios are by the consumer's CPU time (user + system), the median of 3 alternated runs (1 run at 10^6 records), so the producer and other load do not count.",
);
say();
say(
  "| records | customers | input bytes per line | decisions/s (CPU) | time vs the floor | peak RSS |",
);
say("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const [label, aud] of [
  ["realistic (1–50 events, 0–200 sends)", pool],
  ["compact (1–6 events, 0–12 sends)", compact],
] as const) {
  const tails = linesOf(aud);
  for (const n of SIZES) {
    const r = await cliVsFloor(n, tails, NOW, n >= 1_000_000 ? 1 : 3);
    say(
      `| ${label} | ${n.toLocaleString("en-US")} | ${fmtRate(r.bytesPerLine)} | ${fmtRate(r.cpuRate)} | ${Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : "n/a"} | ${Number.isFinite(r.rssMb) ? `${r.rssMb.toFixed(0)} MB` : "n/a"} |`,
    );
    console.error(`… CLI ${label} ${n} done`);
  }
}
say();

// ---- 4. the four-check policy against the alternatives -------------------------------------------

const fourCheck = join(import.meta.dirname, "four-check.ts");
if (existsSync(fourCheck)) {
  const { runFourCheck } = (await import(pathToFileURL(fourCheck).href)) as {
    runFourCheck: (n: number) => Promise<{ name: string; perSecond: number; agreed: number }[]>;
  };
  const n = Math.min(SIZES[1] ?? SIZES[0] ?? 100_000, 100_000);
  const alt = await runFourCheck(n);
  const consentry = alt.find((a) => a.name.startsWith("consentry"));
  const hand = alt.find((a) => a.name.startsWith("hand"));
  say("## The four-check policy against general rule engines");
  say();
  say(
    "Consent granted and not expired, not suppressed, a deliverable address, under 3 marketing sends in 7 days; each alternative agrees with consentry on every customer before it is timed.",
  );
  say();
  say("| engine | decisions/s | consentry is faster by | time vs hand-written |");
  say("| --- | ---: | ---: | ---: |");
  for (const a of alt)
    say(
      `| ${a.name} | ${fmtRate(a.perSecond)} | ${fmtRatio((consentry?.perSecond ?? Number.NaN) / a.perSecond)} | ${fmtRatio((hand?.perSecond ?? Number.NaN) / a.perSecond)} |`,
    );
  say();
}

// ---- 5. worker threads ------------------------------------------------------------------------

{
  const { execFileSync } = await import("node:child_process");
  const text = execFileSync(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "parallel.bench.ts")],
    { encoding: "utf8", env: { ...process.env, BENCH_N: "200000" }, maxBuffer: 1 << 24 },
  );
  say("## Worker threads (`consentry/node`, bench/parallel.bench.ts)");
  say();
  for (const line of text.trimEnd().split("\n"))
    say(
      line.startsWith("## ") ? `#${line}` : line.startsWith("# ") ? `**${line.slice(2)}**` : line,
    );
  say();
}

// ---- the BullMQ section, kept ------------------------------------------------------------------

// `npm run bench:bullmq` needs Redis and both cores to itself, so this run does not measure it:
// the section it last gave is carried over from the existing file as it was.
{
  const file = join(import.meta.dirname, "RESULTS.md");
  const old = existsSync(file) ? readFileSync(file, "utf8") : "";
  const m = /^## Past one machine[^\n]*\n[\s\S]*?(?=^## |(?![\s\S]))/m.exec(old);
  if (m !== null) {
    say(m[0].trimEnd());
    say();
  }
}

// ---- 6. worst cases within the limits ---------------------------------------------------------

{
  const { execFileSync } = await import("node:child_process");
  const text = execFileSync(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "worst-case.ts")],
    { encoding: "utf8", env: { ...process.env, CONSENTRY_DIST: "1" }, maxBuffer: 1 << 24 },
  );
  for (const line of text.trimEnd().split("\n"))
    say(line.startsWith("## ") ? `#${line}` : line.startsWith("# ") ? `#${line}` : line);
  say();
}

say(
  "Reproduce with `npm ci && npm run bench` (about ten minutes; `BENCH_SIZES=10000,100000` for a shorter run).",
);
void sink;
writeFileSync(join(import.meta.dirname, "RESULTS.md"), `${out.join("\n")}\n`);
console.error("wrote bench/RESULTS.md");
