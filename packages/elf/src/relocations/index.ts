// Relocation names per machine: the one place that turns an r_type number into the name
// GNU readelf prints ("R_X86_64_PLT32", "R_AARCH64_ADR_PREL_PG_HI21").

import type { Machine } from "../model.js";
import { R_AARCH64 } from "./aarch64.js";
import { R_X86_64 } from "./x86_64.js";

export { R_X86_64, type X86_64RelocName } from "./x86_64.js";
export { R_AARCH64, type AArch64RelocName } from "./aarch64.js";

function namesOf(prefix: string, table: Record<string, number>): Map<number, string> {
  return new Map(Object.entries(table).map(([name, type]) => [type, prefix + name]));
}

const names: Record<Machine, Map<number, string>> = {
  x86_64: namesOf("R_X86_64_", R_X86_64),
  aarch64: namesOf("R_AARCH64_", R_AARCH64),
};

/** The relocation's full name, or undefined for a type the machine's ABI does not define. */
export function relocNameOrUndefined(machine: Machine, type: number): string | undefined {
  return names[machine].get(type);
}

/** The relocation's full name as readelf prints it; `<unknown: N>` for undefined types. */
export function relocName(machine: Machine, type: number): string {
  return relocNameOrUndefined(machine, type) ?? `<unknown: ${type}>`;
}
