/**
 * Sharding an audience across machines: split a customer export into N shards by a stable hash of
 * the customer id (`shardOf`), decide each shard on its own (as N machines or N queue jobs
 * would), merge, and check that the merged decisions are exactly those of deciding the whole
 * file at once. See README.md next to this file for running each shard as a BullMQ job.
 *
 * Run it with `npx tsx examples/sharding/shard.ts [shards]` (default 3).
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
  type CompiledPolicy,
  compilePolicy,
  type DecideManyOptions,
  type Decision,
  decideMany,
  type MessageInput,
  shardOf,
} from "consentry";

/** One record of the export and its place in it (0-based, blank lines left out). */
export interface Line {
  readonly index: number;
  readonly record: unknown;
}

/** A decision and the place of its record in the whole export. */
export interface Placed {
  readonly index: number;
  readonly decision: Decision;
}

/** Reads NDJSON; a line that is not JSON stays a string, which `decideMany` reports invalid. */
export function readLines(text: string): Line[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index): Line => {
      try {
        return { index, record: JSON.parse(line) as unknown };
      } catch {
        return { index, record: line };
      }
    });
}

/** The id a record is sharded by: its `id`, or its place for a record without one. */
function idOf(line: Line): string | undefined {
  const r = line.record;
  const id = r !== null && typeof r === "object" ? (r as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}

/** Splits the export into `shards` lists; each customer always lands in the same one. */
export function split(lines: readonly Line[], shards: number): Line[][] {
  const out: Line[][] = Array.from({ length: shards }, () => []);
  for (const line of lines) out[shardOf(idOf(line) ?? `#${line.index}`, shards)]?.push(line);
  return out;
}

/**
 * Decides one shard, as one machine would. `decideMany` names an invalid record that has no `id`
 * after its place in the input it was given (`#<index>`): the place in the shard, so it is
 * renamed after its place in the whole export, as deciding the whole file would name it.
 */
export async function decideShard(
  plan: CompiledPolicy,
  shard: readonly Line[],
  options: DecideManyOptions,
): Promise<Placed[]> {
  const out: Placed[] = [];
  let i = 0;
  for await (const d of decideMany(
    plan,
    shard.map((l) => l.record),
    options,
  )) {
    const line = shard[i] as Line;
    const renamed =
      d.customerId === `#${i}` && idOf(line) === undefined
        ? { ...d, customerId: `#${line.index}` }
        : d;
    out.push({ index: line.index, decision: renamed });
    i++;
  }
  return out;
}

/** Merges the shards' decisions back into the order of the export. */
export function merge(shards: readonly (readonly Placed[])[]): Decision[] {
  return shards
    .flat()
    .sort((a, b) => a.index - b.index)
    .map((p) => p.decision);
}

/** The whole demonstration: returns the merged decisions and those of the whole file. */
export async function run(shards: number): Promise<{
  sizes: number[];
  merged: Decision[];
  whole: Decision[];
}> {
  const data = (name: string) => readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8");
  const plan = compilePolicy(JSON.parse(data("policy.json")));
  const message = JSON.parse(data("message.json")) as MessageInput;
  // Every shard must decide at the same instant: fix `now` once, for the whole campaign.
  const options: DecideManyOptions = { message, now: "2026-05-04T19:30:00Z", spread: "PT2H" };
  const lines = readLines(data("customers.ndjson"));

  const parts = split(lines, shards);
  // On one machine here; on N machines (or N queue jobs) in production.
  const decided = await Promise.all(parts.map((part) => decideShard(plan, part, options)));
  const merged = merge(decided);

  const whole: Decision[] = [];
  for await (const d of decideMany(
    plan,
    lines.map((l) => l.record),
    options,
  ))
    whole.push(d);
  return { sizes: parts.map((p) => p.length), merged, whole };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const shards = Number(process.argv[2] ?? 3);
  const { sizes, merged, whole } = await run(shards);
  sizes.forEach((n, s) => {
    console.log(`shard ${s}: ${n} customers`);
  });
  for (const d of merged)
    console.log(
      `${String(shardOf(d.customerId, shards)).padStart(2)} ${d.customerId.padEnd(14)} ${d.verdict}`,
    );
  const same = JSON.stringify(merged) === JSON.stringify(whole);
  console.log(
    `merged ${merged.length} decisions from ${shards} shards; equal to the whole file: ${same}`,
  );
  if (!same) process.exit(1);
}
