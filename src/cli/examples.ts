import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { loadExampleFile, runExampleCase } from "../examples-runner/run.js";
import { formatIssues, PolicyError } from "../model/errors.js";
import type { Pack } from "../model/pack.js";
import { BUNDLED_PACKS } from "../packs/index.js";
import type { Command } from "./command.js";
import { CliError, fileMessage } from "./io.js";
import { readJsonFile } from "./ndjson.js";

/** The example files under `path` (itself, if a file), sorted; `data/` folders are inputs. */
function exampleFiles(path: string): string[] {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw new CliError(fileMessage(e, path));
  }
  if (!isDir) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) =>
      name === "data" || name === "node_modules" ? [] : exampleFiles(join(path, name)),
    )
    .filter((p) => p.endsWith(".json"));
}

/** Whether a value has the shape of a pack (`definePack`): a code, jurisdictions and a policy. */
function _isPack(v: unknown): v is Pack {
  const p = v as Partial<Pack> | null;
  return (
    p !== null &&
    typeof p === "object" &&
    typeof p.code === "string" &&
    Array.isArray(p.jurisdictions) &&
    typeof p.policy === "object"
  );
}

/**
 * The packs of `--packs FILE`: a JSON file holding a pack or a list of packs, or a JavaScript
 * module whose exports are packs (or lists or records of packs). They come beside the bundled
 * ones; a pack of your own with a bundled pack's code replaces it.
 */
async function _ownPacks(file: string): Promise<Record<string, Pack>> {
  let found: unknown;
  if (file.endsWith(".json")) found = readJsonFile(file, "packs file");
  else {
    try {
      found = Object.values(await import(pathToFileURL(resolve(file)).href));
    } catch (e) {
      throw new CliError(`cannot load packs module '${file}': ${(e as Error).message}`);
    }
  }
  const packs: Record<string, Pack> = {};
  const visit = (v: unknown, depth: number) => {
    if (_isPack(v)) packs[v.code] = v;
    else if (depth < 2 && Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (depth < 2 && v !== null && typeof v === "object")
      for (const x of Object.values(v)) visit(x, depth + 1);
  };
  visit(found, 0);
  if (Object.keys(packs).length === 0) throw new CliError(`'${file}' holds no pack`);
  return packs;
}

/** `consentry test`: runs policy example files. */
export const testCommand: Command = {
  name: "test",
  summary: 'run policy example files; ends with "N passed, N failed"',
  help: `Usage: consentry test [--packs FILE] [PATHS...]

Runs policy example files (JSON; directories are searched recursively; default: examples/),
prints each failing case with expected and actual side by side, and ends with "N passed, N failed".

  --packs FILE  packs of your own beside the bundled ones: a JSON file with a pack or a list of
                packs, or a JavaScript module exporting packs made with definePack

Example:
  consentry test examples/packs
  consentry test --packs ./my-packs.mjs my-examples/`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { packs: { type: "string" } },
      allowPositionals: true,
    });
    const packs =
      values.packs === undefined
        ? undefined
        : { ...BUNDLED_PACKS, ...(await _ownPacks(values.packs)) };
    const paths = positionals.length > 0 ? positionals : ["examples"];
    // Every path is checked before any case runs: a typo is an error, not "0 passed".
    const files = paths.flatMap(exampleFiles);
    const out = io.stdout;
    let passed = 0;
    let failed = 0;
    for (const file of files) {
      if (out.closed) break;
      let loaded: ReturnType<typeof loadExampleFile>;
      try {
        loaded = loadExampleFile(
          readJsonFile(file, "example file"),
          packs === undefined ? {} : { packs },
        );
      } catch (e) {
        failed++;
        const msg = e instanceof PolicyError ? formatIssues(e.issues) : (e as Error).message;
        out.write(`FAIL ${file}: cannot load\n${msg.replace(/^/gm, "    ")}\n`);
        continue;
      }
      for (const c of loaded.file.cases) {
        const r = runExampleCase(loaded.file, loaded.plan, c);
        if (r.passed) {
          passed++;
          continue;
        }
        failed++;
        const d = r.actual;
        const actual = {
          verdict: d.verdict,
          channel: d.channel,
          sendAt: d.sendAt,
          reasons: [...new Set(d.reasons.map((x) => x.code))],
          basis: d.basis?.code,
          consentId: d.basis?.consentId,
        };
        const lines = [`FAIL ${file} › ${c.name}`, ...r.problems.map((p) => `    ${p}`)];
        const left = JSON.stringify(r.expected, null, 2).split("\n");
        const right = JSON.stringify(actual, null, 2).split("\n");
        lines.push(`    ${"expected".padEnd(44)} actual`);
        for (let i = 0; i < Math.max(left.length, right.length); i++)
          lines.push(`    ${(left[i] ?? "").padEnd(44)} ${right[i] ?? ""}`);
        out.write(`${lines.join("\n")}\n`);
      }
    }
    out.write(`${passed} passed, ${failed} failed\n`);
    return failed > 0 ? 1 : 0;
  },
};
