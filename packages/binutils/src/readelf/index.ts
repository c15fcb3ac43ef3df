// readelf: Glass's twin of GNU readelf 2.40 for -h, -l, -S, -t, -g, -s, --dyn-syms, -r, -d, -u, -I, -V, -n, -A, -a, -e, -x, -p (and -W). Output is meant to
// be byte-for-byte what GNU readelf prints for the ELF64 x86-64 and AArch64 files Glass
// produces and consumes; the tests compare the two on gcc objects and executables.

import { GlassError } from "@glass/diagnostics";
import { isArchive, readArchive, readElf } from "@glass/elf";
import { readInput, type ToolIO } from "../io.js";
import { toJson } from "../common/options.js";
import { jsonRecord } from "./json.js";
import { fileHeader } from "./file-header.js";
import { dynamicSection } from "./dynamic.js";
import { sectionDumps } from "./dumps.js";
import { notes } from "./notes.js";
import { asksForListing, parseOptions, type ReadelfOptions } from "./options.js";
import { programHeaders } from "./program-headers.js";
import { relocations } from "./relocations.js";
import { sectionHeaders } from "./section-headers.js";
import { sectionDetails } from "./section-details.js";
import { sectionGroups } from "./groups.js";
import { histogram } from "./histogram.js";
import { unwindInfo } from "./unwind.js";
import { symbolTables } from "./symbols.js";
import { versionSections } from "./version-sections.js";

const USAGE =
  "Usage: readelf <option(s)> elf-file(s)\n" +
  " Display information about the contents of ELF format files\n" +
  " Options are:\n" +
  "  -h --file-header       Display the ELF file header\n" +
  "  -l --program-headers   Display the program headers\n" +
  "     --segments          An alias for --program-headers\n" +
  "  -S --section-headers   Display the sections' header\n" +
  "     --sections          An alias for --section-headers\n" +
  "  -s --syms              Display the symbol table\n" +
  "     --symbols           An alias for --syms\n" +
  "     --dyn-syms          Display the dynamic symbol table\n" +
  "  -e --headers           Equivalent to: -h -l -S\n" +
  "  -a --all               Equivalent to: -h -l -S -s -r -d -V -A -I\n" +
  "  -g --section-groups    Display the section groups\n" +
  "  -t --section-details   Display the section details\n" +
  "  -u --unwind            Display the unwind info (if present)\n" +
  "  -A --arch-specific     Display architecture specific information (if any)\n" +
  "  -I --histogram         Display histogram of bucket list lengths\n" +
  "  -n --notes             Display the core notes (if present)\n" +
  "  -V --version-info      Display the version sections (if present)\n" +
  "  -r --relocs            Display the relocations (if present)\n" +
  "  -d --dynamic           Display the dynamic section (if present)\n" +
  "  -x --hex-dump=<number|name>\n" +
  "                         Dump the contents of section <number|name> as bytes\n" +
  "  -p --string-dump=<number|name>\n" +
  "                         Dump the contents of section <number|name> as strings\n" +
  "  -W --wide              Allow output width to exceed 80 characters\n" +
  "     --json              Print a JSON record of each file (Glass's addition)\n";

const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];

/** The listing of one ELF file, in readelf's fixed order whatever the order of the flags. */
/** The listing, and whether a numbered section dump named a section that does not exist. */
function describe(bytes: Uint8Array, name: string, o: ReadelfOptions, warn: (message: string) => void): { out: string; failed: boolean } {
  const elf = readElf(bytes, name);
  let out = "";
  const dumps = sectionDumps(elf, o.dumps);
  dumps.warnings.forEach(warn);
  if (o.fileHeader) out += fileHeader(elf);
  if (o.sectionHeaders) out += o.sectionDetails ? sectionDetails(elf, o.wide, o.fileHeader) : sectionHeaders(elf, o.wide, o.fileHeader);
  if (o.groups) out += sectionGroups(elf);
  if (o.programHeaders) out += programHeaders(elf, o.wide, o.fileHeader);
  if (o.dynamic) out += dynamicSection(elf);
  if (o.relocs) out += relocations(elf, o.wide);
  if (o.unwind) out += unwindInfo(elf);
  if (o.symbols || o.dynSyms) out += symbolTables(elf, o.wide, !o.symbols);
  if (o.histogram) out += histogram(elf);
  if (o.versions) out += versionSections(elf);
  out += dumps.out;
  if (o.notes) out += notes(elf, o.wide);
  return { out, failed: dumps.failed };
}

export function readelf(args: string[], io: ToolIO): number {
  const parsed = parseOptions(args);
  if ("error" in parsed) {
    io.stderr(`readelf: ${parsed.error}\n${USAGE}`);
    return 1;
  }
  if (!asksForListing(parsed)) {
    io.stderr(USAGE);
    return 1;
  }
  if (parsed.files.length === 0) {
    io.stderr("readelf: Warning: Nothing to do.\n" + USAGE);
    return 1;
  }
  let status = 0;
  const fail = (message: string): void => {
    io.stderr(`readelf: Error: ${message}\n`);
    status = 1;
  };
  const records: unknown[] = [];
  const describeOrFail = (bytes: Uint8Array, name: string, path: string, member?: string): void => {
    try {
      if (parsed.json) {
        records.push(jsonRecord(readElf(bytes, name), path, member));
        return;
      }
      const listing = describe(bytes, name, parsed, (message) => io.stderr(`readelf: Warning: ${message}\n`));
      io.stdout(listing.out);
      if (listing.failed) status = 1;
    } catch (e) {
      if (!(e instanceof GlassError)) throw e;
      fail(`${name}: ${e.message}`);
    }
  };

  for (const path of parsed.files) {
    const bytes = readInput(io, path);
    if ("error" in bytes) {
      fail(bytes.error);
      continue;
    }
    if (parsed.files.length > 1 && !parsed.json) io.stdout(`\nFile: ${path}\n`);
    if (bytes.length < 8) {
      fail(`${path}: Failed to read file's magic number`);
    } else if (isArchive(bytes)) {
      try {
        for (const member of readArchive(bytes, path).members) {
          const name = `${path}(${member.name})`;
          if (!parsed.json) io.stdout(`\nFile: ${name}\n`);
          if (ELF_MAGIC.every((b, i) => member.data[i] === b)) describeOrFail(member.data, name, path, member.name);
          else fail(`${name}: Not an ELF file - it has the wrong magic bytes at the start`);
        }
      } catch (e) {
        if (!(e instanceof GlassError)) throw e;
        fail(`${path}: ${e.message}`);
      }
    } else if (!ELF_MAGIC.every((b, i) => bytes[i] === b)) {
      fail("Not an ELF file - it has the wrong magic bytes at the start");
    } else {
      describeOrFail(bytes, path, path);
    }
  }
  if (parsed.json) io.stdout(toJson(records));
  return status;
}
