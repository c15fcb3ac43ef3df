// The back ends by machine name: the one place that maps a Machine to its Target.
import type { Machine } from "@glass/elf";
import { aarch64Target } from "./aarch64/codegen.js";
import type { Target } from "./target.js";
import { x86_64Target } from "./x86_64/codegen.js";

export const targets: Record<Machine, Target> = { x86_64: x86_64Target, aarch64: aarch64Target };
