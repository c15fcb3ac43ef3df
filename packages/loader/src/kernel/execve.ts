// execve(2) for an ELF64 program: fs/binfmt_elf.c load_elf_binary, step by step.
//
//   1. check the ELF header and read the program headers (ENOEXEC, EIO)
//   2. read PT_INTERP and check the interpreter the same way (ENOENT, ELIBBAD)
//   3. choose the layout: stack top, mmap base, PIE load bias (LayoutPolicy)
//   4. map the program's PT_LOAD segments, then set brk past .bss
//   5. map the interpreter top-down from the mmap base, then the vdso below it
//   6. build the initial stack (argc, argv, envp, auxv, strings, AT_RANDOM bytes)
//   7. registers: pc = the interpreter's entry (or the program's), sp = &argc, the rest zero

import { ET_DYN, PT_GNU_STACK, PT_INTERP, type ProgramHeader } from "@glass/elf";
import type { Arch } from "../arch/index.js";
import { execError } from "../errors.js";
import { AddressSpace } from "../memory.js";
import type { AuxEntry, LoadOptions, StackItem } from "../process.js";
import type { Registers } from "../arch/index.js";
import { checkElf, mapSegments, maximumAlignment, type CheckedElf } from "./elf-map.js";
import { hex } from "./headers.js";
import { LayoutPolicy } from "./layout.js";
import { Random } from "./random.js";
import { AT, buildStack } from "./stack.js";

const PATH_MAX = 4096n;

export interface KernelResult {
  arch: Arch;
  space: AddressSpace;
  program: CheckedElf;
  programPath: string;
  bias: bigint;
  interp?: { path: string; elf: CheckedElf; bias: bigint };
  phdr: bigint;
  entry: bigint;
  brk: bigint;
  mmapBase: bigint;
  vdsoBase: bigint;
  auxv: AuxEntry[];
  stack: StackItem[];
  sp: bigint;
  registers: Registers;
  argv: string[];
  envp: string[];
  warnings: string[];
  random: Random | undefined;
}

/** Reads an absolute `path` under the sysroot first, then as is (like qemu-user's -L). */
export function openFile(opts: LoadOptions, path: string): Uint8Array | undefined {
  const root = opts.sysroot && path.startsWith("/") ? opts.sysroot.replace(/\/+$/, "") : "";
  return (root ? opts.readFile(root + path) : undefined) ?? opts.readFile(path);
}

