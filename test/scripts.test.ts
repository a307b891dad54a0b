import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";

const root = join(import.meta.dirname, "..");

/** What `consentry decide` says of the example's data on standard error, run in-process. */
async function cliProblems(): Promise<string[]> {
  const sink = () => ({
    text: "",
    write(s: string) {
      this.text += s;
      return true;
    },
  });
  const stdout = sink();
  const stderr = sink();
  await main(
    [
      "decide",
      "--policy",
      "examples/data/policy.json",
      "--message",
      "examples/data/message.json",
      "--now",
      "2026-05-04T19:30:00Z",
      "examples/data/customers.ndjson",
    ],
    { stdout, stderr, stdin: (async function* () {})() },
  );
  return stderr.text.trim().split("\n").slice(0, -1);
}

describe("runnable examples", () => {
  it("01-screen-audience (npm start) applies each country's pack and shows local send times", async () => {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", "examples/01-screen-audience.ts"],
      { cwd: root, encoding: "utf8" },
    );
    for (const id of [
      "kari-no",
      "ola-no",
      "per-se",
      "anna-de",
      "joe-us-fl",
      "emma-ca",
      "amelia-gb",
    ])
      expect(out).toMatch(new RegExp(`^${id} +(SEND|DEFER|DENY)`, "m"));
    // The send time in UTC and on the recipient's clock.
    expect(out).toMatch(
      /^kari-no +DEFER +via sms at 2026-05-05T07:00:00.000Z = 09:00 Tue in Europe\/Oslo /m,
    );
    expect(out).toMatch(
      /^emma-ca +DEFER +via sms at 2026-05-06T17:00:00.000Z = 10:00 Wed in America\/Vancouver /m,
    );
    // The US pack: email marketing is opt-out there (CAN-SPAM), so email goes without consent.
    expect(out).toMatch(
      /^joe-us-fl +SEND +via email now 2026-05-04T19:30:00.000Z = 15:30 Mon in America\/New_York +\[basis.not-required\]$/m,
    );
    // The national packs' rules and laws behind the reasons.
    expect(out).toMatch(/consent\.withdrawn \(email\) \[SE-MFL-19 · Marknadsföringslag/);
    expect(out).toMatch(/consent\.missing \(sms\) \[DE-UWG-7-2-2 · Gesetz gegen den unlauteren/);
    expect(out).toMatch(/consent\.unconfirmed \(email\) \[CA-CASL-6 · /);
    // Invalid lines are named and numbered as the command line names them.
    expect(out).toMatch(/^broken-record +DENY$/m);
    expect(out).toMatch(/^half-a-record +DENY$/m);
    expect(out).toMatch(/^#line-10 +DENY$/m);
    const problems = await cliProblems();
    expect(problems.map((p) => p.slice(0, 8))).toEqual(["line 8: ", "line 9: ", "line 10:"]);
    for (const p of problems) expect(out).toContain(`- input.invalid: ${p}\n`);
    expect(out).toMatch(/^10 customers: 1 send, 4 defer, 5 deny \(3 invalid\)$/m);
  }, 30_000);
});
