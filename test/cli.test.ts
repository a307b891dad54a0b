/**
 * The command line tool. Most tests run `main` in-process on test doubles for its streams (no
 * build needed, nothing skipped); three run the built `dist/cli/main.js` as a process, for what
 * only a process shows: a shell pipe through the re-spawn with a small heap, `--version` from
 * the bundle, and a reader that goes away (`| head -1`). Those build `dist/` first when it is
 * missing or older than the sources, and fail with a clear message when the build fails.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Decision, DecisionSchema, summarize } from "consentry";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { duplicateKeyPath, duplicateKeyPathIn } from "../src/cli/duplicate-keys.js";
import { COMMANDS, type Command, main, UsageError } from "../src/cli/main.js";
import { parseJsonStrict, readNdjson } from "../src/cli/ndjson.js";

const root = join(import.meta.dirname, "..");
const fx = (f: string) => join(root, "test", "fixtures", f);
const NOW = "2026-05-04T10:00:00Z";
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

/** A standard output or error double: collects text; a terminal when `tty` is set. */
function sink(tty = false) {
  return {
    text: "",
    isTTY: tty,
    write(s: string) {
      this.text += s;
      return true;
    },
  };
}

/** Standard input that yields `text` as one chunk (none when empty). */
async function* chunks(text: string): AsyncGenerator<Buffer> {
  if (text !== "") yield Buffer.from(text);
}

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `consentry <args>` in-process, with `input` on standard input. */
async function run(
  args: string[],
  input = "",
  opts: { tty?: boolean; env?: Record<string, string>; commands?: readonly Command[] } = {},
): Promise<Run> {
  const stdout = sink();
  const stderr = sink(opts.tty);
  const code = await main(
    args,
    { stdout, stderr, stdin: chunks(input), env: opts.env ?? {} },
    opts.commands,
  );
  return { code, out: stdout.text, err: stderr.text };
}

const decisions = (out: string): Decision[] =>
  out
    .trim()
    .split("\n")
    .map((l) => DecisionSchema.parse(JSON.parse(l)));

const decideArgs = (policy = fx("policy.json"), ...rest: string[]) => [
  "decide",
  "--policy",
  policy,
  "--message",
  fx("message.json"),
  "--now",
  NOW,
  ...rest,
];

/** A file in a fresh scratch folder. */
function scratch(name: string, text: string): string {
  const p = join(mkdtempSync(join(tmpdir(), "consentry-cli-")), name);
  writeFileSync(p, text);
  return p;
}

const customerLine = (id: string, extra = "") =>
  `{"id":"${id}","jurisdiction":"ES","timeZone":"Europe/Madrid","contacts":{"email":{"address":"${id}@example.es"}},"consents":[{"id":"g","type":"grant","at":"2026-01-01T00:00:00Z"}]${extra}}`;

