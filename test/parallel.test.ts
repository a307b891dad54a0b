/**
 * `decideManyParallel` (`consentry/node`), run from source: its workers load the worker script
 * through tsx. The built package is checked the same way by scripts/check-package.mjs.
 */
import { Worker } from "node:worker_threads";
import {
  compilePolicy,
  type Decision,
  decideMany,
  definePack,
  definePolicy,
  InputError,
  PolicyError,
  shardOf,
} from "consentry";
import { decideMany as decideManyNode, decideManyParallel } from "consentry/node";
import { describe, expect, it, vi } from "vitest";
import { generateAudience } from "../bench/audience.js";
import { message, policy } from "../bench/baseline.js";
import { run as runShards } from "../examples/sharding/shard.js";

const NIGHT = Date.parse("2026-05-04T22:30:00Z"); // most of the audience in quiet hours
const plan = compilePolicy(policy);

/** Generated customers with invalid records among them, some with an id and some without. */
function audience(n: number): unknown[] {
  const out: unknown[] = generateAudience(n, NIGHT, 7);
  out.splice(3, 0, "not a record");
  out.splice(1_234, 0, { id: "bad-1", jurisdiction: "Norway" });
  out.splice(2_500, 0, { jurisdiction: "NO" }, null);
  return out;
}

async function collect(it: AsyncIterable<Decision>): Promise<Decision[]> {
  const out: Decision[] = [];
  for await (const d of it) out.push(d);
  return out;
}

describe("decideManyParallel", () => {
  const customers = audience(3_000);
  const options = { message, now: NIGHT, spread: "PT2H" };

  it("gives decideMany's decisions, in input order, invalid records named by their index", async () => {
    const expected = await collect(decideMany(plan, customers, options));
    const got = await collect(
      decideManyParallel(plan, customers, { ...options, concurrency: 2, chunkSize: 250 }),
    );
    expect(got).toEqual(expected);
    expect(got.map((d) => d.customerId)).toEqual(expected.map((d) => d.customerId));
    expect(got.filter((d) => d.verdict === "defer").length).toBeGreaterThan(100);
    for (const [i, id] of [
      [3, "#3"],
      [1_234, "bad-1"],
      [2_500, "#2500"],
      [2_501, "#2501"],
    ] as const) {
      expect(got[i]?.customerId).toBe(id);
      expect(got[i]?.reasons[0]?.code).toBe("input.invalid");
    }
  });

  it("reads async iterables, and decides records that cannot be cloned on the main thread", async () => {
    const some = customers.slice(0, 700);
    // A function in a record cannot be posted to a worker: that chunk is decided here.
    some[450] = { ...(some[450] as object), extra: () => 1 };
    async function* stream() {
      for (const c of some) yield c;
    }
    const expected = await collect(decideMany(plan, some, options));
    expect(expected[450]?.reasons[0]?.code).toBe("input.invalid");
    const got = await collect(
      decideManyParallel(plan, stream(), { ...options, concurrency: 2, chunkSize: 100 }),
    );
    expect(got).toEqual(expected);
  });

  it("takes JSON texts and gives JSON texts with input and output 'json'", async () => {
    const some = customers.slice(0, 600);
    const lines: unknown[] = some.map((c) => JSON.stringify(c));
    lines[5] = "{ not json";
    lines[9] = some[9]; // an object among the texts is decided as it is
    const records = lines.map((l) => {
      try {
        return typeof l === "string" ? (JSON.parse(l) as unknown) : l;
      } catch {
        return l;
      }
    });
    const expected = (await collect(decideMany(plan, records, options))).map((d) =>
      JSON.stringify(d),
    );
    expect(expected[5]).toContain('"customerId":"#5"');
    const got: string[] = [];
    for await (const s of decideManyParallel(plan, lines, {
      ...options,
      concurrency: 2,
      chunkSize: 64,
      input: "json",
      output: "json",
    }))
      got.push(s);
    expect(got).toEqual(expected);
  });

  it("works with the plan's own packs, when they are plain data", async () => {
    const XX = definePack({
      code: "XX",
      name: "Example",
      jurisdictions: ["NO"],
      notes: [],
      policy: { quietHours: [{ id: "XX-NIGHT", windows: [{ from: "20:00", until: "10:00" }] }] },
    });
    const own = compilePolicy({ ...policy, packs: ["XX"] }, { packs: { XX } });
    const some = customers.slice(0, 400);
    const expected = await collect(decideMany(own, some, options));
    expect(expected.some((d) => d.reasons.some((r) => r.rule === "XX-NIGHT"))).toBe(true);
    expect(
      await collect(decideManyParallel(own, some, { ...options, concurrency: 2, chunkSize: 64 })),
    ).toEqual(expected);
  });

  it("stops its workers and the input on break, and reads only a bounded window ahead", async () => {
    let pulled = 0;
    let closed = false;
    function* endless() {
      try {
        for (let i = 0; ; i++) {
          pulled++;
          yield { ...(customers[i % 2_000] as object), id: `x${i}` };
        }
      } finally {
        closed = true;
      }
    }
    const terminate = vi.spyOn(Worker.prototype, "terminate");
    const gen = decideManyParallel(plan, endless(), { ...options, concurrency: 2, chunkSize: 50 });
    let n = 0;
    for await (const d of gen) {
      expect(d.customerId).toBe(`x${n}`);
      if (++n === 120) {
        // The workers are still busy: wait, then check that the input was not read ahead.
        await new Promise((r) => setTimeout(r, 300));
        // Read ahead, but only the rest of the chunk being taken plus two chunks per worker.
        expect(pulled).toBeGreaterThan(n);
        expect(pulled - n).toBeLessThanOrEqual(50 + 2 * 2 * 50);
        break;
      }
    }
    expect(closed).toBe(true);
    expect(await gen.next()).toEqual({ done: true, value: undefined });
    expect(terminate).toHaveBeenCalledTimes(2);
    terminate.mockRestore();
  });

  it("yields the decisions before a failing input, then throws its error", async () => {
    function* failing() {
      yield* customers.slice(0, 130);
      throw new Error("the export broke");
    }
    const got: Decision[] = [];
    await expect(async () => {
      for await (const d of decideManyParallel(plan, failing(), {
        ...options,
        concurrency: 2,
        chunkSize: 50,
      }))
        got.push(d);
    }).rejects.toThrow("the export broke");
    expect(got).toEqual(await collect(decideMany(plan, customers.slice(0, 130), options)));
  });

  it("refuses functions in the policy, a history lookup and a changed policy, before starting", async () => {
    const typed = compilePolicy(
      definePolicy({ id: "typed", rules: [{ id: "vip", test: () => false }] }),
    );
    const err = await decideManyParallel(typed, [], { ...options, concurrency: 2 })
      .next()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PolicyError);
    expect((err as PolicyError).issues[0]).toMatchObject({
      code: "not_transferable",
      path: ["rules", 0, "test"],
    });
    expect((err as Error).message).toMatch(/'concurrency' needs a JSON policy/);

    const withHistory = {
      ...options,
      concurrency: 2,
      history: () => [],
    } as unknown as Parameters<typeof decideManyParallel>[2];
    await expect(decideManyParallel(plan, [], withHistory).next()).rejects.toThrow(InputError);
    await expect(decideManyParallel(plan, [], withHistory).next()).rejects.toThrow(
      /history: a history lookup function cannot be sent/,
    );

    const source = { id: "mutable", channelPriority: ["email", "sms"] };
    const changed = compilePolicy(source);
    source.channelPriority.reverse();
    await expect(
      decideManyParallel(changed, [], { ...options, concurrency: 1 }).next(),
    ).rejects.toThrow(/changed after compilePolicy/);

    for (const bad of [{ concurrency: 0 }, { concurrency: 1.5 }, { concurrency: 2, chunkSize: 0 }])
      await expect(decideManyParallel(plan, [], { ...options, ...bad }).next()).rejects.toThrow(
        InputError,
      );
    await expect(
      decideManyParallel(plan, [], { ...options, concurrency: 2, now: "yesterday" }).next(),
    ).rejects.toThrow(InputError);
  });

  it("ends at once on an empty input", async () => {
    expect(await collect(decideManyParallel(plan, [], { ...options, concurrency: 2 }))).toEqual([]);
  });
});

