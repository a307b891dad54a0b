/**
 * A chunk as it sits in Redis, and deciding it. The input of a chunk is one string: a JSON
 * header line (`at`: each item's line number or position; `pre`: decisions the producer made
 * itself, for records that could not be sent as JSON) and then one item per line (the NDJSON
 * line's text, or the record's JSON). Its output is one string too: a JSON header line (count,
 * invalid records, the chunk's summary, the problem lines `consentry decide` prints on standard
 * error) and then one decision per line, as `JSON.stringify` writes it.
 */
import type { CommandIo } from "../cli/io.js";
import { decideLine, lineBatch } from "../cli/load.js";
import { type NdjsonLine, parseJsonStrict } from "../cli/ndjson.js";
import type { CompiledPolicy } from "../engine/compile.js";
import { type _Batch, _decideRecord } from "../engine/pipeline/record.js";
import type { PreparedMessage } from "../engine/pipeline/resolve.js";
import { Summarizer, type Summary } from "../engine/summarize.js";
import type { HistoryEntry } from "../model/history.js";

/** How the items of a run are named: NDJSON lines (`#line-N`) or records (`#<position>`). */
export type RunMode = "lines" | "records";

/** The header of a chunk's input. */
export interface _InputHeader {
  /** Each item's 1-based line number (lines) or 0-based position (records). */
  readonly at: readonly number[];
  /** Item index → the decision's JSON, made by the producer (a record JSON cannot carry). */
  readonly pre?: Readonly<Record<string, string>> | undefined;
}

/** The header of a chunk's output. */
export interface _OutputHeader {
  /** Decisions in the chunk. */
  readonly n: number;
  /** Of which `input.invalid`. */
  readonly invalid: number;
  /** `summarize` over the chunk's decisions. */
  readonly summary: Summary;
  /** The problem lines `consentry decide` writes on standard error for these records. */
  readonly reports: readonly string[];
}

const NL = Buffer.from("\n");

/**
 * Makes a chunk's input: UTF-8 bytes, the header line and then the items, one per line. Items
 * given as bytes (NDJSON lines) are copied once, never decoded here.
 */
export function _encodeInput(header: _InputHeader, items: readonly (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from(JSON.stringify(header))];
  for (const item of items) parts.push(NL, typeof item === "string" ? Buffer.from(item) : item);
  return Buffer.concat(parts);
}

/** Splits a chunk's input string into its header and items. */
export function _decodeInput(text: string): { header: _InputHeader; items: string[] } {
  const nl = text.indexOf("\n");
  const header = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as _InputHeader;
  const items = nl < 0 ? [] : text.slice(nl + 1).split("\n");
  return { header, items };
}

/** Splits a chunk's output string into its header and the decisions' text (lines, no final \n). */
export function _decodeOutput(text: string): { header: _OutputHeader; body: string } {
  const nl = text.indexOf("\n");
  return {
    header: JSON.parse(nl < 0 ? text : text.slice(0, nl)) as _OutputHeader,
    body: nl < 0 ? "" : text.slice(nl + 1),
  };
}

/** What every chunk of a run shares on a worker. */
export interface _RunContext {
  readonly plan: CompiledPolicy;
  readonly pm: PreparedMessage;
  readonly nowMs: number;
  readonly mode: RunMode;
}

/** The parsed items of a chunk, before deciding: what the history lookup needs (their ids). */
export interface _ParsedChunk {
  readonly header: _InputHeader;
  readonly values: readonly (NdjsonLine | { line: number; value: unknown } | undefined)[];
}

/** Parses a chunk's items: NDJSON lines strictly (duplicate keys refused), records as JSON. */
export function _parseChunk(input: string, mode: RunMode): _ParsedChunk {
  const { header, items } = _decodeInput(input);
  const values = items.map((text, i) => {
    if (header.pre?.[i] !== undefined) return undefined;
    const at = header.at[i] as number;
    if (mode === "records") return { line: at, value: JSON.parse(text) as unknown };
    const r = parseJsonStrict(text);
    if (r.ok) return { line: at, value: r.value };
    return r.path === undefined
      ? { line: at, error: r.error }
      : { line: at, error: r.error, path: r.path };
  });
  return { header, values };
}

/** The string ids of a parsed chunk's records (for the history lookup). */
export function _idsOf(chunk: _ParsedChunk): string[] {
  const ids = new Set<string>();
  for (const v of chunk.values) {
    const r = v?.value as { id?: unknown } | null | undefined;
    if (r !== null && typeof r === "object" && typeof r.id === "string") ids.add(r.id);
  }
  return [...ids];
}

/**
 * Decides a parsed chunk through the one per-record path (`_decideRecord`; for NDJSON lines the
 * CLI's `decideLine`, so names, notes and problem lines are those of `consentry decide`). A record
 * never fails the chunk: a bad one is its own `input.invalid`.
 */
export function _decideChunk(
  ctx: _RunContext,
  chunk: _ParsedChunk,
  history: Map<string, HistoryEntry[]>,
): { text: string; n: number; invalid: number } {
  const reports: string[] = [];
  const summary = new Summarizer();
  const lines: string[] = [];
  let invalid = 0;
  const io = { stderr: { line: (t: string) => reports.push(t) } } as unknown as CommandIo;
  const lb = lineBatch(ctx.plan, ctx.pm, ctx.nowMs, history, io);
  const rb: _Batch = {
    plan: ctx.plan,
    pm: ctx.pm,
    nowMs: ctx.nowMs,
    history: history.size === 0 ? undefined : (id: string) => history.get(id),
  };
  chunk.values.forEach((v, i) => {
    const pre = chunk.header.pre?.[i];
    const d =
      v === undefined
        ? JSON.parse(pre as string)
        : ctx.mode === "lines"
          ? decideLine(lb, v as NdjsonLine)
          : _decideRecord(rb, v.value, v.line);
    summary.add(d);
    if (d.verdict === "deny" && d.reasons.some((r: { code: string }) => r.code === "input.invalid"))
      invalid++;
    lines.push(v === undefined ? (pre as string) : JSON.stringify(d));
  });
  const header: _OutputHeader = {
    n: lines.length,
    invalid,
    summary: summary.result(),
    reports,
  };
  return { text: `${JSON.stringify(header)}\n${lines.join("\n")}`, n: lines.length, invalid };
}

/** Adds two summaries: what `summarize` gives over the decisions of both. */
export function _mergeSummaries(a: Summary, b: Summary): Summary {
  const add = <K extends string>(
    x: Partial<Record<K, number>>,
    y: Partial<Record<K, number>>,
  ): Record<K, number> => {
    const out = { ...x } as Record<K, number>;
    for (const [k, v] of Object.entries(y) as [K, number][]) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return {
    total: a.total + b.total,
    byVerdict: {
      send: a.byVerdict.send + b.byVerdict.send,
      defer: a.byVerdict.defer + b.byVerdict.defer,
      deny: a.byVerdict.deny + b.byVerdict.deny,
    },
    byChannel: add(a.byChannel, b.byChannel),
    denialsByReason: add(a.denialsByReason, b.denialsByReason),
    invalid: a.invalid + b.invalid,
    deferralsByLocalHour: Object.fromEntries(
      Object.entries(add(a.deferralsByLocalHour, b.deferralsByLocalHour)).sort(),
    ),
  };
}

/** `summarize` over no decisions. */
export function _emptySummary(): Summary {
  return new Summarizer().result();
}
