// `readelf -u` (--unwind): readelf 2.40 decodes unwind tables only for IA-64, PA-RISC, C6000
// and ARM; for x86-64 it says there is nothing processor-specific (.eh_frame is -wf's
// business) and for other machines, AArch64 included, that it cannot decode them.

import { EM_X86_64, type ElfFile } from "@glass/elf";
import { machineName } from "./names.js";

export function unwindInfo(elf: ElfFile): string {
  if (elf.header.e_machine === EM_X86_64) return "No processor specific unwind information to decode\n";
  return `\nThe decoding of unwind sections for machine type ${machineName(elf.header.e_machine)} is not currently supported.\n`;
}
