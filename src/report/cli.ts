import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { compilePolicy } from "../bundled.js";
import { readNdjson } from "../cli/ndjson.js";
import type { AuditResult } from "../engine/audit.js";
import type { CompiledPolicy } from "../engine/plan.js";
import type { Decision } from "../model/decision.js";
import { formatIssues, InputError, PolicyError } from "../model/errors.js";
import type { HistoryEntry } from "../model/history.js";
import { campaignReport } from "./campaign.js";
import { MISSING_PEERS } from "./charts.js";
import { explainDecision } from "./explain.js";
import { formatExplanation, renderExplanation } from "./explain-render.js";

/**
 * The `consentry report` and `consentry explain` commands, as entries the command line's
 * dispatcher runs: `run(args, io)` returns the exit status (0 fine, 2 bad usage or input).
 */

/** Where a command writes. */
export interface CommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** One command of the command line. */
export interface Command {
  /** The word after `consentry`. */
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** The text of `consentry <name> --help`. */
  readonly help: string;
  /** Runs the command on its arguments (those after the name); resolves to the exit status. */
  run(args: string[], io: CommandIo): Promise<number>;
}

class _Usage extends Error {}

function _readJson(path: string, what: string): unknown {
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

function _isDecision(v: unknown): v is Decision {
  const d = v as Partial<Decision> | null;
  return (
    d !== null &&
    typeof d === "object" &&
    (d.verdict === "send" || d.verdict === "defer" || d.verdict === "deny") &&
    typeof d.customerId === "string" &&
    typeof d.now === "string" &&
    Array.isArray(d.reasons) &&
    Array.isArray(d.channels) &&
    typeof d.policy === "object"
  );
}

/** The decisions of an NDJSON file (or standard input), checked for their shape line by line. */
async function* _decisions(path: string | undefined, what: string): AsyncGenerator<Decision> {
  for await (const l of readNdjson({ path, stdin: process.stdin })) {
    if (l.error !== undefined) throw new _Usage(`${what} line ${l.line}: ${l.error}`);
    if (!_isDecision(l.value))
      throw new _Usage(
        `${what} line ${l.line}: not a decision (needs verdict, customerId, now, reasons, channels, policy)`,
      );
    yield l.value;
  }
}

async function* _records(path: string): AsyncGenerator<unknown> {
  for await (const l of readNdjson({ path, stdin: process.stdin })) yield l.value;
}

/** Runs a command body, turning usage errors and missing peers into exit status 2. */
async function _guard(
  name: string,
  help: string,
  io: CommandIo,
  body: () => Promise<number>,
): Promise<number> {
  try {
    return await body();
  } catch (e) {
    const msg = (e as Error).message;
    if (
      e instanceof _Usage ||
      e instanceof RangeError ||
      (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true
    ) {
      io.stderr.write(`consentry ${name}: ${msg}\n\n${help}\n`);
      return 2;
    }
    if (msg === MISSING_PEERS) {
      io.stderr.write(`consentry ${name}: ${msg}\n`);
      return 2;
    }
    throw e;
  }
}

const REPORT_HELP = `Usage: consentry report [--customers C] [--compare B] [--audit A] [--title T] [--out FILE] [DECISIONS]

Reads decisions as NDJSON (a file, or standard input when DECISIONS is '-' or absent) and writes one
self-contained HTML page (inline SVG and CSS, no script, nothing fetched): verdicts, reach by
channel, denials by reason with their rules and laws, the deferrals by the recipient's local hour
and day (the release schedule), the sending load by UTC hour, and verdicts by jurisdiction. It
streams: memory stays flat whatever the number of decisions.

  --customers C  the customer NDJSON the decisions were made from, in the same order (as decide
                 writes them): jurisdictions from the records. Without it, each decision counts
                 under the most specific jurisdiction pack whose rules applied to it.
  --compare B    the same customers' decisions under a second policy (same order): a policy diff
  --audit A      the output of 'consentry audit --json': the past sends that were not allowed
  --title T      the page's title
  --out FILE     write the page to FILE (default: standard output)

Needs the optional packages @observablehq/plot and linkedom (npm install @observablehq/plot linkedom).

Example:
  consentry decide --policy examples/data/policy.json --message examples/data/message.json \\
    --now 2026-05-04T18:15:00Z examples/data/customers.ndjson > a.ndjson
  consentry report --customers examples/data/customers.ndjson --out report.html a.ndjson`;

/** `consentry report`: the campaign report page from a decisions NDJSON. */
export const reportCommand: Command = {
  name: "report",
  summary:
    "an HTML campaign report from decisions: reach, denials and their laws, release schedule",
  help: REPORT_HELP,
  run: (args, io) =>
    _guard("report", REPORT_HELP, io, async () => {
      const { values, positionals } = parseArgs({
        args,
        options: {
          customers: { type: "string" },
          compare: { type: "string" },
          audit: { type: "string" },
          title: { type: "string" },
          out: { type: "string" },
        },
        allowPositionals: true,
      });
      if (positionals.length > 1) throw new _Usage("report takes one decisions file");
      let audit: AuditResult | undefined;
      if (values.audit !== undefined) {
        const a = _readJson(values.audit, "audit") as Partial<AuditResult> | null;
        if (a === null || typeof a.checked !== "number" || !Array.isArray(a.findings))
          throw new _Usage(
            `audit '${values.audit}' is not the output of 'consentry audit --json' (needs checked and findings)`,
          );
        audit = a as AuditResult;
      }
      const html = await campaignReport(
        {
          decisions: _decisions(positionals[0], "decisions"),
          customers: values.customers === undefined ? undefined : _records(values.customers),
          compare: values.compare === undefined ? undefined : _decisions(values.compare, "compare"),
          audit,
        },
        { title: values.title },
      );
      if (values.out === undefined) io.stdout.write(html);
      else {
        writeFileSync(values.out, html);
        io.stderr.write(`wrote ${values.out}\n`);
      }
      return 0;
    }),
};

const EXPLAIN_HELP = `Usage: consentry explain --policy P --message M --customer FILE [--id ID] [--now T] [--history H]
                        [--spread D] [--days N] [--html FILE] [--width N] [--ascii]

Decides for one customer and draws the decision as a timeline in the recipient's local time: one
lane per candidate channel and per time constraint (quiet hours, calling windows, holidays,
blackouts, frequency caps, a pause, the lapse of the legal basis), the instants each allows, the set
they leave each channel, now, the chosen send and daylight-saving changes.

  --policy P    policy JSON file
  --message M   message JSON file
  --customer F  a customer JSON file, or an NDJSON export with --id
  --id ID       the customer to take from an NDJSON export
  --now T       decision instant, ISO 8601 with offset (default: the current time)
  --history H   NDJSON of history entries with a customerId field
  --spread D    the release window the campaign is decided with, e.g. PT2H
  --days N      days shown (default 3; widened to the day after the chosen send)
  --html FILE   also write the timeline as a self-contained HTML page (needs @observablehq/plot
                and linkedom)
  --width N     width of the text timeline (default 100)
  --ascii       ASCII characters only

Example:
  consentry explain --policy examples/data/policy.json --message examples/data/message.json \\
    --customer examples/data/customers.ndjson --id emma-ca --now 2026-05-04T19:30:00Z`;

function _loadPolicy(path: string): CompiledPolicy {
  try {
    // Data from a file: compilePolicy validates it whatever its type says.
    return compilePolicy(_readJson(path, "policy") as never);
  } catch (e) {
    if (e instanceof PolicyError)
      throw new _Usage(`policy '${path}' is invalid:\n${formatIssues(e.issues)}`);
    throw e;
  }
}

async function _customer(path: string, id: string | undefined): Promise<unknown> {
  if (id === undefined) return _readJson(path, "customer");
  for await (const l of readNdjson({ path, stdin: process.stdin })) {
    const v = l.value as { id?: unknown } | undefined;
    if (v !== null && typeof v === "object" && v.id === id) return v;
  }
  throw new _Usage(`no customer with id '${id}' in '${path}'`);
}

async function _history(path: string | undefined, id: string): Promise<HistoryEntry[] | undefined> {
  if (path === undefined) return undefined;
  const out: HistoryEntry[] = [];
  for await (const l of readNdjson({ path, stdin: process.stdin })) {
    const v = l.value as { customerId?: unknown } | undefined;
    if (l.error !== undefined || v === null || typeof v !== "object")
      throw new _Usage(`history '${path}' line ${l.line}: ${l.error ?? "not an object"}`);
    if (v.customerId !== id) continue;
    const { customerId: _, ...entry } = v as { customerId: string } & HistoryEntry;
    out.push(entry);
  }
  return out;
}

/** `consentry explain`: one decision as a timeline, as text and optionally an HTML page. */
export const explainCommand: Command = {
  name: "explain",
  summary: "one customer's decision as a timeline of channels and constraints, local time",
  help: EXPLAIN_HELP,
  run: (args, io) =>
    _guard("explain", EXPLAIN_HELP, io, async () => {
      const { values } = parseArgs({
        args,
        options: {
          policy: { type: "string" },
          message: { type: "string" },
          customer: { type: "string" },
          id: { type: "string" },
          now: { type: "string" },
          history: { type: "string" },
          spread: { type: "string" },
          days: { type: "string" },
          html: { type: "string" },
          width: { type: "string" },
          ascii: { type: "boolean", default: false },
        },
      });
      if (
        values.policy === undefined ||
        values.message === undefined ||
        values.customer === undefined
      )
        throw new _Usage("explain needs --policy, --message and --customer");
      const plan = _loadPolicy(values.policy);
      const message = _readJson(values.message, "message");
      const customer = await _customer(values.customer, values.id);
      const id = (customer as { id?: unknown } | null)?.id;
      const history = typeof id === "string" ? await _history(values.history, id) : undefined;
      const days = values.days === undefined ? undefined : Number(values.days);
      const width = values.width === undefined ? undefined : Number(values.width);
      if (width !== undefined && !(Number.isInteger(width) && width >= 60 && width <= 400))
        throw new _Usage("--width must be a whole number from 60 to 400");
      let e: ReturnType<typeof explainDecision>;
      try {
        e = explainDecision(plan, {
          // Data from a file: validated by explainDecision as by decide.
          customer: customer as never,
          message: message as never,
          now: values.now ?? Date.now(),
          history,
          spread: values.spread,
          days,
        });
      } catch (err) {
        if (err instanceof InputError)
          throw new _Usage(`the input cannot be judged:\n${formatIssues(err.issues)}`);
        throw err;
      }
      io.stdout.write(`${formatExplanation(e, { width, ascii: values.ascii })}\n`);
      if (values.html !== undefined) {
        writeFileSync(values.html, await renderExplanation(e));
        io.stderr.write(`wrote ${values.html}\n`);
      }
      return 0;
    }),
};

/** The commands of this module, for the command line's dispatcher. */
export const reportCommands: readonly Command[] = [reportCommand, explainCommand];
