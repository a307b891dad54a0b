import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BUNDLED_PACKS, compilePolicy } from "consentry";
import { describe, expect, it } from "vitest";
import { PACK_LISTS } from "../src/packs/pack.js";

const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** Every element of a pack: [list name, element]. */
function elements(code: string): {
  id: string;
  description?: string;
  from?: string;
  until?: string;
  source?: { law: string; section?: string; url?: string; checked?: string };
}[] {
  const pack = BUNDLED_PACKS[code];
  if (pack === undefined) return [];
  return PACK_LISTS.flatMap(
    (l) => ((pack.policy as Record<string, unknown[] | undefined>)[l] ?? []) as never[],
  );
}

/** Rule ids named anywhere in a pack's example files (in `rules` expectations). */
function exampleRuleIds(code: string): Set<string> {
  const dir = join(root, "examples", "packs", code.toLowerCase());
  const ids = new Set<string>();
  if (!existsSync(dir)) return ids;
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const file = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
      cases: { expect: { rules?: string[]; applied?: string[]; verdict: string } }[];
    };
    for (const c of file.cases) {
      const kind = c.expect.verdict === "send" ? "allow" : "block";
      for (const r of c.expect.rules ?? []) ids.add(`${kind}:${r}`);
      // A deny or defer shows a rule blocking only through its reasons; a send may show it applied.
      for (const r of c.expect.applied ?? [])
        if (kind === "allow" || c.expect.verdict === "deny") ids.add(`${kind}:${r}`);
    }
  }
  return ids;
}

/**
 * Packs whose every rule carries its dates in force (`from`, `until`) rather than only a
 * '; in force from …' in its section (issue 12). The rules named in UNDATED have no date the
 * sources give; the pack's notes say why.
 */
/** Every pack but the US ones, whose undated state rules docs/law/us-states.md lists. */
const DATED = new Set(Object.keys(BUNDLED_PACKS).filter((code) => !code.startsWith("US")));
const UNDATED = new Set(["NZ-MA-CODE-HOURS", "NZ-MA-CODE-HOLIDAYS"]);

describe.each(Object.keys(BUNDLED_PACKS))("pack %s", (code) => {
  it("compiles on its own", () => {
    expect(compilePolicy({ id: "p", packs: [code] }).id).toBe("p");
  });
  it.each(elements(code).map((e) => [e.id, e] as const))(
    "%s cites its law, section, official text and date, and says what it does",
    (_id, e) => {
      expect(e.description?.length ?? 0).toBeGreaterThan(20);
      expect(e.source?.law).toBeTruthy();
      expect(e.source?.section).toBeTruthy();
      expect(e.source?.url).toMatch(/^https?:\/\//);
      expect(e.source?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );
  it.each(elements(code).map((e) => [e.id] as const))(
    "%s has policy examples that send and that do not",
    (id) => {
      const ids = exampleRuleIds(code);
      expect(ids.has(`allow:${id}`), `no sending case names ${id}`).toBe(true);
      expect(ids.has(`block:${id}`), `no denying or deferring case names ${id}`).toBe(true);
    },
  );
  it.each(elements(code).map((e) => [e.id] as const))("%s is in the README's table", (id) => {
    expect(readme).toContain(`\`${id}\``);
  });
  it.each(
    elements(code)
      .filter(() => DATED.has(code))
      .map((e) => [e.id, e] as const),
  )("%s carries its dates in force", (id, e) => {
    expect(e.source?.section ?? "", "the date belongs in `from`").not.toMatch(/; in force from \d/);
    if (UNDATED.has(id)) {
      expect(e.from).toBeUndefined();
      return;
    }
    expect(e.from, `${id} has no from`).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00(Z|[+-]\d{2}:\d{2})$/);
    expect(Date.parse(e.from ?? "")).toBeLessThan(Date.parse(e.until ?? "9999-12-31T00:00:00Z"));
  });
});
