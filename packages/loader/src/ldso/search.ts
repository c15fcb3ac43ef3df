// Finding a DT_NEEDED library, in glibc's order (elf/dl-load.c _dl_map_object):
//
//   1. a name containing '/' is opened as is
//   2. DT_RPATH of the requesting object, then of the executable — only if the requesting
//      object has no DT_RUNPATH
//   3. LD_LIBRARY_PATH
//   4. DT_RUNPATH of the requesting object
//   5. /etc/ld.so.cache (format "glibc-ld.so.cache1.1")
//   6. the system directories (ld.so --help: /lib/<triplet>, /usr/lib/<triplet>, /lib, /usr/lib)
//
// $ORIGIN in a path is the directory of the object that holds the path.

import type { DebugLog } from "./debug-log.js";

export interface SearchRequest {
  name: string;
  /** Path of the requesting object, for $ORIGIN; its RPATH and RUNPATH strings. */
  origin: string;
  rpath?: string;
  runpath?: string;
  /** The executable's RPATH, searched after the requester's (when neither has RUNPATH). */
  mainRpath?: { origin: string; path: string; object: string };
  requester: string;
  ldLibraryPath?: string;
  systemDirs: string[];
  open(path: string): Uint8Array | undefined;
  cache(): Map<string, string> | undefined;
  log: DebugLog;
}

export interface Found {
  path: string;
  bytes: Uint8Array;
  viaCache: boolean;
}

const dirOf = (path: string): string => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) || "/" : ".");

function expand(list: string, origin: string): string[] {
  return list.split(":").map((d) => d.replace(/\$(ORIGIN|\{ORIGIN\})/g, dirOf(origin)) || ".");
}

export function findLibrary(req: SearchRequest): Found | undefined {
  const { name, log } = req;
  if (name.includes("/")) {
    const bytes = req.open(name);
    return bytes ? { path: name, bytes, viaCache: false } : undefined;
  }
  log.add("libs", `find library=${name} [0]; searching`);
  const tryDirs = (dirs: string[], why: string): Found | undefined => {
    log.add("libs", ` search path=${dirs.join(":")}\t\t(${why})`);
    for (const dir of dirs) {
      const path = `${dir.replace(/\/+$/, "")}/${name}`;
      log.add("libs", `  trying file=${path}`);
      const bytes = req.open(path);
      if (bytes) return { path, bytes, viaCache: false };
    }
    return undefined;
  };
  let found: Found | undefined;
  if (!req.runpath && req.rpath) found = tryDirs(expand(req.rpath, req.origin), `RPATH from file ${req.requester}`);
  if (!found && !req.runpath && req.mainRpath) found = tryDirs(expand(req.mainRpath.path, req.mainRpath.origin), `RPATH from file ${req.mainRpath.object}`);
  if (!found && req.ldLibraryPath) found = tryDirs(expand(req.ldLibraryPath, req.origin), "LD_LIBRARY_PATH");
  if (!found && req.runpath) found = tryDirs(expand(req.runpath, req.origin), `RUNPATH from file ${req.requester}`);
  if (!found) {
    const cache = req.cache();
    if (cache) {
      log.add("libs", ` search cache=/etc/ld.so.cache`);
      const path = cache.get(name);
      if (path) {
        log.add("libs", `  trying file=${path}`);
        const bytes = req.open(path);
        if (bytes) found = { path, bytes, viaCache: true };
      }
    }
  }
  if (!found) found = tryDirs(req.systemDirs, "system search path");
  log.add("libs", "");
  return found;
}

/**
 * Parses /etc/ld.so.cache (new format): "glibc-ld.so.cache1.1", nlibs, len_strings, flags,
 * 3 reserved words, extension offset, then nlibs 24-byte entries {flags, key, value,
 * osversion, hwcap}; key and value are offsets of NUL-terminated strings from the file start.
 * Only entries for `elfClassFlags` (0x0303 x86-64, 0x0a03 AArch64 … see ldconfig.h) are kept.
 */
export function parseLdCache(bytes: Uint8Array, flagsWanted: number[]): Map<string, string> | undefined {
  const magic = "glibc-ld.so.cache1.1";
  if (bytes.length < 48 || new TextDecoder().decode(bytes.subarray(0, magic.length)) !== magic) return undefined;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const nlibs = v.getUint32(20, true);
  const out = new Map<string, string>();
  const str = (off: number): string => {
    if (off >= bytes.length) return "";
    const end = bytes.indexOf(0, off);
    return new TextDecoder().decode(bytes.subarray(off, end < 0 ? bytes.length : end));
  };
  for (let i = 0; i < nlibs; i++) {
    const at = 48 + i * 24;
    if (at + 24 > bytes.length) break;
    const flags = v.getInt32(at, true);
    if (!flagsWanted.includes(flags)) continue;
    const key = str(v.getUint32(at + 4, true));
    if (!out.has(key)) out.set(key, str(v.getUint32(at + 8, true)));
  }
  return out;
}
