// ld.so's view of one loaded object (glibc's struct link_map): its load bias l_addr, its
// .dynamic entries read from memory (never from section headers — ld.so does not have them),
// and the tables they point to: symbols, strings, hash tables and version tables.
//
// Everything is read through the Memory interface, so a table that points outside the
// mapped image raises a MemoryFault, which ld.so reports as the crash the real one would have.
//
// Symbol versions (gABI extension, "Symbol Versioning"): DT_VERSYM gives each dynamic symbol
// an index into l_versions; DT_VERNEED entries name versions this object needs (and from
// which file), DT_VERDEF entries the versions it defines. Bit 0x8000 marks a hidden version.

import {
  DT_GNU_HASH, DT_HASH, DT_NULL, DT_STRSZ, DT_STRTAB, DT_SYMTAB, DT_VERDEF, DT_VERDEFNUM, DT_VERNEED, DT_VERNEEDNUM, DT_VERSYM,
  ELF64_ST_BIND, ELF64_ST_TYPE, ELF64_ST_VISIBILITY,
} from "@glass/elf";
import type { Memory } from "../memory.js";
import { symbolNamer, type Namer } from "./names.js";
import type { LoadedObject } from "../process.js";

const MAX_DYNAMIC = 4096;

export interface DynSymbol {
  index: number;
  name: string;
  st_value: bigint;
  st_size: bigint;
  st_shndx: number;
  bind: number;
  type: number;
  visibility: number;
}

export interface Version {
  name: string;
  hash: number;
  hidden: boolean;
  /** For versions needed from another object: that object's name (vn_file). */
  filename?: string;
}

export class LinkMap {
  readonly dyn = new Map<number, bigint[]>();
  versions: Version[] = [];
  /** Set by the relocation pass. */
  relocated = false;
  /** Objects whose DT_NEEDED this one names, in order (l_initfini's dependencies). */
  deps: LinkMap[] = [];
  private readonly symCache = new Map<number, DynSymbol>();
  private namer: Namer | undefined;

  constructor(
    readonly mem: Memory,
    readonly info: LoadedObject,
    /** The file's bytes (for naming addresses from its symbol table). */
    readonly file: Uint8Array,
  ) {}

  /** The symbol-table name of a run-time address in this object, if it has one. */
  nameOf(address: bigint): string | undefined {
    this.namer ??= symbolNamer(this.file, this.l_addr);
    return this.namer(address);
  }

  get name(): string {
    return this.info.name;
  }
  get l_addr(): bigint {
    return this.info.base;
  }

  /** Reads the .dynamic array at `info.dynamic` up to DT_NULL. */
  readDynamic(): void {
    for (let i = 0; i < MAX_DYNAMIC; i++) {
      const at = this.info.dynamic + BigInt(i * 16);
      const tag = Number(BigInt.asIntN(64, this.mem.readU64(at)));
      if (tag === DT_NULL) return;
      const val = this.mem.readU64(at + 8n);
      const list = this.dyn.get(tag);
      if (list) list.push(val);
      else this.dyn.set(tag, [val]);
    }
  }

  value(tag: number): bigint | undefined {
    return this.dyn.get(tag)?.[0];
  }
  /** A d_ptr, relocated by l_addr. */
  address(tag: number): bigint | undefined {
    const v = this.value(tag);
    return v === undefined ? undefined : this.l_addr + v;
  }

  string(offset: bigint): string {
    const strtab = this.address(DT_STRTAB);
    const strsz = this.value(DT_STRSZ);
    if (strtab === undefined) throw new Error("no DT_STRTAB");
    if (strsz !== undefined && offset >= strsz) return `<corrupt: string offset ${offset}>`;
    return this.mem.readString(strtab + offset);
  }

  symbol(index: number): DynSymbol {
    const cached = this.symCache.get(index);
    if (cached) return cached;
    const symtab = this.address(DT_SYMTAB);
    if (symtab === undefined) throw new Error("no DT_SYMTAB");
    const at = symtab + BigInt(index * 24);
    const b = this.mem.read(at, 24);
    const v = new DataView(b.buffer);
    const info = v.getUint8(4);
    const sym: DynSymbol = {
      index,
      name: this.string(BigInt(v.getUint32(0, true))),
      st_value: v.getBigUint64(8, true),
      st_size: v.getBigUint64(16, true),
      st_shndx: v.getUint16(6, true),
      bind: ELF64_ST_BIND(info),
      type: ELF64_ST_TYPE(info),
      visibility: ELF64_ST_VISIBILITY(v.getUint8(5)),
    };
    this.symCache.set(index, sym);
    return sym;
  }

  /** The raw versym entry of a symbol (0 without DT_VERSYM). */
  versym(index: number): number {
    const vs = this.address(DT_VERSYM);
    return vs === undefined ? 0 : this.mem.readU16(vs + BigInt(index * 2));
  }

  hasHash(): boolean {
    return this.dyn.has(DT_GNU_HASH) || this.dyn.has(DT_HASH);
  }

  /** _dl_check_map_versions' first half: fill l_versions from DT_VERNEED and DT_VERDEF. */
  readVersions(): Array<{ name: string; file: string; hash: number; weak: boolean }> {
    const needs: Array<{ name: string; file: string; hash: number; weak: boolean }> = [];
    const set = (ndx: number, v: Version): void => {
      if (ndx < 0x8000) this.versions[ndx] = v;
    };
    let at = this.address(DT_VERNEED);
    const count = Number(this.value(DT_VERNEEDNUM) ?? 0n);
    for (let i = 0; at !== undefined && i < count && i < 1024; i++) {
      const vn_cnt = this.mem.readU16(at + 2n);
      const file = this.string(BigInt(this.mem.readU32(at + 4n)));
      let aux = at + BigInt(this.mem.readU32(at + 8n));
      for (let j = 0; j < vn_cnt && j < 1024; j++) {
        const hash = this.mem.readU32(aux);
        const flags = this.mem.readU16(aux + 4n);
        const other = this.mem.readU16(aux + 6n);
        const name = this.string(BigInt(this.mem.readU32(aux + 8n)));
        set(other & 0x7fff, { name, hash, hidden: (other & 0x8000) !== 0, filename: file });
        needs.push({ name, file, hash, weak: (flags & 2) !== 0 });
        const next = this.mem.readU32(aux + 12n);
        if (next === 0) break;
        aux += BigInt(next);
      }
      const next = this.mem.readU32(at + 12n);
      if (next === 0) break;
      at += BigInt(next);
    }
    at = this.address(DT_VERDEF);
    const defs = Number(this.value(DT_VERDEFNUM) ?? 0n);
    for (let i = 0; at !== undefined && i < defs && i < 1024; i++) {
      const ndx = this.mem.readU16(at + 4n);
      const hash = this.mem.readU32(at + 8n);
      const aux = at + BigInt(this.mem.readU32(at + 12n));
      set(ndx, { name: this.string(BigInt(this.mem.readU32(aux))), hash, hidden: false });
      const next = this.mem.readU32(at + 16n);
      if (next === 0) break;
      at += BigInt(next);
    }
    return needs;
  }

  /** Names this object defines a version of (for "version `X' not found" checks). */
  definesVersion(name: string): boolean {
    return this.dyn.has(DT_VERDEF) && this.versions.some((v) => v && v.filename === undefined && v.name === name);
  }
}
