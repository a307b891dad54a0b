/**
 * `npx tsx bench/worst-case.ts`: the worst decision and the worst compile within the documented
 * limits, and how the time of a decision grows when each dimension doubles.
 *
 * Every case is built to cost the most it can: a customer of the jurisdiction with the most time
 * zones and no zone of their own (every window is checked in every zone), a 366-day horizon, and
 * send windows that quiet hours cancel exactly, so that no instant fits and the engine searches
 * the whole horizon before it denies. Each dimension (windows per rule, rules, blackouts, caps,
 * history, channels, consents…) is measured alone at a quarter, a half and all of its limit, then
 * everything at its limit at once. A decision is timed twice: first (cold: a plan just compiled,
 * a customer and a year no earlier decision has touched, so every zone offset and blackout is
 * computed afresh) and again (warm: another customer with the same facts, same plan and instant).
 * The first figure is the one held to the budget: it is all the work the decision itself causes.
 * The worst case as the first decision of a fresh process is printed too (each run in a child
 * process, `WORST_FRESH=bare|warmed`): that adds what a process pays once whatever it decides
 * first (V8 compiling the library's functions, Intl formatters, lazily built schema parts), and
 * after one small decision of the same shape most of that is paid.
 *
 * Prints markdown. `CONSENTRY_DIST=1` measures the built package (after `npm run build`), as
 * `npm run bench` does; otherwise the sources. `WORST_SCALE=0.25` runs every case at a quarter of
 * its limit (for a quick look).
 */

import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as L from "../src/model/limits.js";
import { RruleCalendar } from "../src/time/calendars.js";

type Lib = typeof import("../src/index.js");
const root = join(import.meta.dirname, "..");
const dist = join(root, "dist", "index.js");
const useDist = process.env.CONSENTRY_DIST === "1";
if (useDist && !existsSync(dist)) throw new Error("build first: npm run build");
const importFrom = process.cpuUsage();
const lib: Lib = useDist
  ? await import(pathToFileURL(dist).href)
  : await import(
      pathToFileURL(join(process.env.CONSENTRY_SRC ?? join(root, "src"), "index.ts")).href
    );
const importCpuMs = ((u) => (u.user + u.system) / 1000)(process.cpuUsage(importFrom));
const { _zoneTable } = (await import(
  pathToFileURL(join(root, "src", "time", "zone-table.ts")).href
)) as typeof import("../src/time/zone-table.js");
const ZONES_BY_JURISDICTION: Record<string, readonly string[]> = Object.fromEntries(_zoneTable());
const SCALE = Number(process.env.WORST_SCALE ?? 1);
/** Budgets the limits are set for, on the machine the README names. */
const DECISION_BUDGET_MS = 50;
const COMPILE_BUDGET_MS = 1000;

// ---- the limits ---------------------------------------------------------------------------------

/** The documented limits (src/model/limits.ts). */
const LIMIT = {
  windowsPerRule: L.MAX_WINDOWS_PER_RULE,
  quietRules: L.MAX_TIME_RULES,
  sendRules: L.MAX_TIME_RULES,
  blackouts: L.MAX_BLACKOUTS,
  blackoutPerDay: L.MAX_BLACKOUT_OCCURRENCES_PER_DAY,
  holidays: L.MAX_HOLIDAY_RULES,
  caps: L.MAX_CAPS,
  history: L.MAX_HISTORY,
  channels: L.MAX_MESSAGE_CHANNELS,
  consents: L.MAX_CONSENTS,
  customerWindows: L.MAX_CUSTOMER_WINDOWS,
  customerCaps: L.MAX_CUSTOMER_CAPS,
  rules: L.MAX_RULES,
  suppressions: L.MAX_SUPPRESSIONS,
  horizonDays: L.MAX_HORIZON_DAYS,
};
type Dim = keyof typeof LIMIT;
const scaled = (n: number) => Math.max(1, Math.round(n * SCALE));

