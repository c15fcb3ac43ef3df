// readelf -x (hex dump) and -p (string dump) of sections named or numbered on the command line
// (readelf.c process_section_contents, dump_section_as_bytes, dump_section_as_strings).
// Sections are dumped in section order, a hex dump before a string dump of the same section;
// a section that relocations apply to carries a note that they were not applied.

import { SHT_NOBITS, SHT_REL, SHT_RELA, type ElfFile, type ElfSection } from "@glass/elf";
import { hexPad } from "./names.js";
import { printSymbol } from "./print-symbol.js";

export interface DumpRequest {
  kind: "hex" | "string";
  /** A section name, or a section index (the argument was a number, as strtoul reads it). */
  section: string | number;
}

/** What the dumps print, and the warnings for sections that do not exist. */
export interface DumpResult {
  out: string;
  warnings: string[];
  failed: boolean;
}

const hasRelocs = (elf: ElfFile, s: ElfSection): boolean =>
  elf.sections.some((r) => (r.sh_type === SHT_RELA || r.sh_type === SHT_REL) && r.sh_info === s.index && r.sh_size !== 0n && r.sh_link < elf.sections.length);

function hexDump(elf: ElfFile, s: ElfSection): string {
  let out = `\nHex dump of section '${printSymbol(s.name, 0, true)}':\n`;
  if (hasRelocs(elf, s)) out += " NOTE: This section has relocations against it, but these have NOT been applied to this dump.\n";
  const data = s.data;
  for (let at = 0; at < data.length; at += 16) {
    const line = data.subarray(at, at + 16);
    let hex = "";
    for (let j = 0; j < 16; j++) hex += (j < line.length ? line[j]!.toString(16).padStart(2, "0") : "  ") + ((j & 3) === 3 ? " " : "");
    const text = [...line].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");
    out += `  0x${hexPad(BigInt.asUintN(32, s.sh_addr + BigInt(at)), 8)} ${hex}${text}\n`;
  }
  return out + "\n";
}

const printable = (b: number): boolean => b >= 0x20 && b < 0x7f;
const utf8 = new TextDecoder();

/**
 * One string as readelf prints it in the C locale: control bytes as `^` and the byte plus 0x40
 * (so DEL becomes `^` and 0xbf), other bytes as they are. The text is what a UTF-8 reader of
 * those bytes sees.
 */
function shown(bytes: number[]): string {
  const out = bytes.flatMap((b) => (b < 0x20 || b === 0x7f ? [0x5e, b + 0x40] : [b]));
  return utf8.decode(new Uint8Array(out));
}

function stringDump(elf: ElfFile, s: ElfSection): string {
  let out = `\nString dump of section '${printSymbol(s.name, 0, true)}':\n`;
  if (hasRelocs(elf, s)) out += "  Note: This section has relocations against it, but these have NOT been applied to this dump.\n";
  const data = s.data;
  let some = false;
  let continuing = false;
  for (let at = 0; at < data.length; ) {
    while (at < data.length && !printable(data[at]!)) at++;
    if (at >= data.length) break;
    out += continuing ? "            " : `  [${at.toString(16).padStart(6)}]  `;
    continuing = false;
    const chars: number[] = [];
    let newline = false;
    while (at < data.length) {
      const c = data[at++]!;
      if (c === 0) break;
      if (c === 0x0a) {
        newline = true;
        continuing = at < data.length && data[at] !== 0;
        break;
      }
      chars.push(c);
    }
    out += shown(chars) + (newline ? "\\n\n" : "\n");
    some = true;
  }
  return out + (some ? "" : "  No strings found in this section.") + "\n";
}

export function sectionDumps(elf: ElfFile, requests: DumpRequest[]): DumpResult {
  const warnings: string[] = [];
  let failed = false;
  const wanted = (s: ElfSection, kind: DumpRequest["kind"]): boolean => requests.some((r) => r.kind === kind && (r.section === s.index || r.section === s.name));
  // initialise_dumps_byname walks the named requests newest first.
  for (const name of requests.flatMap((r) => (typeof r.section === "string" ? [r.section] : [])).reverse()) {
    if (!elf.sections.some((s) => s.name === name)) warnings.push(`Section '${name}' was not dumped because it does not exist`);
  }
  let out = "";
  for (const s of elf.sections) {
    for (const kind of ["hex", "string"] as const) {
      if (!wanted(s, kind)) continue;
      if (s.sh_size === 0n || s.sh_type === SHT_NOBITS) {
        out += `Section '${printSymbol(s.name, 0, true)}' has no data to dump.\n`;
        continue;
      }
      out += kind === "hex" ? hexDump(elf, s) : stringDump(elf, s);
    }
  }
  for (const n of new Set(requests.flatMap((r) => (typeof r.section === "number" && r.section >= elf.sections.length ? [r.section] : [])))) {
    warnings.push(`Section ${n} was not dumped because it does not exist!`);
    failed = true;
  }
  return { out, warnings, failed };
}
