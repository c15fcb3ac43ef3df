// The machines the loader simulates, looked up by e_machine.
import type { Arch } from "./arch.js";
import { aarch64 } from "./aarch64/index.js";
import { x86_64 } from "./x86_64/index.js";

export type { Arch, Registers, RelocKind } from "./arch.js";
export const ARCHES: Arch[] = [x86_64, aarch64];

export function archFor(e_machine: number): Arch | undefined {
  return ARCHES.find((a) => a.e_machine === e_machine);
}
