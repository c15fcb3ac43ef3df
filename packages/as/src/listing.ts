// The `-al` listing: each source line with the address and bytes it produced, the way
// `as -al` prints it, so a reader can see which bytes each instruction became.
//
//    5 0000 55                	pushq	%rbp
//    6 0001 4889E5            	movq	%rsp, %rbp

import type { SourceFile } from "@glass/diagnostics";
import type { ListingEntry } from "./assembler.js";

const BYTES_PER_ROW = 8;

export function renderListing(file: SourceFile, entries: ListingEntry[], contents: Map<string, Uint8Array>): string {
  const byLine = new Map<number, ListingEntry[]>();
  for (const e of entries) {
    const { line } = file.position(e.offset);
    byLine.set(line, [...(byLine.get(line) ?? []), e]);
  }
  const lines = file.text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const out: string[] = [];
  lines.forEach((text, i) => {
    const num = String(i + 1).padStart(4);
    const rows: string[] = [];
    let address: number | undefined;
    for (const e of byLine.get(i + 1) ?? []) {
      const start = e.start.frag.address + e.start.offset;
      const end = e.end.frag.address + e.end.offset;
      if (end <= start) continue;
      address ??= start;
      const data = contents.get(e.section.name);
      const hex = [...(data ? data.subarray(start, end) : new Uint8Array(end - start))].map((b) => b.toString(16).padStart(2, "0").toUpperCase());
      for (let k = 0; k < hex.length; k += BYTES_PER_ROW) rows.push(hex.slice(k, k + BYTES_PER_ROW).join(""));
    }
    if (address === undefined) {
      out.push(`${num}              \t${text}`);
      return;
    }
    const addr = address.toString(16).padStart(4, "0");
    out.push(`${num} ${addr} ${rows[0]!.padEnd(BYTES_PER_ROW * 2)}\t${text}`);
    for (const row of rows.slice(1)) out.push(`${num}      ${row}`);
  });
  return out.join("\n") + "\n";
}
