#!/usr/bin/env node
/**
 * The `consentry` command: the library's jobs on files and pipes.
 * A thin layer over `decide`, `Summarizer`, `DecisionDiff`, `auditSends` and the example runner.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compilePolicy } from "../bundled.js";
import { auditSends } from "../engine/audit.js";
import type { CompiledPolicy } from "../engine/compile.js";
import { DecisionDiff } from "../engine/diff.js";
import { type _Batch, _decideRecord } from "../engine/pipeline/record.js";
import { _parseNow, type PreparedMessage, prepareMessage } from "../engine/pipeline/resolve.js";
import { _invalidDecision } from "../engine/pipeline/verdict.js";
import { Summarizer, type Summary } from "../engine/summarize.js";
import { loadExampleFile, runExampleCase } from "../examples-runner/run.js";
import type { Decision } from "../model/decision.js";
import { formatIssues, InputError, type Issue, PolicyError } from "../model/errors.js";
import type { HistoryEntry } from "../model/history.js";
import { jsonSchemas } from "../model/json-schema.js";
import { reportCommands } from "../report/cli.js";
import { LineWriter, Progress, readNdjson } from "./ndjson.js";

const HELP: Record<string, string> = {
  main: `consentry — may we contact this person with this message, when, and through which channel?

Usage: consentry <command> [options]

Commands:
  decide     decide for every customer of an NDJSON export, one decision per line
  summarize  reach by verdict and channel, denials by reason, deferrals by local hour
  diff       the same audience under two policies: what changes, with examples
  audit      re-judge a log of past sends as of the instant each was sent
  test       run policy example files; ends with "N passed, N failed"
  schema     print the JSON Schema of the input shapes
  report     an HTML campaign report from decisions: reach, denials and their laws, release schedule
  explain    one customer's decision as a timeline of channels and constraints, in local time

Run 'consentry <command> --help' for a command's options and examples.
Exit status: 0 fine, 1 findings (invalid records, disallowed sends, failing cases), 2 bad usage or policy.`,
  decide: `Usage: consentry decide --policy P --message M [--now T] [--history H] [--spread D] [--quiet] [CUSTOMERS]

Reads customers as NDJSON (a file, or standard input when CUSTOMERS is '-' or absent) and writes one
decision per line to standard output, in input order, streaming. A malformed line becomes an
input.invalid decision and is reported on standard error with its line number and field path.

  --policy P    policy JSON file (errors are all printed, with paths, before any customer is read)
  --message M   message JSON file
  --now T       decision instant, ISO 8601 with offset (default: the current time)
  --history H   NDJSON of history entries with a customerId field, added to each record's history
  --spread D    spread deferred sends over a release window, e.g. PT2H
  --quiet       no progress line on standard error

Example:
  consentry decide --policy examples/data/policy.json --message examples/data/message.json \\
    --now 2026-05-04T19:30:00Z examples/data/customers.ndjson > decisions.ndjson`,
  summarize: `Usage: consentry summarize [--json] [DECISIONS]

Reads decisions as NDJSON (a file or standard input) and prints reach by verdict and channel,
denials by reason code and deferrals by the hour of sendAt in the recipient's zone.

Example:
  consentry decide --policy p.json --message m.json customers.ndjson | consentry summarize`,
  diff: `Usage: consentry diff --policy A --policy B --message M [--now T] [--json] [--quiet] [CUSTOMERS]

Decides the same audience under two policies and prints how many decisions change, from what to
what, with example customer ids for each kind of change.

Example:
  consentry diff --policy examples/data/policy.json --policy examples/data/policy-strict.json \\
    --message examples/data/message.json --now 2026-05-04T19:30:00Z examples/data/customers.ndjson`,
  audit: `Usage: consentry audit --policy P --sends S --customers C [--json]

Re-judges every send of S (NDJSON: {customerId, at, channel, message}) as of the instant it was
sent, against the customer records in C (NDJSON), and lists every send the policy did not allow.
Exit status 1 when it finds any.

Example:
  consentry audit --policy examples/data/policy.json --sends examples/data/sends.ndjson \\
    --customers examples/data/customers.ndjson`,
  test: `Usage: consentry test [PATHS...]

Runs policy example files (JSON; directories are searched recursively; default: examples/),
prints each failing case with expected and actual side by side, and ends with "N passed, N failed".

Example:
  consentry test examples/packs`,
  schema: `Usage: consentry schema [customer|consentEvent|message|historyEntry|policy|decision]

Prints the JSON Schema (draft 2020-12) of the input shapes, or of one of them.`,
};

class _Usage extends Error {}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new _Usage(`cannot read ${what} '${path}': ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new _Usage(`${what} '${path}' is not JSON: ${(e as Error).message}`);
  }
}

function loadPolicy(path: string): CompiledPolicy {
  try {
    return compilePolicy(readJson(path, "policy"));
  } catch (e) {
    if (e instanceof PolicyError)
      throw new _Usage(`policy '${path}' is invalid:\n${formatIssues(e.issues)}`);
    throw e;
  }
}

function loadMessage(
  plan: CompiledPolicy,
  path: string,
  spread: string | undefined,
): PreparedMessage {
  try {
    return prepareMessage(plan, readJson(path, "message"), spread === undefined ? {} : { spread });
  } catch (e) {
    if (e instanceof InputError)
      throw new _Usage(`message '${path}' is invalid:\n${formatIssues(e.issues)}`);
    throw e;
  }
}

function parseNow(now: string | undefined): number {
  try {
    return now === undefined ? Date.now() : _parseNow(now);
  } catch {
    throw new _Usage(
      `--now '${now}' is not an ISO 8601 instant with an offset, such as 2026-05-04T10:00:00Z`,
    );
  }
}

async function loadHistory(path: string | undefined): Promise<Map<string, HistoryEntry[]>> {
  const map = new Map<string, HistoryEntry[]>();
  if (path === undefined) return map;
  for await (const l of readNdjson(path)) {
    const v = l.value as { customerId?: unknown } | undefined;
    if (
      l.error !== undefined ||
      v === null ||
      typeof v !== "object" ||
      typeof v.customerId !== "string"
    )
      throw new _Usage(`history '${path}' line ${l.line}: ${l.error ?? "needs a customerId"}`);
    const { customerId, ...entry } = v as { customerId: string } & HistoryEntry;
    const list = map.get(customerId) ?? [];
    list.push(entry);
    map.set(customerId, list);
  }
  return map;
}

/** What deciding the lines of a file shares; counts and reports the invalid ones. */
function lineBatch(
  plan: CompiledPolicy,
  pm: PreparedMessage,
  nowMs: number,
  history: Map<string, HistoryEntry[]>,
  counts: { invalid: number },
  report: boolean,
): _Batch & { line: number } {
  const batch = {
    plan,
    pm,
    nowMs,
    history: history.size === 0 ? undefined : (id: string) => history.get(id),
    line: 0,
    onInvalid: (issues: readonly Issue[]) => {
      counts.invalid++;
      if (!report) return;
      for (const i of issues)
        process.stderr.write(
          `line ${batch.line}: ${i.path.length > 0 ? i.path.join(".") : "(record)"}: ${i.message}\n`,
        );
    },
  };
  return batch;
}

