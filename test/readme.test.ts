import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compilePolicy, decide } from "consentry";
import { describe, expect, it } from "vitest";
import { packsTable, withTable } from "../scripts/packs-table.js";

const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");

describe("README", () => {
  it("holds the pack table the packs give (npx tsx scripts/packs-table.ts --write)", () => {
    expect(withTable(readme, packsTable())).toBe(readme);
  });

  it("starts with the two commands", () => {
    const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(block).toMatch(/^npm ci && npm start/m);
    expect(block).toMatch(/^npm test/m);
  });

  it("quick example gives the decision the README shows", () => {
    // Keep in step with the "Quick example" section.
    const plan = compilePolicy({
      id: "acme",
      channelPriority: ["email", "sms"],
      quietHours: [{ id: "evenings", windows: [{ from: "21:00", until: "09:00" }] }],
      caps: [{ id: "three-a-week", max: 3, window: "P7D" }],
    });
    const decision = decide(plan, {
      customer: {
        id: "kari",
        jurisdiction: "NO",
        timeZone: "Europe/Oslo",
        contacts: { sms: { address: "+4791234567" } },
        consents: [
          {
            id: "c-1",
            type: "grant",
            at: "2026-02-14T09:12:00Z",
            scope: { purposes: ["marketing"] },
          },
        ],
      },
      message: { purpose: "marketing", channels: ["email", "sms"] },
      now: "2026-05-04T20:30:00Z",
    });
    expect(decision.verdict).toBe("defer");
    expect(decision.channel).toBe("sms");
    expect(decision.sendAt).toBe("2026-05-05T07:00:00.000Z");
    expect(decision.basis).toMatchObject({ code: "basis.consent", consentId: "c-1" });
    expect(decision.reasons.map((r) => [r.code, r.channel, r.liftsAt])).toEqual([
      ["contact.missing", "email", undefined],
      ["quiet-hours", "sms", "2026-05-05T07:00:00.000Z"],
    ]);
    for (const line of [
      'decision.verdict; // => "defer"',
      'decision.channel; // => "sms"',
      '"2026-05-05T07:00:00.000Z"',
    ])
      expect(readme).toContain(line);
  });
});

describe("README packs example", () => {
  it("gives the decision the README shows", () => {
    const plan = compilePolicy({ id: "acme-us", packs: ["US"] });
    const d = decide(plan, {
      customer: {
        id: "joe",
        jurisdiction: "US-FL",
        timeZone: "America/New_York",
        contacts: { voice: { address: "+13055550123" } },
        registers: {
          "US-DNC": { listed: false, checkedAt: "2026-05-01T00:00:00Z" },
          "US-FL-DNC": { listed: false, checkedAt: "2026-04-01T00:00:00Z" },
        },
      },
      message: { purpose: "marketing", channels: ["voice"], automated: false },
      now: "2026-05-05T00:30:00Z",
    });
    expect(d.verdict).toBe("defer");
    expect(d.sendAt).toBe("2026-05-05T12:00:00.000Z");
    expect(d.reasons.map((r) => r.rule)).toEqual(["US-TCPA-HOURS", "US-FL-FTA-HOURS"]);
    expect(d.reasons[1]?.message).toMatch(/until 2026-05-05T12:00:00.000Z/);
    expect(readme).toContain(
      'd.reasons.map((r) => r.rule); // => ["US-TCPA-HOURS", "US-FL-FTA-HOURS"]',
    );
  });
});

describe("README code blocks", () => {
  // Every ```ts block runs as written (a block marked `ts fragment` shows a piece of a larger
  // program and is only shown); a line `expr; // => value` must give that value.
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => ({
    line: readme.slice(0, m.index).split("\n").length,
    code: m[1] ?? "",
  }));
  const dir = join(import.meta.dirname, "..", ".scratch", "readme");
  it("has blocks to run", () => expect(blocks.length).toBeGreaterThanOrEqual(3));
  it.each(blocks.map((b) => [b.line, b.code] as const))(
    "the block at line %i runs",
    async (line, code) => {
      // Each `x; // => v` becomes a check that x equals v, recorded for the test to compare.
      const checked = code.replace(
        /^([^\n;]+?);\s*\/\/ => ("[^"\n]*"|[\d.]+|true|false|\[[^\]\n]*\])(.*)$/gm,
        (all, expr: string, want: string, rest: string) =>
          want.includes("…")
            ? all
            : `__checks.push([${JSON.stringify(expr)}, ${expr}, ${want}]); //${rest}`,
      );
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `block-${line}.ts`);
      writeFileSync(
        file,
        `const __checks: [string, unknown, unknown][] = [];\n${checked}\nexport { __checks };\n`,
      );
      const { __checks } = (await import(file)) as { __checks: [string, unknown, unknown][] };
      for (const [expr, got, want] of __checks) expect({ expr, got }).toEqual({ expr, got: want });
    },
  );
});
