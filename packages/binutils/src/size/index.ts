// size: Glass's twin of GNU size 2.40. Berkeley layout (default): text (code and read-only
// allocated sections), data (other allocated sections with contents) and bss per file;
// System V layout (-A): every section with its size and address, then the total.

import type { ToolIO } from "../io.js";
import { bfdSections } from "../common/bfd-sections.js";
import { eachObject, type ObjectInput } from "../common/inputs.js";
import { parseArgs, toJson } from "../common/options.js";

const USAGE = "Usage: size [option(s)] [file(s)]\n Displays the sizes of sections inside binary files\n";
const SPEC = {
  short: { A: "sysv", B: "berkeley", t: "totals", d: "decimal" },
  long: { "format=": "format", totals: "totals", json: "json" },
};

interface Sizes {
  text: bigint;
  data: bigint;
  bss: bigint;
}

function berkeley(input: ObjectInput): Sizes {
  const sizes = { text: 0n, data: 0n, bss: 0n };
  for (const b of bfdSections(input.elf)) {
    if (!b.alloc) continue;
    const size = b.section.sh_size;
    if (b.code || b.readonly) sizes.text += size;
    else if (b.contents) sizes.data += size;
    else sizes.bss += size;
  }
  return sizes;
}

function sysv(input: ObjectInput): string {
  const rows = bfdSections(input.elf).map((b) => [b.section.name, String(b.section.sh_size), String(b.section.sh_addr)] as const);
  const total = bfdSections(input.elf).reduce((t, b) => t + b.section.sh_size, 0n);
  const nameW = Math.max(7, ...rows.map((r) => r[0].length));
  // The size column also fits the total.
  const sizeW = Math.max(4, String(total).length, ...rows.map((r) => r[1].length));
  const addrW = Math.max(4, ...rows.map((r) => r[2].length));
  let out = input.member ? `${input.member}   (ex ${input.path}):\n` : `${input.path}  :\n`;
  out += `${"section".padEnd(nameW)}   ${"size".padStart(sizeW)}   ${"addr".padStart(addrW)}\n`;
  for (const [name, size, addr] of rows) out += `${name.padEnd(nameW)}   ${size.padStart(sizeW)}   ${addr.padStart(addrW)}\n`;
  return out + `${"Total".padEnd(nameW)}   ${String(total).padStart(sizeW)}\n\n\n`;
}

export function size(args: string[], io: ToolIO): number {
  const parsed = parseArgs(args, SPEC);
  if ("error" in parsed) {
    io.stderr(`size: ${parsed.error}\n${USAGE}`);
    return 1;
  }
  const format = parsed.values.get("format")?.at(-1);
  const useSysv = parsed.flags.has("sysv") ? !parsed.flags.has("berkeley") || args.lastIndexOf("-A") > args.lastIndexOf("-B") : format?.startsWith("s") === true;
  const json = parsed.flags.has("json");
  const files = parsed.files.length > 0 ? parsed.files : ["a.out"];
  const totals: Sizes = { text: 0n, data: 0n, bss: 0n };
  const records: unknown[] = [];
  let headed = false;
  const status = eachObject("size", io, files, {
    object(input) {
      if (json) {
        records.push({ file: input.path, member: input.member, ...berkeley(input), sections: bfdSections(input.elf).map((b) => ({ name: b.section.name, size: b.section.sh_size, addr: b.section.sh_addr })) });
        return;
      }
      if (useSysv) {
        io.stdout(sysv(input));
        return;
      }
      if (!headed) io.stdout("   text\t   data\t    bss\t    dec\t    hex\tfilename\n");
      headed = true;
      const s = berkeley(input);
      totals.text += s.text;
      totals.data += s.data;
      totals.bss += s.bss;
      io.stdout(row(s, input.member ? `${input.member} (ex ${input.path})` : input.path));
    },
  });
  if (json) io.stdout(toJson(records));
  else if (parsed.flags.has("totals") && !useSysv && headed) io.stdout(row(totals, "(TOTALS)"));
  return status;
}

function row(s: Sizes, name: string): string {
  const dec = s.text + s.data + s.bss;
  return `${String(s.text).padStart(7)}\t${String(s.data).padStart(7)}\t${String(s.bss).padStart(7)}\t${String(dec).padStart(7)}\t${dec.toString(16).padStart(7)}\t${name}\n`;
}
