// The map file (-Map=FILE, -M), in GNU ld's layout, so it reads like the one gcc users know:
// why each archive member was pulled in, which input sections were discarded, then every
// output section with its address and size, the input sections it is made of, and the
// symbols each one defines.
//
//   Archive member included to satisfy reference by file (symbol)
//
//   libt.a(d.o)                   m.o (dfun)
//
//   .text           0x0000000000401000       0x4c
//    .text          0x0000000000401000        0xe start.o
//                   0x0000000000401000                _start

import { STB_LOCAL } from "@glass/elf";
import { symbolAddress, type InputSection, type LinkContext } from "../context.js";

const address = (n: bigint): string => "0x" + n.toString(16).padStart(16, "0");
const size = (n: bigint): string => ("0x" + n.toString(16)).padStart(11);

/** A name in a column of `width`; a longer one gets a line of its own, as GNU ld does. */
function column(name: string, width: number): string {
  return name.length < width ? name.padEnd(width) : name + "\n" + " ".repeat(width);
}

function inputLine(s: InputSection): string {
  return `${column(" " + s.name, 16)}${address(s.output ? s.output.sh_addr + s.offset : 0n)}${size(s.size)} ${s.file.name}`;
}

export function mapFile(ctx: LinkContext): string {
  const out: string[] = [];
  if (ctx.archiveReasons.length > 0) {
    out.push("Archive member included to satisfy reference by file (symbol)", "");
    for (const r of ctx.archiveReasons) out.push(`${column(r.member, 30)}${r.by} (${r.symbol})`);
    out.push("");
  }
  out.push("Discarded input sections", "");
  for (const s of ctx.discarded) out.push(inputLine(s));
  out.push("", "Linker script and memory map", "");

  for (const file of ctx.files) if (!file.internal) out.push(`LOAD ${file.name}`);
  out.push("");
  for (const sec of ctx.outputSections) {
    out.push(`${column(sec.name, 16)}${address(sec.sh_addr)}${size(sec.size)}`);
    for (const s of sec.members) {
      out.push(inputLine(s));
      const defined = [...new Set(s.file.symbols)]
        .filter((sym) => sym.section === s && sym.binding !== STB_LOCAL && sym.file === s.file)
        .sort((a, b) => (symbolAddress(a) < symbolAddress(b) ? -1 : 1));
      for (const sym of defined) out.push(`${" ".repeat(16)}${address(symbolAddress(sym))}${" ".repeat(16)}${sym.name}`);
    }
    for (const sym of ctx.symbols.values()) {
      if (sym.outputSection === sec && !sym.section) out.push(`${" ".repeat(16)}${address(sym.value)}${" ".repeat(16)}${sym.name} = .`);
    }
    out.push("");
  }
  return out.join("\n") + "\n";
}