/** Decides one NDJSON line through the one per-record path; a line that is not JSON is invalid. */
function decideLine(
  batch: _Batch & { line: number },
  l: { line: number; value?: unknown; error?: string | undefined },
): Decision {
  batch.line = l.line;
  if (l.error === undefined)
    return _decideRecord(batch, l.value, `line-${l.line}`, `line ${l.line}: `);
  const issues: Issue[] = [{ code: "invalid_json", path: [], message: l.error }];
  batch.onInvalid?.(issues);
  return _invalidDecision(
    batch.plan,
    `#line-${l.line}`,
    batch.nowMs,
    issues.map((i) => ({ ...i, message: `line ${l.line}: ${i.message}` })),
    batch.pm.message.id,
  );
}

async function cmdDecide(args: string[]): Promise<number> {
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
    throw new _Usage("decide needs --policy and --message");
  const plan = loadPolicy(values.policy);
  const pm = loadMessage(plan, values.message, values.spread);
  const nowMs = parseNow(values.now);
  const history = await loadHistory(values.history);
  const out = new LineWriter();
  const progress = new Progress(values.quiet);
  const counts = { invalid: 0 };
  const batch = lineBatch(plan, pm, nowMs, history, counts, true);
  let n = 0;
  for await (const l of readNdjson(positionals[0])) {
    const full = out.write(JSON.stringify(decideLine(batch, l)));
    if (full !== undefined) await full;
    progress.tick(++n);
  }
  await out.flush();
  progress.done(n);
  if (counts.invalid > 0) process.stderr.write(`${counts.invalid} of ${n} records were invalid\n`);
  return counts.invalid > 0 ? 1 : 0;
}

