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
// $ORIGIN in a path is the directory of the object that holds the path (glibc's l_origin):
// for a library, the directory part of the path it was found under, made absolute with the
// current directory but not normalized ("/a/bin/../lib"); for the executable, the directory
// of /proc/self/exe — the absolute, normalized path (symlinks cannot be resolved here).
// $ORIGIN in LD_LIBRARY_PATH stands for the executable's directory.

import type { DebugLog } from "./debug-log.js";

export interface SearchRequest {
  name: string;
  /** The requesting object's $ORIGIN (originOf); its RPATH and RUNPATH strings. */
  origin: string;
  /** The executable's $ORIGIN, for LD_LIBRARY_PATH. */
  mainOrigin: string;
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
  labels: DirLabels;
}

/**
 * glibc keeps one record per search directory (GL(dl_all_dirs)), made by the first list that
 * names it and shared by later lists; LD_DEBUG=libs labels a list by its first directory's
 * record, so a library's "$ORIGIN" that equals a directory of the executable's RUNPATH prints
 * as "(RUNPATH from file PROGRAM)". The executable's RPATH/RUNPATH and LD_LIBRARY_PATH are
 * recorded first (_dl_init_paths), a library's lists when first searched.
 */
export class DirLabels {
  private readonly labels = new Map<string, string>();
  /** Records `dirs` under `why`; returns the label ld.so prints for the list. */
  note(dirs: string[], why: string): string {
    for (const d of dirs) if (!this.labels.has(d)) this.labels.set(d, why);
    return this.labels.get(dirs[0]!) ?? why;
  }
}

export interface Found {
  path: string;
  bytes: Uint8Array;
  viaCache: boolean;
}

/**
 * $ORIGIN of the object loaded from `path`, with `cwd` the current directory (relative paths
 * stay relative without it). `executable` normalizes the path as the kernel's /proc/self/exe does.
 */
export function originOf(path: string, cwd: string | undefined, executable: boolean): string {
  const full = path.startsWith("/") || cwd === undefined ? path : `${cwd.replace(/\/+$/, "")}/${path}`;
  const parts = executable ? normalize(full) : full;
  const cut = parts.lastIndexOf("/");
  return cut < 0 ? "." : cut === 0 ? "/" : parts.slice(0, cut);
}

/** "/a/./b/../c" → "/a/c" (lexically; a relative path keeps its leading ".."). */
function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (part !== ".." || !path.startsWith("/")) out.push(part);
  }
  return (path.startsWith("/") ? "/" : "") + out.join("/");
}

/** A colon-separated path list with $ORIGIN replaced, as ld.so's fillin_rpath splits it. */
export function expand(list: string, origin: string): string[] {
  return list.split(":").map((d) => d.replace(/\$(ORIGIN|\{ORIGIN\})/g, origin) || ".");
}

export function findLibrary(req: SearchRequest): Found | undefined {
  const { name, log } = req;
  if (name.includes("/")) {
    const bytes = req.open(name);
    return bytes ? { path: name, bytes, viaCache: false } : undefined;
  }
  log.add("libs", `find library=${name} [0]; searching`);
  const tryDirs = (dirs: string[], why: string): Found | undefined => {
    log.add("libs", ` search path=${dirs.join(":")}\t\t(${why === "system search path" ? why : req.labels.note(dirs, why)})`);
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
  if (!found && req.ldLibraryPath) found = tryDirs(expand(req.ldLibraryPath, req.mainOrigin), "LD_LIBRARY_PATH");
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
  const key = flagsWanted.join(",");
  const cached = parsedCaches.get(bytes)?.get(key);
  if (cached) return cached;
  const parsed = parseCacheFile(bytes, flagsWanted);
  if (parsed) parsedCaches.set(bytes, (parsedCaches.get(bytes) ?? new Map()).set(key, parsed));
  return parsed;
}

/** Each cache file parsed once per file image (files are not modified once read). */
const parsedCaches = new WeakMap<Uint8Array, Map<string, Map<string, string>>>();

function parseCacheFile(bytes: Uint8Array, flagsWanted: number[]): Map<string, string> | undefined {
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
