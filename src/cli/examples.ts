import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadExampleFile, runExampleCase } from "../examples-runner/run.js";
import { formatIssues, PolicyError } from "../model/errors.js";
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

/** `consentry test`: runs policy example files. */
export const testCommand: Command = {
  name: "test",
  summary: 'run policy example files; ends with "N passed, N failed"',
  help: `Usage: consentry test [PATHS...]

Runs policy example files (JSON; directories are searched recursively; default: examples/),
prints each failing case with expected and actual side by side, and ends with "N passed, N failed".

Example:
  consentry test examples/packs`,
  run(args, io) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
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
        loaded = loadExampleFile(readJsonFile(file, "example file"));
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
