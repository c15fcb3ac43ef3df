// objdump: Glass's twin of GNU objdump 2.40 for -f, -h and -d on x86-64 and AArch64.
// Each object is headed by its BFD format name.

import type { ToolIO } from "../io.js";
import { eachObject } from "../common/inputs.js";
import { parseArgs } from "../common/options.js";
import { disassemble } from "./disassemble.js";
import { fileHeader, formatName, sectionHeaders } from "./headers.js";

const USAGE = "Usage: objdump <option(s)> <file(s)>\n Display information from object <file(s)>.\n";
const SPEC = {
  short: { f: "file-headers", h: "headers", d: "disassemble", w: "wide" },
  long: { "file-headers": "file-headers", "section-headers": "headers", headers: "headers", disassemble: "disassemble", wide: "wide" },
};

export function objdump(args: string[], io: ToolIO): number {
  const parsed = parseArgs(args, SPEC);
  if ("error" in parsed) {
    io.stderr(`objdump: ${parsed.error}\n${USAGE}`);
    return 1;
  }
  const f = parsed.flags;
  if (!f.has("file-headers") && !f.has("headers") && !f.has("disassemble")) {
    io.stderr(USAGE);
    return 1;
  }
  return eachObject("objdump", io, parsed.files.length > 0 ? parsed.files : ["a.out"], {
    archive(path) {
      io.stdout(`In archive ${path}:\n`);
    },
    object({ elf, member }) {
      io.stdout(`\n${member ?? elf.fileName}:     file format ${formatName(elf)}\n`);
      if (f.has("file-headers")) io.stdout(fileHeader(elf));
      if (f.has("headers")) io.stdout((f.has("file-headers") ? "" : "\n") + sectionHeaders(elf));
      if (f.has("disassemble")) {
        io.stdout((f.has("headers") || f.has("file-headers") ? "" : "\n") + disassemble(elf));
      }
    },
  });
}
