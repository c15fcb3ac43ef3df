// The targets the linker knows, by Glass machine name.

import type { Machine } from "@glass/elf";
import { aarch64 } from "./aarch64.js";
import type { Arch } from "./arch.js";
import { x86_64 } from "./x86_64.js";

const targets: Record<Machine, Arch> = { x86_64, aarch64 };

export function archFor(machine: Machine): Arch {
  return targets[machine];
}
