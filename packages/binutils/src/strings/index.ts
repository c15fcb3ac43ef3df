// strings: Glass's twin of GNU strings 2.40 — print every run of at least N (default 4)
// printable ASCII characters (or tabs) in each whole file, optionally preceded by its offset
// (-t x|d|o) or the file name (-f).

import { readInput, type ToolIO } from "../io.js";
import { parseArgs, toJson } from "../common/options.js";

const USAGE = "Usage: strings [option(s)] [file(s)]\n Display printable strings in [file(s)] (stdin by default)\n";
const SPEC = {
  short: { a: "all", f: "filename" },
  valued: { n: "bytes", t: "radix" },
  long: { all: "all", "print-file-name": "filename", "bytes=": "bytes", "radix=": "radix", json: "json" },
};

const printable = (c: number): boolean => c === 9 || (c >= 32 && c <= 126);
const latin1 = new TextDecoder("latin1");

export function strings(args: string[], io: ToolIO): number {
  // -NUMBER is shorthand for -n NUMBER.
  const parsed = parseArgs(args.map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a)), SPEC);
  if ("error" in parsed) {
    io.stderr(`strings: ${parsed.error}\n${USAGE}`);
    return 1;
  }
  const minText = parsed.values.get("bytes")?.at(-1) ?? "4";
  const min = Number(minText);
  if (!/^\d+$/.test(minText) || min < 1) {
    io.stderr(`strings: invalid minimum string length ${minText}\n`);
    return 1;
  }
  const radix = parsed.values.get("radix")?.at(-1);
  if (radix !== undefined && !["x", "d", "o"].includes(radix)) {
    io.stderr(`strings: invalid radix: ${radix}\n`);
    return 1;
  }
  const json = parsed.flags.has("json");
  const records: { file: string; offset: number; text: string }[] = [];
  let status = 0;
  for (const path of parsed.files) {
    const bytes = readInput(io, path);
    if ("error" in bytes) {
      io.stderr(`strings: ${bytes.error}\n`);
      status = 1;
      continue;
    }
    let out = "";
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && printable(bytes[i]!)) continue;
      if (i - start >= min) {
        const text = latin1.decode(bytes.subarray(start, i));
        if (json) records.push({ file: path, offset: start, text });
        else {
          const where = radix === undefined ? "" : `${start.toString(radix === "x" ? 16 : radix === "o" ? 8 : 10).padStart(7)} `;
          out += `${parsed.flags.has("filename") ? `${path}: ` : ""}${where}${text}\n`;
        }
      }
      start = i + 1;
    }
    io.stdout(out);
  }
  if (json) io.stdout(toJson(records));
  return status;
}