describe("consentry decide", () => {
  it("reads a chunk at a time (lines cut anywhere) and writes what the line-by-line path decides", async () => {
    // The slow path: each line through readNdjson (its async generator) and decideLine.
    const { loadMessage, loadPolicy, lineBatch, decideLine } = await import("../src/cli/load.js");
    const input = `${readFileSync(fx("customers.ndjson"), "utf8")}\n\n${customerLine("x", ',"a":1,"a":2')}\r\n${customerLine("y")}`;
    const plan = loadPolicy(fx("policy.json"));
    const pm = loadMessage(plan, fx("message.json"), undefined);
    const batch = lineBatch(plan, pm, Date.parse(NOW), new Map(), undefined);
    const slow: string[] = [];
    for await (const l of readNdjson({ path: undefined, stdin: chunks(input) }))
      slow.push(JSON.stringify(decideLine(batch, l)));
    const bytes = Buffer.from(input);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
        async (cuts) => {
          const at = [0, ...cuts.sort((a, b) => a - b), bytes.length];
          const stdout = sink();
          const code = await main([...decideArgs(fx("policy.json"), "--quiet")], {
            stdout,
            stderr: sink(),
            stdin: (async function* () {
              for (let i = 1; i < at.length; i++) yield bytes.subarray(at[i - 1], at[i]);
            })(),
          });
          expect(code).toBe(1);
          expect(stdout.text).toBe(`${slow.join("\n")}\n`);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("writes one decision per record in input order; bad lines reported with line and path, exit 1", async () => {
    const r = await run(decideArgs(fx("policy.json"), "--quiet", fx("customers.ndjson")));
    expect(r.code).toBe(1);
    const ds = decisions(r.out);
    expect(ds.map((d) => [d.customerId, d.verdict])).toEqual([
      ["a", "send"],
      ["b", "deny"],
      ["c", "defer"],
      ["d", "deny"],
      ["#line-6", "deny"],
      ["e", "defer"],
    ]);
    expect(ds[2]?.sendAt).toBe("2026-05-04T12:00:00.000Z");
    expect(ds[5]?.sendAt).toBe("2026-05-08T10:00:00.000Z");
    expect(r.err).toMatch(/^line 5: jurisdiction: /m);
    expect(r.err).toMatch(/^line 6: not JSON: /m);
    expect(r.err.trim().split("\n").at(-1)).toBe("2 of 6 records were invalid");
  });

  it("reads standard input and exits 0 when every record is valid", async () => {
    const lines = readFileSync(fx("customers.ndjson"), "utf8").split("\n").slice(0, 3).join("\n");
    const r = await run(decideArgs(), lines);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(decisions(r.out)).toHaveLength(3);
  });

  it("says 1 record, not 1 records", async () => {
    const r = await run(decideArgs(), `${customerLine("x")}\n{"id":"y"}\n`);
    expect(r.err.trim().split("\n").at(-1)).toBe("1 of 2 records was invalid");
    const one = await run(decideArgs(), `{"id":"y"}\n`);
    expect(one.err.trim().split("\n").at(-1)).toBe("1 of 1 record was invalid");
  });

  it("prints every policy problem with its path before reading customers, exit 2", async () => {
    const r = await run(decideArgs(fx("policy-bad.json"), "no-such-file.ndjson"));
    expect(r.code).toBe(2);
    for (const p of ["id:", "quietHours.0.windows.0.from:", "caps.0.max:", "surprise: unknown key"])
      expect(r.err).toContain(p);
    expect(r.err).not.toMatch(/Usage:/);
    expect(r.out).toBe("");
  });

  it("a usage error prints the usage line, not the whole help", async () => {
    const r = await run(["decide"]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toEqual([
      "consentry decide: decide needs --policy and --message",
      expect.stringMatching(/^Usage: consentry decide --policy P --message M /),
      "Run 'consentry decide --help' for more.",
      "",
    ]);
    const unknown = await run([...decideArgs(), "--frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^consentry decide: Unknown option '--frobnicate'/);
    expect(unknown.err).toContain("Run 'consentry decide --help' for more.");
    expect(unknown.err).not.toContain("Example:");
  });

  it("names a missing customers file, without a stack", async () => {
    const r = await run(decideArgs(fx("policy.json"), "nope.ndjson"));
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "consentry decide: no such file or directory 'nope.ndjson'\n",
    });
    const policy = await run(decideArgs("nope.json"));
    expect(policy.err).toBe("consentry decide: no such file or directory 'nope.json' (policy)\n");
  });

  it("says once that a JSON array is not NDJSON, one line or pretty-printed", async () => {
    const hint =
      "is a JSON array; consentry reads NDJSON, one JSON object per line — try `jq -c '.[]'`";
    const array = `[${customerLine("x")},${customerLine("y")}]`;
    const r = await run(decideArgs(), `\n${array}\n`);
    expect(r).toEqual({ code: 2, out: "", err: `consentry decide: standard input ${hint}\n` });
    const file = scratch("audience.json", JSON.stringify(JSON.parse(array), null, 2));
    const pretty = await run(decideArgs(fx("policy.json"), file));
    expect(pretty.err).toBe(`consentry decide: '${file}' ${hint}\n`);
    const object = await run(decideArgs(), JSON.stringify(JSON.parse(customerLine("x")), null, 2));
    expect(object.code).toBe(2);
    expect(object.err).toMatch(/is not NDJSON: .*try `jq -c \.`\n$/);
    // An array further down is one bad record among others, not a verdict on the input.
    const later = await run(decideArgs(), `${customerLine("x")}\n[1]\n`);
    expect(later.code).toBe(1);
    expect(decisions(later.out).map((d) => d.customerId)).toEqual(["x", "#line-2"]);
  });

  it("clears the progress line before writing a problem on a terminal", async () => {
    const input = [customerLine("x"), '{"id":"y"}', customerLine("z")].join("\n");
    const r = await run(decideArgs(), input, { tty: true });
    // Progress draws on a cleared line ("\r\x1b[2K…"); a problem first clears it.
    const clear = "\r\x1b[2K";
    expect(r.err.startsWith(`${clear}1 record, `)).toBe(true);
    expect(r.err).toContain(`${clear}line 2: `);
    for (const line of r.err.split("\n"))
      expect(line.split(clear).at(-1)).not.toMatch(/records?, .*line \d/);
    expect(r.err.trim().split("\n").at(-1)).toBe("1 of 3 records was invalid");
  });

  it("stops reading and exits quietly when standard output is closed (EPIPE)", async () => {
    let pulled = 0;
    async function* customers() {
      for (let i = 0; i < 5000; i++) {
        pulled++;
        yield Buffer.from(`${customerLine(`c${i}`)}\n`);
      }
    }
    // A pipe whose reader left after the first chunk: later writes fail as EPIPE does.
    const listeners: ((e: Error) => void)[] = [];
    let writes = 0;
    const stdout = {
      write(_s: string) {
        writes++;
        if (writes > 1) {
          const e = Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
          queueMicrotask(() => {
            for (const l of listeners) l(e);
          });
        }
        return true;
      },
      on(_event: "error", l: (e: Error) => void) {
        listeners.push(l);
      },
    };
    const stderr = sink();
    const code = await main(decideArgs(), { stdout, stderr, stdin: customers() });
    expect(code).toBe(0);
    expect(stderr.text).toBe("");
    expect(pulled).toBeLessThan(5000);
  });
});

describe("duplicate keys", () => {
  it("a customer line with a key given twice, at any depth, is input.invalid with its path", async () => {
    const dup = customerLine(
      "x",
      ',"registers":{"NO-RESERVASJON":{"listed":true,"listed":false,"checkedAt":"2026-05-01T00:00:00Z"}}',
    );
    const r = await run(decideArgs(), `${customerLine("ok")}\n\n${dup}\n`);
    expect(r.code).toBe(1);
    expect(r.err).toContain("line 3: duplicate key 'registers.NO-RESERVASJON.listed'\n");
    const d = decisions(r.out)[1];
    expect(d).toMatchObject({ verdict: "deny", customerId: "#line-3" });
    expect(d?.reasons).toEqual([
      expect.objectContaining({
        code: "input.invalid",
        path: ["registers", "NO-RESERVASJON", "listed"],
        message: expect.stringContaining("line 3: key given twice"),
      }),
    ]);
    // The same line without the repeat decides.
    const once = dup.replace('"listed":true,', "");
    expect(decisions((await run(decideArgs(), once)).out)[0]?.customerId).toBe("x");
  });

  it("is refused in a policy or message file, with the key's path, exit 2", async () => {
    const policy = scratch(
      "policy.json",
      '{"id":"p","caps":[{"id":"c","max":3,"max":300,"window":"P7D"}]}',
    );
    const r = await run(decideArgs(policy));
    expect(r).toEqual({
      code: 2,
      out: "",
      err: `consentry decide: policy '${policy}': duplicate key 'caps.0.max'\n`,
    });
    const message = scratch("m.json", '{"purpose":"service","purpose":"marketing","channels":[]}');
    const m = await run(["decide", "--policy", fx("policy.json"), "--message", message]);
    expect(m.err).toBe(`consentry decide: message '${message}': duplicate key 'purpose'\n`);
  });

  it("is refused in history, sends and decisions", async () => {
    const history = scratch(
      "h.ndjson",
      '{"customerId":"a","at":"2026-05-01T00:00:00Z","channel":"email","channel":"sms"}\n',
    );
    const h = await run([...decideArgs(), "--history", history], customerLine("a"));
    expect(h.code).toBe(2);
    expect(h.err).toBe(`consentry decide: history '${history}' line 1: duplicate key 'channel'\n`);
    const sends = scratch(
      "s.ndjson",
      '{"customerId":"a","customerId":"b","at":"2026-05-04T10:00:00Z","channel":"email","message":{"purpose":"marketing"}}\n',
    );
    const a = await run([
      "audit",
      "--policy",
      fx("policy.json"),
      "--sends",
      sends,
      "--customers",
      fx("customers.ndjson"),
    ]);
    expect(a.code).toBe(2);
    expect(a.err).toContain(`sends '${sends}' line 1: duplicate key 'customerId'`);
    const s = await run(
      ["summarize"],
      '{"verdict":"send","verdict":"deny","customerId":"a","channels":[]}\n',
    );
    expect(s).toMatchObject({
      code: 2,
      err: "consentry summarize: line 1: duplicate key 'verdict'\n",
    });
  });
});

/** A JSON value as a tree, so objects can hold a key twice (a JS object cannot). */
type Json =
  | { t: "value"; v: null | boolean | number | string }
  | { t: "array"; items: Json[] }
  | { t: "object"; entries: [string, Json][] };

const keyArb = fc.oneof(
  fc.constantFrom("a", "b", "id", "listed", "__proto__", "", "a/b", 'q"', "back\\slash"),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: "grapheme", maxLength: 3 }),
);
/** JSON trees whose objects never repeat a key; some objects are wide (the Set path). */
const jsonArb: fc.Arbitrary<Json> = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc
      .oneof(
        fc.constant(null),
        fc.boolean(),
        fc.integer(),
        fc.constantFrom(0.5, -2.25e-7),
        fc.string(),
      )
      .map((v): Json => ({ t: "value", v })),
    fc.array(tie("json"), { maxLength: 4 }).map((items): Json => ({ t: "array", items })),
    fc
      .uniqueArray(fc.tuple(keyArb, tie("json")), { maxLength: 5, selector: (e) => e[0] })
      .map((entries): Json => ({ t: "object", entries })),
    fc
      .uniqueArray(fc.tuple(keyArb, fc.constant<Json>({ t: "value", v: 1 })), {
        minLength: 17,
        maxLength: 60,
        selector: (e) => e[0],
      })
      .map((entries): Json => ({ t: "object", entries })),
  ),
})).json;

