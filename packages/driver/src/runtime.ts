// Where Glass's own C library lives: headers in packages/libc/include, and per target the
// startup object and archive that `npm run build` makes with Glass itself
// (packages/libc/build/<machine>/{crt1.o,libc.a}). The bundled CLI sits in
// packages/driver/dist, so everything is found relative to it.

import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";
import type { Machine } from "@glass/elf";

const libcRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../libc");

export const libcIncludeDir = join(libcRoot, "include");

export function libcFile(machine: Machine, name: "crt1.o" | "libc.a"): string {
  return join(libcRoot, "build", machine, name);
}
