import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

describe("runnable examples", () => {
  it("01-screen-audience prints a decision per customer and the summary", () => {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", "examples/01-screen-audience.ts"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    for (const id of [
      "kari-no",
      "ola-no",
      "per-se",
      "anna-de",
      "joe-us-fl",
      "emma-ca",
      "amelia-gb",
      "broken-record",
    ])
      expect(out).toContain(id);
    expect(out).toMatch(/joe-us-fl\s+SEND\s+via sms/);
    expect(out).toMatch(/emma-ca\s+DEFER\s+via sms at 2026-05-06T17:00:00.000Z/);
    expect(out).toMatch(/broken-record\s+DENY/);
    expect(out).toMatch(/input\.invalid: jurisdiction/);
    expect(out).toMatch(/half-a-record\s+DENY/);
    expect(out).toMatch(/^10 customers: \d+ send, \d+ defer, \d+ deny \(3 invalid\)$/m);
  }, 30_000);
});
