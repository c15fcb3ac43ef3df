// gABI constants (System V ABI, "Object Files" chapter, ELF-64 Object File Format), under the
// spec's own names so code reads like the spec: `sh.sh_type === SHT_RELA`,
// `(sh.sh_flags & SHF_ALLOC) !== 0n`. Section flags are bigints because sh_flags is 64-bit;
// every other field these constants go into is a small number.

// --- e_ident ------------------------------------------------------------------------------
export const ELFMAG = new Uint8Array([0x7f, 0x45, 0x4c, 0x46]); // "\x7fELF"
export const EI_NIDENT = 16;
export const ELFCLASSNONE = 0;
export const ELFCLASS32 = 1;
export const ELFCLASS64 = 2;
export const ELFDATANONE = 0;
export const ELFDATA2LSB = 1;
export const ELFDATA2MSB = 2;
export const EV_NONE = 0;
export const EV_CURRENT = 1;
export const ELFOSABI_NONE = 0; // also ELFOSABI_SYSV
export const ELFOSABI_GNU = 3; // also ELFOSABI_LINUX

// --- record sizes in ELF64 ----------------------------------------------------------------
export const ELF64_EHDR_SIZE = 64;
export const ELF64_PHDR_SIZE = 56;
export const ELF64_SHDR_SIZE = 64;
export const ELF64_SYM_SIZE = 24;
export const ELF64_RELA_SIZE = 24;
export const ELF64_REL_SIZE = 16;
export const ELF64_DYN_SIZE = 16;

// --- e_type -------------------------------------------------------------------------------
export const ET_NONE = 0;
export const ET_REL = 1;
export const ET_EXEC = 2;
export const ET_DYN = 3;
export const ET_CORE = 4;

// --- e_machine ----------------------------------------------------------------------------
export const EM_NONE = 0;
export const EM_386 = 3;
export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;

// --- special section indexes --------------------------------------------------------------
export const SHN_UNDEF = 0;
export const SHN_LORESERVE = 0xff00;
export const SHN_ABS = 0xfff1;
export const SHN_COMMON = 0xfff2;
export const SHN_XINDEX = 0xffff;

// --- sh_type ------------------------------------------------------------------------------
export const SHT_NULL = 0;
export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_RELA = 4;
export const SHT_HASH = 5;
export const SHT_DYNAMIC = 6;
export const SHT_NOTE = 7;
export const SHT_NOBITS = 8;
export const SHT_REL = 9;
export const SHT_SHLIB = 10;
export const SHT_DYNSYM = 11;
export const SHT_INIT_ARRAY = 14;
export const SHT_FINI_ARRAY = 15;
export const SHT_PREINIT_ARRAY = 16;
export const SHT_GROUP = 17;
export const SHT_SYMTAB_SHNDX = 18;
export const SHT_RELR = 19;
export const SHT_GNU_ATTRIBUTES = 0x6ffffff5;
export const SHT_GNU_HASH = 0x6ffffff6;
export const SHT_GNU_LIBLIST = 0x6ffffff7;
export const SHT_GNU_verdef = 0x6ffffffd;
export const SHT_GNU_verneed = 0x6ffffffe;
export const SHT_GNU_versym = 0x6fffffff;
export const SHT_X86_64_UNWIND = 0x70000001;
export const SHT_AARCH64_ATTRIBUTES = 0x70000003;

// --- sh_flags -----------------------------------------------------------------------------
export const SHF_WRITE = 0x1n;
export const SHF_ALLOC = 0x2n;
export const SHF_EXECINSTR = 0x4n;
export const SHF_MERGE = 0x10n;
export const SHF_STRINGS = 0x20n;
export const SHF_INFO_LINK = 0x40n;
export const SHF_LINK_ORDER = 0x80n;
export const SHF_OS_NONCONFORMING = 0x100n;
export const SHF_GROUP = 0x200n;
export const SHF_TLS = 0x400n;
export const SHF_COMPRESSED = 0x800n;
export const SHF_GNU_RETAIN = 0x200000n;
export const SHF_X86_64_LARGE = 0x10000000n;
export const SHF_EXCLUDE = 0x80000000n;

// --- section groups ---------------------------------------------------------------------
export const GRP_COMDAT = 1;

// --- symbols: st_info = (bind << 4) | type, st_other & 3 = visibility ---------------------
export const STB_LOCAL = 0;
export const STB_GLOBAL = 1;
export const STB_WEAK = 2;
export const STB_GNU_UNIQUE = 10;

