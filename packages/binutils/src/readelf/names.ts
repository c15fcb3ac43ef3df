// The words GNU readelf 2.40 prints for ELF enumerations: file types, OS/ABIs, machines,
// section types and flags, symbol types, bindings, visibilities and section indexes.
// Unknown values are shown the way readelf shows them ("<unknown>: 0x…", "LOOS+0x…").

import {
  ELFOSABI_GNU,
  EM_AARCH64,
  EM_X86_64,
  ET_CORE,
  ET_DYN,
  ET_EXEC,
  ET_NONE,
  ET_REL,
  MACHINES,
  machineOf,
  SHN_ABS,
  SHN_COMMON,
  SHN_UNDEF,
  SHN_XINDEX,
} from "@glass/elf";

const ELFOSABI_FREEBSD = 9;

export const hex = (n: bigint | number): string => n.toString(16);
/** C's "%#lx": 0 prints as "0", everything else with a 0x prefix. */
export const altHex = (n: bigint | number): string => (BigInt(n) === 0n ? "0" : "0x" + hex(n));
export const hexPad = (n: bigint | number, width: number): string => hex(n).padStart(width, "0");

export function fileTypeName(e_type: number, isPie: boolean): string {
  switch (e_type) {
    case ET_NONE:
      return "NONE (None)";
    case ET_REL:
      return "REL (Relocatable file)";
    case ET_EXEC:
      return "EXEC (Executable file)";
    case ET_DYN:
      return isPie ? "DYN (Position-Independent Executable file)" : "DYN (Shared object file)";
    case ET_CORE:
      return "CORE (Core file)";
  }
  if (e_type >= 0xff00) return `Processor Specific: (${hex(e_type)})`;
  if (e_type >= 0xfe00) return `OS Specific: (${hex(e_type)})`;
  return `<unknown>: ${hex(e_type)}`;
}

const OSABI: Record<number, string> = {
  0: "UNIX - System V",
  1: "UNIX - HP-UX",
  2: "UNIX - NetBSD",
  3: "UNIX - GNU",
  6: "UNIX - Solaris",
  7: "UNIX - AIX",
  8: "UNIX - IRIX",
  9: "UNIX - FreeBSD",
  10: "UNIX - TRU64",
  11: "Novell - Modesto",
  12: "UNIX - OpenBSD",
  13: "VMS - OpenVMS",
  14: "HP - Non-Stop Kernel",
  15: "AROS",
  16: "FenixOS",
  17: "Nuxi CloudABI",
  18: "Stratus Technologies OpenVOS",
};

export function osabiName(osabi: number): string {
  return OSABI[osabi] ?? `<unknown: ${hex(osabi)}>`;
}

const OTHER_MACHINES: Record<number, string> = { 0: "None", 3: "Intel 80386", 40: "ARM", 243: "RISC-V" };

export function machineName(e_machine: number): string {
  const m = machineOf(e_machine);
  return m ? MACHINES[m].description : (OTHER_MACHINES[e_machine] ?? `<unknown>: 0x${hex(e_machine)}`);
}

const SECTION_TYPES: Record<number, string> = {
  0: "NULL",
  1: "PROGBITS",
  2: "SYMTAB",
  3: "STRTAB",
  4: "RELA",
  5: "HASH",
  6: "DYNAMIC",
  7: "NOTE",
  8: "NOBITS",
  9: "REL",
  10: "SHLIB",
  11: "DYNSYM",
  14: "INIT_ARRAY",
  15: "FINI_ARRAY",
  16: "PREINIT_ARRAY",
  17: "GROUP",
  18: "SYMTAB SECTION INDICES",
  19: "RELR",
  0x6ffffff4: "GNU_SFRAME",
  0x6ffffff5: "GNU_ATTRIBUTES",
  0x6ffffff6: "GNU_HASH",
  0x6ffffff7: "GNU_LIBLIST",
  0x6ffffffd: "VERDEF",
  0x6ffffffe: "VERNEED",
  0x6fffffff: "VERSYM",
};

