import type { CommandIo } from "./io.js";

/**
 * One command of the `consentry` tool: an entry of the table `main` dispatches on. A module that
 * adds a command exports one of these, and the table in `main.ts` lists it.
 *
 * @example
 * export const hello: Command = {
 *   name: "hello",
 *   summary: "say hello",
 *   help: "Usage: consentry hello [NAME]\n\nSays hello.",
 *   run: (args, io) => { io.stdout.write(`hello ${args[0] ?? "world"}\n`); return 0; },
 * };
 */
export interface Command {
  /** The word after `consentry`. */
  readonly name: string;
  /** One line for the list of commands in `consentry --help`. */
  readonly summary: string;
  /**
   * The whole `--help` text. Its first line is the usage line (`Usage: consentry <name> …`),
   * which is also printed after a usage error.
   */
  readonly help: string;
  /**
   * Runs the command and returns its exit status: 0 fine, 1 findings (invalid records,
   * disallowed sends, failing cases). Throw `UsageError` for bad arguments and `CliError` for
   * input the user must fix (both exit 2, as one message, without a stack).
   */
  run(args: string[], io: CommandIo): Promise<number> | number;
}