// ---- cases --------------------------------------------------------------------------------------

/** The jurisdiction whose customers without a zone are checked in the most zones. */
const [WIDE, WIDE_ZONES] = Object.entries(ZONES_BY_JURISDICTION).reduce((a, b) =>
  b[1].length > a[1].length ? b : a,
);
const hm = (m: number) =>
  m >= 1440
    ? "24:00"
    : `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
/** `n` one-minute windows at distinct minutes of the day, spread over the week. */
const slots = (n: number, salt = 0) =>
  Array.from({ length: n }, (_, i) => {
    const m = (i * 47 + salt * 13 + 180) % 1439;
    return { from: hm(m), until: hm(m + 1) };
  });
const BUILTIN = ["email", "sms", "voice", "push", "in_app", "post"];

/** The size of every dimension in one case; 1 (or the smallest) where a dimension is not measured. */
type Sizes = Record<Dim, number>;
const BASE: Sizes = {
  windowsPerRule: 1,
  quietRules: 1,
  sendRules: 1,
  blackouts: 0,
  blackoutPerDay: 1,
  holidays: 0,
  caps: 0,
  history: 0,
  channels: 1,
  consents: 1,
  customerWindows: 0,
  customerCaps: 0,
  rules: 0,
  suppressions: 0,
  horizonDays: 366,
};

function build(s: Sizes, now: number) {
  const customChannels = Math.max(0, s.channels - BUILTIN.length);
  const channels = [
    ...BUILTIN.slice(0, s.channels),
    ...Array.from({ length: customChannels }, (_, i) => `c${i}`),
  ];
  const hours = Array.from({ length: s.blackoutPerDay }, (_, i) => (i * 5) % 24);
  const policy = {
    id: "worst",
    horizon: `P${s.horizonDays}D`,
    channels: Object.fromEntries(
      Array.from({ length: customChannels }, (_, i) => [`c${i}`, { kind: "electronic" }]),
    ),
    // Send windows that the quiet hours of the same index cancel: nothing ever fits.
    windows: Array.from({ length: s.sendRules }, (_, k) => ({
      id: `send-${k}`,
      windows: slots(s.windowsPerRule, k),
    })),
    quietHours: Array.from({ length: s.quietRules }, (_, k) => ({
      id: `quiet-${k}`,
      criticalBypass: false,
      windows: slots(s.windowsPerRule, k),
    })),
    blackouts: Array.from({ length: s.blackouts }, (_, k) => ({
      id: `blackout-${k}`,
      rrule: `FREQ=DAILY;BYHOUR=${hours.join(",")};BYMINUTE=${(k * 7) % 60}`,
      duration: "PT1M",
    })),
    holidays: Array.from({ length: s.holidays }, (_, k) => ({ id: `holiday-${k}` })),
    caps: Array.from({ length: s.caps }, (_, k) => ({
      id: `cap-${k}`,
      max: 1 + (k % 3),
      window: k % 2 === 0 ? "day" : `PT${1 + k}H`,
      countBy: [],
    })),
    rules: Array.from({ length: s.rules }, (_, k) => ({
      id: `rule-${k}`,
      when: {
        all: [
          { field: "customer.attributes.tier", op: "in", value: [`t${k}`, "x", "y"] },
          { field: "message.topic", op: "eq", value: `never-${k}` },
        ],
      },
    })),
  };
  const span = s.horizonDays * 86_400_000;
  const customer = {
    id: "c",
    jurisdiction: WIDE,
    attributes: { tier: "gold" },
    contacts: Object.fromEntries(channels.map((c) => [c, { address: `${c}@example.com` }])),
    consents: Array.from({ length: s.consents }, (_, i) => ({
      id: `e${i}`,
      type: i === s.consents - 1 || i % 2 === 0 ? "grant" : "withdraw",
      at: new Date(now - (s.consents - i) * 60_000).toISOString(),
      scope:
        i === s.consents - 1
          ? {}
          : { channels: [channels[i % channels.length]], topics: [`t${i % 50}`] },
    })),
    // An empty list of hours is invalid input: a dimension at 0 leaves the field out.
    preferences: {
      ...(s.customerWindows > 0 && {
        quietHours: slots(s.customerWindows, 5),
        contactHours: slots(s.customerWindows, 6),
      }),
      ...(s.customerCaps > 0 && {
        frequency: Array.from({ length: s.customerCaps }, (_, i) => ({
          max: 1 + i,
          per: (["day", "week", "month"] as const)[i % 3],
        })),
      }),
    },
    suppressions: Array.from({ length: s.suppressions }, (_, i) => ({
      reason: "other",
      channels: ["never"],
      note: `s${i}`,
    })),
    // Sends spread over the whole horizon (scheduled ones count too), so every cap has edges.
    history: Array.from({ length: s.history }, (_, i) => ({
      at: new Date(now - span / 4 + Math.floor((i * span) / Math.max(1, s.history))).toISOString(),
      channel: channels[i % channels.length] as string,
      purpose: "marketing",
    })),
  };
  const message = { purpose: "marketing", channels, delivery: "all" } as const;
  return { policy, customer, message };
}

// ---- measuring ----------------------------------------------------------------------------------

let year = 2030;
/** One timed call: wall-clock and CPU milliseconds (CPU time counts this process only, GC threads included). */
function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

/** One case timed: compile, the first decision (in a year no case has touched) and a repeat. */
interface Timing {
  compileMs: number;
  firstMs: number;
  firstCpuMs: number;
  againMs: number;
  againCpuMs: number;
  verdict: string;
}

function measureOnce(s: Sizes): Timing {
  const now = Date.UTC(year++, 4, 4, 12);
  if (year > 2095) year = 2030;
  const { policy, customer, message } = build(s, now);
  const compile = timed(() => lib.compilePolicy(policy as never));
  const plan = compile.value;
  const first = timed(() => lib.decide(plan, { customer: customer as never, message, now }));
  // Another customer with the same facts: its own arrays, so nothing kept on the first's counts.
  const other = { ...structuredClone(customer), id: "c2" };
  const again = timed(() => lib.decide(plan, { customer: other as never, message, now }));
  return {
    compileMs: compile.ms,
    firstMs: first.ms,
    firstCpuMs: first.cpuMs,
    againMs: again.ms,
    againCpuMs: again.cpuMs,
    verdict: first.value.verdict,
  };
}

/** The fastest of `REPEAT` runs (each in its own year): the machine's load only ever adds time. */
const REPEAT = Number(process.env.WORST_REPEAT ?? 3);
function measure(s: Sizes): Timing {
  let best: Timing | undefined;
  for (let i = 0; i < REPEAT; i++) {
    const r = measureOnce(s);
    if (best === undefined) best = r;
    else
      best = {
        compileMs: Math.min(best.compileMs, r.compileMs),
        firstMs: Math.min(best.firstMs, r.firstMs),
        firstCpuMs: Math.min(best.firstCpuMs, r.firstCpuMs),
        againMs: Math.min(best.againMs, r.againMs),
        againCpuMs: Math.min(best.againCpuMs, r.againCpuMs),
        verdict: r.verdict,
      };
  }
  return best as Timing;
}

/** Every dimension at its limit (times `WORST_SCALE`). */
const atLimit = (): Sizes =>
  Object.fromEntries((Object.keys(LIMIT) as Dim[]).map((d) => [d, scaled(LIMIT[d])])) as Sizes;

/**
 * `WORST_FRESH=bare` (a child process the bench starts): the worst case as the very first
 * decision of this process; `warmed`: after one small decision of the same shape (one window of
 * each kind, one channel, another year). Prints the CPU milliseconds as JSON and stops.
 */
if (process.env.WORST_FRESH !== undefined) {
  if (process.env.WORST_FRESH === "warmed") {
    const now = Date.UTC(2041, 4, 4, 12);
    const small = build({ ...BASE, windowsPerRule: 2 }, now);
    lib.decide(lib.compilePolicy(small.policy as never), {
      customer: small.customer as never,
      message: small.message,
      now,
    });
  }
  const now = Date.UTC(2031, 4, 4, 12);
  const { policy, customer, message } = build(atLimit(), now);
  const c = timed(() => lib.compilePolicy(policy as never));
  const d = timed(() => lib.decide(c.value, { customer: customer as never, message, now }));
  console.log(
    JSON.stringify({ importCpuMs, compileCpuMs: c.cpuMs, decideCpuMs: d.cpuMs, ms: d.ms }),
  );
  process.exit(0);
}

/** The worst case first in a fresh process, the fastest of `REPEAT` child processes. */
async function freshProcess(mode: "bare" | "warmed") {
  const { execFileSync } = await import("node:child_process");
  let best: { importCpuMs: number; compileCpuMs: number; decideCpuMs: number } | undefined;
  for (let i = 0; i < REPEAT; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1] as string], {
      encoding: "utf8",
      env: { ...process.env, WORST_FRESH: mode, WORST_ONLY: undefined },
    });
    const r = JSON.parse(out.trim().split("\n").pop() as string);
    if (best === undefined || r.decideCpuMs < best.decideCpuMs) best = r;
  }
  return best as { importCpuMs: number; compileCpuMs: number; decideCpuMs: number };
}

/** `WORST_ONLY=dim:n` times that one case (for profiling) and stops. */
if (process.env.WORST_ONLY !== undefined) {
  const [dim, n] = process.env.WORST_ONLY.split(":") as [Dim | "all", string];
  measure({ ...BASE, windowsPerRule: 2 });
  // `all:1` is everything at its limit at once (`all:0.5` at half of each limit).
  const sizes: Sizes =
    dim === "all"
      ? (Object.fromEntries(
          (Object.keys(LIMIT) as Dim[]).map((d) => [
            d,
            Math.max(1, Math.round(LIMIT[d] * Number(n))),
          ]),
        ) as Sizes)
      : { ...BASE, [dim]: Number(n) };
  if (process.env.WORST_WARM !== undefined) {
    // Profile warm decisions only: `node --cpu-prof` around N repeats of the same case.
    const now = Date.UTC(2040, 4, 4, 12);
    const { policy, customer, message } = build(sizes, now);
    const plan = lib.compilePolicy(policy as never);
    lib.decide(plan, { customer: customer as never, message, now });
    const n = Number(process.env.WORST_WARM);
    const t = timed(() => {
      for (let i = 0; i < n; i++)
        lib.decide(plan, { customer: { ...customer, id: `w${i}` } as never, message, now });
    });
    console.log(`warm: ${(t.cpuMs / n).toFixed(1)} ms CPU per decision`);
    process.exit(0);
  }
  const r = measure(sizes);
  console.log(dim, n, r);
  process.exit(0);
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

// Warm the JIT on a middling case first.
for (let i = 0; i < 3; i++)
  measure({ ...BASE, windowsPerRule: 8, blackouts: 1, caps: 2, history: 50 });

/** `WORST_SECTION=blackouts` prints only the blackout rules (a quick check of calendars). */
if (process.env.WORST_SECTION !== "blackouts") await limitsSection();

async function limitsSection(): Promise<void> {
  // Warm the JIT on a middling case first.
  for (let i = 0; i < 3; i++)
    measure({ ...BASE, windowsPerRule: 8, blackouts: 1, caps: 2, history: 50 });

  const DIMS: readonly [Dim, string][] = [
    ["windowsPerRule", "windows per quiet-hours and send-window rule (one of each)"],
    ["quietRules", "quiet-hours rules (one window each)"],
    ["sendRules", "send-window rules (one window each)"],
    ["blackouts", `blackouts (${LIMIT.blackoutPerDay} one-minute occurrences a day each)`],
    ["blackoutPerDay", "occurrences a day of one blackout"],
    ["holidays", "holiday rules"],
    ["caps", "frequency caps (with 1,000 sends of history)"],
    ["history", "history entries (with 4 caps)"],
    ["channels", "channels in the message (delivery: all)"],
    ["consents", "consent events"],
    ["customerWindows", "customer quiet and contact hours (each)"],
    ["customerCaps", "customer frequency caps (with 1,000 sends)"],
    ["rules", "prohibition rules"],
    ["suppressions", "suppressions"],
    ["horizonDays", "horizon (days)"],
  ];
  const extra: Partial<Record<Dim, Partial<Sizes>>> = {
    blackouts: { blackoutPerDay: LIMIT.blackoutPerDay },
    caps: { history: 1000 },
    history: { caps: 4 },
    customerCaps: { history: 1000 },
  };

  console.log(`# Worst cases within the limits`);
  console.log();
  console.log(
    `Customer of ${WIDE} without a zone (${WIDE_ZONES.length} zones), nothing fits in the ${LIMIT.horizonDays}-day horizon (the search covers all of it, then explains every constraint). Times are CPU milliseconds of the decision (the fastest of ${REPEAT} runs, each with a plan just compiled, for a customer and in a year no earlier case touched, so zone offsets and blackouts are computed afresh: "first", the figure held to the ${DECISION_BUDGET_MS} ms budget); "again" is a second customer with the same facts (its own copy of them) decided with the same plan at the same instant; "wall" is the elapsed time of the first decision. Growth is the time at the limit over the time at half of it: 2.0 is linear.`,
  );
  console.log();
  console.log(
    "| dimension | limit | ¼ | ½ | limit | of budget | wall | again | growth | compile |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  let worst = { ms: 0, what: "" };
  const rows: { dim: Dim; ms: number }[] = [];
  for (const [dim, label] of DIMS) {
    const n = scaled(LIMIT[dim]);
    const at = (k: number) =>
      measure({ ...BASE, ...extra[dim], [dim]: Math.max(1, Math.round(k)) });
    const q = at(n / 4);
    const h = at(n / 2);
    const f = at(n);
    const growth = f.firstCpuMs / Math.max(h.firstCpuMs, 1e-3);
    if (f.firstCpuMs > worst.ms) worst = { ms: f.firstCpuMs, what: label };
    // Channels multiply the rest; the horizon is already at its limit in every other case.
    if (dim !== "channels" && dim !== "horizonDays") rows.push({ dim, ms: f.firstCpuMs });
    console.log(
      `| ${label} | ${n.toLocaleString("en-US")} | ${fmt(q.firstCpuMs)} | ${fmt(h.firstCpuMs)} | ${fmt(f.firstCpuMs)} | ${(f.firstCpuMs / DECISION_BUDGET_MS).toFixed(2)} | ${fmt(f.firstMs)} | ${fmt(f.againCpuMs)} | ${growth.toFixed(1)}${growth > 2.6 ? " (super-linear)" : ""} | ${fmt(f.compileMs)} |`,
    );
  }
  console.log();

  // Everything at its limit at once: the worst decision and the worst compile. The time search
  // runs per channel, so its cost is about the sum of every dimension's own cost times the
  // channels; run it when that estimate is within reach (or with WORST_ALL=1).
  const all = atLimit();
  const base = measure(BASE).firstCpuMs;
  // Every rule holds the most windows at once: the rules' extra cost grows by what the extra
  // windows of one rule of each kind cost (the windows-per-rule case), once per pair of rules.
  const extraOf = (d: Dim) => Math.max(0, (rows.find((r) => r.dim === d)?.ms ?? base) - base);
  const pairs = (scaled(LIMIT.quietRules) + scaled(LIMIT.sendRules)) / 2;
  const estimateMs =
    (base +
      rows.reduce((sum, r) => sum + Math.max(0, r.ms - base), 0) +
      (pairs - 1) * extraOf("windowsPerRule")) *
    scaled(LIMIT.channels);
  console.log("## Everything at its limit at once");
  console.log();
  if (estimateMs < 60_000 || process.env.WORST_ALL === "1") {
    // The first run of this size in the process, then the fastest of REPEAT (load only adds).
    const once = measureOnce(all);
    const everything = measure(all);
    // And the median of more runs: the steady state, spikes (a major GC) included.
    const runs = Array.from({ length: Math.max(5, REPEAT) }, () => measureOnce(all).firstCpuMs);
    const median = runs.sort((a, b) => a - b)[runs.length >> 1] as number;
    const ok = (ms: number, budget: number) => (ms <= budget ? "within" : "**over**");
    console.log(
      `- worst decision (held to the budget): **${fmt(everything.firstCpuMs)} ms** CPU first, the fastest of ${REPEAT} (${(everything.firstCpuMs / DECISION_BUDGET_MS).toFixed(2)} of the ${DECISION_BUDGET_MS} ms budget: ${ok(everything.firstCpuMs, DECISION_BUDGET_MS)}; ${fmt(everything.firstMs)} ms wall); ${fmt(everything.againCpuMs)} ms again; verdict ${everything.verdict}. Median of ${runs.length} more runs: ${fmt(median)} ms first (${ok(median, DECISION_BUDGET_MS)}). The first run of this size in the process: ${fmt(once.firstCpuMs)} ms first, ${fmt(once.againCpuMs)} ms again.`,
    );
    console.log(
      `- worst compile: **${fmt(everything.compileMs)} ms** (${(everything.compileMs / COMPILE_BUDGET_MS).toFixed(2)} of the ${COMPILE_BUDGET_MS} ms budget: ${ok(everything.compileMs, COMPILE_BUDGET_MS)})`,
    );
    // Linear in each dimension together: everything at half of its limit, then at the limit.
    const half = Object.fromEntries(
      (Object.keys(LIMIT) as Dim[]).map((d) => [d, Math.max(1, Math.round(scaled(LIMIT[d]) / 2))]),
    ) as Sizes;
    const h = measure(half);
    console.log(
      `- everything at half its limit: ${fmt(h.firstCpuMs)} ms first, ${fmt(h.againCpuMs)} ms again (growth to the limit ${(everything.firstCpuMs / Math.max(h.firstCpuMs, 1e-3)).toFixed(1)}; 2.0 is linear)`,
    );
    // The worst case as the first decision of a fresh process: not held to the budget, which is
    // the decision's own work; a process pays the rest once, whatever it decides first.
    const bare = await freshProcess("bare");
    const warmed = await freshProcess("warmed");
    console.log(
      `- as the first decision of a fresh process (not held to the budget; fastest of ${REPEAT} processes): ${fmt(bare.decideCpuMs)} ms, after loading the library (${fmt(bare.importCpuMs)} ms) and compiling the policy (${fmt(bare.compileCpuMs)} ms); ${fmt(warmed.decideCpuMs)} ms when one small decision of the same shape came first. The difference from the figure held to the budget is what any process pays once, whatever it decides first: V8 compiling the library's code (interpreted, then optimised), Intl formatters, lazily built schema parts.`,
    );
  } else {
    const compile = timed(() =>
      lib.compilePolicy(build(all, Date.UTC(2030, 0, 1)).policy as never),
    );
    console.log(
      `- worst decision: not run; estimated **${fmt(estimateMs / 1000)} s** (the base case plus what each dimension adds at its limit, times ${scaled(LIMIT.channels)} channels); budget ${DECISION_BUDGET_MS} ms. WORST_ALL=1 runs it.`,
    );
    console.log(`- worst compile: **${fmt(compile.ms)} ms**; budget ${COMPILE_BUDGET_MS} ms`);
  }
  console.log(`- base case (one window of each kind, one channel): ${fmt(base)} ms`);
  console.log(`- slowest single dimension at its limit: ${worst.what}, ${fmt(worst.ms)} ms`);
}

