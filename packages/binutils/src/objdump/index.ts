// objdump: Glass's twin of GNU objdump 2.40 for -a, -f, -p, -x, -h, -d, -D, -r, -R, -t, -T, -s,
// -j, --start-address, --stop-address and --no-show-raw-insn on x86-64 and AArch64. Each object
// is headed by its BFD format name; the listings follow in objdump's fixed order (dump_bfd),
// whatever the order of the flags. --json prints one record per object instead.

import { SHT_DYNSYM } from "@glass/elf";
import { readInput, type ToolIO } from "../io.js";
import { eachObject } from "../common/inputs.js";
import { parseArgs } from "../common/options.js";
import { sectionContents } from "./contents.js";
import { disassemble } from "./disassemble.js";
import { fileHeader, formatName, sectionHeaders } from "./headers.js";
import { archiveHeader } from "./archive-header.js";
import { privateHeaders } from "./private-headers.js";
import { jsonListing } from "./json.js";
import { dynamicRelocations, relocations } from "./relocs.js";
import { symbolTable } from "./symbol-table.js";

const USAGE = "Usage: objdump <option(s)> <file(s)>\n Display information from object <file(s)>.\n";
const SPEC = {
  short: {
    f: "file-headers", h: "headers", d: "disassemble", D: "disassemble-all", w: "wide", r: "reloc", R: "dynamic-reloc", t: "syms", T: "dynamic-syms",
    s: "full-contents", a: "archive-headers", p: "private-headers", x: "all-headers", l: "line-numbers", S: "source",
  },
  long: {
    "file-headers": "file-headers", "section-headers": "headers", headers: "headers", disassemble: "disassemble", "disassemble-all": "disassemble-all",
    wide: "wide", reloc: "reloc", "dynamic-reloc": "dynamic-reloc", syms: "syms", "dynamic-syms": "dynamic-syms", "full-contents": "full-contents",
    "section=": "section=", "archive-headers": "archive-headers", "private-headers": "private-headers", "all-headers": "all-headers",
    "start-address=": "start-address=", "stop-address=": "stop-address=", "no-show-raw-insn": "no-show-raw-insn", "line-numbers": "line-numbers", source: "source", json: "json",
  },
  valued: { j: "section" },
};
const LISTINGS = ["file-headers", "headers", "disassemble", "reloc", "dynamic-reloc", "syms", "dynamic-syms", "full-contents", "archive-headers", "private-headers", "json"];
/** -x stands for these; -D implies -d. */
const ALL_HEADERS = ["archive-headers", "file-headers", "headers", "private-headers", "reloc", "syms"];

/** parse_vma: strtoul with base 0 (0x…, 0…, decimal); a trailing non-digit is an error. */
function address(text: string): bigint | undefined {
  const m = /^\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!m) return undefined;
  const t = m[1]!;
  return /^0[xX]/.test(t) ? BigInt(t) : t.length > 1 && t.startsWith("0") ? BigInt("0o" + t.slice(1)) : BigInt(t);
}

/** -S reads source files through the tool's IO; an unreadable one is silently skipped, as objdump does. */
function sourceReader(io: ToolIO): (path: string) => string | undefined {
  const latin1 = new TextDecoder("latin1");
  return (path) => {
    const bytes = readInput(io, path);
    return "error" in bytes ? undefined : latin1.decode(bytes);
  };
}

/** bfd_fatal: objdump stops at once. */
class Fatal extends Error {}

export function objdump(args: string[], io: ToolIO): number {
  const parsed = parseArgs(args, SPEC);
  if ("error" in parsed) {
    io.stderr(`objdump: ${parsed.error}\n${USAGE}`);
    return 1;
  }
  const f = parsed.flags;
  if (f.has("all-headers")) ALL_HEADERS.forEach((l) => f.add(l));
  if (f.has("disassemble-all") || f.has("source")) f.add("disassemble");
  const bounds: { start?: bigint; stop?: bigint } = {};
  for (const [key, name] of [["start-address", "start"], ["stop-address", "stop"]] as const) {
    const text = parsed.values.get(key)?.at(-1);
    if (text === undefined) continue;
    const value = address(text);
    if (value === undefined) {
      io.stderr(`objdump: --${key}: bad number: ${text}\n`);
      return 1;
    }
    bounds[name] = value;
  }
  if (f.has("json")) return jsonListing(io, parsed.files.length > 0 ? parsed.files : ["a.out"]);
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
      object({ elf, member, header }) {
        const name = member ?? elf.fileName;
        io.stdout(`\n${name}:     file format ${formatName(elf)}\n`);
        if (f.has("archive-headers")) io.stdout(archiveHeader(name, header));
        if (f.has("file-headers")) io.stdout(fileHeader(elf));
        if (f.has("private-headers")) io.stdout(privateHeaders(elf));
        io.stdout("\n");
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
        if (f.has("disassemble")) io.stdout(disassemble(elf, { want, relocs: f.has("reloc"), wide: f.has("wide"), all: f.has("disassemble-all"), selected: only !== undefined, rawBytes: !f.has("no-show-raw-insn"), lines: f.has("line-numbers"), source: f.has("source") ? sourceReader(io) : undefined, ...bounds }));
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