describe("consentry/node decideMany with a concurrency option", () => {
  const customers = audience(1_500);
  const options = { message, now: NIGHT };

  it("on 2 threads gives the same decisions as on one, and 1 is the calling thread", async () => {
    const expected = await collect(decideMany(plan, customers, options));
    expect(await collect(decideManyNode(plan, customers, { ...options, concurrency: 2 }))).toEqual(
      expected,
    );
    expect(await collect(decideManyNode(plan, customers, { ...options, concurrency: 1 }))).toEqual(
      expected,
    );
  });

  it("keeps a history lookup on one thread, and refuses it on several", async () => {
    const history = () => [
      { at: "2026-05-04T20:00:00Z", channel: "email", purpose: "marketing" as const },
    ];
    const one = await collect(decideManyNode(plan, customers.slice(0, 5), { ...options, history }));
    expect(one).toEqual(
      await collect(decideMany(plan, customers.slice(0, 5), { ...options, history })),
    );
    await expect(
      collect(decideManyNode(plan, customers, { ...options, history, concurrency: 2 })),
    ).rejects.toBeInstanceOf(InputError);
  });
});

describe("shardOf", () => {
  it("is stable: these values must never change", () => {
    // Changing shardOf moves customers between shards of running campaigns: a breaking change.
    expect(
      ["kari-no", "ola-no", "per-se", "cust-0", "cust-1", ""].map((id) => shardOf(id, 8)),
    ).toEqual([7, 0, 5, 6, 6, 3]);
    expect(shardOf("kari-no", 1000)).toBe(71);
    expect(shardOf("cust-0", 1000)).toBe(982);
  });

  it("spreads ids evenly and refuses bad arguments", () => {
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) (counts[shardOf(`cust-${i}`, 7)] as number)++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    expect(shardOf("anyone", 1)).toBe(0);
    expect(() => shardOf("a", 0)).toThrow(InputError);
    expect(() => shardOf("a", 2.5)).toThrow(InputError);
    expect(() => shardOf(7 as unknown as string, 2)).toThrow(InputError);
  });

  it("examples/sharding: deciding each shard and merging equals deciding the whole file", async () => {
    for (const shards of [1, 2, 3, 5]) {
      const { sizes, merged, whole } = await runShards(shards);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(whole.length);
      expect(merged).toEqual(whole);
    }
  });
});