// ---- blackout rules --------------------------------------------------------------------------

// Each rule compiled by a fresh calendar (nothing cached), then a decision that must search the
// whole horizon with it (quiet hours all day leave no instant): the blackout is expanded over all
// 366 days, in one zone and in every zone of the wide jurisdiction.
const RULES: readonly [string, string][] = [
  ["never occurs", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"],
  [
    "never within UNTIL",
    "DTSTART:20260301T000000\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20271231T000000",
  ],
  [
    "48 a day",
    `FREQ=DAILY;BYHOUR=${Array.from({ length: 24 }, (_, h) => h).join(",")};BYMINUTE=0,30`,
  ],
  ["every minute", "FREQ=MINUTELY"],
  [
    "most a day, from 2027",
    `DTSTART:20270101T000000\nRRULE:FREQ=DAILY;BYHOUR=${Array.from({ length: LIMIT.blackoutPerDay }, (_, i) => (i * 5) % 24).join(",")};BYMINUTE=7`,
  ],
  ["DTSTART in 9999", "DTSTART:99990101T000000\nRRULE:FREQ=WEEKLY;BYDAY=SU"],
  ["DTSTART in 1900, INTERVAL=997", "DTSTART:19000101T000000\nRRULE:FREQ=DAILY;INTERVAL=997"],
  ["sparse COUNT (yearly)", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;COUNT=100000"],
  ["sparse COUNT (daily)", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;COUNT=300"],
  ["week 53, BYSETPOS", "FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH,FR;BYHOUR=8,20;BYSETPOS=1,-1"],
];
console.log();
console.log("## Blackout rules");
console.log();
console.log(
  `Compile (refusal included) by a fresh calendar; then the first decision (cold) that expands the rule over a ${LIMIT.horizonDays}-day horizon, for a customer in Europe/Oslo and one of ${WIDE} without a zone. CPU ms.`,
);
console.log();
console.log("| rule | compile | outcome | first decision, one zone | first decision, every zone |");
console.log("| --- | ---: | --- | ---: | ---: |");
for (const [label, rrule] of RULES) {
  const c = timed(() => new RruleCalendar().compile(rrule));
  const refused = typeof c.value === "string";
  let one = "";
  let every = "";
  if (!refused) {
    const plan = lib.compilePolicy({
      id: "b",
      horizon: `P${LIMIT.horizonDays}D`,
      consent: { required: { email: false } },
      quietHours: [
        { id: "all-day", criticalBypass: false, windows: [{ from: "00:00", until: "24:00" }] },
      ],
      blackouts: [{ id: "b", rrule, duration: "PT1M" }],
    });
    const message = { purpose: "service", channels: ["email"] } as const;
    const contacts = { email: { address: "a@example.com" } };
    for (const [zone, set] of [
      ["Europe/Oslo", (v: string) => (one = v)],
      [undefined, (v: string) => (every = v)],
    ] as const) {
      const now = Date.UTC(year++, 6, 1);
      const customer = {
        id: "c",
        jurisdiction: zone === undefined ? WIDE : "NO",
        contacts,
        ...(zone === undefined ? {} : { timeZone: zone }),
      };
      set(fmt(timed(() => lib.decide(plan, { customer, message, now })).cpuMs));
    }
  }
  console.log(
    `| ${label} | ${fmt(c.cpuMs)} | ${refused ? `refused: ${(c.value as string).slice(0, 60)}…` : "accepted"} | ${one} | ${every} |`,
  );
}
