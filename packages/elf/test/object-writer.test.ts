import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  R_AARCH64,
  R_X86_64,
  readElf,
  relocName,
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHF_INFO_LINK,
  SHF_MERGE,
  SHF_STRINGS,
  SHF_WRITE,
  SHT_NOBITS,
  SHT_PROGBITS,
  STB_GLOBAL,
  STB_LOCAL,
  STT_FILE,
  STT_FUNC,
  STT_NOTYPE,
  STT_OBJECT,
  STT_SECTION,
  STV_DEFAULT,
  writeRelocatable,
  type Machine,
  type ObjectModel,
  type ObjectSection,
  type ObjectSymbol,
} from "@glass/elf";
import { gnu, hostHas, run, runner } from "../../../tests/support/host.js";
import { tempDir } from "./fixtures.js";

const le32 = (...words: number[]): Uint8Array => new Uint8Array(new Uint32Array(words).buffer);

function section(name: string, sh_type: number, sh_flags: bigint, data: number[] | Uint8Array, align = 1n, size?: bigint): ObjectSection {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return { name, sh_type, sh_flags, sh_addralign: align, sh_entsize: 0n, data: bytes, size: size ?? BigInt(bytes.length), relocations: [] };
}

function symbol(name: string, binding: number, type: number, sectionIndex: ObjectSymbol["section"], value = 0n, size = 0n): ObjectSymbol {
  return { name, binding, type, visibility: STV_DEFAULT, section: sectionIndex, value, size };
}

/** `_start: exit(42)` plus data, bss, rodata and a call-free relocation to an undefined global. */
function exitProgram(machine: Machine): ObjectModel {
  const code =
    machine === "x86_64"
      ? // mov $60,%eax ; mov $42,%edi ; syscall ; then 4 bytes patched by a PC32 relocation
        [0xb8, 0x3c, 0, 0, 0, 0xbf, 0x2a, 0, 0, 0, 0x0f, 0x05, 0, 0, 0, 0]
      : // movz x8,#93 ; movz x0,#42 ; svc #0 ; then a word patched by PREL32
        [...le32(0xd2800ba8, 0xd2800540, 0xd4000001, 0)];
  const text = section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, code, 4n);
  const data = section(".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, [1, 2, 3, 4, 5, 6, 7, 8], 8n);
  const bss = section(".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, [], 16n, 64n);
  const rodata = section(".rodata.str1.1", SHT_PROGBITS, SHF_ALLOC | SHF_MERGE | SHF_STRINGS, [...new TextEncoder().encode("hi\0")], 1n);
  rodata.sh_entsize = 1n;
  const note = section(".note.GNU-stack", SHT_PROGBITS, 0n, []);
  // Symbols deliberately interleaved: the writer must put locals first.
  const symbols: ObjectSymbol[] = [
    symbol("exit.s", STB_LOCAL, STT_FILE, "abs"),
    symbol("_start", STB_GLOBAL, STT_FUNC, 0, 0n, 12n),
    symbol("", STB_LOCAL, STT_SECTION, 1),
    symbol("table", STB_GLOBAL, STT_OBJECT, 1, 0n, 8n),
    symbol("scratch", STB_LOCAL, STT_OBJECT, 2, 0n, 64n),
    symbol("elsewhere", STB_GLOBAL, STT_NOTYPE, "undef"),
  ];
  const pc32 = machine === "x86_64" ? R_X86_64.PC32 : R_AARCH64.PREL32;
  const abs64 = machine === "x86_64" ? R_X86_64["64"] : R_AARCH64.ABS64;
  text.relocations.push({ offset: 12n, type: pc32, symbol: 5, addend: 0n });
  data.relocations.push({ offset: 0n, type: abs64, symbol: 4, addend: 8n });
  return { machine, sections: [text, data, bss, rodata, note], symbols };
}

describe.each(["x86_64", "aarch64"] as const)("writeRelocatable (%s)", (machine) => {
  const obj = exitProgram(machine);
  const bytes = writeRelocatable(obj);

  it("lays out sections like GNU as and reads back", () => {
    const elf = readElf(bytes, "exit.o");
    expect(elf.sections.map((s) => s.name)).toEqual([
      "", ".text", ".rela.text", ".data", ".rela.data", ".bss", ".rodata.str1.1", ".note.GNU-stack", ".symtab", ".strtab", ".shstrtab",
    ]);
    const relaText = elf.sectionByName(".rela.text")!;
    expect(relaText.sh_flags).toBe(SHF_INFO_LINK);
    expect(relaText.sh_info).toBe(1);
    expect(relaText.sh_link).toBe(8);
    expect(elf.sectionByName(".bss")!.sh_size).toBe(64n);
    expect(Number(elf.sectionByName(".bss")!.sh_offset) % 16).toBe(0);
    const symbols = elf.symbols();
    expect(symbols.map((s) => s.name)).toEqual(["", "exit.s", "", "scratch", "_start", "table", "elsewhere"]);
    expect(elf.sectionByName(".symtab")!.sh_info).toBe(4);
    const [r] = elf.relocations(relaText);
    expect(symbols[r!.r_sym]!.name).toBe("elsewhere");
    expect(elf.relocations(elf.sectionByName(".rela.data")!)[0]).toMatchObject({ r_sym: 3, r_addend: 8n });
  });

  it.skipIf(!hostHas(gnu("readelf", machine)))("GNU readelf -a -W reads it without warnings", () => {
    const path = join(tempDir(), `exit-${machine}.o`);
    writeFileSync(path, bytes);
    const r = run(gnu("readelf", machine), ["-a", "-W", path]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(/warning|error/i);
    expect(r.stdout).toContain(machine === "x86_64" ? "R_X86_64_PC32" : "R_AARCH64_PREL32");
  });

  const canRun = hostHas(gnu("ld", machine)) && (machine === "x86_64" || hostHas("qemu-aarch64"));
  it.skipIf(!canRun)("links with GNU ld and runs: exit status 42", () => {
    const d = tempDir();
    const path = join(d, `run-${machine}.o`);
    writeFileSync(path, bytes);
    // Define the undefined symbol so ld resolves the relocation.
    const exe = join(d, `run-${machine}`);
    const ld = run(gnu("ld", machine), ["-o", exe, "--defsym", "elsewhere=_start", path]);
    expect(ld.stderr).toBe("");
    expect(ld.status).toBe(0);
    const [cmd, ...pre] = [...runner(machine), exe];
    expect(run(cmd!, pre).status).toBe(42);
  });
});

describe.each(["x86_64", "aarch64"] as const)("relocation names (%s) match GNU readelf", (machine) => {
  it.skipIf(!hostHas(gnu("readelf", machine)))("every table entry", () => {
    const table: Record<string, number> = machine === "x86_64" ? R_X86_64 : R_AARCH64;
    const types = Object.values(table);
    const text = section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, new Uint8Array(8 * types.length), 4n);
    text.relocations = types.map((type, i) => ({ offset: BigInt(8 * i), type, symbol: 0, addend: 0n }));
    const obj: ObjectModel = { machine, sections: [text], symbols: [symbol("x", STB_GLOBAL, STT_NOTYPE, "undef")] };
    const path = join(tempDir(), `names-${machine}.o`);
    writeFileSync(path, writeRelocatable(obj));
    const out = run(gnu("readelf", machine), ["-r", "-W", path]).stdout;
    const names = [...out.matchAll(/^[0-9a-f]{16}\s+[0-9a-f]{16}\s+(\S+)/gm)].map((m) => m[1]);
    expect(names).toEqual(types.map((t) => relocName(machine, t)));
  });
});
