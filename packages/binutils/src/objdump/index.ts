// objdump: Glass's twin of GNU objdump 2.40 for -f, -h, -d, -r, -R, -t, -T, -s and -j on
// x86-64 and AArch64. Each object is headed by its BFD format name; the listings follow in
// objdump's fixed order (dump_bfd), whatever the order of the flags.

import { SHT_DYNSYM } from "@glass/elf";
import type { ToolIO } from "../io.js";
import { eachObject } from "../common/inputs.js";
import { parseArgs } from "../common/options.js";
import { sectionContents } from "./contents.js";
import { disassemble } from "./disassemble.js";
import { fileHeader, formatName, sectionHeaders } from "./headers.js";
import { dynamicRelocations, relocations } from "./relocs.js";
import { symbolTable } from "./symbol-table.js";

const USAGE = "Usage: objdump <option(s)> <file(s)>\n Display information from object <file(s)>.\n";
const SPEC = {
  short: { f: "file-headers", h: "headers", d: "disassemble", w: "wide", r: "reloc", R: "dynamic-reloc", t: "syms", T: "dynamic-syms", s: "full-contents" },
  long: {
    "file-headers": "file-headers", "section-headers": "headers", headers: "headers", disassemble: "disassemble", wide: "wide", reloc: "reloc",
    "dynamic-reloc": "dynamic-reloc", syms: "syms", "dynamic-syms": "dynamic-syms", "full-contents": "full-contents", "section=": "section=",
  },
  valued: { j: "section" },
};
const LISTINGS = ["file-headers", "headers", "disassemble", "reloc", "dynamic-reloc", "syms", "dynamic-syms", "full-contents"];

/** bfd_fatal: objdump stops at once. */
class Fatal extends Error {}

export function objdump(args: string[], io: ToolIO): number {
  const parsed = parseArgs(args, SPEC);
  if ("error" in parsed) {
    io.stderr(`objdump: ${parsed.error}\n${USAGE}`);
    return 1;
  }
  const f = parsed.flags;
  if (!LISTINGS.some((l) => f.has(l))) {
    io.stderr(USAGE);
    return 1;
  }
  const only = parsed.values.get("section");
  const seen = new Set<string>();
  /** process_section_p: -j's filter, remembering which names it matched. */
  const want = (name: string): boolean => {
    if (!only) return true;
    if (only.includes(name)) seen.add(name);
    return only.includes(name);
  };
  let failed = false;
  let status: number;
  try {
    status = eachObject("objdump", io, parsed.files.length > 0 ? parsed.files : ["a.out"], {
      archive(path) {
        io.stdout(`In archive ${path}:\n`);
      },
      object({ elf, member }) {
        const name = member ?? elf.fileName;
        io.stdout(`\n${name}:     file format ${formatName(elf)}\n`);
        io.stdout(f.has("file-headers") ? fileHeader(elf) : "\n");
        if (f.has("headers")) io.stdout(sectionHeaders(elf, want));
        if ((f.has("dynamic-syms") || f.has("dynamic-reloc")) && !elf.sections.some((s) => s.sh_type === SHT_DYNSYM)) {
          io.stderr(`objdump: ${name}: not a dynamic object\n`);
          failed = true;
        }
        if (f.has("syms")) io.stdout(symbolTable(elf, false, want));
        if (f.has("dynamic-syms")) io.stdout(symbolTable(elf, true, want));
        if (f.has("reloc") && !f.has("disassemble")) io.stdout(relocations(elf, want));
        const listing = f.has("dynamic-reloc") ? dynamicRelocations(elf) : "";
        const fatal = (): never => {
          io.stderr(`objdump: ${name}: invalid operation\n`);
          throw new Fatal();
        };
        if (f.has("dynamic-reloc") && !f.has("disassemble")) io.stdout(listing ?? fatal());
        if (f.has("full-contents")) io.stdout(sectionContents(elf, want));
        // With -d, -R's dynamic relocations are read (and found missing) only when disassembling.
        if (f.has("disassemble") && listing === undefined) fatal();
        if (f.has("disassemble")) io.stdout(disassemble(elf, { want, relocs: f.has("reloc"), wide: f.has("wide") }));
      },
    });
  } catch (e) {
    if (!(e instanceof Fatal)) throw e;
    return 1;
  }
  // free_only_list: complain only when no -j name matched anything (newest name first).
  for (const name of seen.size === 0 ? [...new Set(only)].reverse() : []) {
    io.stderr(`objdump: section '${name}' mentioned in a -j option, but not found in any input file\n`);
    failed = true;
  }
  return failed ? 1 : status;
}