const MACHINE_SECTION_TYPES: Record<number, Record<number, string>> = {
  [EM_X86_64]: { 0x70000001: "X86_64_UNWIND" },
  [EM_AARCH64]: { 0x70000003: "AARCH64_ATTRIBUTES" },
};

export function sectionTypeName(sh_type: number, e_machine: number): string {
  const known = SECTION_TYPES[sh_type] ?? MACHINE_SECTION_TYPES[e_machine]?.[sh_type];
  if (known) return known;
  if (sh_type >= 0x70000000 && sh_type <= 0x7fffffff) return `LOPROC+0x${hex(sh_type - 0x70000000)}`;
  if (sh_type >= 0x60000000 && sh_type <= 0x6fffffff) return `LOOS+0x${hex(sh_type - 0x60000000)}`;
  if (sh_type >= 0x80000000 && sh_type <= 0xffffffff) return `LOUSER+0x${hex(sh_type - 0x80000000)}`;
  return `${hexPad(sh_type, 8)}: <unknown>`;
}

const FLAG_LETTERS: Record<number, string> = {
  0: "W",
  1: "A",
  2: "X",
  4: "M",
  5: "S",
  6: "I",
  7: "L",
  8: "O",
  9: "G",
  10: "T",
  11: "C",
  31: "E",
};

const SHF_MASKOS = 0x0ff00000n;
const SHF_MASKPROC = 0xf0000000n;

/** The "Flg" column: one letter per known flag, lowest bit first; o/p/x for the rest. */
export function sectionFlags(sh_flags: bigint, e_machine: number, osabi: number): string {
  let out = "";
  let rest = sh_flags;
  for (let bit = 0; bit < 64 && rest !== 0n; bit++) {
    const flag = 1n << BigInt(bit);
    if ((rest & flag) === 0n) continue;
    rest &= ~flag;
    let letter = FLAG_LETTERS[bit];
    if (!letter && bit === 21 && (osabi === ELFOSABI_GNU || osabi === ELFOSABI_FREEBSD || osabi === 0)) letter = "R";
    if (!letter && bit === 28 && e_machine === EM_X86_64) letter = "l";
    if (!letter) {
      if (flag & SHF_MASKOS) {
        letter = "o";
        rest &= ~SHF_MASKOS;
      } else if (flag & SHF_MASKPROC) {
        letter = "p";
        rest &= ~SHF_MASKPROC;
      } else letter = "x";
    }
    out += letter;
  }
  return out;
}

const FLAG_WORDS: Record<number, string> = {
  0: "WRITE", 1: "ALLOC", 2: "EXEC", 4: "MERGE", 5: "STRINGS", 6: "INFO LINK", 7: "LINK ORDER", 8: "OS NONCONF",
  9: "GROUP", 10: "TLS", 11: "COMPRESSED", 31: "EXCLUDE",
};

/** `-t`'s flag words: known flags by name, lowest bit first, then OS, PROC and UNKNOWN remainders in hex. */
export function sectionFlagWords(sh_flags: bigint, e_machine: number, osabi: number): string {
  const words: string[] = [];
  let os = 0n;
  let proc = 0n;
  let unknown = 0n;
  for (let bit = 0; bit < 64; bit++) {
    const flag = 1n << BigInt(bit);
    if ((sh_flags & flag) === 0n) continue;
    const gnu = osabi === ELFOSABI_GNU || osabi === ELFOSABI_FREEBSD || osabi === 0;
    const word = FLAG_WORDS[bit] ?? (bit === 21 && gnu ? "GNU_RETAIN" : bit === 24 && gnu ? "GNU_MBIND" : bit === 28 && e_machine === EM_X86_64 ? "LARGE" : undefined);
    if (word) words.push(word);
    else if (flag & SHF_MASKOS) os |= flag;
    else if (flag & SHF_MASKPROC) proc |= flag;
    else unknown |= flag;
  }
  if (os) words.push(`OS (${hexPad(os, 16)})`);
  if (proc) words.push(`PROC (${hexPad(proc, 16)})`);
  if (unknown) words.push(`UNKNOWN (${hexPad(unknown, 16)})`);
  return words.join(", ");
}

