/**
 * The run's writes to Redis, each one Lua script (atomic), on BullMQ's own client: a chunk's
 * decisions are written once (a retried, stalled or duplicated job finds them there and writes
 * nothing), and only while the run exists (a removed or lost run gets no stray keys).
 */
import { Queue } from "bullmq";
import { _connectionOptions, type RunTarget } from "./keys.js";

/** BullMQ's Redis client: the commands consentry uses of it. */
export type _Client = Awaited<Queue["client"]>;

const SCRIPTS = {
  // KEYS: meta; ARGV: field, value, ... → 1 created, 0 exists already
  consentryCreateRun: {
    keys: 1,
    lua: `if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV))
return 1`,
  },
  // KEYS: meta, input; ARGV: input text, records in it → 1, or -1 when the run is gone
  consentryPutChunk: {
    keys: 2,
    lua: `if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
redis.call('SET', KEYS[2], ARGV[1])
redis.call('HINCRBY', KEYS[1], 'queued', 1)
redis.call('HINCRBY', KEYS[1], 'records', ARGV[2])
return 1`,
  },
  // KEYS: meta, output, input; ARGV: output text, decisions, invalid, time (ms), token
  // → 1 written, 0 written before (nothing written now), -1 the run is gone,
  //   -2 the run is another incarnation (removed and enqueued again under the same id)
  consentryWriteOnce: {
    keys: 3,
    lua: `if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
if redis.call('HGET', KEYS[1], 'token') ~= ARGV[5] then return -2 end
if redis.call('SETNX', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('DEL', KEYS[3])
redis.call('HINCRBY', KEYS[1], 'done', 1)
redis.call('HINCRBY', KEYS[1], 'decided', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'invalid', ARGV[3])
redis.call('HSETNX', KEYS[1], 'firstAt', ARGV[4])
redis.call('HSET', KEYS[1], 'lastAt', ARGV[4])
return 1`,
  },
  // KEYS: meta, failed; ARGV: chunk, why, token → 1, or -1 when the run is gone (or is another
  // incarnation: the failure of an earlier run's job is not the new run's)
  consentryFail: {
    keys: 2,
    lua: `if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
if redis.call('HGET', KEYS[1], 'token') ~= ARGV[3] then return -1 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1`,
  },
  // KEYS: policy, its runs; ARGV: source, run → 1
  consentryPutPolicy: {
    keys: 2,
    lua: `redis.call('SET', KEYS[1], ARGV[1], 'NX')
redis.call('SADD', KEYS[2], ARGV[2])
return 1`,
  },
  // KEYS: policy, its runs; ARGV: run → 1 when the source was removed (no run uses it), else 0
  consentryReleasePolicy: {
    keys: 2,
    lua: `redis.call('SREM', KEYS[2], ARGV[1])
if redis.call('SCARD', KEYS[2]) == 0 then redis.call('DEL', KEYS[1], KEYS[2]) return 1 end
return 0`,
  },
  // KEYS: a key → 1 when it exists, else 0
  consentryExists: {
    keys: 1,
    lua: `return redis.call('EXISTS', KEYS[1])`,
  },
  // KEYS: the hash; ARGV: field, value, ... → fields set
  consentryHset: {
    keys: 1,
    lua: `return redis.call('HSET', KEYS[1], unpack(ARGV))`,
  },
} as const;

/** The name of one of consentry's scripts. */
export type _Script = keyof typeof SCRIPTS;

const _defined = new WeakSet<object>();

/** Defines consentry's scripts on a client, once. */
function _define(client: _Client): void {
  if (_defined.has(client)) return;
  for (const [name, s] of Object.entries(SCRIPTS))
    client.defineCommand(name, { numberOfKeys: s.keys, lua: s.lua });
  _defined.add(client);
}

/** Runs one of consentry's scripts: its keys, then its arguments (bytes are sent as they are). */
export async function _run(
  client: _Client,
  name: _Script,
  keys: readonly string[],
  args: readonly (string | number | Buffer)[],
): Promise<number> {
  _define(client);
  const argv = args.map((a) => (typeof a === "number" ? String(a) : a));
  return Number(await client.runCommand(name, [...keys, ...argv]));
}

/**
 * A BullMQ queue for consentry's own reads and writes. Its connection errors are kept (the
 * commands that fail report them); without a listener an `error` event would end the process.
 */
export function _openQueue(name: string, target: RunTarget): Queue {
  const q = new Queue(name, { connection: _connectionOptions(target.connection) });
  q.on("error", () => {});
  return q;
}
