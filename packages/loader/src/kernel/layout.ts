// Where Linux puts things (mm/util.c, arch/x86/mm/mmap.c, fs/binfmt_elf.c, fs/exec.c).
//
//   stack top   STACK_TOP, minus random pages (STACK_RND_MASK) and a random sub-page offset
//   mmap base   TASK_SIZE - gap - random pages, gap = clamp(RLIMIT_STACK + guard + stack
//               randomization, 128 MiB, 5/6 of TASK_SIZE); mmap() then allocates top-down
//   PIE bias    ELF_ET_DYN_BASE + random pages, aligned down to the largest PT_LOAD p_align
//   brk         just past .bss, page-aligned; with ASLR one page further plus a random offset
//
// With ASLR off (setarch -R, personality ADDR_NO_RANDOMIZE) every random term is zero.

import type { Arch } from "../arch/index.js";
import { alignDown, alignUp } from "./headers.js";
import type { Random } from "./random.js";

const RLIMIT_STACK = 8n << 20n;
const STACK_GUARD_GAP = 256n << 12n;
const MIN_GAP = 128n << 20n;

export class LayoutPolicy {
  constructor(
    readonly arch: Arch,
    readonly random: Random | undefined,
  ) {}

  /** arch_mmap_rnd(): random pages for the mmap base and the PIE bias. */
  private mmapRnd(): bigint {
    return this.random ? this.random.below(1n << BigInt(this.arch.mmapRndBits)) * this.arch.pageSize : 0n;
  }

  /** setup_arg_pages: the page-aligned top of the stack. */
  stackTop(): bigint {
    if (!this.random) return this.arch.stackTop;
    const pages = this.random.below(this.arch.stackRndMask + 1n) * this.arch.pageSize;
    return alignDown(this.arch.stackTop - pages, this.arch.pageSize);
  }

  /** create_elf_tables' arch_align_stack(p): 16-byte aligned, minus a random sub-page offset. */
  alignStack(p: bigint): bigint {
    const shift = this.random ? this.random.below(this.arch.pageSize) : 0n;
    return (p - shift) & ~0xfn;
  }

  mmapBase(): bigint {
    const maxRandomStack = this.random ? this.arch.stackRndMask * this.arch.pageSize : 0n;
    let gap = RLIMIT_STACK + STACK_GUARD_GAP + maxRandomStack;
    const maxGap = (this.arch.taskSize / 6n) * 5n;
    gap = gap < MIN_GAP ? MIN_GAP : gap > maxGap ? maxGap : gap;
    return alignUp(this.arch.taskSize - gap - this.mmapRnd(), this.arch.pageSize);
  }

  /** load_bias for an ET_DYN program with PT_INTERP, given the first PT_LOAD's p_vaddr. */
  pieBias(alignment: bigint, firstVaddr: bigint): bigint {
    let bias = this.arch.etDynBase + this.mmapRnd();
    if (alignment) bias = alignDown(bias, alignment);
    return alignDown(bias - firstVaddr, this.arch.pageSize);
  }

  /** mm->brk after exec: `end` is the highest p_vaddr + p_memsz (+ bias). */
  brk(end: bigint, staticPie: boolean): bigint {
    let brk = alignUp(staticPie ? this.arch.etDynBase : end, this.arch.pageSize);
    if (this.random) {
      if (!staticPie) brk += this.arch.pageSize;
      brk += this.random.below(this.arch.brkRndRange / this.arch.pageSize) * this.arch.pageSize;
    }
    return brk;
  }
}