export function symbolTypeName(type: number, osabi: number): string {
  const names = ["NOTYPE", "OBJECT", "FUNC", "SECTION", "FILE", "COMMON", "TLS"];
  if (type < names.length) return names[type]!;
  if (type === 10 && (osabi === ELFOSABI_GNU || osabi === ELFOSABI_FREEBSD)) return "IFUNC";
  if (type >= 13) return `<processor specific>: ${type}`;
  if (type >= 10) return `<OS specific>: ${type}`;
  return `<unknown>: ${type}`;
}

export function symbolBindName(bind: number, osabi: number): string {
  const names = ["LOCAL", "GLOBAL", "WEAK"];
  if (bind < names.length) return names[bind]!;
  if (bind === 10 && osabi === ELFOSABI_GNU) return "UNIQUE";
  if (bind >= 13) return `<processor specific>: ${bind}`;
  if (bind >= 10) return `<OS specific>: ${bind}`;
  return `<unknown>: ${bind}`;
}

export function visibilityName(vis: number): string {
  return ["DEFAULT", "INTERNAL", "HIDDEN", "PROTECTED"][vis & 3]!;
}

/** st_other bits beyond the visibility, e.g. STO_AARCH64_VARIANT_PCS. */
export function symbolOtherName(other: number, e_machine: number): string {
  if (e_machine === EM_AARCH64 && other === 0x80) return "VARIANT_PCS";
  return `<other>: ${hex(other)}`;
}

/** The "Ndx" column. */
export function sectionIndexName(shndx: number, e_machine: number, shnum: number): string {
  if (shndx === SHN_UNDEF) return "UND";
  if (shndx === SHN_ABS) return "ABS";
  if (shndx === SHN_COMMON) return "COM";
  if (shndx === 0xff02 && e_machine === EM_X86_64) return "LARGE_COM";
  if (shndx === SHN_XINDEX) return "XINDEX";
  if (shndx >= 0xff00 && shndx <= 0xff1f) return `PRC[0x${hexPad(shndx, 4)}]`;
  if (shndx >= 0xff20 && shndx <= 0xff3f) return `OS [0x${hexPad(shndx, 4)}]`;
  if (shndx >= 0xff00) return `RSV[0x${hexPad(shndx, 4)}]`;
  if (shnum !== 0 && shndx >= shnum) return `bad section index[${String(shndx).padStart(3)}]`;
  return String(shndx).padStart(3);
}

const SEGMENT_TYPES: Record<number, string> = {
  0: "NULL",
  1: "LOAD",
  2: "DYNAMIC",
  3: "INTERP",
  4: "NOTE",
  5: "SHLIB",
  6: "PHDR",
  7: "TLS",
  0x6474e550: "GNU_EH_FRAME",
  0x6474e551: "GNU_STACK",
  0x6474e552: "GNU_RELRO",
  0x6474e553: "GNU_PROPERTY",
  0x6474e554: "GNU_SFRAME",
};

const MACHINE_SEGMENT_TYPES: Record<number, Record<number, string>> = {
  [EM_AARCH64]: { 0x70000000: "AARCH64_ARCHEXT", 0x70000001: "AARCH64_UNWIND", 0x70000002: "AARCH64_MEMTAG_MTE" },
  [EM_X86_64]: { 0x70000001: "X86_64_UNWIND" },
};

/** The "Type" column of `readelf -l`. */
export function segmentTypeName(p_type: number, e_machine: number): string {
  const known = SEGMENT_TYPES[p_type] ?? MACHINE_SEGMENT_TYPES[e_machine]?.[p_type];
  if (known) return known;
  if (p_type >= 0x6474e555 && p_type <= 0x6474e555 + 0xfff) return `GNU_MBIND+0x${hex(p_type - 0x6474e555)}`;
  if (p_type >= 0x70000000 && p_type <= 0x7fffffff) return `LOPROC+0x${hex(p_type - 0x70000000)}`;
  if (p_type >= 0x60000000 && p_type <= 0x6fffffff) return `LOOS+0x${hex(p_type - 0x60000000)}`;
  return `<unknown>: ${hex(p_type)}`;
}