function printSummary(s: Summary): void {
  const rows = (o: Record<string, number>) =>
    Object.entries(o)
      .sort(([, a], [, b]) => b - a)
      .map(([k, v]) => `  ${k.padEnd(28)} ${String(v).padStart(9)}`)
      .join("\n") || "  (none)";
  const out = [
    `Decisions: ${s.total}`,
    `  ${"send".padEnd(28)} ${String(s.byVerdict.send).padStart(9)}`,
    `  ${"defer".padEnd(28)} ${String(s.byVerdict.defer).padStart(9)}`,
    `  ${"deny".padEnd(28)} ${String(s.byVerdict.deny).padStart(9)}${s.invalid > 0 ? `  (${s.invalid} invalid records)` : ""}`,
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
  process.stdout.write(`${out.join("\n")}\n`);
}

async function cmdSummarize(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const s = new Summarizer();
  for await (const l of readNdjson(positionals[0])) {
    if (l.error !== undefined) throw new _Usage(`line ${l.line}: ${l.error}`);
    s.add(l.value as Decision);
  }
  const r = s.result();
  if (values.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  else printSummary(r);
  return 0;
}

async function cmdDiff(args: string[]): Promise<number> {
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
  const [pa, pb] = values.policy ?? [];
  if (pa === undefined || pb === undefined || values.message === undefined)
    throw new _Usage("diff needs two --policy files and --message");
  const a = loadPolicy(pa);
  const b = loadPolicy(pb);
  const ma = loadMessage(a, values.message, undefined);
  const mb = loadMessage(b, values.message, undefined);
  const nowMs = parseNow(values.now);
  const diff = new DecisionDiff();
  const none = new Map<string, HistoryEntry[]>();
  const counts = { invalid: 0 };
  const ba = lineBatch(a, ma, nowMs, none, counts, true);
  const bb = lineBatch(b, mb, nowMs, none, { invalid: 0 }, false);
  const progress = new Progress(values.quiet);
  let n = 0;
  for await (const l of readNdjson(positionals[0])) {
    diff.add(decideLine(ba, l), decideLine(bb, l));
    progress.tick(++n);
  }
  progress.done(n);
  const r = diff.result();
  if (values.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  else {
    const lines = [
      `${r.total} customers, ${r.changed} decisions change from '${a.id}' to '${b.id}'`,
    ];
    for (const [k, v] of Object.entries(r.changes))
      lines.push(
        `  ${k.padEnd(34)} ${String(v.count).padStart(7)}   e.g. ${v.examples.join(", ")}`,
      );
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  return counts.invalid > 0 ? 1 : 0;
}

async function cmdAudit(args: string[]): Promise<number> {
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
    throw new _Usage("audit needs --policy, --sends and --customers");
  const plan = loadPolicy(values.policy);
  const customers = new Map<string, unknown>();
  let skipped = 0;
  for await (const l of readNdjson(values.customers)) {
    const v = l.value as { id?: unknown } | undefined;
    if (l.error !== undefined || v === null || typeof v !== "object" || typeof v.id !== "string") {
      // Reported, never silently dropped: sends to such a customer become findings.
      process.stderr.write(`customers line ${l.line}: ${l.error ?? "needs an id"}; skipped\n`);
      skipped++;
      continue;
    }
    customers.set(v.id, v);
  }
  const sends: unknown[] = [];
  for await (const l of readNdjson(values.sends)) {
    if (l.error !== undefined)
      throw new _Usage(`sends '${values.sends}' line ${l.line}: ${l.error}`);
    sends.push(l.value);
  }
  const r = auditSends(plan, sends, (id) => customers.get(id));
  if (values.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  else {
    const lines = [
      `${r.checked} sends checked against '${plan.id}', ${r.findings.length} not allowed`,
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
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  return r.findings.length > 0 || skipped > 0 ? 1 : 0;
}

function exampleFiles(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) =>
      name === "data" || name === "node_modules" ? [] : exampleFiles(join(path, name)),
    )
    .filter((p) => p.endsWith(".json"));
}

function cmdTest(args: string[]): number {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const paths = positionals.length > 0 ? positionals : ["examples"];
  let passed = 0;
  let failed = 0;
  for (const file of paths.flatMap(exampleFiles)) {
    let loaded: ReturnType<typeof loadExampleFile>;
    try {
      loaded = loadExampleFile(readJson(file, "example file"));
    } catch (e) {
      failed++;
      const msg = e instanceof PolicyError ? formatIssues(e.issues) : (e as Error).message;
      process.stdout.write(`FAIL ${file}: cannot load\n${msg.replace(/^/gm, "    ")}\n`);
      continue;
    }
    for (const c of loaded.file.cases) {
      const r = runExampleCase(loaded.file, loaded.plan, c);
      if (r.passed) {
        passed++;
        continue;
      }
      failed++;
      const d = r.actual;
      const actual = {
        verdict: d.verdict,
        channel: d.channel,
        sendAt: d.sendAt,
        reasons: [...new Set(d.reasons.map((x) => x.code))],
        basis: d.basis?.code,
        consentId: d.basis?.consentId,
      };
      process.stdout.write(`FAIL ${file} › ${c.name}\n`);
      for (const p of r.problems) process.stdout.write(`    ${p}\n`);
      const left = JSON.stringify(r.expected, null, 2).split("\n");
      const right = JSON.stringify(actual, null, 2).split("\n");
      process.stdout.write(`    ${"expected".padEnd(44)} actual\n`);
      for (let i = 0; i < Math.max(left.length, right.length); i++)
        process.stdout.write(`    ${(left[i] ?? "").padEnd(44)} ${right[i] ?? ""}\n`);
    }
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function cmdSchema(args: string[]): number {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  const all = jsonSchemas() as Record<string, unknown>;
  const name = positionals[0];
  if (name !== undefined && !Object.hasOwn(all, name))
    throw new _Usage(`unknown schema '${name}'; one of ${Object.keys(all).join(", ")}`);
  process.stdout.write(`${JSON.stringify(name === undefined ? all : all[name], null, 2)}\n`);
  return 0;
}

/** Runs the command line; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === "--help" || cmd === "-h" || cmd === "help") {
    process.stdout.write(`${HELP.main}\n`);
    return cmd === undefined ? 2 : 0;
  }
  const extra = reportCommands.find((c) => c.name === cmd);
  if (extra !== undefined) {
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(`${extra.help}\n`);
      return 0;
    }
    return extra.run(rest, { stdout: process.stdout, stderr: process.stderr });
  }
  if (!Object.hasOwn(HELP, cmd) || cmd === "main") {
    process.stderr.write(`consentry: unknown command '${cmd}'\n\n${HELP.main}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${HELP[cmd]}\n`);
    return 0;
  }
  try {
    switch (cmd) {
      case "decide":
        return await cmdDecide(rest);
      case "summarize":
        return await cmdSummarize(rest);
      case "diff":
        return await cmdDiff(rest);
      case "audit":
        return await cmdAudit(rest);
      case "test":
        return cmdTest(rest);
      default:
        return cmdSchema(rest);
    }
  } catch (e) {
    if (e instanceof _Usage || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`consentry ${cmd}: ${(e as Error).message}\n\n${HELP[cmd]}\n`);
      return 2;
    }
    throw e;
  }
}

/**
 * A streaming run holds little live data, but V8 sizes its heap to the allocation rate and lets
 * a million-record `decide` grow past 200 MB of garbage. Unless the user chose a heap limit, the
 * streaming commands re-run themselves once with a small old space (V8 ignores that flag once
 * started). `CONSENTRY_NO_RESPAWN=1` turns this off.
 */
function _respawnWithSmallHeap(argv: string[]): boolean {
  const streaming = argv[0] === "decide" || argv[0] === "diff";
  const chosen =
    process.execArgv.some((a) => a.startsWith("--max-old-space-size")) ||
    (process.env.NODE_OPTIONS ?? "").includes("--max-old-space-size") ||
    process.env.CONSENTRY_NO_RESPAWN === "1";
  if (!streaming || chosen || argv.includes("--help") || argv.includes("-h")) return false;
  const child = spawn(
    process.execPath,
    ["--max-old-space-size=96", ...process.execArgv, fileURLToPath(import.meta.url), ...argv],
    {
      stdio: "inherit",
      env: { ...process.env, CONSENTRY_NO_RESPAWN: "1" },
    },
  );
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => {
    process.exitCode = signal === null ? (code ?? 2) : 2;
  });
  return true;
}

if (!_respawnWithSmallHeap(process.argv.slice(2)))
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `consentry: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 2;
    },
  );