/** The value a tree stands for, built without JSON.parse. */
function valueOfTree(j: Json): unknown {
  if (j.t === "value") return j.v;
  if (j.t === "array") return j.items.map(valueOfTree);
  const o: Record<string, unknown> = {};
  for (const [k, v] of j.entries)
    Object.defineProperty(o, k, {
      value: valueOfTree(v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return o;
}

/** A key spelled with `\uXXXX` escapes only. */
const escaped = (k: string) =>
  `"${[...Array(k.length).keys()].map((i) => `\\u${k.charCodeAt(i).toString(16).padStart(4, "0")}`).join("")}"`;

/** Serialises a tree; `spell(i)` says whether the i-th key written is escaped, `ws` pads tokens. */
function write(j: Json, ws: string, spell: (i: number) => boolean): string {
  let n = 0;
  const go = (x: Json): string => {
    if (x.t === "value") return JSON.stringify(x.v);
    if (x.t === "array") return `[${ws}${x.items.map(go).join(`${ws},${ws}`)}${ws}]`;
    const pairs = x.entries.map(
      ([k, v]) => `${spell(n++) ? escaped(k) : JSON.stringify(k)}${ws}:${ws}${go(v)}`,
    );
    return `{${ws}${pairs.join(`${ws},${ws}`)}${ws}}`;
  };
  return go(j);
}

/** Every object of a tree with its path. */
function objects(
  j: Json,
  path: (string | number)[] = [],
): [Extract<Json, { t: "object" }>, (string | number)[]][] {
  if (j.t === "value") return [];
  if (j.t === "array") return j.items.flatMap((x, i) => objects(x, [...path, i]));
  return [[j, path], ...j.entries.flatMap(([k, v]) => objects(v, [...path, k]))];
}

const wsArb = fc.constantFrom("", " ", "\t");
const spellArb = fc.func(fc.boolean());

describe("duplicate keys (property)", () => {
  const runs = { numRuns: 400, seed: 20261202 };

  it("JSON without repeated keys is accepted, and parses to the value it stands for", () => {
    fc.assert(
      fc.property(jsonArb, wsArb, spellArb, (j, ws, spell) => {
        const text = write(j, ws, (i) => spell(i));
        expect(duplicateKeyPath(text)).toBeUndefined();
        const r = parseJsonStrict(text);
        expect(r).toEqual({ ok: true, value: JSON.parse(text) });
        expect(r.ok && r.value).toEqual(valueOfTree(j));
      }),
      runs,
    );
  });

  it("a key repeated at any depth, spelled alike or escaped, is refused with its path", async () => {
    const dupArb = fc
      .tuple(jsonArb, fc.nat(), fc.nat(), fc.nat(), jsonArb, wsArb, spellArb)
      .map(([tree, pick, which, where, value, ws, spell]) => {
        const root: Json = tree.t === "object" ? tree : { t: "object", entries: [["x", tree]] };
        const all = objects(root);
        const [obj, path] = all[pick % all.length] as (typeof all)[number];
        if (obj.entries.length === 0) obj.entries.push(["k", { t: "value", v: null }]);
        const at = which % obj.entries.length;
        const key = (obj.entries[at] as [string, Json])[0];
        // The repeat goes anywhere after the first.
        const to = at + 1 + (where % (obj.entries.length - at));
        obj.entries.splice(to, 0, [key, value]);
        return { text: write(root, ws, (i) => spell(i)), path: [...path, key] };
      });
    await fc.assert(
      fc.asyncProperty(dupArb, async ({ text, path }) => {
        expect(duplicateKeyPath(text)).toEqual(path);
        expect(parseJsonStrict(text)).toMatchObject({ ok: false, path });
        // From bytes inside a larger buffer, and as an NDJSON line, as the CLI reads it.
        const bytes = Buffer.from(`[1]\n${text}\n{}`);
        expect(duplicateKeyPathIn(bytes, 4, bytes.length - 3)).toEqual(path);
        const lines = [];
        for await (const l of readNdjson({ path: undefined, stdin: chunks(`{}\n${text}\n`) }))
          lines.push(l);
        expect(lines[1]).toMatchObject({
          line: 2,
          error: `duplicate key '${path.join(".")}'`,
          path,
        });
      }),
      runs,
    );
  });

  it("two malformed UTF-8 keys that decode alike are one key", async () => {
    // 0xFF and 0xFE both decode to U+FFFD: JSON.parse would see one key, given twice.
    const bytes = Buffer.concat([
      Buffer.from('{"'),
      Buffer.from([0xff]),
      Buffer.from('":1,"'),
      Buffer.from([0xfe]),
      Buffer.from('":2}\n'),
    ]);
    const lines = [];
    for await (const l of readNdjson({
      path: undefined,
      stdin: (async function* () {
        yield bytes;
      })(),
    }))
      lines.push(l);
    expect(lines).toEqual([{ line: 1, error: "duplicate key '\uFFFD'", path: ["\uFFFD"] }]);
  });

  it("nesting deeper than the first pass follows is still checked", () => {
    const deep = (n: number, inner: string): string =>
      n === 0 ? inner : `{"a":${deep(n - 1, inner)}}`;
    expect(duplicateKeyPath(deep(200, '{"x":1,"y":2}'))).toBeUndefined();
    expect(duplicateKeyPath(deep(200, '{"x":1,"x":2}'))).toEqual([...Array(200).fill("a"), "x"]);
  });
});

describe("consentry summarize", () => {
  it("a table, and with --json the library's summary", async () => {
    const d = await run(decideArgs(fx("policy.json"), fx("customers.ndjson")));
    const table = await run(["summarize"], d.out);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/Decisions: 6/);
    expect(table.out).toMatch(/deny\s+3 {2}\(2 invalid records\)/);
    expect(table.out).toMatch(/08:00\s+1/);
    const json = JSON.parse((await run(["summarize", "--json"], d.out)).out);
    expect(json).toEqual(JSON.parse(JSON.stringify(summarize(decisions(d.out)))));
    const one = (await run(["summarize"], d.out.split("\n").slice(4, 5).join("\n"))).out;
    expect(one).toMatch(/deny\s+1 {2}\(1 invalid record\)$/m);
  });

  it("refuses input that is not decisions, naming the line, exit 2", async () => {
    const r = await run(["summarize", fx("customers.ndjson")]);
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "consentry summarize: line 1 is not a decision (no verdict, customerId, channels); summarize reads what 'consentry decide' writes\n",
    });
    const d = await run(decideArgs(fx("policy.json"), fx("customers.ndjson")));
    const mixed = `${d.out}{"verdict":"send"}\n`;
    expect((await run(["summarize"], mixed)).err).toMatch(
      /^consentry summarize: line 7 is not a decision \(no customerId, channels\)/,
    );
  });
});

