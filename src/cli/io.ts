/**
 * What a command of the `consentry` tool reads and writes, and the errors it reports. A run gets
 * its streams as arguments (`main(argv, io)`), so tests run commands in-process on test doubles.
 */

/** Somewhere to write text: `process.stdout`, `process.stderr`, or a test double. */
export interface TextSink {
  /** Writes text; `false` asks the writer to wait for `drain`. */
  write(text: string): boolean;
  /** Stream events, when the sink is a stream: `drain` and `error`. */
  once?(event: "drain", listener: () => void): unknown;
  on?(event: "error", listener: (e: Error) => void): unknown;
  /** A terminal: progress is shown only there. */
  readonly isTTY?: boolean;
}

/** The streams and environment of one run of the command line. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Standard input: `process.stdin`, or any async iterable of chunks. */
  readonly stdin: AsyncIterable<Buffer | string>;
  /** Environment variables (`CONSENTRY_DEBUG=1` prints stacks). Default: none set. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A problem with the input the user can fix (a missing file, an invalid policy): exit 2. */
export class CliError extends Error {
  override readonly name: string = "CliError";
}

/** Bad arguments: reported with the command's usage line, exit 2. */
export class UsageError extends CliError {
  override readonly name: string = "UsageError";
}

/**
 * Standard output for a command. Once the reader has gone (`EPIPE`, as when piped to `head`),
 * writes are dropped and `closed` is true, so a command can stop early and exit quietly; another
 * write error is kept in `error` and reported once the command ends.
 */
export class Output {
  /** True once the reader closed the pipe. */
  closed = false;
  /** A write error other than a closed pipe (a full disk). */
  error: Error | undefined;
  private waiting: (() => void)[] = [];
  constructor(private readonly sink: TextSink) {
    sink.on?.("error", (e) => this.fail(e));
  }
  private fail(e: unknown): void {
    const code = (e as { code?: unknown }).code;
    if (code !== "EPIPE" && code !== "ERR_STREAM_DESTROYED" && this.error === undefined)
      this.error = e instanceof Error ? e : new Error(String(e));
    this.closed = true;
    this.wake();
  }
  private wake(): void {
    const w = this.waiting;
    this.waiting = [];
    for (const f of w) f();
  }
  /** Writes text unless the pipe is closed; `false` when the caller should await `drained()`. */
  write(text: string): boolean {
    if (this.closed) return true;
    try {
      return this.sink.write(text);
    } catch (e) {
      this.fail(e);
      return true;
    }
  }
  /** Resolves when the sink can take more, or has closed. */
  drained(): Promise<void> {
    if (this.closed || this.sink.once === undefined) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.sink.once?.("drain", () => this.wake());
    });
  }
}

/** A one-line status that a message can replace: what `Progress` draws on. */
export interface StatusLine {
  /** Standard error is a terminal. */
  readonly isTTY: boolean;
  /** Shows `text` as the status line, replacing the last one. */
  status(text: string): void;
  /** Keeps the status line on screen and moves below it. */
  keep(): void;
}

/**
 * Standard error for a command: whole lines, and a status line (progress) that is cleared before
 * any message is written, so a message never lands in the middle of it. Write errors are ignored
 * (nothing is left to tell them to).
 */
export class Diagnostics implements StatusLine {
  private showing = false;
  /** Standard error is a terminal. */
  readonly isTTY: boolean;
  constructor(private readonly sink: TextSink) {
    this.isTTY = sink.isTTY === true;
    sink.on?.("error", () => {});
  }
  private put(text: string): void {
    try {
      this.sink.write(text);
    } catch {
      // Standard error is gone too.
    }
  }
  /** Writes one message line (a newline is added). */
  line(text: string): void {
    this.put(this.showing ? `\r\x1b[2K${text}\n` : `${text}\n`);
    this.showing = false;
  }
  status(text: string): void {
    this.put(`\r\x1b[2K${text}`);
    this.showing = true;
  }
  keep(): void {
    if (this.showing) this.put("\n");
    this.showing = false;
  }
}

/** What a command gets: standard output and error wrapped as above, standard input, env. */
export interface CommandIo {
  readonly stdout: Output;
  readonly stderr: Diagnostics;
  readonly stdin: AsyncIterable<Buffer | string>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A file system error on `path` said plainly: `no such file or directory 'nope/'`. */
export function fileMessage(e: unknown, path: string): string {
  switch ((e as { code?: unknown }).code) {
    case "ENOENT":
      return `no such file or directory '${path}'`;
    case "EISDIR":
      return `'${path}' is a directory, not a file`;
    case "EACCES":
    case "EPERM":
      return `permission denied '${path}'`;
    default:
      return `cannot read '${path}': ${e instanceof Error ? e.message : String(e)}`;
  }
}
