// Where a program's C library comes from, for each libc mode (DESIGN.md, "libc modes"):
//
// - glass (default): Glass's own libc, headers in packages/libc/include and per target the
//   startup object and archive that `npm run build` makes with Glass itself
//   (packages/libc/build/<machine>/{crt1.o,libc.a}); linked statically.
// - glibc: the host's headers and libraries, as a native gcc finds them (/usr/include,
//   /usr/lib/<triple>), or the Debian cross layout (/usr/<triple>/{include,lib}) for the other
//   machine; `--sysroot=DIR` puts a whole multiarch root under DIR instead. Linked dynamically,
//   or with -static against libc.a plus gcc's start files and libgcc (/usr/lib/gcc/<triple>/N,
//   /usr/lib/gcc-cross/<triple>/N for the cross layout).
//
// The bundled CLI sits in packages/driver/dist, so Glass libc is found relative to it.

import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";
import type { Machine } from "@glass/elf";
import { hostMachine, triple } from "./target.js";

export const driverRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const libcRoot = resolve(driverRoot, "../libc");

export interface RuntimeChoice {
  machine: Machine;
  libc: "glass" | "glibc";
  sysroot?: string;
}

/** The directories `#include <…>` searches after -I and -isystem. */
export function systemIncludeDirs(r: RuntimeChoice): string[] {
  if (r.libc === "glass") return [join(libcRoot, "include")];
  const t = triple(r.machine);
  const root = glibcRoot(r);
  const compiler = compilerIncludeDir(r.machine, root);
  if (root === undefined) return [...compiler, `/usr/${t}/include`];
  return [...compiler, `${root}/usr/local/include`, `${root}/usr/include/${t}`, `${root}/usr/include`];
}

/** The directories `-lname` searches after -L. */
export function libraryDirs(r: RuntimeChoice): string[] {
  if (r.libc === "glass") return [join(libcRoot, "build", r.machine)];
  const t = triple(r.machine);
  const root = glibcRoot(r);
  if (root === undefined) return [`/usr/${t}/lib`];
  return [`${root}/usr/lib/${t}`, `${root}/lib/${t}`, `${root}/usr/lib`, `${root}/lib`];
}

/** glibc's program interpreter for the machine (PT_INTERP). */
export function dynamicLinker(machine: Machine): string {
  return machine === "x86_64" ? "/lib64/ld-linux-x86-64.so.2" : "/lib/ld-linux-aarch64.so.1";
}

/**
 * gcc's own header directory (stddef.h, stdarg.h, limits.h …): glibc's headers include these
 * "freestanding" headers and expect the compiler to provide them.
 */
function compilerIncludeDir(machine: Machine, root: string | undefined): string[] {
  const dir = gccDir(machine, root);
  return dir === undefined ? [] : [`${dir}/include`];
}

/**
 * gcc's own library directory, for a static link against glibc: crtbeginT.o, crtend.o, and
 * libgcc.a and libgcc_eh.a (the helpers glibc's libc.a calls), as `gcc -static` links them.
 */
export function compilerLibraryDirs(r: RuntimeChoice): string[] {
  const dir = gccDir(r.machine, glibcRoot(r));
  return dir === undefined ? [] : [dir];
}

/** gcc's directory for the machine (/usr/lib/gcc/<triple>/<version>); the newest version wins. */
function gccDir(machine: Machine, root: string | undefined): string | undefined {
  const dir = `${root ?? ""}/usr/lib/${root === undefined ? "gcc-cross" : "gcc"}/${triple(machine)}`;
  let versions: string[];
  try {
    versions = readdirSync(dir).filter((v) => /^\d+/.test(v));
  } catch {
    return undefined;
  }
  const newest = versions.sort((a, b) => parseInt(b) - parseInt(a))[0];
  return newest ? `${dir}/${newest}` : undefined;
}

/** The root of a multiarch layout, or undefined for the Debian cross layout. */
function glibcRoot(r: RuntimeChoice): string | undefined {
  if (r.sysroot !== undefined) return r.sysroot.replace(/\/$/, "");
  return r.machine === hostMachine() ? "" : undefined;
}
