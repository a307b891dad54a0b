/**
 * The `consentry` command: the library's jobs on files and pipes. A thin layer over `decide`,
 * `Summarizer`, `DecisionDiff`, `auditSends` and the example runner. `main` takes its streams as
 * an argument, so it runs in-process; `bin.ts` wires it to the process.
 */
import pkg from "../../package.json" with { type: "json" };
import { DISTRIBUTED_COMMANDS } from "../bullmq/commands.js";
import { explainCommand, reportCommand } from "../report/cli.js";
import { auditCommand } from "./audit.js";
import type { Command } from "./command.js";
import { decideCommand } from "./decide.js";
import { diffCommand } from "./diff.js";
import { testCommand } from "./examples.js";
import { CliError, type CliIo, type CommandIo, Diagnostics, Output, UsageError } from "./io.js";
import { schemaCommand } from "./schema.js";
import { summarizeCommand } from "./summarize.js";

export type { Command } from "./command.js";
export { CliError, type CliIo, type CommandIo, UsageError } from "./io.js";

/** The package version, as `consentry --version` prints it. */
export const VERSION: string = pkg.version;

/** The commands, in the order `consentry --help` lists them. A new command is one more entry. */
export const COMMANDS: readonly Command[] = [
  decideCommand,
  summarizeCommand,
  diffCommand,
  auditCommand,
  testCommand,
  schemaCommand,
  _plain(reportCommand),
  _plain(explainCommand),
  // enqueue, work, collect, status: their bodies and the optional bullmq load on first use.
  ...DISTRIBUTED_COMMANDS,
];

/** A command written against plain `write` streams (the report's), as an entry of the table. */
function _plain(c: {
  name: string;
  summary: string;
  help: string;
  run(
    args: string[],
    io: { stdout: Output; stderr: { write(text: string): unknown } },
  ): Promise<number>;
}): Command {
  return {
    name: c.name,
    summary: c.summary,
    help: c.help,
    run: (args, io) =>
      c.run(args, {
        stdout: io.stdout,
        stderr: { write: (text: string) => io.stderr.line(text.replace(/\n$/, "")) },
      }),
  };
}

/** The help of `consentry` itself, listing `commands`. */
export function mainHelp(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return `consentry ${VERSION} — may we contact this person with this message, when, and through which channel?

Usage: consentry <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)} ${c.summary}`).join("\n")}

Run 'consentry <command> --help' for a command's options and examples; 'consentry --version'
prints the version.
Exit status: 0 fine, 1 findings (invalid records, disallowed sends, failing cases), 2 bad usage,
an unreadable or invalid input file or policy, or an unexpected error.`;
}

/** The usage line of a command: the first line of its help. */
function usageLine(c: Command): string {
  return c.help.split("\n", 1)[0] ?? `Usage: consentry ${c.name}`;
}

/**
 * Runs the command line on the given streams and returns the exit status; never throws.
 * A usage error prints the command's usage line; an input error one line; an unexpected error
 * one line (`consentry: <message>`; the stack with `CONSENTRY_DEBUG=1`). When the reader of
 * standard output goes away (`| head`), the command stops and exits quietly.
 *
 * @param argv - the arguments after `consentry`
 * @param io - standard output, error and input, and the environment
 * @param commands - the command table (default: `COMMANDS`)
 * @returns 0 fine, 1 findings, 2 bad usage or input, or an unexpected error
 * @example
 * process.exitCode = await main(process.argv.slice(2), process);
 */
export async function main(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const out = new Output(io.stdout);
  const err = new Diagnostics(io.stderr);
  const env = io.env ?? {};
  const cio: CommandIo = { stdout: out, stderr: err, stdin: io.stdin, env };
  const [name, ...rest] = argv;
  const find = (n: string | undefined) => commands.find((c) => c.name === n);
  if (name === undefined) {
    err.line("Usage: consentry <command> [options]");
    err.line("Run 'consentry --help' for the commands.");
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const c = find(rest[0]);
    out.write(`${c === undefined ? mainHelp(commands) : c.help}\n`);
    return 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    out.write(`${VERSION}\n`);
    return 0;
  }
  const command = find(name);
  if (command === undefined) {
    err.line(`consentry: unknown command '${name}'`);
    err.line("Run 'consentry --help' for the commands.");
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    out.write(`${command.help}\n`);
    return 0;
  }
  let code: number;
  try {
    code = await command.run(rest, cio);
  } catch (e) {
    code = 2;
    if (out.closed && out.error === undefined) {
      // The pipe closed under the command: nothing is wrong that anyone reads.
      code = 0;
    } else if (
      e instanceof UsageError ||
      String((e as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS")
    ) {
      err.line(`consentry ${name}: ${(e as Error).message}`);
      err.line(usageLine(command));
      err.line(`Run 'consentry ${name} --help' for more.`);
    } else if (e instanceof CliError) err.line(`consentry ${name}: ${e.message}`);
    else unexpected(err, env, e);
  }
  if (out.error !== undefined) {
    err.line(`consentry: cannot write to standard output: ${out.error.message}`);
    return 2;
  }
  return code;
}

/** Reports an error nobody anticipated: one line, and the stack on request. */
function unexpected(
  err: Diagnostics,
  env: Readonly<Record<string, string | undefined>>,
  e: unknown,
): void {
  const message = e instanceof Error ? e.message : String(e);
  err.line(`consentry: ${message}`);
  if (env.CONSENTRY_DEBUG === "1" && e instanceof Error && e.stack !== undefined) err.line(e.stack);
  else err.line("(run with CONSENTRY_DEBUG=1 for the stack)");
}
