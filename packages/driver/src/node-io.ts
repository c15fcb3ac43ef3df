// The node-backed edge of the toolchain: reading inputs and writing outputs for the pure
// cores. Outputs are written to a temporary file and renamed into place only on success, so
// a failed run never leaves a partial output file behind.

import { readFileSync, writeFileSync, renameSync, chmodSync, existsSync, statSync, unlinkSync } from "node:fs";
import { dirname, basename, join } from "node:path";
import { GlassError, error } from "@glass/diagnostics";

/** Where standard input is read from: fd 0, or a compile server client's (server.ts). */
let stdinFd = 0;

export function setStdin(fd: number): void {
  stdinFd = fd;
}

/** Standard input as text (the `-` input of `glass cc`). */
export function readStdin(): string {
  return readFileSync(stdinFd, "utf8");
}

/** Reads a file, or throws "glass: error: x.c: No such file or directory" like gcc. */
export function readInput(path: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw new GlassError([error(`${path}: Is a directory`)]);
    return readFileSync(path);
  } catch (e) {
    if (e instanceof GlassError) throw e;
    throw new GlassError([error(`${path}: No such file or directory`)]);
  }
}

/**
 * Texts already read, with the identity of the file they came from (device, inode, size,
 * change and modification times): a header read again, by a later file of the same run or a
 * later command of the compile server, costs one stat while it is unchanged. The same string
 * comes back, which is also what lets the preprocessor reuse the header's token tape.
 */
let texts = new Map<string, { dev: number; ino: number; size: number; ctimeMs: number; mtimeMs: number; text: string }>();
let textChars = 0;
/** Kept texts hold at most about this many characters; then they start afresh. */
const keptChars = 16 << 20;

/** Reads a text file, or returns undefined (for include searches). */
export function readTextIfExists(path: string): string | undefined {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st?.isFile()) return undefined;
    const { dev, ino, size, ctimeMs, mtimeMs } = st;
    const known = texts.get(path);
    if (known && known.dev === dev && known.ino === ino && known.size === size && known.ctimeMs === ctimeMs && known.mtimeMs === mtimeMs) return known.text;
    const text = readFileSync(path, "utf8");
    if (textChars + text.length > keptChars) {
      texts = new Map();
      textChars = 0;
    }
    texts.set(path, { dev, ino, size, ctimeMs, mtimeMs, text });
    textChars += text.length - (known?.text.length ?? 0);
    return text;
  } catch {
    return undefined;
  }
}

/** Reads a file's bytes, or returns undefined (for library searches). */
export function readBytesIfExists(path: string): Uint8Array | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

export function fileExists(path: string): boolean {
  return existsSync(path);
}

/**
 * Writes an output atomically (temp file + rename); executables get mode 0755. An output
 * that exists and is not a regular file (`-o /dev/null`, a FIFO) is written in place, as gcc
 * does: renaming over it would replace the device with a file.
 */
export function writeOutput(path: string, data: Uint8Array | string, executable = false): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isFile() === false) {
      writeFileSync(path, data);
      return;
    }
    writeFileSync(tmp, data);
    if (executable) chmodSync(tmp, 0o755);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* the temp file was never created */
    }
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const why = strerror[code] ?? String((e as Error).message);
    throw new GlassError([error(`cannot open output file ${path}: ${why}`)]);
  }
}

/** The C library's words for the errors an output can meet, as gcc and ld print them. */
const strerror: Record<string, string> = {
  ENOENT: "No such file or directory",
  EISDIR: "Is a directory",
  EACCES: "Permission denied",
  ENOTDIR: "Not a directory",
  EROFS: "Read-only file system",
  ENOSPC: "No space left on device",
};