export function execve(path: string, opts: LoadOptions): KernelResult {
  // 1. The program.
  const bytes = openFile(opts, path) ?? execError(path, "ENOENT", `cannot open ${path}`);
  const program = checkElf(path, bytes, undefined, "program");
  const arch = program.arch;
  const warnings: string[] = [];

  // 2. The interpreter named by PT_INTERP.
  const interpPh = program.phdrs.find((p) => p.p_type === PT_INTERP);
  const interpPath = interpPh ? readInterpName(program, interpPh) : undefined;
  const interpBytes = interpPath === undefined ? undefined : (openFile(opts, interpPath) ?? execError(path, "ENOENT", `the interpreter ${interpPath} (PT_INTERP) does not exist`));
  const interpElf = interpPath && interpBytes ? checkElf(interpPath, interpBytes, arch, "interpreter") : undefined;
  const stackPh = program.phdrs.find((p) => p.p_type === PT_GNU_STACK);
  if (stackPh && stackPh.p_flags & 1) warnings.push("PT_GNU_STACK asks for an executable stack");

  // 3. Layout.
  const random = opts.aslr === false ? undefined : new Random(opts.seed ?? 0);
  const policy = new LayoutPolicy(arch, random);
  const space = new AddressSpace();
  for (const f of arch.fixedMappings) space.map({ start: f.start, end: f.end, perms: f.perms, offset: 0n, path: f.name });
  const mmapBase = policy.mmapBase();
  const stackTop = policy.stackTop();

  // 4. The program's segments and brk.
  const isDyn = program.header.e_type === ET_DYN;
  const align = maximumAlignment(program.loads, arch.pageSize);
  const firstVaddr = program.loads[0]?.p_vaddr ?? 0n;
  const wantBias = !isDyn ? 0n : interpElf ? policy.pieBias(align, firstVaddr) : undefined;
  const mapped = mapSegments(space, program, arch, wantBias, mmapBase, path);
  warnings.push(...mapped.warnings);
  const bias = mapped.bias;
  const brk = policy.brk(mapped.bssEnd, isDyn && !interpElf);
  const phdr = phdrAddress(program, bias);

  // 5. The interpreter, then the vdso.
  let interp: KernelResult["interp"];
  if (interpElf && interpPath) {
    const m = mapSegments(space, interpElf, arch, undefined, mmapBase, interpPath);
    warnings.push(...m.warnings);
    interp = { path: interpPath, elf: interpElf, bias: m.bias };
  }
  const vdsoSize = BigInt(arch.vdsoPages.reduce((n, p) => n + p.pages, 0)) * arch.pageSize;
  const vdsoLow = space.findFree(vdsoSize, mmapBase) ?? execError(path, "ENOMEM", "no room for the vdso");
  let at = vdsoLow;
  let vdsoBase = 0n;
  for (const p of arch.vdsoPages) {
    const end = at + BigInt(p.pages) * arch.pageSize;
    space.map({ start: at, end, perms: p.perms, offset: 0n, path: p.name });
    if (p.name === "[vdso]") vdsoBase = at;
    at = end;
  }

  // 6. The initial stack.
  const argv = opts.argv ?? [path];
  const envp = opts.envp ?? [];
  const entry = bias + program.header.e_entry;
  const uid = BigInt(opts.uid ?? 0);
  const gid = BigInt(opts.gid ?? 0);
  const built = buildStack(
    space,
    stackTop,
    arch.pageSize,
    { execfn: path, argv, envp, platform: arch.platform, random: random ? random.bytes(16) : new Uint8Array(16).fill(0x5a) },
    (p) => policy.alignStack(p),
    (s) => [
      ...arch.archAuxv(vdsoBase),
      [AT.AT_HWCAP!, arch.hwcap],
      [AT.AT_PAGESZ!, arch.pageSize],
      [AT.AT_CLKTCK!, 100n],
      [AT.AT_PHDR!, phdr],
      [AT.AT_PHENT!, 56n],
      [AT.AT_PHNUM!, BigInt(program.header.e_phnum)],
      [AT.AT_BASE!, interp ? interp.bias : 0n],
      [AT.AT_FLAGS!, 0n],
      [AT.AT_ENTRY!, entry],
      [AT.AT_UID!, uid],
      [AT.AT_EUID!, uid],
      [AT.AT_GID!, gid],
      [AT.AT_EGID!, gid],
      [AT.AT_SECURE!, 0n],
      [AT.AT_RANDOM!, s.random],
      [AT.AT_HWCAP2!, arch.hwcap2],
      [AT.AT_EXECFN!, s.execfn],
      [AT.AT_PLATFORM!, s.platform],
      [AT.AT_RSEQ_FEATURE_SIZE!, 0x1cn],
      [AT.AT_RSEQ_ALIGN!, 0x20n],
    ],
  );

  // 7. Registers at the first instruction.
  const pc = interp ? interp.bias + interp.elf.header.e_entry : entry;
  if (!space.mappingAt(pc)?.perms.includes("x")) warnings.push(`the entry point ${hex(pc)} is not in an executable mapping: the first instruction would fault (SIGSEGV)`);
  return {
    arch, space, program, programPath: path, bias, interp, phdr, entry, brk, mmapBase, vdsoBase,
    auxv: built.auxv, stack: built.items, sp: built.sp, registers: arch.entryRegisters(pc, built.sp),
    argv, envp, warnings, random,
  };
}

/** PT_INTERP: 2 to PATH_MAX bytes inside the file, ending in NUL (else ENOEXEC). */
function readInterpName(elf: CheckedElf, ph: ProgramHeader): string {
  if (ph.p_filesz > PATH_MAX || ph.p_filesz < 2n) execError(elf.path, "ENOEXEC", `PT_INTERP is ${ph.p_filesz} bytes long (must be 2 to ${PATH_MAX})`);
  if (ph.p_offset + ph.p_filesz > BigInt(elf.bytes.length)) execError(elf.path, "EIO", `PT_INTERP at ${hex(ph.p_offset)} is past the end of the file`);
  const name = elf.bytes.subarray(Number(ph.p_offset), Number(ph.p_offset + ph.p_filesz));
  if (name[name.length - 1] !== 0) execError(elf.path, "ENOEXEC", "the PT_INTERP string is not NUL-terminated", Number(ph.p_offset));
  return new TextDecoder().decode(name.subarray(0, name.indexOf(0)));
}

/** AT_PHDR: where the PT_LOAD that contains e_phoff puts the program headers. */
function phdrAddress(elf: CheckedElf, bias: bigint): bigint {
  const off = elf.header.e_phoff;
  const ph = elf.loads.find((p) => p.p_offset <= off && off < p.p_offset + p.p_filesz);
  return ph ? bias + ph.p_vaddr + (off - ph.p_offset) : 0n;
}

