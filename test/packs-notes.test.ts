// The bundled packs' notes live in notes modules (src/packs/<code>/notes.ts and
// src/packs/us-states/notes.ts, moved there by scripts/split-notes.ts) so that `compilePolicy` and
// `decide` do not carry them: a reader of `consentry/packs` or `consentry/packs/<code>` gets them,
// the core registry has the same packs without them, and a browser bundle of the core drops them.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { BUNDLED_PACKS_CORE } from "../src/packs/core.js";
import { BUNDLED_PACKS, type Pack, US_STATE_DATA } from "../src/packs/index.js";
import { STATE_NOTES } from "../src/packs/us-states/notes.js";

const root = resolve(import.meta.dirname, "..");
const PACKS = join(root, "src/packs");
const dirs = readdirSync(PACKS).filter(
  (d) => d !== "us-states" && existsSync(join(PACKS, d, "notes.ts")),
);

describe("pack notes", () => {
  it("every pack directory with a definePack pack has a notes module", () => {
    const packDirs = readdirSync(PACKS).filter(
      (d) => existsSync(join(PACKS, d, "index.ts")) && !["us-states", "us-overlay"].includes(d),
    );
    expect(dirs.sort()).toEqual(packDirs.sort());
    expect(dirs.length).toBeGreaterThan(30);
  });

  it.each(dirs)(
    "%s: its subpath's pack has the notes of notes.ts; its core pack has none",
    async (d) => {
      const mod = (await import(`../src/packs/${d}/index.ts`)) as Record<string, Pack>;
      const { NOTES } = (await import(`../src/packs/${d}/notes.ts`)) as { NOTES: string[] };
      const name = Object.keys(mod).find((k) => `${k}_CORE` in mod);
      expect(name, `src/packs/${d}/index.ts exports XX and XX_CORE`).toBeDefined();
      const pack = mod[name as string] as Pack;
      const core = mod[`${name}_CORE`] as Pack;
      expect(NOTES.length).toBeGreaterThan(0);
      expect(pack.notes).toEqual(NOTES);
      expect(core.notes).toEqual([]);
      expect({ ...core, notes: NOTES }).toEqual(pack);
      // The registries hold these very packs.
      expect(BUNDLED_PACKS[pack.code]).toBe(pack);
      expect(BUNDLED_PACKS_CORE[pack.code]).toBe(core);
    },
  );

  it("the US states' data and packs from `consentry/packs` carry the states' notes", () => {
    expect(Object.keys(STATE_NOTES).length).toBeGreaterThan(40);
    for (const code of Object.keys(STATE_NOTES)) expect(US_STATE_DATA[code]).toBeDefined();
    for (const [code, data] of Object.entries(US_STATE_DATA)) {
      const own = STATE_NOTES[code] ?? [];
      expect(data.notes).toEqual(own);
      const pack = BUNDLED_PACKS[code] as Pack;
      expect(pack.notes.slice(0, own.length)).toEqual(own);
      // The core pack keeps only the notes built from the rules (which rest on secondary sources).
      const core = BUNDLED_PACKS_CORE[code] as Pack;
      expect(core.notes).toEqual(pack.notes.slice(own.length));
    }
  });

  it("the core registry has every bundled pack, in the same order, with the same policies", () => {
    expect(Object.keys(BUNDLED_PACKS_CORE)).toEqual(Object.keys(BUNDLED_PACKS));
    for (const [code, pack] of Object.entries(BUNDLED_PACKS)) {
      const core = BUNDLED_PACKS_CORE[code] as Pack;
      expect({ ...core, notes: pack.notes }).toEqual(pack);
    }
  });

  it("no pack file holds notes (scripts/split-notes.ts --check)", () => {
    execFileSync("npx", ["tsx", "scripts/split-notes.ts", "--check"], { cwd: root, stdio: "pipe" });
  }, 60_000);

  it("a browser bundle of compilePolicy and decide carries no note, and every country's rules", async () => {
    const out = await build({
      stdin: {
        contents:
          'import { compilePolicy, decide } from "./src/index.ts";\nglobalThis.__keep = [compilePolicy, decide];\n',
        resolveDir: root,
        loader: "ts",
      },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "error",
    });
    const text = out.outputFiles[0]?.text ?? "";
    const notes = Object.values(BUNDLED_PACKS).flatMap((p) => p.notes);
    // Each note's longest stretch without quotes or escapes, which minifying leaves as written.
    const stretches = notes
      .map((n) => n.split(/["'`\\\n$]/).reduce((a, b) => (b.length > a.length ? b : a), ""))
      .filter((s) => s.length >= 40);
    expect(stretches.length).toBeGreaterThan(notes.length * 0.9);
    expect(stretches.filter((s) => text.includes(s))).toEqual([]);
    // Every country pack is there: most of its rule ids are written out (a few are built from a
    // template, and a state's from its code and keys, when the module loads).
    for (const p of Object.values(BUNDLED_PACKS_CORE).filter((p) => !(p.code in US_STATE_DATA))) {
      const ids = (Object.values(p.policy) as { id: string }[][]).flat().map((el) => el.id);
      const found = ids.filter((id) => text.includes(id));
      expect(found.length, p.code).toBeGreaterThan(ids.length / 2);
    }
  }, 60_000);
});
