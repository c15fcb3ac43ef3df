// Per-machine facts that the ELF layer knows: the e_machine number, the description GNU
// readelf prints for it, and the page sizes GNU ld uses for segment alignment
// (x86-64 psABI §5.1 / ELF for AArch64 §5.3: max page size 4 KiB vs 64 KiB).

import { EM_AARCH64, EM_X86_64 } from "./constants.js";
import type { Machine } from "./model.js";

export interface MachineInfo {
  e_machine: number;
  /** What `readelf -h` prints on its "Machine:" line. */
  description: string;
  /** Largest page size the ABI allows; GNU ld's default PT_LOAD alignment. */
  maxPageSize: bigint;
  /** The usual page size (GNU ld's -z common-page-size default). */
  commonPageSize: bigint;
}

export const MACHINES: Record<Machine, MachineInfo> = {
  x86_64: {
    e_machine: EM_X86_64,
    description: "Advanced Micro Devices X86-64",
    maxPageSize: 0x1000n,
    commonPageSize: 0x1000n,
  },
  aarch64: {
    e_machine: EM_AARCH64,
    description: "AArch64",
    maxPageSize: 0x10000n,
    commonPageSize: 0x1000n,
  },
};

export const E_MACHINE: Record<Machine, number> = {
  x86_64: EM_X86_64,
  aarch64: EM_AARCH64,
};

/** The Machine for an e_machine value, or undefined for machines Glass does not target. */
export function machineOf(e_machine: number): Machine | undefined {
  return machineByNumber.get(e_machine);
}

/** E_MACHINE inverted once (machineOf is asked for every object a linker reads). */
const machineByNumber = new Map((Object.entries(E_MACHINE) as [Machine, number][]).map(([machine, number]) => [number, machine]));
