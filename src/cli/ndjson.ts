import { createReadStream } from "node:fs";

/** One line of an NDJSON input: its 1-based number and either the parsed value or the parse error. */
export type NdjsonLine =
  | { line: number; value: unknown; error?: undefined }
  | { line: number; value?: undefined; error: string };

/**
 * Reads NDJSON from a file or standard input (`-` or no path), line by line, without loading it.
 * Reads the stream on demand (its async iterator), so a slow consumer holds the producer back and
 * memory stays flat; `readline`'s iterator would queue lines without bound instead.
 */
export async function* readNdjson(path: string | undefined): AsyncGenerator<NdjsonLine> {
  const input = path === undefined || path === "-" ? process.stdin : createReadStream(path);
  const decoder = new TextDecoder("utf-8");
  let rest = "";
  let line = 0;
  const parse = (text: string): NdjsonLine | undefined => {
    line++;
    if (text.trim() === "") return undefined;
    try {
      return { line, value: JSON.parse(text) };
    } catch (e) {
      return { line, error: `not JSON: ${(e as Error).message}` };
    }
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    rest += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let nl = rest.indexOf("\n");
    let start = 0;
    while (nl >= 0) {
      const text = rest.slice(start, nl);
      const l = parse(text.endsWith("\r") ? text.slice(0, -1) : text);
      if (l !== undefined) yield l;
      start = nl + 1;
      nl = rest.indexOf("\n", start);
    }
    rest = rest.slice(start);
  }
  rest += decoder.decode();
  if (rest !== "") {
    const l = parse(rest);
    if (l !== undefined) yield l;
  }
}

/** Writes lines to standard output in chunks, waiting when the pipe is full (flat memory). */
export class LineWriter {
  private buf: string[] = [];
  private size = 0;
  constructor(private readonly out: NodeJS.WritableStream = process.stdout) {}
  /**
   * Queues one line. Returns a promise only when the buffer was flushed (await it: it waits for a
   * full pipe to drain), so a line costs no microtask otherwise.
   */
  write(line: string): Promise<void> | undefined {
    this.buf.push(line);
    this.size += line.length + 1;
    return this.size >= 65_536 ? this.flush() : undefined;
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