describe("consentry diff, audit, test, schema", () => {
  it("diff: how many decisions change, from what to what, with examples", async () => {
    const r = await run([
      "diff",
      "--policy",
      fx("policy.json"),
      "--policy",
      fx("policy-b.json"),
      "--message",
      fx("message.json"),
      "--now",
      NOW,
      "--json",
      fx("customers.ndjson"),
    ]);
    const j = JSON.parse(r.out);
    expect(j.total).toBe(6);
    expect(j.changes["defer(sms) → defer(sms) later"]).toEqual({ count: 1, examples: ["c"] });
    expect(j.changes["defer(email) → send(email)"]).toEqual({ count: 1, examples: ["e"] });
    expect(r.err.trim().split("\n").at(-1)).toBe("2 of 6 records were invalid");
    const one = await run(
      ["diff", "--policy", fx("policy.json"), "--policy", fx("policy-b.json")],
      customerLine("x"),
    );
    expect(one.err).toMatch(/^consentry diff: diff needs two --policy files and --message/);
    const single = await run(
      [
        "diff",
        "--policy",
        fx("policy.json"),
        "--policy",
        fx("policy-b.json"),
        "--message",
        fx("message.json"),
        "--now",
        NOW,
      ],
      customerLine("x"),
    );
    expect(single.out).toBe(
      "1 customer, 0 decisions change from 'cli-fixture' to 'cli-fixture-b'\n",
    );
  });

  it("audit: lists sends the policy did not allow, exit 1; a clean log exits 0", async () => {
    const audit = (sends: string) =>
      run([
        "audit",
        "--policy",
        fx("policy.json"),
        "--sends",
        fx(sends),
        "--customers",
        fx("customers.ndjson"),
      ]);
    const bad = await audit("sends-bad.ndjson");
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/4 sends checked against 'cli-fixture', 3 not allowed/);
    expect(bad.out).toMatch(/a email at 2026-05-04T23:30:00Z: would have been defer/);
    expect(bad.out).toMatch(/b email at 2026-05-04T10:00:00Z: would have been deny/);
    expect(bad.out).toMatch(/nobody email .* would have been deny/);
    expect(bad.err).toMatch(/customers line 6: not JSON/);
    const clean = await audit("sends-clean.ndjson");
    expect(clean.out).toMatch(/^1 send checked against 'cli-fixture', 0 not allowed$/m);
  });

  it("test: passing files end with the count line and exit 0", async () => {
    const r = await run(["test", "examples/policies/consent-ledger.json"]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n").at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it("test: a failing case is shown expected against actual, exit 1", async () => {
    const r = await run(["test", fx("examples-failing.json")]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL .*examples-failing.json › fails on purpose/);
    expect(r.out).toMatch(/verdict: expected send, got deny/);
    expect(r.out).toMatch(/expected\s+actual/);
    expect(r.out.trim().split("\n").at(-1)).toBe("1 passed, 1 failed");
  });

  it("test: a path that does not exist is named, without a stack, exit 2", async () => {
    const r = await run(["test", "nope/"]);
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "consentry test: no such file or directory 'nope/'\n",
    });
  });

  it("test --packs runs examples against packs of the user's own, beside the bundled ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "consentry-packs-"));
    const pack = {
      code: "XA",
      name: "A pack of the user's own",
      jurisdictions: ["NO"],
      notes: [],
      policy: {
        rules: [
          {
            id: "xa-no-sms",
            channels: ["sms"],
            when: { field: "channel", op: "eq", value: "sms" },
          },
        ],
      },
    };
    const example = {
      policy: { id: "own", packs: ["XA", "NO"] },
      defaults: {
        now: "2026-05-04T10:00:00Z",
        message: { purpose: "service", channels: ["sms"] },
        customer: {
          id: "c",
          jurisdiction: "NO",
          timeZone: "Europe/Oslo",
          contacts: { sms: { address: "+4791234567" } },
        },
      },
      cases: [
        { name: "the pack's rule denies", expect: { verdict: "deny", rules: ["xa-no-sms"] } },
      ],
    };
    writeFileSync(join(dir, "packs.json"), JSON.stringify([pack]));
    writeFileSync(join(dir, "example.json"), JSON.stringify(example));
    const ok = await run(["test", "--packs", join(dir, "packs.json"), join(dir, "example.json")]);
    expect([ok.code, ok.out.trim()]).toEqual([0, "1 passed, 0 failed"]);
    const without = await run(["test", join(dir, "example.json")]);
    expect(without.code).toBe(1);
    expect(without.out).toMatch(/unknown pack 'XA'/);
    rmSync(dir, { recursive: true, force: true });
  });

  it("schema prints JSON Schema; an unknown one is a usage error", async () => {
    const s = await run(["schema", "customer"]);
    expect(JSON.parse(s.out).properties).toHaveProperty("jurisdiction");
    const bad = await run(["schema", "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^consentry schema: unknown schema 'nope'; one of customer, /);
  });
});

