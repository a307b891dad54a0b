/**
 * The built command line tool, run as a process on the files in test/fixtures/ (npm test builds
 * first). Checks output and exit status.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Decision, DecisionSchema, summarize } from "consentry";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const bin = join(root, "dist", "cli", "main.js");
const fx = (f: string) => join(root, "test", "fixtures", f);
const NOW = "2026-05-04T10:00:00Z";

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    input: input ?? "",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const decisions = (out: string): Decision[] =>
  out
    .trim()
    .split("\n")
    .map((l) => DecisionSchema.parse(JSON.parse(l)));

describe.skipIf(!existsSync(bin))("consentry CLI (built)", () => {
  it("decide: one decision per record in input order; bad lines reported with line and path, exit 1", () => {
    const r = run([
      "decide",
      "--policy",
      fx("policy.json"),
      "--message",
      fx("message.json"),
      "--now",
      NOW,
      "--quiet",
      fx("customers.ndjson"),
    ]);
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
    expect(r.err).toMatch(/^line 6: \(record\): not JSON/m);
    expect(r.err).toMatch(/2 of 6 records were invalid/);
  });

  it("decide reads standard input and exits 0 when every record is valid", () => {
    const lines = readFileSync(fx("customers.ndjson"), "utf8").split("\n").slice(0, 3).join("\n");
    const r = run(
      ["decide", "--policy", fx("policy.json"), "--message", fx("message.json"), "--now", NOW],
      lines,
    );
    expect(r.code).toBe(0);
    expect(decisions(r.out)).toHaveLength(3);
  });

  it("decide prints every policy problem with its path before reading customers, exit 2", () => {
    const r = run([
      "decide",
      "--policy",
      fx("policy-bad.json"),
      "--message",
      fx("message.json"),
      "no-such-file.ndjson",
    ]);
    expect(r.code).toBe(2);
    for (const p of [
      "id:",
      "quietHours.0.windows.0.from:",
      "caps.0.max:",
      "(root): Unrecognized key",
    ])
      expect(r.err).toContain(p);
    expect(r.out).toBe("");
  });

  it("summarize: a table, and with --json the library's summary", () => {
    const d = run([
      "decide",
      "--policy",
      fx("policy.json"),
      "--message",
      fx("message.json"),
      "--now",
      NOW,
      fx("customers.ndjson"),
    ]);
    const table = run(["summarize"], d.out);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/Decisions: 6/);
    expect(table.out).toMatch(/deny\s+3 {2}\(2 invalid records\)/);
    expect(table.out).toMatch(/08:00\s+1/);
    const json = JSON.parse(run(["summarize", "--json"], d.out).out);
    expect(json).toEqual(JSON.parse(JSON.stringify(summarize(decisions(d.out)))));
  });

  it("diff: how many decisions change, from what to what, with examples", () => {
    const r = run([
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
  });

  it("audit: lists sends the policy did not allow, exit 1; a clean log exits 0", () => {
    const bad = run([
      "audit",
      "--policy",
      fx("policy.json"),
      "--sends",
      fx("sends-bad.ndjson"),
      "--customers",
      fx("customers.ndjson"),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/4 sends checked against 'cli-fixture', 3 not allowed/);
    expect(bad.out).toMatch(/a email at 2026-05-04T23:30:00Z: would have been defer/);
    expect(bad.out).toMatch(/b email at 2026-05-04T10:00:00Z: would have been deny/);
    expect(bad.out).toMatch(/nobody email .* would have been deny/);
    expect(bad.err).toMatch(/customers line 6: not JSON/);
    const clean = run([
      "audit",
      "--policy",
      fx("policy.json"),
      "--sends",
      fx("sends-clean.ndjson"),
      "--customers",
      fx("customers.ndjson"),
    ]);
    expect(clean.out).toMatch(/1 sends checked against 'cli-fixture', 0 not allowed/);
  });

  it("test: passing files end with the count line and exit 0", () => {
    const r = run(["test", "examples/policies/consent-ledger.json"]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n").at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it("test: a failing case is shown expected against actual, exit 1", () => {
    const r = run(["test", fx("examples-failing.json")]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL .*examples-failing.json › fails on purpose/);
    expect(r.out).toMatch(/verdict: expected send, got deny/);
    expect(r.out).toMatch(/expected\s+actual/);
    expect(r.out.trim().split("\n").at(-1)).toBe("1 passed, 1 failed");
  });

  it("schema prints JSON Schema; help works for every command; unknown commands exit 2", () => {
    const s = run(["schema", "customer"]);
    expect(JSON.parse(s.out).properties).toHaveProperty("jurisdiction");
    for (const c of ["decide", "summarize", "diff", "audit", "test", "schema"]) {
      const h = run([c, "--help"]);
      expect(h.code).toBe(0);
      expect(h.out).toMatch(new RegExp(`Usage: consentry ${c}`));
    }
    expect(run(["frobnicate"]).code).toBe(2);
    expect(run(["decide"]).code).toBe(2);
  });
});

describe.skipIf(!existsSync(bin))("README command line section", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const data = (f: string) => `examples/data/${f}`;
  it("shows the real output of summarize, diff and audit", () => {
    const d = run([
      "decide",
      "--policy",
      data("policy.json"),
      "--message",
      data("message.json"),
      "--now",
      "2026-05-04T19:30:00Z",
      data("customers.ndjson"),
    ]);
    expect(readme).toContain(run(["summarize"], d.out).out.trimEnd());
    const diff = run([
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
    const audit = run([
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
    for (const line of d.err.trim().split("\n").slice(0, 3)) expect(readme).toContain(`# ${line}`);
  });
});
