// The only way a Glass tool touches the outside world. The tools are pure functions of their
// arguments and this interface; the driver supplies a node-backed one, tests an in-memory
// one (memoryIO), a browser could supply its own.

export interface ToolIO {
  /** The file's bytes; throws ToolIOError (or any error, read as "No such file") if unreadable. */
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw bytes to standard output (`ar p`); tools fall back to stdout(utf-8 text) without it. */
  stdoutBytes?(data: Uint8Array): void;
}

export type ToolIOFailure = "missing" | "not-regular";

/** Why a file could not be read, so tools can word it as binutils does. */
export class ToolIOError extends Error {
  constructor(
    readonly path: string,
    readonly failure: ToolIOFailure,
  ) {
    super(failure === "missing" ? `'${path}': No such file` : `'${path}' is not an ordinary file`);
    this.name = "ToolIOError";
  }
}

/** Reads a file for a tool; returns the binutils-style message instead of throwing. */
export function readInput(io: ToolIO, path: string): Uint8Array | { error: string } {
  try {
    return io.readFile(path);
  } catch (e) {
    if (e instanceof ToolIOError) return { error: e.message };
    return { error: `'${path}': No such file` };
  }
}

/** An in-memory ToolIO: files in a map, output collected in strings. */
export interface MemoryIO extends ToolIO {
  files: Map<string, Uint8Array>;
  out: string;
  err: string;
}

export function memoryIO(files: Record<string, Uint8Array> = {}): MemoryIO {
  const io: MemoryIO = {
    files: new Map(Object.entries(files)),
    out: "",
    err: "",
    readFile(path) {
      const data = io.files.get(path);
      if (!data) throw new ToolIOError(path, "missing");
      return data;
    },
    writeFile(path, data) {
      io.files.set(path, data);
    },
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
  };
  return io;
}
