/** What `decide`, `diff` and `audit` share: loading the policy and message, deciding a line. */
import { compilePolicy } from "../bundled.js";
import type { CompiledPolicy } from "../engine/compile.js";
import { type _Batch, _decideRecord } from "../engine/pipeline/record.js";
import { _parseNow, type PreparedMessage, prepareMessage } from "../engine/pipeline/resolve.js";
import { _invalidDecision } from "../engine/pipeline/verdict.js";
import type { Decision } from "../model/decision.js";
import { formatIssues, InputError, type Issue, PolicyError } from "../model/errors.js";
import type { HistoryEntry } from "../model/history.js";
import type { PolicyInput } from "../model/policy.js";
import { CliError, type CommandIo, UsageError } from "./io.js";
import { type NdjsonLine, readJsonFile, readNdjson } from "./ndjson.js";

/** Reads and compiles a policy file; every problem is listed with its path. */
export function loadPolicy(path: string): CompiledPolicy {
  try {
    // Data from a file: compilePolicy validates it whatever its type says.
    return compilePolicy(readJsonFile(path, "policy") as PolicyInput);
  } catch (e) {
    if (e instanceof PolicyError)
      throw new CliError(`policy '${path}' is invalid:\n${formatIssues(e.issues)}`);
    throw e;
  }
}

/** Reads and prepares a message file for a plan. */
export function loadMessage(
  plan: CompiledPolicy,
  path: string,
  spread: string | undefined,
): PreparedMessage {
  try {
    return prepareMessage(
      plan,
      readJsonFile(path, "message"),
      spread === undefined ? {} : { spread },
    );
  } catch (e) {
    if (e instanceof InputError)
      throw new CliError(`message '${path}' is invalid:\n${formatIssues(e.issues)}`);
    throw e;
  }
}

/** `--now`, or the current time. */
export function parseNow(now: string | undefined): number {
  try {
    return now === undefined ? Date.now() : _parseNow(now);
  } catch {
    throw new UsageError(
      `--now '${now}' is not an ISO 8601 instant with an offset, such as 2026-05-04T10:00:00Z`,
    );
  }
}

/** Reads `--history`: NDJSON entries with a `customerId`, grouped by customer. */
export async function loadHistory(
  path: string | undefined,
  io: CommandIo,
): Promise<Map<string, HistoryEntry[]>> {
  const map = new Map<string, HistoryEntry[]>();
  if (path === undefined) return map;
  for await (const l of readNdjson({ path, stdin: io.stdin })) {
    const v = l.value as { customerId?: unknown } | undefined;
    if (
      l.error !== undefined ||
      v === null ||
      typeof v !== "object" ||
      typeof v.customerId !== "string"
    )
      throw new CliError(`history '${path}' line ${l.line}: ${l.error ?? "needs a customerId"}`);
    const { customerId, ...entry } = v as { customerId: string } & HistoryEntry;
    const list = map.get(customerId) ?? [];
    list.push(entry);
    map.set(customerId, list);
  }
  return map;
}

/** A batch over the lines of a file: the line being decided, and a count of invalid ones. */
export interface LineBatch extends _Batch {
  line: number;
  invalid: number;
  /** Writes one problem line to standard error, or nothing (the second policy of `diff`). */
  readonly report: (text: string) => void;
}

/**
 * What deciding the lines of a file shares; counts the invalid lines and, given `io`, writes
 * each problem to standard error as `line 5: jurisdiction: …`.
 */
export function lineBatch(
  plan: CompiledPolicy,
  pm: PreparedMessage,
  nowMs: number,
  history: Map<string, HistoryEntry[]>,
  io: CommandIo | undefined,
): LineBatch {
  const report = io === undefined ? () => {} : (text: string) => io.stderr.line(text);
  const batch: LineBatch = {
    plan,
    pm,
    nowMs,
    history: history.size === 0 ? undefined : (id: string) => history.get(id),
    line: 0,
    invalid: 0,
    report,
    onInvalid: (issues: readonly Issue[]) => {
      batch.invalid++;
      for (const i of issues)
        report(
          `line ${batch.line}: ${i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.message}`,
        );
    },
  };
  return batch;
}

/**
 * Decides one NDJSON line through the one per-record path. A line that is not JSON, or repeats a
 * key (the issue's path is the key's), is `input.invalid`; a record without an id is named
 * `#line-<n>`.
 */
export function decideLine(batch: LineBatch, l: NdjsonLine): Decision {
  batch.line = l.line;
  if (l.error === undefined)
    return _decideRecord(batch, l.value, `line-${l.line}`, `line ${l.line}: `);
  batch.invalid++;
  batch.report(`line ${l.line}: ${l.error}`);
  return _invalidDecision(
    batch.plan,
    `#line-${l.line}`,
    batch.nowMs,
    [
      l.path === undefined
        ? { code: "invalid_json", path: [], message: `line ${l.line}: ${l.error}` }
        : { code: "invalid_json", path: l.path, message: `line ${l.line}: key given twice` },
    ],
    batch.pm.message.id,
  );
}

/** `N of M records were invalid`, in English. */
export function invalidLine(invalid: number, total: number): string {
  return `${invalid} of ${total} ${total === 1 ? "record" : "records"} ${invalid === 1 ? "was" : "were"} invalid`;
}