export const STT_NOTYPE = 0;
export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_SECTION = 3;
export const STT_FILE = 4;
export const STT_COMMON = 5;
export const STT_TLS = 6;
export const STT_GNU_IFUNC = 10;

export const STV_DEFAULT = 0;
export const STV_INTERNAL = 1;
export const STV_HIDDEN = 2;
export const STV_PROTECTED = 3;

export const ELF64_ST_BIND = (info: number): number => info >> 4;
export const ELF64_ST_TYPE = (info: number): number => info & 0xf;
export const ELF64_ST_INFO = (bind: number, type: number): number => ((bind << 4) | (type & 0xf)) & 0xff;
export const ELF64_ST_VISIBILITY = (other: number): number => other & 0x3;

// --- relocations: r_info = (sym << 32) | type ---------------------------------------------
export const ELF64_R_SYM = (info: bigint): number => Number(info >> 32n);
export const ELF64_R_TYPE = (info: bigint): number => Number(info & 0xffffffffn);
export const ELF64_R_INFO = (sym: number, type: number): bigint => (BigInt(sym) << 32n) | BigInt(type >>> 0);

// --- p_type -------------------------------------------------------------------------------
export const PT_NULL = 0;
export const PT_LOAD = 1;
export const PT_DYNAMIC = 2;
export const PT_INTERP = 3;
export const PT_NOTE = 4;
export const PT_SHLIB = 5;
export const PT_PHDR = 6;
export const PT_TLS = 7;
export const PT_GNU_EH_FRAME = 0x6474e550;
export const PT_GNU_STACK = 0x6474e551;
export const PT_GNU_RELRO = 0x6474e552;
export const PT_GNU_PROPERTY = 0x6474e553;
export const PT_AARCH64_MEMTAG_MTE = 0x70000002;

// --- p_flags ------------------------------------------------------------------------------
export const PF_X = 0x1;
export const PF_W = 0x2;
export const PF_R = 0x4;

// --- d_tag (the .dynamic section) ---------------------------------------------------------
export const DT_NULL = 0;
export const DT_NEEDED = 1;
export const DT_PLTRELSZ = 2;
export const DT_PLTGOT = 3;
export const DT_HASH = 4;
export const DT_STRTAB = 5;
export const DT_SYMTAB = 6;
export const DT_RELA = 7;
export const DT_RELASZ = 8;
export const DT_RELAENT = 9;
export const DT_STRSZ = 10;
export const DT_SYMENT = 11;
export const DT_INIT = 12;
export const DT_FINI = 13;
export const DT_SONAME = 14;
export const DT_RPATH = 15;
export const DT_SYMBOLIC = 16;
export const DT_REL = 17;
export const DT_RELSZ = 18;
export const DT_RELENT = 19;
export const DT_PLTREL = 20;
export const DT_DEBUG = 21;
export const DT_TEXTREL = 22;
export const DT_JMPREL = 23;
export const DT_BIND_NOW = 24;
export const DT_INIT_ARRAY = 25;
export const DT_FINI_ARRAY = 26;
export const DT_INIT_ARRAYSZ = 27;
export const DT_FINI_ARRAYSZ = 28;
export const DT_RUNPATH = 29;
export const DT_FLAGS = 30;
export const DT_PREINIT_ARRAY = 32;
export const DT_PREINIT_ARRAYSZ = 33;
export const DT_GNU_HASH = 0x6ffffef5;
export const DT_VERSYM = 0x6ffffff0;
export const DT_RELACOUNT = 0x6ffffff9;
export const DT_RELCOUNT = 0x6ffffffa;
export const DT_FLAGS_1 = 0x6ffffffb;
export const DT_VERDEF = 0x6ffffffc;
export const DT_VERDEFNUM = 0x6ffffffd;
export const DT_VERNEED = 0x6ffffffe;
export const DT_VERNEEDNUM = 0x6fffffff;

// DT_FLAGS and DT_FLAGS_1 bits
export const DF_ORIGIN = 0x1;
export const DF_SYMBOLIC = 0x2;
export const DF_TEXTREL = 0x4;
export const DF_BIND_NOW = 0x8;
export const DF_STATIC_TLS = 0x10;
export const DF_1_NOW = 0x1;
export const DF_1_PIE = 0x8000000;

// --- notes --------------------------------------------------------------------------------
export const NT_GNU_ABI_TAG = 1;
export const NT_GNU_BUILD_ID = 3;
export const NT_GNU_PROPERTY_TYPE_0 = 5;
