import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/** One line of an NDJSON input: its 1-based number and either the parsed value or the parse error. */
export type NdjsonLine =
  | { line: number; value: unknown; error?: undefined }
  | { line: number; value?: undefined; error: string };

/** Reads NDJSON from a file or standard input (`-` or no path), line by line, without loading it. */
export async function* readNdjson(path: string | undefined): AsyncGenerator<NdjsonLine> {
  const input =
    path === undefined || path === "-"
      ? process.stdin
      : createReadStream(path, { encoding: "utf8" });
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (text.trim() === "") continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (e) {
      yield { line, error: `not JSON: ${(e as Error).message}` };
    }
  }
}

/** Writes lines to standard output in chunks, waiting when the pipe is full (flat memory). */
export class LineWriter {
  private buf: string[] = [];
  private size = 0;
  constructor(private readonly out: NodeJS.WritableStream = process.stdout) {}
  /** Queues one line; resolves at once unless the buffer was flushed into a full pipe. */
  async write(line: string): Promise<void> {
    this.buf.push(line);
    this.size += line.length + 1;
    if (this.size >= 65_536) await this.flush();
  }
  /** Writes what is queued. */
  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const chunk = `${this.buf.join("\n")}\n`;
    this.buf = [];
    this.size = 0;
    if (!this.out.write(chunk)) await new Promise<void>((r) => this.out.once("drain", () => r()));
  }
}

/** A progress line on standard error, on a terminal only, at most every 250 ms. */
export class Progress {
  private readonly start = Date.now();
  private last = 0;
  private readonly on: boolean;
  constructor(quiet: boolean) {
    this.on = !quiet && process.stderr.isTTY === true;
  }
  /** Reports `n` records done. */
  tick(n: number): void {
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 250) return;
    this.last = now;
    const s = (now - this.start) / 1000;
    process.stderr.write(
      `\r${n.toLocaleString("en-US")} records, ${Math.round(n / Math.max(s, 0.001)).toLocaleString("en-US")}/s, ${s.toFixed(1)} s`,
    );
  }
  /** Ends the progress line. */
  done(n: number): void {
    if (!this.on) return;
    this.last = 0;
    this.tick(n);
    process.stderr.write("\n");
  }
}