describe("consentry itself", () => {
  it("help for every command; --version and -v print the package version", async () => {
    for (const c of COMMANDS) {
      const h = await run([c.name, "--help"]);
      expect(h.code).toBe(0);
      expect(h.out).toMatch(new RegExp(`^Usage: consentry ${c.name}`));
      expect((await run(["help", c.name])).out).toBe(h.out);
    }
    const help = await run(["--help"]);
    for (const c of COMMANDS)
      expect(help.out).toMatch(new RegExp(`^  ${c.name} +${c.summary}$`, "m"));
    expect(await run(["--version"])).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
    expect((await run(["-v"])).out).toBe(`${pkg.version}\n`);
  });

  it("no command or an unknown one: a short hint, exit 2", async () => {
    expect(await run([])).toEqual({
      code: 2,
      out: "",
      err: "Usage: consentry <command> [options]\nRun 'consentry --help' for the commands.\n",
    });
    expect(await run(["frobnicate"])).toEqual({
      code: 2,
      out: "",
      err: "consentry: unknown command 'frobnicate'\nRun 'consentry --help' for the commands.\n",
    });
  });

  it("a command is a table entry; an unexpected error is one line, the stack on request", async () => {
    const hello: Command = {
      name: "hello",
      summary: "say hello",
      help: "Usage: consentry hello NAME",
      run(args, io) {
        if (args[0] === undefined) throw new UsageError("hello needs a NAME");
        if (args[0] === "boom") throw new TypeError("it broke");
        io.stdout.write(`hello ${args[0]}\n`);
        return 0;
      },
    };
    const commands = [...COMMANDS, hello];
    expect(await run(["hello", "kari"], "", { commands })).toEqual({
      code: 0,
      out: "hello kari\n",
      err: "",
    });
    expect((await run(["--help"], "", { commands })).out).toMatch(/^ {2}hello +say hello$/m);
    expect((await run(["hello"], "", { commands })).err).toBe(
      "consentry hello: hello needs a NAME\nUsage: consentry hello NAME\nRun 'consentry hello --help' for more.\n",
    );
    expect(await run(["hello", "boom"], "", { commands })).toEqual({
      code: 2,
      out: "",
      err: "consentry: it broke\n(run with CONSENTRY_DEBUG=1 for the stack)\n",
    });
    const debug = await run(["hello", "boom"], "", { commands, env: { CONSENTRY_DEBUG: "1" } });
    expect(debug.err).toMatch(/^consentry: it broke\nTypeError: it broke\n\s+at /);
  });
});

