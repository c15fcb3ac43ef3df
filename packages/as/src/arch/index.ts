// The instruction sets the assembler knows, one line each. Each implements `AsmArch`
// (./types.ts); the core looks the machine up here and never tests the machine's name.
import type { Machine } from "@glass/elf";
import type { AsmArch } from "./types.js";
import { x86_64Arch } from "./x86_64/index.js";
import { aarch64Arch } from "./aarch64/index.js";

export const ARCHES: Partial<Record<Machine, AsmArch>> = {
  x86_64: x86_64Arch,
  aarch64: aarch64Arch,
};

export type { AsmArch, EncodeContext, EncodedInstruction, Encoding, Fixup, InstructionStatement } from "./types.js";
