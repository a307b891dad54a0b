import { InputError } from "../model/errors.js";
import { _unitHash } from "./hash.js";

/**
 * The shard (`0` to `shards - 1`) a customer belongs to, for splitting an audience across
 * machines or jobs: a stable hash of the customer id (the FNV-1a hash `spread` uses, mixed again
 * so that a shard does not get one slice of every release window). The same id always gives the
 * same shard, on any machine, in any runtime, in every version of consentry: changing it is a
 * breaking change. Decisions are pure, so deciding each shard on its own and merging gives
 * exactly the decisions of deciding the whole audience at once.
 *
 * @param customerId - the customer's `id`
 * @param shards - how many shards (a whole number from 1 to 2^32)
 * @returns the shard number, from 0 to `shards - 1`
 * @throws {InputError} when `customerId` is not a string or `shards` is not a whole number in range
 * @example
 * const mine = customers.filter((c) => shardOf(c.id, 8) === Number(process.env.SHARD));
 */
export function shardOf(customerId: string, shards: number): number {
  if (typeof customerId !== "string")
    throw new InputError([
      { code: "invalid_type", path: ["customerId"], message: "must be a string" },
    ]);
  if (!Number.isInteger(shards) || shards < 1 || shards > 4_294_967_296)
    throw new InputError([
      {
        code: "invalid_shards",
        path: ["shards"],
        message: "must be a whole number from 1 to 2^32",
      },
    ]);
  // _unitHash is the 32-bit FNV-1a hash divided by 2^32, so this recovers it exactly.
  let h = _unitHash(customerId) * 4_294_967_296;
  // murmur3's finaliser: spreads every bit of the hash over the bits the shard is taken from.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % shards;
}