describe("README command line section", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const data = (f: string) => `examples/data/${f}`;
  it("shows the real output of decide, summarize, diff and audit", async () => {
    const d = await run([
      "decide",
      "--policy",
      data("policy.json"),
      "--message",
      data("message.json"),
      "--now",
      "2026-05-04T19:30:00Z",
      data("customers.ndjson"),
    ]);
    expect(readme).toContain((await run(["summarize"], d.out)).out.trimEnd());
    const diff = await run([
      "diff",
      "--policy",
      data("policy.json"),
      "--policy",
      data("policy-strict.json"),
      "--message",
      data("message.json"),
      "--now",
      "2026-05-04T18:15:00Z",
      data("customers.ndjson"),
    ]);
    expect(readme).toContain(diff.out.trimEnd());
    const audit = await run([
      "audit",
      "--policy",
      data("policy.json"),
      "--sends",
      data("sends.ndjson"),
      "--customers",
      data("customers.ndjson"),
    ]);
    expect(audit.code).toBe(1);
    expect(readme).toContain(audit.out.trimEnd());
    for (const line of d.err.trim().split("\n")) expect(readme).toContain(`# ${line}`);
  });
});

/** The newest modification time under `dir` (the sources the build reads). */
function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return t;
}

describe("the built command (a process)", () => {
  const bin = join(root, "dist", "cli", "main.js");
  beforeAll(() => {
    const stale =
      !existsSync(bin) ||
      statSync(bin).mtimeMs <
        Math.max(newest(join(root, "src")), statSync(join(root, "package.json")).mtimeMs);
    if (!stale) return;
    const b = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0)
      throw new Error(
        `dist/cli/main.js is missing or older than src/, and 'npm run build' failed (exit ${b.status}):\n${(b.stdout + b.stderr).slice(-2000)}`,
      );
  }, 300_000);

  const sh = (script: string) => {
    const r = spawnSync("bash", ["-c", script], { cwd: root, encoding: "utf8" });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it("decide | summarize through a shell pipe gives what main gives in-process", async () => {
    const args = decideArgs(fx("policy.json")).slice(1).join(" ");
    const r = sh(
      `node dist/cli/main.js decide ${args} < test/fixtures/customers.ndjson 2>/dev/null | node dist/cli/main.js summarize --json`,
    );
    expect(r.code).toBe(0);
    const inProcess = await run(
      ["summarize", "--json"],
      (await run(decideArgs(fx("policy.json"), fx("customers.ndjson")))).out,
    );
    expect(JSON.parse(r.out)).toEqual(JSON.parse(inProcess.out));
  });

  it("--version prints the package version from the bundle", () => {
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" })).toBe(
      `${pkg.version}\n`,
    );
    expect(readFileSync(bin, "utf8")).not.toMatch(/from\s*["'][./]*package\.json["']/);
  });

  it("piped to head -1: one line, exit 0, nothing on standard error", () => {
    const file = scratch(
      "many.ndjson",
      Array.from({ length: 3000 }, (_, i) => customerLine(`c${i}`)).join("\n"),
    );
    const args = decideArgs(fx("policy.json")).slice(1).join(" ");
    const r = sh(
      `node dist/cli/main.js decide ${args} ${file} | head -1; echo "decide=\${PIPESTATUS[0]}" >&2; node dist/cli/main.js schema | head -1; echo "schema=\${PIPESTATUS[0]}" >&2`,
    );
    expect(r.out.split("\n").map((l) => l.slice(0, 12))).toEqual(['{"verdict":"', "{", ""]);
    expect(r.err).toBe("decide=0\nschema=0\n");
  });
});
